"""Status of a figure: qualifier-aware compatibility, same period, agree/conflict/evolving/single."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.ledger.status import Observation, compatible, interval, same_period, status


def obs(value: float | None, doc: str, published: str | None, qualifier: str = "exact",
        low: float | None = None, high: float | None = None) -> Observation:
    if qualifier == "exact":
        low = high = value
    return Observation(interval(value, low, high, qualifier), value if value is not None else low, published, doc)


@pytest.mark.parametrize(("a", "b", "ok"), [
    ((20, 21, None, "more_than"), (22, 22, 22, "exact"), True),
    ((None, 200, None, "vague"), (613, 613, 613, "exact"), True),
    ((161, 161, None, "at_least"), (200, None, None, "about"), True),
    ((200, None, None, "about"), (613, 613, 613, "exact"), False),
    ((487, 487, 487, "exact"), (475, 475, 475, "exact"), False),
    ((100, None, 100, "up_to"), (80, 80, 80, "exact"), True),
    ((100, None, 100, "up_to"), (120, 120, 120, "exact"), False),
    ((10, 10, 20, "range"), (15, 15, 15, "exact"), True),
])
def test_status_compatibility_respects_qualifiers(a: tuple, b: tuple, ok: bool) -> None:
    ia, ib = interval(a[0], a[1], a[2], a[3]), interval(b[0], b[1], b[2], b[3])
    assert compatible(ia, ib) is ok
    assert compatible(ib, ia) is ok


@pytest.mark.parametrize(("a", "b", "same"), [
    ("2020-02-26", "2020-02-26", True),
    ("2020-02-26", "2020-02-27", False),
    ("2020", "2020-02-26", True),
    ("2020-02", "2020-02-10", True),
    ("2020", "2021-02-26", False),
    (None, "2021-02-26", True),
])
def test_status_same_period(a: str | None, b: str | None, same: bool) -> None:
    assert same_period(a, b) is same


@pytest.mark.parametrize(("measure", "observations", "expected"), [
    ("killed", [obs(613, "a", "2020-01-01")], "single"),
    ("killed", [obs(613, "a", "2020-01-01"), obs(613, "a", "2020-01-01")], "single"),
    ("killed", [obs(613, "a", "2020-01-01"), obs(613, "b", "2020-05-01")], "agree"),
    ("killed", [obs(None, "a", "2020-01-01", "vague", 200), obs(613, "b", "2020-01-01")], "agree"),
    ("wounded", [obs(487, "a", "2020-02-26"), obs(475, "b", "2020")], "conflict"),
    # a death toll rising over three days: evolving, not conflict
    ("killed", [obs(12, "a", "2023-09-09"), obs(40, "b", "2023-09-10"), obs(96, "c", "2023-09-11")], "evolving"),
    # the same toll falling over days is not a direction deaths may move
    ("killed", [obs(96, "a", "2023-09-09"), obs(40, "b", "2023-09-10")], "conflict"),
    # two reports of the same day disagree even when a later one exists
    ("killed", [obs(12, "a", "2023-09-09"), obs(15, "b", "2023-09-09"), obs(96, "c", "2023-09-11")], "conflict"),
    # the missing go down as people are found
    ("missing", [obs(300, "a", "2023-09-09"), obs(120, "b", "2023-09-12")], "evolving"),
    # people trapped are brought out day by day; those released add up
    ("trapped", [obs(35, "a", "2024-11-14"), obs(28, "b", "2024-11-15")], "evolving"),
    ("released", [obs(200, "a", "2025-03-16"), obs(410, "b", "2025-03-20")], "evolving"),
    # the dead and injured counted together grow like each of them
    ("casualties", [obs(48, "a", "2023-09-09"), obs(120, "b", "2023-09-10")], "evolving"),
    # recognitions grow over the years
    ("recognized_as_genocide", [obs(10, "a", "2012"), obs(17, "b", "2023")], "evolving"),
    # orphans are fixed by the event: a change years later is a disagreement
    ("orphaned", [obs(130, "a", "2021-02-26"), obs(132, "b", "2023")], "conflict"),
    ("killed", [obs(161, "a", "2020-01-01", "at_least", 161), obs(200, "b", "2020-01-01", "about"),
                obs(613, "c", "2020-01-01")], "conflict"),
])
def test_status_cases(measure: str, observations: list[Observation], expected: str) -> None:
    assert status(measure, observations) == expected


@given(st.integers(0, 10**6), st.sampled_from(["exact", "about", "at_least", "more_than", "up_to"]))
def test_status_interval_contains_its_value(value: int, qualifier: str) -> None:
    low = value if qualifier in ("exact", "at_least") else (value + 1 if qualifier == "more_than" else None)
    high = value if qualifier in ("exact", "up_to") else None
    iv = interval(value, low, high, qualifier)
    point = interval(value + (1 if qualifier == "more_than" else 0), None, None, "exact")
    assert compatible(iv, point)


@given(st.lists(st.tuples(st.integers(1, 1000), st.integers(0, 3)), min_size=2, max_size=6))
def test_status_equal_values_always_agree(pairs: list[tuple[int, int]]) -> None:
    value = pairs[0][0]
    observations = [obs(value, f"d{i}", f"2020-01-0{day + 1}") for i, (_, day) in enumerate(pairs)]
    assert status("killed", observations) == "agree"
