"""schema.org Claim JSON-LD: one Claim per figure value, appearances, stable @id, never a rating."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from claimledger.outputs import render_ledger

from .conftest import Corpus


def _graph(corpus: Corpus, with_claims: bool = True) -> list[dict]:  # type: ignore[type-arg]
    data = json.loads(render_ledger(corpus.ledger, "jsonld", claims=corpus.claims if with_claims else None))
    assert data["@context"] == "https://schema.org"
    return data["@graph"]  # type: ignore[no-any-return]


def test_jsonld_one_claim_per_figure_value_with_appearances(small: Corpus) -> None:
    graph = _graph(small)
    assert len(graph) == sum(len(f.values) for e in small.ledger.events for f in e.figures)
    assert {c["@type"] for c in graph} == {"Claim"}
    wounded = next(c for c in graph if c["name"].endswith("Wounded: 487"))
    assert wounded["about"]["name"] == "Port Elwin, 2024-05-01"
    assert [a["identifier"] for a in wounded["appearance"]] == ["a.txt", "b.txt", "d.txt"]
    first = wounded["appearance"][0]
    assert first["datePublished"] == "2024-05-01" and first["publisher"]["name"] == "Harbour Gazette"
    assert first["text"] == "Officials said 487 people were injured and at least 161 passengers were rescued."
    assert wounded["firstAppearance"]["identifier"] == "a.txt"


def test_jsonld_never_rates(small: Corpus) -> None:
    text = render_ledger(small.ledger, "jsonld", claims=small.claims)
    for word in ("reviewRating", "ClaimReview", "claimInterpreter", "ratingValue", "alternateName"):
        assert word not in text


def test_jsonld_ids_are_stable_and_distinct(small: Corpus) -> None:
    ids = [c["@id"] for c in _graph(small)]
    assert all(re.fullmatch(r"urn:claimledger:claim:[0-9a-f]{16}", i) for i in ids)
    assert len(set(ids)) == len(ids)
    assert ids == [c["@id"] for c in _graph(small, with_claims=False)]
    # the same claims under another event id and other documents keep their ids
    renamed = replace(small.ledger, events=tuple(replace(e, id=f"x{e.id}", documents=()) for e in small.ledger.events))
    assert ids == [c["@id"] for c in _graph(replace(small, ledger=renamed))]


def test_jsonld_id_changes_with_the_claimed_value(small: Corpus) -> None:
    e = small.ledger.events[0]
    f = e.figures[0]
    changed = replace(f, values=(replace(f.values[0], value=488),) + f.values[1:])
    ledger = replace(small.ledger, events=(replace(e, figures=(changed,) + e.figures[1:]),) + small.ledger.events[1:])
    before, after = _graph(small)[0]["@id"], _graph(replace(small, ledger=ledger))[0]["@id"]
    assert before != after


def test_jsonld_links_only_web_sources(hostile: Corpus) -> None:
    graph = _graph(hostile)
    urls = [a.get("url") for c in graph for a in c["appearance"]]
    assert all(u is None for u in urls)  # file paths and javascript: sources are never given as urls
    hostile_claim = next(c for c in graph if c["appearance"][0]["identifier"] == hostile.extra["doc_id"])
    assert hostile_claim["appearance"][0]["publisher"]["name"].startswith("<script>")
