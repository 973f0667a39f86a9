"""The JSON form: lossless, versioned, and strict about what it accepts."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

import strategies
from olympics_records import History, from_json, to_json
from olympics_records.errors import DataError
from olympics_records.serialize import SCHEMA_VERSION, converter

SMALL = {
    "schema_version": 1,
    "games": [{"year": 1980, "season": "winter", "city": "Lake Placid", "opened": "1980-02-13",
               "closed": "1980-02-24", "official": True}],
    "events": [{"id": "e1", "games": "1980-winter", "sport": "Skating",
                "discipline": "Speed Skating", "name": "500m", "gender": "men",
                "kind": "individual", "date": None, "official": True}],
    "entries": [{"event": "e1", "noc": "USA", "athletes": ["heiden"], "place": 1,
                 "medal": "gold", "complete": True}],
    "athletes": [{"id": "heiden", "name": "Eric Heiden", "sex": "M"}],
    "nocs": [{"code": "USA", "name": "United States"}],
    "corrections": [],
    "issues": [],
    "coverage": [],
}  # fmt: skip


def mutated(path: list[str | int], value: object) -> str:
    document = json.loads(json.dumps(SMALL))
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return json.dumps(document)


@given(strategies.histories())
def test_round_trip_is_lossless(h: History) -> None:
    """``from_json(to_json(h)) == h`` for every valid History."""
    assert from_json(to_json(h)) == h


@given(strategies.histories())
def test_converter_round_trip(h: History) -> None:
    """``structure(unstructure(history)) == history`` with the library's converter."""
    assert converter.structure(converter.unstructure(h), History) == h


def test_document_shape() -> None:
    h = from_json(json.dumps(SMALL))
    assert json.loads(to_json(h)) == SMALL
    assert to_json(h, indent=1).startswith('{\n "schema_version": 1')
    assert from_json(to_json(h).encode("utf-8")) == h


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        (mutated(["entries", 0, "place"], "1"), "$.entries[0].place", "not str '1'"),
        (mutated(["games", 0, "year"], 1850), "$.games[0]", "Games.year must be a year from"),
        (mutated(["games", 0, "year"], 1980.0), "$.games[0].year", "expected a whole number"),
        (mutated(["games", 0, "official"], 1), "$.games[0].official", "expected true or false"),
        (mutated(["games", 0, "city"], 7), "$.games[0].city", "expected a string, not int 7"),
        (mutated(["games", 0, "season"], "spring"), "$.games[0].season", "not a valid Season"),
        (mutated(["games", 0, "opened"], "13/02/1980"), "$.games[0].opened", "expected"),
        (mutated(["entries", 0, "medal"], "platinum"), "$.entries[0].medal", "not a valid Medal"),
        (mutated(["entries", 0, "place"], -1), "$.entries[0]", "Entry.place must be a positive"),
        (mutated(["entries", 0, "colour"], "red"), "$.entries[0]", "extra fields found (colour)"),
        (mutated(["colour"], "red"), "$", "extra fields found (colour)"),
        (mutated(["athletes", 0, "id"], "eric"), "History.entries.athletes", "unknown athlete"),
        (mutated(["entries"], {}), "$.entries", "expected a list, not dict {}"),
        (mutated(["entries", 0, "athletes"], "ab"), "$.entries[0].athletes", "expected a list"),
    ],
)
def test_rejects_wrong_values_with_their_path(text: str, field: str, message: str) -> None:
    with pytest.raises(DataError) as err:
        from_json(text, source="small.json")
    assert err.value.source == "small.json"
    assert err.value.field == field
    assert message in err.value.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        (b"\xff\xfe{}", "not valid JSON"),
        ("[]", "must be a JSON object"),
        ("{}", f"schema_version must be {SCHEMA_VERSION}"),
        (mutated(["schema_version"], 2), f"schema_version must be {SCHEMA_VERSION}"),
    ],
)
def test_rejects_documents_that_are_not_histories(text: str | bytes, message: str) -> None:
    with pytest.raises(DataError, match=message):
        from_json(text)


def test_several_problems_are_counted() -> None:
    document = json.loads(mutated(["entries", 0, "place"], "1"))
    document["games"][0]["city"] = 7
    with pytest.raises(DataError, match=r"\(and 1 more problems\)"):
        from_json(json.dumps(document))


@pytest.mark.parametrize("key", ["entries", "schema_version", "medal"])
def test_a_key_twice_in_one_object_is_refused(key: str) -> None:
    """json keeps the last of two equal keys: "entries": [] twice read as no entries."""
    text = json.dumps(SMALL)
    if key == "medal":
        text = text.replace('"medal": "gold"', '"medal": "gold", "medal": "silver"', 1)
    else:
        text = text.replace(f'"{key}": ', f'"{key}": [], "{key}": ', 1)
    with pytest.raises(DataError) as caught:
        from_json(text, source="twice.json")
    assert caught.value.source == "twice.json"
    assert caught.value.value == key
    assert "twice" in caught.value.message


@pytest.mark.parametrize("version", ["true", "1.0", '"1"'])
def test_a_schema_version_that_only_equals_1_is_refused(version: str) -> None:
    text = json.dumps(SMALL).replace('"schema_version": 1', f'"schema_version": {version}')
    with pytest.raises(DataError, match="schema_version must be 1"):
        from_json(text)


# --- input that once escaped as another exception (issue 14) -------------------------


def _document_with_name(name_json: str) -> str:
    athlete = f'{{"id": "a", "name": {name_json}}}'
    return (
        '{"schema_version": 1, "games": [], "events": [], "entries": [], '
        f'"athletes": [{athlete}], "nocs": []}}'
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
        ('{"schema_version": 1, "games": ' + "[" * 500 + "]" * 500 + "}", "."),
        ('{"schema_version": ' + "9" * 5_000 + "}", "digits"),
        ('{"schema_version": 1, "games": [' + "1" * 4_000 + "]}", "."),
    ],
    ids=["deep-list", "deep-object", "deep-below-the-limit", "huge-integer", "long-integer"],
)
def test_deep_or_huge_documents_are_data_errors(text: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as caught:
        from_json(text, source="bad.json")
    assert caught.value.source == "bad.json"


@pytest.mark.parametrize("as_bytes", [False, True])
@pytest.mark.parametrize("name", ['"\\ud800"', '"Bj\\udfffrn"', '"x\\ud83d"'])
def test_a_lone_surrogate_is_refused_with_its_path(name: str, as_bytes: bool) -> None:
    """A lone surrogate cannot be written as UTF-8: refused where it enters, by path."""
    text = _document_with_name(name)
    with pytest.raises(DataError, match="lone surrogate") as caught:
        from_json(text.encode() if as_bytes else text, source="bad.json")
    assert caught.value.field == "$.athletes[0].name"
    assert caught.value.source == "bad.json"


def test_a_raw_lone_surrogate_in_text_is_refused() -> None:
    text = _document_with_name('"x"').replace('"x"', '"\ud800"')
    with pytest.raises(DataError, match="lone surrogate") as caught:
        from_json(text)
    assert caught.value.field == "$.athletes[0].name"


def test_a_surrogate_pair_is_one_character_and_loads() -> None:
    history = from_json(_document_with_name('"\\ud83d\\ude00 Kla\\u0308bo"'))
    assert [a.name for a in history.athletes] == ["\U0001f600 Kla\u0308bo"]
