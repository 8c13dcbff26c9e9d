"""Consistency checks: parts within the whole, subsets stated as such, sums within a population."""

from __future__ import annotations

import pytest

from claimledger.ledger.build import build_ledger
from claimledger.ledger.model import Check

from .conftest import doc, make_claim


def run(text: str, specs: list[tuple]) -> dict[str, Check]:
    d = doc("a.txt", text, "2020-01-01")
    claims = [make_claim(d, m, v, subgroup=s, parent=p, id=i) for i, m, v, s, p in specs]
    (event,) = build_ledger([d], claims).events
    return {c.rule: c for c in event.checks}


@pytest.mark.parametrize(("whole", "ok"), [(613, True), (200, False)])
def test_checks_parts_within_whole(whole: int, ok: bool) -> None:
    text = f"{whole} were killed, including 106 women, 63 children and 70 elderly."
    found = run(text, [("c1", "killed", whole, None, None), ("c2", "killed", 106, "women", "c1"),
                       ("c3", "killed", 63, "children", "c1"), ("c4", "killed", 70, "elderly", "c1")])
    check = found["parts_within_whole"]
    assert check.ok is ok
    assert check.numbers["sum"] == 239 and check.numbers["whole"] == whole
    assert set(check.claims) == {"c1", "c2", "c3", "c4"}


@pytest.mark.parametrize(("missing", "ok"), [(150, True), (1500, False)])
def test_checks_subset_stated_as_such(missing: int, ok: bool) -> None:
    text = f"1,275 people were taken hostage and {missing} of them are still missing."
    found = run(text, [("c1", "hostages", 1275, None, None), ("c2", "missing", missing, None, "c1")])
    check = found["subset_within_whole"]
    assert (check.ok, check.numbers, check.claims) == (ok, {"part": missing, "whole": 1275}, ("c1", "c2"))


@pytest.mark.parametrize(("population", "ok"), [(3000, True), (2000, False)])
def test_checks_sum_within_population(population: int, ok: bool) -> None:
    text = f"Of the {population:,} people in the town, 613 were killed, 487 wounded and 1,275 taken hostage."
    found = run(text, [("c1", "population", population, None, None), ("c2", "killed", 613, None, None),
                       ("c3", "wounded", 487, None, None), ("c4", "hostages", 1275, None, None)])
    check = found["sum_within_population"]
    assert (check.ok, check.numbers["sum"], check.numbers["population"]) == (ok, 2375, population)
    assert set(check.claims) == {"c1", "c2", "c3", "c4"}


def test_checks_absent_without_the_numbers() -> None:
    assert run("613 were killed.", [("c1", "killed", 613, None, None)]) == {}


def test_checks_same_check_in_two_documents_is_one_check() -> None:
    docs = [doc(f"{n}.txt", "613 were killed, including 106 women.", "2020-01-01") for n in "ab"]
    claims = []
    for d in docs:
        claims += [make_claim(d, "killed", 613, id=f"{d.id}1"),
                   make_claim(d, "killed", 106, subgroup="women", parent=f"{d.id}1", id=f"{d.id}2")]
    (event,) = build_ledger(docs, claims).events
    (check,) = event.checks
    assert check.claims == ("a.txt1", "a.txt2", "b.txt1", "b.txt2")


@pytest.mark.parametrize(("second", "qualifier", "ok", "said"), [
    (30, "exact", False, "Police 9 vs organisers 30"),
    (9, "exact", True, "Police 9 vs organisers 9"),
    (8, "more_than", True, "Police 9 vs organisers more than 8"),
])
def test_checks_two_sources_in_one_report(second: int, qualifier: str, ok: bool, said: str) -> None:
    d = doc("a.txt", f"Police said 9 people were arrested, while organisers put the number at {second}.", "2020-01-01")
    claims = [make_claim(d, "arrested", 9, id="c1", attribution="Police"),
              make_claim(d, "arrested", second, id="c2", qualifier=qualifier, near="number",
                         attribution="organisers")]
    (event,) = build_ledger([d], claims).events
    check = {c.rule: c for c in event.checks}["sources_in_one_report_agree"]
    assert check.ok is ok and said in check.detail and check.claims == ("c1", "c2")
    assert next(f for f in event.figures if f.measure == "arrested").status == "single"  # (SPEC: one document)


def test_checks_one_source_or_none_makes_no_source_check() -> None:
    found = run("Police said 9 people were arrested; later 30 were.", [("c1", "arrested", 9, None, None),
                                                                      ("c2", "arrested", 30, None, None)])
    assert "sources_in_one_report_agree" not in found


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Police said 20 people died. By Friday the toll had risen to 35, the police said.", "Police", "the police"),
    ("Police said 20 died. The local police later said 35 were killed.", "police", "The local police"),
])
def test_checks_one_source_written_two_ways_is_one_source(text: str, first: str, second: str) -> None:
    d = doc("a.txt", text, "2020-01-01")
    claims = [make_claim(d, "killed", 20, id="c1", attribution=first),
              make_claim(d, "killed", 35, id="c2", attribution=second)]
    (event,) = build_ledger([d], claims).events
    assert "sources_in_one_report_agree" not in {c.rule for c in event.checks}
