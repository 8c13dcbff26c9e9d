"""Versioned data files (lexicons, word lists) that ship inside the package, and word lists as fast regexes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from importlib import resources
from typing import Any


def load_versioned(package: str, name: str, version: str) -> dict[str, Any]:
    """The JSON file `name` of `package`; raises if its "version" is not the one the code was written for
    (a rule changed without its data, or the reverse). Callers cache the result."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    if data.get("version") != version:
        raise RuntimeError(f"{package}/{name}: version {data.get('version')!r}, expected {version!r}")
    return data


def trie_regex(words: Iterable[str], char_regex: Callable[[str], str] = re.escape) -> str:
    """One regex alternation of `words` factored by common prefixes (a character trie): much faster in
    Python's engine than a flat alternation of hundreds of words. `char_regex` writes one character."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(tree, char_regex)


def _node_regex(node: dict[str, Any], char_regex: Callable[[str], str]) -> str:
    branches = [char_regex(ch) + _node_regex(child, char_regex) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


# The letters other than "a"-"z" and "A"-"Z" that a case-blind (re.I) regex matches to an ASCII letter,
# checked over every code point: the dotted capital and dotless i, the long s and the Kelvin sign.
CASE_BLIND_EXTRAS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
# Those that str.lower() does not turn into their ASCII letter ("İ" even becomes two characters): over a text
# holding one, a lower-cased copy is not what a case-blind regex reads.
LOWER_MISREADS = "\u0130\u0131\u017f"
_FOLD = str.maketrans({ch: letter for letter, chars in CASE_BLIND_EXTRAS.items() for ch in chars})


def fold(text: str) -> str:
    """A case-blind match of a listed word as that list's (lower-case) key: "More Than" -> "more than", and also
    "ſome" (long s) or "Kılled" (dotless i), which `re.I` matches but `.lower()` alone would not find."""
    return text.translate(_FOLD).lower()


# How names are spelt, for every rule that reads a name by its shape (a sentence's start, a group word, a
# slogan's name): a capital letter, ASCII or any Latin, Greek or Cyrillic one ("Šabac", "Ørsted", "Élysée"),
# maybe after an Arabic article ("al-Shabaab", "ash-Sham"). One shape for every name, so that swapping one
# people's name for another's never changes what a rule does.
UPPER = "A-Z" + "".join(chr(c) for c in [*range(0xC0, 0x530), *range(0x1E00, 0x1F00)]  # (with "Ọ", "Ẓ": Yoruba,
                        if chr(c).isupper() and chr(c).isalpha() and len(chr(c).lower()) == 1)  # Vietnamese ...)
NAME_ARTICLES = ("al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-")
