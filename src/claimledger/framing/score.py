"""Per-document framing score: the share of body sentences with framing, each weighted by its technique."""

from __future__ import annotations

from typing import Final
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from claimledger.documents.model import Document
from claimledger.documents.sentences import Sentence, split
from claimledger.framing.model import DocumentFraming, Span

# How much one framed sentence counts, by its heaviest technique (1.0 = a full framed sentence).
# Techniques that assert something about a side or a threat weigh most; those that are often a single
# emotive word, an idiom or a citation weigh less, because on their own they frame less of the sentence.
TECHNIQUE_WEIGHTS: Final[dict[str, float]] = {
    "Name_Calling,Labeling": 1.0,
    "Appeal_to_fear-prejudice": 1.0,
    "Reductio_ad_hitlerum": 1.0,
    "Slogans": 0.9,
    "Flag-Waving": 0.9,
    "Exaggeration,Minimisation": 0.8,
    "Black-and-White_Fallacy": 0.8,
    "Whataboutism,Straw_Men,Red_Herring": 0.8,
    "Causal_Oversimplification": 0.7,
    "Doubt": 0.7,
    "Bandwagon": 0.7,
    "Loaded_Language": 0.6,
    "Thought-terminating_Cliches": 0.6,
    "Appeal_to_Authority": 0.5,
    "Repetition": 0.5,
}


def document_score(
    doc: Document, spans: Sequence[Span], sentences: Sequence[Sentence] | None = None
) -> DocumentFraming:
    """Sum over body sentences of the heaviest technique weight among spans starting in it, over all sentences.

    `sentences` are the body's sentences when the caller already split them (tag_document_sentences).
    """
    if sentences is None:
        start, end = doc.body
        sentences = split(doc.text, start, end)
    weights = [0.0] * len(sentences)
    if spans:
        starts = [s.start for s in sentences]
        for span in spans:
            i = bisect_right(starts, span.start) - 1
            if 0 <= i < len(sentences) and span.start < sentences[i].end:
                weights[i] = max(weights[i], _weight(span.techniques))
    framed = len(weights) - weights.count(0.0)  # (weights are never negative)
    score = round(sum(weights) / len(sentences), 4) if sentences else 0.0
    return DocumentFraming(document=doc.id, score=score, sentences=len(sentences), framed_sentences=framed)


@lru_cache(maxsize=512)
def _weight(techniques: tuple[str, ...]) -> float:
    """The heaviest weight among a span's techniques."""
    return max(TECHNIQUE_WEIGHTS.get(t, 0.5) for t in techniques)
