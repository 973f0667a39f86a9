"""DataFrame export: leaderboards, medal tables, progressions and entries as tables.

pandas and polars are optional: install ``olympics-records[pandas]`` or
``olympics-records[polars]``. Each is imported only when a function here is called,
so importing this module never needs either.

Every row type has one fixed schema, whichever the backend, so an empty result
still has its columns (pass ``row_type`` when the rows may be empty):

- :class:`~olympics_records.Standing`: ``rank``, ``subject``, ``name``, ``games``
  (the Games id, or null for career tallies), ``count``, ``gold``, ``silver``, ``bronze``,
  ``lower_bound`` (whether the count may miss medals listing no or not all members).
- :class:`~olympics_records.MedalRow`: ``rank``, ``noc``, ``name``, ``gold``,
  ``silver``, ``bronze``, ``total``.
- :class:`~olympics_records.RecordMark`: ``date``, ``value``, ``kind``, ``holders``
  (display names), ``subjects`` (athlete ids or NOC codes), ``games`` (the holders'
  Games ids, for per-Games tallies), ``lower_bound`` (whether a holder's count is a
  lower bound), ``previous_date``, ``previous_value``, ``stood_days``; the last three
  are null for the mark that set the record.
- :class:`~olympics_records.Entry`: ``event``, ``noc``, ``athletes`` (ids), ``place``,
  ``medal`` (``"gold"``, ``"silver"``, ``"bronze"`` or null), ``complete``; given a
  ``history``, also ``date`` (see :meth:`History.date_of
  <olympics_records.History.date_of>`), ``games``, ``year``, ``season``, ``sport``,
  ``discipline``, ``event_name``, ``gender``, ``kind`` and ``official``.
- :class:`~olympics_records.errors.Issue` (a data-quality report): ``source``,
  ``row``, ``field``, ``value``, ``message``.

Counts are 64-bit integers (nullable where a value may be missing: pandas ``Int64``),
text is a string column, days are dates (pandas ``datetime64[ns]``, polars ``Date``),
lists of ids are lists (pandas ``object`` holding lists, polars ``List(String)``).
Enumerations become their string values, so frames hold no library types.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

from olympics_records._engine.public import public_dir
from olympics_records.errors import Issue
from olympics_records.history import History
from olympics_records.model import Entry
from olympics_records.records import RecordMark, Standing
from olympics_records.tables import MedalRow

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

__all__ = ["Backend", "Row", "to_frame", "to_pandas", "to_polars"]
__dir__ = public_dir(__all__)

Backend = Literal["pandas", "polars"]
"""The DataFrame libraries :func:`to_frame` can build for."""

Row = Standing | MedalRow | RecordMark | Entry | Issue
"""The values :func:`to_frame` turns into rows."""

# A column's kind decides its dtype in both backends.
_Kind = Literal["int", "int?", "str", "str?", "date", "date?", "bool", "strs"]
_Column = tuple[str, _Kind, Callable[[Any], Any]]


def _value(item: Any) -> Any:
    return item.value if isinstance(item, enum.Enum) else item


_STANDING: tuple[_Column, ...] = (
    ("rank", "int", lambda s: s.rank),
    ("subject", "str", lambda s: s.subject),
    ("name", "str", lambda s: s.name),
    ("games", "str?", lambda s: None if s.games is None else s.games.id),
    ("count", "int", lambda s: s.count),
    ("gold", "int", lambda s: s.gold),
    ("silver", "int", lambda s: s.silver),
    ("bronze", "int", lambda s: s.bronze),
    ("lower_bound", "bool", lambda s: s.lower_bound),
)

_MEDAL_ROW: tuple[_Column, ...] = (
    ("rank", "int", lambda r: r.rank),
    ("noc", "str", lambda r: r.noc),
    ("name", "str", lambda r: r.name),
    ("gold", "int", lambda r: r.gold),
    ("silver", "int", lambda r: r.silver),
    ("bronze", "int", lambda r: r.bronze),
    ("total", "int", lambda r: r.total),
)


def _holders_games(mark: RecordMark) -> list[str]:
    return [h.games.id for h in mark.holders if h.games is not None]


_RECORD_MARK: tuple[_Column, ...] = (
    ("date", "date", lambda m: m.date),
    ("value", "int", lambda m: m.value),
    ("kind", "str", lambda m: m.kind),
    ("holders", "strs", lambda m: [h.name for h in m.holders]),
    ("subjects", "strs", lambda m: [h.subject for h in m.holders]),
    ("games", "strs", _holders_games),
    ("lower_bound", "bool", lambda m: any(h.lower_bound for h in m.holders)),
    ("previous_date", "date?", lambda m: None if m.previous is None else m.previous.date),
    ("previous_value", "int?", lambda m: None if m.previous is None else m.previous.value),
    ("stood_days", "int?", lambda m: None if m.stood is None else m.stood.days),
)

_ENTRY: tuple[_Column, ...] = (
    ("event", "str", lambda e: e.event),
    ("noc", "str", lambda e: e.noc),
    ("athletes", "strs", lambda e: list(e.athletes)),
    ("place", "int?", lambda e: e.place),
    ("medal", "str?", lambda e: _value(e.medal)),
    ("complete", "bool", lambda e: e.complete),
)

_ISSUE: tuple[_Column, ...] = (
    ("source", "str", lambda i: i.source),
    ("row", "int?", lambda i: i.row),
    ("field", "str?", lambda i: i.field),
    ("value", "str?", lambda i: i.value),
    ("message", "str", lambda i: i.message),
)

_SCHEMAS: dict[type[Any], tuple[_Column, ...]] = {
    Standing: _STANDING,
    MedalRow: _MEDAL_ROW,
    RecordMark: _RECORD_MARK,
    Entry: _ENTRY,
    Issue: _ISSUE,
}


def _event_columns(history: History) -> tuple[_Column, ...]:
    # Each look-up goes through the History's own indexes, so an entry of another
    # History fails loudly (UnknownIdError) rather than getting wrong columns.
    def event(entry: Entry) -> Any:
        return history.get_event(entry.event)

    def games(entry: Entry) -> Any:
        return history.games_of(entry.event)

    return (
        ("date", "date", lambda e: history.date_of(e.event)),
        ("games", "str", lambda e: games(e).id),
        ("year", "int", lambda e: games(e).year),
        ("season", "str", lambda e: games(e).season.value),
        ("sport", "str", lambda e: event(e).sport),
        ("discipline", "str", lambda e: event(e).discipline),
        ("event_name", "str", lambda e: event(e).name),
        ("gender", "str", lambda e: event(e).gender.value),
        ("kind", "str", lambda e: event(e).kind.value),
        ("official", "bool", lambda e: event(e).official and games(e).official),
    )


def _table(
    rows: Iterable[Row], history: History | None, row_type: type[Row] | None
) -> tuple[tuple[_Column, ...], dict[str, list[Any]]]:
    """The schema and the column-wise values of ``rows``."""
    items = tuple(rows)
    kind: type[Any] | None = row_type
    if kind is None and items:
        kind = type(items[0])
    if kind is None:
        return (), {}
    if kind not in _SCHEMAS:
        known = ", ".join(sorted(t.__name__ for t in _SCHEMAS))
        raise TypeError(f"cannot make a frame of {kind.__name__} values; rows must be {known}")
    for position, item in enumerate(items):
        if type(item) is not kind:
            raise TypeError(
                f"rows must all be {kind.__name__} values; row {position} is {type(item).__name__}"
            )
    schema = _SCHEMAS[kind]
    if history is not None:
        if kind is not Entry:
            raise TypeError(f"history adds event columns to Entry rows only, not {kind.__name__}")
        schema = schema + _event_columns(history)
    return schema, {name: [get(item) for item in items] for name, _, get in schema}


def _missing(extra: str, err: ImportError) -> ImportError:
    return ImportError(
        f"DataFrame export to {extra} needs the {extra!r} extra: "
        f"pip install 'olympics-records[{extra}]' ({err})"
    )


def to_pandas(
    rows: Iterable[Row],
    *,
    history: History | None = None,
    row_type: type[Row] | None = None,
) -> pd.DataFrame:
    """A pandas DataFrame with one row per value of ``rows``.

    Args:
        rows: standings (from :func:`~olympics_records.leaderboard`), medal-table rows,
            record marks, entries or data-quality issues, all of one type.
        history: for entries only: add each entry's event and Games columns.
        row_type: the type of the rows, so that no rows still give the columns.

    Returns:
        A DataFrame with the columns described in :mod:`olympics_records.frames`.
        Without rows or ``row_type``, an empty DataFrame with no columns.

    Raises:
        ImportError: pandas is not installed (``pip install 'olympics-records[pandas]'``).
        TypeError: the rows are of an unsupported or of mixed types.

    Example:
        >>> from olympics_records import Season, Tally, datasets, leaderboard
        >>> h = datasets.milano_cortina_2026()
        >>> df = to_pandas(leaderboard(h, Tally(season=Season.WINTER), limit=2))
        >>> df[["rank", "name", "count", "silver"]]
           rank                    name  count  silver
        0     1  Johannes Høsflot Klæbo     11       1
        1     2             Bjørn Dæhlie      8       0
        2     2           Marit Bjørgen      8       0
        3     2    Ole Einar Bjørndalen      8       0
        >>> df["count"].dtype
        dtype('int64')
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional dependency, loaded on first use
    except ImportError as err:
        raise _missing("pandas", err) from None
    schema, values = _table(rows, history, row_type)
    columns: dict[str, Any] = {}
    for name, kind, _ in schema:
        data = values[name]
        if kind in ("date", "date?"):
            columns[name] = pd.Series(pd.to_datetime(data), dtype="datetime64[ns]")
        elif kind == "strs":
            columns[name] = pd.Series(data, dtype=object)
        else:
            columns[name] = pd.Series(data, dtype=_PANDAS_DTYPES[kind])
    frame: pd.DataFrame = pd.DataFrame(columns)
    return frame


_PANDAS_DTYPES = {
    "int": "int64",
    # The nullable integer keeps 3 from becoming 3.0 when a value is missing.
    "int?": "Int64",
    "str": "string",
    "str?": "string",
    "bool": "bool",
}


def to_polars(
    rows: Iterable[Row],
    *,
    history: History | None = None,
    row_type: type[Row] | None = None,
) -> pl.DataFrame:
    """A polars DataFrame with one row per value of ``rows``.

    Args:
        rows: standings, medal-table rows, record marks, entries or data-quality
            issues, all of one type.
        history: for entries only: add each entry's event and Games columns.
        row_type: the type of the rows, so that no rows still give the columns.

    Returns:
        A DataFrame with the columns described in :mod:`olympics_records.frames`.
        Without rows or ``row_type``, an empty DataFrame with no columns.

    Raises:
        ImportError: polars is not installed (``pip install 'olympics-records[polars]'``).
        TypeError: the rows are of an unsupported or of mixed types.

    Example:
        >>> from olympics_records import datasets, medal_table
        >>> h = datasets.milano_cortina_2026()
        >>> df = to_polars(medal_table(h, "2026-winter", order="total"))
        >>> df.head(3).select("rank", "noc", "gold", "total").rows()
        [(1, 'NOR', 10, 25), (2, 'FRA', 6, 16), (3, 'SWE', 6, 14)]
        >>> df.schema["total"]
        Int64
    """
    try:
        import polars as pl  # noqa: PLC0415 - optional dependency, loaded on first use
    except ImportError as err:
        raise _missing("polars", err) from None
    schema, values = _table(rows, history, row_type)
    types: dict[str, Any] = {
        "int": pl.Int64,
        "int?": pl.Int64,
        "str": pl.String,
        "str?": pl.String,
        "date": pl.Date,
        "date?": pl.Date,
        "bool": pl.Boolean,
        "strs": pl.List(pl.String),
    }
    return pl.DataFrame(
        {name: values[name] for name, _, _ in schema},
        schema={name: types[kind] for name, kind, _ in schema},
    )


def to_frame(
    rows: Iterable[Row],
    *,
    backend: Backend = "pandas",
    history: History | None = None,
    row_type: type[Row] | None = None,
) -> Any:
    """A DataFrame of ``rows`` in the library named by ``backend``.

    The same as :func:`to_pandas` or :func:`to_polars`; for code that lets its user
    choose.

    Raises:
        ValueError: ``backend`` is neither ``"pandas"`` nor ``"polars"``.

    Example:
        >>> from olympics_records import Scope, Season, Tally, datasets, progression
        >>> h = datasets.milano_cortina_2026()
        >>> marks = progression(h, Tally(scope=Scope.GAMES, season=Season.WINTER))
        >>> df = to_frame(marks, backend="polars")
        >>> df.select("date", "kind", "value", "stood_days").tail(2).rows()
        [(datetime.date(2026, 2, 18), 'equalled', 5, 16796), (datetime.date(2026, 2, 21), 'broken', 6, 16799)]
    """  # noqa: E501
    if backend == "pandas":
        return to_pandas(rows, history=history, row_type=row_type)
    if backend == "polars":
        return to_polars(rows, history=history, row_type=row_type)
    raise ValueError(f"backend must be 'pandas' or 'polars', not {backend!r}")
