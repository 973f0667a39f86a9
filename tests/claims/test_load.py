"""Reading claims files (TOML) and reported medal tables (CSV)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import attrs
import pytest

from claims_story import write
from claims_world import GAMES_GOLDS, GOLD, SILVER
from olympics_records import History
from olympics_records.claims import (
    Complete,
    CompleteAbove,
    MedalTableClaim,
    ResultClaim,
    TallyClaim,
    check,
    load_claims,
    load_completeness,
    read_reported_medal_table,
)
from olympics_records.errors import DataError
from olympics_records.records import Scope, Subject, Tally


def test_load_claims_reads_every_claim_type(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[claim]]
id = "a"
type = "tally"
noc = "NOR"
medals = ["gold", "silver"]
scope = "games"
games = "2026-winter"
value = 3
compare = "at least"
as_of = 2026-02-10

[[claim]]
id = "b"
type = "result"
athletes = ["Ben Ogden", "Gus Schumacher"]
medal = "silver"
games = "2026-winter"
event = "Team Sprint"
on = "2026-02-18"
""",
    )
    first, second = load_claims(path)
    assert first == TallyClaim(
        id="a",
        subject="NOR",
        tally=Tally(subject=Subject.NOC, medals=(GOLD, SILVER), scope=Scope.GAMES),
        games="2026-winter",
        value=3,
        compare="at least",
        as_of=dt.date(2026, 2, 10),
    )
    assert isinstance(second, ResultClaim)
    assert (second.athletes, second.on) == (("Ben Ogden", "Gus Schumacher"), dt.date(2026, 2, 18))


@pytest.mark.parametrize(
    ("body", "field", "value", "message"),
    [
        ('type = "tally"\nathlete = "A"\nvalue = "six"', "claim[1].value", "six", "whole number"),
        ('type = "tally"\nathlete = "A"', "claim[1].value", None, "is required"),
        ('type = "tally"\nathlete = "A"\nvalue = 1\nwhen = 1', "claim[1].when", "1", "not a known"),
        ('type = "guess"', "claim[1].type", "guess", "must be one of tally"),
        (
            'type = "tally"\nathlete = "A"\nnoc = "NOR"\nvalue = 1',
            "claim[1].athlete",
            "A",
            "exactly one",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nmedals = "tin"',
            "claim[1].medals",
            "tin",
            "gold, silver, bronze",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nseason = "spring"',
            "claim[1].season",
            "spring",
            "'summer', 'winter'",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nas_of = "21 Feb"',
            "claim[1].as_of",
            "21 Feb",
            "a date",
        ),
        (
            'type = "tally"\nathlete = "A"\nvalue = 1\nscope = "games"',
            "claim[1]",
            None,
            "games is needed",
        ),
        (
            'type = "mark"\nholder = "A"\nhow = "smashed"',
            "claim[1].how",
            "smashed",
            "'set', 'equalled'",
        ),
    ],
)
def test_load_claims_names_the_claim_and_key_at_fault(
    tmp_path: Path, body: str, field: str, value: str | None, message: str
) -> None:
    path = write(
        tmp_path,
        f'[[claim]]\ntype = "sweep"\nnoc = "NOR"\ngames = "x"\nevent = "y"\n\n[[claim]]\n{body}\n',
    )
    with pytest.raises(DataError, match=message) as caught:
        load_claims(path)
    assert caught.value.source == str(path)
    assert caught.value.field == field.replace("claim[1]", "claim[2]")
    assert caught.value.value == value


def test_load_claims_rejects_broken_files(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not valid TOML"):
        load_claims(write(tmp_path, "[[claim]\n"))
    with pytest.raises(DataError, match="not a known table") as caught:
        load_claims(write(tmp_path, "[[claims]]\nid = 1\n"))
    assert caught.value.field == "claims"
    twice = '[[claim]]\nid = "a"\ntype = "tally"\nathlete = "A"\nvalue = 1\n'
    with pytest.raises(DataError, match="repeats the id of claim") as caught:
        load_claims(write(tmp_path, twice + twice))
    assert caught.value.field == "claim[2].id"


def test_load_completeness(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[[complete]]
athlete = "Klaebo"
medals = "gold"
source = "fact sheet"

[[complete]]
scope = "games"
season = "winter"
at_least = 5
source = "fact sheet"

[[complete]]
games = "2026-winter"
""",
    )
    with pytest.raises(DataError, match="is required") as caught:
        load_completeness(path)
    assert caught.value.field == "complete[3].source"
    path.write_text(path.read_text(encoding="utf-8").rsplit("[[complete]]", 1)[0])
    assert load_completeness(path) == (
        Complete(athlete="Klaebo", medals=(GOLD,), source="fact sheet"),
        CompleteAbove(tally=GAMES_GOLDS, at_least=5, source="fact sheet"),
    )
    assert load_claims(path) == ()


def test_read_the_reported_medal_table(shared_data: Path) -> None:
    table = read_reported_medal_table(
        shared_data / "milano-cortina-2026" / "reported_medal_table.csv"
    )
    assert len(table.rows) == 11
    # Two reports of 15 February disagree; both rows are kept.
    assert [(r.gold, r.total) for r in table.rows_for("NOR", dt.date(2026, 2, 15))] == [
        (11, 24),
        (12, 26),
    ]
    (partial,) = table.rows_for("NOR", dt.date(2026, 2, 18))
    assert (partial.gold, partial.silver, partial.bronze, partial.total) == (15, None, None, 32)


def test_reported_tables_that_disagree_settle_nothing(bundled: History, shared_data: Path) -> None:
    reported = read_reported_medal_table(
        shared_data / "milano-cortina-2026" / "reported_medal_table.csv"
    )
    claim = MedalTableClaim(noc="NOR", games="2026-winter", gold=12, as_of=dt.date(2026, 2, 15))
    v = check(bundled, claim, reported=reported)
    assert v.status == "unverifiable"
    assert "reports disagree on gold 11" in v.explanation
    wrong = attrs.evolve(claim, gold=17, total=None, as_of=dt.date(2026, 2, 21))
    assert check(bundled, wrong, reported=reported).status == "contradicted"


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        ("21/02/2026,NOR,18,11,11,40,s", "as_of", "date"),
        ("2026-02-21,NOR,eighteen,11,11,40,s", "gold", "whole number"),
        ("2026-02-21,NOR,18,11,11,41,s", "total", "gold \\+ silver \\+ bronze"),
        ("2026-02-21,Norway,18,11,11,40,s", "noc", "three-letter"),
        ("2026-02-21,NOR,18,11,11,40,", "source", "non-empty"),
    ],
)
def test_reported_table_errors_name_row_and_field(
    tmp_path: Path, row: str, field: str, message: str
) -> None:
    path = tmp_path / "reported.csv"
    path.write_text(f"as_of,noc,gold,silver,bronze,total,source\n{row}\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as caught:
        read_reported_medal_table(path)
    assert (caught.value.row, caught.value.field) == (1, field)


def test_reported_table_needs_every_column(tmp_path: Path) -> None:
    path = tmp_path / "reported.csv"
    path.write_text("as_of,noc,gold\n2026-02-21,NOR,18\n", encoding="utf-8")
    with pytest.raises(DataError, match="column is missing") as caught:
        read_reported_medal_table(path)
    assert caught.value.field == "silver"


def test_a_stray_quote_in_the_reported_table_is_an_error_naming_its_row(tmp_path: Path) -> None:
    """A quote left open must not swallow the next lines into one field (issue 14)."""
    path = tmp_path / "reported.csv"
    path.write_text(
        "as_of,noc,gold,silver,bronze,total,source\n"
        '2026-02-21,NOR,18,11,11,40,"https://a\n'
        "2026-02-22,NOR,18,12,11,41,https://b\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="not closed on its line") as caught:
        read_reported_medal_table(path)
    assert (caught.value.row, caught.value.field, caught.value.value) == (1, "source", "https://a")


# --- input that once escaped as another exception (issue 14) -------------------------

_WORDS = {
    "compare": 'type = "tally"\nathlete = "A"\nvalue = 1\ncompare = {v}',
    "how": 'type = "mark"\nholder = "A"\nhow = {v}',
    "order": 'type = "medal_table"\nnoc = "NOR"\ngames = "2026-winter"\nrank = 1\norder = {v}',
}


@pytest.mark.parametrize("value", ['["exactly"]', "{ a = 1 }", "1", "true", "1979-05-27"])
@pytest.mark.parametrize("key", list(_WORDS))
def test_a_word_of_the_wrong_toml_type_is_a_data_error(
    tmp_path: Path, key: str, value: str
) -> None:
    path = write(tmp_path, "[[claim]]\n" + _WORDS[key].format(v=value) + "\n")
    with pytest.raises(DataError, match="must be one of") as caught:
        load_claims(path)
    assert caught.value.source == str(path)
    assert caught.value.field == f"claim[1].{key}"
    assert caught.value.value is not None


@pytest.mark.parametrize("value", ['["games"]', "{ a = 1 }", "[[1]]", "1.5", "1979-05-27"])
@pytest.mark.parametrize("key", ["scope", "season", "kind", "gender", "subject", "medals"])
def test_every_choice_of_the_wrong_toml_type_is_a_data_error(
    tmp_path: Path, key: str, value: str
) -> None:
    body = f'type = "tally"\nathlete = "A"\nvalue = 1\n{key} = {value}\n'
    with pytest.raises(DataError) as caught:
        load_claims(write(tmp_path, "[[claim]]\n" + body))
    assert caught.value.field == f"claim[1].{key}"


def test_deeply_nested_arrays_are_a_data_error(tmp_path: Path) -> None:
    path = write(tmp_path, "[[claim]]\nvalue = " + "[" * 10_000 + "]" * 10_000 + "\n")
    with pytest.raises(DataError, match="nested too deeply") as caught:
        load_claims(path)
    assert caught.value.source == str(path)


def test_a_number_past_the_digits_python_converts_is_a_data_error(tmp_path: Path) -> None:
    path = write(tmp_path, "[[claim]]\nvalue = " + "9" * 5_000 + "\n")
    with pytest.raises(DataError, match="not valid TOML") as caught:
        load_claims(path)
    assert caught.value.source == str(path)


def test_bytes_that_are_not_utf8_name_their_line(tmp_path: Path) -> None:
    path = tmp_path / "story.claims.toml"
    path.write_bytes('[[claim]]\ntype = "tally"\nathlete = "Bjørn"\n'.encode("latin-1"))
    for load in (load_claims, load_completeness):
        with pytest.raises(DataError, match="not UTF-8") as caught:
            load(path)
        assert (caught.value.source, caught.value.row) == (str(path), 3)
        assert caught.value.value is not None
        assert "\\xf8" in caught.value.value


@pytest.mark.parametrize("what", ["missing", "folder", "fifo", "nul"])
def test_a_missing_file_or_a_folder_is_a_data_error(tmp_path: Path, what: str) -> None:
    path = tmp_path / "story.claims.toml"
    if what == "folder":
        path.mkdir()
    elif what == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(path)  # opening it would wait for a writer
    elif what == "nul":
        path = tmp_path / "story\0.toml"
    for load in (load_claims, load_completeness, read_reported_medal_table):
        with pytest.raises(DataError, match="cannot be read") as caught:
            load(path)
        assert caught.value.source == str(path)


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    path = tmp_path / "story.claims.toml"
    text = '[[claim]]\nid = "a"\ntype = "tally"\nathlete = "A"\nvalue = 1\n'
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert [c.id for c in load_claims(path)] == ["a"]


_HEADER = "as_of,noc,gold,silver,bronze,total,source\n"


@pytest.mark.parametrize(
    ("row", "field", "value"),
    [
        ("2026-02-21,NOR,²,11,11,40,s", "gold", "²"),
        ("2026-02-21,NOR,١٨,11,11,40,s", "gold", "١٨"),
        ("2026-02-21,NOR,18,11,11," + "9" * 5_000 + ",s", "total", "9" * 5_000),
    ],
    ids=["superscript", "arabic-indic", "5000-digits"],
)
def test_reported_figures_that_are_not_ascii_digits_name_the_row(
    tmp_path: Path, row: str, field: str, value: str
) -> None:
    path = tmp_path / "reported.csv"
    path.write_text(_HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="whole number") as caught:
        read_reported_medal_table(path)
    error = caught.value
    assert (error.source, error.row, error.field, error.value) == (str(path), 1, field, value)


def test_a_reported_field_past_the_csv_limit_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "reported.csv"
    good = "2026-02-21,NOR,18,11,11,40,s\n"
    path.write_text(_HEADER + good + good.replace(",s", "," + "x" * 200_000), encoding="utf-8")
    with pytest.raises(DataError, match="not CSV") as caught:
        read_reported_medal_table(path)
    assert (caught.value.source, caught.value.row) == (str(path), 2)


def test_a_reported_table_in_latin1_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "reported.csv"
    rows = _HEADER + "2026-02-21,NOR,18,11,11,40,s\n2026-02-21,NOR,18,11,11,40,Dagbladet ø\n"
    path.write_bytes(rows.encode("latin-1"))
    with pytest.raises(DataError, match="not UTF-8") as caught:
        read_reported_medal_table(path)
    assert (caught.value.source, caught.value.row) == (str(path), 2)
