"""Literal strings every match of a regex must contain: a cheap `str.find` test before running the regex."""

from __future__ import annotations

from typing import Any

from claimledger.vocabulary import LOWER_MISREADS

try:  # Python's own regex parser (private, present since 3.11): without it, every regex simply runs as is
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    C = _parser = None

# A needed string shorter than this is too common to be worth a test.
MIN_LENGTH = 3
# At most this many tests per regex (each is a set of strings, one of which must occur), of at most
# MAX_OPTIONS strings each (each string is one `str.find`).
MAX_TESTS = 2
MAX_OPTIONS = 24
# Under re.IGNORECASE "i" also matches "ı" and "İ", "s" also matches "ſ"; lower-casing maps "İ" to two
# characters (the caller then has no lower-cased text), but leaves "ı" and "ſ" alone: a text holding one of
# them is not tested (see `plain`).
ODD_CASE = tuple(ch for ch in LOWER_MISREADS if len(ch.lower()) == 1)  # "ı", "ſ"

Needs = tuple[tuple[str, ...], ...]  # every inner tuple: at least one of its strings occurs in any match


def needs(regex: str, flags: int = 0, present: tuple[str, ...] = ()) -> Needs:
    """Sets of lower-case strings of which any match of `regex` contains at least one each (in the text
    lower-cased), longest strings first; () when none can be told (the regex then always runs). A set that
    each of the `present` words holds (the words that made the caller look there) would test nothing."""
    if _parser is None:
        return ()
    try:
        tree = _parser.parse(regex, flags)
    except Exception:  # a regex this parser reads differently: no tests, same results
        return ()
    found = [s for s in _sequence(list(tree)) if min(map(len, s)) >= MIN_LENGTH and len(s) <= MAX_OPTIONS
             and not (present and all(any(o in word for o in s) for word in present))]
    found.sort(key=lambda s: (-min(map(len, s)), len(s)))
    return tuple(tuple(sorted(s)) for s in found[:MAX_TESTS])


def plain(lowered: str | None) -> bool:
    """Whether `lowered` (a text lower-cased without changing its length) can be tested for needed strings."""
    return lowered is not None and ODD_CASE[0] not in lowered and ODD_CASE[1] not in lowered


def holds(lowered: str, tests: Needs, lo: int, hi: int) -> bool:
    """Whether lowered[lo:hi] holds one string of every test (so the regex may match there)."""
    for options in tests:
        for option in options:
            if lowered.find(option, lo, hi) >= 0:
                break
        else:
            return False
    return True


def _sequence(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The tests a sequence of parsed items needs: its runs of literal characters and its items' own."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        out.extend(_item(op, av))
    if run:
        out.append(frozenset(["".join(run)]))
    return out


def _item(op: Any, av: Any) -> list[frozenset[str]]:
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _sequence(list(av[2])) if av[0] >= 1 else []
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            best = _best(_sequence(list(branch)))
            if best is None:
                return []
            union |= best
        return [frozenset(union)]
    return []  # a class, a look-around, an anchor ...: nothing certain


def _best(tests: list[frozenset[str]]) -> frozenset[str] | None:
    """The test whose shortest string is longest (then the one with fewest strings)."""
    return max(tests, key=lambda s: (min(map(len, s)), -len(s)), default=None)
