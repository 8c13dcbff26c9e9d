"""Open measures counted in places, things and times: recognitions, resolutions, events held in N places,
durations, goods distributed, facilities set up, and helpers (volunteers, troops)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final, NamedTuple

from claimledger.claims.lexicon import lexicon
from claimledger.claims.measures import Hit
from claimledger.claims.nouns import NounPhrase

# How far back (characters) a preposition or verb may stand before a counted place or time:
# "held in 100 countries", "Within forty-four days", "temporarily live in 50 cities".
LOOKBACK_CHARS: Final = 60
# Words allowed between helpers and what they did ("volunteers from neighbouring villages helped").
RESPONDER_GAP_WORDS: Final = 6


class Context(NamedTuple):
    """The sentence a number sits in, with the number's offsets."""

    text: str
    sent_start: int
    sent_end: int
    m_start: int


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    lex = lexicon()
    terms = lex["recognition_terms"]
    return {
        "recog_verb": re.compile(rf"\b{lex['recognition_verbs']}", re.I),
        "recog_as": re.compile(rf"\bas\s+(?:an?\s+)?(?:(?:act|crime)\s+of\s+)?(?:\w+\s+){{0,2}}?(?P<t>{'|'.join(terms)})", re.I),
        "terms": [(re.compile(rf"\b(?:{k})\b", re.I), v) for k, v in terms.items()],
        "resolution": re.compile(rf"\b{lex['resolution_verbs']}", re.I),
        "held": re.compile(rf"\b{lex['held_verbs']}\s+(?:\w+\s+){{0,2}}?in\s+(?:\w+\s+)?$", re.I),
        "kinds": [(re.compile(rf"\b(?:{k})", re.I), v) for k, v in lex["event_kinds"].items()],
        "settle": re.compile(rf"\b{lex['displaced_settlement_cue']}\s+(?:\w+\s+)?$", re.I),
        "from": re.compile(r"\b(?:from|of)\s+$", re.I),
        "dur_prep": re.compile(rf"\b{lex['duration_preps']}\s+(?:(?:just|only|about|some|the)\s+)?$", re.I),
        "time_before": re.compile(rf"\b{lex['time_reference_before']}\s*$", re.I),
        "time_after": re.compile(rf"\s*{lex['time_reference_after']}\b", re.I),
        "distributed": re.compile(rf"\b{lex['distribution_verbs']}\s+(?:(?:a total of|another|some)\s+)?$", re.I),
        "facilities": set(lex["facilities"]),
        "set_up": re.compile(rf"\b{lex['setup_verbs']}\s+(?:(?:a total of|another|some)\s+)?$", re.I),
        "responders": lex["responders"],
        "responder_cue": re.compile(rf"\b{lex['responder_cue']}\b", re.I),
        "responder_before": re.compile(r"\b(?:sent|sends|sending|deployed|deploys|deploying|dispatched|dispatching|"
                                       r"mobili[sz]ed|mobili[sz]ing)\s+(?:an?\s+)?(?:additional\s+|extra\s+|"
                                       r"further\s+|another\s+)?$", re.I),
        "plain_word": re.compile(r"[ \t]+([a-z][a-z-]*[a-z])\b"),
    }


def place_measure(ctx: Context, np: NounPhrase) -> Hit | None:
    """A count of countries, states, cities...: what the sentence says happened in or by them."""
    c = _compiled()
    unit = np.unit or "places"
    sentence = ctx.text[ctx.sent_start:ctx.sent_end]
    before = ctx.text[max(ctx.sent_start, ctx.m_start - LOOKBACK_CHARS):ctx.m_start]
    origin = bool(c["from"].search(before))
    if origin and c["resolution"].search(sentence):
        return Hit("resolution_supporters", unit)
    term = _recognised_as(sentence) if c["recog_verb"].search(sentence) else None
    if term is not None:
        return Hit(f"recognized_as_{term}", unit)
    if c["resolution"].search(sentence):
        return Hit("resolution_supporters", unit)
    if c["held"].search(before):
        return Hit(f"{_event_kind(sentence)}_events", unit)
    if c["settle"].search(before):
        return Hit("displaced_settlements", unit)
    return None


def _recognised_as(sentence: str) -> str | None:
    c = _compiled()
    verb = c["recog_verb"].search(sentence)
    after_verb = sentence[verb.end():] if verb else sentence
    found = c["recog_as"].search(after_verb)
    text = found.group("t") if found else sentence  # "the X genocide was recognized by ...": the subject names it
    for pattern, term in c["terms"]:
        if pattern.search(text):
            return str(term)
    return None


def _event_kind(sentence: str) -> str:
    for pattern, kind in _compiled()["kinds"]:
        if pattern.search(sentence):
            return str(kind)
    return "public"


def duration_measure(ctx: Context, np: NounPhrase) -> Hit | None:
    """'Within forty-four days' is a duration; 'the past 20 years', '20 years ago' are time references."""
    c = _compiled()
    before = ctx.text[max(ctx.sent_start, ctx.m_start - LOOKBACK_CHARS):ctx.m_start]
    if c["time_before"].search(before) or c["time_after"].match(ctx.text, np.end, ctx.sent_end):
        return None
    if not c["dur_prep"].search(before):
        return None
    return Hit("duration", np.unit or "days")


def plain_noun(text: str, pos: int, limit: int) -> tuple[list[str], int]:
    """Up to three lower-case words after a number ("1,250 hygiene kits"), and where they end."""
    c = _compiled()
    words: list[str] = []
    end = pos
    for _ in range(3):
        m = c["plain_word"].match(text, end, limit)
        if m is None or m.group(1) in _NOT_NOUNS:
            break
        words.append(m.group(1))
        end = m.end()
    return words, end


_NOT_NOUNS: Final = frozenset("""were was are is have has had been and or of in on at to from for with by as that which who
the a an more than people""".split())


def object_measure(ctx: Context, phrase: tuple[list[str], int]) -> Hit | None:
    """'distributed 1,250 hygiene kits' -> hygiene_kits_distributed; 'the three collective shelters',
    'set up 12 treatment centres' -> collective_shelters, treatment_centres (facilities are counted as such)."""
    c = _compiled()
    words, end = phrase
    if not words:
        return None
    name = "_".join(w.replace("-", "_") for w in words)
    before = ctx.text[max(ctx.sent_start, ctx.m_start - LOOKBACK_CHARS):ctx.m_start]
    if c["set_up"].search(before) or words[-1] in c["facilities"] or " ".join(words[-2:]) in c["facilities"]:
        return Hit(name, words[-1], phrase_end=end)
    if c["distributed"].search(before):
        return Hit(f"{name}_distributed", words[-1], phrase_end=end)
    return None


def responder_measure(ctx: Context, np: NounPhrase, window_hi: int) -> Hit | None:
    """'More than 300 volunteers have registered', 'Some 4,000 troops were deployed', 'sent 3,000 troops':
    helpers, counted as such."""
    c = _compiled()
    key = (np.head or "").lower()
    if key not in c["responders"]:
        return None
    before = c["responder_before"].search(ctx.text, max(ctx.sent_start, ctx.m_start - LOOKBACK_CHARS), ctx.m_start)
    if before is not None:  # "the government has sent 3,000 troops"
        return Hit(str(c["responders"][key]), "people", None, before.start(), before.end())
    cue = c["responder_cue"].search(ctx.text, np.end, window_hi)
    if cue is None or len(ctx.text[np.end:cue.start()].split()) > RESPONDER_GAP_WORDS:
        return None
    return Hit(str(c["responders"][key]), "people", None, cue.start(), cue.end())

