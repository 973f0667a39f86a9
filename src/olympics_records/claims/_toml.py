"""One TOML table of a claims file, read key by key; every error names the key."""

from __future__ import annotations

import datetime as dt
import enum
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from olympics_records.claims._claim import ALL_MEDALS
from olympics_records.claims._files import read_utf8
from olympics_records.errors import DataError, ValidationError
from olympics_records.model import EventKind, Gender, Medal, Season
from olympics_records.records import Scope, Subject, Tally

if sys.version_info >= (3, 11):
    import tomllib
else:  # tomllib joined the standard library in 3.11; tomli is the same parser.
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = ["Table", "read_toml", "toml_tables"]

_E = TypeVar("_E", bound=enum.Enum)


_W = TypeVar("_W")


class Table:
    """One TOML table of a claims file, read key by key; every error names the key."""

    def __init__(self, path: str, where: str, table: Mapping[str, Any]) -> None:
        self.path = path
        self.where = where
        self.table = table
        self.seen: set[str] = set()

    def fail(self, key: str | None, message: str, value: object = None) -> DataError:
        field = f"{self.where}.{key}" if key else self.where
        shown = value if value is None or isinstance(value, str) else repr(value)
        return DataError(message, source=self.path, field=field, value=shown)

    def raw(self, key: str, *, required: bool = False) -> Any:
        self.seen.add(key)
        if key not in self.table:
            if required:
                raise self.fail(key, "is required")
            return None
        return self.table[key]

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.raw(key, required=required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be a non-empty string", value)
        return value

    def need(self, key: str) -> str:
        value = self.text(key, required=True)
        assert value is not None  # raw() raised if it was missing
        return value

    def whole(self, key: str) -> int | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(key, "must be a whole number", value)
        return value

    def count(self, key: str) -> int:
        self.raw(key, required=True)
        value = self.whole(key)
        assert value is not None  # raw() raised if it was missing
        return value

    def day(self, key: str) -> dt.date | None:
        value = self.raw(key)
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(key, "must be a date like 2026-02-21", value)

    def names(self, key: str) -> tuple[str, ...]:
        value = self.raw(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, "must be a name or a list of names", value)
        return tuple(value)

    def choice(self, key: str, kind: type[_E]) -> _E | None:
        value = self.raw(key)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return kind(value)
        except ValueError:
            listed = ", ".join(repr(m.value) for m in kind)
            raise self.fail(key, f"must be one of {listed}", value) from None

    def word(self, key: str, choices: Mapping[str, _W], default: _W | None = None) -> _W:
        value = self.raw(key, required=default is None)
        if value is None:
            assert default is not None  # raw() raised if it was required
            return default
        # A list or table is unhashable: `in` would raise TypeError, not say what is wrong.
        if not isinstance(value, str) or value not in choices:
            listed = ", ".join(repr(c) for c in choices)
            raise self.fail(key, f"must be one of {listed}", value)
        return choices[value]

    def medals(self, key: str, default: tuple[Medal, ...]) -> tuple[Medal, ...]:
        value = self.raw(key)
        if value is None:
            return default
        if value == "all":
            return ALL_MEDALS
        items = [value] if isinstance(value, str) else value
        try:
            if not isinstance(items, list) or not items:
                raise ValueError
            return tuple(Medal(v) for v in items)
        except ValueError:
            raise self.fail(
                key, "must be gold, silver, bronze, a list of them, or all", value
            ) from None

    def tally(self, *, subject: Subject, medals: tuple[Medal, ...] = (Medal.GOLD,)) -> Tally:
        scope = self.choice("scope", Scope)
        try:
            return Tally(
                subject=subject,
                medals=self.medals("medals", medals),
                scope=scope or Scope.CAREER,
                season=self.choice("season", Season),
                kind=self.choice("kind", EventKind),
                sport=self.text("sport"),
                discipline=self.text("discipline"),
                gender=self.choice("gender", Gender),
            )
        except ValidationError as err:
            raise self.fail(None, str(err)) from None

    def subject_kind(self) -> Subject:
        return self.choice("subject", Subject) or Subject.ATHLETE

    def who(self) -> tuple[str, Subject]:
        athlete, noc = self.text("athlete"), self.text("noc")
        if (athlete is None) == (noc is None):
            raise self.fail("athlete", "give exactly one of athlete and noc", athlete or noc)
        return (athlete, Subject.ATHLETE) if athlete else (noc or "", Subject.NOC)

    def finish(self) -> None:
        extra = sorted(set(self.table) - self.seen)
        if extra:
            raise self.fail(extra[0], "is not a known key here", self.table[extra[0]])


def read_toml(path: str | Path) -> tuple[str, dict[str, Any]]:
    where = str(path)
    text = read_utf8(path)
    try:
        document: dict[str, Any] = tomllib.loads(text)
    except ValueError as err:  # TOMLDecodeError, or a number past int()'s 4,300 digits
        raise DataError(f"not valid TOML: {err}", source=where) from None
    except RecursionError:
        raise DataError("not valid TOML: nested too deeply", source=where) from None
    for key in document:
        if key not in ("claim", "complete"):
            raise DataError(
                "is not a known table: use [[claim]] and [[complete]]", source=where, field=key
            )
    return where, document


def toml_tables(where: str, document: Mapping[str, Any], name: str) -> list[Table]:
    items = document.get(name, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise DataError(f"must be an array of tables: [[{name}]]", source=where, field=name)
    return [Table(where, f"{name}[{n}]", item) for n, item in enumerate(items, start=1)]
