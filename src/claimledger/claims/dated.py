"""Dated facts: "X was launched in 2008", "In 1994, the parliament adopted a resolution", with a key
(named thing + head noun + verb class) that gives the same happening the same key in every document."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from claimledger.claims.caseblind import CaseBlind
from claimledger.claims.model import DatedFact
from claimledger.documents.model import Document
from claimledger.vocabulary import fold

# English month names as a regex alternation, and each lower-cased name's number (shared with the ledger).
MONTH_NAMES: Final = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NUMBER: Final = {m.lower(): i for i, m in enumerate(MONTH_NAMES.split("|"), start=1)}
WEEKDAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_DATE: Final = re.compile(
    rf"\b(?:in|on|since|by)\s+(?:(?P<m1>{MONTH_NAMES})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>(?:1[89]|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTH_NAMES}),?\s+(?P<y2>(?:1[89]|20)\d\d)"
    rf"|(?P<m3>{MONTH_NAMES}),?\s+(?P<y3>(?:1[89]|20)\d\d)"
    rf"|(?P<y4>(?:1[89]|20)\d\d))\b(?![-/–]\d)", re.I)
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")  # the part every _DATE match contains
# A month name before a day or year ("March 2023", "May 3") is a date, never the thing dated ("march" the protest).
_MONTH_DATE: Final = re.compile(rf"(?:{MONTH_NAMES})\s+\d")
_SENTENCE: Final = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_QUOTE: Final = re.compile(r"[\"“«„']\s*(?P<q>[^\"“”«»„']{3,80}?)\s*[!?.]?[\"”»']")
# Characters between the dating verb and its date ("Launched by the Vice-President ... in 2008"):
# a subordinate phrase naming who acted, rarely longer in news prose.
VERB_DATE_GAP_CHARS: Final = 160
# Characters between the verb and the noun naming what happened ("adopted a special resolution",
# "the law was passed"): an article and an adjective or two.
OBJECT_GAP_CHARS: Final = 40
_PASSIVE: Final = re.compile(r"\b(?:was|were|been|is|are|be)\s+(?:\w+ly\s+)?$", re.I)
# Words between a quoted name and its head noun ("the "X" international campaign").
NOUN_GAP_WORDS: Final = 2


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    text = resources.files("claimledger.claims").joinpath("data/dated.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    verbs = {v: cls for cls, vs in data["verb_classes"].items() for v in vs}
    data["verb_re"] = CaseBlind(r"\b(?P<v>" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + r")\b")
    data["verb_of"] = verbs
    data["noun_re"] = re.compile(r"\b(?P<n>" + "|".join(data["head_nouns"]) + r")s?\b", re.I)
    return data


def extract_dated_facts(doc: Document) -> list[DatedFact]:
    """Every "happening + date" the body states, in text order, ids d1, d2, ..."""
    start, end = doc.body
    facts: list[DatedFact] = []
    # Every date _DATE reads has a year: only sentences holding one may state a dated fact. Years are digits,
    # which no sentence break splits, so the body's years tell which sentences hold one.
    years = [y.start() for y in _YEAR.finditer(doc.text, start, end)]
    if not years:
        return facts
    k = 0
    for m in _SENTENCE.finditer(doc.text, start, end):
        while k < len(years) and years[k] < m.start():
            k += 1
        if k == len(years):
            break
        if years[k] >= m.end():
            continue
        fact = _fact(doc, m.group(), m.start(), len(facts) + 1)
        if fact is not None:
            facts.append(fact)
    return facts


# "Since 2009 the government has campaigned for ...", "Since 2008 it has led an international campaign": a state
# that holds from a date began then. The present perfect after "since" dates the start of what it names.
_SINCE_PERFECT: Final = re.compile(
    rf"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_NAMES})\s+)?(?P<y>(?:1[89]|20)\d\d)\b(?![-/–]\d),?"
    r"[^.;:]{0,80}?\b(?:has|have)\s+(?:also\s+|been\s+)?(?P<v>[a-z]+)\b", re.I)


_ARTICLE: Final = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|this|that)\s+)?", re.I)
_ADJECTIVE: Final = re.compile(r"(?!(?:on|in|at|for|to|of|by|with|from|into|over|since|and)\b)[a-z-]+\s+", re.I)


def _object(sentence: str, at: int, nouns: re.Pattern[str]) -> re.Match[str] | None:
    """A head noun as the object of the verb ending at `at`: an article and up to two adjectives first."""
    gap = _ARTICLE.match(sentence, at)
    pos = gap.end() if gap is not None else at
    for _ in range(3):
        noun = nouns.match(sentence, pos)
        if noun is not None:
            return None if _MONTH_DATE.match(sentence, noun.start()) else noun
        word = _ADJECTIVE.match(sentence, pos)
        if word is None:
            return None
        pos = word.end()
    return None


# Verbs of an undertaking kept up since its start: "has campaigned", "has led a campaign", "has run the school".
_CONTINUING: Final = frozenset("""campaigned campaigning led leading run running waged waging pursued pursuing championed
lobbied lobbying fought fighting demanded sought pushed pressed maintained operated operating staged staging
managed managing organised organized hosted""".split())


def _since(doc: Document, sentence: str, offset: int, n: int) -> DatedFact | None:
    """'Since 2009 X has campaigned for ...': the campaign (a head noun the verb is, or names within a few
    words after it) was launched in 2009."""
    m = _SINCE_PERFECT.search(sentence)
    if m is None:
        return None
    nouns = _vocab()["noun_re"]
    verb = m.group("v").lower()
    if fold(verb) in _vocab()["verb_of"] or verb not in _CONTINUING:
        return None  # "Since 2001 the city has built ...": the verb's own class dates it; "has used" dates nothing
    stem = re.sub(r"(?:ed|ing)$", "", verb)
    noun = nouns.fullmatch(stem)
    if noun is None:  # its object, after an article and an adjective or two, no preposition: "has led an
        # international campaign" (not "have died on the road")
        noun = _object(sentence, m.end(), nouns)
    if noun is None:
        return None
    lo, hi = m.start(), noun.end() if noun.string is sentence else m.end()  # (a noun read from the verb: the verb's end)
    return DatedFact(id=f"d{n}", document=doc.id, what=f"{noun.group('n').lower()} launched", date=m.group("y"),
                     precision="year", text=sentence[lo:hi], start=offset + lo, end=offset + hi,
                     sentence=sentence.strip())


def _fact(doc: Document, sentence: str, offset: int, n: int) -> DatedFact | None:
    v = _vocab()
    since = _since(doc, sentence, offset, n) if "ince" in sentence else None
    if since is not None:
        return since
    for verb in v["verb_re"].finditer(sentence):
        date = _nearest_date(sentence, verb.start(), verb.end())
        if date is None or date.group(0).lower().startswith("since") and v["verb_of"][fold(verb.group("v"))] == "ruled":
            continue  # ("Since 2003 the court has ruled on dozens of cases": rulings since then, no one ruling)
        what = _what(sentence, verb.start(), verb.end(), v["verb_of"][fold(verb.group("v"))], date.span())
        if what is None:
            continue
        iso, precision = _iso(date)
        lo, hi = min(verb.start(), date.start()), max(verb.end(), date.end())
        return DatedFact(id=f"d{n}", document=doc.id, what=what, date=iso, precision=precision,
                         text=sentence[lo:hi], start=offset + lo, end=offset + hi, sentence=sentence.strip())
    return None


def _nearest_date(sentence: str, vs: int, ve: int) -> re.Match[str] | None:
    near = [d for d in _DATE.finditer(sentence)
            if (0 <= d.start() - ve <= VERB_DATE_GAP_CHARS) or (0 <= vs - d.end() <= VERB_DATE_GAP_CHARS)]
    return min(near, key=lambda d: min(abs(d.start() - ve), abs(vs - d.end())), default=None)


def _what(sentence: str, verb_at: int, verb_end: int, verb_class: str, date: tuple[int, int]) -> str | None:
    """'<quoted name> <head noun> <verb class>', or '<head noun> <verb class>' when nothing is named."""
    nouns = _vocab()["noun_re"]
    quotes = sorted(_QUOTE.finditer(sentence), key=lambda q: abs(q.start() - verb_at))
    for q in quotes:
        following = sentence[q.end():].split()[:NOUN_GAP_WORDS + 1]
        noun = next((w.strip(",;:").lower() for w in following if nouns.fullmatch(w.strip(",;:"))), None)
        if noun:
            return f"{_norm(q.group('q'))} {noun.rstrip('s')} {verb_class}"
    dates = [date, *(d.span() for d in _DATE.finditer(sentence))]
    found = [n for n in nouns.finditer(sentence) if not any(lo <= n.start() < hi for lo, hi in dates)
             and not _MONTH_DATE.match(sentence, n.start())]
    after = [n for n in found if 0 <= n.start() - verb_end <= OBJECT_GAP_CHARS]
    before = [n for n in found if 0 <= verb_at - n.end() <= OBJECT_GAP_CHARS]
    passive = _PASSIVE.search(sentence[:verb_at]) is not None
    pick = (before[-1:] or after[:1]) if passive else (after[:1] or before[-1:])
    return f"{pick[0].group('n').lower()} {verb_class}" if pick else None


def _norm(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.lower()))


def _iso(m: re.Match[str]) -> tuple[str, str]:
    year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
    month = m.group("m1") or m.group("m2") or m.group("m3")
    day = m.group("d1") or m.group("d2")
    if month is None:
        return year, "year"
    mm = f"{MONTH_NUMBER[fold(month)]:02d}"
    return (f"{year}-{mm}-{int(day):02d}", "day") if day else (f"{year}-{mm}", "month")
