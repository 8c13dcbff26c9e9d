"""Where a lexicon phrase or pattern trigger may begin in lower-cased text, found in one Aho-Corasick pass.

A regex that tries the lexicon's trie after every non-letter costs the engine a call at each space and
punctuation mark: about 40 µs for a 1.5 kB report, the framing stage's largest single cost. pyahocorasick's
automaton walks the text once in C and stops only where a term (or the beginning of one) ends.

Terms are written with single spaces and straight apostrophes, which the lexicon's regexes read as any run of
white space and any apostrophe (`lexicon.term_regex`). So the automaton holds each term as written, and also
each term's beginning up to a gap followed by every other way to fill that gap: another white-space character,
a second one after a space, "’" or "`". An occurrence with an unusual gap is found by the beginning that ends
at its first unusual gap, then checked with the lexicon's own regex. Every offset the regex scan finds is found
(tests/framing/test_starts.py compares the two on random texts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import ahocorasick

# The characters `\s` matches (str.isspace; tests/framing/test_starts.py checks the list against every code
# point), and the apostrophes a term's "'" also stands for.
SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
          "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPACES = tuple(SPACES)
_ODD_GAPS = tuple(c for c in _SPACES if c != " ") + tuple(" " + c for c in _SPACES) + ("’", "`")

_TERM = True  # automaton values: (length of the key, whether it is a whole term)
_BEGINNING = False


def automaton(terms: Iterable[str]) -> Any:
    """The automaton of `terms` (lower case, single spaces, straight apostrophes; none a prefix of another)."""
    found = ahocorasick.Automaton()
    terms = list(terms)
    for term in terms:
        found.add_word(term, (len(term), _TERM))
    for term in terms:
        for gap, ch in enumerate(term):
            if ch in " '" and gap:
                for odd in _ODD_GAPS:
                    key = term[:gap] + odd
                    if not found.exists(key):
                        found.add_word(key, (len(key), _BEGINNING))
    found.make_automaton()
    return found


def word_starts(found: Any, confirm: re.Pattern[str], lowered: str, start: int, end: int) -> list[int]:
    """Offsets in lowered[start:end] where a term may begin: `start` itself if it is 0, and every offset after a
    character that is not a-z where a term occurs in full (with any white space or apostrophes in its gaps).
    `confirm` is the lexicon's regex for that: a non-letter, then a lookahead over the terms."""
    out = [0] if start == 0 else []
    for last, (size, whole) in found.iter(lowered, start, end):
        at = last - size + 1
        if at == 0 or "a" <= lowered[at - 1] <= "z":
            continue
        if whole or confirm.match(lowered, at - 1, end) is not None:
            out.append(at)
    if len(out) > 1:
        out = sorted(set(out))
    return out
