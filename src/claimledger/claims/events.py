"""Which event a figure is about: the document's main event, or another one the text names (a war, an earlier quake)."""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator
from typing import Any, Final, NamedTuple

from claimledger.claims.caseblind import CaseBlind, folded
from claimledger.claims.dated import MONTH_NAMES
from claimledger.claims.named import NAMED_EVENT
from claimledger.claims.lexicon import lexicon
from claimledger.claims.nonclaims import MONTHS
from claimledger.vocabulary import trie_regex

MAIN: Final = "main"
# How many opening sentences of a body name its main event (with the title); news leads state it first.
LEAD_SENTENCES: Final = 1
# How many opening sentences may give the main event's year ("On the night of February 25-26, 1992, ...").
YEAR_SENTENCES: Final = 3


# What may stand between "in"/"of" and a year: "in early 2019", "in March 2023", "of late February 1992".
_BEFORE_YEAR: Final = rf"(?:(?:early|late|mid-?)\s*)?(?:{MONTHS}\s+)?"

class EventFrame(NamedTuple):
    """The event a sentence's figures belong to: "main", or a slug with the words that named it."""

    slug: str = MAIN
    label: str | None = None
    date: str | None = None
    clause: int = -1  # where a relative clause of the other event's own figures starts, if one does


class DocumentEvents(NamedTuple):
    """What names the document's main event: its event nouns and year."""

    nouns: frozenset[str]
    year: str | None
    # No year, but the lead dates the story by a day of this week ("on Saturday", "yesterday"): news of now,
    # before which a sentence opening "In 2019, ..." tells of another event.
    recent: bool = False


# Phrases that name a war without telling of it: "prisoners of war", "war crimes", "a war memorial".
_NOT_A_WAR_BEFORE: Final = r"(?<!prisoners of )(?<!prisoner of )(?<!act of )(?<!acts of )"
_NOT_A_WAR_AFTER: Final = (r"(?!\s+(?:crimes?|criminals?|memorials?|veterans?|cemeter(?:y|ies)|museums?|correspondents?|"
                           r"games?|tribunals?|widows?)\b)")


@lru_cache(maxsize=1)
def _compiled() -> dict[str, Any]:
    lex = lexicon()
    war = trie_regex(lex["war_nouns"])
    nouns = trie_regex(lex["event_nouns"])
    wider = trie_regex(lex["wider_nouns"])
    context = "|".join(re.escape(w) for w in lex["war_context"])
    dated_year = rf"(?:of|in)\s+{_BEFORE_YEAR}(?P<y2>(?:19|20)\d\d)\b"
    frame_words = r"as a (?:result|consequence) of|during|in the course of|throughout|over the course of|" \
                  r"since the (?:start|beginning|outbreak) of"
    return {
        "war_set": set(lex["war_nouns"]),
        # Words one of which a match of "war_any" holds, lower-cased: a cheap test before the regex.
        "war_words": tuple(w.lower() for w in [*lex["war_nouns"], *lex["war_context"]]),
        "war_noun": CaseBlind(rf"{_NOT_A_WAR_BEFORE}(?<!-)\b(?:{war})\b(?!-){_NOT_A_WAR_AFTER}"),
        "war_any": CaseBlind(rf"{_NOT_A_WAR_BEFORE}(?<!-)\b(?:{war}|{context})\b(?!-){_NOT_A_WAR_AFTER}"),
        "war_frame": CaseBlind(rf"\b(?:{frame_words})\b(?P<gap>[^.;,]*?)\b(?P<noun>{war})\b"),
        "war_subject": CaseBlind(rf"\b(?:the|this|that)\s+(?:\w+\s+){{0,2}}?(?P<noun>{war})\s+(?:has|have|had)?\s*"
                                  r"(?:killed|left|claimed|displaced|forced|wounded|injured)\b"),
        "event_noun": CaseBlind(rf"\b(?:{nouns})\b"),
        # "the Anfal campaign, during which 182,000 Kurds were killed", "the war with Iran, which claimed ...": a
        # wider happening named, then a relative clause that tells its own figures.
        "relative": CaseBlind(rf"{_NOT_A_WAR_BEFORE}\b(?P<noun>{war}|{wider})\b(?!-){_NOT_A_WAR_AFTER}"
                              r"(?:\s+[^,;.:()\"“”]{1,100}?)??,?\s+(?P<rel>(?:in|during|throughout|amid)\s+"
                              r"(?:the\s+course\s+of\s+)?which|(?:which|that)\s+(?:also\s+)?(?:took|claimed|cost|killed|"
                              r"left|displaced|uprooted|wounded))\b"),
        "relative_words": tuple(w.lower() for w in [*lex["war_nouns"], *lex["wider_nouns"]]),
        "wider_noun": CaseBlind(rf"\b(?:{wider})\b"),
        # A sentence pointing back at another happening: "died in that siege", "that earlier attack" ("that" as a
        # determiner: after a preposition or opening the sentence; not "said that the attack").
        "that_event": re.compile(rf"(?:\b(?:in|during|of|from|after|by|since|at|before)\s+that|^\W*that|"
                                 rf"\bthat\s+earlier|\bthe\s+(?:earlier|previous|former))\s+(?:(?!the\b|a\b|an\b)"
                                 rf"[a-z-]+\s+)?(?P<noun>{nouns}|{war}|{wider})\b", re.I),
        "dated": CaseBlind(rf"\b(?P<y1>(?:19|20)\d\d)(?:['’]s)?\s+(?:\w+\s+)?(?P<n1>{nouns})\b|"
                            # ("Cyclone Hemant, which struck the coast in October 2013": a name, a relative clause)
                            rf"\b(?P<n2>{nouns})\b(?:\s+\w+)?,\s*(?:which|that)\s+[^,.;]{{0,60}}?\b{dated_year}|"
                            rf"\b(?P<n3>{nouns})\b[^,.;]{{0,80}}?\b{dated_year.replace('y2', 'y3')}"),
        # The first branch of "dated" alone, written to start with the digits (the engine skips to them), and
        # the end of its second branch: where that end is nowhere, "dated" finds what the first branch finds.
        "dated_first": CaseBlind(rf"(?P<y1>(?:19|20)(?<!\w..)\d\d)(?:['’]s)?\s+(?:\w+\s+)?(?P<n1>{nouns})\b"),
        "dated_second_end": CaseBlind(dated_year),
        "earlier": CaseBlind(rf"\b(?P<w>last year['’]s|the previous|an earlier|the earlier|a previous|the last|"
                              rf"a similar|another|a separate|an unrelated|a comparable)\s+"
                              rf"(?:\w+\s+)?(?P<n>{nouns})\b"),
        # "In 1989, ...", "Back in March 2001 ...", "On 12 May 1998, ...": the sentence's own time, said first.
        "opening": CaseBlind(r"^\W*(?:(?:and|but|back|also|earlier|previously|then)\s+)?(?:in|on|during|by)\s+"
                              r"(?:(?:early|late|mid-?)\s*)?(?:the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?"
                              rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:(?:of\s+)?{MONTHS}\s+)?"
                              r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                              r"(?P<y>(?:1[89]|20)\d\d)\b(?![-–/]\d)"),
        "when": CaseBlind(r"\b(?:in|since|of)\s+(?:(?:early|late|mid-?)\s*)?(?P<y>(?:19|20)\d\d),?\s+when\b"),
        "elsewhere": CaseBlind(r"\b(?:at|in|on|near)\s+(?:another|a different|a separate|an other)\s+\w"),
        "earlier_cheap": CaseBlind(r"\b(?:last|previous|earlier|century|similar|another|separate|unrelated|"
                                    r"comparable)\b"),
        "century": CaseBlind(r"\b(?:in|during|of) the (?P<c>\w+)(?:[ -]+century)\b"),
        "cumulative_cheap": CaseBlind(r"\b(?:year|since|centur|between|over|during|alone)"),
        "cumulative": CaseBlind("|".join(lex["cumulative_frames"])),
        # "\b(?:19|20)\d\d\b", written to start with the digits (the engine skips to them): the boundary before
        # a digit is "no word character before it".
        "year": re.compile(r"(?:19|20)(?<!\w..)\d\d\b"),
        "commemoration": CaseBlind(lex["commemoration_context"]),
        "gathering": re.compile(r"\b(?:protests?|rall(?:y|ies)|demonstrations?|marches|strikes?|riots?)\b", re.I),
    }


def document_events(title: str | None, lead: list[str], published: str | None) -> DocumentEvents:
    """The main event's nouns (title + lead sentence) and year (lead sentences, else publication)."""
    c = _compiled()
    named = " ".join([title or "", *lead[:LEAD_SENTENCES]])
    found = {m.group().lower() for m in [*c["event_noun"].finditer(named), *c["war_noun"].finditer(named)]}
    if found - c["war_set"]:
        # "Amid the war, a missile strike killed 40": the strike is the story, the war its setting
        found -= c["war_set"]
    found |= {m.group().lower() for m in c["wider_noun"].finditer(named)}  # (the story's own offensive, campaign)
    nouns = frozenset(found)
    year = _lead_year(c, lead[:YEAR_SENTENCES])
    if year is None and published:
        year = published[:4]
    # (not a commemoration: "marched today to remember the gas attack" is about the attack of its year)
    recent = year is None and any(_RECENT.search(s) for s in lead[:LEAD_SENTENCES]) \
        and not _COMMEMORATES.search(named)
    return DocumentEvents(nouns, year, recent)


_COMMEMORATES: Final = re.compile(r"\b(?:remember|remembered|remembering|remembrance|commemorat\w*|anniversar\w*|memorial|"
                                  r"mourn\w*|tribute|honou?r(?:ed|ing)? the (?:victims|dead|memory)|marks?|marked|marking)\b",
                                  re.I)
_RECENT: Final = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
                            r"this\s+(?:week|morning|afternoon|evening)|last\s+night|overnight)\b", re.I)


def _lead_year(c: dict[str, Any], lead: list[str]) -> str | None:
    """The first year of the lead sentences that dates the story itself."""
    for s in lead:
        # A sentence about "a similar crush" or "an earlier attack" dates that one, not the story.
        if c["year"].search(s) is None or c["earlier"].search(s):  # most lead sentences hold no year
            continue
        for m in c["year"].finditer(s):
            if not _in_dated(c, s, m.start()) and not _SINCE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
                return m.group()  # ("Since 2016, 41 workers have died": the year a tally starts, not the story's)
    return None


_SINCE_BEFORE: Final = re.compile(rf"\b[Ss]ince\s+{_BEFORE_YEAR}$")


def when_clause(doc: DocumentEvents, sentence: str) -> tuple[int, EventFrame] | None:
    """'... since 1960, when an earthquake killed 12,000': figures after the 'when' belong to that year's event."""
    if "when" not in sentence:
        return None
    c = _compiled()
    m = c["when"].search(sentence)
    if m is None or m.group("y") == doc.year:
        return None
    noun = c["event_noun"].search(sentence, m.end()) or c["event_noun"].search(sentence)
    slug = f"{_slug(noun.group()) if noun else 'event'}-{m.group('y')}"
    return m.end(), EventFrame(slug, sentence[m.start():m.end()].strip(), m.group("y"))


_ISO_DATE: Final = re.compile(r"\d{4}-\d\d")
_MONTH_OPENING: Final = re.compile(rf"^\W*(?:(?:back|earlier|also)\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?P<m>{MONTH_NAMES})\b"
                                   r"(?!\s+\d)\s*,", re.I)
_SINCE_THE: Final = re.compile(r"\bsince\s+(?:the\s+|this\s+|its\s+)?$", re.I)
_SINCE: Final = re.compile(r"\bsince\s+$")


def _in_dated(c: dict[str, Any], sentence: str, at: int) -> bool:
    """The year belongs to a named event ("the 1999 earthquake") or an ISO header, not to the lead's own story."""
    if _ISO_DATE.match(sentence[at:at + 7]) or _SINCE.search(sentence[max(0, at - 7):at]):
        return True  # an ISO header date, or "since 1960": a point of comparison, not the story's year
    if any(m.start() <= at < m.end() for m in c["when"].finditer(sentence)):
        return True
    return any(m.start() <= at < m.end() for m in _dated_matches(c, sentence))


def _dated_matches(c: dict[str, Any], sentence: str) -> Iterator[re.Match[str]]:
    """c["dated"].finditer(sentence): its second branch ends "of|in <year>", which most sentences lack."""
    return c["dated"].finditer(sentence) if c["dated_second_end"].search(sentence) else \
        c["dated_first"].finditer(sentence)


# Words one of which a match of "earlier_cheap" / "cumulative_cheap" holds.
_EARLIER_WORDS: Final = ("last", "previous", "earlier", "century", "similar", "another", "separate", "unrelated", "comparable")
_CUMULATIVE_WORDS: Final = ("year", "since", "centur", "between", "over", "during", "alone")


def _may_hold(low: str | None, words: tuple[str, ...]) -> bool:
    """False only when the lower-cased sentence holds none of `words`: a case-blind regex for them cannot match."""
    if low is None:
        return True
    for word in words:
        if word in low:
            return True
    return False


def sentence_event(doc: DocumentEvents, sentence: str) -> EventFrame:
    """The event this sentence's figures are about, from what it names (a wider war, a dated other event)."""
    c = _compiled()
    low = folded(sentence)  # the lower-cased sentence the case-blind patterns read too
    other = _relative(doc, sentence, low) or _years_after(doc, sentence, low) or _war(doc, sentence, low) \
        or _dated(doc, sentence, low)
    if other is not None:
        return other
    cumulative = c["cumulative"].search(sentence) \
        if _may_hold(low, _CUMULATIVE_WORDS) and c["cumulative_cheap"].search(sentence) else None
    if cumulative and not any(n in cumulative.group().lower() for n in doc.nouns):  # "since the outbreak began"
        return EventFrame("cumulative", sentence[cumulative.start():cumulative.end()])
    since = _SINCE_YEAR.search(sentence) if (doc.year is not None or doc.recent) and "ince " in sentence else None
    if since is not None and (int(since.group("y")) < int(doc.year) - (1 if since.group("m") else 0) if doc.year
                              else not since.group("m")):
        # "Since 2016, at least 41 workers have died in the company's mines": a tally over the years before the story
        # (a month of the year before, "since October 2023", may be the story's own start); its clause only
        opens = since.start() == since.start("since")  # ("Since 2016, ..." opens its clause; a perfect before it
        return EventFrame(f"since-{since.group('y')}", since.group("since"), since.group("y"),  # is in the clause)
                          clause=since.start() if opens else 0)
    return EventFrame()


# A tally since a year: the sentence opens with it ("Since 2016, at least 41 workers have died"), or it follows a
# perfect of an outcome in its clause ("600 people have been killed in air strikes since September 2014"); not a
# state since then ("the city, divided since 2012", "hostages held since 2016").
_SINCE_YEAR: Final = re.compile(
    rf"(?:^\W*|\b(?:have|has)\s+(?:been\s+|so\s+far\s+|now\s+)?(?:killed|died|perished|displaced|fled|wounded|injured|"
    rf"arrested|detained|disappeared|lost\s+their\s+lives|murdered|executed|drowned)\b[^,;.]{{0,80}}?)"
    rf"(?P<since>\b[Ss]ince\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<m>{MONTH_NAMES})\s+)?(?P<y>(?:19|20)\d\d)\b)(?!\s*[-–/])")


def year_after(doc: DocumentEvents, sentence: str, at: int) -> EventFrame | None:
    """'Floods killed more than 600 people and displaced 1.4 million in 2022': a figure whose own clause ends
    by dating it to a year before the story's is about that earlier event ("since records began in 1950"
    dates a record, not the figure)."""
    if doc.year is None:
        return None
    m = _IN_YEAR.search(sentence, at)
    if m is None or int(m.group("y")) >= int(doc.year):
        return None
    between = sentence[at:m.start()]
    if any(mark in between for mark in ",;:()") or _NOT_ITS_DATE.search(between):
        return None
    noun = _compiled()["event_noun"].search(sentence)
    return EventFrame(f"{_slug(noun.group()) if noun else 'event'}-{m.group('y')}", sentence[m.start():m.end()],
                      m.group("y"))


_IN_YEAR: Final = re.compile(rf"\bin\s+{_BEFORE_YEAR}(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/])")
_NOT_ITS_DATE: Final = re.compile(r"\b(?:since|began|begun|records?|founded|built|opened|established|compared|than)\b", re.I)


def other_clause(frame: EventFrame, sentence: str) -> tuple[int, int] | None:
    """The clause about another event, when the sentence gives the story's own figures in another clause: "Ten
    people were killed on Monday, two days after a similar bombing killed 17" -> from ", two days after" on;
    "The attack on Friday killed 8; a similar attack in 2019 killed 51" -> from the semicolon on; "Last year's
    floods killed 1,700; this year's have killed 96" -> up to the semicolon. Figures outside it are the main
    event's; None when the other event is not named in such a clause."""
    if frame.slug == MAIN or not frame.label:
        return None
    if frame.clause >= 0:  # "the Anfal campaign, in which 182,000 were killed": the clause up to a semicolon
        if frame.slug.startswith(("earlier-", "since-")):  # ("came five years after gunmen killed 31, and police said")
            return frame.clause, _clause_end(sentence, frame.clause)
        semicolon = sentence.find(";", frame.clause)
        return frame.clause, len(sentence) if semicolon < 0 else semicolon
    at = sentence.find(frame.label)
    if at < 0:
        return None
    m = _AFTER_CLAUSE.search(sentence, 0, at) if at > 0 else None
    if m is not None:
        return m.start(), len(sentence)
    # "'We have slept in the cold for four nights,' said a woman, who lost her house in the 1999 floods": the
    # other event is named in a relative clause about someone; what comes before that clause is the story's.
    relative = list(_RELATIVE_START.finditer(sentence, 0, at)) if at > 0 and ", " in sentence[:at] else []
    if relative:
        return relative[-1].start(), len(sentence)
    before = sentence.rfind(";", 0, at)  # "The attack on Friday killed 8; a similar attack in 2019 killed 51"
    if before > 0:
        return before, len(sentence)
    semicolon = sentence.find(";", at + len(frame.label))
    if semicolon >= 0 and _OWN_TIME.match(sentence, semicolon + 1):
        return 0, semicolon
    return None


_RELATIVE_START: Final = re.compile(r",\s+(?:who|whose|whom)\b")


# After a semicolon, the story's own time: "; this year's have killed 96", "; so far this year, ...".
_OWN_TIME: Final = re.compile(r"\s*(?:(?:and|but)\s+)?(?:this\s+(?:year|month|week|time)|so\s+far|now|today|the\s+current)\b",
                              re.I)


# A clause break, then "(two days | a week | hours) after/before/following": the clause of an earlier happening.
_AFTER_CLAUSE: Final = re.compile(
    r"(?:,|;|\s[-–—])\s*(?:(?:just|only|barely|some|a|an|one|two|three|four|five|six|seven|several|a few|few|\d+|"
    r"hours?|days?|weeks?|months?|years?)\s+){0,3}(?:after|before|following|since)\s+$", re.I)


def _relative(doc: DocumentEvents, sentence: str, low: str | None) -> EventFrame | None:
    """A wider happening other than the main event with a relative clause of its own figures: "the Anfal
    campaign, during which 182,000 Kurds were killed". Its figures are the clause's (see other_clause)."""
    c = _compiled()
    if not _may_hold(low, c["relative_words"]):
        return None
    for m in c["relative"].finditer(sentence):
        noun = m.group("noun").lower()
        if noun not in doc.nouns and not _HELPING.search(sentence, max(0, m.start("noun") - 25), m.start("noun")):
            slug = "war" if noun in c["war_set"] else _slug(noun)
            return EventFrame(slug, _label(sentence, m.start("noun"), m.end("noun")), clause=m.start("rel"))
    return None


# "The attack came five years after gunmen killed 31 people at another hotel": the story's event happened that long
# after the one its clause tells, whose figures those are.
_YEARS_AFTER: Final = re.compile(r"\b(?:came|comes|happened|occurred|took\s+place)\s+(?:\w+\s+){0,2}?"
                                 r"(?P<span>\w+\s+(?:years?|decades?|months?|weeks?|days?))\s+(?:after|since)\s+", re.I)


def _years_after(doc: DocumentEvents, sentence: str, low: str | None) -> EventFrame | None:
    if low is not None and not ((" after " in low or " since " in low) and _may_hold(low, _CAME_WORDS)):
        return None
    m = _YEARS_AFTER.search(sentence)
    if m is None:
        return None
    told = sentence[m.end():_clause_end(sentence, m.end())]  # (the other happening's clause, up to its break)
    nouns = {n.group().lower() for n in _compiled()["event_noun"].finditer(told)}
    if nouns & doc.nouns:
        return None  # "Aid came three months after the floods, which killed 300": the story's own event
    return EventFrame(f"earlier-{_slug(m.group('span'))}", sentence[m.start("span"):m.end()].strip(), clause=m.end())


# Words one of which every _YEARS_AFTER match holds.
_CAME_WORDS: Final = ("came", "comes", "happened", "occurred", "took place")
_CLAUSE_BREAK: Final = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|,\s+(?:police|officials|the\s+\w+)\s+said\b")


def _clause_end(sentence: str, start: int) -> int:
    found = _CLAUSE_BREAK.search(sentence, start)
    return found.start() if found else len(sentence)


# An operation that helps the story's own victims is part of the story: "the rescue operation, during which 40 ...".
_HELPING: Final = re.compile(r"\b(?:rescue|evacuation|relief|recovery|search|aid|humanitarian|clean-?up|salvage|"
                             r"medical|reconstruction)\s+(?:\w+\s+)?$", re.I)


def _war(doc: DocumentEvents, sentence: str, low: str | None) -> EventFrame | None:
    c = _compiled()
    if not _may_hold(low, c["war_words"]) or not c["war_any"].search(sentence):
        return None
    for pattern in (c["war_frame"], c["war_subject"]):
        m = pattern.search(sentence)
        if m and m.group("noun").lower() not in doc.nouns:
            return EventFrame("war", _label(sentence, m.start("noun"), m.end("noun")))
    anywhere = [m for m in c["war_any"].finditer(sentence) if m.group().lower() not in doc.nouns]
    mentions_main = any(m.group().lower() in doc.nouns for m in c["event_noun"].finditer(sentence))
    if anywhere and not mentions_main:
        m = anywhere[0]
        return EventFrame("war", _label(sentence, m.start(), m.end()))
    return None


def _dated(doc: DocumentEvents, sentence: str, low: str | None) -> EventFrame | None:
    c = _compiled()
    has_year = c["year"].search(sentence) is not None
    may_be_earlier = _may_hold(low, _EARLIER_WORDS)  # every "earlier" match holds one of the words
    month = _MONTH_OPENING.match(sentence) if doc.recent and not has_year else None
    if month is not None:
        # News of this week: "In July, shelling of a market killed 15 people" tells of an earlier month's event
        noun = c["event_noun"].search(sentence)
        return EventFrame(f"{_slug(noun.group()) if noun else 'event'}-{month.group('m').lower()}",
                          sentence[month.start():month.end()].strip(" ,"))
    if not has_year and not (may_be_earlier and c["earlier_cheap"].search(sentence)):
        return None
    # Every "dated" match holds a year that "year" finds too: without one, only the century and earlier rules apply.
    for m in _dated_matches(c, sentence) if has_year else ():
        groups = m.groupdict()  # the first branch alone has no "y2", "n2", ...
        branch = next(k for k in ("1", "2", "3") if groups.get("n" + k))
        year, noun, at = groups["y" + branch], groups["n" + branch].lower(), m.start("n" + branch)
        if branch == "2" and NAMED_EVENT.match(sentence, at) is None:
            continue  # a relative clause dates a named event ("Cyclone Hemant, which ..."), not "the earthquake, which"
        if noun in doc.nouns and _SINCE_THE.search(sentence, max(0, at - 12), at):
            continue  # "deaths since the outbreak began in 2023": the story's own event, counted from its start
        if year != doc.year:  # a lead without a year: a dated event named later is another one
            label = _dated_label(sentence, m)
            named = NAMED_EVENT.match(label)  # ("Cyclone Hemant in 2013": one slug however a sentence puts it)
            return EventFrame(f"{_slug(named.group() if named else noun)}-{year}", label, year)
    century = c["century"].search(sentence) if low is None or "century" in low else None
    if century and not _same_century(century.group("c"), doc.year):
        noun = c["event_noun"].search(sentence)
        return EventFrame(f"{_slug(noun.group()) if noun else 'history'}-{_slug(century.group('c'))}-century",
                          sentence[century.start():century.end()])
    opening = c["opening"].match(sentence) if has_year else None
    year = opening.group("y") if opening is not None and _earlier_year(opening.group("y"), doc.year, doc.recent) \
        else None
    earlier = c["earlier"].search(sentence) if may_be_earlier else None
    if earlier:  # "a similar crush at another stadium", "in an earlier attack"
        when = year or ("earlier" if re.search(r"last|previous|earlier", earlier.group("w"), re.I) else "other")
        return EventFrame(f"{_slug(earlier.group('n'))}-{when}", sentence[earlier.start():earlier.end()], year)
    if year is not None and opening is not None:  # "In 1989, 97 people died at another ground."
        nouns = [m.group().lower() for m in c["event_noun"].finditer(sentence)]
        # "In February 1992, the massacre killed 613": the story itself, unless it happened elsewhere
        # (in news of this week that names no year, a year names another time, whatever its noun)
        if not any(n in doc.nouns for n in nouns) or c["elsewhere"].search(sentence) or doc.year is None:
            return EventFrame(f"{_slug(nouns[0]) if nouns else 'event'}-{year}", sentence[opening.start():opening.end()].strip(" ,"), year)
    return None


def _dated_label(sentence: str, m: re.Match[str]) -> str:
    """The words that name a dated event: the match ("the 1998 floods"), or from a name inside it to its year
    ("the strongest storm since Cyclone Hemant in 2013" -> "Cyclone Hemant in 2013"); always a part of the sentence."""
    groups = m.groupdict()  # (the branches that end with the year)
    named = NAMED_EVENT.search(sentence, m.start(), m.end()) if groups.get("y2") or groups.get("y3") else None
    return sentence[named.start():m.end()] if named is not None else sentence[m.start():m.end()]


def _earlier_year(year: str, main_year: str | None, recent: bool = False) -> bool:
    """A year before the main event's: a past happening, not the story (later years date its aftermath). A
    story of this week whose year is not given is later than any year a sentence opens with."""
    return int(year) < int(main_year) if main_year is not None else recent


# Without a year for the main event, a century from this one on is taken as the report's own time.
MODERN_CENTURY: Final = 20


def _same_century(ordinal: str, year: str | None) -> bool:
    digits = re.match(r"\d+", ordinal)
    if digits is None:
        return False
    if year is None:
        return int(digits.group()) >= MODERN_CENTURY
    return int(year[:2]) + 1 == int(digits.group())


def _label(sentence: str, start: int, end: int) -> str:
    """The noun phrase around an event noun: "the military aggression", "Armenia's aggressive war"."""
    head = re.search(r"((?:the|a|an|this|that|[A-Z][\w'’-]*(?:['’]s)?)\s+(?:[\w'’-]+\s+){0,2})$", sentence[:start])
    return (head.group(1) if head else "") + sentence[start:end]


# One name per kind of event, so that "the 1998 floods" and "the 1998 flood" are the same event.
_EVENT_LEMMAS: Final = {"quake": "earthquake", "floods": "flood", "flooding": "flood", "blaze": "fire", "wildfires": "wildfire",
                        "air strike": "airstrike", "attacks": "attack", "bombings": "bombing", "protests": "protest",
                        "riots": "riot", "wars": "war", "killings": "killing", "heat wave": "heatwave"}


_NOT_SLUG: Final = re.compile(r"[^a-z0-9]+")


def _slug(words: str) -> str:
    low = words.lower()
    return _NOT_SLUG.sub("-", _EVENT_LEMMAS.get(low, low)).strip("-")


def gathering_event(doc: DocumentEvents, paragraph: str) -> EventFrame | None:
    """Crowds at an anniversary, memorial or funeral form their own event, unless the document is about a protest."""
    c = _compiled()
    if any(c["gathering"].search(n) for n in doc.nouns):
        return None
    m = c["commemoration"].search(paragraph)
    return EventFrame("commemoration", paragraph[m.start():m.end()]) if m else None


def that_event(fields: list[dict[str, Any]], doc: DocumentEvents) -> list[dict[str, Any]]:
    """Claims' fields in text order, with a main-event figure whose sentence points back at another happening ("At
    least 166 people died in that siege") given the event of the other happening's figure in the sentence before."""
    out: list[dict[str, Any]] = []
    other: dict[str, Any] | None = None  # the latest figure of another event
    pointing: dict[int, dict[str, Any]] = {}  # sentence start -> the figure of an earlier sentence it points back at
    for f in fields:
        start = f["sentence_start"]
        if f["event"] == MAIN and start not in pointing and other is not None and other["sentence_start"] < start:
            said = _compiled()["that_event"].search(f["sentence"])
            noun = said.group("noun").lower() if said is not None else ""
            named = f"{other['event']} {other['event_label'] or ''}".lower()
            # (an opening "That fire also injured 40" after a flood of 2019 is the story's own fire again; "died in
            # that siege" after the hostage-taking of 1996 is that one)
            opening = said is not None and said.start() <= 2 and said.group(0).lstrip(" \"'“(").lower().startswith("that")
            if said is not None and (noun not in doc.nouns or noun in named or not opening):
                pointing[start] = other
        if f["event"] == MAIN and start in pointing:
            back = pointing[start]
            f = {**f, "event": back["event"], "event_label": back["event_label"], "event_date": back["event_date"]}
        other = f if f["event"] != MAIN else (other if other is not None and other["sentence_start"] == start else None)
        out.append(f)
    return out
