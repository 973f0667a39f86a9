"""Reader for the olympics.com data set (Kaggle "piterfm"): medals, hosts and results.

The directory holds ``olympic_hosts.csv`` and ``olympic_medals.csv``, and may hold
``olympic_results.csv`` (every entry with its rank) and ``olympic_athletes.csv``.
Both the comma/UTF-8 release and the older semicolon/BOM/CRLF release are read.

How the quirks of the files are handled:

- The medals file has one row per medal per athlete. A team medal (``participant_type``
  ``GameTeam``) becomes *one* entry per team, grouped by Games, event, NOC, medal and
  team title (one NOC can field two teams: ``Republic of Korea team #1`` and ``#2``);
  rows without an athlete make the entry ``complete=False``.
- An event is a team event when one of its rows is a ``GameTeam``'s; otherwise its
  title decides, never its discipline (``Synchronized Swimming``'s ``solo women`` is
  individual): see :func:`~olympics_records.datasets._kinds.event_kind`.
- ``athlete_url`` is the athlete id (its last path part, like ``eric-heiden``). A row
  with a name but no URL gets a name key scoped by NOC (``USA:eric-heiden``); such rows
  are counted in a note.
- Event ids are ``<games>/<discipline>/<gender>/<title>`` with the title folded by
  :func:`~olympics_records.datasets._builder.title_slug`, so ``Men’s 500m`` and
  ``Men's 500m`` meet while ``+75kg`` and ``75kg`` stay apart.
- Games come from the hosts file (1956 Melbourne/Stockholm is one row there), checked
  against the package's registry of editions, whose cities and dates win.
- The results file gives every entry its rank. Medals stay as the medals file has
  them: a medal row of the results file is merged into the medal entry it matches
  (filling the members of teams the medals file lists without athletes) or, when the
  medals file disagrees (medals reallocated after doping cases), reported. DNF, DNS,
  DSQ and other codes give ``place=None``; their counts are noted. Exact duplicate rows
  are reported and loaded once. Events found only in the results file (demonstration
  and professional events of the early Games) are loaded as unofficial.
- ``olympic_athletes.csv`` has no ``athlete_url`` column in the public copy, so it
  cannot be linked to anyone by id; it is noted, not read, unless ``profiles=True``:
  then its names and birth years make one athlete of the profiles it shows are one
  person's (olympics.com lists Bart Swings as ``bart-swings`` and ``bart-swings-x2516``).
"""

from __future__ import annotations

import ast
import datetime as dt
import itertools
import operator
import os
import re
from collections import Counter

from olympics_records._engine.construct import unchecked_entry
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
)
from olympics_records.datasets._csv import (
    SPREADSHEET_ERROR,
    CsvTable,
    IssueCollector,
    RowRef,
    local_path,
    read_csv,
    whole_number,
)
from olympics_records.datasets._profiles import unite_profiles
from olympics_records.history import History
from olympics_records.model import Coverage, Entry, Games, Gender, Medal, Season
from olympics_records.names import display_name

__all__ = ["read_olympics_com"]

HOSTS = "olympic_hosts.csv"
MEDALS = "olympic_medals.csv"
RESULTS = "olympic_results.csv"
ATHLETES = "olympic_athletes.csv"

_new_ref = tuple.__new__
_UNSEEN: tuple[Medal, int] = (Medal.GOLD, 0)  # a medal text not looked up yet
_UNKNOWN = "\0"  # an athlete not looked up yet (no id has a NUL)
_MEDALS = {"GOLD": Medal.GOLD, "SILVER": Medal.SILVER, "BRONZE": Medal.BRONZE}
_GENDERS = {"Men": Gender.MEN, "Women": Gender.WOMEN, "Mixed": Gender.MIXED, "Open": Gender.OPEN}
_SEASONS = {"Summer": Season.SUMMER, "Winter": Season.WINTER}
_WOMEN = re.compile(r"\b(?:women|women's|ladies|ladies'|woman)\b", re.IGNORECASE)
_MEN = re.compile(r"\b(?:men|men's|man)\b", re.IGNORECASE)
_MIXED = re.compile(r"\bmixed\b", re.IGNORECASE)
_YEAR = re.compile(r"\s*\d{4}\s*$")
_ENDS_WITH_YEAR = re.compile(r"(?<!\d)(\d{4})\s*$")


@paused_gc()  # a bulk build (see _engine.gc)
def read_olympics_com(
    directory: str | os.PathLike[str],
    *,
    strict: bool = False,
    results: bool | None = None,
    profiles: bool = False,
) -> History:
    r"""Read the olympics.com medals (and, when present, results) into a History.

    Args:
        directory: the folder with ``olympic_hosts.csv`` and ``olympic_medals.csv``
            (or one of the data set's files in it: the folder is what is read).
        strict: raise :class:`~olympics_records.errors.DataError` at the first row
            that cannot be loaded, instead of reporting it in ``History.issues``.
        results: read ``olympic_results.csv`` too (every entry with its rank);
            ``None`` reads it when it is there.
        profiles: read ``olympic_athletes.csv`` too, and make one athlete of the
            profiles it shows are one person's: olympics.com lists some athletes under
            two profiles (``bart-swings`` and ``bart-swings-x2516``). Two profiles are
            one where the list has a row for each, all of one name and one birth year,
            and their entries are for one NOC and never in one event. Off by default:
            the list is larger than the medals file. ``datasets.load("all")`` turns
            it on.

    Returns:
        A History whose ``issues`` report every row not loaded (one issue per row,
        with its file and row number) and, with ``row=None``, notes about whole files.

    Raises:
        DataError: a required file or column is missing, or (``strict``) a row is bad.

    Example:
        >>> import pathlib, tempfile
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "olympic_hosts.csv").write_text(
        ...     "game_slug,game_end_date,game_start_date,game_location,game_name,"
        ...     "game_season,game_year\n"
        ...     "lake-placid-1980,1980-02-24T01:00:00Z,1980-02-13T13:00:00Z,United States,"
        ...     "Lake Placid 1980,Winter,1980\n")
        >>> _ = (d / "olympic_medals.csv").write_text(
        ...     "discipline_title,slug_game,event_title,event_gender,medal_type,participant_type,"
        ...     "participant_title,athlete_url,athlete_full_name,country_name,country_code,"
        ...     "country_3_letter_code\n"
        ...     "Speed skating,lake-placid-1980,500m men,Men,GOLD,Athlete,,"
        ...     "https://olympics.com/en/athletes/eric-heiden,Eric HEIDEN,United States,US,USA\n"
        ...     "Ice Hockey,lake-placid-1980,Ice Hockey men,Men,GOLD,GameTeam,United States,"
        ...     ",,United States,US,USA\n")
        >>> h = read_olympics_com(d)
        >>> [(h.get_event(e.event).kind.value, e.athletes, e.complete) for e in h.entries]
        [('individual', ('eric-heiden',), True), ('team', (), False)]
        >>> h.entries[0].event
        '1980-winter/speed-skating/men/500m-men'
    """
    folder = local_path(directory)
    if os.path.basename(folder) in _FILES and os.path.isfile(folder):
        folder = os.path.dirname(folder) or "."
    return _read(folder, strict=strict, results=results, profiles=profiles)


_FILES = frozenset((HOSTS, MEDALS, RESULTS, ATHLETES))


def _read(folder: str, *, strict: bool, results: bool | None, profiles: bool) -> History:
    # os.path, not pathlib: importing pathlib costs every cold run ~3 ms.
    join = os.path.join
    issues = IssueCollector(strict=strict)
    builder = HistoryBuilder(issues, source=MEDALS)
    builder.display = display_name  # "Eric HEIDEN" is shown as "Eric Heiden"
    games_of = _read_hosts(read_csv(join(folder, HOSTS), issues, required=_HOST_COLUMNS), builder)
    reader = _Reader(builder, games_of)
    reader.read_medals(read_csv(join(folder, MEDALS), issues, required=_MEDAL_COLUMNS))
    with_results = os.path.exists(join(folder, RESULTS)) if results is None else results
    if with_results:
        reader.read_results(read_csv(join(folder, RESULTS), issues, required=_RESULT_COLUMNS))
    if os.path.exists(join(folder, ATHLETES)):
        if profiles:
            unite_profiles(builder, read_csv(join(folder, ATHLETES), issues))
        else:
            _note_athletes(read_csv(join(folder, ATHLETES), issues, header_only=True))
    what = "every medal" + (" and every ranked entry" if with_results else "")
    for games_id in reader.games_seen:
        builder.coverage[games_id] = Coverage(
            games=games_id,
            all_events=True,
            full_podiums=games_id not in reader.games_incomplete,
            note=f"olympics.com: {what} of every event",
        )
    # The reader's look-ups (every raw key of every row seen) are not needed to build:
    # let them go first, or the build's peak memory holds them too.
    del reader
    return builder.build()


_HOST_COLUMNS: tuple[str, ...] = (
    "game_slug",
    "game_end_date",
    "game_start_date",
    "game_name",
    "game_season",
)
_HOST_COLUMNS += ("game_year",)
_MEDAL_COLUMNS = (
    "discipline_title",
    "slug_game",
    "event_title",
    "event_gender",
    "medal_type",
    "participant_type",
    "participant_title",
    "athlete_url",
    "athlete_full_name",
    "country_name",
    "country_3_letter_code",
)
_RESULT_COLUMNS = (
    "discipline_title",
    "event_title",
    "slug_game",
    "participant_type",
    "medal_type",
    "athletes",
    "rank_position",
    "country_name",
    "country_3_letter_code",
    "athlete_url",
    "athlete_full_name",
)


def _read_hosts(table: CsvTable, builder: HistoryBuilder) -> dict[str, str]:
    c = table.columns
    games_of: dict[str, str] = {}
    first_row: dict[str, int] = {}
    for number, row in table:
        if table.is_duplicate(number, row):
            continue
        slug = row[c["game_slug"]].strip()
        if not slug:
            table.reject(number, "game_slug", slug, "no game_slug: no medal can refer to it")
            continue
        if slug in first_row:
            # Which of two different rows is right cannot be told: keep the first.
            table.reject(
                number, "game_slug", slug, f"Games already listed in row {first_row[slug]}"
            )
            continue
        season = _SEASONS.get(row[c["game_season"]].strip())
        if season is None:
            table.reject(number, "game_season", row[c["game_season"]], "not Summer or Winter")
            continue
        column = "game_year"
        try:
            year = int(row[c[column]])
            column = "game_start_date"
            opened = _day(row[c[column]])
            column = "game_end_date"
            closed = _day(row[c[column]])
            column = "game_year"
            games = known_games(year, season) or Games(
                year=year,
                season=season,
                city=_YEAR.sub("", row[c["game_name"]]) or row[c["game_name"]],
                opened=opened,
                closed=closed,
            )
        except ValueError as err:
            table.reject(number, column, row[c[column]], f"not a valid edition: {err}")
            continue
        said = _contradicted(year, row, c)
        if said is not None:
            table.reject(number, "game_year", row[c["game_year"]], said)
            continue
        first_row[slug] = number
        games_of[slug] = games.id
        builder.games.setdefault(games.id, games)
    return games_of


_STR = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\""""
_PAIR = rf"\(\s*({_STR})\s*,\s*({_STR}|None)\s*\)"
_PAIRS = re.compile(_PAIR)
_LIST = re.compile(rf"\[\s*(?:{_PAIR}\s*(?:,\s*{_PAIR}\s*)*,?\s*)?\]")


def athletes_cell(text: str) -> list[tuple[str, str | None]] | None:
    """The ``athletes`` cell of the results file: a Python list of (name, URL) tuples.

    Read by pattern, not by :func:`ast.literal_eval`, whose syntax trees are reference
    cycles that each load would leave to the garbage collector (megabytes a load).
    ``None`` if the cell is not such a list.

    Example:
        >>> athletes_cell('''[("Peter O'LEARY", 'https://olympics.com/x'), ('Ann', None)]''')
        [("Peter O'LEARY", 'https://olympics.com/x'), ('Ann', None)]
        >>> athletes_cell("[('Ann',)]") is None
        True
    """
    if _LIST.fullmatch(text) is None:
        return None
    return [
        (_string(name), None if url == "None" else _string(url))
        for name, url in _PAIRS.findall(text)
    ]


def _string(literal: str) -> str:
    if "\\" in literal:
        # An escape (none in the published file): the parser knows them all.
        value = ast.literal_eval(literal)
        return value if isinstance(value, str) else ""
    return literal[1:-1]


def _contradicted(year: int, row: list[str], c: dict[str, int]) -> str | None:
    """What says the Games of a hosts row are not of ``year``, if anything does.

    The slug and the name end with the year (``lake-placid-1980``, ``Lake Placid
    1980``): a row whose ``game_year`` says otherwise would move every medal of
    those Games to another edition.
    """
    for column in ("game_slug", "game_name"):
        found = _ENDS_WITH_YEAR.search(row[c[column]])
        if found is not None and int(found.group(1)) != year:
            return f"contradicts {column} {row[c[column]].strip()!r}: which year is right?"
    return None


def _day(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text[:10]) if text else None


class _SeenInMedals:
    """What the medals file's rows have given so far, keyed by their raw fields."""

    __slots__ = ("athletes", "columns", "countries", "events", "medals")

    def __init__(self, columns: dict[str, int]) -> None:
        self.columns = tuple(
            columns[name]
            for name in (
                "slug_game",
                "medal_type",
                "event_gender",
                "discipline_title",
                "event_title",
                "country_3_letter_code",
                "country_name",
            )
        )
        # (slug_game, discipline_title, event_title, event_gender) -> (Games, event,
        # slugs of its discipline and title)
        self.events: dict[tuple[str, str, str, str], tuple[str, EventDraft, tuple[str, str]]] = {}
        # medal_type -> (medal, place), or None: not a medal
        self.medals: dict[str, tuple[Medal, int] | None] = {}
        # (country_3_letter_code, country_name) -> NOC code
        self.countries: dict[tuple[str, str], str] = {}
        # (athlete_url, athlete_full_name) -> athlete id; team rows without a member
        # (a third of the team rows) name no one
        self.athletes: dict[tuple[str, str], str | None] = {("", ""): None}


class _SeenInResults:
    """What the results file's rows have given so far, keyed by their raw fields.

    Only what makes a row's reading the same wherever it comes is kept: an event, a
    nation already registered, an athlete with a URL and a plain name, a numeric rank.
    """

    __slots__ = ("athletes", "codes", "countries", "events", "only_here", "places")

    def __init__(self, athletes: dict[tuple[str, str], str]) -> None:
        # (slug_game, discipline_title, event_title) -> the event's draft
        self.events: dict[tuple[str, str, str], EventDraft] = {}
        # (country_3_letter_code, country_name) -> NOC code, registered with the builder
        self.countries: dict[tuple[str, str], str] = {}
        # (athlete_url, athlete_full_name) -> athlete id, from the medals file's rows on
        self.athletes = athletes
        # rank_position -> place (a whole number above 0), or the code counted for
        # a rank that is no number ("DNF", "(blank)"): the entry has no place
        self.places: dict[str, int | str] = {}
        # the ranks that are no number, counted for the file's note
        self.codes: Counter[str] = Counter()
        # the ids of the events that only the results file has
        self.only_here: set[str] = set()


class _Reader:
    def __init__(self, builder: HistoryBuilder, games_of: dict[str, str]) -> None:
        self.builder = builder
        self.games_of = games_of
        self.games_seen: dict[str, None] = {}
        self.games_incomplete: set[str] = set()
        # (games, discipline slug, title slug) -> event id, for the results file
        self.medal_events: dict[tuple[str, str, str], str] = {}
        # The medals file's events: their Games, drafts and slugs, in order of rows.
        self.events_seen: list[tuple[str, EventDraft, tuple[str, str]]] = []
        self.teams: dict[tuple[str, str, Medal, str], EntryDraft] = {}
        self.team_medals: dict[tuple[str, str, Medal], list[EntryDraft]] = {}
        # For the results file, from the medals file's entries (see _medals_read):
        self.individual_medals: set[tuple[str, str, Medal]] = set()
        self.event_athletes: dict[str, set[str]] = {}
        self.medal_athletes: dict[tuple[str, str], str | None] = {}
        self.unlinked = 0
        self.spreadsheet_errors = 0
        self.unnamed = 0
        self._templates: dict[tuple[str, str, Gender], _Template] = {}

    def _event(
        self,
        games_id: str,
        discipline: str,
        title: str,
        gender: Gender,
        *,
        official: bool = True,
    ) -> EventDraft:
        draft, _ = self._event_and_slugs(games_id, discipline, title, gender, official=official)
        return draft

    def _event_and_slugs(
        self,
        games_id: str,
        discipline: str,
        title: str,
        gender: Gender,
        *,
        official: bool = True,
    ) -> tuple[EventDraft, tuple[str, str]]:
        """The event's draft, and the slugs of its discipline and title."""
        # An event recurs at every Games: what its names give is worked out once.
        template = self._templates.get((discipline, title, gender))
        if template is None:
            template = self._templates[discipline, title, gender] = _template(
                discipline, title, gender
            )
        clean, path, name, art, slugs = template
        event_id = f"{games_id}/{path}"
        draft = self.builder.events.get(event_id)
        if draft is None:
            draft = self.builder.events[event_id] = EventDraft(
                event_id,
                games_id,
                clean,  # the sport
                clean,  # the discipline
                name,
                gender,
                official and not art and self.builder.games[games_id].year != 1906,
            )
        return draft, slugs

    def _athlete(self, url: str, name: str, noc: str) -> str | None:
        url = url.strip()
        if url and not name.strip():
            self.unnamed += 1
        if name[:1] == "#" and SPREADSHEET_ERROR.match(name):
            # A spreadsheet turned "- Emanuel" into a formula error on the way.
            self.spreadsheet_errors += 1
            name = ""
        key = _url_key(url)
        if key:
            return self.builder.athlete(key, name)
        if name.strip():
            name_id = athlete_key_id(name, noc)
            if name_id is not None:
                self.unlinked += 1
                return self.builder.athlete(name_id, name)
        return None

    def read_medals(self, table: CsvTable) -> None:
        # One tight pass. What repeats from row to row (an event, a medal, a nation,
        # an athlete) is worked out on its first row and remembered, keyed by the raw
        # fields; the keys are cut from each block of rows and looked up by C
        # iterators, so a row whose parts were all seen before costs no look-up code.
        c = table.columns
        i_url, i_name = c["athlete_url"], c["athlete_full_name"]
        i_type, i_team = c["participant_type"], c["participant_title"]
        builder = self.builder
        source = table.source
        teams, team_medals = self.teams, self.team_medals
        seen = _SeenInMedals(c)
        event_of = operator.itemgetter(
            c["slug_game"], c["discipline_title"], c["event_title"], c["event_gender"]
        )
        country_of = operator.itemgetter(c["country_3_letter_code"], c["country_name"])
        person_of = operator.itemgetter(i_url, i_name)
        medal_of = operator.itemgetter(c["medal_type"])
        nameless: list[int] = []
        entries = builder.entries
        append, athlete_of = entries.append, builder.athlete
        for numbers, rows in table.blocks():
            for number, row, ref, known_event, known_medal, known_noc, known_athlete in zip(
                numbers,
                rows,
                map(_new_ref, itertools.repeat(RowRef), zip(itertools.repeat(source), numbers)),
                map(seen.events.get, map(event_of, rows)),
                map(seen.medals.get, map(medal_of, rows)),
                map(seen.countries.get, map(country_of, rows)),
                map(seen.athletes.get, map(person_of, rows), itertools.repeat(_UNKNOWN)),
                strict=True,
            ):
                if known_event is None or known_medal is None or known_noc is None:
                    first_seen = self._first_seen(
                        seen, table, number, row, known_event, known_medal, known_noc
                    )
                    if first_seen is None:
                        continue
                    event, (medal, place), noc = first_seen
                else:
                    event = known_event[1]
                    medal, place = known_medal
                    noc = known_noc
                athlete = known_athlete
                if athlete is _UNKNOWN:
                    url, name = person = row[i_url], row[i_name]
                    url_key = _plain_key(url, name)
                    if url_key:
                        # A URL and a plain name, as most rows have: the athlete is
                        # remembered for the next row.
                        athlete = seen.athletes[person] = athlete_of(url_key, name)
                    else:
                        athlete = self._athlete(url, name, noc)
                event_id = event.id
                if row[i_type] == "GameTeam":
                    event.team_rows = True
                    key = (event_id, noc, medal, row[i_team].strip())
                    draft = teams.get(key)
                    if draft is None:
                        draft = teams[key] = EntryDraft(event_id, noc, place, medal)
                        append(draft)
                        team_medals.setdefault((event_id, noc, medal), []).append(draft)
                    if athlete is None:
                        draft.complete = False
                        draft.rows.append(ref)
                    elif not draft.add_member(athlete, ref):
                        table.reject(
                            number, "athlete_url", athlete, "member listed twice in the team"
                        )
                        continue
                elif athlete is None:
                    append(EntryDraft(event_id, noc, place, medal, False, [], {}, [ref]))
                    nameless.append(number)
                else:
                    # HistoryBuilder.solo, without the call: most rows are solos.
                    append((unchecked_entry(event_id, noc, (athlete,), place, medal, True), ref))
        if nameless:
            table.note(
                f"{len(nameless)} individual medals name no athlete (rows "
                f"{', '.join(map(str, nameless[:10]))}): loaded with complete=False",
                field="athlete_full_name",
            )
        if self.unlinked:
            table.note(
                f"{self.unlinked} rows have a name but no athlete_url: their athletes get "
                "ids from the name key scoped by NOC and may not link to other rows",
                field="athlete_url",
            )
            self.unlinked = 0
        if self.spreadsheet_errors:
            table.note(
                f"{self.spreadsheet_errors} athlete names are spreadsheet errors like #NAME?: "
                "loaded as unknown members (complete=False)",
                field="athlete_full_name",
            )
            self.spreadsheet_errors = 0
        self._note_unnamed(table)
        table.note_unknown_nocs(builder.nocs, field="country_3_letter_code")
        # The Games and events the rows gave, in order, taken once from the look-up.
        self.games_seen.update(dict.fromkeys(games for games, _, _ in seen.events.values()))
        self.events_seen = list(seen.events.values())
        # The athletes of a URL and a plain name: the same in the results file.
        self.medal_athletes = seen.athletes

    def _first_seen(  # noqa: PLR0917 - the row and what its look-ups found
        self,
        seen: _SeenInMedals,
        table: CsvTable,
        number: int,
        row: list[str],
        known: tuple[str, EventDraft, tuple[str, str]] | None,
        awarded: tuple[Medal, int] | None,
        noc: str | None,
    ) -> tuple[EventDraft, tuple[Medal, int], str] | None:
        """Work out a medal row's event, medal and NOC, one of them not seen before.

        ``known``, ``awarded`` and ``noc`` are what the block's look-ups found for the
        row's event, medal and NOC, ``None`` where they found nothing: only the rest
        is worked out. Returns ``None`` if the row is reported. The checks run in the
        order of the row's fields: Games, medal, gender, NOC, titles.
        """
        i_slug, i_medal, i_gender, i_discipline, i_title, i_noc, i_country = seen.columns
        if known is None:
            games_id = self.games_of.get(row[i_slug])
            if games_id is None:
                table.reject(number, "slug_game", row[i_slug], "no such Games in hosts")
                return None
        else:
            games_id, event, _ = known
        if awarded is None:  # not seen, or seen not to be a medal
            awarded = seen.medals.get(row[i_medal], _UNSEEN)
            if awarded is _UNSEEN:
                found = _MEDALS.get(row[i_medal].upper())
                awarded = None if found is None else (found, found.place)
                seen.medals[row[i_medal]] = awarded
            if awarded is None:
                table.reject(number, "medal_type", row[i_medal], "not a medal")
                self.games_incomplete.add(games_id)
                return None
        if known is None:
            found_gender = _GENDERS.get(row[i_gender])
            if found_gender is None:
                table.reject(number, "event_gender", row[i_gender], "not Men/Women/Mixed/Open")
                self.games_incomplete.add(games_id)
                return None
            gender = found_gender
        new_country = noc is None
        if noc is None:
            noc = row[i_noc].strip()
            if not is_noc_code(noc):
                table.reject(number, "country_3_letter_code", noc, "not a three-letter NOC code")
                self.games_incomplete.add(games_id)
                return None
        if known is None:
            # (Another spelling of the same event, "Men" for "men", finds its draft.)
            title = row[i_title]
            if not (row[i_discipline].strip() and title.strip()):
                _untitled(table, number, row, table.columns)
                self.games_incomplete.add(games_id)
                return None
            event, slugs = self._event_and_slugs(games_id, row[i_discipline], title, gender)
            seen.events[row[i_slug], row[i_discipline], title, row[i_gender]] = (
                games_id,
                event,
                slugs,
            )
        if new_country:
            seen.countries[row[i_noc], row[i_country]] = noc
            self.builder.noc(noc, row[i_country])
        return event, awarded, noc

    def _note_unnamed(self, table: CsvTable) -> None:
        if self.unnamed:
            table.note(
                f"{self.unnamed} athletes have an athlete_url but no name: the id from "
                "the URL stands in for the name",
                field="athlete_full_name",
            )
            self.unnamed = 0

    def _medals_read(self) -> None:
        """Note what the medals file's entries hold, for the results file.

        That is the medals of individual events and each event's athletes; a
        medals-only read needs neither, so they are not kept row by row.
        """
        for games_id, event, slugs in self.events_seen:
            self.medal_events.setdefault((games_id, *slugs), event.id)
        teams = {id(draft) for draft in self.teams.values()}
        for draft in self.builder.entries:
            # A solo is a finished entry and its row; a draft is a team's or nameless.
            entry = draft[0] if isinstance(draft, tuple) else draft
            if id(draft) not in teams and entry.medal is not None:
                self.individual_medals.add((entry.event, entry.noc, entry.medal))
            members = entry.athletes if isinstance(entry, Entry) else entry.members
            if members:
                self.event_athletes.setdefault(entry.event, set()).update(members)

    def read_results(self, table: CsvTable) -> None:
        # Most rows are one athlete's entry without a medal, in an event, for a nation
        # and by an athlete that earlier rows gave: their keys are looked up a block at
        # a time by C iterators (as in read_medals), and such a row is a finished entry
        # at once. Any other row (a key seen for the first time, a team, a medal, a
        # rank that is no number, a repeated row) is read field by field (_result_row),
        # which also remembers the keys it works out.
        self._medals_read()
        c = table.columns
        seen = _SeenInResults({p: a for p, a in self.medal_athletes.items() if a is not None})
        source = table.source
        entries = self.builder.entries
        append = entries.append
        event_of = operator.itemgetter(c["slug_game"], c["discipline_title"], c["event_title"])
        country_of = operator.itemgetter(c["country_3_letter_code"], c["country_name"])
        i_url, i_name = c["athlete_url"], c["athlete_full_name"]
        person_of = operator.itemgetter(i_url, i_name)
        athlete_of = self.builder.athlete
        rank_of = operator.itemgetter(c["rank_position"])
        type_of = operator.itemgetter(c["participant_type"])
        medal_of = operator.itemgetter(c["medal_type"])
        individual = self.individual_medals
        nocs_before = set(self.builder.nocs)
        for numbers, rows in table.blocks():
            for number, first, row, ref, event, noc, known, rank, kind, medal in zip(
                numbers,
                table.first_rows(numbers, rows),
                rows,
                map(_new_ref, itertools.repeat(RowRef), zip(itertools.repeat(source), numbers)),
                map(seen.events.get, map(event_of, rows)),
                map(seen.countries.get, map(country_of, rows)),
                map(seen.athletes.get, map(person_of, rows)),
                map(seen.places.get, map(rank_of, rows)),
                map(type_of, rows),
                map(medal_of, rows),
                strict=True,
            ):
                if (
                    first == number
                    and event is not None
                    and noc is not None
                    and rank is not None
                    and not medal
                    and kind != "GameTeam"
                ):
                    athlete = known
                    if athlete is None:
                        # Most athletes have few rows: the first is read here, as in
                        # read_medals, when it has a URL and a plain name.
                        url, name = person = row[i_url], row[i_name]
                        key = _plain_key(url, name)
                        if not key:
                            self._result_row(table, number, row, ref, seen)
                            continue
                        athlete = seen.athletes[person] = athlete_of(key, name)
                    if rank.__class__ is str:  # a rank that is no number: counted
                        seen.codes[rank] += 1
                        place = None
                    else:
                        place = rank
                    append((unchecked_entry(event.id, noc, (athlete,), place, None, True), ref))
                elif (
                    first == number
                    and event is not None
                    and noc is not None
                    and known is not None
                    and kind != "GameTeam"
                    and (event.id, noc, _MEDALS.get(medal.strip().upper())) in individual
                ):
                    # An individual's medal the medals file has (its athlete seen with
                    # this spelling before): the row adds nothing, as _result_row finds.
                    continue
                elif first != number:
                    table.duplicate(number, first)
                else:
                    self._result_row(table, number, row, ref, seen)
        if seen.codes:
            listed = ", ".join(f"{code} {n}" for code, n in seen.codes.most_common())
            table.note(
                f"{sum(seen.codes.values())} entries without a numeric rank are loaded with "
                f"place=None: {listed}",
                field="rank_position",
            )
        self._note_unnamed(table)
        table.note_unknown_nocs(set(self.builder.nocs) - nocs_before, field="country_3_letter_code")
        if seen.only_here:
            table.note(
                f"{len(seen.only_here)} events appear only in {RESULTS} (no medals in {MEDALS}): "
                "loaded as unofficial",
                field="event_title",
            )

    def _result_row(
        self, table: CsvTable, number: int, row: list[str], ref: RowRef, seen: _SeenInResults
    ) -> None:
        """Read one row of the results file, field by field, and remember its keys.

        The checks run in the order of the row's fields: Games, NOC, titles, members,
        medal, rank. A row that passes them all is an entry, or the members of a team
        medal of the medals file.
        """
        c = table.columns
        builder = self.builder
        games_id = self.games_of.get(row[c["slug_game"]])
        if games_id is None:
            table.reject(number, "slug_game", row[c["slug_game"]], "no such Games in hosts")
            return
        noc = row[c["country_3_letter_code"]].strip()
        if not is_noc_code(noc):
            table.reject(number, "country_3_letter_code", noc, "not a three-letter NOC code")
            return
        if _untitled(table, number, row, c):
            return
        title = row[c["event_title"]]
        event_key = (row[c["slug_game"]], row[c["discipline_title"]], title)
        event = seen.events.get(event_key)
        if event is None:
            discipline = " ".join(row[c["discipline_title"]].split())
            slugs = (games_id, name_slug(discipline), title_slug(title))
            event_id = self.medal_events.get(slugs)
            if event_id is None:
                event = self._event(
                    games_id, discipline, title, _gender_of(title, discipline), official=False
                )
                seen.only_here.add(event.id)
            else:
                event = builder.events[event_id]
            seen.events[event_key] = event
        team = row[c["participant_type"]] == "GameTeam"
        members = self._members(row, c, noc, team, seen)
        if members is None:
            table.reject(number, "athletes", row[c["athletes"]], "not a list of athletes")
            return
        medal_text = row[c["medal_type"]].strip()
        if medal_text:
            medal = _MEDALS.get(medal_text.upper())
            if medal is None:
                table.reject(number, "medal_type", medal_text, "not a medal")
            elif not self._merge_medal(event.id, noc, medal, members, team):
                table.reject(
                    number,
                    "medal_type",
                    medal_text,
                    f"{noc} {medal.value} not in {MEDALS} for this event (the medals "
                    "file, which reflects later reallocations, is followed)",
                )
            return
        if team:
            event.team_rows = True
        rank = row[c["rank_position"]]
        place = whole_number(rank) or None
        if place is None:
            seen.places[rank] = code = rank.strip() or "(blank)"
            seen.codes[code] += 1
        else:
            seen.places[rank] = place
        country = (row[c["country_3_letter_code"]], row[c["country_name"]])
        if country not in seen.countries:
            builder.noc(noc, country[1])
            seen.countries[country] = noc
        draft = builder.entry(EntryDraft(event.id, noc, place, None, rows=[ref]))
        if team and not members:
            draft.complete = False
        for athlete in members:
            if not draft.add_member(athlete, None):
                draft.complete = False

    def _members(
        self, row: list[str], c: dict[str, int], noc: str, team: bool, seen: _SeenInResults
    ) -> list[str] | None:
        """The athletes of a results row (``None``: its list cannot be read)."""
        if not team:
            url, name = person = row[c["athlete_url"]], row[c["athlete_full_name"]]
            athlete = self._athlete(url, name, noc)
            if athlete is not None and _plain_key(url, name):
                # A URL and a plain name: the next row of this athlete needs no work.
                seen.athletes[person] = athlete
            return [] if athlete is None else [athlete]
        text = row[c["athletes"]].strip()
        if not text:
            return []
        listed = athletes_cell(text)
        if listed is None:
            return None
        members = []
        for written, link in listed:
            member = self._athlete(link or "", written, noc)
            if member is not None:
                members.append(member)
        return members

    def _merge_medal(
        self, event: str, noc: str, medal: Medal, members: list[str], team: bool
    ) -> bool:
        if not team:
            # Athlete URLs differ between the two files now and then (gerard-1 vs
            # redmond-gerard): the NOC's medal in the event is what must match.
            return (event, noc, medal) in self.individual_medals
        teams = self.team_medals.get((event, noc, medal))
        if not teams:
            return False
        taken = self.event_athletes.setdefault(event, set())
        for draft in teams:
            if draft.members and set(members) & set(draft.members):
                return True
        for draft in teams:
            if not draft.members and not draft.member_rows:
                fresh = [a for a in dict.fromkeys(members) if a not in taken]
                for athlete in fresh:
                    draft.add_member(athlete, None)
                    taken.add(athlete)
                draft.complete = bool(fresh) and len(fresh) == len(members)
                return True
        return True


_Template = tuple[str, str, str, bool, tuple[str, str]]


def _template(discipline: str, title: str, gender: Gender) -> _Template:
    """What an event's names give at every Games it is held at.

    The discipline with its spaces tidied, the event id after the Games part, the
    event's name, whether the names say it is an art competition, and the slugs of
    the discipline and the title. (Whether it is a team event is decided when all
    its rows are read: see :class:`~olympics_records.datasets._builder.EventDraft`.)
    """
    clean = " ".join(discipline.split())
    slugs = (name_slug(clean), title_slug(title))
    return (
        clean,
        f"{slugs[0]}/{gender.value}/{slugs[1]}",
        " ".join(title.split()),
        # 1906 is the one unofficial year: the Games' part is added per event.
        is_unofficial_event(0, clean, title),
        slugs,
    )


def _url_key(url: str) -> str:
    """The athlete's key in its profile URL (the last part of its path), or ``""``."""
    return url.strip().rstrip("/").rpartition("/")[2].strip()


def _plain_key(url: str, name: str) -> str:
    """The URL's key where a row has a profile URL and a plain name, else ``""``.

    Such a row's athlete is ``builder.athlete(key, name)``, as :meth:`_Reader._athlete`
    finds, and counts nothing: its id is the URL's, not made from the name and NOC, so
    the readers remember it by the raw URL and name.
    """
    if name[:1] == "#" or not name.strip():
        return ""
    return _url_key(url)


def _untitled(table: CsvTable, number: int, row: list[str], c: dict[str, int]) -> bool:
    """Report a row whose event has no discipline or title (an Event needs both)."""
    for column in ("discipline_title", "event_title"):
        if not row[c[column]].strip():
            table.reject(number, column, row[c[column]], "no discipline or event title")
            return True
    return False


def _gender_of(title: str, discipline: str) -> Gender:
    text = f"{discipline} {title}"
    if _MIXED.search(text):
        return Gender.MIXED
    if _WOMEN.search(text):
        return Gender.WOMEN
    if _MEN.search(text):
        return Gender.MEN
    return Gender.OPEN


def _note_athletes(table: CsvTable) -> None:
    if "athlete_url" not in table.columns:
        why = "it has no athlete_url column, so its rows cannot be linked to athletes"
    else:
        why = "birth years and participation counts are not part of the model"
    table.note(f"not read: {why}", field="athlete_url")
