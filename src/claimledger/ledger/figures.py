"""Figures of one event: claims grouped by measure, subgroup and unit, equal values merged, with
independence through strong reuse, edited figures in copied passages, status and policies."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from claimledger.claims.model import Claim
from claimledger.ledger.model import Edited, Figure, Reuse, Value
from claimledger.ledger.policies import policies
from claimledger.ledger.status import Observation, interval, status

# How far (characters) the same figure may drift between a copied passage and its source once both
# are measured from the passage start: light edits ("the" dropped, a name spelled out) move it a little.
EDIT_OFFSET_CHARS = 40

FigureKey = tuple[str, "str | None", str]
ValueKey = tuple[object, object, object, str]


def current(claims: Sequence[Claim]) -> list[Claim]:
    """The claims that give a figure's value as the report has it now (not an earlier one, "up from 11")."""
    return [c for c in claims if not c.earlier]


def figure_key(c: Claim) -> FigureKey:
    return (c.measure, c.subgroup, c.unit)


def value_key(c: Claim) -> ValueKey:
    return (c.value, c.low, c.high, c.qualifier)


def span(c: Claim) -> tuple[int, int]:
    """Where the number itself sits (falls back to the claim's text)."""
    return (c.number_start, c.number_end) if c.number_end > c.number_start else (c.start, c.end)


def _inside(pos: tuple[int, int], passage: tuple[int, int]) -> bool:
    return passage[0] <= pos[0] and pos[1] <= passage[1]


@dataclass(frozen=True)
class ReuseView:
    """Reuse pairs indexed for the figures: strong copies by (earlier, later), all pairs by later."""

    strong: Mapping[tuple[str, str], Reuse]
    by_later: Mapping[str, Sequence[Reuse]]

    @classmethod
    def of(cls, reuse: Iterable[Reuse]) -> ReuseView:
        strong: dict[tuple[str, str], Reuse] = {}
        by_later: dict[str, list[Reuse]] = defaultdict(list)
        for r in reuse:
            by_later[r.later].append(r)
            if r.strength == "strong":
                strong[(r.earlier, r.later)] = r
        return cls(strong, by_later)


def independent(claims: Sequence[Claim], view: ReuseView) -> int:
    """Documents stating a value, counting as one those linked by strong reuse of the claim's passage."""
    docs = sorted({c.document for c in claims})
    root = {d: d for d in docs}

    def find(d: str) -> str:
        while root[d] != d:
            root[d] = root[root[d]]
            d = root[d]
        return d

    by_doc = defaultdict(list)
    for c in claims:
        by_doc[c.document].append(c)
    for later in docs:
        for r in view.by_later.get(later, ()):
            if r.strength == "strong" and r.earlier in root and _copied(by_doc[later], r):
                root[find(later)] = find(r.earlier)
    return len({find(d) for d in docs})


def _copied(claims: Sequence[Claim], r: Reuse) -> bool:
    return any(_inside(span(c), p.later) for c in claims for p in r.passages)


def edited(event_claims: Sequence[Claim], by_doc: Mapping[str, Sequence[Claim]], view: ReuseView) -> dict[FigureKey, list[Edited]]:
    """Figures whose number differs between a copied passage and its source passage."""
    out: dict[FigureKey, list[Edited]] = defaultdict(list)
    for c in event_claims:
        for r in view.by_later.get(c.document, ()):
            for p in r.passages:
                if not _inside(span(c), p.later):
                    continue
                source = _source(c, p.later[0], p.earlier, by_doc.get(r.earlier, ()))
                if source is not None and source.value != c.value:
                    out[figure_key(c)].append(Edited(earlier=source.id, later=c.id))
    return out


def _source(c: Claim, later_start: int, earlier: tuple[int, int], candidates: Sequence[Claim]) -> Claim | None:
    rel = span(c)[0] - later_start
    near = [e for e in candidates if figure_key(e) == figure_key(c) and _inside(span(e), earlier)
            and abs((span(e)[0] - earlier[0]) - rel) <= EDIT_OFFSET_CHARS]
    return min(near, key=lambda e: abs((span(e)[0] - earlier[0]) - rel), default=None)


def build_figures(event_claims: Sequence[Claim], published: Mapping[str, str | None],
                  view: ReuseView, by_doc: Mapping[str, Sequence[Claim]]) -> tuple[Figure, ...]:
    """One Figure per (measure, subgroup, unit) of an event's claims."""
    groups: dict[FigureKey, list[Claim]] = defaultdict(list)
    for c in event_claims:
        groups[figure_key(c)].append(c)
    edits = edited(event_claims, by_doc, view)
    figures = [_figure(k, cs, published, view, edits.get(k, [])) for k, cs in groups.items()]
    return tuple(sorted(figures, key=lambda f: (f.measure, f.subgroup or "", f.unit)))


def _figure(key: FigureKey, claims: Sequence[Claim], published: Mapping[str, str | None],
            view: ReuseView, edits: Sequence[Edited]) -> Figure:
    now = current(claims)
    earlier = [c for c in claims if c.earlier] if now else []  # (only earlier values: they are the figure's)
    by_value = _by_value(now or claims)
    values = _values(by_value, view)
    obs = [Observation(interval(c.value, c.low, c.high, c.qualifier),
                       c.value if c.value is not None else c.low, published.get(c.document), c.document)
           for cs in by_value.values() for c in {c.document: c for c in cs}.values()]
    pol, rules = policies(values, published)
    return Figure(measure=key[0], subgroup=key[1], unit=key[2], status=status(key[0], obs), values=tuple(values),
                  policies=pol, policy_rules=rules, edited=tuple(dict.fromkeys(edits)),
                  earlier=tuple(_values(_by_value(earlier), view)))


def _by_value(claims: Sequence[Claim]) -> dict[ValueKey, list[Claim]]:
    by_value: dict[ValueKey, list[Claim]] = defaultdict(list)
    for c in claims:
        by_value[value_key(c)].append(c)
    return by_value


def _values(by_value: Mapping[ValueKey, Sequence[Claim]], view: ReuseView) -> list[Value]:
    """One Value per distinct value, the most reported first."""
    values = [_value(cs, view) for cs in by_value.values()]
    values.sort(key=lambda v: (-len(v.documents), -(v.value if v.value is not None else (v.low or 0))))
    return values


def _value(claims: Sequence[Claim], view: ReuseView) -> Value:
    c0 = claims[0]
    docs = tuple(dict.fromkeys(c.document for c in claims))
    return Value(value=c0.value, low=c0.low, high=c0.high, qualifier=c0.qualifier, documents=docs,
                 independent=independent(claims, view), claims=tuple(c.id for c in claims))
