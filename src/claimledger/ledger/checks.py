"""Consistency checks per event: parts within the whole, subsets stated as such, sums within a population."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Mapping, Sequence

from claimledger.claims.model import QUALIFIER_WORDS, Claim
from claimledger.ledger.model import Check, Figure, Value
from claimledger.ledger.policies import point
from claimledger.ledger.status import Interval, compatible, interval, measure_rules


def _num(c: Claim) -> float | int | None:
    return c.value if c.value is not None else c.low


def _name(measure: str, subgroup: str | None) -> str:
    return f"{measure} {subgroup}" if subgroup else measure


def _fmt(x: float | int) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def checks(claims: Sequence[Claim], figures: Sequence[Figure]) -> tuple[Check, ...]:
    """Every check the event's claims make possible, one per distinct set of numbers."""
    by_id = {c.id: c for c in claims}
    children: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.parent in by_id:
            children[c.parent].append(c)
    found = [*_parts(by_id, children), *_subsets(by_id, children)]
    pop = _population(figures)
    return tuple(found + ([pop] if pop else []) + _sources_in_one_report(claims))


def _sources_in_one_report(claims: Sequence[Claim]) -> list[Check]:
    """One report giving one figure from two named sources ("Police said 9 were arrested, while organisers put the
    number at 30"): whether their values agree. The figure's status counts reports, so a report that carries both
    sides of a dispute would otherwise read as one source."""
    by_figure: dict[tuple[str, str, str | None, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.attribution:
            by_figure[(c.document, c.measure, c.subgroup, c.unit)].append(c)
    out = []
    for (doc, measure, subgroup, _), said in by_figure.items():
        sources = {_source_key(c.attribution): c for c in reversed(said) if c.attribution}  # (the first of each)
        if len(sources) < 2:
            continue
        first = list(sources.values())
        ok = all(compatible(_span(a), _span(b)) for i, a in enumerate(first) for b in first[i + 1:])
        stated = " vs ".join(f"{c.attribution} {_said(c)}" for c in sorted(first, key=lambda c: c.start))
        out.append(Check(rule="sources_in_one_report_agree", ok=ok, detail=f"{_name(measure, subgroup)}: {stated}"
                         f" ({doc})", numbers={c.attribution or "": _num(c) for c in first},
                         claims=tuple(c.id for c in sorted(first, key=lambda c: c.start))))
    return out


_ARTICLE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:local\s+)?", re.I)


def _source_key(source: str) -> str:
    """A source as compared within one report: "police" and "the police" are one."""
    return _ARTICLE.sub("", " ".join(source.lower().split()))


def _span(c: Claim) -> Interval:
    return interval(c.value, c.low, c.high, c.qualifier)


def _said(c: Claim) -> str:
    """The value as stated: '9', 'about 800', 'more than 2000', '20-30', 'at least 200 (vague)'."""
    if c.qualifier == "range" and c.low is not None and c.high is not None:
        return f"{_fmt(c.low)}-{_fmt(c.high)}"
    if c.value is not None:
        return f"{QUALIFIER_WORDS.get(c.qualifier, '')} {_fmt(c.value)}".lstrip()
    return f"at least {_fmt(c.low)} (vague)" if c.low is not None else c.qualifier


def _merge(items: Mapping[tuple[object, ...], list[Check]]) -> list[Check]:
    """The same check made in several documents: one Check listing every claim."""
    out = []
    for group in items.values():
        first = group[0]
        ids = tuple(dict.fromkeys(i for ch in group for i in ch.claims))
        out.append(Check(rule=first.rule, ok=first.ok, detail=first.detail, numbers=first.numbers, claims=ids))
    return out


def _parts(by_id: Mapping[str, Claim], children: Mapping[str, list[Claim]]) -> list[Check]:
    """Subgroup parts of a whole ("613 killed, including 106 women, 63 children") sum to at most the whole."""
    found: dict[tuple[object, ...], list[Check]] = defaultdict(list)
    for pid, kids in children.items():
        whole = by_id[pid]
        parts = {k.subgroup: k for k in kids if k.measure == whole.measure and k.subgroup != whole.subgroup
                 and k.unit == whole.unit and _num(k) is not None}
        if not parts or _num(whole) is None:
            continue
        total = sum(_num(k) or 0 for k in parts.values())
        names = sorted(parts, key=lambda n: (n is not None, n or ""))  # a part with no subgroup first
        key = (whole.measure, whole.subgroup, _num(whole), tuple((n, _num(parts[n])) for n in names))
        label = f"{_name(whole.measure, ' + '.join(str(n) for n in names))} ({_fmt(total)})"
        found[key].append(Check(
            rule="parts_within_whole", ok=total <= (_num(whole) or 0),
            detail=f"{label} <= {_name(whole.measure, whole.subgroup)} ({_fmt(_num(whole) or 0)})",
            numbers={"parts": {str(n): _num(parts[n]) for n in names}, "sum": total, "whole": _num(whole)},
            claims=(whole.id, *(parts[n].id for n in names))))
    return _merge(found)


def _subsets(by_id: Mapping[str, Claim], children: Mapping[str, list[Claim]]) -> list[Check]:
    """A count stated as part of another measure ("150 of them are missing") is at most that count."""
    found: dict[tuple[object, ...], list[Check]] = defaultdict(list)
    for pid, kids in children.items():
        whole = by_id[pid]
        for k in kids:
            if k.measure == whole.measure or _num(k) is None or _num(whole) is None:
                continue
            key = (k.measure, k.subgroup, _num(k), whole.measure, whole.subgroup, _num(whole))
            found[key].append(Check(
                rule="subset_within_whole", ok=(_num(k) or 0) <= (_num(whole) or 0),
                detail=f"{_name(k.measure, k.subgroup)} ({_fmt(_num(k) or 0)}) <= "
                       f"{_name(whole.measure, whole.subgroup)} ({_fmt(_num(whole) or 0)}), stated as a subset",
                numbers={"part": _num(k), "whole": _num(whole)}, claims=(whole.id, k.id)))
    return _merge(found)


def _chosen(f: Figure) -> Value | None:
    """The value a check uses for a figure: most independent sources, then most documents."""
    numbered = [v for v in f.values if point(v) is not None]
    return max(numbered, key=lambda v: (v.independent, len(v.documents)), default=None)


def _population(figures: Sequence[Figure]) -> Check | None:
    """Killed + wounded + hostages (outcomes a person has at most one of) within the population present."""
    whole = {f.measure: f for f in figures if f.subgroup is None and f.unit == "people"}
    pop = whole.get("population")
    outcomes = [whole[m] for m in measure_rules()["population_outcomes"] if m in whole]
    if pop is None or len(outcomes) < 2:
        return None
    pv = max((v for v in pop.values if point(v) is not None), key=lambda v: point(v) or 0, default=None)
    used = [(f.measure, v) for f in outcomes if (v := _chosen(f)) is not None]
    if pv is None or len(used) < 2:
        return None
    total = sum(point(v) or 0 for _, v in used)
    cap = point(pv) or 0
    return Check(rule="sum_within_population", ok=total <= cap,
                 detail=f"{' + '.join(m for m, _ in used)} ({_fmt(total)}) <= population ({_fmt(cap)})",
                 numbers={"parts": {m: point(v) for m, v in used}, "sum": total, "population": cap},
                 claims=tuple(i for _, v in used for i in v.claims) + pv.claims)
