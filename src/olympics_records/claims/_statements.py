"""What a desk knows beyond the data: completeness statements and reported medal tables."""

from __future__ import annotations

import datetime as dt

import attrs

from olympics_records.claims._claim import ALL_MEDALS
from olympics_records.claims._fields import (
    a_name,
    a_noc,
    a_string,
    instance_of,
    medals_tuple,
    optional_instance_of,
    optional_name,
    optional_noc,
    optional_whole,
    to_medals,
    to_tuple,
    whole,
)
from olympics_records.claims._words import GENDER_WORDS, medal_noun, tally_words
from olympics_records.errors import ValidationError
from olympics_records.model import Gender, Medal
from olympics_records.records import Tally

__all__ = ["Complete", "CompleteAbove", "Completeness", "ReportedMedalRow", "ReportedMedalTable"]


@attrs.frozen(kw_only=True)
class Complete:
    """A statement that every medal of some kind is in the data, and who vouches for it.

    Each field narrows what is covered: ``games`` (``None``: every Games), ``athlete``
    (every medal of that athlete, each team listing them), ``noc``, ``sport``,
    ``discipline``, ``gender`` and ``medals``. ``Complete(games="2026-winter",
    discipline="Biathlon")`` says every 2026 biathlon event is loaded with its podium.

    Example:
        >>> Complete(athlete="Klaebo", source="fact sheet: every Klæbo medal").describe()
        'every medal of Klaebo is loaded (fact sheet: every Klæbo medal)'
    """

    source: str = attrs.field(validator=a_name)
    """Who or what vouches for it."""
    games: str | None = attrs.field(default=None, validator=optional_name)
    """The Games id; ``None`` for every Games."""
    athlete: str | None = attrs.field(default=None, validator=optional_name)
    """Only this athlete's medals (name or id)."""
    noc: str | None = attrs.field(default=None, validator=optional_noc)
    """Only this nation's medals."""
    sport: str | None = attrs.field(default=None, validator=optional_name)
    """Only this sport."""
    discipline: str | None = attrs.field(default=None, validator=optional_name)
    """Only this discipline."""
    gender: Gender | None = attrs.field(
        default=None, validator=optional_instance_of(Gender, "a Gender")
    )
    """Only events of this gender."""
    medals: tuple[Medal, ...] = attrs.field(
        default=ALL_MEDALS, converter=to_medals, validator=medals_tuple
    )
    """Only these medals."""

    def describe(self) -> str:
        """The statement in English, with its source.

        Example:
            >>> Complete(games="2026-winter", discipline="Biathlon", source="fact sheet",
            ...          medals=(Medal.GOLD,)).describe()
            'every Biathlon gold of 2026-winter is loaded (fact sheet)'
        """
        what = " ".join(
            part
            for part in (
                self.gender and GENDER_WORDS[self.gender],
                self.discipline or self.sport,
                medal_noun(self.medals, plural=False),
            )
            if part
        )
        whose = [f"of {x}" for x in (self.athlete, self.noc, self.games) if x]
        return f"every {' '.join([what, *whose])} is loaded ({self.source})"


@attrs.frozen(kw_only=True)
class CompleteAbove:
    """A statement that everyone at or above a count has all of it in the data.

    ``CompleteAbove(tally=career Winter golds, at_least=8)`` says each athlete with 8
    or more career Winter golds has every one of them loaded, so anyone the data shows
    with fewer has at most 7. It bounds tallies that count within this one (fewer
    medals, narrower filters, same subject and scope).

    Example:
        >>> from olympics_records import Season, Tally
        >>> CompleteAbove(tally=Tally(season=Season.WINTER), at_least=8,
        ...               source="fact sheet").describe()
        'everyone with 8 or more career Winter Olympic golds has them all loaded (fact sheet)'
    """

    tally: Tally = attrs.field(validator=instance_of(Tally, "a Tally"))
    """What is counted."""
    at_least: int = attrs.field(validator=whole(1))
    """The count from which everything is loaded."""
    source: str = attrs.field(validator=a_name)
    """Who or what vouches for it."""

    def describe(self) -> str:
        """The statement in English, with its source.

        Example:
            >>> from olympics_records import Scope, Season, Tally
            >>> CompleteAbove(tally=Tally(scope=Scope.GAMES, season=Season.WINTER),
            ...               at_least=5, source="s").describe()
            'everyone with 5 or more golds at one Winter Games has them all loaded (s)'
        """
        return (
            f"everyone with {self.at_least} or more {tally_words(self.tally)} has them all "
            f"loaded ({self.source})"
        )


Completeness = Complete | CompleteAbove
"""A statement of what the data holds in full: :class:`Complete` or :class:`CompleteAbove`."""


@attrs.frozen(kw_only=True)
class ReportedMedalRow:
    """One nation's medal-table figures as a news source reported them on a day.

    Example:
        >>> import datetime as dt
        >>> ReportedMedalRow(as_of=dt.date(2026, 2, 21), noc="NOR", gold=18, silver=11,
        ...                  bronze=11, total=40, source="https://tass.com/sports/2090155").total
        40
    """

    as_of: dt.date = attrs.field(validator=instance_of(dt.date, "a datetime.date"))
    """The day the figures are for."""
    noc: str = attrs.field(validator=a_noc)
    """The nation."""
    gold: int | None = attrs.field(validator=optional_whole(0))
    """Golds (``None``: not reported)."""
    silver: int | None = attrs.field(validator=optional_whole(0))
    """Silvers (``None``: not reported)."""
    bronze: int | None = attrs.field(validator=optional_whole(0))
    """Bronzes (``None``: not reported)."""
    total: int | None = attrs.field(validator=optional_whole(0))
    """All medals (``None``: not reported)."""
    source: str = attrs.field(validator=a_name)
    """The report."""

    def __attrs_post_init__(self) -> None:
        parts = (self.gold, self.silver, self.bronze)
        if (
            self.total is not None
            and None not in parts
            and sum(p or 0 for p in parts) != self.total
        ):
            raise ValidationError(
                f"ReportedMedalRow.total ({self.total}) must be gold + silver + bronze "
                f"({sum(p or 0 for p in parts)})"
            )


@attrs.frozen(kw_only=True)
class ReportedMedalTable:
    """Medal-table figures as the news reported them, day by day; reports may disagree.

    Example:
        >>> import datetime as dt
        >>> row = ReportedMedalRow(as_of=dt.date(2026, 2, 21), noc="NOR", gold=18,
        ...                        silver=None, bronze=None, total=40, source="tass.com")
        >>> table = ReportedMedalTable(rows=(row,), source="reported.csv")
        >>> [r.gold for r in table.rows_for("NOR", dt.date(2026, 2, 21))]
        [18]
    """

    rows: tuple[ReportedMedalRow, ...] = attrs.field(converter=to_tuple)
    """Every row, in file order."""
    source: str = attrs.field(default="", validator=a_string)
    """The file they were read from."""

    def rows_for(self, noc: str, day: dt.date) -> tuple[ReportedMedalRow, ...]:
        """The rows for one nation and day, in file order.

        Example:
            >>> import datetime as dt
            >>> ReportedMedalTable(rows=()).rows_for("NOR", dt.date(2026, 2, 21))
            ()
        """
        return tuple(r for r in self.rows if r.noc == noc and r.as_of == day)
