"""Reconciliation policies: range, conservative, independent_majority, latest, each with its rule."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.ledger.model import Value
from claimledger.ledger.policies import policies


def val(value: int, docs: tuple[str, ...], independent: int | None = None) -> Value:
    return Value(value=value, low=value, high=value, qualifier="exact", documents=docs,
                 independent=len(docs) if independent is None else independent, claims=())


PUBLISHED = {"a": "2020-01-01", "b": "2020-01-02", "c": "2020-01-03", "d": "2020-01-04", "e": None}


@pytest.mark.parametrize(("values", "policy", "expected", "rule_word"), [
    ([val(487, ("a", "b")), val(475, ("c",))], "range", [475, 487], "lowest and highest"),
    # conservative: the lowest number any report states (SPEC.md's example: 487 x2 / 475 -> 475)
    ([val(487, ("a", "b")), val(475, ("c",))], "conservative", 475, "lowest"),
    ([val(487, ("a",)), val(475, ("c",))], "conservative", 475, "lowest"),
    ([val(613, ("a",)), Value(None, 200, None, "vague", ("b",), 1, ())], "conservative", 613, "vague"),
    ([Value(None, 200, None, "vague", ("b",), 1, ())], "conservative", 200, "vague"),
    ([Value(45, 45, None, "at_least", ("a",), 1, ()), Value(None, 40, 50, "range", ("b",), 1, ())], "range",
     [40, 50], "bounds"),
    ([val(487, ("a", "b"), 1), val(475, ("c", "d"), 2)], "independent_majority", 475, "most independent"),
    ([val(487, ("a", "b", "c"), 1), val(475, ("d",), 1)], "independent_majority", 487, "most documents"),
    ([val(487, ("a",)), val(475, ("b",))], "independent_majority", None, "tie"),
    ([val(487, ("a", "d")), val(475, ("b",))], "latest", 487, "most recent"),
    ([val(487, ("a",)), val(475, ("d",))], "latest", 475, "most recent"),
    ([val(487, ("e",))], "latest", None, "no document"),
])
def test_policies_each_rule(values: list[Value], policy: str, expected: object, rule_word: str) -> None:
    out, rules = policies(values, PUBLISHED)
    assert out[policy] == expected
    assert rule_word in rules[policy]


def test_policies_latest_same_period_disagreement_has_no_value() -> None:
    out, rules = policies([val(10, ("x",)), val(12, ("y",))], {"x": "2021-02-26", "y": "2021"})
    assert out["latest"] is None and "different" in rules["latest"]


@given(st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from("abcde"), st.integers(1, 3)), min_size=1, max_size=8,
                unique_by=lambda t: t[0]))
def test_policies_every_conclusion_within_range(rows: list[tuple[int, str, int]]) -> None:
    values = [val(v, (d,), k) for v, d, k in rows]
    out, rules = policies(values, PUBLISHED)
    low, high = out["range"]
    for name in ("conservative", "independent_majority", "latest"):
        assert out[name] is None or low <= out[name] <= high
        assert rules[name]
