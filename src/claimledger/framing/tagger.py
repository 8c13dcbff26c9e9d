"""The framing tagger: Document -> Spans of loaded wording, each with techniques, confidence and cue."""

from __future__ import annotations

from typing import Final
from collections.abc import Iterable

from claimledger.documents.model import Document
from claimledger.documents.sentences import Sentence, split
from claimledger.framing import literals
from claimledger.framing.cues import Hit, lower, pattern_hits, phrase_hits, windows, word_starts
from claimledger.framing.groups import group_label_hits
from claimledger.framing.lexicon import FRAMING_VERSION, GROUPS
from claimledger.framing.model import TECHNIQUES, Span
from claimledger.framing.repetition import repetition_hits
from claimledger.framing.shapes import exclaimed_slogans, question_hits, quotes, slogan_hits

__all__ = ["FRAMING_VERSION", "tag_document", "tag_document_sentences", "tag_text"]

_ORDER: Final = {name: i for i, name in enumerate(TECHNIQUES)}


def tag_document(doc: Document) -> list[Span]:
    """Framing spans inside the document body, offsets into `doc.text`, sorted by position."""
    return tag_document_sentences(doc)[0]


def tag_document_sentences(doc: Document) -> tuple[list[Span], list[Sentence]]:
    """tag_document's spans with the body's sentences it split (document_score counts the same ones)."""
    start, end = doc.body
    sentences = split(doc.text, start, end)
    return _tag(doc.text, doc.id, start, end, sentences), sentences


def tag_text(text: str, document: str = "", start: int = 0, end: int | None = None) -> list[Span]:
    """Framing spans of text[start:end] (offsets into `text`)."""
    stop = len(text) if end is None else end
    return _tag(text, document, start, stop, split(text, start, stop))


def _tag(text: str, document: str, start: int, stop: int, sentences: list[Sentence]) -> list[Span]:
    """Framing spans of text[start:stop], whose sentences are given."""
    found = quotes(text, start, stop)
    lowered = lower(text)
    at = word_starts(lowered, start, stop) if lowered is not None else []
    ranges = windows(lowered, sentences, start, stop, at)
    hits = phrase_hits(text, lowered, start, stop, at)
    plain = lowered if literals.plain(lowered) else None  # may stand for the text in case-blind tests
    if ranges:
        hits += pattern_hits(text, ranges, lowered) + group_label_hits(text, ranges.get(GROUPS, []))
    hits += slogan_hits(text, sentences, found, plain) + question_hits(text, sentences, plain)
    hits += exclaimed_slogans(text, sentences, hits)
    if hits:
        hits = _drop_nested(_merge(hits))
    repeated = repetition_hits(text, lowered, start, stop, hits, found) if hits or found else []
    if repeated:  # (without, merging again would change nothing: hits are merged and sorted already)
        hits = _merge(hits + repeated)
    return [Span(document, h.start, h.end, text[h.start:h.end], h.techniques, round(h.score, 3), h.cue)
            for h in hits]


def _merge(hits: Iterable[Hit]) -> list[Hit]:
    """One hit per (start, end): techniques united, the highest confidence, every cue named."""
    by_place: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        by_place.setdefault((hit.start, hit.end), []).append(hit)
    merged = []
    for (start, end), group in sorted(by_place.items()):
        techniques = sorted({t for h in group for t in h.techniques}, key=_ORDER.__getitem__)
        cues = "; ".join(sorted({h.cue for h in group}))
        merged.append(Hit(start, end, tuple(techniques), max(h.score for h in group), cues))
    return merged


def _drop_nested(hits: list[Hit]) -> list[Hit]:
    """Drop a hit inside a longer one that already carries all its techniques ("heinous" in "heinous plans")."""
    ordered = sorted(hits, key=lambda h: (h.start, -h.end))
    keep: list[Hit] = []
    open_: list[Hit] = []
    for hit in ordered:
        open_ = [o for o in open_ if o.end > hit.start]
        if any(o.end >= hit.end and set(hit.techniques) <= set(o.techniques) for o in open_):
            continue
        keep.append(hit)
        open_.append(hit)
    return sorted(keep, key=lambda h: (h.start, h.end))
