"""The rules of places and medals in one event, written once, and the medals' columns.

An event's results keep three rules: tied entries (one place) share a medal; a medal
is at one place only (only a tie shares it); a better place never has a worse medal (no
medal being the worst). :class:`Podium` holds them; the History's check of each event
(:func:`check_event`) and the readers' builder use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple, Protocol

from olympics_records.errors import DataError
from olympics_records.model import Medal

__all__ = [
    "MEDALS",
    "MEDAL_INDEX",
    "ORDER",
    "SHARED",
    "TIE",
    "Clash",
    "Placed",
    "Podium",
    "check_event",
]

MEDALS = (Medal.GOLD, Medal.SILVER, Medal.BRONZE)
"""The medals, best first: the order of every (gold, silver, bronze) triple."""

MEDAL_INDEX: Mapping[Medal, int] = {medal: medal.place - 1 for medal in MEDALS}
"""Each medal's column in a (gold, silver, bronze) triple; a smaller one is a better medal."""

TIE = "tie"
"""A place already held with another medal."""
SHARED = "shared"
"""A medal already held at another place."""
ORDER = "order"
"""A better place with a worse medal (or none), or a worse place with a better one."""


_FREE = object()
"""What :attr:`Podium.medal_at` gives for a place not taken yet."""


class Clash(NamedTuple):
    """Which rule a place and medal break against what an event has, and with what."""

    rule: str
    """:data:`TIE`, :data:`SHARED` or :data:`ORDER`."""
    other_place: int | None = None
    """The place it clashes with: for :data:`SHARED`, where the medal is; for
    :data:`ORDER`, the place whose medal it contradicts (``None``: a place without one,
    or the places without one)."""
    other_medal: Medal | None = None
    """For :data:`ORDER`, the medal of ``other_place``."""


class Podium:
    """The places and medals taken so far in one event, and the rules a new one must keep.

    Example:
        >>> podium = Podium()
        >>> podium.clash(1, Medal.GOLD), podium.clash(1, Medal.GOLD)
        (None, None)
        >>> podium.clash(1, Medal.SILVER)
        Clash(rule='tie', other_place=None, other_medal=None)
        >>> podium.clash(3, Medal.GOLD)
        Clash(rule='shared', other_place=1, other_medal=None)
        >>> podium.clash(3, None), podium.clash(4, Medal.BRONZE)
        (None, Clash(rule='order', other_place=None, other_medal=None))
    """

    __slots__ = ("best_plain_place", "medal_at", "place_of", "worst_medal_place")

    def __init__(self) -> None:
        self.medal_at: dict[int, Medal | None] = {}
        """The medal (or ``None``) at each place taken."""
        self.place_of: dict[Medal, int] = {}
        """The place of each medal taken."""
        self.worst_medal_place = 0
        """The worst place with a medal (0: none yet)."""
        self.best_plain_place: int | None = None
        """The best place without a medal (``None``: none yet)."""

    def clash(self, place: int, medal: Medal | None) -> Clash | None:
        """The rule ``place`` and ``medal`` break, or ``None``: then they are taken.

        The rules are tried in the order :data:`TIE`, :data:`SHARED`, :data:`ORDER`.
        """
        if place in self.medal_at:
            return self.tie(place, medal)
        found = self.shared(place, medal) or self.order(place, medal)
        if found is None:
            self.take(place, medal)
        return found

    def takes_plain(self, place: int) -> bool:
        """Whether ``place`` without a medal keeps the rules; then it is taken.

        The same answer as ``clash(place, None) is None``, in one step: most places
        of a results file have no medal. Nothing is taken when it returns ``False``.

        Example:
            >>> podium = Podium()
            >>> podium.clash(3, Medal.BRONZE) is None
            True
            >>> podium.takes_plain(4), podium.takes_plain(2)
            (True, False)
        """
        taken = self.medal_at.get(place, _FREE)
        if taken is not _FREE:
            return taken is None  # a tie keeps the place's medal: none
        if place < self.worst_medal_place:
            return False
        if self.best_plain_place is None or place < self.best_plain_place:
            self.best_plain_place = place
        self.medal_at[place] = None
        return True

    def tie(self, place: int, medal: Medal | None) -> Clash | None:
        """A :data:`TIE` clash if ``place`` is held with another medal."""
        if place in self.medal_at and self.medal_at[place] != medal:
            return Clash(TIE)
        return None

    def shared(self, place: int, medal: Medal | None) -> Clash | None:
        """A :data:`SHARED` clash if ``medal`` is held at another place."""
        if medal is not None and self.place_of.get(medal, place) != place:
            return Clash(SHARED, self.place_of[medal])
        return None

    def order(self, place: int, medal: Medal | None) -> Clash | None:
        """An :data:`ORDER` clash if ``place`` and ``medal`` contradict the places taken."""
        if medal is None:
            if place < self.worst_medal_place:
                return Clash(ORDER)
            return None
        if self.best_plain_place is not None and self.best_plain_place < place:
            return Clash(ORDER)
        rank = MEDAL_INDEX[medal]
        for other, other_place in self.place_of.items():
            if (other_place < place) != (MEDAL_INDEX[other] < rank):
                return Clash(ORDER, other_place, other)
        return None

    def take(self, place: int, medal: Medal | None) -> None:
        """Hold ``place`` with ``medal`` (the caller has found no clash)."""
        if medal is None:
            if self.best_plain_place is None or place < self.best_plain_place:
                self.best_plain_place = place
        else:
            self.place_of[medal] = place
            self.worst_medal_place = max(self.worst_medal_place, place)
        self.medal_at[place] = medal


class Placed(Protocol):
    """What the check reads of an entry (an :class:`~olympics_records.Entry` or a draft)."""

    @property
    def athletes(self) -> Iterable[str]:
        """The athletes of the entry."""

    @property
    def place(self) -> int | None:
        """Its place, or ``None``."""

    @property
    def medal(self) -> Medal | None:
        """Its medal, or ``None``."""


def check_event(event: str, entries: Iterable[tuple[int, Placed]]) -> None:
    """Check the entries of one event, given with their positions, as the History does.

    No athlete twice; then, entry by entry, ties and shared medals; then the order of
    the places, best first.

    Raises:
        DataError: naming the first problem, at the position of the entry at fault.
    """
    seen: dict[str, int] = {}
    podium = Podium()
    last_at: dict[int, int] = {}  # the position of the last entry at each place
    for position, entry in entries:
        for athlete in entry.athletes:
            if athlete in seen:
                raise DataError(
                    f"athlete appears twice in event {event!r} (entries {seen[athlete]} "
                    f"and {position})",
                    source="History.entries",
                    row=position,
                    field="athletes",
                    value=athlete,
                )
            seen[athlete] = position
        place, medal = entry.place, entry.medal
        if place is None:
            continue
        if podium.tie(place, medal):
            raise DataError(
                f"entries {last_at[place]} and {position} of event {event!r} share place "
                f"{place} but not the medal",
                source="History.entries",
                row=position,
                field="medal",
                value=medal.value if medal else None,
            )
        clash = podium.shared(place, medal)
        if clash is not None and medal is not None:
            raise DataError(
                f"two {medal.value} medals at different places ({clash.other_place} and "
                f"{place}) in event {event!r}: only a tie shares a medal",
                source="History.entries",
                row=position,
                field="medal",
                value=medal.value,
            )
        podium.take(place, medal)
        last_at[place] = position
    if len(last_at) < 2:
        return
    ordered = Podium()  # the places best first: a clash is a worse place's
    for place in sorted(last_at):
        medal = podium.medal_at[place]
        if ordered.order(place, medal):
            raise DataError(
                f"place {place} in event {event!r} has a better medal than a place before it",
                source="History.entries",
                row=last_at[place],
                field="medal",
                value=medal.value if medal else None,
            )
        ordered.take(place, medal)
