"""Subgroups a number's context gives it: parts' conditions ("11 of them critical"), "fans without tickets",
co-subjects of different groups, and increments ("seven more bodies") that are not totals."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

from claimledger.claims.lexicon import lexicon
from claimledger.claims.dated import MONTH_NUMBER, WEEKDAYS
from claimledger.claims.nouns import NounPhrase
from claimledger.claims.numbers import Mention
from claimledger.claims.structure import Item, shared_subject

# Subgroup of an increment: "seven more bodies" adds to a total stated elsewhere, so it is never that total.
ADDITIONAL: Final = "additional"
# Characters read before a number for "another" / "a further".
INCREMENT_BEFORE_CHARS: Final = 16


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    lex = lexicon()
    return {
        "whole": frozenset(lex["whole_subgroups"]),
        "conditions": [(re.compile(rf"\s*,?\s*(?:{k})\b", re.I), v) for k, v in lex["part_conditions"].items()],
        "without": re.compile(rf"\s+{lex['without_subgroup']}", re.I),
        "inc_before": re.compile(lex["increment_before"], re.I),
        "inc_after": re.compile(lex["increment_after"], re.I),
    }


def condition_subgroup(text: str, pos: int, hi: int) -> str | None:
    """'11 of them in critical condition' -> critical; '300 of them seriously' -> serious."""
    for pattern, sub in _compiled()["conditions"]:
        if pattern.match(text, pos, hi):
            return str(sub)
    return None


# "Two dozen bodies were pulled out near Saltmarsh alone", "41 of the dead were from Ardley district alone", "In
# Ardley alone, 41 died": a count of one place of the event is that place's part, not another value of its total.
_PLACE: Final = r"(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})" \
                r"(?:\s+(?:district|province|village|region|state|county|city|town|area|camp|valley|island))?\s+alone\b"
# (within its own clause: no other number or clause break between the count and the place)
_PLACE_AFTER: Final = re.compile(rf"(?:(?!\b(?:while|whereas|but|not)\b)[^.;:\d]){{0,80}}?"
                                 rf"\b(?<!not )(?:in|near|at|from|around)\s+{_PLACE}")
_PLACE_BEFORE: Final = re.compile(rf"\b(?<!not )(?:[Ii]n|[Aa]t)\s+{_PLACE},?\s+(?:[\w'’-]+\s+){{0,4}}$")
# Times said the same way: "In January alone", "At Christmas alone", "on Monday alone".
_NOT_PLACES: Final = frozenset({*MONTH_NUMBER, *WEEKDAYS, "christmas", "easter", "ramadan", "eid", "diwali", "hanukkah",
                                "thanksgiving", "the", "this", "that", "last", "one", "its"})


def place_subgroup(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The place a count is restricted to by "alone" (snake_case), in text[lo:hi] around the number at start-end."""
    if "alone" not in text[lo:hi]:
        return None
    m = _PLACE_AFTER.match(text, end, hi) or _PLACE_BEFORE.search(text, max(lo, start - 60), start)
    if m is None or m.group("place").split()[0].lower() in _NOT_PLACES:
        return None
    return "_".join(m.group("place").lower().split())


def people_name(text: str, number_end: int, np: NounPhrase) -> str | None:
    """A listed part counted by a people's name ("including four Britons, two New Zealanders"): that name, lower-cased
    (words joined by "_")."""
    head = np.head or ""
    if np.kind != "person" or len(head) < 4 or not head[0].isupper() or not head[1:].islower() \
            or not head.endswith("s") or head.lower() in lexicon()["persons"]:
        return None
    words = text[number_end:np.end].split()
    if not words or not all(w[:1].isupper() for w in words):
        return head.lower()
    return "_".join(w.lower() for w in words)


def without_subgroup(text: str, pos: int, hi: int) -> str | None:
    """'2,000 fans without tickets' -> without_tickets: a part of the crowd, not a rival count of it."""
    m = _compiled()["without"].match(text, pos, hi)
    if m is None:
        return None
    word = m.group("w").lower()
    return f"without_{word if word.endswith('s') else word + 's'}"


def is_whole_subgroup(subgroup: str | None) -> bool:
    """Nouns that name a report's whole population ("11 fans were killed"), not a part of it."""
    return subgroup in _compiled()["whole"]


def co_subject_contrast(text: str, items: list[Item], i: int) -> bool:
    """'Three stewards and 14 fans were arrested': a neighbour joined by 'and' counts another group."""
    own = items[i].np.subgroup
    anchors = [j for j, it in enumerate(items) if not it.is_part]
    pos = anchors.index(i)
    for a, b in ((anchors[pos - 1], i) if pos > 0 else (None, None), (i, anchors[pos + 1]) if pos + 1 < len(anchors)
                 else (None, None)):
        if a is None or b is None:
            continue
        other = items[b if a == i else a]
        if other.np.kind == "person" and other.np.subgroup not in (None, own) \
                and shared_subject(text, items[a].np.end, items[b].mention.start):
            return True
    return False


_DETERMINER: Final = re.compile(r"\b(?:the|these|those|its|their|our|his|her|all)\s+$", re.I)


def is_increment(text: str, m: Mention) -> bool:
    """'another 12', 'a further 30', 'seven more bodies', 'dozens more': an addition to a figure, not a total."""
    c = _compiled()
    after = c["inc_after"].match(text, m.num_end)
    if after is not None and not (after.group().lstrip().startswith("new") and _DETERMINER.search(text, max(0, m.start - 12),
                                                                                                m.start)):
        return True  # ("the 15 new soldiers": new ones, not more of them)
    return c["inc_before"].search(text, max(0, m.start - INCREMENT_BEFORE_CHARS), m.start) is not None


def increment_subgroup(subgroup: str | None) -> str:
    return ADDITIONAL if subgroup is None else f"{ADDITIONAL}_{subgroup}"
