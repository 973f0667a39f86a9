"""Reader for Kaggle's "120 years of Olympic history" (``athlete_events.csv``).

One row per athlete per event, non-medallists too, with sports-reference athlete ids.
How the quirks of the file are handled:

- Athlete ids are the ``ID`` column, scoped as ``kaggle120:<ID>``.
- Team events repeat the medal on every member's row. Rows are grouped into *one*
  entry per event, NOC, ``Team`` and medal (a NOC can field several teams in one event:
  ``Switzerland-1`` and ``Switzerland-2``), so a team medal counts once for the nation.
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
from olympics_records.datasets._csv import IssueCollector, RowRef, file_beside, file_in, read_csv
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
    source = table.source
    rows_of: dict[str, list[_Row]] = defaultdict(list)
    unnamed: list[int] = []
    # An ID is one person: one sex and one name in every row, one NOC at one Games.
    person: dict[str, tuple[str, str, int]] = {}
    team_at: dict[tuple[str, str], tuple[str, int]] = {}
    for number, row in table:
        if table.is_duplicate(number, row):
            continue
        athlete_number = row[c["ID"]].strip()
        if not athlete_number or athlete_number == _MISSING:
            table.reject(number, "ID", athlete_number, "no athlete id")
            continue
        season = _SEASONS.get(row[c["Season"]].strip())
        if season is None:
            table.reject(number, "Season", row[c["Season"]], "not Summer or Winter")
            continue
        try:
            year = int(row[c["Year"]])
            games = builder.games.get(f"{year}-{season.value}") or known_games(year, season)
            if games is None:
                games = Games(year=year, season=season, city=row[c["City"]].strip() or "Unknown")
        except ValueError as err:
            table.reject(number, "Year", row[c["Year"]], f"not a valid edition: {err}")
            continue
        builder.games.setdefault(games.id, games)
        medal_text = row[c["Medal"]].strip()
        medal = None if medal_text in (_MISSING, "") else _MEDALS.get(medal_text)
        if medal is None and medal_text not in (_MISSING, ""):
            table.reject(number, "Medal", medal_text, "not Gold, Silver, Bronze or NA")
            continue
        noc = row[c["NOC"]].strip()
        if not is_noc_code(noc):
            table.reject(number, "NOC", noc, "not a three-letter NOC code")
            continue
        sport = " ".join(row[c["Sport"]].split())
        title = " ".join(row[c["Event"]].split())
        if not sport or not title:
            table.reject(number, "Event", title, "no sport or event")
            continue
        found = _GENDER.search(title)
        gender = _GENDERS[found.group(1)] if found else Gender.OPEN
        event_id = f"{games.id}/{name_slug(sport)}/{gender.value}/{title_slug(title)}"
        if event_id not in builder.events:
            builder.events[event_id] = EventDraft(
                id=event_id,
                games=games.id,
                sport=sport,
                discipline=sport,
                name=title,
                gender=gender,
                official=not is_unofficial_event(year, sport, title),
                # The sport's name starts every event's: it says nothing of the kind.
                title=title[len(sport) + 1 :] if title.startswith(f"{sport} ") else title,
            )
        sex = row[c["Sex"]].strip()
        name = row[c["Name"]].strip()
        known = person.setdefault(athlete_number, (sex, name, number))
        if known[:2] != (sex, name):
            column, said = ("Sex", known[0]) if known[0] != sex else ("Name", known[1])
            table.reject(
                number,
                column,
                sex if column == "Sex" else name,
                f"athlete ID {athlete_number} is {said!r} in row {known[2]}: one ID, two people?",
            )
            continue
        noc_then = team_at.setdefault((athlete_number, games.id), (noc, number))
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
        athlete = builder.athlete(
            f"kaggle120:{athlete_number}", row[c["Name"]], sex if sex in ("M", "F") else None
        )
        builder.noc(noc, region_names.get(noc) or row[c["Team"]].strip())
        rows_of[event_id].append(
            _Row(RowRef(source, number), athlete, noc, row[c["Team"]].strip(), medal)
        )
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
                draft = builder.entry(
                    EntryDraft(
                        event=event_id,
                        noc=item.noc,
                        place=item.medal.place if item.medal else None,
                        medal=item.medal,
                    )
                )
                draft.add_member(item.athlete, item.ref)
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
    teams: dict[tuple[str, str, Medal | None], EntryDraft] = {}
    for item in rows:
        key = (item.noc, item.team, item.medal)
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
