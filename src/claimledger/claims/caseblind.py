"""Case folding that lets the claims stage's case-blind patterns run as faster case-sensitive ones."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from claimledger.vocabulary import LOWER_MISREADS

try:  # Python's own regex parser (private, present since 3.11): without it, patterns run as written
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    C = _parser = None

# Characters str.lower() does not fold as a case-blind regex reads them: "İ" lower-cases to two characters
# (offsets would move), "ı" and "ſ" match "i" and "s" only case-blindly. A text holding one is searched with the
# case-blind patterns themselves. (Checked over every code point, for ASCII letters, \w, \d and \s.)
_FOLD_EXCEPTIONS: Final = tuple(LOWER_MISREADS)
_folded_last: tuple[tuple[str, str | None], ...] = (("", ""), ("", ""))


def folded(text: str) -> str | None:
    """`text` lower-cased, character for character (None if it holds a fold exception); the last two texts
    asked about are remembered, so a document and its current sentence are folded once each."""
    global _folded_last
    first, second = _folded_last
    if first[0] is text:
        return first[1]
    if second[0] is text:
        _folded_last = (second, first)
        return second[1]
    low = None if any(ch in text for ch in _FOLD_EXCEPTIONS) else text.lower()
    _folded_last = ((text, low), first)
    return low


# Escapes that never stand for a letter: classes, anchors, white space (escaped punctuation is fine too).
_SAFE_ESCAPES: Final = frozenset("sSwWdDbBAZntrfv")
# Inline flags would change what the lower-cased copy means ("(?-i:War)" turns case-sensitive).
_INLINE_FLAG: Final = re.compile(r"\(\?[aiLmsux-]")


def _lower_source(pattern: str) -> str:
    """A pattern's letters lower-cased, but not its escapes (\\S, \\W, \\B) or group names.

    Raises ValueError for what lower-casing the source cannot keep equal to the case-blind pattern: a
    non-ASCII letter, an escape that may stand for a letter ("\\x41", "\\N{...}", "\\101", back-references),
    inline flags, or a class range from a capital to a small letter ("[A-z]" also holds "_")."""
    if _INLINE_FLAG.search(pattern):
        raise ValueError("case-blind pattern with inline flags")
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            escaped = pattern[i + 1:i + 2]
            if escaped.isalnum() and escaped not in _SAFE_ESCAPES:
                raise ValueError(f"case-blind pattern with an escape that may stand for a letter: \\{escaped}")
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if not in_class and pattern.startswith(("(?P<", "(?P="), i):
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if not ch.isascii() and ch.lower() != ch.upper():
            raise ValueError(f"case-blind pattern with a non-ASCII letter: {ch!r}")
        if in_class and ch == "-" and pattern[i - 1:i].isalpha() and pattern[i + 1:i + 2].isalpha() \
                and pattern[i - 1].isupper() != pattern[i + 1].isupper():
            raise ValueError(f"case-blind class range across cases: {pattern[i - 1:i + 2]}")
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if pattern.startswith("^", i + 1):  # "[^]...]" and "[]...]": a first "]" is a member
                out.append("^")
                i += 1
            if pattern.startswith("]", i + 1):
                out.append("]")
                i += 1
            i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        out.append(ch.lower())
        i += 1
    return "".join(out)


class CaseBlind:
    """A case-blind (re.I) pattern. Over a folded text it runs as the same pattern lower-cased and compiled
    case-sensitively, which Python's engine matches 2-3 times faster (alternations skip on their first
    letter); matches have the same offsets, but their groups hold the folded text's letters."""

    __slots__ = ("_blind", "fast", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._blind: re.Pattern[str] | None = None  # compiled on first need: few texts hold a fold exception
        self.fast = re.compile(_guarded(_lower_source(pattern), flags & ~re.I), flags & ~re.I)

    @property
    def blind(self) -> re.Pattern[str]:
        """The pattern as written, case-blind: for texts that lower-casing would misread."""
        if self._blind is None:
            self._blind = re.compile(self.pattern, self.flags | re.I)
        return self._blind

    # Each method reads the last folded text itself before asking folded(): they run for every cue of every number.
    def search(self, text: str, pos: int = 0, endpos: int = 2 ** 62) -> re.Match[str] | None:
        last = _folded_last[0]
        low = last[1] if last[0] is text else folded(text)
        return self.blind.search(text, pos, endpos) if low is None else self.fast.search(low, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = 2 ** 62) -> re.Match[str] | None:
        last = _folded_last[0]
        low = last[1] if last[0] is text else folded(text)
        return self.blind.match(text, pos, endpos) if low is None else self.fast.match(low, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2 ** 62) -> Iterator[re.Match[str]]:
        last = _folded_last[0]
        low = last[1] if last[0] is text else folded(text)
        return self.blind.finditer(text, pos, endpos) if low is None else self.fast.finditer(low, pos, endpos)


def first_letters(pattern: str) -> frozenset[str] | None:
    """The characters (lower case) a match of the case-blind `pattern` can start with, when they are single letters
    or escaped punctuation; None when that cannot be told or the pattern can match empty."""
    if _parser is None:
        return None
    try:
        got = _first_of(list(_parser.parse(_lower_source(pattern), 0)))
    except Exception:  # a pattern this parser reads differently
        return None
    if got is None or got[1]:
        return None
    out = set()
    for member in got[0]:
        if len(member) == 1 and member.isalpha():
            out.add(member)
        elif len(member) == 2 and member[0] == "\\" and not member[1].isalnum():
            out.add(member[1])
        else:
            return None  # a class or a range
    return frozenset(out)


def _guarded(source: str, flags: int) -> str:
    """`source` with a lookahead for the characters a match can start with, when it starts with a zero-width
    test (`\\b`, a lookbehind): the engine then has no first characters to skip to and runs the whole pattern at
    every word edge; `(?=[...])` fails at once where no match can start. The same matches: every match consumes
    one of those characters first."""
    if _parser is None:
        return source
    try:
        items = list(_parser.parse(source, flags))
    except Exception:  # a pattern this parser reads differently: as written
        return source
    op, av = items[0] if items else (None, None)
    if not (op is C.AT and av is C.AT_BOUNDARY) and op not in (C.ASSERT, C.ASSERT_NOT):
        return source  # a first character or class the engine skips to already, or an anchor
    first = _first_of(items)
    if first is None or first[1]:
        return source
    return f"(?=[{''.join(sorted(first[0]))}])" + source


def _first_of(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The class members (regex syntax) a match of this sequence can start with, and whether it can be empty;
    None if that cannot be told."""
    out: set[str] = set()
    for op, av in items:
        got = _first_item(op, av)
        if got is None:
            return None
        out |= got[0]
        if not got[1]:
            return out, False
    return out, True


_CATEGORIES: Final = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                      "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _first_item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    if op is C.LITERAL:
        return {re.escape(chr(av))}, False
    if op is C.IN:
        members: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                members.add(re.escape(chr(a)))
            elif o is C.RANGE:
                members.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif o is C.CATEGORY and str(a) in _CATEGORIES:
                members.add(_CATEGORIES[str(a)])
            else:
                return None  # a negated class ...
        return members, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero-width
    if op is C.SUBPATTERN:
        return _first_of(list(av[3]))
    if op is C.ATOMIC_GROUP:
        return _first_of(list(av))
    if op is C.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in av[1]:
            got = _first_of(list(branch))
            if got is None:
                return None
            out |= got[0]
            empty = empty or got[1]
        return out, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        got = _first_of(list(av[2]))
        return None if got is None else (got[0], got[1] or av[0] == 0)
    return None  # any character, a back-reference ...: no test
