"""The laws of Olympic record keeping, checked on arbitrary valid Histories."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

import strategies
from olympics_records import EventKind, Gender, History, Medal, Season
from olympics_records.records import (
    Scope,
    Standing,
    Subject,
    Tally,
    career,
    leaderboard,
    leaderboards_over,
    progression,
    record,
    sweeps,
)
from olympics_records.sports import within
from olympics_records.tables import TableOrder, medal_table

_Key = tuple[str, str | None]


def tallies(**fixed: object) -> st.SearchStrategy[Tally]:
    """Any Tally over the sports and disciplines :func:`strategies.histories` uses."""
    fields: dict[str, st.SearchStrategy[object]] = {
        "subject": st.sampled_from(Subject),
        "medals": st.lists(st.sampled_from(Medal), min_size=1, max_size=3, unique=True).map(tuple),
        "scope": st.sampled_from(Scope),
        "season": st.none() | st.sampled_from(Season),
        "kind": st.none() | st.sampled_from(EventKind),
        "sport": st.none() | st.sampled_from(["Skiing", "skating", "Aquatics"]),
        "discipline": st.none() | st.sampled_from(["Cross-Country", "speed", "Swimming"]),
        "gender": st.none() | st.sampled_from(Gender),
    }
    fields.update({name: st.just(value) for name, value in fixed.items()})
    return st.builds(Tally, **fields)


def counts(standings: tuple[Standing, ...]) -> dict[_Key, int]:
    return {(s.subject, s.games.id if s.games else None): s.count for s in standings}


def holders(standings: tuple[Standing, ...]) -> set[_Key]:
    return set(counts(standings))


def unflagged(standings: tuple[Standing, ...]) -> tuple[Standing, ...]:
    """The standings without their lower-bound flags."""
    return tuple(attrs.evolve(s, lower_bound=False) for s in standings)


def days_of(history: History) -> st.SearchStrategy[dt.date]:
    """A day among those the History's events were held on, or any day."""
    known = sorted({history.date_of(e.id) for e in history.events})
    anyday: st.SearchStrategy[dt.date] = strategies.days
    return st.sampled_from(known) | anyday if known else anyday


def labels(history: History, event_id: str) -> tuple[str, str]:
    """The sport and discipline labels an event is filed under."""
    event = history.get_event(event_id)
    return event.sport, event.discipline


def direct_count(history: History, tally: Tally) -> Counter[_Key]:
    """The tally counted the plain way, straight from the rules, as an oracle."""
    found: Counter[_Key] = Counter()
    for entry in history.results:
        event = history.get_event(entry.event)
        games = history.get_games(event.games)
        if (
            entry.medal not in tally.medals
            or not (event.official and games.official)
            or (tally.season is not None and games.season is not tally.season)
            or (tally.kind is not None and event.kind is not tally.kind)
            or (tally.gender is not None and event.gender is not tally.gender)
            # Sports and disciplines by the registry (as a user names them, see
            # tests/test_sports.py), whatever the event's labels.
            or (tally.sport is not None and not within(tally.sport, event.sport, event.discipline))
            or (
                tally.discipline is not None
                and not within(tally.discipline, event.sport, event.discipline)
            )
        ):
            continue
        per_games = games.id if tally.scope is Scope.GAMES else None
        subjects = (entry.noc,) if tally.subject is Subject.NOC else entry.athletes
        for subject in subjects:
            found[subject, per_games] += 1
    return found


@given(strategies.histories(), tallies())
def test_leaderboard_counts_what_the_rules_count(history: History, tally: Tally) -> None:
    """Nations count entries, athletes count each member's share; unofficial never counts."""
    assert counts(leaderboard(history, tally)) == dict(direct_count(history, tally))


@given(strategies.histories(), tallies(kind=EventKind.INDIVIDUAL))
def test_team_golds_never_count_toward_individual_records(history: History, tally: Tally) -> None:
    """Team golds never count toward individual records."""
    team = {e.id for e in history.events if e.kind is EventKind.TEAM}
    without_team = attrs.evolve(
        history,
        entries=tuple(e for e in history.entries if e.event not in team),
        corrections=tuple(c for c in history.corrections if c.event not in team),
    )
    # Counts only: a team entry still shows where an athlete competed, so it can make
    # an individual count a lower bound (see test_a_count_not_flagged_is_exact_...).
    assert unflagged(leaderboard(history, tally)) == unflagged(leaderboard(without_team, tally))
    assert [unflagged(m.holders) for m in progression(history, tally)] == [
        unflagged(m.holders) for m in progression(without_team, tally)
    ]
    assert [attrs.evolve(m, holders=(), previous=None) for m in progression(history, tally)] == [
        attrs.evolve(m, holders=(), previous=None) for m in progression(without_team, tally)
    ]


@given(strategies.histories(with_corrections=False), tallies(subject=Subject.NOC))
def test_a_team_medal_adds_exactly_one_to_its_nation(history: History, tally: Tally) -> None:
    """A team medal adds exactly one to its nation, whatever the number of members."""
    unnamed = attrs.evolve(
        history,
        entries=tuple(attrs.evolve(e, athletes=(), complete=False) for e in history.entries),
    )
    assert leaderboard(history, tally) == leaderboard(unnamed, tally)
    every_medal = attrs.evolve(tally, medals=tuple(Medal), kind=None)
    medal_entries = Counter(
        e.noc
        for e in history.results
        if e.medal is not None
        and history.get_event(e.event).official
        and history.games_of(e.event).official
        and (tally.season is None or history.games_of(e.event).season is tally.season)
        and (tally.gender is None or history.get_event(e.event).gender is tally.gender)
        and (tally.sport is None or within(tally.sport, *labels(history, e.event)))
        and (tally.discipline is None or within(tally.discipline, *labels(history, e.event)))
    )
    if tally.scope is Scope.CAREER:
        assert {k[0]: v for k, v in counts(leaderboard(history, every_medal)).items()} == dict(
            medal_entries
        )


@given(strategies.histories(), tallies(scope=Scope.CAREER), st.data())
def test_adding_results_never_lowers_a_career_tally(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    """Adding results never lowers any career tally."""
    kept = data.draw(
        st.lists(st.booleans(), min_size=len(history.entries), max_size=len(history.entries))
    )
    fewer = attrs.evolve(
        history, entries=tuple(e for e, keep in zip(history.entries, kept, strict=True) if keep)
    )
    more = counts(leaderboard(history, tally))
    for key, count in counts(leaderboard(fewer, tally)).items():
        assert more.get(key, 0) >= count
    assert record(fewer, tally).value <= record(history, tally).value


@given(strategies.histories(with_corrections=False), tallies(), st.data())
def test_an_earlier_as_of_never_raises_a_tally(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    """``as_of`` an earlier date never raises a tally.

    Only where no medal is stripped: a medal stripped later counts until the decision.
    """
    early, late = sorted([data.draw(days_of(history)), data.draw(days_of(history))])
    later = counts(leaderboard(history, tally, as_of=late))
    for key, count in counts(leaderboard(history, tally, as_of=early)).items():
        assert later.get(key, 0) >= count
    assert counts(leaderboard(history, tally, as_of=dt.date.max)) == counts(
        leaderboard(history, tally)
    )


@given(strategies.histories(), tallies(), st.data())
def test_as_of_after_every_decision_is_the_standing_state(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    """Once every event is held and every correction decided, ``as_of`` changes nothing."""
    last = max(
        [history.date_of(e.id) for e in history.events]
        + [c.decided for c in history.corrections]
        + [dt.date(1896, 1, 1)]
    )
    day = data.draw(st.dates(last, dt.date(2100, 12, 31)))
    assert leaderboard(history, tally, as_of=day) == leaderboard(history, tally)
    assert record(history, tally, as_of=day) == record(history, tally)


@given(strategies.histories(), tallies(), st.data())
def test_input_order_never_changes_an_answer(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    """The order in which results are given never changes any answer."""
    # A correction that matches several entries (unnamed teams of one nation) is
    # ambiguous, and History applies it to whichever comes last: leave such data out.
    keys = Counter((e.event, e.noc, frozenset(e.athletes)) for e in history.entries)
    assume(all(keys[c.event, c.noc, frozenset(c.athletes)] <= 1 for c in history.corrections))
    shuffled = attrs.evolve(
        history,
        **{
            name: tuple(data.draw(st.permutations(getattr(history, name))))
            for name in ("games", "events", "entries", "athletes", "nocs", "corrections")
        },
    )
    day = data.draw(days_of(history))
    assert leaderboard(shuffled, tally) == leaderboard(history, tally)
    assert leaderboard(shuffled, tally, as_of=day) == leaderboard(history, tally, as_of=day)
    assert progression(shuffled, tally) == progression(history, tally)
    assert sweeps(shuffled) == sweeps(history)
    for games in history.games:
        for order in ("gold", "total"):
            assert medal_table(shuffled, games, order=order) == medal_table(
                history, games, order=order
            )
    for athlete in history.athletes:
        assert career(shuffled, athlete.id) == career(history, athlete.id)


@given(strategies.histories(), st.data())
def test_medal_table_totals_equal_the_medal_winning_entries(
    history: History, data: st.DataObject
) -> None:
    """The medal table's totals equal the count of medal-winning entries."""
    games = data.draw(st.sampled_from(history.games))
    order: TableOrder = data.draw(st.sampled_from(["gold", "total"]))
    table = medal_table(history, games, order=order)
    won = [
        e
        for e in history.entries_of_games(games.id)
        if e.medal is not None and history.get_event(e.event).official
    ]
    assert sum(row.total for row in table) == len(won)
    assert {row.noc: row.total for row in table} == dict(Counter(e.noc for e in won))
    for medal, column in ((Medal.GOLD, "gold"), (Medal.SILVER, "silver"), (Medal.BRONZE, "bronze")):
        assert sum(getattr(row, column) for row in table) == sum(e.medal is medal for e in won)
    for row in table:
        assert row.total == row.gold + row.silver + row.bronze
    key = (
        (lambda r: (r.gold, r.silver, r.bronze))
        if order == "gold"
        else (lambda r: (r.total, r.gold, r.silver, r.bronze))
    )
    for position, row in enumerate(table):
        ahead = [r for r in table if key(r) > key(row)]
        assert row.rank == len(ahead) + 1
        assert position + 1 >= row.rank


@given(strategies.histories(), tallies())
def test_a_progression_never_decreases_and_ends_at_the_record(
    history: History, tally: Tally
) -> None:
    """A progression's values never decrease and its last mark equals ``record()``."""
    marks = progression(history, tally)
    held = record(history, tally)
    if not marks:
        assert held.value == 0
        return
    assert marks[0].kind == "set"
    assert (marks[0].previous, marks[0].stood) == (None, None)
    for before, after in itertools.pairwise(marks):
        assert before.date < after.date
        if after.kind == "equalled":
            assert after.value == before.value
            assert holders(before.holders) < holders(after.holders)
        else:
            assert after.kind in ("broken", "extended")
            assert after.value > before.value
        assert after.previous is not None
        assert after.previous.value == before.value
        assert after.previous.kind != "equalled"
        assert after.stood == after.date - after.previous.date
        if after.kind == "extended":
            assert holders(before.holders) == holders(after.holders)
            assert len(after.holders) == 1
    assert marks[-1].value == held.value
    assert holders(marks[-1].holders) == holders(held.holders)


@given(strategies.histories(with_corrections=False), tallies())
def test_each_mark_is_the_record_as_of_its_day(history: History, tally: Tally) -> None:
    """On the day of each mark, the record is the mark's value, held by the mark's holders."""
    for mark in progression(history, tally):
        held = record(history, tally, as_of=mark.date)
        assert held.value == mark.value
        assert held.holders == mark.holders  # their medals and lower bounds too
        the_day_before = record(history, tally, as_of=mark.date - dt.timedelta(days=1))
        assert the_day_before.value <= mark.value
        assert (the_day_before.value, holders(the_day_before.holders)) != (
            mark.value,
            holders(mark.holders),
        )


@given(strategies.histories(), tallies(), st.integers(1, 5))
def test_leaderboard_ranks_are_consistent_with_counts(
    history: History, tally: Tally, limit: int
) -> None:
    """Ties share a rank and the next rank skips: rank = 1 + the number counting more."""
    board = leaderboard(history, tally)
    for standing in board:
        assert standing.count > 0
        assert standing.rank == 1 + sum(other.count > standing.count for other in board)
        assert standing.count == sum(getattr(standing, m.value) for m in tally.medals)
    assert [s.count for s in board] == sorted((s.count for s in board), reverse=True)
    assert leaderboard(history, tally, limit=limit) == tuple(s for s in board if s.rank <= limit)
    held = record(history, tally)
    assert held.holders == tuple(s for s in board if s.rank == 1)
    assert held.value == (board[0].count if board else 0)


@given(
    st.tuples(strategies.histories(), tallies())
    | st.tuples(strategies.crowded_histories(), tallies(sport=None, discipline=None)),
    st.data(),
)
def test_a_count_not_flagged_is_exact_when_the_missing_members_are_added(
    drawn: tuple[History, Tally], data: st.DataObject
) -> None:
    """Adding the missing members to every incomplete entry (making it complete) never
    lowers any count, and a count that is not flagged as a lower bound never changes
    when they are added.

    The members added to an entry are athletes with an entry at its Games, for its NOC,
    in its discipline: those the rule says may be among them.
    """
    history, tally = drawn
    history = data.draw(strategies.unlisting(history))
    completed = data.draw(strategies.completions(history))
    day = data.draw(st.none() | days_of(history))
    after = counts(leaderboard(completed, tally, as_of=day))
    for standing in leaderboard(history, tally, as_of=day):
        key = (standing.subject, standing.games.id if standing.games else None)
        assert after[key] >= standing.count
        if not standing.lower_bound:
            assert after[key] == standing.count, standing
    for athlete in history.athletes:
        before = career(history, athlete.id, season=tally.season)
        if not before.lower_bound:
            now = career(completed, athlete.id, season=tally.season)
            assert (now.gold, now.silver, now.bronze) == (before.gold, before.silver, before.bronze)


@given(strategies.histories(), tallies(), st.data())
def test_a_cut_leaderboard_is_the_full_one_down_to_the_cut(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    """``limit=n`` keeps exactly the standings ranked n or better, ties at the cut included.

    On any day: the top of a board is found without ranking everyone, and must be what
    ranking everyone and cutting would give.
    """
    history = data.draw(strategies.unlisting(history))
    day = data.draw(st.none() | days_of(history))
    limit = data.draw(st.integers(1, 6))
    board = leaderboard(history, tally, as_of=day)
    cut = leaderboard(history, tally, as_of=day, limit=limit)
    assert cut == tuple(s for s in board if s.rank <= limit)
    if len(board) > limit:
        # Fewer than ``limit`` only when there are fewer subjects; more only for ties.
        assert len(cut) >= limit
        assert all(s.count == cut[-1].count for s in cut[limit - 1 :])


@given(strategies.histories(), tallies(), st.data())
def test_leaderboards_over_days_are_the_leaderboards_of_each_day(
    history: History, tally: Tally, data: st.DataObject
) -> None:
    """A sweep over many days answers, for each day, what ``leaderboard(as_of=day)`` does."""
    history = data.draw(strategies.unlisting(history))
    days = data.draw(st.lists(days_of(history), max_size=8))
    limit = data.draw(st.none() | st.integers(1, 4))
    swept = list(leaderboards_over(history, tally, days, limit=limit))
    assert [day for day, _ in swept] == sorted(set(days))
    for day, standings in swept:
        assert standings == leaderboard(history, tally, as_of=day, limit=limit)
