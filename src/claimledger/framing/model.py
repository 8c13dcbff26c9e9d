"""The values the framing stage hands downstream: a span of loaded wording with its techniques."""

from __future__ import annotations

from dataclasses import dataclass

# SemEval-2020 Task 11 technique names, spelled as the task spells them.
TECHNIQUES = (
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Exaggeration,Minimisation",
    "Slogans",
    "Flag-Waving",
    "Appeal_to_fear-prejudice",
    "Reductio_ad_hitlerum",
    "Repetition",
    "Causal_Oversimplification",
    "Doubt",
    "Appeal_to_Authority",
    "Black-and-White_Fallacy",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon",
)


@dataclass(frozen=True)
class Span:
    """A framing span: character offsets into the document's original text."""

    document: str
    start: int
    end: int
    text: str
    techniques: tuple[str, ...]
    score: float  # confidence in [0, 1]
    cue: str  # the lexicon entry or pattern that fired


@dataclass(frozen=True)
class DocumentFraming:
    """Per-document summary: share of body sentences with framing, weighted by technique."""

    document: str
    score: float
    sentences: int
    framed_sentences: int


@dataclass(frozen=True)
class RepeatedPhrase:
    """A framing phrase (slogan, label ...) repeated across the corpus: which documents use it, how often."""

    phrase: str  # normalised: lower case, single spaces, no surrounding quotes or "!"
    documents: tuple[str, ...]  # sorted document ids
    count: int  # occurrences in all documents together
    techniques: tuple[str, ...] = ()  # techniques seen on its spans
