"""Reader for Kaggle's "120 years of Olympic history" (``athlete_events.csv``).

One row per athlete per event, non-medallists too, with sports-reference athlete ids.
How the quirks of the file are handled:

- Athlete ids are the ``ID`` column, scoped as ``kaggle120:<ID>``.
- Team events repeat the medal on every member's row. Rows are grouped into *one*
  entry per event, NOC, ``Team`` and medal (a NOC can field several teams in one event:
  ``Switzerland-1`` and ``Switzerland-2``), so a team medal counts once for the nation.
  Where no ``Team`` of an event holds two athletes it names no team (each rider's
  horse, in the 2008 team dressage): rows are grouped per event, NOC and medal.
- An event is a team event when a medal in it went to a team: several athletes of
  one NOC and ``Team`` share it, and it cannot be a tie between compatriots (another
  medal is shared too, or the ``Team`` is a boat's, a club's or ``Soviet Union-2``,
  not the NOC's own name); otherwise its title decides, with the sport's name taken
  off (``Synchronized Swimming Women's Solo`` is individual): see
  :func:`~olympics_records.datasets._kinds.event_kind`.
- ``NA`` means missing. The 1906 Intercalated Games and the Art Competitions are kept,
  marked unofficial.
- Exact duplicate rows are reported and loaded once; a row that would put an athlete
  twice in one event is reported. A truncated row (the last line of the public head
  subset) is reported, or raises :class:`~olympics_records.errors.DataError` naming
  its row in strict mode.
- ``noc_regions.csv`` (CR-only line endings) gives NOC names where the package's NOC
  registry has none.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from olympics_records._engine.gc import paused_gc
from olympics_records.datasets._builder import (
    EntryDraft,
    EventDraft,
    HistoryBuilder,
    is_noc_code,
    is_unofficial_event,
    known_games,
    name_slug,
    title_slug,
)
from olympics_records.datasets._csv import (
    CsvTable,
    IssueCollector,
    RowRef,
    file_beside,
    file_in,
    read_csv,
)
from olympics_records.datasets._kinds import title_kind
from olympics_records.history import History
from olympics_records.model import Coverage, EventKind, Games, Gender, Medal, Season

__all__ = ["read_kaggle120"]

_MEDALS = {"Gold": Medal.GOLD, "Silver": Medal.SILVER, "Bronze": Medal.BRONZE}
_SEASONS = {"Summer": Season.SUMMER, "Winter": Season.WINTER}
_COLUMNS: tuple[str, ...] = ("ID", "Name", "Sex", "Team", "NOC", "Year", "Season", "City")
_COLUMNS += ("Sport", "Event", "Medal")

_GENDER = re.compile(r"\b(Men's|Women's|Mixed)\b")
_GENDERS = {"Men's": Gender.MEN, "Women's": Gender.WOMEN, "Mixed": Gender.MIXED}
_MISSING = "NA"


class _Row:
    """One read row, kept with the rest of its event until the whole file is read."""

    # A plain slotted class, not attrs: it is never compared, hashed or shown, and
    # attrs would build its methods each time the module is imported.
    __slots__ = ("athlete", "medal", "noc", "ref", "team")

    def __init__(self, ref: RowRef, athlete: str, noc: str, team: str, medal: Medal | None) -> None:
        self.ref = ref
        self.athlete = athlete
        self.noc = noc
        self.team = team
        self.medal = medal


# Another surname in brackets: "Thomas Alsgaard (Alsgrd-)", "Paul H. (-Paul Knuth) Wyatt".
_BRACKETS = re.compile(r"\s*\([^()]*\)")


def _without_brackets(name: str) -> str:
    """The name without the other surnames Kaggle writes in brackets (kept as an alias)."""
    if "(" not in name:
        return name
    return " ".join(_BRACKETS.sub(" ", name).split()) or name


@paused_gc()  # a bulk build (see _engine.gc)
def read_kaggle120(
    path: str | os.PathLike[str],
    *,
    noc_regions: str | os.PathLike[str] | None = None,
    strict: bool = False,
) -> History:
    r"""Read Kaggle's ``athlete_events.csv`` (or a part of it) into a History.

    Args:
        path: the athlete-events CSV file, or the data set's folder.
        noc_regions: the data set's ``noc_regions.csv``, for NOC names; optional
            (given the folder, the one in it is read if there is one).
        strict: raise :class:`~olympics_records.errors.DataError` at the first row
            that cannot be loaded, instead of reporting it in ``History.issues``.

    Returns:
        A History with every entry, medallists and others (``place`` is set for
        medallists only); ``issues`` has one issue per row not loaded and, with
        ``row=None``, notes about the files.

    Raises:
        DataError: a file is missing or lacks a column, or (``strict``) a row is bad.

    Example:
        >>> import pathlib, tempfile
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "athlete_events.csv"
        >>> head = '"ID","Name","Sex","Age","Height","Weight","Team","NOC","Games","Year",'
        >>> head += '"Season","City","Sport","Event","Medal"\n'
        >>> row = '"{}","{}","M",25,NA,NA,"Norway","NOR","1994 Winter",1994,"Winter",'
        >>> row += '"Lillehammer","Cross Country Skiing","Cross Country Skiing Men\'s 4 x 10 '
        >>> row += 'kilometres Relay",{}\n'
        >>> _ = f.write_text(head + row.format(1, "Bjrn Dhlie", '"Silver"')
        ...                  + row.format(2, "Vegard Ulvang", '"Silver"')
        ...                  + row.format(3, "Thomas Alsgaard", '"Silver"')[:-40])
        >>> h = read_kaggle120(f)
        >>> [(e.noc, e.medal.value, e.athletes) for e in h.entries]
        [('NOR', 'silver', ('kaggle120:1', 'kaggle120:2'))]
        >>> print(h.issues[0])  # doctest: +ELLIPSIS
        athlete_events.csv, row 3, field 'Event', value ...: the file ends inside a quoted field
    """
    issues = IssueCollector(strict=strict)
    if noc_regions is None:
        noc_regions = file_beside(path, "noc_regions.csv")
    region_names = _read_regions(noc_regions, issues) if noc_regions is not None else {}
    table = read_csv(
        file_in(path, "athlete_events.csv", "Kaggle's 120 years"), issues, required=_COLUMNS
    )
    builder = HistoryBuilder(issues, source=table.source)
    builder.display = _without_brackets
    c = table.columns
    i_id, i_name, i_sex, i_team = c["ID"], c["Name"], c["Sex"], c["Team"]
    source = table.source
    rows_of: dict[str, list[_Row]] = defaultdict(list)
    unnamed: list[int] = []
    # An ID is one person: one sex and one name in every row, one NOC at one Games.
    person: dict[str, tuple[str, str, int]] = {}
    team_at: dict[tuple[str, str], tuple[str, int]] = {}
    # What repeats from row to row (an edition, an event, a medal, a NOC and its name)
    # is worked out on its first good row and remembered, keyed by the raw fields: a
    # bad one is worked out, and reported, on each of its rows.
    seen = _Seen(table, builder)
    noc_names: set[tuple[str, str]] = set()
    for number, row in table:
        if table.is_duplicate(number, row):
            continue
        athlete_number = row[i_id].strip()
        if not athlete_number or athlete_number == _MISSING:
            table.reject(number, "ID", athlete_number, "no athlete id")
            continue
        edition = seen.editions.get((row[seen.i_year], row[seen.i_season], row[seen.i_city]))
        if edition is None:
            edition = seen.edition(number, row)
            if edition is None:
                continue
        medal = seen.medals.get(row[seen.i_medal], _UNSEEN)
        if medal is _UNSEEN:
            medal = seen.medal(number, row)
            if medal is _UNSEEN:
                continue
        noc = seen.nocs.get(row[seen.i_noc])
        if noc is None:
            noc = seen.noc(number, row)
            if noc is None:
                continue
        games_id = edition[0]
        event_id = seen.events.get((games_id, row[seen.i_sport], row[seen.i_event]))
        if event_id is None:
            event_id = seen.event(number, row, edition)
            if event_id is None:
                continue
        sex = row[i_sex].strip()
        name = row[i_name].strip()
        known = person.setdefault(athlete_number, (sex, name, number))
        if known[0] != sex or known[1] != name:
            column, said = ("Sex", known[0]) if known[0] != sex else ("Name", known[1])
            table.reject(
                number,
                column,
                sex if column == "Sex" else name,
                f"athlete ID {athlete_number} is {said!r} in row {known[2]}: one ID, two people?",
            )
            continue
        noc_then = team_at.setdefault((athlete_number, games_id), (noc, number))
        if noc_then[0] != noc:
            table.reject(
                number,
                "NOC",
                noc,
                f"athlete ID {athlete_number} competes for {noc_then[0]} at the same Games "
                f"in row {noc_then[1]}",
            )
            continue
        if not name:
            unnamed.append(number)
        athlete = f"kaggle120:{athlete_number}"
        if known[2] == number:  # the athlete's first row: later ones repeat its name and sex
            builder.athlete(athlete, row[i_name], sex if sex in ("M", "F") else None)
        team = row[i_team].strip()
        noc_name = (noc, region_names.get(noc) or team)
        if noc_name not in noc_names:
            noc_names.add(noc_name)
            builder.noc(*noc_name)
        rows_of[event_id].append(_Row(RowRef(source, number), athlete, noc, team, medal))
    if unnamed:
        table.note(
            f"{len(unnamed)} rows have no Name (rows {', '.join(map(str, unnamed[:10]))}): "
            "the athlete id stands in for the name",
            field="Name",
        )
    table.note_unknown_nocs(builder.nocs, field="NOC")
    home = _HomeTeams(rows_of)
    for event_id, rows in rows_of.items():
        event = builder.events[event_id]
        if title_kind(event.title) is not EventKind.TEAM:
            event.team_rows = _team_medal(rows, home)
        if event.kind is EventKind.TEAM:
            _team_entries(builder, event_id, rows)
        else:
            for item in rows:
                builder.solo(event_id, item.noc, item.medal, item.athlete, item.ref)
    # A file cut short (the public head subset ends inside a row) holds some of its
    # Games in part; the whole file holds every event and medallist of its Games.
    cut = any(
        i.row == table.rows_read and "truncated" in i.message
        for i in issues.issues
        if i.source == table.source
    )
    for games_id in builder.games:
        builder.coverage[games_id] = Coverage(
            games=games_id,
            all_events=not cut,
            full_podiums=not cut,
            note="Kaggle 120 years: as many rows as the file holds (it ends inside a row: "
            "cut short)"
            if cut
            else "Kaggle 120 years: every event and medallist",
        )
    return builder.build()


_UNSEEN: Any = object()
"""A look-up's default: the raw field was not seen in a good row before."""


class _Seen:
    """What the rows' fields were worked out to be, keyed by the raw fields.

    Each method works out one part of a row not seen before, in the order the row is
    checked: it reports the row and returns ``None`` (``_UNSEEN`` for a medal, as no
    medal is ``None``) if that part is bad, and remembers a good one.
    """

    def __init__(self, table: CsvTable, builder: HistoryBuilder) -> None:
        self.table = table
        self.builder = builder
        c = table.columns
        self.i_year, self.i_season, self.i_city = c["Year"], c["Season"], c["City"]
        self.i_medal, self.i_sport, self.i_event = c["Medal"], c["Sport"], c["Event"]
        self.i_noc = c["NOC"]
        self.editions: dict[tuple[str, str, str], tuple[str, int]] = {}
        """(Year, Season, City) as written: the Games' id and year."""
        self.medals: dict[str, Medal | None] = {}
        """Medal as written: the medal, or ``None`` for none."""
        self.nocs: dict[str, str] = {}
        """NOC as written: the code."""
        self.events: dict[tuple[str, str, str], str] = {}
        """(Games id, Sport, Event as written): the event's id."""

    def edition(self, number: int, row: list[str]) -> tuple[str, int] | None:
        """The id and year of a row's Games (made if new)."""
        raw = row[self.i_year], row[self.i_season], row[self.i_city]
        season = _SEASONS.get(raw[1].strip())
        if season is None:
            self.table.reject(number, "Season", raw[1], "not Summer or Winter")
            return None
        games_by_id = self.builder.games
        try:
            year = int(raw[0])
            games = games_by_id.get(f"{year}-{season.value}") or known_games(year, season)
            if games is None:
                games = Games(year=year, season=season, city=raw[2].strip() or "Unknown")
        except ValueError as err:
            self.table.reject(number, "Year", raw[0], f"not a valid edition: {err}")
            return None
        games_by_id.setdefault(games.id, games)
        found = self.editions[raw] = (games.id, year)
        return found

    def medal(self, number: int, row: list[str]) -> Medal | None:
        """A row's medal (``None``: none)."""
        raw = row[self.i_medal]
        text = raw.strip()
        if text in (_MISSING, ""):
            self.medals[raw] = None
            return None
        medal = _MEDALS.get(text)
        if medal is None:
            self.table.reject(number, "Medal", text, "not Gold, Silver, Bronze or NA")
            return _UNSEEN  # type: ignore[no-any-return]
        self.medals[raw] = medal
        return medal

    def noc(self, number: int, row: list[str]) -> str | None:
        """A row's NOC code."""
        raw = row[self.i_noc]
        noc = raw.strip()
        if not is_noc_code(noc):
            self.table.reject(number, "NOC", noc, "not a three-letter NOC code")
            return None
        self.nocs[raw] = noc
        return noc

    def event(self, number: int, row: list[str], edition: tuple[str, int]) -> str | None:
        """The id of a row's event (its draft made if new)."""
        games_id, year = edition
        raw_sport, raw_title = row[self.i_sport], row[self.i_event]
        sport = " ".join(raw_sport.split())
        title = " ".join(raw_title.split())
        if not sport or not title:
            self.table.reject(number, "Event", title, "no sport or event")
            return None
        found = _GENDER.search(title)
        gender = _GENDERS[found.group(1)] if found else Gender.OPEN
        event_id = f"{games_id}/{name_slug(sport)}/{gender.value}/{title_slug(title)}"
        if event_id not in self.builder.events:
            self.builder.events[event_id] = EventDraft(
                id=event_id,
                games=games_id,
                sport=sport,
                discipline=sport,
                name=title,
                gender=gender,
                official=not is_unofficial_event(year, sport, title),
                # The sport's name starts every event's: it says nothing of the kind.
                title=title[len(sport) + 1 :] if title.startswith(f"{sport} ") else title,
            )
        self.events[games_id, raw_sport, raw_title] = event_id
        return event_id


class _HomeTeams:
    """Each NOC's own name in the ``Team`` column: the one most of its rows have.

    Worked out on first use, from every row read.
    """

    def __init__(self, rows_of: dict[str, list[_Row]]) -> None:
        self._rows_of = rows_of
        self._home: dict[str, str] | None = None

    def __call__(self, noc: str) -> str:
        if self._home is None:
            counts = Counter(
                (item.noc, item.team) for rows in self._rows_of.values() for item in rows
            )
            # The most rows, then the first name in sort order: the same whatever the
            # order of the rows.
            ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0][1]))
            self._home = {}
            for (code, team), _ in ranked:
                self._home.setdefault(code, team)
        return self._home.get(noc, "")


def _team_medal(rows: list[_Row], home: Callable[[str], str]) -> bool:
    """Whether a medal of the event went to a team, as the rows show it.

    The file has a row per athlete, so a team's medal is one several athletes of one
    NOC and ``Team`` share. So is a tie between compatriots in an individual event
    (the 1984 women's 100 m freestyle gold, the 2008 women's 100 m silver): a shared
    medal is a team's only where another medal is shared too, or where the ``Team``
    is not the NOC's own name (a boat, a club, ``Soviet Union-2``).
    """
    members: dict[tuple[str, str, Medal], set[str]] = defaultdict(set)
    for item in rows:
        if item.medal is not None:
            members[item.noc, item.team, item.medal].add(item.athlete)
    shared = [key for key, group in members.items() if len(group) > 1]
    if len(shared) != 1:
        return len(shared) > 1
    noc, team, _ = shared[0]
    return team != home(noc)


def _team_entries(builder: HistoryBuilder, event_id: str, rows: list[_Row]) -> None:
    """One entry per NOC, ``Team`` and medal; per NOC and medal where ``Team`` is no team's.

    In the 2008 team dressage every rider's ``Team`` is the horse's name: where no
    ``Team`` of the event holds two athletes, it names no team, and a nation's riders
    with one medal are its team.
    """
    sizes = Counter((item.noc, item.team) for item in rows)
    named = any(n > 1 for n in sizes.values())
    teams: dict[tuple[str, str, Medal | None], EntryDraft] = {}
    for item in rows:
        key = (item.noc, item.team if named else "", item.medal)
        draft = teams.get(key)
        if draft is None:
            draft = teams[key] = builder.entry(
                EntryDraft(
                    event=event_id,
                    noc=item.noc,
                    place=item.medal.place if item.medal else None,
                    medal=item.medal,
                )
            )
        if not draft.add_member(item.athlete, item.ref):
            builder.issues.reject(
                item.ref.source, item.ref.row, "ID", item.athlete, "listed twice in one team"
            )


def _read_regions(path: str | os.PathLike[str], issues: IssueCollector) -> dict[str, str]:
    table = read_csv(path, issues, required=("NOC", "region"))
    c = table.columns
    notes = c.get("notes")
    names: dict[str, str] = {}
    for number, row in table:
        code = row[c["NOC"]].strip()
        if not is_noc_code(code):
            table.reject(number, "NOC", code, "not a three-letter NOC code")
            continue
        name = (row[notes].strip() if notes is not None else "") or row[c["region"]].strip()
        if not name:
            table.reject(number, "region", name, "no region or name")
            continue
        names.setdefault(code, name)
    return names
