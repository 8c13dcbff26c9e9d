"""The framing stage's vocabulary: loads `data/lexicon.json` once, checks its version, compiles its cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Final

from claimledger import vocabulary
from claimledger.framing import literals, starts
from claimledger.framing.folded import folded
from claimledger.framing.model import TECHNIQUES
from claimledger.vocabulary import fold, load_versioned

# Bump together with "version" in data/lexicon.json whenever a rule or a word list changes;
# stored with every extraction, so a ledger says which rules produced its framing spans.
FRAMING_VERSION = "framing-lexicon/2026.11.5"

_PLACEHOLDER = re.compile(r"@([A-Z_]+)@")


@dataclass(frozen=True)
class Cue:
    """What a lexicon entry says when it fires: its id, techniques and confidence."""

    id: str
    techniques: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class Pattern:
    cue: Cue
    regex: re.Pattern[str]
    needs: literals.Needs = ()  # strings one of which each match holds, tested before running the regex
    folded: re.Pattern[str] | None = None  # the same, case-sensitive, for the text lower-cased (folded.py)


@dataclass(frozen=True)
class Compiled:
    """Every cue of the lexicon, compiled once."""

    trie: str  # one trie-shaped regex over every literal phrase
    phrases_lower: re.Pattern[str]  # the trie, case-sensitive, for text already lower-cased
    phrase_cues: dict[str, tuple[Cue, ...]]  # normalised phrase -> cues
    capitalised: frozenset[str]  # normalised phrases the lexicon spells with a capital ("Nazis", "RINOs")
    patterns: tuple[Pattern, ...]
    triggers: re.Pattern[str]  # lower-case word beginnings without which a pattern (or the group labels) cannot match
    trigger_targets: dict[str, tuple[int, ...]]  # normalised trigger -> indexes into patterns; GROUPS = the labels
    data: dict[str, Any]
    # Where a phrase or a trigger may begin in lower-cased text, after a character that is not a-z: one
    # lookahead over both tries, which finds every offset where `phrases_lower` or `triggers` matches
    # (and a few more); `beginnings` finds the same offsets in one Aho-Corasick pass (starts.py), and
    # `starts` confirms those whose gaps hold unusual white space.
    starts: re.Pattern[str]
    beginnings: Any

    @cached_property
    def phrases(self) -> re.Pattern[str]:
        """The trie, any case: only for a text that lower-casing would lengthen (rare), so compiled when needed."""
        return re.compile(self.trie, re.IGNORECASE)


# The index a trigger of the group labels (groups.py) points at, beside the patterns' own indexes.
GROUPS = -1


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed lexicon (cached). Raises if the data file's version disagrees with FRAMING_VERSION."""
    return load_versioned("claimledger.framing", "data/lexicon.json", FRAMING_VERSION)


@lru_cache(maxsize=1)
def compiled() -> Compiled:
    """The lexicon's phrases and patterns as compiled regular expressions (cached)."""
    data = lexicon()
    cues: dict[str, list[Cue]] = {}
    for entry in data["phrases"]:
        cue = _cue(entry)
        for term in entry["terms"]:
            if cue not in cues.setdefault(normalise(term), []):
                cues[normalise(term)].append(cue)
    capitalised = frozenset(normalise(t) for e in data["phrases"] for t in e["terms"] if t != t.lower())
    trie = r"(?<![\w-])(?:" + trie_regex(cues) + r")(?![\w-])"
    classes = data["classes"]
    patterns = tuple(_pattern(p, expand(p["regex"], classes), _triggers(p, classes)) for p in data["patterns"])
    targets = _trigger_targets(data)
    shortest = _shortest([*cues, *targets])
    return Compiled(trie, re.compile(trie), {k: tuple(v) for k, v in cues.items()},
                    capitalised, patterns, re.compile(r"(?<![a-z])(?:" + trie_regex(targets) + ")"), targets, data,
                    re.compile(r"[^a-z](?=" + trie_regex(shortest) + ")"), starts.automaton(shortest))


def _shortest(terms: list[str]) -> list[str]:
    """The terms that have no other term as a prefix (a match of the longer one implies one of the shorter)."""
    out: list[str] = []
    for term in sorted(set(terms)):
        if not out or not term.startswith(out[-1]):
            out.append(term)
    return out


def _pattern(entry: dict[str, Any], regex: str, triggers: tuple[str, ...]) -> Pattern:
    """A pattern compiled, with the strings it needs beyond its triggers (which its ranges always hold)."""
    return Pattern(_cue(entry), re.compile(regex, re.IGNORECASE), literals.needs(regex, re.IGNORECASE, triggers),
                   folded(regex))


def _triggers(entry: dict[str, Any], classes: dict[str, list[str]]) -> tuple[str, ...]:
    """A pattern's trigger words, normalised, its @CLASS@ triggers spelled out."""
    words = [w for t in entry["triggers"] for w in (classes[t.strip("@")] if t.startswith("@") else [t])]
    return tuple(normalise(w) for w in words)


def _trigger_targets(data: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    targets: dict[str, set[int]] = {}
    for i, entry in enumerate(data["patterns"]):
        for word in _triggers(entry, data["classes"]):
            targets.setdefault(word, set()).add(i)
    groups = data["groups"]
    for word in list(groups["labels"]) + list(groups["adjective_labels"]):
        targets.setdefault(normalise(word), set()).add(GROUPS)
    return {k: tuple(sorted(v)) for k, v in targets.items()}


def _cue(entry: dict[str, Any]) -> Cue:
    unknown = set(entry["techniques"]) - set(TECHNIQUES)
    if unknown:
        raise RuntimeError(f"framing lexicon entry {entry['id']!r} names unknown techniques {sorted(unknown)}")
    return Cue(entry["id"], tuple(entry["techniques"]), float(entry["score"]))


def normalise(phrase: str) -> str:
    """Lower case, single spaces, straight apostrophes: the key a matched phrase is looked up by (letters a
    case-blind match reads as ASCII, like the long s in "ſeparatists", are folded to them too)."""
    # (str.split() splits at runs of the same white space as `\s+` and drops it at both ends.)
    return fold(" ".join(phrase.replace("’", "'").replace("`", "'").split()))


def term_regex(term: str) -> str:
    """A literal term as a regex: any run of white space between words, either apostrophe."""
    return "".join(r"\s+" if ch == " " else "['’`]" if ch == "'" else re.escape(ch) for ch in term)


# Where a pattern needs a name (a people, a place, a party): "@NAME@" stands for words shaped as a name (any
# number of them: "Bosnian Croats" as well as "Kosovars"), each a capital letter (any Latin, Greek or Cyrillic one) then letters, digits, hyphens or apostrophes, maybe
# after an Arabic article ("al-Shabaab"). One shape for every name, so that swapping one group's name for
# another's never changes what fires (the group-label rule reads the same shape, groups.py).
UPPER: Final = vocabulary.UPPER
ARTICLES: Final = vocabulary.NAME_ARTICLES
NAME_WORD: Final = (r"(?-i:(?>(?:" + "|".join(a for art in ARTICLES for a in (art, art.capitalize())) + rf")?"
                    rf"[{UPPER}][\w'’`-]*))")  # (atomic: one way to read each word, see groups.py)
NAME: Final = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,11}}"


def expand(regex: str, classes: dict[str, list[str]]) -> str:
    """Replace each @CLASS@ placeholder by an alternation of that word list, longest first (@NAME@ by NAME)."""
    def alternation(m: re.Match[str]) -> str:
        if m.group(1) == "NAME":
            return NAME
        words = sorted({normalise(w) for w in classes[m.group(1)]}, key=len, reverse=True)
        return "(?:" + "|".join(term_regex(w) for w in words) + ")"

    return _PLACEHOLDER.sub(alternation, regex)


def trie_regex(terms: Any) -> str:
    """One regex that matches any of `terms` (white space and apostrophes as `term_regex` reads them)."""
    return vocabulary.trie_regex(terms, term_regex)
