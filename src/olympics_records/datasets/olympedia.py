"""Reader for Olympedia's medal tally per edition and NOC — the reference for nation tables.

The tally holds counts, not results: no events, no athletes, no places. A
:class:`~olympics_records.History` is made of entries, so the tally cannot be one
(inventing entries to match the counts would make a History that looks like results
and is not). :func:`read_olympedia_tally` returns a :class:`ReferenceTally` instead,
to compare the medal tables computed from a History against.

Editions map to Games ids: ``1896 Summer Olympics`` is ``1896-summer``, ``1906
Intercalated`` is ``1906-summer`` and ``1956 Equestrian`` (Stockholm) belongs to
``1956-summer``, as in the IOC's count; :meth:`ReferenceTally.for_games` adds the two
1956 parts up per NOC.
"""

from __future__ import annotations

import os
import re

import attrs

from olympics_records._engine.gc import paused_gc
from olympics_records.datasets._builder import is_noc_code
from olympics_records.datasets._csv import IssueCollector, file_in, read_csv, whole_number
from olympics_records.errors import Issue
from olympics_records.model import MAX_YEAR, MIN_YEAR

__all__ = ["ReferenceTally", "TallyRow", "read_olympedia_tally"]

_COLUMNS = ("edition", "year", "country", "country_noc", "gold", "silver", "bronze", "total")
_EDITION = re.compile(r"^\s*(\d{4})\s+(Summer|Winter|Intercalated|Equestrian)\b", re.IGNORECASE)
_SEASON_OF = {"summer": "summer", "winter": "winter", "intercalated": "summer"}
_SEASON_OF["equestrian"] = "summer"


@attrs.frozen
class TallyRow:
    """One NOC's medals at one edition, as Olympedia counts them.

    Example:
        >>> TallyRow(games="1980-winter", edition="1980 Winter Olympics", noc="USA",
        ...          name="United States", gold=6, silver=4, bronze=2, total=12).total
        12
    """

    games: str
    """The :attr:`~olympics_records.Games.id` of the edition, like ``"1980-winter"``."""
    edition: str
    """The edition as Olympedia names it (``"1956 Equestrian"`` is a part of 1956 Summer)."""
    noc: str
    """The NOC code as Olympedia writes it."""
    name: str
    """The NOC's name as Olympedia writes it."""
    gold: int
    """Gold medals."""
    silver: int
    """Silver medals."""
    bronze: int
    """Bronze medals."""
    total: int
    """All medals (as the file states it; checked against the sum)."""


@attrs.frozen
class ReferenceTally:
    """Olympedia's medal counts per edition and NOC, and the problems found reading them.

    Example:
        >>> tally = ReferenceTally(rows=(
        ...     TallyRow("1956-summer", "1956 Summer Olympics", "SWE", "Sweden", 8, 5, 6, 19),
        ...     TallyRow("1956-summer", "1956 Equestrian", "SWE", "Sweden", 1, 2, 0, 3)))
        >>> tally.for_games("1956-summer")
        (TallyRow(games='1956-summer', edition='1956 Summer Olympics', noc='SWE', name='Sweden', gold=9, silver=7, bronze=6, total=22),)
    """  # noqa: E501

    rows: tuple[TallyRow, ...]
    """Every row loaded, in file order."""
    issues: tuple[Issue, ...] = ()
    """One issue per row not loaded; notes about the file have ``row=None``."""

    @property
    def games(self) -> tuple[str, ...]:
        """The Games ids present, in file order."""
        return tuple(dict.fromkeys(row.games for row in self.rows))

    def for_games(self, games_id: str) -> tuple[TallyRow, ...]:
        """The rows of one Games, one per NOC (the parts of 1956 added up), best first.

        Ordered by gold, silver, bronze (the IOC's order), then NOC code.
        """
        merged: dict[str, TallyRow] = {}
        for row in self.rows:
            if row.games != games_id:
                continue
            seen = merged.get(row.noc)
            if seen is None:
                merged[row.noc] = row
                continue
            # The main part ("... Olympics", not "1956 Equestrian") names the sum,
            # whichever of the two rows comes first.
            merged[row.noc] = attrs.evolve(
                max(seen, row, key=_main_part),
                gold=seen.gold + row.gold,
                silver=seen.silver + row.silver,
                bronze=seen.bronze + row.bronze,
                total=seen.total + row.total,
            )
        return tuple(sorted(merged.values(), key=lambda r: (-r.gold, -r.silver, -r.bronze, r.noc)))

    def get(self, games_id: str, noc: str) -> TallyRow | None:
        """One NOC's row at one Games (the parts of 1956 added up), or ``None``."""
        for row in self.for_games(games_id):
            if row.noc == noc:
                return row
        return None


def _main_part(row: TallyRow) -> tuple[bool, str, str]:
    return row.edition.endswith(" Olympics"), row.edition, row.name


@paused_gc()  # a bulk build (see _engine.gc)
def read_olympedia_tally(path: str | os.PathLike[str], *, strict: bool = False) -> ReferenceTally:
    r"""Read Olympedia's ``Olympic_Games_Medal_Tally.csv``.

    Args:
        path: the CSV file, or the folder that holds it.
        strict: raise :class:`~olympics_records.errors.DataError` at the first row
            that cannot be loaded, instead of reporting it in ``issues``.

    Returns:
        A :class:`ReferenceTally` (not a History: the tally has no events).

    Raises:
        DataError: the file is missing or lacks a column, or (``strict``) a row is bad.

    Example:
        >>> import pathlib, tempfile
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "tally.csv"
        >>> _ = f.write_text(
        ...     "edition,edition_id,year,country,country_noc,gold,silver,bronze,total\n"
        ...     "1980 Winter Olympics,41,1980,United States,USA,6,4,2,12\n"
        ...     "1980 Winter Olympics,41,1980,Norway,NOR,1,3,6,10\n"
        ...     "1980 Winter Olympics,41,1980,Nowhere,XX,1,0,0,1\n")
        >>> tally = read_olympedia_tally(f)
        >>> [(r.noc, r.gold) for r in tally.for_games("1980-winter")]
        [('USA', 6), ('NOR', 1)]
        >>> print(tally.issues[0])
        tally.csv, row 3, field 'country_noc', value 'XX': not a three-letter NOC code
    """
    issues = IssueCollector(strict=strict)
    table = read_csv(
        file_in(path, "Olympic_Games_Medal_Tally.csv", "Olympedia's medal tally"),
        issues,
        required=_COLUMNS,
    )
    c = table.columns
    rows: list[TallyRow] = []
    first_row: dict[tuple[str, str], int] = {}
    unnamed: list[int] = []
    for number, row in table:
        if table.is_duplicate(number, row):
            continue
        edition = row[c["edition"]].strip()
        found = _EDITION.match(edition)
        if found is None:
            table.reject(number, "edition", edition, "not an edition like '1896 Summer Olympics'")
            continue
        if not MIN_YEAR <= int(found.group(1)) <= MAX_YEAR:
            table.reject(number, "edition", edition, f"not a year from {MIN_YEAR} to {MAX_YEAR}")
            continue
        if row[c["year"]].strip() != found.group(1):
            table.reject(number, "year", row[c["year"]], f"is not the year of {edition!r}")
            continue
        games = f"{found.group(1)}-{_SEASON_OF[found.group(2).lower()]}"
        noc = row[c["country_noc"]].strip()
        if not is_noc_code(noc):
            table.reject(number, "country_noc", noc, "not a three-letter NOC code")
            continue
        if (edition, noc) in first_row:
            # for_games would add the two rows up as if they were parts of one edition.
            table.reject(
                number,
                "country_noc",
                noc,
                f"{noc} already has a row for {edition!r} (row {first_row[edition, noc]})",
            )
            continue
        counts: list[int] = []
        for field in ("gold", "silver", "bronze", "total"):
            count = whole_number(row[c[field]])
            if count is None:
                table.reject(number, field, row[c[field]].strip(), "not a whole number of medals")
                break
            counts.append(count)
        else:
            gold, silver, bronze, total = counts
            if gold + silver + bronze != total:
                table.reject(
                    number,
                    "total",
                    str(total),
                    f"is not gold + silver + bronze = {gold + silver + bronze}",
                )
                continue
            if not row[c["country"]].strip():
                unnamed.append(number)
            first_row[edition, noc] = number
            rows.append(
                TallyRow(
                    games=games,
                    edition=edition,
                    noc=noc,
                    name=row[c["country"]].strip(),
                    gold=gold,
                    silver=silver,
                    bronze=bronze,
                    total=total,
                )
            )
    if unnamed:
        table.note(
            f"{len(unnamed)} rows have no country name (rows "
            f"{', '.join(map(str, unnamed[:10]))}): loaded under their NOC code",
            field="country",
        )
    table.note_unknown_nocs((r.noc for r in rows), field="country_noc")
    return ReferenceTally(rows=tuple(rows), issues=tuple(issues.issues))
