"""Name-calling by shape: any capitalised group word right before a pejorative label ("<Group> occupiers")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from claimledger.framing.cues import Hit
from claimledger.framing.lexicon import lexicon, normalise, term_regex

TECHNIQUE = ("Name_Calling,Labeling",)
# The group word is judged by its shape only (a capitalised word or an acronym, optionally "pro-"/"anti-"),
# never by a list of peoples: swapping one group's name for another's cannot change what fires.
_POSSESSIVE = re.compile(r"['’`]s?$")
_GROUP_WORD = r"(?:(?:pro|anti)-)?(?-i:[A-Z][a-z'’`-]*[a-z]|[A-Z]{2,})(?:['’`]s?)?"


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, float], dict[str, float], frozenset[str]]:
    data: dict[str, Any] = lexicon()["groups"]
    labels = {normalise(k): float(v) for k, v in data["labels"].items()}
    adjectives = {normalise(k): float(v) for k, v in data["adjective_labels"].items()}
    generic = [normalise(w) for w in data["generic_nouns"]]
    regex = (rf"(?<![\w-])(?P<group>{_GROUP_WORD}(?:\s+{_GROUP_WORD}){{0,2}})\s+"
             rf"(?:(?P<adj>{_alt(adjectives)})\s+(?P<generic>{_alt(generic)})|(?P<label>{_alt(labels)}))(?![\w-])")
    return re.compile(regex, re.IGNORECASE), labels, adjectives, frozenset(data["not_group"])


def _alt(words: Any) -> str:
    return "(?:" + "|".join(term_regex(w) for w in sorted(words, key=len, reverse=True)) + ")"


def group_label_hits(text: str, ranges: Sequence[tuple[int, int]]) -> list[Hit]:
    """'<Group> <label>' and '<Group> <label adjective> <group noun>' spans inside the given ranges of text."""
    regex, labels, adjectives, not_group = _compiled()
    hits = []
    for m in (m for lo, hi in ranges for m in regex.finditer(text, lo, hi)):
        first = _group_start(m, not_group)
        if first is None:
            continue
        label = m.group("label") or m.group("adj")
        if label[0].isupper() and not label.lower().startswith("nazi"):
            continue  # "IHS Jane's Terrorism (and Insurgency Center)": a capitalised label is part of a name
        if m.group("label"):
            key = normalise(m.group("label"))
            score = labels[key]
        else:
            key = normalise(m.group("adj")) + " " + normalise(m.group("generic"))
            score = adjectives[normalise(m.group("adj"))]
        hits.append(Hit(first, m.end(), TECHNIQUE, score, f"group_label:{key}"))
    return hits


def _group_start(m: re.Match[str], not_group: frozenset[str]) -> int | None:
    """Where the group words start once leading function words ("The", "In", "Many") are dropped."""
    offset = m.start("group")
    for word in re.finditer(r"\S+", m.group("group")):
        bare = _POSSESSIVE.sub("", word.group())
        if word.group() not in not_group and bare not in not_group:
            return offset + word.start()
    return None
