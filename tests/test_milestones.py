"""What fell on a day: milestones against the progressions they come from."""

from __future__ import annotations

import datetime as dt
import io
import json

import attrs
from hypothesis import given
from hypothesis import strategies as st

import strategies
from olympics_records import (
    History,
    Milestone,
    Scope,
    Season,
    Subject,
    Tally,
    datasets,
    milestones,
    progression,
)
from olympics_records.cli import main
from olympics_records.milestones import standard_tallies

BUNDLE = datasets.milano_cortina_2026()


def _find(found: tuple[Milestone, ...], tally: Tally) -> Milestone:
    (m,) = [m for m in found if m.tally == tally]
    return m


def test_klaebo_night_on_the_bundle() -> None:
    night = milestones(BUNDLE, dt.date(2026, 2, 21))
    six = _find(night, Tally(scope=Scope.GAMES, season=Season.WINTER))
    assert (six.mark.kind, six.mark.value) == ("broken", 6)
    assert [s.name for s in six.made_by] == ["Johannes Høsflot Klæbo"]
    assert six.mark.previous is not None
    assert six.mark.previous.date == dt.date(1980, 2, 24)
    assert "breaks Eric Heiden's 5 (Lake Placid 1980), which stood 45 years 362 days" in (
        six.headline
    )
    eleven = _find(night, Tally(season=Season.WINTER))
    assert (eleven.mark.kind, eleven.mark.value) == ("extended", 11)
    nine = _find(milestones(BUNDLE, dt.date(2026, 2, 15)), Tally(season=Season.WINTER))
    assert (nine.mark.kind, nine.mark.value) == ("broken", 9)
    assert "the 8 shared with Bjørn Dæhlie, Marit Bjørgen and Ole Einar Bjørndalen" in (
        nine.headline
    )


def test_a_day_without_medals_has_no_milestones() -> None:
    assert milestones(BUNDLE, dt.date(2026, 3, 21)) == ()
    assert standard_tallies(BUNDLE, dt.date(2026, 3, 21)) == ()


def test_the_complete_record_book(record_book: History) -> None:
    nation = Tally(subject=Subject.NOC, scope=Scope.GAMES, season=Season.WINTER)
    seventeen = _find(milestones(record_book, dt.date(2026, 2, 20)), nation)
    assert (seventeen.mark.kind, seventeen.mark.value) == ("broken", 17)
    assert seventeen.headline.startswith("Norway: 17 golds won by a nation at one Winter Games")
    assert "breaks Norway's 16 (Beijing 2022)" in seventeen.headline
    night = milestones(record_book, dt.date(2026, 2, 21))
    assert _find(night, nation).mark.kind == "extended"
    assert _find(night, nation).mark.value == 18
    six = _find(night, Tally(scope=Scope.GAMES, season=Season.WINTER))
    assert (six.mark.kind, six.mark.value) == ("broken", 6)
    assert "breaks Eric Heiden's 5 (Lake Placid 1980)" in six.headline
    assert _find(night, Tally(season=Season.WINTER)).mark.value == 11


@given(strategies.histories(), st.data())
def test_a_milestone_is_the_mark_its_progression_made_that_day(
    h: History, data: st.DataObject
) -> None:
    """Every milestone is its tally's last mark as of that day, made that day; and every
    standard tally whose record moved that day has one, unless a broader tally already
    says the same."""
    days = sorted({h.date_of(e.id) for e in h.events}) or [dt.date(2000, 1, 1)]
    day = data.draw(st.sampled_from(days))
    found = milestones(h, day)
    by_tally = {m.tally: m for m in found}
    assert len(by_tally) == len(found)
    said = set()
    for m in found:
        assert m.mark == progression(h, m.tally, as_of=day)[-1]
        assert m.mark.date == day
        assert m.made_by
        assert {s.subject for s in m.made_by} <= {s.subject for s in m.mark.holders}
        said.add(_same(m))
    for tally in standard_tallies(h, day):
        marks = progression(h, tally, as_of=day)
        if marks and marks[-1].date == day:
            assert (
                tally in by_tally
                or _same(Milestone(tally=tally, mark=marks[-1], made_by=(marks[-1].holders)))
                in said
            )


def _same(m: Milestone) -> tuple[object, ...]:
    plain = attrs.evolve(m.tally, season=None, sport=None, discipline=None)
    return (plain, m.mark.value, m.mark.kind, tuple((s.subject, s.games) for s in m.mark.holders))


def test_cli_prints_headlines_and_json() -> None:
    out = io.StringIO()
    assert main(["milestones", "2026-02-21"], out=out) == 0
    text = out.getvalue()
    assert text.startswith("Records of 2026-02-21\n")
    assert "Johannes Høsflot Klæbo: 6 golds at one Winter Games — breaks Eric Heiden's 5" in text
    assert "more in single disciplines: --all lists them." in text
    out = io.StringIO()
    assert main(["milestones", "2026-02-21", "--all", "--json"], out=out) == 0
    data = json.loads(out.getvalue())
    assert len(data) == len(milestones(BUNDLE, dt.date(2026, 2, 21)))
    assert any(d["discipline"] == "Cross-Country Skiing" for d in data)
    out = io.StringIO()
    assert main(["milestones", "2026-03-21"], out=out) == 0
    assert "no medal was decided that day in this data" in out.getvalue()
