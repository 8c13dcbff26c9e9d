"""Find numbers in English news text and normalise them: digits, words, scales, vague plurals, qualifiers, ranges."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any, Final, NamedTuple

from claimledger.claims.caseblind import folded
from claimledger.claims.lexicon import lexicon
from claimledger.vocabulary import fold, trie_regex

UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0, "naught": 0,
}
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: Final = {"dozen": 12, "dozens": 12, "hundred": 100, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
                 "crores": 10_000_000, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
                 "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000}
DIGIT_SCALES: Final = {**SCALES, "k": 1000, "m": 1_000_000, "bn": 1_000_000_000}


class Mention(NamedTuple):
    """One number found in text: the span with its qualifier, the number's own span, normalised bounds."""

    start: int  # qualifier included
    end: int
    num_start: int  # the number alone
    num_end: int
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    percent: bool = False
    from_words: bool = False
    vague: bool = False


_WORD: Final = trie_regex(sorted({*UNITS, *TENS, *SCALES}))
_WORDNUM: Final = rf"(?:{_WORD})(?:(?:\s+and\s+|[\s\-]+)(?:{_WORD}))*"
_DIGITS: Final = r"\d{1,3}(?:(?:,|[\u00a0\u202f\u2009 ])\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
_SCALE_AFTER: Final = r"(?:\s*(?:hundred|thousand|million|billion|trillion|mln|bln|lakhs?|crores?|dozens?)\b|(?:bn|m|k)\b)"
# "a hundred", "a thousand and five", "A hundred and twelve": a scale after "a", and what the words add to it
_A_SCALE: Final = rf"\ban?\s+(?:(?:hundred|thousand|million|billion)\b(?:(?:\s+and\s+|[\s\-]+)(?:{_WORD})(?![\w-]))*|dozen\b)"
_ONE_NUMBER: Final = rf"(?:(?:{_DIGITS}){_SCALE_AFTER}?|{_A_SCALE}|(?<![\w-])(?:{_WORDNUM})(?![\w-]))"


_WORD_SPLIT: Final = re.compile(r"[\s\-]+")
_DIGITS_FULL: Final = re.compile(rf"({_DIGITS})\s*([A-Za-z]+)?")
_SEPARATORS: Final = re.compile(r"[,\u00a0\u202f\u2009 ]")
_WORDS_FULL: Final = re.compile(r"(?:an?\s+)?[a-z\s\-]+", re.I)
_SPACES: Final = re.compile(r"\s+")

# How far back (characters) a qualifier may start before its number: "no fewer than", "just short of".
QUALIFIER_LOOKBACK: Final = 24


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], tuple[Any, ...]]:
    lex = lexicon()
    quals: dict[str, str] = {k.lower(): v for k, v in lex["qualifiers"].items()}
    qual_alt = "|".join(re.escape(q) for q in sorted(quals, key=len, reverse=True))
    vague_alt = trie_regex(sorted(lex["vague"]))
    percent = r"(?:\s*%|\s*(?:per\s*cents?|percent(?:age)?s?)\b)"
    number = (
        rf"(?:(?P<between>between|from)\s+)?"
        rf"(?P<n1>{_ONE_NUMBER})(?P<p1>{percent})?"
        rf"(?:(?P<sep>\s*(?:-|–|—|to|and|or)\s*)(?P<n2>{_ONE_NUMBER})(?P<p2>{percent})?)?"
    )
    vague = rf"(?P<vague>\b(?:{vague_alt}))\b"
    main = re.compile(rf"{vague}|(?<![\w.$€£¥])(?<!\d,)(?:{number})(?![\w]|\.\d)", re.I)
    qualifier = re.compile(rf"(?<![\w-])(?P<q>{qual_alt})\s+$", re.I)
    words = {*UNITS, *TENS, *SCALES, "tens", "few"} | {v.split()[0] for v in lex["vague"]}
    words -= {"a", "an"}
    cased = frozenset(words | {w.capitalize() for w in words} | {w.upper() for w in words})
    # Where a number may start: a run of digits, or a number word standing alone. Words are found in the
    # lower-cased text (one casing to try, not three), then kept when written lower-case, capitalised or
    # upper-case. Read as scans that each start with one character class (the engine skips to candidates),
    # merged by position in _anchors.
    word = rf"(?:{trie_regex(sorted(cased))})(?![A-Za-z])"
    low_word = rf"(?:{trie_regex(sorted(words))})(?![a-z])"
    anchors = (re.compile(r"\d\d*"), re.compile(rf"(?<![A-Za-z]){word}"), re.compile(rf"[^A-Za-z]{word}"),
               re.compile(rf"[^a-z]{low_word}"), cased)
    return main, qualifier, quals, anchors


def _anchors(anchors: tuple[Any, ...], text: str, start: int, stop: int) -> list[int]:
    """Start offsets of the matches of `DIGITS|(?<![A-Za-z])WORD(?![A-Za-z])` in text[start:stop], in order.

    Digit runs and number words never overlap (words are letters only), so the alternation's matches
    are the digit runs and the words together; a word after the first character is found with the
    non-letter before it (and starts one character later). In the lower-cased text a letter is an ASCII
    letter's lower case, unless the text holds the Kelvin sign (its lower case is "k").
    """
    digits, word_at, word_after, low_after, cased = anchors
    found = [m.start() for m in digits.finditer(text, start, stop)]
    if start < stop and word_at.match(text, start, stop):
        found.append(start)
    low = folded(text)
    if low is None or "\u212a" in text:
        found += [m.start() + 1 for m in word_after.finditer(text, start, stop)]
    else:
        found += [m.start() + 1 for m in low_after.finditer(low, start, stop) if text[m.start() + 1:m.end()] in cased]
    found.sort()
    return found


# A verb of change before "from X to Y" (in its clause): "has risen from", "revised the death toll from" (not a
# particle: "rounded up from 30 to 40 protesters" is a range).
_CHANGE: Final = re.compile(r"\b(?:ris(?:en|es|ing)|rose|climb(?:ed|s|ing)|jump(?:ed|s|ing)|increas(?:ed|es|ing)|"
                            r"gr(?:own|ew|owing)|soar(?:ed|s|ing)|surg(?:ed|es|ing)|swell(?:ed|s|ing)|swollen|"
                            r"doubl(?:ed|es|ing)|tripl(?:ed|es|ing)|fell|fall(?:en|s|ing)|dropp(?:ed|ing)|drops|"
                            r"decreas(?:ed|es|ing)|declin(?:ed|es|ing)|shr(?:ank|unk|inking)|revis(?:ed|es|ing)|"
                            r"rais(?:ed|es|ing)|lower(?:ed|s|ing)|correct(?:ed|s|ing)|updat(?:ed|es|ing)|"
                            r"chang(?:ed|es|ing))\b(?:\s+[\w'’-]+){0,6}?\s+$", re.I)
_BACK: Final = re.compile(r"(?:\b(?:between|from)\s+|\ban?\s+)$", re.I)


def parse_words(text: str) -> int | None:
    """Value of an English number phrase ("forty-four", "three thousand and five"), None if it is not one."""
    tokens = [t for t in _WORD_SPLIT.split(text.lower().strip()) if t and t != "and"]
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"
    if not tokens:
        return None
    total, current, seen, last = 0, 0, False, ""
    for tok in tokens:
        # "forty-four" and "three hundred five" compose; "three-four" and "twenty thirty" do not.
        if tok in UNITS and last not in ("unit", "tens-unit"):
            current += UNITS[tok]
            last = "tens-unit" if last == "tens" else "unit"
        elif tok in TENS and last in ("", "hundred", "scale"):
            current += TENS[tok]
            last = "tens"
        elif tok in UNITS or tok in TENS:
            return None
        elif tok == "hundred":
            current = (current or 1) * 100
            last = "hundred"
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current, last = 0, "scale"
        else:
            return None
        seen = True
    return total + current if seen else None


# Digits a float holds exactly: longer runs go the float route (where the value rounds, as it always has).
_EXACT_DIGITS: Final = 15


def parse_number(text: str) -> int | float | None:
    """Value of one number as written: "1,275", "85 000", "1.2 million", "85 thousand", "forty-four"."""
    raw = text.strip()
    if raw.isdigit() and raw.isascii() and len(raw) <= _EXACT_DIGITS:
        return int(raw)  # most numbers in news: plain digits ("42"), the same value as the float route below
    m = _DIGITS_FULL.fullmatch(raw)
    if m:
        digits = _SEPARATORS.sub("", m.group(1))
        value: float = float(digits)
        scale = (m.group(2) or "").lower()
        if scale:
            if scale not in DIGIT_SCALES:
                return None
            # (a decimal times its scale in decimal arithmetic: 8.7 lakh is 870,000, not 869,999.99...)
            value = float(Decimal(digits) * DIGIT_SCALES[scale]) if "." in digits else value * DIGIT_SCALES[scale]
        if value != value or value in (float("inf"), float("-inf")):
            return None  # hundreds of digits: not a figure any report states
        return int(value) if value == int(value) else value
    if _WORDS_FULL.fullmatch(raw):
        return parse_words(raw)
    return None


def _bounds(qualifier: str, value: float | int) -> tuple[float | int | None, float | int | None]:
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("up_to", "less_than"):
        return None, value
    return value, value


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every number in text[start:end], in order, with offsets into `text`."""
    main, qual_re, quals, anchors = _patterns()
    stop = len(text) if end is None else end
    found: list[Mention] = []
    pos = start
    for at in _anchors(anchors, text, start, stop):
        if at < pos:
            continue
        m = _match_at(main, text, at, max(start, pos), stop)
        if m is None:
            continue
        share, num_at = _fraction(text, m, max(start, pos))
        qualifier, q_start = _qualifier(text, max(start, num_at - QUALIFIER_LOOKBACK), num_at, qual_re, quals)
        if qualifier == "exact" and text[max(start, num_at - 14):num_at].rstrip().lower().endswith(_PASSED_ENDS) \
                and _PASSED.search(text, max(start, num_at - 80), num_at):
            qualifier = "more_than"  # "cases have passed 3,000": more than that (the verb stays the measure's cue)
        mention = _vague(m, q_start) if m.group("vague") else _numeric(m, qualifier, q_start)
        if share is not None and mention is not None:
            mention = _part(mention, share, num_at, q_start)
        if mention is not None:
            found.append(mention)
        pos = max(mention.end if mention is not None else m.end(), m.start() + 1)
    return found


# A verb that puts a figure beyond a number: "has passed 3,000", "topped 100", "exceeded 50" (what the text right
# before the number must end with, tested first: most numbers follow none).
_PASSED_ENDS: Final = ("passed", "topped", "exceeded", "surpassed", "crossed", "the")
# (its subject a figure: "the number of cases has passed 3,000", "the toll topped 100"; not "the motorcade passed 5,000
# mourners")
_PASSED: Final = re.compile(r"\b(?:toll|number|total|tally|count|figure|cases|deaths|infections|casualties|arrests|"
                            r"turnout|crowd)\b[^.;,]{0,40}?\b(?:passed|topped|exceeded|surpassed|crossed)\s+(?:the\s+)?$",
                            re.I)


# "half a million", "a quarter of a million", "three quarters of a million": a share of "a" scale.
_FRACTION: Final = re.compile(r"\b(?P<f>half|(?:a|one)[\s-]+quarter\s+of|three[\s-]+quarters\s+of)\s+$", re.I)


def _fraction(text: str, m: re.Match[str], lo: int) -> tuple[float | None, int]:
    """The share a fraction word before "a million" takes of it, and where the number then starts."""
    n1 = m.group("n1")
    if n1 is None or n1[:1] not in ("a", "A") or n1[1:2] not in (" ", "n", "N") or m.start("n1") != m.start():
        return None, m.start()
    f = _FRACTION.search(text, max(lo, m.start() - 25), m.start())
    if f is None:
        return None, m.start()
    word = f.group("f").lower()
    return (0.5 if word == "half" else 0.75 if word.startswith("three") else 0.25), f.start()


def _part(mention: Mention, share: float, num_at: int, q_start: int) -> Mention:
    scaled = [None if v is None else (int(v * share) if float(v * share).is_integer() else v * share)
              for v in (mention.value, mention.low, mention.high)]
    return mention._replace(start=min(q_start, num_at), num_start=num_at, value=scaled[0], low=scaled[1],
                            high=scaled[2])


def _qualifier(text: str, lo: int, at: int, qual_re: re.Pattern[str], quals: dict[str, str]) -> tuple[str, int]:
    """The qualifier ending just before `at` ("more than 20") and where it starts: ("exact", at) if none.

    The same as `qual_re.search(text, lo, at)`, read from the end: a match is a qualifier, then white space up
    to `at`, so its start is the longest qualifier that ends the text before that space (and follows no word
    character). Only the last characters are compared, lower-cased, when they are ASCII (case-blind matching
    then is lower-casing); other texts go through the regex."""
    window = text[lo:at]
    body = window.rstrip()
    if len(body) == len(window):
        return "exact", at  # no white space before the number: no qualifier
    tail = body[-_LONGEST_QUALIFIER:]
    if not tail.isascii():
        q = qual_re.search(text, lo, at)
        return (quals[_SPACES.sub(" ", fold(q.group("q")))], q.start()) if q else ("exact", at)
    tail = tail.lower()
    for key in _quals_by_ending(tuple(quals)).get(tail[-3:], ()):
        if tail.endswith(key) and len(key) <= len(body):
            q_start = lo + len(body) - len(key)
            before = text[q_start - 1] if q_start > 0 else ""
            if before and (before.isalnum() or before in "_-"):
                continue  # (?<![\w-]): "moreover 20" has no qualifier "over"
            return quals[key], q_start
    return "exact", at


# Longest qualifier ("not less than", "hundreds of thousands" is vague): longer ones are never compared.
_LONGEST_QUALIFIER: Final = 32


@lru_cache(maxsize=1)
def _quals_by_ending(keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Qualifiers by their last three characters, longest first (the regex's leftmost match)."""
    assert all(3 <= len(k) <= _LONGEST_QUALIFIER for k in keys)
    out: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        out.setdefault(key[-3:], []).append(key)
    return {end: tuple(group) for end, group in out.items()}


def _match_at(main: re.Pattern[str], text: str, at: int, lo: int, stop: int) -> re.Match[str] | None:
    """The full number pattern at an anchor, first from a preceding "between"/"from"/"a" if there is one."""
    back = _BACK.search(text, max(lo, at - 9), at)
    if back is not None:
        m = main.match(text, back.start(), stop)
        if m is not None:
            return m
    return main.match(text, at, stop)


def _vague(m: re.Match[str], q_start: int) -> Mention:
    lows: dict[str, int] = lexicon()["vague"]
    key = _SPACES.sub(" ", fold(m.group("vague")))
    low = lows[key]
    return Mention(q_start, m.end(), m.start(), m.end(), None, low, None, "vague", vague=True)


def _numeric(m: re.Match[str], qualifier: str, q_start: int) -> Mention | None:
    at = m.start("n1")
    n1_text, n2_text, p1 = m.group("n1", "n2", "p1")
    if n1_text.lower() in SCALES and m.string[max(0, at - 8):at].rstrip()[-1:].isdigit():
        return None  # the scale of a number not read as one ("million" of "$20 million", money): no number
    n1 = parse_number(n1_text)
    if n1 is None:
        return None
    n2 = parse_number(n2_text) if n2_text else None
    words = not n1_text[0].isdigit()
    if n2 is not None:
        sep = (m.group("sep") or "").strip().lower()
        # "3-9" and "three to nine" are ranges; "May 3 - Nine people died" is a dateline dash: news never
        # joins a digit and a number word into one dashed range.
        mixed = sep in ("-", "–", "—") and words != (not n2_text[0].isdigit())
        # "30 or 40 people": an estimate given as two numbers, a range like "30 to 40"
        is_range = not mixed and (sep in ("-", "–", "—", "to", "or") or (sep == "and" and m.group("between")))
        if is_range and sep == "to" and m.group("between") and _CHANGE.search(m.string, max(0, m.start() - 60),
                                                                               m.start()):
            is_range = False  # "the toll rose from 187 to 212": two values of a figure, the first superseded
        if is_range and n2 > n1:
            end = m.end()
            percent = bool(p1 or m.group("p2"))
            return Mention(m.start(), end, at, end, None, n1, n2, "range", percent, words)
    end = m.end("p1") if p1 else m.end("n1")
    start = q_start if not m.group("between") else at
    low, high = _bounds(qualifier, n1)
    return Mention(start, end, at, m.end("n1"), n1, low, high, qualifier, bool(p1 or m.group("p2")), words)
