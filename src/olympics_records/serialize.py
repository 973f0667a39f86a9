"""The lossless JSON form of a :class:`~olympics_records.History`.

The library owns its :class:`cattrs.Converter` (never the global one): dates travel
as ISO strings, enums as their values, unknown keys are rejected, and no value is
coerced from a wrong type (``"5"`` is not a place). Every error names the path of the
offending value, like ``$.entries[3].place``.

The document is an object with ``schema_version`` and the History's fields::

    {"schema_version": 1, "games": [...], "events": [...], "entries": [...],
     "athletes": [...], "nocs": [...], "corrections": [...], "issues": [...],
     "coverage": [...]}
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, get_origin

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.dispatch import StructureHook
from cattrs.errors import BaseValidationError, ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_unstructure_fn, override
from cattrs.v import format_exception

from olympics_records._engine.gc import paused_gc
from olympics_records._engine.public import public_dir
from olympics_records.errors import DataError, ValidationError
from olympics_records.history import History
from olympics_records.model import Athlete, Coverage

__all__ = ["SCHEMA_VERSION", "converter", "from_json", "to_json"]
__dir__ = public_dir(__all__)

SCHEMA_VERSION = 1
"""The version of the JSON schema this release writes and reads."""

_SOURCE = "JSON document"


def _strict(kind: type[Any], name: str) -> Any:
    def structure(value: Any, _: type[Any]) -> Any:
        # bool is an int in Python; in JSON they are different types.
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise TypeError(f"expected {name}, not {type(value).__name__} {value!r}")
        return value

    return structure


def _structure_date(value: Any, _: type[Any]) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, not {type(value).__name__} {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO date like '2026-02-21', not {value!r}") from None


def _arrays_only(conv: cattrs.Converter) -> None:
    # cattrs builds a tuple from any iterable; a JSON string or object is not a list.
    def factory(kind: Any, converter: cattrs.BaseConverter) -> StructureHook:
        inner = homogenous_tuple_structure_factory(kind, converter)

        def structure(value: Any, _: type[Any]) -> Any:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, not {type(value).__name__} {value!r}")
            return inner(value, kind)

        return structure

    conv.register_structure_hook_factory(_is_tuple, factory)


def _is_tuple(kind: Any) -> bool:
    return get_origin(kind) is tuple


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    _arrays_only(conv)
    conv.register_structure_hook(int, _strict(int, "a whole number"))
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    # Fields added since schema 1 are written only where they say something, so that
    # a document of a History without them is the schema-1 document it always was.
    conv.register_unstructure_hook(
        Athlete, make_dict_unstructure_fn(Athlete, conv, aliases=override(omit_if_default=True))
    )
    conv.register_unstructure_hook(
        Coverage,
        make_dict_unstructure_fn(Coverage, conv, team_members=override(omit_if_default=True)),
    )
    return conv


converter: cattrs.Converter = _make_converter()
"""The library's own converter; use it to (un)structure any model value.

Example:
    >>> from olympics_records import Medal, Entry
    >>> converter.unstructure(Entry(event="e", noc="NOR", medal=Medal.GOLD, place=1))
    {'event': 'e', 'noc': 'NOR', 'athletes': [], 'place': 1, 'medal': 'gold', 'complete': True}
"""


@paused_gc()  # a bulk build (see _engine.gc)
def to_json(history: History, *, indent: int | None = None) -> str:
    """Write a History as JSON text that :func:`from_json` reads back unchanged.

    Args:
        history: the History to write.
        indent: passed to :func:`json.dumps`; ``None`` writes one compact line.

    Example:
        >>> from olympics_records import datasets, from_json
        >>> h = datasets.milano_cortina_2026()
        >>> text = to_json(h)
        >>> text[:20]
        '{"schema_version": 1'
        >>> from_json(text) == h
        True
    """
    document = {"schema_version": SCHEMA_VERSION, **converter.unstructure(history)}
    return json.dumps(document, ensure_ascii=False, indent=indent)


@paused_gc()  # a bulk build (see _engine.gc)
def from_json(text: str | bytes, *, source: str = _SOURCE) -> History:
    """Read a History from the JSON text written by :func:`to_json`.

    Args:
        text: the JSON document.
        source: a name for the document in error messages (a file name, say).

    Raises:
        DataError: the text is not JSON, has the wrong schema version, unknown keys or
            values of the wrong type (the message lists the path of each), or describes
            an invalid History.

    Example:
        >>> from_json('{"schema_version": 1, "games": [], "events": [], "entries": [],'
        ...           ' "athletes": [], "nocs": [], "colour": "red"}')
        Traceback (most recent call last):
        ...
        olympics_records.errors.DataError: JSON document, field '$', value 'colour': ...
    """
    try:
        document = json.loads(text, object_pairs_hook=_object)
    except RecursionError:
        raise DataError("not valid JSON: nested too deeply", source=source) from None
    except DataError as err:  # a key given twice (DataError is a ValueError: first)
        raise DataError(err.message, source=source, field=err.field, value=err.value) from None
    except ValueError as err:  # bad syntax, bytes that are not UTF-8, a 5,000-digit number
        raise DataError(f"not valid JSON: {err}", source=source) from None
    _refuse_lone_surrogates(text, document, source)
    if not isinstance(document, dict):
        raise DataError(
            "must be a JSON object", source=source, field="$", value=type(document).__name__
        )
    version = document.pop("schema_version", None)
    # 1.0 and true equal 1 in Python, but are no version this library wrote.
    if type(version) is not int or version != SCHEMA_VERSION:
        raise DataError(
            f"schema_version must be {SCHEMA_VERSION}",
            source=source,
            field="$.schema_version",
            value=version,
        )
    try:
        return converter.structure(document, History)
    except RecursionError:
        raise DataError("nested too deeply", source=source, field="$") from None
    except (ClassValidationError, IterableValidationError) as err:
        invalid = _find_data_error(err)
        if invalid is not None:
            raise DataError(
                invalid.message,
                source=source,
                row=invalid.row,
                field=f"{invalid.source}.{invalid.field}" if invalid.field else invalid.source,
                value=invalid.value,
            ) from None
        problems = cattrs.transform_error(err, path="$", format_exception=_describe)
        first = problems[0]
        message, _, path = first.rpartition(" @ ")
        value = _extra_key(message)
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise DataError(
            f"{message}{more}", source=source, field=path or None, value=value
        ) from None
    except DataError as err:
        raise DataError(
            err.message, source=source, row=err.row, field=err.field, value=err.value
        ) from None
    except ValidationError as err:
        raise DataError(str(err), source=source) from None


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refused if it names a key twice (``json`` would keep the last)."""
    document = dict(pairs)
    if len(document) != len(pairs):
        keys = [key for key, _ in pairs]
        twice = next(key for i, key in enumerate(keys) if key in keys[:i])
        raise DataError("a key appears twice in one object", field="$", value=twice)
    return document


# A \uD800-\uDFFF escape: half of a surrogate pair, or a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\[uU][dD][89a-fA-F]")
_SURROGATE_ESCAPE_BYTES = re.compile(rb"\\[uU][dD][89a-fA-F]")
_LONE = re.compile("[\ud800-\udfff]")


def _refuse_lone_surrogates(text: str | bytes, document: Any, source: str) -> None:
    r"""Refuse a string holding half of a surrogate pair, naming its JSON path.

    JSON may escape one (``"\ud800"``), but no UTF-8 text can hold it: a History with
    such a name could never be written out again. The text is searched first (fast);
    only a document with a surrogate escape, or raw surrogates in ``str`` input, is walked.
    """
    if isinstance(text, bytes):
        if not _SURROGATE_ESCAPE_BYTES.search(text):
            return
    elif text.isascii() and not _SURROGATE_ESCAPE.search(text):
        return
    # Iterative: the document may be as deep as json.loads allows.
    stack: list[tuple[str, Any]] = [("$", document)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            for key, value in reversed(node.items()):
                if _lone_surrogate(key):
                    raise _surrogate_error(source, path, key)
                stack.append((f"{path}.{key}", value))
        elif isinstance(node, list):
            stack.extend((f"{path}[{i}]", value) for i, value in reversed(list(enumerate(node))))
        elif isinstance(node, str) and _lone_surrogate(node):
            raise _surrogate_error(source, path, node)


def _lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _surrogate_error(source: str, path: str, value: str) -> DataError:
    return DataError(
        "holds a lone surrogate (half of a UTF-16 pair), which no UTF-8 text can hold",
        source=source,
        field=path,
        value=_LONE.sub(lambda m: f"\\u{ord(m.group()):04x}", value),
    )


def _find_data_error(group: BaseValidationError) -> DataError | None:
    for exc in group.exceptions:
        if isinstance(exc, DataError):
            return exc
        if isinstance(exc, BaseValidationError):
            found = _find_data_error(exc)
            if found is not None:
                return found
    return None


def _describe(exc: BaseException, kind: type[Any] | None) -> str:
    if isinstance(exc, (ValidationError, TypeError, ValueError)) and str(exc):
        return str(exc)
    return format_exception(exc, kind)


def _extra_key(message: str) -> str | None:
    prefix = "extra fields found ("
    if message.startswith(prefix):
        return message[len(prefix) :].rstrip(")")
    return None
