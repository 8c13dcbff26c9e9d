"""The reconciled ledger: events, figures, values, reuse and checks (shape: SPEC.md "Ledger")."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("agree", "conflict", "evolving", "single")


@dataclass(frozen=True, slots=True)
class Value:
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    documents: tuple[str, ...]
    independent: int
    claims: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Edited:
    """A figure changed inside a copied passage: `later` restates `earlier`'s passage with another number."""

    earlier: str  # claim id
    later: str  # claim id


@dataclass(frozen=True, slots=True)
class Figure:
    measure: str
    subgroup: str | None
    unit: str
    status: str  # one of STATUSES
    values: tuple[Value, ...]
    policies: dict[str, Any]
    policy_rules: dict[str, str] = field(default_factory=dict)
    edited: tuple[Edited, ...] = ()
    # Values a report gives as the figure's earlier ones ("rose to 14 from 11": 11), beside a value of its own:
    # listed, but not in `values`, the status or the policies (a report does not disagree with itself).
    earlier: tuple[Value, ...] = ()


@dataclass(frozen=True, slots=True)
class Check:
    rule: str
    ok: bool
    detail: str
    numbers: dict[str, Any] = field(default_factory=dict)
    claims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DatedValue:
    date: str
    documents: tuple[str, ...]
    facts: tuple[str, ...]  # dated-fact ids


@dataclass(frozen=True, slots=True)
class DatedFigure:
    what: str
    status: str
    values: tuple[DatedValue, ...]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    label: str
    place: str | None
    date: str | None
    documents: tuple[str, ...]
    figures: tuple[Figure, ...]
    checks: tuple[Check, ...] = ()
    dated: tuple[DatedFigure, ...] = ()
    main: bool = True  # False for events only mentioned in passing (a wider war)


@dataclass(frozen=True, slots=True)
class Passage:
    earlier: tuple[int, int]
    later: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Reuse:
    earlier: str
    later: str
    score: float
    strength: str  # "strong" or "weak"
    passages: tuple[Passage, ...]
    direction_from: str = "published"  # how the direction was decided


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    title: str | None
    published: str | None
    published_precision: str | None
    outlet: str | None
    language: str | None
    body: tuple[int, int]
    framing: float | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Ledger:
    documents: tuple[DocumentInfo, ...]
    events: tuple[Event, ...]
    reuse: tuple[Reuse, ...]
    lexicon: str = ""

    def to_json(self) -> dict[str, Any]:
        return _clean(asdict(self))


def _clean(obj: Any) -> Any:
    """Tuples to lists, recursively, so the JSON shape is SPEC.md's."""
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    return obj
