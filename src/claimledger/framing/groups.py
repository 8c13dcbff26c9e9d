"""Name-calling by shape: any capitalised group word right before a pejorative label ("<Group> occupiers")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Final

from claimledger.framing.cues import Hit
from claimledger.framing.lexicon import ARTICLES, UPPER, lexicon, normalise, term_regex
from claimledger.vocabulary import CASE_BLIND_EXTRAS, trie_regex

TECHNIQUE: Final = ("Name_Calling,Labeling",)
# Group words before a label, at most: any name of a people, party or movement, twice over.
MAX_GROUP_WORDS: Final = 12
# The group word is judged by its shape only (a capitalised word or an acronym, optionally "pro-"/"anti-"),
# never by a list of peoples: swapping one group's name for another's cannot change what fires.
_POSSESSIVE: Final = re.compile(r"['’`]s?$")
# The labels are matched regardless of case. Each letter is written as the class of what re.IGNORECASE
# lets it match (its two cases, and for i, s and k one or two more, tests/framing/test_groups.py checks
# which): the same matches, but Python's engine then skips the alternatives of a word list by their first
# letter instead of trying every word at every position.
_MORE_CASES: Final = CASE_BLIND_EXTRAS


def _caseless(term: str) -> str:
    """term_regex(term) spelled case-sensitively, matching what it matches under re.IGNORECASE."""
    return "".join(_caseless_char(ch) for ch in term)


def _caseless_char(ch: str) -> str:
    if ch.isascii() and ch.isalpha():
        return "[" + ch.lower() + ch.upper() + _MORE_CASES.get(ch.lower(), "") + "]"
    return term_regex(ch) if ch.isascii() else "(?i:" + term_regex(ch) + ")"


# A group word: a capital letter (any Latin, Greek or Cyrillic one) then letters, digits, hyphens or
# apostrophes, ending in a letter or digit ("Serbs", "FDLR", "M23", "KwaZulu", "Greek-Cypriot", "Québécois"),
# optionally after "pro-"/"anti-" or an Arabic article ("al-Shabaab", "ash-Sham") in any case (the empty last
# alternative is what `(?:...)?` means, tried after the others, only cheaper), possibly possessive. Every way
# of spelling a name is one shape, so that swapping one name for another never changes what fires.
_CAPITAL: Final = rf"(?>[{UPPER}][\w'’`-]*[^\W_])"
_OWNER: Final = rf"(?:['’`]{_caseless('s')}?)?"
_SIDE: Final = "|".join(_caseless(p) for p in ("pro-", "anti-"))
_ARTICLE: Final = "|".join(_caseless(p) for p in ARTICLES)
_NAME: Final = rf"(?>(?:{_ARTICLE}|){_CAPITAL})"  # ("al-Shabaab", "Hezbollah")
_GROUP_WORD: Final = rf"(?>(?:{_SIDE}|){_NAME}{_OWNER})"
# The first group word, the same alternatives, written to start with one character class (which lets the
# engine skip to candidates) and the look-behind after it: its first letter is taken, then each alternative
# checks which letter it was.
_FIRST_GROUP_WORD: Final = (rf"[{UPPER}pae](?<![\w-].)(?:"
                            + "".join(rf"(?<=[{p[0]}{p[0].upper()}]){_caseless(p[1:])}{_NAME}|"
                                      for p in ("pro-", "anti-"))
                            + "".join(rf"(?<=[{p[0]}{p[0].upper()}]){_caseless(p[1:])}{_CAPITAL}|" for p in ARTICLES)
                            + rf"(?<=[{UPPER}])(?>[\w'’`-]*[^\W_]))")


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, float], dict[str, float], frozenset[str]]:
    data: dict[str, Any] = lexicon()["groups"]
    labels = {normalise(k): float(v) for k, v in data["labels"].items()}
    adjectives = {normalise(k): float(v) for k, v in data["adjective_labels"].items()}
    generic = [normalise(w) for w in data["generic_nouns"]]
    # (Up to MAX_GROUP_WORDS group words on one line: a name of two words, "Bosnian Croats", is as much a group as
    # "Kosovars". Each word is an atomic group: "Armenia's" is one word or a word and its "'s", and trying both
    # for every word of a long run of capitals would take time exponential in its length.)
    regex = (rf"(?P<group>(?>{_FIRST_GROUP_WORD}{_OWNER})(?:[^\S\n]+{_GROUP_WORD}){{0,{MAX_GROUP_WORDS - 1}}})\s+"
             rf"(?:(?P<adj>{_alt(adjectives)})\s+(?P<generic>{_alt(generic)})|(?P<label>{_alt(labels)}))(?![\w-])")
    return re.compile(regex), labels, adjectives, frozenset(data["not_group"])


def _alt(words: Any) -> str:
    """An alternation of `words` as a trie: at any place at most one word can match up to a word boundary, or
    several that are prefixes of one another, and the trie, like the longest-first list, tries longer first."""
    return "(?:" + trie_regex(words, _caseless_char) + ")"


def group_label_hits(text: str, ranges: Sequence[tuple[int, int]]) -> list[Hit]:
    """'<Group> <label>' and '<Group> <label adjective> <group noun>' spans inside the given ranges of text."""
    if not ranges:
        return []
    regex, labels, adjectives, not_group = _compiled()
    hits = []
    for lo, hi in ranges:
        for m in regex.finditer(text, lo, hi):
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
