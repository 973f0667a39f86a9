"""Errors and data-quality problems.

Every error the library raises on purpose subclasses :class:`OlympicsRecordsError`;
the ones about bad values also subclass :class:`ValueError`, so callers that only
know the standard library can still catch them.

This module imports nothing else of the package: it is the leaf every layer may use.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "AmbiguousNameError",
    "DataError",
    "Issue",
    "OlympicsRecordsError",
    "UnknownIdError",
    "UnknownNameError",
    "ValidationError",
]


def __dir__() -> list[str]:
    # The public API, not the names this module imports (it imports nothing of ours).
    return sorted({*__all__, "__all__", "__doc__", "__file__", "__name__"})


class OlympicsRecordsError(Exception):
    """Base class of every error raised by olympics-records.

    Catch it to handle every error the library raises on purpose.

    Example:
        >>> [issubclass(e, OlympicsRecordsError) for e in (DataError, UnknownNameError)]
        [True, True]
    """


class ValidationError(OlympicsRecordsError, ValueError):
    """A value does not satisfy the model's rules.

    Raised by the constructors of the model's value classes; the message names the
    field and the offending value.

    Example:
        >>> from olympics_records import Athlete
        >>> Athlete(id="", name="Eric Heiden")
        Traceback (most recent call last):
        ...
        olympics_records.errors.ValidationError: Athlete.id must be a non-empty string, not ''
    """


def _text(optional: bool) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not (isinstance(value, str) or (optional and value is None)):
            what = "a string or None" if optional else "a string"
            raise ValidationError(f"Issue.{attribute.name} must be {what}, not {value!r}")

    return check


def _row(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    # bool is an int, but no row number.
    if not (value is None or (type(value) is int and value >= 0)):
        raise ValidationError(f"Issue.row must be a row number (0 or more) or None, not {value!r}")


@attrs.frozen
class Issue:
    """One problem found in input data: where it is, and what is wrong.

    The data-quality report of a :class:`~olympics_records.History` is a tuple of these.

    Example:
        >>> Issue(source="medals.csv", row=12, field="medal", value="PLATINUM",
        ...       message="medal must be gold, silver or bronze")
        Issue(source='medals.csv', row=12, field='medal', value='PLATINUM', message='medal must be gold, silver or bronze')
        >>> print(_)
        medals.csv, row 12, field 'medal', value 'PLATINUM': medal must be gold, silver or bronze
    """  # noqa: E501

    # Validated: an Issue is part of a frozen, hashable History, so it holds no list.
    source: str = attrs.field(validator=_text(optional=False))
    """The file or collection the problem was found in."""
    row: int | None = attrs.field(validator=_row)
    """The 1-based data row (the header is row 0), or ``None`` when not tied to one row."""
    field: str | None = attrs.field(validator=_text(optional=True))
    """The column or attribute at fault, or ``None``."""
    value: str | None = attrs.field(validator=_text(optional=True))
    """The offending value as it was read, or ``None``."""
    message: str = attrs.field(validator=_text(optional=False))
    """What is wrong, in a sentence."""

    def __str__(self) -> str:
        where = [self.source or "<input>"]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field is not None:
            where.append(f"field {self.field!r}")
        if self.value is not None:
            where.append(f"value {self.value!r}")
        return f"{', '.join(where)}: {self.message}"


class DataError(OlympicsRecordsError, ValueError):
    """Input data is wrong: a broken row, a dangling reference, an impossible set of medals.

    The attributes say where: ``source`` (file or collection), ``row``, ``field`` and
    ``value``; each is ``None`` where it does not apply.

    Example:
        >>> err = DataError("medal must be gold, silver or bronze",
        ...                 source="medals.csv", row=12, field="medal", value="PLATINUM")
        >>> str(err)
        "medals.csv, row 12, field 'medal', value 'PLATINUM': medal must be gold, silver or bronze"
        >>> err.issue.row
        12
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        row: int | None = None,
        field: str | None = None,
        value: Any = None,
    ) -> None:
        self.message = message
        self.source = source
        self.row = row
        self.field = field
        self.value = None if value is None else str(value)
        super().__init__(str(self.issue))

    @property
    def issue(self) -> Issue:
        """This error as an :class:`Issue` for a data-quality report."""
        return Issue(
            source=self.source or "",
            row=self.row,
            field=self.field,
            value=self.value,
            message=self.message,
        )

    @classmethod
    def from_issue(cls, issue: Issue) -> DataError:
        """Build the error a strict reader raises for ``issue``.

        Example:
            >>> DataError.from_issue(Issue("f.csv", 3, "noc", "XX", "unknown NOC")).field
            'noc'
        """
        return cls(
            issue.message,
            source=issue.source or None,
            row=issue.row,
            field=issue.field,
            value=issue.value,
        )


class UnknownNameError(OlympicsRecordsError, LookupError):
    """No athlete (or NOC, or Games) matches the name asked for.

    Example:
        >>> raise UnknownNameError("no athlete matches 'Nobody'")
        Traceback (most recent call last):
        ...
        olympics_records.errors.UnknownNameError: no athlete matches 'Nobody'
    """


class UnknownIdError(OlympicsRecordsError, KeyError):
    """No Games, event or athlete has the id asked for.

    Example:
        >>> err = UnknownIdError("no Games with id '1850-summer'")
        >>> str(err)
        "no Games with id '1850-summer'"
        >>> isinstance(err, KeyError)
        True
    """

    def __str__(self) -> str:
        # KeyError would quote the message as if it were the missing key.
        return str(self.args[0]) if self.args else ""


class AmbiguousNameError(OlympicsRecordsError, LookupError):
    """Several athletes match the name asked for; ``candidates`` lists their ids.

    Example:
        >>> err = AmbiguousNameError("'Boe' matches 2 athletes", candidates=("a", "b"))
        >>> err.candidates
        ('a', 'b')
    """

    def __init__(self, message: str, *, candidates: tuple[str, ...]) -> None:
        super().__init__(message)
        self.candidates = candidates
