"""Team or individual: the one rule every reader decides an event's kind by.

The event's structure comes first: an entry of several athletes, or a row the source
marks as a team's, makes a team event. Only where the structure says nothing more
(entries of one athlete, or of none known) does the event's own title decide, and
never the sport's or discipline's name: "Synchronized Swimming" holds a solo, and
weightlifting's "two hand lift" is one lifter using both hands.
"""

from __future__ import annotations

import re

from olympics_records.model import EventKind

__all__ = ["event_kind", "title_kind"]

# All three are matched against lower-cased titles.
# "team" and "relay" say several athletes share the result, whatever else a title
# says: "single mixed relay", "running deer, single shots, team".
_TEAM_WORDS = re.compile(r"\b(?:teams?|relays?)\b")
# One athlete, said outright: these win over the crew words below.
_INDIVIDUAL_WORDS = re.compile(
    r"\b(?:individual|solo|singles?|single-?handed|one[- ]?person|1x"
    r"|(?:one|two|both|one-?two)[- ]?hands?)\b"
)
# A crew, a pair or a team sport. A bare number word is a crew only where it ends
# the title or a part of it ("Men's Four", "eight with coxswain"); "Singles, Two
# Balls", "Four-in-Hand" and sailing's "race two" are not crews. "Double" alone is a
# pair only where nothing follows it ("double men"): "double trap" is one shooter.
_CREW_WORDS = re.compile(
    r"\b(?:pairs?|doubles|duet|group|tandem|madison|fours|eights|quadruple"
    r"|coxed|coxless|coxswain|synchroni[sz]ed|ice danc(?:e|ing)|olympic sprint|patrol"
    r"|keelboat|skiff|multihull"
    r"|basketball|football|hockey|handball|volleyball|polo|rugby|baseball|softball"
    r"|lacrosse|cricket|curling|tug[- ]of[- ]war"
    r"|(?:two|three|four|five|six)[- ]?(?:man|woman|person|oared|seater)|\d+-(?:man|woman)"
    r"|(?:canoe|kayak|canadian) (?:double|four|pair)s?|[kc]-?[2-4]|[2-8]x"
    r"|[3-9] ?x ?\d+(?:[.,]\d+)? ?(?:m|km|y|yards?|metres|kilometres))\b"
    r"|(?<!race )\b(?:two|four|five|eight)\b"
    r"(?=\s*(?:$|/|\d|\(|(?:with|without|men|women|mixed|open)\b))"
    r"|\bdouble\b(?=\s*(?:$|\d|\(|(?:men|women|mixed|open)\b))"
)

_SAID: dict[str, EventKind | None] = {}  # the same titles recur at every Games


def title_kind(title: str) -> EventKind | None:
    """What an event's own title says of its kind, or ``None`` where it says nothing.

    "Team" and "relay" say team whatever else the title says; then words that say one
    athlete (solo, individual, singles, single sculls, one person, a one or two hand
    lift) say individual; then crews, pairs and team sports say team. Give the event's
    title alone: a sport's name in it would speak for every event of the sport.

    Example:
        >>> title_kind("solo women"), title_kind("heavyweight - two hand lift men")
        (<EventKind.INDIVIDUAL: 'individual'>, <EventKind.INDIVIDUAL: 'individual'>)
        >>> title_kind("synchronized diving 3m springboard men"), title_kind("Men's Four")
        (<EventKind.TEAM: 'team'>, <EventKind.TEAM: 'team'>)
        >>> title_kind("500m men") is None, title_kind("double trap men") is None
        (True, True)
    """
    try:
        return _SAID[title]
    except KeyError:
        text = title.lower()
        said: EventKind | None
        if _TEAM_WORDS.search(text):
            said = EventKind.TEAM
        elif _INDIVIDUAL_WORDS.search(text):
            said = EventKind.INDIVIDUAL
        elif _CREW_WORDS.search(text):
            said = EventKind.TEAM
        else:
            said = None
        _SAID[title] = said
        return said


def event_kind(title: str, *, most_members: int = 0, team_rows: bool = False) -> EventKind:
    """Whether an event is a team event: its structure first, then its title.

    Args:
        title: the event's own title, without the sport or discipline.
        most_members: the most athletes one entry of the event lists (0 and 1 say
            nothing more than that the members may be unknown).
        team_rows: the source marks a result of the event as a team's (olympics.com's
            ``GameTeam`` rows, a medal several athletes of one Kaggle team share, an
            OlympAnalyt cell naming several members or a nation).

    Returns:
        ``TEAM`` where an entry has several athletes or a row is a team's, whatever the
        title says; otherwise what :func:`title_kind` says, and ``INDIVIDUAL`` where it
        says nothing.

    Example:
        >>> event_kind("solo women", most_members=1).value
        'individual'
        >>> event_kind("Men's Two", most_members=0).value
        'team'
        >>> event_kind("olympic class monotype", most_members=2).value
        'team'
    """
    if most_members > 1 or team_rows:
        return EventKind.TEAM
    said = title_kind(title)
    return EventKind.INDIVIDUAL if said is None else said
