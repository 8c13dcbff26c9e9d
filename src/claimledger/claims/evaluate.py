"""Claims against a gold file (SPEC.md matching rule): per-measure counts, precision, recall and F1."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from claimledger.claims.model import Claim
from claimledger.documents.model import Document

__all__ = ["EvalReport", "Score", "evaluate", "evaluate_documents", "evaluate_gold_file", "gold_body_ends", "load_gold",
           "is_core"]

# A predicted claim is "core" when it is a figure about people of the document's main event: what
# happened to them (killed ... orphaned, rescued, trapped, infected) or how many were there
# (population). Percentages are not counts of people. Crowds (`attendees`) and helpers (volunteers,
# troops) are left out: in event reports they are reactions to the event, and the gold files mark
# them `core: false` (scope "aftermath").
CORE_MEASURES = frozenset({"killed", "wounded", "missing", "hostages", "arrested", "displaced", "affected",
                           "population", "families_destroyed", "orphaned", "rescued", "trapped", "infected",
                           "without_power"})


def is_core(claim: Claim) -> bool:
    return claim.event == "main" and claim.measure in CORE_MEASURES and claim.unit != "percent"


@dataclass(frozen=True)
class Score:
    matched_predicted: int
    predicted: int
    matched_gold: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return f"{name}: P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}"


@dataclass(frozen=True)
class EvalReport:
    """The outcome of one evaluation; `lines()` is what `claimledger evaluate` prints."""

    per_measure: tuple[tuple[str, int, int, int], ...]  # measure, gold, predicted, matched
    core: Score
    all: Score
    outside_body: int  # predicted claims lying in scraped page furniture
    other_event_in_main: int  # predicted claims in the main event matching gold figures of a war
    aftermath_in_main: int  # ... of any other scope ("aftermath", "earlier_flood"): informative
    missed: tuple[dict[str, Any], ...]
    spurious: tuple[Claim, ...]

    def lines(self) -> list[str]:
        out = [f"{'measure':<28} {'gold':>5} {'pred':>5} {'match':>5}"]
        out += [f"{m:<28} {g:>5} {p:>5} {k:>5}" for m, g, p, k in self.per_measure]
        out.append(f"claims outside document bodies: {self.outside_body}")
        out.append(f"war figures put in the main event: {self.other_event_in_main}")
        out.append(f"figures of other scopes (aftermath, other events) in the main event: {self.aftermath_in_main}")
        out.append(self.core.line("core"))
        out.append(self.all.line("all"))
        return out


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold claims of a JSON-lines file; a line that is not JSON raises ValueError naming the file's line."""
    out = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"line {number}: {exc.msg} (column {exc.colno})") from None
    return out


def _same_number(gold: Mapping[str, Any], claim: Claim) -> bool:
    """Same value; or, when the gold states no single value (vague plurals, ranges), same qualifier and low."""
    if gold.get("qualifier") == "vague" or gold.get("value") is None:
        return claim.qualifier == gold.get("qualifier") and claim.low == gold.get("low")
    return claim.value is not None and gold.get("value") is not None and float(claim.value) == float(gold["value"])


def _match(gold: list[dict[str, Any]], predicted: list[Claim]) -> dict[int, int]:
    """predicted index -> gold index; each gold claim is matched at most once, in text order."""
    free: dict[tuple[str, str, str | None], list[int]] = {}
    for g, item in enumerate(gold):
        free.setdefault((item["document"], item["measure"], item.get("subgroup")), []).append(g)
    pairs: dict[int, int] = {}
    for p, claim in enumerate(predicted):
        candidates = free.get((claim.document, claim.measure, claim.subgroup), [])
        for g in candidates:
            if _same_number(gold[g], claim):
                pairs[p] = g
                candidates.remove(g)
                break
    return pairs


def evaluate(gold: list[dict[str, Any]], predicted: Iterable[Claim],
             bodies: Mapping[str, tuple[int, int]] | None = None) -> EvalReport:
    """Score predicted claims against gold claims; `bodies` (document id -> body span) counts furniture claims."""
    preds = sorted(predicted, key=lambda c: (c.document, c.start))
    pairs = _match(gold, preds)
    core_pred = [p for p, c in enumerate(preds) if is_core(c)]
    core_gold = [g for g, item in enumerate(gold) if item.get("core")]
    core_pairs = {p: g for p, g in pairs.items() if is_core(preds[p]) and gold[g].get("core")}
    core = Score(len(core_pairs), len(core_pred), len(core_pairs), len(core_gold))
    everything = Score(len(pairs), len(preds), len(pairs), len(gold))
    matched_gold = set(pairs.values())
    return EvalReport(
        per_measure=_per_measure(gold, preds, pairs),
        core=core,
        all=everything,
        outside_body=_outside(preds, bodies or {}),
        other_event_in_main=sum(1 for p, g in pairs.items() if _is_war(gold[g]) and preds[p].event == "main"),
        aftermath_in_main=sum(1 for p, g in pairs.items() if gold[g].get("scope", "event") != "event"
                              and not _is_war(gold[g]) and preds[p].event == "main"),
        missed=tuple(item for g, item in enumerate(gold) if g not in matched_gold),
        spurious=tuple(c for p, c in enumerate(preds) if p not in pairs),
    )


def _is_war(item: dict[str, Any]) -> bool:
    """A gold figure of a war: scope "war", or a named one ("iran_iraq_war")."""
    return "war" in str(item.get("scope", "")).split("_")


def _per_measure(gold: list[dict[str, Any]], preds: list[Claim],
                 pairs: dict[int, int]) -> tuple[tuple[str, int, int, int], ...]:
    g = Counter(item["measure"] for item in gold)
    p = Counter(c.measure for c in preds)
    k = Counter(preds[i].measure for i in pairs)
    return tuple((m, g[m], p[m], k[m]) for m in sorted(set(g) | set(p)))


def _outside(preds: list[Claim], bodies: Mapping[str, tuple[int, int]]) -> int:
    count = 0
    for c in preds:
        span = bodies.get(c.document)
        if span is not None and not (span[0] <= c.start and c.end <= span[1]):
            count += 1
    return count


def gold_body_ends(claims_path: str | Path) -> dict[str, str]:
    """document id -> `body_ends_with` from the gold documents file beside a `*.claims.jsonl` (empty if none)."""
    path = Path(str(claims_path).replace(".claims.jsonl", ".documents.json"))
    if path == Path(claims_path) or not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v["body_ends_with"] for k, v in data.get("documents", {}).items() if v.get("body_ends_with")}


def _gold_bodies(docs: list[Document], ends: Mapping[str, str]) -> dict[str, tuple[int, int]]:
    bodies = {d.id: d.body for d in docs}
    for d in docs:
        marker = ends.get(d.id)
        at = d.text.find(marker) if marker else -1
        if marker and at >= 0:
            bodies[d.id] = (0, at + len(marker))
    return bodies


def evaluate_documents(gold: list[dict[str, Any]], documents: Iterable[Document],
                       body_ends: Mapping[str, str] | None = None) -> EvalReport:
    """Extract claims from `documents` (those the gold names) and score them.

    `body_ends` (document id -> the words the article body ends with, from the gold documents file)
    makes the furniture count independent of our own body detection.
    """
    from claimledger.claims.extract import extract_claims

    wanted = {item["document"] for item in gold}
    docs = [d for d in documents if d.id in wanted]
    claims = [c for d in docs for c in extract_claims(d)]
    return evaluate(gold, claims, _gold_bodies(docs, body_ends or {}))


def evaluate_gold_file(gold_path: str | Path, documents: Iterable[Document]) -> EvalReport:
    """What `claimledger evaluate --gold FILE --corpus DIR` prints: gold claims (and the gold documents file
    beside it, for body ends) against claims extracted from `documents`."""
    return evaluate_documents(load_gold(gold_path), documents, gold_body_ends(gold_path))
