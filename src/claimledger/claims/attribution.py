"""Who a sentence says a figure comes from: "according to X", "X said", "X's official sources report"."""

from __future__ import annotations

import re
from typing import Any, Final

from claimledger.vocabulary import trie_regex

_SPEECH: Final = r"(?:said|says|say|told|reported|reports|report|stated|states|announced|confirmed|added|claimed|claims|estimated|estimates|estimate|warned|warns|noted|wrote|tweeted|posted)"
_SOURCE: Final = r"(?P<src>(?:[A-Z][\w.'’&-]*|the|a|an|of|for|and|local|state|official|officials|police|authorities|media|sources|"\
                 r"[a-z]+(?:'s|’s)?)(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|the|for|and|de|al|[a-z]+(?:'s|’s)?)){0,7}?)"
_CHEAP_WORDS: Final = ("according said says say told reported reports report stated states announced confirmed added claimed "
                       "claims estimated estimates estimate put puts putting gave gives counted recorded registered listed "
                       "warned warns noted wrote tweeted posted").split()


def _words_regex(words: list[str]) -> str:
    """A regex for any of `words` standing alone (a word boundary on each side), written to start with each
    word's first letter, which lets the engine skip to those: the boundary before a word is "no word character
    before its first letter"."""
    firsts = sorted({w[0] for w in words})
    branches = [rf"{f}(?<!\w.){trie_regex(sorted(w[1:] for w in words if w[0] == f))}" for f in firsts]
    return "(?:" + "|".join(branches) + r")\b"


_CHEAP: Final = re.compile(_words_regex(_CHEAP_WORDS + [w.capitalize() for w in _CHEAP_WORDS]))
_ACCORDING: Final = re.compile(r"\baccording to\s+(?P<src>[^,.;:()\"“”]{2,80})", re.I)
# (the comma may close a quotation: '"We know of 38 people who were hurt," Kessler told reporters.')
_TRAILING: Final = re.compile(rf",[\"”’]?\s*{_SOURCE}\s+{_SPEECH}\b[^,;]{{0,40}}[.!]?[\"”’]?\s*$")
# ("The siege claimed 11,541 lives", "claimed the lives of": a toll, not a speaker)
_LEAD_SPEECH: Final = r"(?:said|says|say|told|stated|announced|added|(?:claimed|claims)(?!(?:\s+[\w,.'’-]+){0,4}?\s+lives\b)|(?:reported|reports|report|confirmed|estimated|estimates|estimate)\s+that)"
# A sentence may open with a linking word or a short time or place phrase before its source: "Meanwhile,
# SANA's correspondent reported that", "On Monday, the ministry said", "In a statement, the army said".
_INTRO: Final = (r"(?:(?:Meanwhile|However|Separately|Elsewhere|Earlier|Later|Also|Overall|Moreover|Furthermore|"
                 r"Additionally|Nevertheless|Still|Now|Today|Yesterday|Tonight|(?:Earlier|Later|Last)\s+\w+|"
                 r"(?:On|In|At|By|Since|After|Before)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}),\s*)?")
_LEADING: Final = re.compile(rf"^\s*(?![Aa]ccording\b){_INTRO}(?![Aa]ccording\b){_SOURCE}"
                             # "Dr Sabir Memon, who heads the hospital, said": a relative clause between name and verb
                             r"(?:,\s*(?:who|which)\s+[^,;]{1,60},)?"
                             # "St Mary's Hospital, the city's main trauma centre, said": a noun phrase in apposition
                             r"(?:,\s*(?:the|a|an|its|their)\s+[^,;]{1,50},)?"
                             rf"\s+{_LEAD_SPEECH}\b"
                             r"(?:\s+(?:on|late|early)\s+\w+)?(?:\s+that)?\b")
# A cheap test before _LEADING (whose source words backtrack): its opening is at most four words and its source
# one to eight, so the speech verb starts one of the sentence's second to thirteenth words.
_LEADING_CHEAP: Final = re.compile(rf"\s*+(?:\S++\s++){{1,24}}?{_LEAD_SPEECH}\b")
# ", the regional governor, Anna Berg, said on Monday.": a source with its name in apposition.
_APPOSED: Final = re.compile(rf",\s*(?P<src>{_SOURCE.replace('(?P<src>', '(?:', 1)},\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}),"
                             rf"\s*{_SPEECH}\b[^,;]{{0,40}}[.!]?[\"”’]?\s*$")
_MIDDLE: Final = re.compile(rf",\s*{_SOURCE}\s+{_SPEECH}(?:\s+(?:on|late|early|in|at|last)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?\s*,")
_INVERTED: Final = re.compile(rf",[\"”’]?\s*{_SPEECH}\s+(?P<src>[^,.;]{{2,80}}?)\s*(?:[.,;]|$)")
# ("gave" only with its figure named: "the army gave 40 soldiers leave" gives no toll)
_PUT_VERB: Final = (r"(?:(?:put|puts|putting|counted|recorded|registered|listed|estimated|estimates|reported)\s+(?=\d)|"
                    r"(?:gave|gives)\s+(?=[\d,.]+\s+(?:dead|killed|deaths|injured|wounded|missing|casualties)\b)|"
                    r"(?:put|puts|putting|gave|gives|counted|recorded|registered|listed|estimated|estimates|reported)\s+"
                    r"(?:(?:(?:the|a|an|its|their)\s+)?(?:(?:higher|lower|new|revised|latest|final|preliminary|separate|"
                    r"updated|own|overall)\s+)?(?:number|toll|figure|death toll|crowd|turnout|total)|"
                    r"(?:it|that|them)\s+at\b))")
# (after an opening time: "On Tuesday the emergencies ministry gave a toll of 27")
_OPENING_TIME: Final = (r"(?:(?:On|Late\s+on|Early\s+on|Later\s+on|By|Late|Early|Later|Earlier)\s+)?"
                        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Later|Earlier|Yesterday|Today)"
                        r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+")
_PUT: Final = re.compile(rf"(?:^|,)\s*(?:{_OPENING_TIME})?{_SOURCE}\s+{_PUT_VERB}")
# _PUT's verb and object alone, searched first: most sentences have none (the source words backtrack).
_PUT_CHEAP: Final = re.compile(_PUT_VERB)
# Clause breaks inside a sentence where a second source may speak for its own figures.
_CLAUSE: Final = re.compile(r";|,\s+(?:while|whereas|but|compared (?:with|to))\s+|,\s+and\s+(?=(?:[\w'’]+\s+){0,4}(?:said|says|told|reported)\b)")
# The patterns tried in turn, each naming the source in its group "src".
_PATTERNS: Final = (_ACCORDING, _TRAILING, _APPOSED, _MIDDLE, _INVERTED)
_TRAILING_WORDS: Final = re.compile(r"(?:\s+(?:also|had|has|have|earlier|later|then|previously|again|too|initially|originally|"
                                    r"first|subsequently|now|officially|reportedly))+$", re.I)
# "GENEVA (Reuters) - ", "KHARTOUM (AP) — ": a dateline before the first sentence's subject.
_DATELINE: Final = re.compile(r"^\s*[A-Z][A-Z .,'’-]{2,40}(?:\([^)]{1,30}\))?\s*[-–—]\s*")
# Pronouns, and words that only determine a noun: in "An estimated 500 people" or "a reported 300" the verb
# qualifies the number and the article before it names no one.
_NOT_A_SOURCE: Final = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|which|who|there|the report|"
                                  r"an?|the|some|another|any|each|every|all|only|just|these|those)$|"
                                  r"^(?:on|in|at|late|early|last|this|yesterday|today|tonight|earlier|later)\b|"
                                  # a clause, not a name: "whose leader", "since then the UN", "after the army"
                                  r"^(?:who|whose|whom|what|that|since|after|before|until|unless)\b", re.I)
# A conjunction or relative word before the source starts its clause: "where the health ministry says 30,000
# have died" -> "the health ministry"; "though officials say"; "But activists say".
_CLAUSE_OPENER: Final = re.compile(r"^(?:where|which|as|although|though|while|whereas|when|if|because|and|but|or|yet|so|"
                                   r"still)\s+", re.I)
# ... nor does a relative pronoun, a determiner or a qualifying word end a name: "the officials who",
# "Up to an", "Nearly a", "The widely" (left over from "Up to an estimated 500", "The widely reported 300").
_NOT_A_SOURCE_END: Final = re.compile(r"\b(?:who|which|that|an?|the|additional|further|widely|reportedly|roughly|nearly|"
                                      r"approximately)$")  # (lower case: "the WHO" is a source)
# A named source has at most this many words ("the government and a rescue service in the
# rebel-held northwest" has 10); longer subjects are clauses, not names.
MAX_SOURCE_WORDS: Final = 12


def attribution(sentence: str) -> str | None:
    """The source a sentence names for its figures, or None."""
    return (_attribution(sentence) if _CHEAP.search(sentence) else None) or _data_source(sentence)


def _attribution(sentence: str) -> str | None:
    """attribution(sentence) for a sentence that holds one of the _CHEAP words."""
    sentence = _DATELINE.sub("", sentence)
    # Every _ACCORDING match holds "ccord" in some case (none of its letters matches a non-ASCII one
    # case-blindly): a cheap test first, as most sentences have no "according to".
    for pattern in _PATTERNS if "ccord" in sentence.lower() else _PATTERNS[1:]:
        m = pattern.search(sentence)
        found = _clean(m.group("src")) if m else None
        if found is not None:  # (a match that names no one leaves the next patterns to try)
            return found
    m = _LEADING.match(sentence) if _LEADING_CHEAP.match(sentence) else None  # `^`: only a match at the start
    if m is None and _PUT_CHEAP.search(sentence):
        m = _PUT.search(sentence)
    return _clean(m.group("src")) if m else None


# "The health ministry's figures show", "Data from the WHO show", "A report by Human Rights Watch found": the
# figures' owner named through its data. (Searched only when one of the _DATA_CHEAP words is in the sentence.)
_DATA_VERB: Final = r"(?:show|shows|showed|shown|found|finds|indicate|indicates|indicated|suggest|suggests|suggested|put|puts|list|lists|listed)"
_DATA_NOUN: Final = r"(?:figures|data|tally|count|statistics|numbers|records|report|study|survey|census)"
_DATA: Final = re.compile(
    rf"^\s*{_INTRO}(?:(?P<own>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){{0,6}}?|the\s+[\w.'’&-]+(?:\s+[\w.'’&-]+){{0,5}}?)['’]s\s+"
    rf"(?:(?:latest|own|official|new|preliminary|final|updated)\s+)*{_DATA_NOUN}"
    # "Police figures show", "UN data suggest": the owner as a noun before the figures
    rf"|(?P<noun>(?:the\s+)?(?:(?-i:UN|U\.N\.|WHO|EU|UNHCR|UNICEF|OCHA|IOM|WFP|ICRC|IFRC|MSF|CDC|FEMA|NATO|OSCE)|police|"
    rf"government|hospital|army|military|ministry|health\s+ministry|coroner|interior\s+ministry))\s+{_DATA_NOUN}"
    rf"|(?:the\s+|a\s+|an\s+)?(?:(?:latest|official|new|preliminary|final|updated)\s+)*{_DATA_NOUN}\s+(?:from|by|released\s+by|"
    rf"published\s+by|compiled\s+by|issued\s+by|of)\s+(?P<by>[^,.;:]{{2,70}}?))\s+{_DATA_VERB}\b", re.I)
def _data_source(sentence: str) -> str | None:
    """The owner of the figures a sentence opens with ("The UN's figures show ..."), or None."""
    low = sentence.lower()
    # A cheap test first: every _DATA match holds one of its verbs (most sentences hold none).
    if not ("show" in low or "found" in low or "finds" in low or "indicat" in low or "suggest" in low
            or "put" in low or "list" in low):
        return None
    m = _DATA.match(sentence)
    if m is None:
        return None
    return _clean(m.group("own") or m.group("noun") or m.group("by"))


def clause_sources(sentence: str) -> list[tuple[int, str | None]]:
    """(start of clause, its source) for each clause; a clause naming no source takes the sentence's."""
    if not _CHEAP.search(sentence):
        return [(0, _data_source(sentence))]
    whole = _attribution(sentence) or _data_source(sentence)
    breaks = list(_CLAUSE.finditer(sentence))
    starts = [0] + [m.end() for m in breaks]
    ends = [m.start() for m in breaks] + [len(sentence)]  # a clause ends where its break begins
    if len(starts) == 1:
        return [(0, whole)]
    return [(a, attribution(sentence[a:b]) or whole) for a, b in zip(starts, ends)]


def source_at(clauses: list[tuple[int, str | None]], offset: int) -> str | None:
    """The source of the clause that holds `offset` (an offset into the sentence)."""
    found = clauses[0][1]
    for start, source in clauses:
        if start <= offset:
            found = source
    return found


_SPACES: Final = re.compile(r"\s+")
# "Among the hundreds trapped were said to be pupils": a subject ending in an auxiliary makes "said" passive
# hearsay, and the words before it no source.
_PASSIVE_END: Final = re.compile(r"\b(?:were|was|is|are|be|been|being)$")  # (lower case: "IS claimed" names a group)
# "An earlier count by county officials", "a report by HRW", "data from the WHO": the owner of the figures.
_REPORT_OF: Final = re.compile(r"^(?:(?:an?|the)\s+)?(?:(?:earlier|latest|new|initial|previous|preliminary|official|separate|"
                               r"updated|final)\s+)*(?:reports?\s+(?:of|by|from)|(?:surveys?|stud(?:y|ies)|analys[ie]s|reviews?)\s+(?:by|from)|(?:counts?|tally|tallies|estimates?|figures?|"
                               r"data|assessments?)\s+(?:by|from))\s+", re.I)


def _clean(src: str) -> str | None:
    src = _SPACES.sub(" ", src).strip(" \"'“”‘’")
    src = _TRAILING_WORDS.sub("", src)
    src = _CLAUSE_OPENER.sub("", src, count=1)
    if len(src.split()) > MAX_SOURCE_WORDS:
        return None  # a clause, not a name (before "a new report by" is dropped from its start)
    report_of = _REPORT_OF.match(src)  # `^`: the one place it may match
    if report_of is not None:
        src = src[report_of.end():]
    if not src or _NOT_A_SOURCE.match(src) or _NOT_A_SOURCE_END.search(src) or _PASSIVE_END.search(src) \
            or len(src.split()) > MAX_SOURCE_WORDS or _ACCORDING.search(src):
        return None
    if not any(ch.isupper() for ch in src) and not _SOURCE_NOUN.search(src):
        return None
    return src


_SOURCE_NOUN: Final = re.compile(  # a source written in lower case names one of these
    r"\b(?:police|officials?|authorities|sources|ministry|media|governor|mayor|minister|president|premier|chief|commissioner|sheriff|coroner|prosecutors?|spokeswoman|spokesman|spokesperson|director|head|commander|army|navy|guard|agency|service|department|office|hospital|monitor|groups?|observatory|council|commission|committee|organi[sz]ation|society|spokes\w*|report|statement|data|figures|census|survey|study|doctors?|nurses?|paramedics?|firefighters?|witness(?:es)?|medics|rescuers|"
    r"government|army|military|residents|activists|organi[sz]ers|spokes\w+|institute|administrator|operator|"
    r"campaign|company|authority|board|centre|center|embassy|court|union|association|federation|party|"
    r"broadcaster|newspaper|agency|network|coalition|opposition|rebels|monitors|survivors|relatives|villagers|"
    # plurals ("emergency services said", "aid agencies", "rescue teams")
    r"services|agencies|departments|offices|hospitals|officers|staff|teams|crews|workers|volunteers|charity|"
    r"charities|ngos?|unions|parties|councils|ministries|governments|authorities|doctors|morgues?|"
    r"school|schools|university|college|airline|club|employer|firm)\b",
    re.I)


# "Two members of the special forces also died, he said.": a pronoun speaker is the one named before.
_PRONOUN_SAID: Final = re.compile(r"(?:^|[,;]\s*|\b(?:and|but)\s+)[\"'”’]?\s*(?:he|she|they)\s+(?:also\s+)?"
                                  r"(?:said|says|added|told|stated|noted|explained|reported|confirmed)\b|"
                                  r"\b(?:he|she|they)\s+(?:said|says|added|told\s+\w+)\s*[.!]?$", re.I)


def pronoun_sources(text: str, claims: list[dict[str, Any]]) -> list[str | None]:
    """For claims' fields in text order, each claim's source: a figure whose sentence names its source only by a
    pronoun ("..., he said") takes the source of the latest figure of an earlier sentence, unless another speaker
    spoke in between ("The mayor, who arrived later, said she was shocked")."""
    out: list[str | None] = []
    last: tuple[str, int, int] | None = None  # (source, its sentence's start, its end)
    for f in claims:
        source, start, sentence = f["attribution"], f["sentence_start"], f["sentence"]
        if source is None and last is not None and last[1] < start and _PRONOUN_SAID.search(sentence) \
                and not _SPEAKS.search(text, last[2], start):
            source = last[0]
        if source is not None:
            last = (source, start, start + len(sentence))
        out.append(source)
    return out


_SPEAKS: Final = re.compile(r"\b(?:said|says|told|added|stated|explained|noted|recalled)\b")
