"""Stable, unique, CSS-safe ids for documents, figures, values and claims."""

from __future__ import annotations

import re

import pytest

from claimledger.ledger.model import Event, Figure
from claimledger.outputs import anchors

SAFE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


@pytest.mark.parametrize("doc_id", ["apo-2025-0315", "02_courier.html", "a b/c.txt", "<script>", "ünï.txt", ""])
def test_anchors_doc_anchor_is_a_plain_css_id(doc_id: str) -> None:
    assert SAFE.match(anchors.doc_anchor(doc_id))
    assert anchors.doc_anchor(doc_id) == anchors.doc_anchor(doc_id)


def test_anchors_keep_safe_ids_readable_and_distinct_ids_distinct() -> None:
    assert anchors.doc_anchor("apo-2025-0315") == "doc-apo-2025-0315"
    assert len({anchors.doc_anchor(x) for x in ("a.b", "a-b", "a b", "a/b")}) == 4


def test_anchors_figure_ids_add_the_unit_only_when_measure_and_subgroup_repeat() -> None:
    figs = (Figure("duration", None, "hours", "single", (), {}), Figure("duration", None, "days", "single", (), {}),
            Figure("killed", "children", "people", "single", (), {}))
    event = Event("e1", "x", None, None, (), figs)
    assert anchors.figure_anchors(event) == {0: "fig-e1-duration-all-hours", 1: "fig-e1-duration-all-days",
                                              2: "fig-e1-killed-children"}
    assert anchors.value_anchor("fig-e1-killed-children", 0) == "val-e1-killed-children-1"
