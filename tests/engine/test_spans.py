"""How long a record stood, in words: one rule for the CLI and the claims' verdicts."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from olympics_records._engine.spans import span_words, whole_years

days = st.dates(min_value=dt.date(1896, 1, 1), max_value=dt.date(2100, 12, 31))


@given(days, days)
def test_the_years_and_days_add_up_to_the_span(a: dt.date, b: dt.date) -> None:
    """Adding the whole years to the start, then the days, gives the end (a 29 February
    start has its anniversary on the 28th in other years)."""
    start, end = min(a, b), max(a, b)
    years = whole_years(start, end)
    said = span_words(start, end)
    found = {unit.rstrip("s"): int(n) for n, unit in re.findall(r"(\d+) (\w+)", said)}
    assert found.get("year", 0) == years
    days_ = found.get("day", 0)
    # The words agree in number, and a whole number of years says no days.
    for n, unit in re.findall(r"(\d+) (\w+)", said):
        assert unit.endswith("s") == (int(n) != 1), said
    assert ("day" in found) == (not years or days_ > 0), said
    try:
        anniversary = start.replace(year=start.year + years)
    except ValueError:
        anniversary = start.replace(year=start.year + years, day=28)
    assert anniversary + dt.timedelta(days=days_) == end
    assert 0 <= days_ <= 366


def test_a_leap_day_year_is_whole_on_1_march_and_counts_from_the_28th() -> None:
    assert span_words(dt.date(2000, 2, 29), dt.date(2001, 2, 28)) == "365 days"
    assert span_words(dt.date(2000, 2, 29), dt.date(2001, 3, 1)) == "1 year 1 day"
