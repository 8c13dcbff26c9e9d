"""Value words shared by the readable outputs: qualifiers, vague plurals, units, figure lines."""

from __future__ import annotations

import pytest

from claimledger.ledger.model import DatedFigure, DatedValue, Figure, Value
from claimledger.outputs import text as t


def _v(value: float | None, qualifier: str = "exact", low: float | None = None, high: float | None = None,
       docs: tuple[str, ...] = ("a",), independent: int = 1) -> Value:
    return Value(value, low, high, qualifier, docs, independent, ())


@pytest.mark.parametrize("v, unit, expected", [
    (_v(613), "people", "613"),
    (_v(1275), "people", "1,275"),
    (_v(161, "at_least", 161), "people", "at least 161"),
    (_v(200, "about"), "people", "about 200"),
    (_v(20, "more_than", 20), "people", "more than 20"),
    (_v(60, "up_to", None, 60), "percent", "up to 60%"),
    (_v(None, "vague", 200), "people", "hundreds"),
    (_v(None, "vague", 24), "people", "dozens"),
    (_v(None, "vague", 2000), "people", "thousands"),
    (_v(None, "vague", 200000), "people", "hundreds of thousands"),
    (_v(None, "vague", 77), "people", "many (at least 77)"),
    (_v(None, "range", 40, 50), "homes", "40\u201350 homes"),
    (_v(2.5), "days", "2.5 days"),
    (_v(3.0), "people", "3"),
])
def test_text_value_text_says_the_qualifier(v: Value, unit: str, expected: str) -> None:
    assert t.value_text(v, unit) == expected


@pytest.mark.parametrize("values, status, expected", [
    ((_v(487, docs=("a", "b", "c"), independent=2), _v(475)), "conflict",
     "Wounded: 487 (3 reports, 2 independent) / 475 (1 report) \u2014 conflict"),
    ((_v(613, docs=("a", "b"), independent=2),), "agree", "Wounded: 613 (2 reports, 2 independent) \u2014 agree"),
    ((_v(5),), "single", "Wounded: 5 (1 report) \u2014 single source"),
])
def test_text_figure_line_reads_like_an_infobox(values: tuple[Value, ...], status: str, expected: str) -> None:
    assert t.figure_line(Figure("wounded", None, "people", status, values, {})) == expected


def test_text_dated_line_lists_each_date_with_its_reports() -> None:
    d = DatedFigure("campaign launched", "conflict",
                    (DatedValue("2008", ("a",), ("d1",)), DatedValue("2009", ("b", "c"), ("d2", "d3"))))
    assert t.dated_line(d) == "Campaign launched: 2008 (1 report) / 2009 (2 reports) \u2014 conflict"


@pytest.mark.parametrize("policy, expected", [([475, 487], "475\u2013487"), ([6, 6], "6"), (None, "no single value"),
                                              (1275, "1,275")])
def test_text_policy_value_shows_ranges_and_ties(policy: object, expected: str) -> None:
    assert t.policy_value(policy) == expected


def test_text_figure_label_names_subgroup() -> None:
    assert t.figure_label(Figure("orphaned", "one_parent", "children", "agree", (), {})) == "Orphaned (one parent)"


@pytest.mark.parametrize("unit, expected", [("hours", "range 36 hours"), ("people", "range 36 ·"),
                                            ("percent", "range 36% ·"), ("us_states", "range 36 US states")])
def test_text_policies_line_says_the_unit_unless_people(unit: str, expected: str) -> None:
    fig = Figure(measure="duration", subgroup=None, unit=unit, status="single",
                 values=(Value(36, 36, 36, "exact", ("a.txt",), 1, ("c1",)),),
                 policies={"range": [36, 36], "conservative": 36, "independent_majority": 36, "latest": 36})
    assert expected in t.policies_line(fig)


def test_text_figure_line_lists_the_reports_earlier_values_after_the_status() -> None:
    f = Figure("wounded", None, "people", "single", (_v(52),), {}, earlier=(_v(40), _v(31)))
    assert t.figure_line(f) == "Wounded: 52 (1 report) \u2014 single source; given as earlier values: 40 (1 report) / " \
                               "31 (1 report)"
