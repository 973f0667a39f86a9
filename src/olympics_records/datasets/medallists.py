"""Reader for olympics.com's medallists of one Games: Paris 2024 and Milano Cortina 2026.

``medallists.csv`` has one row per medallist, team members included, with the medal's
day and olympics.com athlete codes. The header tells the two layouts apart (Paris:
``medal_type``, ``code_athlete``, ``code_team``, ``is_medallist``; 2026: ``medal``,
``code``, ``event_name``). How the quirks are handled:

- Athlete ids are ``code:<olympics.com code>``; names stay as written. The NOC is
  ``country_code`` (Paris' ``nationality_code`` is not a NOC; differences are noted).
- The Games are the registry's edition whose days hold the medal dates. An event is
  dated by its last medal day, the day it finished (bronze bouts and bronze games end
  earlier), so ``History.as_of`` sees a whole event from that day on.
- Team or individual follows structure, never names: an entry of several members is a
  team and makes its event a team event; a one-member entry of a team event is
  ``complete=False``. Paris teams are the rows sharing ``code_team``. The 2026 file has
  no team code: a team is the rows of one event, medal and NOC. Such rows are split,
  in file order, into teams of the event's size when they hold a multiple of it at a
  medal a tie can explain; and they are tied individuals when they are the only shared
  group of an event of solo medallists and a tie explains them. Both cases are noted.
- Paris ``is_medallist=False`` (47 rows) marks team reserves who did not compete:
  relay runners and swimmers of the heats are ``True``, the fourth rider of a team
  sprint, the travelling reserve of an equestrian team and unused relay alternates
  ``False``. They get no medal, so each is reported and not loaded (strict mode goes
  on); a team with no member marked a medallist is an error.
- The medal is ``medal_type`` / ``medal``; a disagreeing ``medal_code`` (Paris: one
  ``0.0`` for a bronze) is noted. Exact duplicate rows are reported and loaded once.
- The files beside ``medallists.csv`` are cross-checked, not loaded: each NOC whose
  medals differ from the medallist rows is noted with both figures.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import attrs

from olympics_records._engine.gc import paused_gc
from olympics_records.datasets._builder import (
    EntryDraft,
    EventDraft,
    HistoryBuilder,
    is_noc_code,
    name_slug,
    title_slug,
)
from olympics_records.datasets._csv import (
    CsvTable,
    IssueCollector,
    RowRef,
    local_path,
    read_csv,
    whole_number,
)
from olympics_records.editions import editions
from olympics_records.errors import DataError, Issue
from olympics_records.history import History
from olympics_records.model import Coverage, Games, Gender, Medal
from olympics_records.names import display_name

__all__ = ["read_medallists"]

_FILE = "medallists.csv"
_MEDALS = {"gold": Medal.GOLD, "silver": Medal.SILVER, "bronze": Medal.BRONZE}
_NEXT = {Medal.GOLD: Medal.SILVER, Medal.SILVER: Medal.BRONZE}
_SEXES = {"m": "M", "male": "M", "f": "F", "female": "F"}
_GENDER_CODES = {"M": Gender.MEN, "W": Gender.WOMEN, "X": Gender.MIXED, "O": Gender.OPEN}
# Matched on lower-cased titles, in this order: "women" holds no word "men".
_GENDER_WORDS = (
    (re.compile(r"\bmixed\b"), Gender.MIXED),
    (re.compile(r"\b(?:women|woman|girls)\b"), Gender.WOMEN),
    (re.compile(r"\b(?:men|man|boys)\b"), Gender.MEN),
)
_COMMON = ("medal_code", "name", "gender", "country_code", "country", "discipline")
_MEDAL_ROW = ("medal_type", "country_code", "discipline", "event", "gender")  # Paris medals.csv


class _Layout(NamedTuple):
    games: str
    date: str
    medal: str
    code: str
    event: str
    team: str | None
    medallist: str | None
    required: tuple[str, ...]


_PARIS = _Layout(
    "Paris 2024",
    "medal_date",
    "medal_type",
    "code_athlete",
    "event",
    "code_team",
    "is_medallist",
    ("medal_date", "medal_type", *_COMMON, "event", "code_athlete", "code_team", "is_medallist"),
)
_MC2026 = _Layout(
    "Milano Cortina 2026",
    "date",
    "medal",
    "code",
    "event_name",
    None,
    None,
    ("date", "medal", "code", *_COMMON, "event_name"),
)


class _Row:
    """One medallist row, kept until every row of its event is read."""

    __slots__ = (
        "athlete",
        "country",
        "day",
        "event",
        "medal",
        "medallist",
        "noc",
        "ref",
        "sex",
        "team",
        "team_gender",
    )

    def __init__(  # noqa: PLR0917 - one per row, positional
        self,
        ref: RowRef,
        event: tuple[str, str],
        athlete: str,
        noc: str,
        country: str,
        medal: Medal,
        day: dt.date,
        sex: str | None,
        team: str,
        team_gender: str,
        medallist: bool,
    ) -> None:
        self.ref = ref
        self.event = event
        self.athlete = athlete
        self.noc = noc
        self.country = country
        self.medal = medal
        self.day = day
        self.sex = sex
        self.team = team
        self.team_gender = team_gender
        self.medallist = medallist


Figures = tuple[int, int, int]
"""Gold, silver and bronze medals of one NOC."""


@paused_gc()  # a bulk build (see _engine.gc)
def read_medallists(path: str | os.PathLike[str], *, strict: bool = False) -> History:
    r"""Read the medallists of Paris 2024 or Milano Cortina 2026 into a History.

    Args:
        path: the folder (``paris-2024/``, ``milano-cortina-2026-full/``) or its
            ``medallists.csv``. The files beside it (``medals.csv``, and for Paris
            ``medals_total.csv``, ``events.csv``, ``nocs.csv``) are cross-checked
            where present.
        strict: raise :class:`~olympics_records.errors.DataError` at the first row
            that cannot be loaded, instead of reporting it in ``History.issues``.

    Returns:
        A History of the medal entries of one Games, each event with its date;
        ``issues`` has one issue per row not loaded and, with ``row=None``, notes
        (the cross-checks among them).

    Raises:
        DataError: no ``medallists.csv``, a header of neither layout or a missing
            column, or (``strict``) a bad row.

    Example:
        >>> import pathlib, tempfile
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "medallists.csv"
        >>> head = "date,medal_code,medal,code,name,gender,country_code,country,"
        >>> head += "discipline,discipline_code,event_name\n"
        >>> ski = "Cross-Country Skiing,CCS"
        >>> _ = f.write_text(head
        ...     + f"2026-02-21,1,GOLD,42284,KLAEBO Johannes Hoesflot,M,NOR,Norway,{ski},Men's 50km\n"
        ...     + f"2026-02-18,1,GOLD,42284,KLAEBO Johannes Hoesflot,M,NOR,Norway,{ski},Men's Team Sprint\n"
        ...     + f"2026-02-18,1,GOLD,99999,HEDEGART Einar,M,NOR,Norway,{ski},Men's Team Sprint\n")
        >>> h = read_medallists(f)
        >>> [(e.event, e.athletes) for e in h.entries]
        [('2026-winter/cross-country-skiing/men/men-s-50km', ('code:42284',)),
         ('2026-winter/cross-country-skiing/men/men-s-team-sprint', ('code:42284', 'code:99999'))]
        >>> [(e.date.isoformat(), e.kind.value) for e in h.events]
        [('2026-02-21', 'individual'), ('2026-02-18', 'team')]
    """  # noqa: E501
    file, folder = _locate(Path(local_path(path)))
    issues = IssueCollector(strict=strict)
    table = read_csv(file, issues)
    reader = _Reader(table, _layout_of(table, folder), issues)
    rows = reader.read_rows()
    games = reader.games_of(rows)
    checks = reader.read_companions(file.parent)
    if games is not None:
        reader.build_events(games, rows)
    before = issues.rejected(table.source)
    history = reader.builder.build()
    # Rows the builder reports (an athlete twice in one event) are medals lost too.
    lost = issues.rejected(table.source) > before
    return _finish(history, checks, lost=lost, events=len(reader.builder.events))


def _locate(path: Path) -> tuple[Path, Path | None]:
    """The medallists file, and the folder it was given as (``None``: given the file)."""
    if not path.is_dir():
        return path, None
    file = path / _FILE
    if not file.is_file():
        raise DataError(
            f"the folder {path} holds no {_FILE}: it is neither the Paris 2024 nor the "
            "Milano Cortina 2026 medallists folder",
            source=path.name or str(path),
        )
    return file, path


def _layout_of(table: CsvTable, folder: Path | None) -> _Layout:
    """The layout the header has, or :class:`DataError` naming the file (and folder)."""
    present = set(table.header)
    layout = max((_PARIS, _MC2026), key=lambda x: len(present & set(x.required)) / len(x.required))
    where = f"in the folder {folder}" if folder is not None else "the file"
    if 2 * len(present & set(layout.required)) < len(layout.required):
        raise DataError(
            f"{where}: the header is neither the Paris 2024 layout ("
            f"{', '.join(_PARIS.required)}) nor the Milano Cortina 2026 one ("
            f"{', '.join(_MC2026.required)}); it is {', '.join(table.header)}",
            source=table.source,
            row=0,
        )
    missing = [name for name in layout.required if name not in present]
    if missing:
        raise DataError(
            f"missing column(s) {', '.join(missing)} of the {layout.games} layout; "
            f"the header is {', '.join(table.header)}",
            source=table.source,
            row=0,
            field=missing[0],
        )
    return layout


def _medal(text: str) -> Medal | None:
    """``Gold Medal`` (Paris) or ``GOLD`` (2026) as a Medal."""
    return _MEDALS.get(text.strip().split(" ", 1)[0].lower())


class _Reader:
    """The reading of one medallists file, its companions and its History's drafts."""

    def __init__(self, table: CsvTable, layout: _Layout, issues: IssueCollector) -> None:
        self.table = table
        self.layout = layout
        self.issues = issues
        self.builder = HistoryBuilder(issues)
        # Both results systems write "MARCHAND Leon": shown as "Leon Marchand".
        self.builder.display = functools.partial(display_name, surname_first=True)
        self.noc_names: dict[str, str] = {}
        self.genders: dict[tuple[str, str], Gender] = {}
        self.listed_events: set[tuple[str, str]] | None = None
        self.absent: list[str] = []
        """The files beside the medallists that are not there."""
        self.lost_events: set[tuple[str, str] | None] = set()
        """The events of rows not loaded (``None``: a row without an event)."""

    def reject(
        self,
        row: _Row | int,
        field: str | None,
        value: str | None,
        why: str,
        event: tuple[str, str] | None = None,
    ) -> None:
        """Report a row of the medallists file (strict mode: raise)."""
        if isinstance(row, _Row):
            event, row = row.event, row.ref.row
        self.table.reject(row, field, value, why)
        self.lost_events.add(event)

    # --- the rows -------------------------------------------------------------------

    def read_rows(self) -> list[_Row]:
        """Every row that can be an entry's, in file order; the others reported."""
        table, layout, c = self.table, self.layout, self.table.columns
        source = table.source
        nationality = c.get("nationality_code")
        team_gender = c.get("team_gender")
        rows: list[_Row] = []
        codes: list[int] = []  # rows whose medal_code disagrees with the medal
        unnamed: list[int] = []
        sexless: list[int] = []
        other_nationality: Counter[str] = Counter()
        for number, row in table:
            if table.is_duplicate(number, row):
                continue
            discipline = " ".join(row[c["discipline"]].split())
            title = " ".join(row[c[layout.event]].split())
            if not discipline or not title:
                field = layout.event if discipline else "discipline"
                self.reject(number, field, row[c[field]], "no discipline or event name")
                continue
            event = (discipline, title)
            medal = _medal(row[c[layout.medal]])
            if medal is None:
                value = row[c[layout.medal]]
                self.reject(
                    number, layout.medal, value, "not a gold, silver or bronze medal", event
                )
                continue
            code = row[c["medal_code"]].strip()
            try:
                if float(code) != medal.place:
                    codes.append(number)
            except ValueError:
                codes.append(number)
            text = row[c[layout.date]].strip()
            try:
                day = dt.date.fromisoformat(text[:10])
            except ValueError:
                self.reject(number, layout.date, text, "not a date like 2026-02-21", event)
                continue
            noc = row[c["country_code"]].strip()
            if not is_noc_code(noc):
                self.reject(number, "country_code", noc, "not a three-letter NOC code", event)
                continue
            athlete = row[c[layout.code]].strip()
            if not athlete:
                self.reject(number, layout.code, athlete, "no athlete code", event)
                continue
            medallist = True
            if layout.medallist is not None:
                flag = row[c[layout.medallist]].strip()
                if flag.lower() not in ("true", "false"):
                    self.reject(number, layout.medallist, flag, "not True or False", event)
                    continue
                medallist = flag.lower() == "true"
            sex = _SEXES.get(row[c["gender"]].strip().lower())
            if sex is None:
                sexless.append(number)
            name = row[c["name"]]
            if not name.strip():
                unnamed.append(number)
            if nationality is not None and row[nationality].strip() not in ("", noc):
                other_nationality[noc] += 1
            rows.append(
                _Row(
                    RowRef(source, number),
                    event,
                    self.builder.athlete(f"code:{athlete}", name, sex),
                    noc,
                    row[c["country"]].strip(),
                    medal,
                    day,
                    sex,
                    row[c[layout.team]].strip() if layout.team is not None else "",
                    row[team_gender].strip() if team_gender is not None else "",
                    medallist,
                )
            )
        if codes:
            shown = ", ".join(map(str, codes[:10]))
            table.note(
                f"{len(codes)} rows have a medal_code that is not their {layout.medal}'s "
                f"(rows {shown}): the medal is {layout.medal}'s",
                field="medal_code",
            )
        if unnamed:
            shown = ", ".join(map(str, unnamed[:10]))
            table.note(
                f"{len(unnamed)} rows have no name (rows {shown}): the athlete id stands in",
                field="name",
            )
        if sexless:
            table.note(
                f"{len(sexless)} rows have no gender M/F or Male/Female: sex unknown",
                field="gender",
            )
        if other_nationality:
            counts = ", ".join(f"{noc} {n}" for noc, n in sorted(other_nationality.items()))
            table.note(
                f"{other_nationality.total()} rows have a nationality_code other than their "
                f"country_code ({counts}): the NOC is country_code",
                field="nationality_code",
            )
        return rows

    def games_of(self, rows: list[_Row]) -> Games | None:
        """The edition that held most medal days; rows of other days are reported."""
        days = Counter(row.day for row in rows)
        spans = {
            games: (games.opened, games.closed)
            for games in editions()
            if games.opened is not None and games.closed is not None
        }
        held = {
            games: sum(n for day, n in days.items() if opened <= day <= closed)
            for games, (opened, closed) in spans.items()
        }
        best = max(held, key=held.__getitem__, default=None)
        if best is not None and held[best] == 0:
            best = None
        kept = []
        for row in rows:
            if best is None:
                why = "no Games edition of the registry was held on this day"
            elif not spans[best][0] <= row.day <= spans[best][1]:
                why = f"not a day of the Games of this file ({best.opened} to {best.closed})"
            else:
                kept.append(row)
                continue
            self.reject(row, self.layout.date, row.day.isoformat(), why)
        rows[:] = kept
        if best is not None:
            self.builder.games[best.id] = best
        return best

    # --- events and entries ----------------------------------------------------------

    def build_events(self, games: Games, rows: list[_Row]) -> None:
        """Group the rows into events and entries and draft them."""
        by_event: dict[tuple[str, str], list[_Row]] = {}
        for row in rows:
            by_event.setdefault(row.event, []).append(row)
        if self.layout.team is not None:
            self._reserves(rows)
            by_event = {key: [r for r in group if r.medallist] for key, group in by_event.items()}
        inferred: list[str] = []
        spread: list[str] = []
        drafted: set[tuple[str, str]] = set()
        for key, rows_of_event in by_event.items():
            group = self._once_each(rows_of_event)
            units = self._paris_units(group) if self.layout.team else self._units_2026(key, group)
            units = [unit for unit in units if unit]
            if not units:
                continue
            drafted.add(key)
            team = any(len(unit) > 1 for unit in units)
            members = [row for unit in units for row in unit]
            gender, guessed = self._gender(key, units, team=team)
            discipline, title = key
            event_id = f"{games.id}/{name_slug(discipline)}/{gender.value}/{title_slug(title)}"
            if guessed:
                inferred.append(f"{title} ({discipline}): {gender.value}")
            days = {row.day for row in members}
            if len(days) > 1:
                spread.append(f"{title} ({discipline})")
            event = self.builder.events.get(event_id)
            if event is None:
                event = self.builder.events[event_id] = EventDraft(
                    event_id, games.id, discipline, discipline, title, gender, True
                )
            # The structure decides: several medallists share one medal.
            event.team_rows = event.team_rows or team
            event.date = max(days | ({event.date} if event.date else set()))
            for unit in units:
                self._entry(event, unit)
        if inferred:
            self.table.note(
                f"{len(inferred)} events have no gender in their name: taken from the "
                "medallists' sexes (one sex: theirs; both: mixed teams or open): "
                + "; ".join(inferred),
                field=self.layout.event,
            )
        if spread:
            self.table.note(
                f"{len(spread)} events have medals on different days (bronze medals "
                "decided before the final): each is dated by its last medal day: "
                + "; ".join(spread),
                field=self.layout.date,
            )
        self.table.note_unknown_nocs(self.builder.nocs, field="country_code")
        self._coverage(games, drafted)

    def _entry(self, event: EventDraft, unit: list[_Row]) -> None:
        first = unit[0]
        self.builder.noc(first.noc, self.noc_names.get(first.noc) or first.country)
        if len(unit) == 1 and not event.team_rows:
            self.builder.solo(event.id, first.noc, first.medal, first.athlete, first.ref)
            return
        draft = self.builder.entry(
            EntryDraft(event.id, first.noc, first.medal.place, first.medal, len(unit) > 1)
        )
        for row in unit:
            draft.add_member(row.athlete, row.ref)

    def _reserves(self, rows: list[_Row]) -> None:
        """Report Paris' ``is_medallist=False`` rows (see the module's docstring)."""
        medalled = {(row.event, row.team or row.ref) for row in rows if row.medallist}
        excluded: Counter[tuple[str, str]] = Counter()
        teams = set()
        field = self.layout.medallist
        for row in rows:
            if row.medallist:
                continue
            if (row.event, row.team or row.ref) not in medalled:
                who = f"team {row.team}" if row.team else "the entry"
                self.reject(row, field, "False", f"no member of {who} is marked a medallist")
                continue
            excluded[row.event] += 1
            teams.add(row.team)
            self.issues.exclude(
                row.ref.source,
                row.ref.row,
                field,
                "False",
                f"a reserve of team {row.team} who did not compete: no medal, not loaded",
            )
        if excluded:
            self.table.note(
                f"{excluded.total()} rows are is_medallist=False: reserves of {len(teams)} "
                f"teams in {len(excluded)} events (relay runners and swimmers of the heats "
                "are True), who get no medal: reported, not loaded",
                field=field,
                value="False",
            )

    def _once_each(self, group: list[_Row]) -> list[_Row]:
        """An event's rows without an athlete's second row (reported), before any grouping.

        The History allows an athlete one entry per event; leaving the repeat out first
        keeps it from shaping the teams of the 2026 file.
        """
        seen: set[str] = set()
        kept = []
        for row in group:
            if row.athlete in seen:
                self.reject(row, "athletes", row.athlete, "already has a medal in this event")
                continue
            seen.add(row.athlete)
            kept.append(row)
        return kept

    def _paris_units(self, group: list[_Row]) -> list[list[_Row]]:
        """Paris: the rows sharing ``code_team`` are one team; each other row, one entry."""
        units: dict[str | RowRef, list[_Row]] = {}
        for row in group:
            unit = units.setdefault(row.team or row.ref, [])
            if unit:
                first = unit[0]
                if row.medal is not first.medal:
                    why = f"not the medal of team {row.team}"
                    medal_type = f"{row.medal.value.capitalize()} Medal"  # as Paris writes it
                    self.reject(row, self.layout.medal, medal_type, why)
                    continue
                if row.noc != first.noc:
                    self.reject(row, "country_code", row.noc, f"not the NOC of team {row.team}")
                    continue
            unit.append(row)
        return list(units.values())

    def _units_2026(self, key: tuple[str, str], group: list[_Row]) -> list[list[_Row]]:
        """2026: one event's rows as entries, by its medal-and-NOC groups (see the module)."""
        groups: dict[tuple[Medal, str], list[_Row]] = {}
        for row in group:
            groups.setdefault((row.medal, row.noc), []).append(row)
        medals = {medal for medal, _ in groups}
        shared = [members for members in groups.values() if len(members) > 1]
        title = f"{key[1]} ({key[0]})"
        if not shared:
            return [[row] for members in groups.values() for row in members]
        if len(shared) == 1 and len(groups) > 1 and _tie_explains(shared[0][0].medal, medals):
            tied = shared[0]
            self.table.note(
                f"{title}: {len(tied)} athletes of {tied[0].noc} share the "
                f"{tied[0].medal.value} medal in an event of solo medallists: read as a tie "
                f"of individuals, not as a team (rows {', '.join(str(r.ref.row) for r in tied)})",
                field=self.layout.medal,
                value=tied[0].medal.value,
            )
            return [[row] for members in groups.values() for row in members]
        sizes = Counter(len(members) for members in shared)
        size = min(sizes, key=lambda n: (-sizes[n], n))
        units: list[list[_Row]] = []
        for members in groups.values():
            count = len(members) // size
            if (
                size > 1
                and count > 1
                and len(members) == count * size
                and _tie_explains(members[0].medal, medals)
            ):
                self.table.note(
                    f"{title}: {len(members)} athletes of {members[0].noc} at "
                    f"{members[0].medal.value} are read as {count} tied teams of {size}, "
                    "members paired in file order (the file has no team code), rows "
                    f"{', '.join(str(r.ref.row) for r in members)}",
                    field=self.layout.medal,
                    value=members[0].medal.value,
                )
                units.extend(members[i : i + size] for i in range(0, len(members), size))
            else:
                units.append(members)
        return units

    def _gender(
        self, key: tuple[str, str], units: list[list[_Row]], *, team: bool
    ) -> tuple[Gender, bool]:
        """The event's gender, and whether it was inferred from the medallists' sexes.

        Paris' ``team_gender``, else a word of the event's name, else the event's gender
        in ``medals.csv``, else the sexes of the medallists.
        """
        codes = {row.team_gender for unit in units for row in unit} - {""}
        if len(codes) == 1 and (found := _GENDER_CODES.get(codes.pop().upper())):
            return found, False
        lower = key[1].lower()
        for pattern, gender in _GENDER_WORDS:
            if pattern.search(lower):
                return gender, False
        if key in self.genders:
            return self.genders[key], False
        sexes = {row.sex for unit in units for row in unit} - {None}
        if sexes == {"M"}:
            return Gender.MEN, True
        if sexes == {"F"}:
            return Gender.WOMEN, True
        mixed = any(len({row.sex for row in unit} - {None}) > 1 for unit in units)
        return (Gender.MIXED if team and mixed else Gender.OPEN), True

    def _coverage(self, games: Games, events: set[tuple[str, str]]) -> None:
        missing = sorted((self.listed_events or set()) - events)
        unlisted = sorted(events - self.listed_events) if self.listed_events else []
        if missing:
            self.table.note(
                f"{len(missing)} events of events.csv have no medallist loaded: "
                + "; ".join(f"{title} ({discipline})" for discipline, title in missing),
                field=self.layout.event,
            )
        if unlisted:
            self.table.note(
                f"{len(unlisted)} events are not in events.csv: "
                + "; ".join(f"{title} ({discipline})" for discipline, title in unlisted),
                field=self.layout.event,
            )
        listed = "" if self.listed_events is None else f" ({len(self.listed_events)} in events.csv)"
        self.builder.coverage[games.id] = Coverage(
            games=games.id,
            all_events=not missing and not (self.lost_events - events),
            full_podiums=not self.lost_events,
            note=f"olympics.com medallists of {self.layout.games}: every medal event"
            f"{listed}, every medallist",
        )

    # --- the files beside -----------------------------------------------------------

    def read_companions(self, folder: Path) -> list[tuple[str, dict[str, Figures]]]:
        """Read the files beside the medallists; return the medal tables to check."""
        checks: list[tuple[str, dict[str, Figures]]] = []
        if self.layout is _MC2026:
            columns = ("gold", "silver", "bronze")
            table = self._open(folder, "medals.csv", ("country_code", *columns))
            if table is not None:
                checks.append(("medals.csv", _tally(table, columns)))
        else:
            self._paris_companions(folder, checks)
        if self.absent:
            self.table.note(
                f"not beside {_FILE}, so not cross-checked: {', '.join(self.absent)}",
                value=", ".join(self.absent),
            )
        return checks

    def _paris_companions(self, folder: Path, checks: list[tuple[str, dict[str, Figures]]]) -> None:
        medals = self._open(folder, "medals.csv", _MEDAL_ROW)
        if medals is not None:
            checks.append(("medals.csv", self._medal_rows(medals)))
        columns = ("Gold Medal", "Silver Medal", "Bronze Medal")
        total = self._open(folder, "medals_total.csv", ("country_code", *columns))
        if total is not None:
            checks.append(("medals_total.csv", _tally(total, columns)))
        events = self._open(folder, "events.csv", ("event", "sport"))
        if events is not None:
            c = events.columns
            self.listed_events = {
                (" ".join(row[c["sport"]].split()), " ".join(row[c["event"]].split()))
                for number, row in events
                if not events.is_duplicate(number, row)
            }
        nocs = self._open(folder, "nocs.csv", ("code", "country"))
        if nocs is not None:
            c = nocs.columns
            for number, row in nocs:
                code = row[c["code"]].strip()
                if not is_noc_code(code):
                    nocs.reject(number, "code", code, "not a three-letter NOC code")
                    continue
                self.noc_names.setdefault(code, row[c["country"]].strip())

    def _open(self, folder: Path, name: str, required: tuple[str, ...]) -> CsvTable | None:
        """A file beside the medallists, or ``None`` (noted) where it is absent or unusable.

        It is only a cross-check: lenient mode goes on without it; strict mode raises.
        """
        path = folder / name
        if not path.is_file():
            self.absent.append(name)
            return None
        try:
            return read_csv(path, self.issues, required=required)
        except DataError as err:
            if self.issues.strict:
                raise
            self.table.note(f"{name} cannot be read, so is not cross-checked: {err}", value=name)
            return None

    def _medal_rows(self, table: CsvTable) -> dict[str, Figures]:
        """Paris ``medals.csv``, one row per medal: its counts, and the events' genders."""
        c = table.columns
        counts: Counter[tuple[str, Medal]] = Counter()
        for number, row in table:
            if table.is_duplicate(number, row):
                continue
            medal = _medal(row[c["medal_type"]])
            noc = row[c["country_code"]].strip()
            if medal is None:
                table.reject(number, "medal_type", row[c["medal_type"]], "not a medal")
                continue
            counts[noc, medal] += 1
            key = (" ".join(row[c["discipline"]].split()), " ".join(row[c["event"]].split()))
            gender = _GENDER_CODES.get(row[c["gender"]].strip().upper())
            if gender is not None:
                self.genders.setdefault(key, gender)
        return _by_noc(counts)


def _tie_explains(medal: Medal, medals: set[Medal]) -> bool:
    """Whether entries sharing ``medal`` fit a tie: the medal a tie takes is not awarded."""
    after = _NEXT.get(medal)
    return after is None or after not in medals


def _tally(table: CsvTable, columns: tuple[str, str, str]) -> dict[str, Figures]:
    """A medal table's figures by NOC; rows that cannot be read are reported."""
    c = table.columns
    figures: dict[str, Figures] = {}
    for number, row in table:
        if table.is_duplicate(number, row):
            continue
        noc = row[c["country_code"]].strip()
        counts = [whole_number(row[c[name]]) for name in columns]
        if None in counts:
            name = columns[counts.index(None)]
            table.reject(number, name, row[c[name]], "a medal count is not a whole number")
            continue
        gold, silver, bronze = (count or 0 for count in counts)
        if noc in figures:
            table.reject(number, "country_code", noc, "a second row for this NOC")
            continue
        figures[noc] = (gold, silver, bronze)
    return figures


def _finish(
    history: History, checks: list[tuple[str, dict[str, Figures]]], *, lost: bool, events: int
) -> History:
    """The History, its coverage corrected for rows the builder reported, with the checks.

    A check adds a note per NOC whose medals a file beside the medallists gives
    otherwise, or one note that the file agrees.
    """
    if not checks and not lost:
        return history
    coverage = history.coverage
    if lost:
        whole = len(history.events) == events
        coverage = tuple(
            attrs.evolve(c, all_events=c.all_events and whole, full_podiums=False) for c in coverage
        )
    ours = _by_noc(Counter((e.noc, e.medal) for e in history.entries if e.medal is not None))
    notes: list[Issue] = []
    for source, theirs in checks:
        differ = 0
        for noc in sorted(ours.keys() | theirs.keys()):
            given, read = theirs.get(noc, (0, 0, 0)), ours.get(noc, (0, 0, 0))
            if given == read:
                continue
            differ += 1
            absent = "" if noc in theirs else " (it has no row for it)"
            notes.append(
                Issue(
                    source,
                    None,
                    "country_code",
                    noc,
                    f"{noc}: {source} gives {_figures(given)}{absent}, the medallist rows "
                    f"{_figures(read)}; the History follows the medallist rows",
                )
            )
        if not differ:
            agree = f"agrees with the medallist rows for all {len(ours)} NOCs"
            notes.append(Issue(source, None, None, None, agree))
    return attrs.evolve(history, issues=(*history.issues, *notes), coverage=coverage)


def _by_noc(counts: Counter[tuple[str, Medal]]) -> dict[str, Figures]:
    nocs = sorted({noc for noc, _ in counts})
    return {
        noc: (counts[noc, Medal.GOLD], counts[noc, Medal.SILVER], counts[noc, Medal.BRONZE])
        for noc in nocs
    }


def _figures(figures: Figures) -> str:
    gold, silver, bronze = figures
    return f"{gold}-{silver}-{bronze} (total {gold + silver + bronze})"
