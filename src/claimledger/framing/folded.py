"""A case-insensitive regex as a case-sensitive one over the lower-cased text: the same matches, found faster.

Python's engine skips alternatives by their first character, and skips ahead to a pattern's first
characters, only for case-sensitive literals: under re.IGNORECASE an alternation of words tries every word
at every position. Over a text lower-cased without changing its length, and holding no "ı" or "ſ" (see
literals.plain), a case-insensitive regex whose literals are lower case (or caseless) matches exactly where
the same regex matches case-sensitively: checked character by character over all of Unicode for the
constructs allowed here (lower-case ASCII letters, a-z ranges, caseless characters, classes \\w \\s \\d).
Anything else (capitals, inline flags, back-references, other letters) keeps the original regex.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python's own regex parser (private, present since 3.11): without it, every regex simply runs as is
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    C = _parser = None

_NESTED = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT} if C else set()
_PLAIN = {C.ANY, C.AT, C.CATEGORY} if C else set()


def folded(regex: str, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """`regex` compiled case-sensitively, to run on the lower-cased text; None if that could match
    differently (the caller then runs the case-insensitive original on the text)."""
    if not flags & re.IGNORECASE or _parser is None:
        return None
    try:
        tree = _parser.parse(regex, flags)
        compiled = re.compile(regex, flags & ~re.IGNORECASE)
    except Exception:  # a regex this parser reads differently: keep the original
        return None
    if compiled.flags & re.IGNORECASE or not _items(list(tree)):
        return None
    return compiled


def _items(items: list[tuple[Any, Any]]) -> bool:
    return all(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> bool:
    if op in (C.LITERAL, C.NOT_LITERAL):
        return _char(av)
    if op is C.IN:
        return all(_member(o, a) for o, a in av)
    if op in _PLAIN:
        return True
    if op is C.SUBPATTERN:
        return not av[1] and not av[2] and _items(list(av[3]))  # no inline flags
    if op in _NESTED:
        return _items(list(av[2]))
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _items(list(av[1]))
    if op is C.ATOMIC_GROUP:
        return _items(list(av))
    if op is C.BRANCH:
        return all(_items(list(b)) for b in av[1])
    return False  # back-references, conditionals ...


def _member(op: Any, av: Any) -> bool:
    if op is C.LITERAL:
        return _char(av)
    if op is C.RANGE:
        lo, hi = av
        return ord("a") <= lo <= hi <= ord("z") or all(_caseless(chr(c)) for c in range(lo, hi + 1))
    return op in (C.NEGATE, C.CATEGORY)


def _char(code: int) -> bool:
    ch = chr(code)
    return (ch.isascii() and ch == ch.lower()) or (not ch.isalpha() and _caseless(ch))


def _caseless(ch: str) -> bool:
    return ch == ch.lower() == ch.upper() and not ch.isalpha()
