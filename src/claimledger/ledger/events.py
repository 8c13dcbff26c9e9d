"""Corpus events: group documents' main events by place and date; keep other-event figures apart."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Iterable, Sequence

from claimledger.claims.dated import MONTH_NAMES, MONTH_NUMBER, WEEKDAYS
from claimledger.claims.named import NAMED_EVENT, NAMED_EVENT_KINDS
from claimledger.claims.model import Claim
from claimledger.claims.numbers import SCALES, TENS, UNITS
from claimledger.documents.dates import years_marked
from claimledger.documents.model import Document
from claimledger.documents.sentences import split
from claimledger.ledger.status import period

# "February 25-26, 1992", "February 25 to 26, 1992", "25-26 February 1992", "February 26 in 1992"
_DATE = re.compile(
    rf"\b(?P<m1>{MONTH_NAMES})\s+(?P<d1>\d{{1,2}})(?:\s*(?:-|–|to)\s*(?P<e1>\d{{1,2}}))?(?:,|\s+in)?\s+(?P<y1>(?:1[89]|20)\d\d)\b|"
    rf"\b(?P<d2>\d{{1,2}})(?:\s*(?:-|–|to)\s*(?P<e2>\d{{1,2}}))?\s+(?P<m2>{MONTH_NAMES}),?\s+(?P<y2>(?:1[89]|20)\d\d)\b")
# The same without a year ("during the night of 14-15 March", "on March 15"): the year is the publication's.
_DATE_NO_YEAR = re.compile(
    rf"\b(?P<m1>{MONTH_NAMES})\s+(?P<d1>\d{{1,2}})(?:\s*(?:-|–|to)\s*(?P<e1>\d{{1,2}}))?\b(?!,?\s+(?:1[89]|20)\d\d)(?!:)|"
    rf"\b(?P<d2>\d{{1,2}})(?:\s*(?:-|–|to)\s*(?P<e2>\d{{1,2}}))?\s+(?P<m2>{MONTH_NAMES})\b(?!,?\s+(?:1[89]|20)\d\d)")
# Reports of one happening in one place, published as it unfolds, date it by the days they write on
# (a situation report "as of 20 March" about a flood of 14-15 March): dates this close still meet.
SAME_EVENT_DAYS = 7
# A place named as such: "the town of Khojaly", "in Khojaly", "at Marrowby" (capitalised, not a month).
_SETTLEMENT_WORDS = ("town", "city", "village", "district", "province", "region", "county", "port", "island")
_SETTLEMENT = "(?:" + "|".join(_SETTLEMENT_WORDS) + ")"
# Words that open multi-word place names in English ("Port Haldor", "St. Louis", "New Delhi", "Lake Chad").
_PLACE_PREFIX = (r"(?:Port|Fort|Mount|Lake|Cape|Saint|St\.?|San|Santa|Santo|São|New|Old|North|South|East|West|"
                 r"Upper|Lower|Great|Little|El|Al|Le|La|Las|Los)")
_NAME = rf"(?:{_PLACE_PREFIX}\s+)?[A-Z][\w'’-]+"
# What is done to a place names it with "of" or "on": "the bombardment of Halabja", "the siege of Sarajevo",
# "the attack on Khojaly" (not "the massacre of Armenians", whose "of" names people).
_DONE_TO = (r"(?:bombardment|bombing|shelling|siege|destruction|occupation|liberation|fall|battle|capture|"
            r"evacuation|flooding)\s+of|(?:attack|assault|raid|offensive|strike|air\s+strike)\s+on")
# (a street names its place too: "the theatre on Lipova Street")
_PLACE = re.compile(rf"\b(?P<kind>{_SETTLEMENT}\s+of|{_DONE_TO}|in|at|near)\s+(?:the\s+)?(?P<p>{_NAME})|"
                    r"\b(?:on|in|at)\s+(?P<street>[A-Z][\w'’-]+)\s+(?:Street|Road|Avenue|Square|Boulevard|"
                    r"Lane|Highway|Prospekt)\b")
# Where someone spoke is not where the event happened: "told reporters in New Delhi", "said at a briefing in Geneva",
# "speaking on Tuesday at the Operations Centre": a verb of saying, then only its listeners, venue or day.
# ("addressing" needs its listeners: "addressing a rally in X" names the event's place, as "declared in X" does.)
_LISTENERS = (r"to|at|on|with|during|a|an|the|his|her|their|reporters|journalists|media|press|news|conference|briefing|"
              r"statement|interview|speech|meeting|parliament|lawmakers|legislators|diplomats|summit|"
              r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_SPOKE = re.compile(rf"\b(?:(?:told|tells?|telling|said|says?|saying|spoke|speaks?|speaking|brief(?:ed|ing)|announced|"
                    rf"announcing|stated)(?:\s+(?:{_LISTENERS}))*|(?:addressed|addressing)(?:\s+(?:{_LISTENERS}))*\s+"
                    r"(?:reporters|journalists|media|press|conference|briefing|statement|parliament|lawmakers))\s+$", re.I)
# Characters before "in X" searched for a verb of saying and its listeners.
SPOKE_CHARS = 60
# A direct quotation: the places a witness names ("I woke up in a hospital in Iran") are not where the
# reporter says the event happened.
_QUOTED = re.compile(r"\"[^\"\n]{1,800}\"|“[^”\n]{1,800}”")
# A dateline opens the story with the place it was filed from, often in capitals:
# "MARROWBY, March 15 (NWS) -", "Baku, February 26 (AZERTAC).", "KABUL (Reuters) -".
_DATELINE = re.compile(rf"^\s*(?P<p>(?:[A-Z][A-Za-z'’.-]+)(?:\s+[A-Z][A-Za-z'’.-]+){{0,2}}),?\s+"
                       rf"(?:(?:{MONTH_NAMES})\b|\d{{1,2}}\s+(?:{MONTH_NAMES})\b|\()")
# The dateline's place counts this many times a bare "in X": the reporter is where it happened, usually.
DATELINE_WEIGHT = 2
# A place named with its kind ("the town of X") counts this many times a bare "in X".
NAMED_PLACE_WEIGHT = 3
# How many of a document's most named places may match another document's (places name the same
# spot differently: the town, its district, the nearest city).
PLACES_KEPT = 3
# (nor a sentence's opening preposition: "On 23 May 2024, ..." is no dateline of a place called On)
_NOT_PLACES = {"the", "this", "that", "a", "an", "his", "her", "their", "its", "on", "in", "at", "by", "since", "during",
               "after", "before", "until", "from", "last", "next", "early", "late", *MONTH_NUMBER}
# Characters of text around the first main figure searched for the main event's date and place: a news
# lead states "On DATE, in PLACE, ..." within a paragraph or two before the first figure.
LEAD_WINDOW_CHARS = 1500
# Characters after the first main figure still read as its sentence ("613 were killed on 26 March 2020").
SENTENCE_CHARS = 200


@dataclass(frozen=True, slots=True)
class Signature:
    """What a document says its main event is: where and when (either may be unknown)."""

    document: str
    place: str | None
    date: str | None
    places: frozenset[str] = frozenset()


def iso_date(m: re.Match[str], year: int | None = None) -> str:
    """An ISO date or day range ("1992-02-25/1992-02-26") from a _DATE match (or a _DATE_NO_YEAR one and its year)."""
    month = MONTH_NUMBER[(m.group("m1") or m.group("m2")).lower()]
    year = int(m.group("y1") or m.group("y2")) if year is None else year
    d1, e1 = int(m.group("d1") or m.group("d2")), m.group("e1") or m.group("e2")
    start = f"{year:04d}-{month:02d}-{d1:02d}"
    return f"{start}/{year:04d}-{month:02d}-{int(e1):02d}" if e1 else start


def _no_year_date(m: re.Match[str], published: str | None) -> str | None:
    """A year-less date placed in the publication's year (or the year before, for a later month)."""
    if not published or len(published) < 7:
        return None
    year, pub_month = int(published[:4]), int(published[5:7])
    return iso_date(m, year - (MONTH_NUMBER[(m.group("m1") or m.group("m2")).lower()] > pub_month))


# A date that starts or ends a count, or dates a status, is a milestone of the aftermath, not when the event happened:
# "cases reported since 18 November", "as of 21 November", "camps to close by 30 November".
_MILESTONE = re.compile(r"\b(?:since|as\s+of|until|till|by|through|up\s+to)\s+(?:(?:the\s+)?(?:morning|evening|night|"
                        r"end|start)\s+of\s+)?$", re.I)
# Characters before a date searched for a milestone's word.
MILESTONE_CHARS = 30


def _dates_in(text: str, published: str | None, milestones: bool = True) -> list[str]:
    """The dates in `text` (a year-less one in the publication's year), without milestones when told to."""
    keep = (lambda m: True) if milestones else \
        (lambda m: _MILESTONE.search(text, max(0, m.start() - MILESTONE_CHARS), m.start()) is None)
    found = [iso_date(m) for m in _DATE.finditer(text) if keep(m)]
    found += [d for m in _DATE_NO_YEAR.finditer(text) if keep(m) and (d := _no_year_date(m, published))]
    last = period(published)
    # A date after the report was published is a plan or a deadline, not the date of what it reports.
    return [d for d in found if (p := period(d[:10])) is not None and (last is None or p[0] <= last[1])]


def signature(doc: Document, main_claims: Sequence[Claim]) -> Signature:
    """The place and date of the document's main event, read around its first main figure."""
    start, end = doc.body
    body = doc.text[start:end]
    anchor = min((c.start for c in main_claims), default=start)
    before = doc.text[max(start, anchor - LEAD_WINDOW_CHARS):min(end, anchor + SENTENCE_CHARS)]
    after = doc.text[anchor:min(end, anchor + LEAD_WINDOW_CHARS)]
    # (after the first figure, its date is the first one that is no milestone of the aftermath)
    dates = _dates_in(before, doc.published) or _dates_in(after, doc.published, milestones=False)[:1]
    date = _earliest(dates)
    # "One month after the roof collapsed, ...": the event, when the report gives no other date than its own day
    opening = _lead_sentences(doc) if doc.published else []  # (read once for both rules below)
    counted_back = _follow_up(doc, opening) if date is None or date == (doc.published or "")[:10] else None
    if counted_back is not None:
        date = counted_back
    marked = _anniversary_piece(doc, opening)
    if marked is not None and doc.published:
        # An anniversary piece: its event lies that many years before it was published. Dates of the
        # commemoration itself (a day of the publication year, a resolution adopted that spring) are not it.
        event_year = str(int(doc.published[:4]) - marked[0])
        of_year = [d for d in _dates_in(body, doc.published) if d[:4] == event_year]
        date = _earliest(of_year) or event_year
    counts = _places(body)
    for name in _title_names(doc.title, body):
        counts[name] += TITLE_PLACE_WEIGHT
    ranked = [p for p, _ in counts.most_common(PLACES_KEPT)]
    keys = {_place_key(p) for p in ranked}
    named = named_event(doc.title, body, doc.published)
    if named is not None:  # (a named storm or operation is shared by its reports as a place is)
        keys.add(NAMED_KEY + named)
    return Signature(doc.id, ranked[0] if ranked else None, date, frozenset(keys))


# The key of a named event among a signature's place keys (no place key holds a colon).
NAMED_KEY = "named:"
# A name said in the headline counts this many times one said in the body.
TITLE_NAME_WEIGHT = 2
# A named event the headline does not name is the report's own only when its body names it this often.
NAMED_MIN_MENTIONS = 2
# "Cyclone Hemant in 2013", "the 2013 Cyclone Hemant": a name given a year.
_NAME_YEAR_AFTER = re.compile(r"['’]?s?,?\s+(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + MONTH_NAMES + r")\s+)?"
                              r"(?P<y>(?:1[89]|20)\d\d)\b", re.I)
_NAME_YEAR_BEFORE = re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)(?:['’]s)?\s+$")


def _mentions(name: str, text: str) -> int:
    """How often `name` stands as whole words in `text` (case as given)."""
    count, at = 0, text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-_")) and \
                (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
            count += 1
        at = text.find(name, end)
    return count


def named_event(title: str | None, body: str, published: str | None) -> str | None:
    """The named happening ("Cyclone Saranya", "Operation Cast Lead") a report is about, as a key ("saranya"): one
    it names with its kind, then by that name often enough (alone too: "Saranya, which packed winds of ...", the
    headline counting more); not one given an earlier year ("the strongest storm since Cyclone Hemant in 2013")."""
    texts = ((title or "", TITLE_NAME_WEIGHT), (body, 1))
    names: dict[str, bool] = {}  # name -> not dated to an earlier year
    for text, _ in texts:
        for m in NAMED_EVENT.finditer(text):
            year = _NAME_YEAR_AFTER.match(text, m.end()) or _NAME_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start())
            name = re.sub(r"['’]s?$", "", m.group("name"))
            names[name] = names.get(name, True) and (year is None or bool(published and year.group("y") >= published[:4]))
    # (a name the body never gives, or gives in lower case as often, is a headline's capitals: "Storm Surge Floods Towns";
    # "Hurricane Grace ... by the grace of God ... Grace weakened" stays a name)
    counts = Counter({name: sum(weight * _mentions(name, text) for text, weight in texts) for name, ours in names.items()
                      if ours and _mentions(name, body) > _mentions(name.lower(), body)})
    best = counts.most_common(1)
    return _place_key(best[0][0]) if best and best[0][1] >= NAMED_MIN_MENTIONS else None


# "One month after the roof collapsed", "Two weeks after the floods", "Ten days on": a follow-up's lead counts back.
# (at the start of the headline or the opening sentence, after an optional dateline: "ORSK - One month after ...")
_AFTER_SPAN = re.compile(r"(?:^|\n)\W*(?:[A-Z][A-Z .'’-]{1,30}(?:\([^)]{1,30}\))?\s*[-–—]\s*)?(?:(?:exactly|just|nearly|some)\s+)?"
                         r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                         r"(?P<unit>day|week|month)s?\s+(?:after|since)\s+(?:the|this|last|its)\b", re.I)
# (what it counts from is a known happening, "after the collapse"; "three days after a ceasefire was agreed, an air
# strike killed 30" tells of a new one)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def _follow_up(doc: Document, opening: list[str]) -> str | None:
    """The date of the event a follow-up's headline or opening sentence counts back to from its publication ("One
    month after ...": that month; "Ten days after": that day), or None."""
    if not doc.published or len(doc.published) < 10:
        return None
    m = _AFTER_SPAN.search("\n".join([doc.title or "", *opening]))
    if m is None:
        return None
    said = m.group("n").lower()
    n = 1 if said in ("a", "an") else int(said) if said.isdigit() else _NUMBER_VALUES.get(said, 0)
    start = period(doc.published[:10])
    if start is None or n <= 0:
        return None
    unit = m.group("unit").lower()
    back = (start[0] - timedelta(days=n * _UNIT_DAYS[unit])).isoformat()
    return back[:7] if unit == "month" else back  # ("a month" is rough: its month; days and weeks: the day)


def _lead_sentences(doc: Document) -> list[str]:
    """The opening sentence of the body (and the next when the first is a headline or byline line without a stop)."""
    start = doc.body[0]
    lead = split(doc.text, start, min(doc.body[1], start + LEAD_SENTENCE_CHARS))
    headline = bool(lead) and not doc.text[lead[0].start:lead[0].end].rstrip().endswith((".", "!", "?"))
    return [doc.text[s.start:s.end].strip() for s in lead[:2 if headline else 1]]


def _anniversary_piece(doc: Document, opening: list[str]) -> tuple[int, str] | None:
    """The years an anniversary piece says have passed since its event, when its headline or opening sentence
    says so ("29th anniversary of the massacre"); not a fresh report mentioning an older event's anniversary."""
    if not doc.published:
        return None
    # (a page's extracted text opens with its headline line, no final stop: the lead is the sentence after it)
    return years_marked(f"{doc.title or ''}\n{' '.join(opening)}", lead=True)


# How far the opening sentence of a body may run.
LEAD_SENTENCE_CHARS = 400
# A name in the headline that the body names as a place ("in X", "of X") counts this many times a bare "in X".
TITLE_PLACE_WEIGHT = 2
_TITLE_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]{3,}")
# Headline words read, at most (a headline is short; a line of 3,000 capitalised words is not one).
TITLE_WORDS = 12


def _title_names(title: str | None, body: str) -> list[str]:
    """Capitalised words of the headline (not a month, weekday or number word) that the body names as a place,
    after "in", "at", "of", "from", "near": not a person the headline names ("Governor Hale visits ...")."""
    if not title:
        return []
    words: dict[str, None] = {}
    for m in list(_TITLE_NAME.finditer(title))[:TITLE_WORDS]:
        word = m.group().rstrip("'’").removesuffix("'s").removesuffix("’s")
        low = word.lower()
        if low not in _NOT_PLACES and low not in WEEKDAYS and low.split("-")[0] not in _NUMBER_WORDS \
                and low not in NAMED_EVENT_KINDS:
            words[word] = None
    if not words:
        return []
    found = {m.group(1) for m in _NAMED_AS_PLACE.finditer(body)}
    return [w for w in words if w in found]


# A capitalised word after a preposition of place: where the body names a place.
_NAMED_AS_PLACE = re.compile(r"\b(?i:in|at|of|from|near|outside|around|into)\s+(?:(?i:the)\s+)?([A-Z][\w'’-]*)")


_NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES])  # (the number words the claims stage reads)
_NUMBER_VALUES = {**UNITS, **TENS}





def _place_key(place: str) -> str:
    """A place as compared across reports: case and accents aside ("Potočari" is "Potocari")."""
    decomposed = unicodedata.normalize("NFKD", place.lower().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Letters with strokes that Unicode does not decompose into a base letter and a mark ("Łódź" is "Lodz").
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i", "æ": "ae", "œ": "oe",
                               "ß": "ss", "ð": "d", "þ": "th"})


def _places(body: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    dateline = _DATELINE.match(body)
    if dateline and dateline.group("p").split()[0].lower() not in _NOT_PLACES:
        counts[dateline.group("p").title() if dateline.group("p").isupper() else dateline.group("p")] += DATELINE_WEIGHT
    quoted = [q.span() for q in _QUOTED.finditer(body)] if '"' in body or "“" in body else []
    for m in _PLACE.finditer(body):
        if m.group("street"):
            counts[m.group("street")] += 1
            continue
        name = m.group("p")
        if name.lower() in _NOT_PLACES or name.lower() in NAMED_EVENT_KINDS \
                or any(lo < m.start() < hi for lo, hi in quoted) or _spoke_there(body, m.start()):
            continue
        counts[name] += NAMED_PLACE_WEIGHT if m.group("kind").startswith(_SETTLEMENT_WORDS) else 1
    return counts


def _spoke_there(body: str, at: int) -> bool:
    """The place at `at` ("in X") is where someone spoke: "told reporters in X"."""
    return _SPOKE.search(body, max(0, at - SPOKE_CHARS), at) is not None


def _earliest(dates: list[str]) -> str | None:
    """The earliest date: a report looking back states the event's date before later milestones."""
    return min(dates, key=lambda d: d[:10]) if dates else None


def _dates_meet(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    pa, pb = period(a.split("/")[0]), period(b.split("/")[0])
    qa, qb = period(a.split("/")[-1]), period(b.split("/")[-1])
    if not (pa and pb and qa and qb):
        return a == b
    slack = timedelta(days=SAME_EVENT_DAYS)
    return pa[0] <= qb[1] + slack and pb[0] <= qa[1] + slack


def _places_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


@dataclass(frozen=True)
class Group:
    """A corpus event: its documents and the place and date most of them state."""

    documents: tuple[str, ...]
    place: str | None
    date: str | None


class _Open:
    """A group being assembled: the first place and date stated stand for it. Only its documents and the
    counts of places and dates stated are kept, so signatures can be dropped as they stream by."""

    def __init__(self, sig: Signature) -> None:
        self.documents: list[str] = []
        self.place_counts: Counter[str] = Counter()
        self.date_counts: Counter[str] = Counter()
        self.places, self.date = sig.places, sig.date
        self._count(sig)

    def accepts(self, sig: Signature) -> bool:
        return _places_meet(sig.places, self.places) and _dates_meet(sig.date, self.date)

    def add(self, sig: Signature) -> None:
        self._count(sig)
        self.places, self.date = self.places | sig.places, self.date or sig.date

    def absorb(self, other: _Open) -> None:
        self.documents.extend(other.documents)
        self.place_counts.update(other.place_counts)
        self.date_counts.update(other.date_counts)
        self.places, self.date = self.places | other.places, self.date or other.date

    def _count(self, sig: Signature) -> None:
        self.documents.append(sig.document)
        if sig.place:
            self.place_counts[sig.place] += 1
        if sig.date:
            self.date_counts[sig.date] += 1


class Grouper:
    """Documents whose main events share place and date form one corpus event: add signatures one at a
    time (a stream), then take the groups (largest first)."""

    def __init__(self) -> None:
        self._by_place: dict[str, list[_Open]] = {}
        self._every: list[_Open] = []
        self._unknown: list[Signature] = []

    def add(self, sig: Signature) -> None:
        if not sig.places and sig.date is None:
            self._unknown.append(sig)
            return
        pool = [g for p in sorted(sig.places) for g in self._by_place.get(p, [])] if sig.places else self._every
        home = next((g for g in pool if g.accepts(sig)), None) or \
            next((g for g in self._every if not g.places and g.accepts(sig)), None)
        if home is None:
            home = _Open(sig)
            self._every.append(home)
        else:
            home.add(sig)
        for p in sig.places:
            if home not in self._by_place.setdefault(p, []):
                self._by_place[p].append(home)

    def groups(self) -> list[Group]:
        _merge_met(self._every)
        groups = sorted(self._every, key=lambda g: -len(g.documents))
        unknown = list(self._unknown)
        if unknown:
            # A report that names neither place nor date is taken as one more report of the corpus's main story.
            if not groups:
                groups.append(_Open(unknown.pop(0)))
            groups[0].documents.extend(s.document for s in unknown)
        return [_label(g) for g in groups]


def _merge_met(groups: list[_Open]) -> None:
    """Join groups that have come to share a place and meet in date since they opened: a report naming the theatre
    may come before the one naming both the theatre and the city. Groups are few (events, not documents)."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(groups):
            for b in groups[i + 1:]:
                if a.places and b.places and a.places & b.places and _dates_meet(a.date, b.date):
                    a.absorb(b)
                    groups.remove(b)
                    merged = True
                    break
            if merged:
                break


def group_main(signatures: Iterable[Signature]) -> list[Group]:
    """Documents whose main events share place and date form one corpus event (largest first)."""
    grouper = Grouper()
    for sig in signatures:
        grouper.add(sig)
    return grouper.groups()


def _label(g: _Open) -> Group:
    place = g.place_counts.most_common(1)
    date = g.date_counts.most_common(1)[0][0] if g.date_counts else None
    if date is not None:  # the most often stated date, told as precisely as one report tells it ("1995" -> "1995-07-11")
        finer = [(n, d) for d, n in g.date_counts.items() if d != date and d.startswith(date)]
        date = max(finer)[1] if finer else date
    return Group(tuple(g.documents), place[0][0] if place else None, date)


def label(place: str | None, date: str | None, fallback: str = "main event") -> str:
    return ", ".join(p for p in (place, date) if p) or fallback
