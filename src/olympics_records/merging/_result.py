"""What :func:`merge_report` returns: the merged History and the links that made it."""

from __future__ import annotations

import attrs

from olympics_records.history import History

__all__ = ["SOURCE", "AthleteLink", "EventLink", "MergeResult"]


SOURCE = "merge"


@attrs.frozen(kw_only=True)
class EventLink:
    """An event of a later history found to be an event already merged.

    Example:
        >>> EventLink(source="history 2", event="1998-winter/x/men/50km",
        ...           merged="1998-winter/x/men/50km-men", evidence="3 of 3 medals agree").merged
        '1998-winter/x/men/50km-men'
    """

    source: str
    """The label of the history the event comes from."""
    event: str
    """The event's id in that history."""
    merged: str
    """The event's id in the merged History."""
    evidence: str
    """Why they are one event, in words."""


@attrs.frozen(kw_only=True)
class AthleteLink:
    """An athlete found to be another.

    An athlete of a later history found to be one already merged; one of a history
    found to be another id of the same history; or a merged athlete found to be
    another one (``athlete`` is then its id in the merge so far).

    Example:
        >>> AthleteLink(source="history 2", athlete="NOR:deli", merged="bjorn-daehlie",
        ...             evidence="same gold in 1998-winter/... for NOR").merged
        'bjorn-daehlie'
    """

    source: str
    """The label of the history the athlete comes from."""
    athlete: str
    """The athlete's id in that history."""
    merged: str
    """The athlete's id in the merged History."""
    evidence: str
    """Why they are one person, in words."""


@attrs.frozen(kw_only=True)
class MergeResult:
    """The merged History and the links that made it.

    Example:
        >>> import datetime as dt
        >>> from olympics_records import (Athlete, Entry, Event, EventKind, Games, Gender,
        ...                               History, Medal, Noc, Season)
        >>> games = Games(year=1998, season=Season.WINTER, city="Nagano")
        >>> def medallist(event, athlete, name):
        ...     return History(
        ...         games=[games], nocs=[Noc(code="NOR", name="Norway")],
        ...         events=[Event(id=event, games=games.id, sport="Skiing",
        ...                       discipline="Cross-Country Skiing", name=event.split("/")[-1],
        ...                       gender=Gender.MEN, kind=EventKind.INDIVIDUAL)],
        ...         athletes=[Athlete(id=athlete, name=name)],
        ...         entries=[Entry(event=event, noc="NOR", athletes=(athlete,), place=1,
        ...                        medal=Medal.GOLD)])
        >>> latin = medallist("1998-winter/cross-country-skiing/men/50km-men",
        ...                   "bjorn-daehlie", "Bjørn Dæhlie")
        >>> cyrillic = medallist("1998-winter/cross-country-skiing/men/50km",
        ...                      "NOR:deli", "Дэли")
        >>> from olympics_records.merging import merge_report
        >>> r = merge_report(latin, cyrillic)
        >>> len(r.history.entries), len(r.events), len(r.athletes)
        (1, 1, 1)
    """

    history: History
    """The merged History; conflicts are in its ``issues`` with source ``"merge"``."""
    events: tuple[EventLink, ...]
    """Every event of a later history aligned with one already merged."""
    athletes: tuple[AthleteLink, ...]
    """Every athlete linked to another, with the evidence (see :class:`AthleteLink`)."""
