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


# Letters a case-blind regex matches to an ASCII letter which str.lower() turns into something else.
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"})


def fold(text: str) -> str:
    """A case-blind match of a listed word as that list's (lower-case) key: "More Than" -> "more than", and also
    "ſome" (long s) or "Kılled" (dotless i), which `re.I` matches but `.lower()` alone would not find."""
    return text.translate(_FOLD).lower()
