"""The values the claims stage hands downstream: one quantitative claim with its source span."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

QUALIFIERS = ("exact", "about", "at_least", "more_than", "up_to", "less_than", "range", "vague")
# How a reader says each bounded qualifier before its number ("about 2,000"; an exact number needs no word).
QUALIFIER_WORDS = {"exact": "", "about": "about", "at_least": "at least", "more_than": "more than", "up_to": "up to",
                   "less_than": "less than"}


@dataclass(frozen=True)
class Claim:
    """A figure a document states, normalised, with character offsets into the document's text.

    Field names and meanings follow SPEC.md ("Claim"). `id` and `parent` are
    per-document ids ("c1", "c2", ...) as the extractor returns them; the store
    renumbers them into corpus-wide ids.
    """

    id: str
    document: str
    measure: str
    subgroup: str | None
    unit: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    event: str  # "main" for the document's main event, else a slug such as "war" (store maps to e-ids)
    parent: str | None
    attribution: str | None
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int = 0
    number_start: int = 0  # offsets of the number itself, for highlighting
    number_end: int = 0
    event_label: str | None = None  # words that named the other event ("the war", "the 2004 tsunami")
    event_date: str | None = None  # when the text dates the claim's event (ISO, any precision)
    lexicon: str = ""  # version of the rules that produced the claim
    earlier: bool = False  # a value the report gives as the figure's earlier one ("rose to 14 from 11")

    def to_json(self) -> dict[str, Any]:
        # Every field is a plain value, so this equals dataclasses.asdict(self) at a fraction of the cost.
        return {name: getattr(self, name) for name in _CLAIM_FIELDS}


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


@dataclass(frozen=True)
class DatedFact:
    """"X happened in/on DATE": a dated happening other than the document's main event."""

    id: str
    document: str
    what: str  # normalised key, e.g. "justice for khojaly campaign launched"
    date: str  # ISO, any precision
    precision: str
    text: str
    start: int
    end: int
    sentence: str
