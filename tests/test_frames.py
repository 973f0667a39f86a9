"""DataFrame export: every frame holds exactly what the API returned, in fixed dtypes."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import attrs
import pytest

from olympics_records import (
    Entry,
    EventKind,
    Medal,
    MedalRow,
    RecordMark,
    Scope,
    Season,
    Standing,
    Tally,
    datasets,
    leaderboard,
    medal_table,
    progression,
)
from olympics_records.errors import Issue
from olympics_records.frames import to_frame, to_pandas, to_polars

HISTORY = datasets.milano_cortina_2026()
CAREER = Tally(season=Season.WINTER)
ONE_GAMES = Tally(scope=Scope.GAMES, season=Season.WINTER)

STANDING_COLUMNS = [
    "rank",
    "subject",
    "name",
    "games",
    "count",
    "gold",
    "silver",
    "bronze",
    "lower_bound",
]
MEDAL_ROW_COLUMNS = ["rank", "noc", "name", "gold", "silver", "bronze", "total"]
MARK_COLUMNS = [
    "date",
    "value",
    "kind",
    "holders",
    "subjects",
    "games",
    "lower_bound",
    "previous_date",
    "previous_value",
    "stood_days",
]
ENTRY_COLUMNS = ["event", "noc", "athletes", "place", "medal", "complete"]
EVENT_COLUMNS = [
    "date",
    "games",
    "year",
    "season",
    "sport",
    "discipline",
    "event_name",
    "gender",
    "kind",
    "official",
]
ISSUE_COLUMNS = ["source", "row", "field", "value", "message"]


def _records(df: Any) -> list[dict[str, Any]]:
    """The rows of a pandas frame as plain values: NA and NaT as None, days as dates."""
    pd = pytest.importorskip("pandas")

    def plain(value: Any) -> Any:
        if isinstance(value, list):
            return value
        if pd.isna(value):
            return None
        if isinstance(value, pd.Timestamp):
            return value.date()
        return value

    return [{k: plain(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def _standing(s: Standing) -> dict[str, Any]:
    return {
        "rank": s.rank,
        "subject": s.subject,
        "name": s.name,
        "games": None if s.games is None else s.games.id,
        "count": s.count,
        "gold": s.gold,
        "silver": s.silver,
        "bronze": s.bronze,
        "lower_bound": s.lower_bound,
    }


def _mark(m: RecordMark) -> dict[str, Any]:
    return {
        "date": m.date,
        "value": m.value,
        "kind": m.kind,
        "holders": [h.name for h in m.holders],
        "subjects": [h.subject for h in m.holders],
        "games": [h.games.id for h in m.holders if h.games is not None],
        "lower_bound": any(h.lower_bound for h in m.holders),
        "previous_date": None if m.previous is None else m.previous.date,
        "previous_value": None if m.previous is None else m.previous.value,
        "stood_days": None if m.stood is None else m.stood.days,
    }


# pandas ---------------------------------------------------------------------------


def test_pandas_leaderboard_matches_the_api() -> None:
    pd = pytest.importorskip("pandas")
    standings = leaderboard(HISTORY, ONE_GAMES)
    df = to_pandas(standings)
    assert list(df.columns) == STANDING_COLUMNS
    for column in ("rank", "count", "gold", "silver", "bronze"):
        assert df[column].dtype == "int64"
    for column in ("subject", "name", "games"):
        assert pd.api.types.is_string_dtype(df[column])
    assert _records(df) == [_standing(s) for s in standings]
    assert df.loc[0, "name"] == "Johannes Høsflot Klæbo"
    assert df.loc[0, "games"] == "2026-winter"


def test_pandas_lower_bounds_are_a_bool_column() -> None:
    pytest.importorskip("pandas")
    # The 2026 men's biathlon relay silver with only Uldal listed: Norway's other men in
    # biathlon there may be its unlisted members, so their medal counts are lower bounds.
    relay = "2026-winter/biathlon/men/4x7-5km-relay"
    history = attrs.evolve(
        HISTORY,
        entries=[
            attrs.evolve(e, athletes=e.athletes[:1], complete=False)
            if e.event == relay and e.noc == "NOR"
            else e
            for e in HISTORY.entries
        ],
    )
    standings = leaderboard(history, Tally(medals=tuple(Medal), scope=Scope.GAMES))
    df = to_pandas(standings)
    assert df["lower_bound"].dtype == "bool"
    assert _records(df) == [_standing(s) for s in standings]
    flagged = set(df.loc[df["lower_bound"], "subject"])
    assert "johan-olav-botn" in flagged
    assert "martin-uldal" not in flagged  # listed in it
    assert "johannes-hoesflot-klaebo" not in flagged


def test_pandas_career_leaderboard_has_no_games() -> None:
    pd = pytest.importorskip("pandas")
    standings = leaderboard(HISTORY, CAREER)
    df = to_pandas(standings)
    assert df["games"].isna().all()
    assert pd.api.types.is_string_dtype(df["games"])
    assert _records(df) == [_standing(s) for s in standings]


def test_pandas_medal_table_matches_the_api() -> None:
    pytest.importorskip("pandas")
    rows = medal_table(HISTORY, "2026-winter", order="total")
    df = to_pandas(rows)
    assert list(df.columns) == MEDAL_ROW_COLUMNS
    for column in ("rank", "gold", "silver", "bronze", "total"):
        assert df[column].dtype == "int64"
    assert _records(df) == [
        {
            "rank": r.rank,
            "noc": r.noc,
            "name": r.name,
            "gold": r.gold,
            "silver": r.silver,
            "bronze": r.bronze,
            "total": r.total,
        }
        for r in rows
    ]
    assert (df["total"] == df["gold"] + df["silver"] + df["bronze"]).all()


def test_pandas_progression_flattens_previous_and_stood() -> None:
    pd = pytest.importorskip("pandas")
    marks = progression(HISTORY, ONE_GAMES)
    df = to_pandas(marks)
    assert list(df.columns) == MARK_COLUMNS
    assert df["date"].dtype == "datetime64[ns]"
    assert df["previous_date"].dtype == "datetime64[ns]"
    assert df["value"].dtype == "int64"
    assert df["previous_value"].dtype == "Int64"
    assert df["stood_days"].dtype == "Int64"
    assert _records(df) == [_mark(m) for m in marks]
    last = df.iloc[-1]
    assert last["holders"] == ["Johannes Høsflot Klæbo"]
    assert last["previous_date"] == pd.Timestamp("1980-02-24")
    assert last["stood_days"] == (dt.date(2026, 2, 21) - dt.date(1980, 2, 24)).days


def test_pandas_entries_with_event_columns() -> None:
    pd = pytest.importorskip("pandas")
    entries = HISTORY.entries_of_games("2026-winter")
    df = to_pandas(entries, history=HISTORY)
    assert list(df.columns) == ENTRY_COLUMNS + EVENT_COLUMNS
    assert len(df) == len(entries) == 81
    assert df["place"].dtype == "Int64"
    assert df["complete"].dtype == "bool"
    assert df["official"].dtype == "bool"
    assert df["year"].dtype == "int64"
    assert df["date"].dtype == "datetime64[ns]"
    assert pd.api.types.is_string_dtype(df["medal"])
    for row, entry in zip(_records(df), entries, strict=True):
        event = HISTORY.get_event(entry.event)
        assert row["athletes"] == list(entry.athletes)
        assert row["place"] == entry.place
        assert row["medal"] == (entry.medal.value if entry.medal else None)
        assert row["event_name"] == event.name
        assert row["kind"] == event.kind.value
        assert row["date"] == HISTORY.date_of(entry.event)
    # A team medal is one row, as it is one entry: the nation table counts rows.
    golds = df[df["medal"] == "gold"].groupby("noc").size()
    table = {r.noc: r.gold for r in medal_table(HISTORY, "2026-winter") if r.gold}
    assert golds.to_dict() == table
    assert df["complete"].sum() == sum(e.complete for e in entries)


def test_pandas_entries_without_history_have_no_event_columns() -> None:
    pytest.importorskip("pandas")
    df = to_pandas(HISTORY.entries_of_athlete("eric-heiden"))
    assert list(df.columns) == ENTRY_COLUMNS
    assert df["medal"].tolist() == ["gold"] * 5


def test_pandas_issues() -> None:
    pytest.importorskip("pandas")
    issues = (
        Issue("medals.csv", 12, "medal", "PLATINUM", "medal must be gold, silver or bronze"),
        Issue("medals.csv", None, None, None, "3 rows have no athlete"),
    )
    df = to_pandas(issues)
    assert list(df.columns) == ISSUE_COLUMNS
    assert df["row"].dtype == "Int64"
    assert _records(df) == [
        {
            "source": i.source,
            "row": i.row,
            "field": i.field,
            "value": i.value,
            "message": i.message,
        }
        for i in issues
    ]


def test_pandas_empty_rows_keep_the_schema_when_told_the_type() -> None:
    pytest.importorskip("pandas")
    none_yet = leaderboard(HISTORY, CAREER, as_of=dt.date(1970, 1, 1))
    assert none_yet == ()
    df = to_pandas(none_yet, row_type=Standing)
    assert list(df.columns) == STANDING_COLUMNS
    assert len(df) == 0
    assert df["count"].dtype == "int64"
    assert to_pandas(()).shape == (0, 0)


# polars ---------------------------------------------------------------------------


def test_polars_leaderboard_matches_the_api() -> None:
    pl = pytest.importorskip("polars")
    standings = leaderboard(HISTORY, ONE_GAMES)
    df = to_polars(standings)
    assert df.columns == STANDING_COLUMNS
    assert df.schema["rank"] == pl.Int64
    assert df.schema["name"] == pl.String
    assert df.schema["games"] == pl.String
    assert df.to_dicts() == [_standing(s) for s in standings]


def test_polars_medal_table_matches_the_api() -> None:
    pl = pytest.importorskip("polars")
    rows = medal_table(HISTORY, "2026-winter")
    df = to_polars(rows)
    assert df.columns == MEDAL_ROW_COLUMNS
    assert all(df.schema[c] == pl.Int64 for c in ("rank", "gold", "silver", "bronze", "total"))
    assert df.rows() == [(r.rank, r.noc, r.name, r.gold, r.silver, r.bronze, r.total) for r in rows]


def test_polars_progression_flattens_previous_and_stood() -> None:
    pl = pytest.importorskip("polars")
    marks = progression(HISTORY, CAREER)
    df = to_polars(marks)
    assert df.columns == MARK_COLUMNS
    assert df.schema["date"] == pl.Date
    assert df.schema["previous_date"] == pl.Date
    assert df.schema["holders"] == pl.List(pl.String)
    assert df.schema["stood_days"] == pl.Int64
    assert df.to_dicts() == [_mark(m) for m in marks]
    assert df["games"].to_list() == [[]] * len(marks), "career tallies have no Games"
    assert df.row(0, named=True)["kind"] == "set"
    # The record night: tied on the 13th, broken on the 15th.
    by_day = {row["date"]: row["kind"] for row in df.iter_rows(named=True)}
    assert by_day[dt.date(2026, 2, 13)] == "equalled"
    assert by_day[dt.date(2026, 2, 15)] == "broken"


def test_polars_entries_with_event_columns() -> None:
    pl = pytest.importorskip("polars")
    entries = HISTORY.entries_of_athlete("johannes-hoesflot-klaebo")
    df = to_polars(entries, history=HISTORY)
    assert df.columns == ENTRY_COLUMNS + EVENT_COLUMNS
    assert df.schema["athletes"] == pl.List(pl.String)
    assert df.schema["place"] == pl.Int64
    assert df.schema["official"] == pl.Boolean
    team_golds = df.filter((pl.col("medal") == "gold") & (pl.col("kind") == "team")).height
    expected = sum(
        1
        for e in entries
        if e.medal is not None
        and e.medal.value == "gold"
        and HISTORY.get_event(e.event).kind is EventKind.TEAM
    )
    assert team_golds == expected > 0
    assert sorted(set(df["games"].to_list())) == ["2018-winter", "2022-winter", "2026-winter"]


def test_polars_empty_rows_keep_the_schema_when_told_the_type() -> None:
    pl = pytest.importorskip("polars")
    df = to_polars((), row_type=MedalRow)
    assert df.columns == MEDAL_ROW_COLUMNS
    assert df.height == 0
    assert df.schema["total"] == pl.Int64


# Both, and neither ------------------------------------------------------------------


def test_to_frame_dispatches_on_backend() -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    rows = medal_table(HISTORY, "2026-winter")
    assert isinstance(to_frame(rows), pd.DataFrame)
    assert isinstance(to_frame(rows, backend="polars"), pl.DataFrame)
    with pytest.raises(ValueError, match="backend must be 'pandas' or 'polars', not 'arrow'"):
        to_frame(rows, backend="arrow")  # type: ignore[arg-type]


@pytest.mark.parametrize("convert", [to_pandas, to_polars])
def test_mixed_or_unknown_rows_are_refused(convert: Any) -> None:
    pytest.importorskip("pandas" if convert is to_pandas else "polars")
    standing = leaderboard(HISTORY, CAREER, limit=1)[0]
    row = medal_table(HISTORY, "2026-winter")[0]
    with pytest.raises(TypeError, match="rows must all be Standing values; row 1 is MedalRow"):
        convert([standing, row])
    with pytest.raises(TypeError, match="cannot make a frame of str values"):
        convert(["NOR"])
    with pytest.raises(TypeError, match="to Entry rows only, not MedalRow"):
        convert([row], history=HISTORY)


@pytest.mark.parametrize(("convert", "extra"), [(to_pandas, "pandas"), (to_polars, "polars")])
def test_missing_backend_names_the_extra(
    convert: Any, extra: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A None entry in sys.modules makes the import fail as if the package were absent.
    monkeypatch.setitem(sys.modules, extra, None)
    with pytest.raises(ImportError, match=rf"pip install 'olympics-records\[{extra}\]'"):
        convert(medal_table(HISTORY, "2026-winter"))


def test_entries_need_their_own_history() -> None:
    pytest.importorskip("pandas")
    stranger = Entry(event="1900-summer/nowhere", noc="NOR", medal=None)
    with pytest.raises(KeyError, match="no event with id '1900-summer/nowhere'"):
        to_pandas([stranger], history=HISTORY)
