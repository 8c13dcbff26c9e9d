"""Figure status: qualifier-aware interval compatibility, same-period test, agree/conflict/evolving/single."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

# "about N" with no stated bounds: accept +/- 10 %, the rounding news writers use for "about 200"
# (calibrated on hand examples: "about 200" must meet "at least 161" but not 613).
ABOUT_TOLERANCE = 0.10

# Two reports are of the SAME PERIOD when their publication intervals (a day, a month or a year,
# by the date's precision) overlap or lie within this many days of each other. 0 means: the same day
# at day precision, so a toll reported on three successive days is evolving, while a year-precision
# date ("2020") is the same period as any day of that year. Unknown dates are the same period as all.
SAME_PERIOD_DAYS = 0


@dataclass(frozen=True)
class Interval:
    low: float | None  # None = open
    high: float | None


@lru_cache(maxsize=1)
def measure_rules() -> dict[str, Any]:
    text = resources.files("claimledger.ledger").joinpath("data/measures.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def direction(measure: str) -> str | None:
    """'up', 'down' or None (a fixed quantity) for how `measure` may move over time."""
    rules = measure_rules()
    if measure in rules["up"] or any(measure.startswith(p) for p in rules["up_prefixes"]):
        return "up"
    if measure in rules["down"]:
        return "down"
    return None


def interval(value: float | None, low: float | None, high: float | None, qualifier: str) -> Interval:
    """The interval a stated value allows, widening a bare "about N"."""
    lo = low if low is not None else (value if qualifier in ("exact", "about") else None)
    hi = high if high is not None else (value if qualifier in ("exact", "about") else None)
    if qualifier == "about" and value is not None and lo == hi == value:
        lo, hi = value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE)
    if qualifier in ("at_least", "more_than", "vague"):
        hi = None if high is None else hi
    if qualifier in ("up_to", "less_than"):
        lo = None if low is None else lo
    return Interval(lo, hi)


def compatible(a: Interval, b: Interval) -> bool:
    """True when two intervals overlap (open ends overlap everything on their side)."""
    if a.high is not None and b.low is not None and a.high < b.low:
        return False
    if b.high is not None and a.low is not None and b.high < a.low:
        return False
    return True


def period(published: str | None) -> tuple[date, date] | None:
    """The days a publication date may stand for: a day, a month or a year."""
    if not published:
        return None
    parts = published[:10].split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 1, 1), date(y, 12, 31)
        m = int(parts[1])
        if len(parts) == 2:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        d = date(y, m, int(parts[2]))
        return d, d
    except ValueError:
        return None


def same_period(a: str | None, b: str | None) -> bool:
    pa, pb = period(a), period(b)
    if pa is None or pb is None:
        return True
    gap = max((pb[0] - pa[1]).days, (pa[0] - pb[1]).days)
    return gap <= SAME_PERIOD_DAYS


@dataclass(frozen=True)
class Observation:
    """One value of a figure as one document stated it, with that document's publication date."""

    interval: Interval
    point: float | None  # the stated number, or the low bound of a vague one
    published: str | None
    document: str


@dataclass(frozen=True)
class _Stated:
    """All observations of one value: where it sits and when its documents were published."""

    interval: Interval
    point: float | None
    documents: frozenset[str]
    first: date | None  # earliest possible publication day among its documents (None: a date unknown)
    last: date | None


def _stated(observations: Sequence[Observation]) -> list[_Stated]:
    groups: dict[tuple[Interval, float | None], list[Observation]] = {}
    for o in observations:
        groups.setdefault((o.interval, o.point), []).append(o)
    out = []
    for (iv, pt), obs in groups.items():
        periods = [period(o.published) for o in obs]
        known = [p for p in periods if p is not None]
        dated = len(known) == len(periods)
        out.append(_Stated(iv, pt, frozenset(o.document for o in obs),
                           min(p[0] for p in known) if dated else None, max(p[1] for p in known) if dated else None))
    return out


def status(measure: str, observations: Sequence[Observation]) -> str:
    """agree / conflict / evolving / single for the observations of one figure.

    Work is per distinct value, not per pair of documents, so a figure stated by 10,000 reports costs
    no more than its handful of distinct values."""
    if len({o.document for o in observations}) <= 1:
        return "single"
    values = _stated(observations)
    clashes = [(a, b) for i, a in enumerate(values) for b in values[i + 1:]
               if len(a.documents | b.documents) > 1 and not compatible(a.interval, b.interval)]
    if not clashes:
        return "agree"
    if all(_moves_over_time(measure, a, b) for a, b in clashes):
        return "evolving"
    return "conflict"


def _moves_over_time(measure: str, a: _Stated, b: _Stated) -> bool:
    """True when every report of one value is of an earlier period than every report of the other,
    and the later value moved the way `measure` may (up for a death toll, down for the missing)."""
    way = direction(measure)
    if way is None or a.point is None or b.point is None or a.point == b.point:
        return False
    low, high = (a, b) if a.point < b.point else (b, a)
    earlier, later = (low, high) if way == "up" else (high, low)
    if earlier.last is None or later.first is None:
        return False
    return (later.first - earlier.last).days > SAME_PERIOD_DAYS
