"""render_ledger: the JSON shape of SPEC.md, and a usage error for an unknown format."""

from __future__ import annotations

import json

import pytest

from claimledger.errors import UsageError
from claimledger.outputs import LEDGER_FORMATS, render_ledger

from .conftest import Corpus

# Field names SPEC.md ("Ledger") fixes; extra fields are allowed, these may not be renamed.
SPEC_DOCUMENT = {"id", "title", "published", "published_precision", "outlet", "language", "body"}
SPEC_EVENT = {"id", "label", "place", "date", "documents", "figures", "checks"}
SPEC_FIGURE = {"measure", "subgroup", "unit", "status", "values", "policies", "edited"}
SPEC_VALUE = {"value", "low", "high", "qualifier", "documents", "independent", "claims"}
SPEC_POLICIES = {"range", "conservative", "independent_majority", "latest"}
SPEC_CHECK = {"rule", "ok", "detail"}
SPEC_REUSE = {"earlier", "later", "score", "passages"}


def test_render_ledger_json_has_every_spec_field(small: Corpus) -> None:
    data = json.loads(render_ledger(small.ledger, "json"))
    assert {"documents", "events", "reuse"} <= set(data)
    assert all(SPEC_DOCUMENT <= set(d) for d in data["documents"])
    assert data["documents"][0]["body"] == [27, len(small.documents[0].text)]
    for e in data["events"]:
        assert SPEC_EVENT <= set(e)
        for f in e["figures"]:
            assert SPEC_FIGURE <= set(f) and SPEC_POLICIES <= set(f["policies"])
            assert all(SPEC_VALUE <= set(v) for v in f["values"])
        assert all(SPEC_CHECK <= set(c) for c in e["checks"])
    assert all(SPEC_REUSE <= set(r) for r in data["reuse"])
    passage = data["reuse"][0]["passages"][0]
    assert set(passage) == {"earlier", "later"} and all(len(passage[k]) == 2 for k in passage)


def test_render_ledger_json_keeps_values_and_edits(small: Corpus) -> None:
    wounded = json.loads(render_ledger(small.ledger, "json"))["events"][0]["figures"][0]
    assert wounded["status"] == "conflict"
    assert [(v["value"], v["documents"], v["independent"]) for v in wounded["values"]] == [
        (487, ["a.txt", "b.txt", "d.txt"], 2), (475, ["c.txt"], 1)]
    assert wounded["policies"]["range"] == [475, 487]
    assert wounded["edited"] == [{"earlier": "c2", "later": "c9"}]


@pytest.mark.parametrize("fmt", LEDGER_FORMATS)
def test_render_ledger_every_format_renders_text(small: Corpus, fmt: str) -> None:
    out = render_ledger(small.ledger, fmt)
    assert isinstance(out, str) and "475" in out


@pytest.mark.parametrize("fmt", ["xml", "table", "", "JSON"])
def test_render_ledger_unknown_format_is_a_usage_error(small: Corpus, fmt: str) -> None:
    with pytest.raises(UsageError, match="unknown ledger format"):
        render_ledger(small.ledger, fmt)
