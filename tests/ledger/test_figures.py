"""Figures: grouping, merged values, documents counted once, independence through reuse, edited figures."""

from __future__ import annotations

import pytest

from claimledger.ledger.build import build_ledger, claim_event_ids
from claimledger.ledger.model import Edited, Figure, Ledger

from .conftest import doc, make_claim
from .texts import OWN_A, OWN_B, SOURCE, UNRELATED


def figure(ledger: Ledger, measure: str, subgroup: str | None = None) -> Figure:
    (f,) = [f for e in ledger.events if e.main for f in e.figures if (f.measure, f.subgroup) == (measure, subgroup)]
    return f


def test_figures_value_copied_by_two_documents_has_one_independent_source() -> None:
    src = doc("src.txt", SOURCE + OWN_A, "2020-03-01")
    copy1 = doc("copy1.txt", OWN_B + SOURCE, "2020-03-02")
    copy2 = doc("copy2.txt", UNRELATED + SOURCE, "2020-03-03")
    claims = [make_claim(d, "wounded", 487) for d in (src, copy1, copy2)]
    (value,) = figure(build_ledger([src, copy1, copy2], claims), "wounded").values
    assert value.documents == ("src.txt", "copy1.txt", "copy2.txt")
    assert value.independent == 1


def test_figures_value_outside_copied_passage_stays_independent() -> None:
    src = doc("src.txt", SOURCE, "2020-03-01")
    copy = doc("copy.txt", SOURCE + "A later count from the hospital put the number of injured at 500.", "2020-03-02")
    own = doc("own.txt", UNRELATED + "Separately, 500 people were treated for injuries.", "2020-03-02")
    claims = [make_claim(copy, "wounded", 500), make_claim(own, "wounded", 500)]
    (value,) = figure(build_ledger([src, copy, own], claims), "wounded").values
    assert value.independent == 2


def test_figures_document_counted_once_per_value_and_claims_kept() -> None:
    a = doc("a.txt", "In all 12 died. Officials repeated that 12 died.", "2020-01-01")
    b = doc("b.txt", "Twelve died: 12 in total.", "2020-01-01")
    claims = [make_claim(a, "killed", 12, id="c1"), make_claim(a, "killed", 12, id="c2", near="Officials"),
              make_claim(b, "killed", 12, id="c3")]
    f = figure(build_ledger([a, b], claims), "killed")
    assert [(v.value, v.documents, v.claims) for v in f.values] == [(12, ("a.txt", "b.txt"), ("c1", "c2", "c3"))]
    assert f.status == "agree"


def test_figures_parts_stay_in_their_subgroup_figure() -> None:
    a = doc("a.txt", "613 were killed, including 106 women.", "2020-01-01")
    claims = [make_claim(a, "killed", 613, id="c1"), make_claim(a, "killed", 106, subgroup="women", parent="c1", id="c2")]
    ledger = build_ledger([a], claims)
    assert [v.value for v in figure(ledger, "killed").values] == [613]
    assert [v.value for v in figure(ledger, "killed", "women").values] == [106]


def test_figures_edited_number_inside_copied_passage() -> None:
    src = doc("src.txt", SOURCE + OWN_A, "2020-03-01")
    edit = doc("edit.txt", OWN_B + SOURCE.replace("487", "475"), "2020-03-02")
    claims = [make_claim(src, "wounded", 487, id="c1"), make_claim(edit, "wounded", 475, id="c2")]
    f = figure(build_ledger([src, edit], claims), "wounded")
    assert f.edited == (Edited(earlier="c1", later="c2"),)
    assert f.status == "conflict"


def test_figures_other_event_kept_apart_and_mapped() -> None:
    a = doc("a.txt", "The flood killed 31 people. The war had killed 20,000 citizens.", "2020-01-01")
    claims = [make_claim(a, "killed", 31, id="c1"),
              make_claim(a, "killed", 20000, id="c2", event="war", event_label="the war")]
    ledger = build_ledger([a], claims)
    main, war = ledger.events
    assert (main.id, main.main, war.id, war.main, war.label) == ("e1", True, "e2", False, "the war")
    assert [v.value for f in main.figures for v in f.values] == [31]
    assert claim_event_ids(ledger) == {"c1": "e1", "c2": "e2"}


def _toll(values_by_day: list[tuple[str, int]]) -> Figure:
    docs = [doc(f"r{n}.txt", f"The quake in the city of Adana on 6 February 2023 has killed {v} people, rescuers said.", day)
            for n, (day, v) in enumerate(values_by_day)]
    claims = [make_claim(d, "killed", v, near="killed") for d, (_, v) in zip(docs, values_by_day)]
    return figure(build_ledger(docs, claims), "killed")


@pytest.mark.parametrize(("reports", "expected"), [
    ([("2023-02-06", 1200), ("2023-02-07", 3400), ("2023-02-08", 5900)], "evolving"),
    ([("2023-02-07", 3400), ("2023-02-07", 3500)], "conflict"),
    ([("2023-02-07", 3400), ("2023-02-08", 3400)], "agree"),
    ([("2023-02-07", 3400)], "single"),
])
def test_figures_status_over_publication_days(reports: list[tuple[str, int]], expected: str) -> None:
    f = _toll(reports)
    assert f.status == expected
    assert f.policies["range"] == [min(v for _, v in reports), max(v for _, v in reports)]


def test_figures_weak_reuse_does_not_collapse_independence() -> None:
    line = "Officials said 487 people were injured and 31 people were killed as the water rose through the night."
    a = doc("a.txt", OWN_A + line, "2020-03-01")
    b = doc("b.txt", UNRELATED + line, "2020-03-02")
    ledger = build_ledger([a, b], [make_claim(a, "wounded", 487), make_claim(b, "wounded", 487)])
    assert [r.strength for r in ledger.reuse] == ["weak"]
    assert figure(ledger, "wounded").values[0].independent == 2


def test_figures_other_event_merged_across_documents() -> None:
    a = doc("a.txt", "The flood killed 31 people. The war had killed 20,000 citizens.", "2020-01-01")
    b = doc("b.txt", "Floods killed 31. During the war 20,000 died.", "2020-01-01")
    claims = [make_claim(d, "killed", 20000, event="war", event_label="the war") for d in (a, b)]
    ledger = build_ledger([a, b], claims)
    (war,) = [e for e in ledger.events if not e.main]
    assert war.documents == ("a.txt", "b.txt")
    assert [(f.status, f.values[0].documents) for f in war.figures] == [("agree", ("a.txt", "b.txt"))]


def test_figures_a_reports_earlier_value_is_listed_apart_and_makes_no_conflict() -> None:
    """"rose to 14 from 11": the report's earlier 11 is listed with the figure, not among its values, and neither
    its status nor its policies read it (another same-day report of 14 agrees)."""
    a = doc("a.txt", "The toll rose to 14 from 11 on Sunday.", "2024-03-16")
    b = doc("b.txt", "Fourteen people died, 14 in all.", "2024-03-16")
    claims = [make_claim(a, "killed", 14), make_claim(a, "killed", 11, earlier=True), make_claim(b, "killed", 14)]
    f = figure(build_ledger([a, b], claims), "killed")
    assert [(v.value, v.documents) for v in f.values] == [(14, ("a.txt", "b.txt"))]
    assert [(v.value, v.documents) for v in f.earlier] == [(11, ("a.txt",))]
    assert f.status == "agree" and f.policies["conservative"] == 14


def test_figures_only_earlier_values_are_the_figures_values() -> None:
    a = doc("a.txt", "Deaths were 389 in 2023.", "2024-03-16")
    f = figure(build_ledger([a], [make_claim(a, "killed", 389, earlier=True)]), "killed")
    assert [v.value for v in f.values] == [389] and f.earlier == ()


def test_figures_an_earlier_values_claim_has_its_events_id() -> None:
    a = doc("a.txt", "The toll rose to 14 from 11 on Sunday.", "2024-03-16")
    earlier = make_claim(a, "killed", 11, earlier=True)
    ledger = build_ledger([a], [make_claim(a, "killed", 14), earlier])
    assert claim_event_ids(ledger)[earlier.id] == "e1"
