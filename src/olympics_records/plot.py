"""Plots: a record's progression, a Games medal table and an athlete's career.

matplotlib is optional: install ``olympics-records[plot]``. It is imported only when
this module is, never by ``import olympics_records``. Each function draws on a new
:class:`~matplotlib.figure.Figure` (made without :mod:`matplotlib.pyplot`, so nothing
is left open in pyplot's global state) or on the ``ax`` given, and returns the figure.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import Formatter, Locator

from olympics_records.history import History
from olympics_records.model import Entry, Games, Medal
from olympics_records.records import career as _career
from olympics_records.records import progression as _progression
from olympics_records.tables import TableOrder
from olympics_records.tables import medal_table as _medal_table
from olympics_records.tally import RecordMark, Standing, Tally

__all__ = ["MEDAL_COLOURS", "career", "medal_table", "progression"]

MEDAL_COLOURS: dict[Medal, str] = {
    Medal.GOLD: "#d4af37",
    Medal.SILVER: "#a8a9ad",
    Medal.BRONZE: "#cd7f32",
}
"""The colour each medal is drawn in."""

# matplotlib.dates has no type hints: its few names used here, typed.
_date_numbers: Callable[[Sequence[dt.date]], Iterable[float]] = mdates.date2num
_auto_locator: Callable[[], Locator] = mdates.AutoDateLocator
_concise_formatter: Callable[[Locator], Formatter] = mdates.ConciseDateFormatter


def _date_axis(axes: Axes, x: Sequence[float]) -> None:
    """Dates on the x-axis, labelled as briefly as their span allows (years, or months)."""
    locator = _auto_locator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(_concise_formatter(locator))
    if x and max(x) - min(x) < 365:  # one Games: a year around it, not matplotlib's default
        middle = (max(x) + min(x)) / 2
        axes.set_xlim(middle - 200, middle + 200)


# Labels of marks closer than this share of the x-axis are stacked, not overlaid.
_CROWDED = 0.12


class _Figure(Figure):
    """A Figure that a notebook shows as a picture, though pyplot was never imported.

    IPython draws matplotlib's figures only once pyplot has set up its inline backend;
    without it, a figure made here would show as ``<Figure size ...>``.
    """

    def _repr_png_(self) -> bytes:
        picture = io.BytesIO()
        self.savefig(picture, format="png", bbox_inches="tight")
        return picture.getvalue()


def _canvas(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    if ax is None:
        new = _Figure(figsize=size, layout="constrained")
        return new, new.add_subplot()
    root = ax.get_figure(root=True)  # for axes of a subfigure, the figure holding it
    if root is None:
        raise ValueError("ax must be on a figure")
    return root, ax


def _holder(standing: Standing) -> str:
    if standing.games is None:
        return standing.name
    return f"{standing.name} ({standing.games.year})"


def _newcomers(mark: RecordMark, before: RecordMark | None) -> str:
    """Who made the mark: for an equalled record, only those who joined the holders."""
    holders = mark.holders
    if mark.kind == "equalled" and before is not None:
        held = {(s.subject, s.games) for s in before.holders}
        holders = tuple(s for s in holders if (s.subject, s.games) not in held) or holders
    names = [_holder(s) for s in holders]
    if len(names) > 3:
        return f"{', '.join(names[:2])} and {len(names) - 2} others"
    return ", ".join(names)


def progression(
    history: History,
    tally: Tally,
    *,
    as_of: dt.date | None = None,
    ax: Axes | None = None,
) -> Figure:
    """A record's progression as a step chart, each mark labelled with who made it.

    The line steps at every mark of :func:`~olympics_records.progression` and holds
    each value until the next; it runs on to ``as_of`` (or to the last mark). Each
    mark is a point labelled with its holders (for an equalled record, the holder who
    joined) and what happened: set, equalled, broken or extended.

    Args:
        history: the results.
        tally: the record drawn.
        as_of: the progression as it stood at the end of this day.
        ax: draw on these axes instead of a new figure's.

    Returns:
        The figure drawn on. Its first line's y-data are the marks' values (and the
        last value again where the line runs on to ``as_of``).

    Example:
        >>> from olympics_records import Season, Tally, datasets, plot
        >>> h = datasets.milano_cortina_2026()
        >>> fig = plot.progression(h, Tally(season=Season.WINTER))
        >>> fig.axes[0].lines[0].get_ydata().tolist()
        [5, 5, 8, 8, 8, 8, 9, 10, 11]
        >>> fig.axes[0].texts[-1].get_text().splitlines()
        ['Johannes Høsflot Klæbo', 'extended 11']
    """
    marks = _progression(history, tally, as_of=as_of)
    figure, axes = _canvas(ax, (9.0, 4.8))
    days = [mark.date for mark in marks]
    values = [mark.value for mark in marks]
    if marks and as_of is not None and as_of > days[-1]:
        days.append(as_of)
        values.append(values[-1])
    x = [float(n) for n in _date_numbers(days)]
    axes.step(x, values, where="post", lw=2, color="0.35", label="record")
    axes.plot(x[: len(marks)], values[: len(marks)], "o", color="tab:red", zorder=3)

    span = x[-1] - x[0] if len(days) > 1 else 1.0
    level, last, before = 0, None, None
    for mark, at in zip(marks, x, strict=False):
        crowded = last is not None and (at - last) < _CROWDED * span
        level = level + 1 if crowded else 0
        early = at - x[0] < _CROWDED * span  # labels left of the first marks would be cut
        axes.annotate(
            f"{_newcomers(mark, before)}\n{mark.kind} {mark.value}",
            xy=(at, mark.value),
            xytext=(4 if early else -4, 8 + 22 * level),
            textcoords="offset points",
            ha="left" if early else "right",
            va="bottom",
            fontsize=7,
            arrowprops={"arrowstyle": "-", "color": "0.7", "lw": 0.6} if level else None,
        )
        last, before = at, mark
    _date_axis(axes, x)
    axes.set_title(tally.describe()[:1].upper() + tally.describe()[1:], loc="left")
    axes.set_ylabel("golds" if tally.medals == (Medal.GOLD,) else "medals")
    top = max(values, default=0)
    axes.set_ylim(0, top + 1 + top * 0.35)
    axes.grid(axis="y", alpha=0.3)
    return figure


def medal_table(
    history: History,
    games: str | Games,
    *,
    top: int = 10,
    order: TableOrder = "gold",
    as_of: dt.date | None = None,
    stacked: bool = False,
    ax: Axes | None = None,
) -> Figure:
    """A Games' medal table as bars: golds, silvers and bronzes of the leading nations.

    Nations come in the table's order (:func:`~olympics_records.medal_table`), each
    with a bar per medal side by side, or one bar of three parts with ``stacked=True``.

    Args:
        history: the results.
        games: the edition, as a :class:`~olympics_records.Games` or its id.
        top: the nations ranked ``top`` or better; nations tied at the cut all show.
        order: ``"gold"`` or ``"total"``, as for :func:`~olympics_records.medal_table`.
        as_of: the table at the end of this day.
        stacked: one stacked bar per nation instead of three side by side.
        ax: draw on these axes instead of a new figure's.

    Returns:
        The figure drawn on. Its axes' ``containers`` are three bar containers,
        labelled ``"gold"``, ``"silver"`` and ``"bronze"``, one bar a nation.

    Raises:
        ValueError: if ``top`` is not a positive whole number.

    Example:
        >>> from olympics_records import datasets, plot
        >>> fig = plot.medal_table(datasets.milano_cortina_2026(), "2026-winter", top=3)
        >>> gold, silver, bronze = fig.axes[0].containers
        >>> [int(bar.get_height()) for bar in gold]
        [10, 6, 6]
        >>> [label.get_text() for label in fig.axes[0].get_xticklabels()]
        ['NOR', 'FRA', 'SWE']
    """
    if not isinstance(top, int) or isinstance(top, bool) or top < 1:
        raise ValueError(f"top must be a positive whole number, not {top!r}")
    edition = history.get_games(games.id if isinstance(games, Games) else games)
    rows = [
        row for row in _medal_table(history, edition, order=order, as_of=as_of) if row.rank <= top
    ]
    figure, axes = _canvas(ax, (max(4.0, 0.8 * len(rows) + 2), 4.2))
    places = list(range(len(rows)))
    counts = {
        Medal.GOLD: [row.gold for row in rows],
        Medal.SILVER: [row.silver for row in rows],
        Medal.BRONZE: [row.bronze for row in rows],
    }
    base = [0] * len(rows)
    width = 0.8 if stacked else 0.27
    for step, (medal, heights) in enumerate(counts.items()):
        x = places if stacked else [p + (step - 1) * width for p in places]
        axes.bar(
            x,
            heights,
            width,
            bottom=base if stacked else None,
            label=medal.value,
            color=MEDAL_COLOURS[medal],
            edgecolor="0.3",
            linewidth=0.5,
        )
        if stacked:
            base = [b + h for b, h in zip(base, heights, strict=True)]
    axes.set_xticks(places, [row.noc for row in rows])
    title = f"Medal table, {edition.name}"
    if as_of is not None:
        title += f", as of {as_of:%d %B %Y}"
    axes.set_title(title, loc="left")
    axes.set_ylabel("medals")
    axes.grid(axis="y", alpha=0.3)
    axes.legend(frameon=False)
    return figure


def career(
    history: History,
    athlete_id: str,
    *,
    ax: Axes | None = None,
) -> Figure:
    """An athlete's career as a timeline: each medal on its day, coloured by medal.

    A medal is a point at the day it was won (:meth:`History.date_of
    <olympics_records.History.date_of>`) and at the athlete's medal count by then, so
    the points climb as the career grows; each Games is labelled by its year.

    Args:
        history: the results.
        athlete_id: the athlete's id (see :func:`~olympics_records.find_athlete`).
        ax: draw on these axes instead of a new figure's.

    Returns:
        The figure drawn on. Its axes' ``collections`` are one set of points per medal
        won, labelled ``"gold"``, ``"silver"`` or ``"bronze"``, in that order.

    Raises:
        UnknownIdError: if there is no such athlete.

    Example:
        >>> from olympics_records import datasets, find_athlete, plot
        >>> h = datasets.milano_cortina_2026()
        >>> fig = plot.career(h, find_athlete(h, "Klaebo").id)
        >>> [(c.get_label(), len(c.get_offsets())) for c in fig.axes[0].collections]
        [('gold', 11), ('silver', 1), ('bronze', 1)]
    """
    record = _career(history, athlete_id)
    medals = [entry for entry in record.entries if entry.medal is not None]
    figure, axes = _canvas(ax, (9.0, 4.2))
    days = [history.date_of(entry.event) for entry in medals]
    x = [float(n) for n in _date_numbers(days)]
    for medal, colour in MEDAL_COLOURS.items():
        won = [
            (at, n) for n, (at, e) in enumerate(zip(x, medals, strict=True), 1) if e.medal is medal
        ]
        if won:
            axes.scatter(
                [at for at, _ in won],
                [n for _, n in won],
                s=60,
                label=medal.value,
                color=colour,
                edgecolors="0.3",
                linewidths=0.6,
                zorder=3,
            )
    _label_games(axes, history, medals, x)
    _date_axis(axes, x)
    axes.set_title(f"{record.athlete.name}: Olympic medals", loc="left")
    axes.set_ylabel("medals won so far")
    axes.set_ylim(0, len(medals) + 1.5)
    axes.grid(axis="y", alpha=0.3)
    if medals:
        axes.legend(frameon=False, loc="upper left")
    return figure


def _label_games(axes: Axes, history: History, medals: Sequence[Entry], x: list[float]) -> None:
    """The year of each Games above its last medal."""
    last: dict[str, tuple[float, int]] = {}
    for n, (entry, at) in enumerate(zip(medals, x, strict=True), 1):
        games = history.games_of(entry.event)
        last[str(games.year)] = (at, n)
    for year, (at, n) in last.items():
        axes.annotate(
            year,
            xy=(at, n),
            xytext=(0, 9),
            textcoords="offset points",
            ha="center",
            fontsize=8,
            color="0.3",
        )
