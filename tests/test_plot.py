"""Plots: each figure's artists hold exactly the data the API returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

import matplotlib.dates as mdates
import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.container import BarContainer
from matplotlib.figure import Figure, SubFigure

from olympics_records import (
    Scope,
    Season,
    Subject,
    Tally,
    career,
    datasets,
    find_athlete,
    medal_table,
    plot,
    progression,
)
from olympics_records.errors import UnknownIdError

HISTORY = datasets.milano_cortina_2026()
CAREER_GOLDS = Tally(season=Season.WINTER)
ONE_GAMES = Tally(scope=Scope.GAMES, season=Season.WINTER)


_num2date: Callable[[float], dt.datetime] = mdates.num2date  # untyped in matplotlib


def _days(numbers: Iterable[float]) -> list[dt.date]:
    return [_num2date(float(n)).date() for n in numbers]


@pytest.mark.parametrize(
    "tally", [CAREER_GOLDS, ONE_GAMES, Tally(subject=Subject.NOC, scope=Scope.GAMES)]
)
def test_the_step_line_is_the_progression(tally: Tally) -> None:
    marks = progression(HISTORY, tally)
    figure = plot.progression(HISTORY, tally)
    assert isinstance(figure, Figure)
    (axes,) = figure.axes
    step = axes.lines[0]
    assert step.get_drawstyle() == "steps-post"
    assert np.asarray(step.get_ydata()).tolist() == [m.value for m in marks]
    assert _days(np.asarray(step.get_xdata()).tolist()) == [m.date for m in marks]
    assert len(axes.texts) == len(marks)


def test_each_mark_is_labelled_with_who_made_it() -> None:
    axes = plot.progression(HISTORY, CAREER_GOLDS).axes[0]
    labels = [text.get_text().splitlines() for text in axes.texts]
    assert labels[0] == ["Eric Heiden", "set 5"]
    # An equalled record names only the holder who joined, not all who share it.
    assert labels[4] == ["Marit Bjørgen", "equalled 8"]
    assert labels[5] == ["Johannes Høsflot Klæbo", "equalled 8"]
    assert labels[-1] == ["Johannes Høsflot Klæbo", "extended 11"]
    games = plot.progression(HISTORY, ONE_GAMES).axes[0]
    assert games.texts[0].get_text().splitlines() == ["Eric Heiden (1980)", "set 5"]


def test_the_line_runs_on_to_the_day_asked() -> None:
    night = dt.date(2026, 2, 16)
    marks = progression(HISTORY, CAREER_GOLDS, as_of=night)
    step = plot.progression(HISTORY, CAREER_GOLDS, as_of=night).axes[0].lines[0]
    assert marks[-1].value == 9
    assert np.asarray(step.get_ydata()).tolist() == [*(m.value for m in marks), 9]
    assert _days(np.asarray(step.get_xdata()).tolist())[-1] == night


@pytest.mark.parametrize("stacked", [False, True])
def test_the_bars_are_the_medal_table(stacked: bool) -> None:
    rows = medal_table(HISTORY, "2026-winter")[:5]
    figure = plot.medal_table(HISTORY, "2026-winter", top=5, stacked=stacked)
    (axes,) = figure.axes
    containers = axes.containers
    assert all(isinstance(c, BarContainer) for c in containers)
    assert [c.get_label() for c in containers] == ["gold", "silver", "bronze"]
    gold, silver, bronze = ([int(bar.get_height()) for bar in c] for c in containers)
    assert gold == [r.gold for r in rows]
    assert silver == [r.silver for r in rows]
    assert bronze == [r.bronze for r in rows]
    assert [t.get_text() for t in axes.get_xticklabels()] == [r.noc for r in rows]
    if stacked:
        tops = [bar.get_y() + bar.get_height() for bar in containers[2]]
        assert tops == [r.total for r in rows]


def test_the_bars_follow_the_order_and_the_day_asked() -> None:
    night = dt.date(2026, 2, 8)
    rows = medal_table(HISTORY, "2026-winter", order="total", as_of=night)
    axes = plot.medal_table(HISTORY, "2026-winter", order="total", as_of=night).axes[0]
    # Ties at the cut are all kept, as in leaderboard(limit=...).
    assert [t.get_text() for t in axes.get_xticklabels()] == [r.noc for r in rows]
    assert "8 February 2026" in axes.get_title(loc="left")


@pytest.mark.parametrize("top", [0, -1, True, 2.5])
def test_top_must_be_a_positive_whole_number(top: object) -> None:
    with pytest.raises(ValueError, match="top must be a positive whole number"):
        plot.medal_table(HISTORY, "2026-winter", top=top)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["Klaebo", "Eric Heiden", "Marit Bjørgen"])
def test_the_timeline_points_are_the_career_medals(name: str) -> None:
    athlete = find_athlete(HISTORY, name)
    won = [e for e in career(HISTORY, athlete.id).entries if e.medal is not None]
    axes = plot.career(HISTORY, athlete.id).axes[0]
    points = {}
    for collection in axes.collections:
        assert isinstance(collection, PathCollection)
        offsets = np.asarray(collection.get_offsets())
        days = _days(offsets[:, 0].tolist())
        points[collection.get_label()] = [
            (day, int(y)) for day, y in zip(days, offsets[:, 1].tolist(), strict=True)
        ]
    expected: dict[str, list[tuple[dt.date, int]]] = {}
    for count, entry in enumerate(won, start=1):
        assert entry.medal is not None
        expected.setdefault(entry.medal.value, []).append((HISTORY.date_of(entry.event), count))
    assert points == expected


def test_the_timeline_of_an_unknown_athlete_raises() -> None:
    with pytest.raises(UnknownIdError):
        plot.career(HISTORY, "no-such-athlete")


def test_a_plot_draws_on_the_axes_given() -> None:
    figure = Figure()
    left, right = figure.subplots(1, 2)
    assert plot.medal_table(HISTORY, "2026-winter", ax=right) is figure
    assert not left.containers
    assert len(right.containers) == 3
    # Axes of a subfigure: the figure returned is the one that holds it.
    sub = figure.subfigures(1, 1)
    assert isinstance(sub, SubFigure)
    inner = sub.add_subplot()
    assert plot.progression(HISTORY, CAREER_GOLDS, ax=inner) is figure


def test_a_new_figure_shows_as_a_picture_in_a_notebook() -> None:
    # IPython's display protocol: without it, a figure made without pyplot would show
    # as "<Figure size ...>" in a notebook that never imported pyplot.
    figure = plot.medal_table(HISTORY, "2026-winter", top=3)
    assert figure._repr_png_().startswith(b"\x89PNG\r\n")  # type: ignore[attr-defined]
