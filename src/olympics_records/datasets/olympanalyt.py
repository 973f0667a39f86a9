"""Reader for the OlympAnalyt medallists file (``all_olympic_medalists.csv``), 1896–2024.

One row per medal: a team's members share one quoted, comma-separated cell. How the
quirks of the file are handled:

- The file has no athlete ids. An athlete's id is their name key scoped by NOC
  (``NOR:hosflot-johannes-klabo``), so ``Johannes Hoesflot KLAEBO`` (2018) and
  ``KLAEBO Johannes Hoesflot`` (2022) are one athlete. A member written with their own
  NOC in brackets (``William Exshaw (GBR)``, mixed teams of 1900) is scoped by that NOC.
- Some Games are written ``SURNAME Given`` (2016, 2022, 2024, some of 2018's
  teams), the others ``Given SURNAME``. A team's names go the way most of them go,
  a name alone the way most of its Games' names go; ``SURNAME Given`` names are
  shown given name first (``BRENNSTEINER Stefan`` as ``Stefan Brennsteiner``).
- Cyrillic names (1996–2004) are kept as display names; their keys are transliterated,
  which does not make them meet the Latin spellings of other Games: linking them is
  :func:`~olympics_records.merging.merge`'s job.
- A nation's name in the athletes cell (``Jamaica`` for the 2016 relays) and an empty
  cell mean "members unknown": the entry has no athletes and ``complete=False``.
- A comma before a generational suffix or a peer's title is inside one name, not
  between two: ``Leonard, Jr. SPINKS``, ``Joseph Halpin, Iv FARGIS``, ``David, Earl of
  NORTHESK`` are one athlete each.
- An event is a team event when a cell names several members or a nation; otherwise
  its title decides, never its sport (``Artistic Swimming``'s ``solo`` is individual):
  see :func:`~olympics_records.datasets._kinds.event_kind`.
- Rows without a medal or a country cannot be an entry: they are reported, as are exact
  duplicate rows and rows that would put one athlete twice in one event.
- ``RU1``, Olympedia's code for the Russian Empire (1908, 1912), is read as ``RUS``,
  as olympics.com, Kaggle and Olympedia's own medal tally write it, so merged nation
  tables do not split the Russian Empire's medals in two; the rows are counted in a
  note. (The NOC registry has both in one lineage.)
"""

from __future__ import annotations

import os
import re

from olympics_records import sports
from olympics_records._engine.gc import paused_gc
from olympics_records.datasets._builder import (
    EntryDraft,
    EventDraft,
    HistoryBuilder,
    athlete_key_id,
    is_noc_code,
    is_unofficial_event,
    known_games,
    name_slug,
    title_slug,
    trimmed,
)
from olympics_records.datasets._csv import IssueCollector, RowRef, file_in, read_csv
from olympics_records.history import History
from olympics_records.model import Coverage, Games, Gender, Medal, Season
from olympics_records.names import display_name, repair_mojibake, surname_first

__all__ = ["read_olympanalyt"]

_MEDALS = {"Gold": Medal.GOLD, "Silver": Medal.SILVER, "Bronze": Medal.BRONZE}
_GENDERS = {"Men's": Gender.MEN, "Women's": Gender.WOMEN, "Mixed": Gender.MIXED}
_SEASONS = {"Summer": Season.SUMMER, "Winter": Season.WINTER}
_COLUMNS: tuple[str, ...] = ("season", "year", "medal", "country_code", "country", "athletes")
_COLUMNS += ("games",)
_COLUMNS += ("sport", "event_gender", "event_name")
_OWN_NOC = re.compile(r"^(.*)\(([A-Z]{3})\)\s*$")  # the name to be trimmed
# This file's codes that the other sources write otherwise (see the module docstring).
_AS_THE_OTHERS_WRITE = {"RU1": "RUS"}
_YEAR = re.compile(r"^\s*\d{4}\s*")
# What goes on a name after a comma (see the module docstring).
_NAME_GOES_ON = re.compile(r"(?:Jr|Sr|II|III|IV|Iv)\b\.?(?:\s|$)|Earl of\b")


@paused_gc()  # a bulk build (see _engine.gc)
def read_olympanalyt(path: str | os.PathLike[str], *, strict: bool = False) -> History:
    r"""Read OlympAnalyt's ``all_olympic_medalists.csv`` into a History.

    Args:
        path: the CSV file, or the folder that holds it.
        strict: raise :class:`~olympics_records.errors.DataError` at the first row
            that cannot be loaded, instead of reporting it in ``History.issues``.

    Returns:
        A History of medal entries; ``issues`` has one issue per row not loaded and,
        with ``row=None``, notes about the file.

    Raises:
        DataError: the file is missing or lacks a column, or (``strict``) a row is bad.

    Example:
        >>> import pathlib, tempfile
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "medals.csv"
        >>> _ = f.write_text(
        ...     "season,year,medal,country_code,country,athletes,games,sport,event_gender,event_name\n"
        ...     "Winter,2018,Gold,NOR,Norway,Johannes Hoesflot KLAEBO,2018 Pyeongchang,"
        ...     "Cross Country Skiing,Men's,sprint 1.5km\n"
        ...     'Winter,2022,Gold,NOR,Norway,"KLAEBO Johannes Hoesflot, VALNES Erik",2022 Beijing,'
        ...     "Cross Country Skiing,Men's,Team Sprint\n"
        ...     "Summer,2016,Gold,JAM,Jamaica,Jamaica,2016 Rio de Janeiro,Athletics,Men's,4x100m relay\n")
        >>> h = read_olympanalyt(f)
        >>> [(e.athletes, e.complete) for e in h.entries]
        [(('NOR:hosflot-johannes-klabo',), True), (('NOR:hosflot-johannes-klabo', 'NOR:erik-valnes'), True), ((), False)]
    """  # noqa: E501
    issues = IssueCollector(strict=strict)
    table = read_csv(
        file_in(path, "all_olympic_medalists.csv", "OlympAnalyt's medallists"),
        issues,
        required=_COLUMNS,
    )
    builder = HistoryBuilder(issues, source=table.source)
    builder.display = display_name  # given-first names only: its order varies by Games
    c = table.columns
    source = table.source
    nations: set[str] = set()
    games_seen: dict[str, None] = {}
    games_incomplete: set[str] = set()
    unknown_members = 0
    horses = 0
    rewritten: dict[str, int] = {}  # country codes read as the other sources write them
    # Names are registered once every row is read: which way a Games writes them is
    # the way most of its names go. (athlete, name, Games, the way its cell goes)
    named: list[tuple[str, str, str, bool | None]] = []
    ways: dict[str, list[int]] = {}  # per Games: names written surname first, given first
    for number, row in table:
        if table.is_duplicate(number, row):
            continue
        season = _SEASONS.get(row[c["season"]].strip())
        if season is None:
            table.reject(number, "season", row[c["season"]], "not Summer or Winter")
            continue
        try:
            year = int(row[c["year"]])
            games = builder.games.get(f"{year}-{season.value}") or known_games(year, season)
            if games is None:
                city = _YEAR.sub("", row[c["games"]]).strip() or row[c["games"]]
                games = Games(year=year, season=season, city=city)
        except ValueError as err:
            table.reject(number, "year", row[c["year"]], f"not a valid edition: {err}")
            continue
        builder.games.setdefault(games.id, games)
        medal = _MEDALS.get(row[c["medal"]].strip())
        if medal is None:
            table.reject(number, "medal", row[c["medal"]], "no medal: cannot be an entry")
            games_incomplete.add(games.id)
            continue
        noc = row[c["country_code"]].strip()
        if noc in _AS_THE_OTHERS_WRITE:
            rewritten[noc] = rewritten.get(noc, 0) + 1
            noc = _AS_THE_OTHERS_WRITE[noc]
        if not is_noc_code(noc):
            table.reject(
                number, "country_code", noc, "not a three-letter NOC code: cannot be an entry"
            )
            games_incomplete.add(games.id)
            continue
        gender = _GENDERS.get(row[c["event_gender"]].strip())
        if gender is None:
            table.reject(number, "event_gender", row[c["event_gender"]], "not Men's/Women's/Mixed")
            games_incomplete.add(games.id)
            continue
        country = row[c["country"]].strip()
        nations.add(country)
        builder.noc(noc, country)
        sport = " ".join(row[c["sport"]].split()) or "Unknown"
        title = row[c["event_name"]]
        if not title.strip():
            # An Event needs a name; which event the medal was won in is unknown.
            table.reject(number, "event_name", title, "no event name: cannot be an entry")
            games_incomplete.add(games.id)
            continue
        event_id = f"{games.id}/{name_slug(sport)}/{gender.value}/{title_slug(title)}"
        event = builder.events.get(event_id)
        if event is None:
            event = builder.events[event_id] = EventDraft(
                id=event_id,
                games=games.id,
                sport=sport,
                discipline=sport,
                name=" ".join(title.split()),
                gender=gender,
                official=not is_unofficial_event(year, sport, title),
            )
        games_seen[games.id] = None
        draft = builder.entry(
            EntryDraft(
                event=event_id,
                noc=noc,
                place=medal.place,
                medal=medal,
                rows=[RowRef(source, number)],
            )
        )
        cell = trimmed(row[c["athletes"]])
        if not cell or cell == country or cell in nations:
            draft.complete = False
            # A nation's name stands for its team; an empty cell says nothing.
            event.team_rows = event.team_rows or bool(cell)
            unknown_members += 1
            continue
        if sports.sport_of(sport) == "Equestrian":
            names, left_out = _riders(_members(_rider_of_pair(cell)))
            horses += len(left_out) + cell.count("/")
        else:
            names = _members(cell)
        if len(names) > 1:
            # Several members, even where some are unreadable ("Emile THUBRON, ?").
            event.team_rows = True
        way = _way(names, ways.setdefault(games.id, [0, 0]))
        for name in names:
            own = _OWN_NOC.match(name)
            display, scope = (trimmed(own.group(1)), own.group(2)) if own else (name, noc)
            # The mojibake is undone before the name makes the id; the builder is given
            # the name as written and undoes it again, once (a second repair of a repaired
            # name would undo one layer more than any other reader does).
            spelled = display if display.isascii() else builder.spelled(display)
            athlete = athlete_key_id(spelled, scope)
            if athlete is None:
                draft.complete = False
                continue
            named.append((athlete, display, games.id, way))
            if not draft.add_member(athlete, None):
                draft.complete = False
    for athlete, written, games_id, way in named:
        first, given = ways[games_id]
        # A name to be read back from mojibake is kept as written: the builder reads
        # it back (trimmed), and a change of case first would change its bytes.
        plain = trimmed(written)
        if (way if way is not None else first > given) and repair_mojibake(plain) == plain:
            builder.athlete(athlete, display_name(plain, surname_first=True))
        else:
            builder.athlete(athlete, written)
    table.note_unknown_nocs(builder.nocs, field="country_code")
    if horses:
        table.note(
            f"{horses} horses named beside their riders in equestrian cells are left out "
            "(written in capitals, as no rider is): a horse is not an athlete",
            field="athletes",
        )
    for code, count in rewritten.items():
        table.note(
            f"{count} rows with country_code {code} read as {_AS_THE_OTHERS_WRITE[code]}, "
            "as the other sources write it",
            field="country_code",
            value=code,
        )
    if unknown_members:
        table.note(
            f"{unknown_members} rows name no athletes (an empty cell or a nation's name): "
            "loaded as entries with complete=False",
            field="athletes",
        )
    for games_id in games_seen:
        builder.coverage[games_id] = Coverage(
            games=games_id,
            all_events=True,
            full_podiums=games_id not in games_incomplete,
            note="OlympAnalyt medallists: every medal event",
        )
    return builder.build()


def _way(names: list[str], counts: list[int]) -> bool | None:
    """Whether a team's names are written surname first (``None``: they do not tell).

    Each name that tells is counted for its Games in ``counts`` (surname first,
    given first). A team goes the way most of its names go; a name alone, or a team
    whose names do not tell, the way its Games go (``None``).
    """
    first = given = 0
    for name in names:
        way = surname_first(name)
        if way is not None:
            first += way
            given += not way
    counts[0] += first
    counts[1] += given
    return None if first + given < 2 or first == given else first > given


_PAIR = re.compile(r"^\s*([^,/]+),\s*([^,/]+)/\s*[^,/]+$")  # names to be trimmed


def _rider_of_pair(cell: str) -> str:
    """The rider of a cell of 1920's form, ``SURNAME, GIVEN / HORSE`` (or ``Name / HORSE``).

    Example:
        >>> _rider_of_pair("VON ROSEN, HANS / RUNNING SISTER")
        'HANS VON ROSEN'
        >>> _rider_of_pair("Janne LUNDBLAD / UNO")
        'Janne LUNDBLAD'
    """
    pair = _PAIR.match(cell)
    if pair is not None:
        return f"{trimmed(pair.group(2))} {trimmed(pair.group(1))}"
    if cell.count("/") == 1 and "," not in cell:
        return trimmed(cell.split("/", maxsplit=1)[0])
    return cell


def _riders(names: list[str]) -> tuple[list[str], list[str]]:
    """The riders and the horses among the names of an equestrian cell.

    The file names each horse beside its rider (``"EMPEROR, Carl BONDE"``), in
    capitals only, where a rider's given name is in lower case (a rider with an
    initial, ``J CARIOU``, is in capitals too: one letter is no horse's name). Only
    where there are riders, and no more horses than riders, are they told apart.

    Example:
        >>> _riders(["Reiner KLIMKE", "AHLERICH 2", "J CARIOU", "LORD IRON"])
        (['Reiner KLIMKE', 'J CARIOU'], ['AHLERICH 2', 'LORD IRON'])
        >>> _riders(["ANDIAMO", "RANDOM", "Otto HOFER"])
        (['ANDIAMO', 'RANDOM', 'Otto HOFER'], [])
    """
    horses = [n for n in names if not any(c.islower() for c in n) and len(n.split()[0]) > 1]
    riders = [n for n in names if n not in horses]
    if not riders or len(horses) > len(riders):
        return names, []
    return riders, horses


def _members(cell: str) -> list[str]:
    """The names in an athletes cell, with the commas inside names kept in them.

    Example:
        >>> _members("Leonard, Jr. SPINKS"), _members("Ann A, Bo B,")
        (['Leonard, Jr. SPINKS'], ['Ann A', 'Bo B'])
    """
    names: list[str] = []
    for part in cell.split(","):
        name = trimmed(part)
        if not name:
            continue
        if names and _NAME_GOES_ON.match(name):
            names[-1] = f"{names[-1]}, {name}"
        else:
            names.append(name)
    return names
