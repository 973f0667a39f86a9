"""Reading claims files (TOML) and reported medal tables (CSV)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from pathlib import Path

from olympics_records.claims._claim import ALL_MEDALS, Claim
from olympics_records.claims._files import read_utf8
from olympics_records.claims._registry import BUILDERS
from olympics_records.claims._statements import (
    Complete,
    CompleteAbove,
    Completeness,
    ReportedMedalRow,
    ReportedMedalTable,
)
from olympics_records.claims._toml import read_toml, toml_tables
from olympics_records.errors import DataError, ValidationError
from olympics_records.model import Gender

__all__ = ["load_claims", "load_completeness", "read_reported_medal_table"]


def load_claims(path: str | Path) -> tuple[Claim, ...]:
    """Read the claims of a TOML claims file, in file order.

    Each claim is one ``[[claim]]`` table: ``type`` (``tally``, ``record``, ``mark``,
    ``stood``, ``rank``, ``sweep``, ``won_all``, ``first``, ``result`` or
    ``medal_table``), the sentence as printed (``text``), where (``source``), an
    ``id``, an optional ``as_of`` date, and the fields of that claim class. Tallies are
    given by the keys ``subject`` (``athlete`` or ``noc``), ``medals`` (``"gold"``, a
    list, or ``"all"``), ``scope``, ``season``, ``kind``, ``sport``, ``discipline`` and
    ``gender``, as in :class:`~olympics_records.Tally`. ``[[complete]]`` tables are
    read by :func:`load_completeness`.

    Raises:
        DataError: the file is not valid TOML, or a claim has a missing, unknown or
            malformed key; ``field`` says which (``claim[3].value``: the third claim's
            ``value``) and ``value`` what it held.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.claims.toml"
        >>> _ = path.write_text('''
        ... [[claim]]
        ... id = "klaebo-11"
        ... text = "Klæbo has 11 career Olympic golds"
        ... type = "tally"
        ... athlete = "Klaebo"
        ... value = 11
        ... ''', encoding="utf-8")
        >>> [(c.id, c.value) for c in load_claims(path)]
        [('klaebo-11', 11)]
        >>> _ = path.write_text('[[claim]]  type = "tally"  athlete = "Klaebo"  value = "six"'
        ...                     .replace("  ", chr(10)), encoding="utf-8")
        >>> load_claims(path)
        Traceback (most recent call last):
        ...
        olympics_records.errors.DataError: ...field 'claim[1].value', value 'six': must be ...
    """
    where, document = read_toml(path)
    claims: list[Claim] = []
    ids: dict[str, str] = {}
    for table in toml_tables(where, document, "claim"):
        kind = table.need("type")
        builder = BUILDERS.get(kind)
        if builder is None:
            raise table.fail("type", f"must be one of {', '.join(BUILDERS)}", kind)
        common = {
            "text": table.text("text") or "",
            "source": table.text("source") or "",
            "id": table.text("id") or "",
            "as_of": table.day("as_of"),
        }
        try:
            claim = builder(table, common)
        except ValidationError as err:
            raise table.fail(None, str(err)) from None
        table.finish()
        if claim.id:
            if claim.id in ids:
                raise table.fail("id", f"repeats the id of {ids[claim.id]}", claim.id)
            ids[claim.id] = table.where
        claims.append(claim)
    return tuple(claims)


def load_completeness(path: str | Path) -> tuple[Completeness, ...]:
    """Read the ``[[complete]]`` statements of a TOML claims file, in file order.

    A table with ``at_least`` is a :class:`CompleteAbove` (its tally given by the same
    keys as a claim's); any other is a :class:`Complete`. Each needs a ``source``.

    Raises:
        DataError: a statement has a missing, unknown or malformed key.

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "story.claims.toml"
        >>> _ = path.write_text('''
        ... [[complete]]
        ... games = "2026-winter"
        ... discipline = "Biathlon"
        ... source = "fact sheet: all 11 biathlon events"
        ...
        ... [[complete]]
        ... season = "winter"
        ... at_least = 8
        ... source = "fact sheet: every gold of the 8-gold athletes"
        ... ''', encoding="utf-8")
        >>> [type(s).__name__ for s in load_completeness(path)]
        ['Complete', 'CompleteAbove']
    """
    where, document = read_toml(path)
    statements: list[Completeness] = []
    for table in toml_tables(where, document, "complete"):
        source = table.need("source")
        try:
            if "at_least" in table.table:
                at_least = table.whole("at_least")
                statements.append(
                    CompleteAbove(
                        tally=table.tally(subject=table.subject_kind()),
                        at_least=at_least if at_least is not None else 0,
                        source=source,
                    )
                )
            else:
                statements.append(
                    Complete(
                        source=source,
                        games=table.text("games"),
                        athlete=table.text("athlete"),
                        noc=table.text("noc"),
                        sport=table.text("sport"),
                        discipline=table.text("discipline"),
                        gender=table.choice("gender", Gender),
                        medals=table.medals("medals", ALL_MEDALS),
                    )
                )
        except ValidationError as err:
            raise table.fail(None, str(err)) from None
        table.finish()
    return tuple(statements)


_REPORTED_COLUMNS = ("as_of", "noc", "gold", "silver", "bronze", "total", "source")


def read_reported_medal_table(path: str | Path) -> ReportedMedalTable:
    """Read medal-table figures as the news reported them.

    The CSV has the columns ``as_of,noc,gold,silver,bronze,total,source``; a figure
    left empty was not reported. Rows may disagree: each keeps its source.

    Raises:
        DataError: a missing column, or a malformed row (with its row and field).

    Example:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "reported.csv"
        >>> _ = path.write_text(chr(10).join([
        ...     "as_of,noc,gold,silver,bronze,total,source",
        ...     "2026-02-21,NOR,18,11,11,40,https://tass.com/sports/2090155"]))
        >>> table = read_reported_medal_table(path)
        >>> [(r.noc, r.gold, r.total) for r in table.rows]
        [('NOR', 18, 40)]
    """
    where = str(path)
    rows: list[ReportedMedalRow] = []
    # Line by line, as the data sets' reader does: no field runs over two lines, so a
    # quote left open is an error of its row and cannot swallow the rows after it.
    lines = iter(io.StringIO(read_utf8(path, first_row=0), newline=""))
    try:
        header = next(csv.reader([next(lines, "")]), [])
    except csv.Error as err:  # a field past the csv module's limit, a NUL
        raise DataError(f"not CSV: {err}", source=where, row=0) from None
    for column in _REPORTED_COLUMNS:
        if column not in header:
            raise DataError("column is missing", source=where, row=0, field=column)
    number = 0
    for line in lines:
        try:
            cells = next(csv.reader([line], strict=True), [])
        except csv.Error as err:
            try:
                cells = next(csv.reader([line]), [""])
            except csv.Error:  # a field past the csv module's limit, a NUL
                raise DataError(f"not CSV: {err}", source=where, row=number + 1) from None
            open_quote = ": a quoted field is not closed on its line" * ("end of" in str(err))
            raise DataError(
                f"malformed row: {err}{open_quote}",
                source=where,
                row=number + 1,
                field=header[min(len(cells), len(header)) - 1],
                value=cells[-1].rstrip("\r\n")[:80],
            ) from None
        if cells:
            number += 1
            rows.append(_reported_row(where, number, dict(zip(header, cells, strict=False))))
    return ReportedMedalTable(rows=tuple(rows), source=where)


def _reported_row(where: str, number: int, row: Mapping[str, str | None]) -> ReportedMedalRow:
    def cell(column: str) -> str:
        return (row.get(column) or "").strip()

    def fail(column: str, message: str) -> DataError:
        return DataError(message, source=where, row=number, field=column, value=cell(column))

    try:
        day = dt.date.fromisoformat(cell("as_of"))
    except ValueError:
        raise fail("as_of", "must be a date like 2026-02-21") from None
    figures: dict[str, int | None] = {}
    for column in ("gold", "silver", "bronze", "total"):
        text = cell(column)
        if not text:
            figures[column] = None
        # Only ASCII digits: "²".isdigit() is true, and int() refuses it (or, for other
        # scripts' digits, reads them); nine digits are more medals than ever were.
        elif text.isascii() and text.isdigit() and len(text) <= 9:
            figures[column] = int(text)
        else:
            raise fail(column, "must be a whole number or empty")
    try:
        return ReportedMedalRow(
            as_of=day,
            noc=cell("noc"),
            gold=figures["gold"],
            silver=figures["silver"],
            bronze=figures["bronze"],
            total=figures["total"],
            source=cell("source"),
        )
    except ValidationError as err:
        field = str(err).split(".", 1)[1].split(" ", 1)[0] if "." in str(err) else None
        raise DataError(
            str(err), source=where, row=number, field=field, value=cell(field) if field else None
        ) from None
