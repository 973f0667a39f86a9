"""The reference registries' parsers: what a bad ``games.json`` or ``nocs.json`` is told."""

from __future__ import annotations

import re
from typing import Any

import pytest

from olympics_records._engine.registries import parse_editions, parse_nocs
from olympics_records.errors import DataError

# --- games.json ---------------------------------------------------------------

_LAKE_PLACID = (
    '{"year": 1980, "season": "winter", "city": "Lake Placid",'
    ' "opened": "1980-02-13", "closed": "1980-02-24", "official": true}'
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[", "not valid JSON"),
        (f"[{_LAKE_PLACID}, {_LAKE_PLACID}]", "repeats an earlier edition"),
        (_LAKE_PLACID.join("[]").replace("1980-02-24", "1980-02-01"), "must not be before"),
        (_LAKE_PLACID.join("[]").replace('"winter"', '"spring"'), "$[0].season"),
        (_LAKE_PLACID.join("[]").replace("true", '"yes"'), "$[0].official"),
    ],
)
def test_parse_editions_rejects_bad_data(text: str, message: str) -> None:
    with pytest.raises(DataError, match=re.escape(message)):
        parse_editions(text, "test.json")


# --- nocs.json ---------------------------------------------------------------


def _item(code: str, successors: list[str] | None = None, heir: str | None = None) -> Any:
    return {
        "code": code,
        "name": code.title(),
        "successors": successors or [],
        "heir": heir,
        "note": "",
    }


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({}, "must be a JSON list"),
        ([_item("AAA"), _item("AAA")], "repeats an earlier code"),
        ([{**_item("AAA"), "colour": "red"}], "must have exactly the keys"),
        ([_item("aaa")], "three-letter NOC code"),
        ([_item("AAA", ["BBB"])], "must name other codes"),
        ([_item("AAA", ["AAA"])], "must name other codes"),
        ([_item("AAA", ["BBB"], "CCC"), _item("BBB"), _item("CCC")], "one of the successors"),
        ([_item("AAA", ["BBB"]), _item("BBB", ["AAA"])], "cycle: AAA -> BBB -> AAA"),
        ([{**_item("AAA"), "note": None}], "must be a string"),
    ],
)
def test_parse_nocs_rejects_bad_data(document: Any, message: str) -> None:
    with pytest.raises(DataError, match=re.escape(message)):
        parse_nocs(document, "test.json")


def test_parse_nocs_computes_families_along_heir_links() -> None:
    registry = parse_nocs(
        [
            _item("AAA", ["BBB", "CCC"], "BBB"),
            _item("BBB", ["DDD"], "DDD"),
            _item("CCC"),
            _item("DDD"),
            _item("EEE", ["DDD"], "DDD"),
        ],
        "test.json",
    )
    assert registry.lineages["CCC"] == ("CCC",)
    assert registry.lineages["AAA"] == ("AAA", "BBB", "DDD", "EEE")
    assert registry.predecessors["DDD"] == ("BBB", "EEE")
