"""Publication date with its precision and the rule that found it: header, date line, dateline, anniversary."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from claimledger.documents.body import Unit, units
from claimledger.vocabulary import load_versioned

DATES_VERSION: Final = "documents-dates/1"

# Date lines are looked for in this many units just above the body (title, byline, "Posted on ...")
# and in this many short units at its top; a banner further up may carry the day the page was scraped.
HEADER_UNITS: Final = 4
BODY_HEAD_UNITS: Final = 2
# A unit with more words than this is prose, and a full date in it is an event date, not a date line.
DATE_LINE_MAX_WORDS: Final = 14
# Years we read as years: 1800-2099 (a count such as "1275 hostages" is not one).
_YEAR: Final = r"(?:1[89]|20)\d\d"
# Anniversaries past this are not about a news event ("the 500th anniversary of the town charter").
MAX_ANNIVERSARY: Final = 200
# A numbered commemoration counts years only from this many on (monthly and weekly ones exist).
MIN_COMMEMORATION: Final = 10
# Whether a line holds a year at all: every full date and month-year pattern below holds one.
_HAS_YEAR: Final = re.compile(_YEAR).search

@dataclass(frozen=True)
class Published:
    """A publication date (ISO, as precise as known), its precision and the rule that gave it."""

    value: str
    precision: str
    rule: str


@dataclass(frozen=True)
class Dateline:
    """The wire-style opening of a body: 'Kessford, March 3 (VNA).' or 'LONDON (Reuters) -'."""

    text: str
    place: str
    month: int | None
    day: int | None
    year: int | None
    agency: str | None


@dataclass(frozen=True)
class Anniversary:
    """'29th anniversary' / '29th commemoration' / '28 years have passed since': how many years after which
    event year."""

    phrase: str
    years: int
    event_year: int

    def describe(self) -> str:
        """How a person would say it: "'29th anniversary' of a 1992 event"."""
        if self.phrase.lower().endswith("since"):
            return f"'{self.phrase[: -len('since')].rstrip()}' since a {self.event_year} event"
        return f"'{self.phrase}' of a {self.event_year} event"

    @property
    def year(self) -> int:
        return self.event_year + self.years


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_versioned("claimledger.documents", "data/dates.json", DATES_VERSION)


def _alternation(names: Any) -> str:
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    months = _alternation(_data()["months"])
    month, month2 = rf"(?i:(?P<month>{months}))\.?", rf"(?i:(?P<month2>{months}))\.?"
    any_month = rf"(?i:\b(?:{months}))\.?"
    day, day2 = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?", r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
    days = r"[0-3]?\d(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*[0-3]?\d)?"  # "25-26", "25 to 26"
    year, year2 = rf"(?P<year>{_YEAR})", rf"(?P<year2>{_YEAR})"
    num = r"(?P<num>\d{1,3}|[A-Za-z]+(?:[\s-][A-Za-z]+)?)"
    place = r"(?P<place>[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*){0,3})"
    date = rf"(?:{month}\s+{day}|{day2}\s+(?:of\s+)?{month2})"
    return {
        # (ended by a dash, stop or colon, or alone on its line: "KESTREL BAY, Nov. 5, 2023")
        # (the place may name its country or region: "POTOCARI, Bosnia-Herzegovina (Meridian Press) -")
        "dateline": re.compile(rf"{place}(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}(?=\s*[,(]))?"
                               rf"(?:,\s*{date}(?:,?\s*{year})?)?\s*(?:\((?P<agency>[^()\n]{{2,40}})\))?"
                               r"(?:\s*[-–—.:]|[ \t]*(?:\n|$))"),
        "full": re.compile(rf"\b(?:{month}\s+{day},?\s+{year}|{day2}\s+(?:of\s+)?{month2},?\s+{year2})\b"),
        "iso": re.compile(rf"\b(?P<year>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        "month_year": re.compile(rf"\b{month}\s+{year}\b"),
        "with_month": re.compile(rf"{any_month}(?:\s+{days})?,?\s+(?:in\s+|of\s+)?{year}\b"),
        "day_month_year": re.compile(rf"\b{days}\s+(?:of\s+)?{any_month},?\s+{year}\b"),
        "in_year": re.compile(rf"\b(?:in|since|of|until|by)\s+{year}\b"),
        # ("29th commemoration": written as an ordinal, the commemoration counts years like an anniversary)
        "ordinal": re.compile(rf"\b(?:(?:(?P<digits>\d{{1,3}})(?:st|nd|rd|th)|{num})\s+anniversary|"
                              rf"(?P<digits2>\d{{1,3}})(?:st|nd|rd|th)\s+commemoration)\b", re.I),
        "year_anniversary": re.compile(rf"\b{num}-year\s+anniversary\b", re.I),
        # ("28 years have passed since", "Twenty-five years on, ..."; not "two years after the terrorists moved in")
        "elapsed": re.compile(rf"\b{num}\s+years\s+(?:(?:(?:have|has)\s+(?:passed|elapsed|gone\s+by)\s+)?since\b|"
                              r"on\s*[,;:])", re.I),
        # The same for one year, said "a year" too ("A year since the quake", "One year on, ...").
        "a_year": re.compile(r"\b(?P<one>a|one)\s+year\s+(?:(?:(?:has\s+)?(?:passed|elapsed|gone\s+by)\s+)?since\b|"
                             r"on\s*[,;:])", re.I),
        # In a headline or a lead, "N years after" and "N years ago" say it too ("One year after the station attack,
        # survivors ...", "Exactly a year ago, gunmen opened fire ..."); further down they tell of a later step.
        "lead_elapsed": re.compile(rf"\b(?:(?P<one>a|one)\s+year|{num}\s+years)\s+(?:after|ago)\b", re.I),
    }


def month_number(name: str) -> int | None:
    """1-12 for an English month name or abbreviation, else None."""
    value = _data()["months"].get(name.lower().rstrip("."))
    return int(value) if value is not None else None


def number_value(phrase: str) -> int | None:
    """The number a phrase names: '29', 'thirty-first', 'twenty eight', 'hundredth' (else None)."""
    phrase = phrase.strip().lower()
    if phrase.isdigit():
        return int(phrase)
    d = _data()
    single = {**d["cardinal_units"], **d["cardinal_teens"], **d["cardinal_tens"],
              **d["ordinal_units"], **d["ordinal_teens"], **d["ordinal_tens"]}
    parts = re.split(r"[\s-]+", phrase)
    if len(parts) == 2 and parts[0] in d["cardinal_tens"] and (parts[1] in d["cardinal_units"] or parts[1] in d["ordinal_units"]):
        return int(d["cardinal_tens"][parts[0]]) + int(single[parts[1]])
    last = parts[-1]
    return int(single[last]) if last in single else None


# The last dateline read: publication_date and find_outlet ask for the same text's in turn. One
# (text, body_start, dateline) tuple, replaced whole, so threads never see half of one.
_last: tuple[str, int, Dateline | None] = ("", -1, None)


def parse_dateline(text: str, body_start: int) -> Dateline | None:
    """The dateline at the very start of the body, if the body opens with one."""
    global _last
    last_text, last_start, found = _last
    if last_text is text and last_start == body_start:
        return found
    found = _read_dateline(text, body_start)
    _last = (text, body_start, found)
    return found


def _read_dateline(text: str, body_start: int) -> Dateline | None:
    m = _patterns()["dateline"].match(text, body_start, min(len(text), body_start + 160))
    if not m:
        return None
    month_name = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    agency = (m.group("agency") or "").strip() or None
    if month_name is None and agency is None:
        return None  # "Kessford, the county town, ..." is a sentence, not a dateline
    if day is not None and not 1 <= int(day) <= 31:
        return None
    return Dateline(
        text=m.group(0).rstrip(" \t\n-–—.:"),
        place=m.group("place"),
        month=month_number(month_name) if month_name else None,
        day=int(day) if day else None,
        year=int(m.group("year")) if m.group("year") else None,
        agency=agency,
    )


def full_dates(line: str) -> list[tuple[int, int, int, str]]:
    """Every (year, month, day, matched text) written out in full in `line`."""
    found: list[tuple[int, int, int, str]] = []
    if _HAS_YEAR(line) is None:  # both patterns hold a year: most lines are done here
        return found
    for m in _patterns()["full"].finditer(line):
        month = month_number(m.group("month") or m.group("month2"))
        day = int(m.group("day") or m.group("day2"))
        year = int(m.group("year") or m.group("year2"))
        if month and 1 <= day <= 31:
            found.append((year, month, day, m.group(0)))
    for m in _patterns()["iso"].finditer(line):
        month, day = int(m.group("m")), int(m.group("d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((int(m.group("year")), month, day, m.group(0)))
    return found


def _date_line_units(text: str, start: int, body: tuple[int, int]) -> list[Unit]:
    found = _units_to(text, start, body[1])
    before = [u for u in found if u.end <= body[0]][-HEADER_UNITS:]
    head = [u for u in found if u.start >= body[0]][:BODY_HEAD_UNITS]
    return [u for u in before + head if u.tokens <= DATE_LINE_MAX_WORDS]


def _units_to(text: str, start: int, end: int) -> list[Unit]:
    """units(text[:end], start). When a unit of the whole text ends at `end`, those up to it are the same
    units (nothing after `end` joined that one), so the whole text's units, already split, serve."""
    found = units(text, start)
    for i, u in enumerate(found):  # units are in order, so those up to the one ending at `end` lead
        if u.end == end:
            return found[: i + 1]
    return units(text[:end], start)


def date_line(text: str, start: int, body: tuple[int, int]) -> Published | None:
    """A short line near the top that states a full date ('Posted on 19 March 2025'), or 'March 2025'. A line that
    says what its date is ('Date of issue: 2 April 2025', 'Published 3 May 2025') wins over one that does not, and a
    date closing a period ('Epidemiological week 13 (24 - 30 March 2025)') is when the period ended, not when the
    report came out."""
    labelled = _labelled_date(text, start, body)
    if labelled is not None:
        return labelled
    lines = [u for u in _date_line_units(text, start, body) if _HAS_YEAR(u.text)]  # both patterns need one
    for u in lines:
        for year, month, day, said in full_dates(u.text):
            if not _in_period(u.text, said):
                return Published(f"{year:04d}-{month:02d}-{day:02d}", "day", f"date line '{u.text}'")
    for u in lines:
        if any(_in_period(u.text, said) for *_, said in full_dates(u.text)):
            continue  # "(19 - 25 May 2031)" dates a period, not its month's report
        m = _patterns()["month_year"].search(u.text)
        named = month_number(m.group("month")) if m else None
        if m and named:
            return Published(f"{int(m.group('year')):04d}-{named:02d}", "month", f"date line '{u.text}'")
    return None


# A date line that names what its date is: "Date:", "Date of issue:", "Issued on", "Published", "Release date:".
_DATE_LABEL: Final = re.compile(r"(?:date(?:\s+of\s+(?:issue|publication|release))?|(?:issue|publication|release)\s+date|"
                                r"issued|published|released|posted)\b(?:\s+on\b)?\s*:?", re.I)
# A labelled date line is looked for this far above the body (a bulletin's heading block is longer than a headline's).
LABELLED_HEADER_UNITS: Final = 8
# A range's first end before a date ("24 - 30 March 2025", "24 March to 30 March 2025") or its second end after it
# ("30 March - 5 April 2025"; not a time: "2 April 2025 - 10:30").
_PERIOD_BEFORE: Final = re.compile(r"\d(?:st|nd|rd|th)?(?:\s+[A-Za-z]{3,9}\.?)?(?:,?\s+\d{4})?\s*(?:[-–—]|to|until|through)\s*$")
_PERIOD_AFTER: Final = re.compile(r"\s*(?:[-–—]|to|until|through)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3}|[A-Za-z]{3,9}\.?\s+\d)")


def _labelled_date(text: str, start: int, body: tuple[int, int]) -> Published | None:
    """The full date of a labelled date line among the short units above the body (or at its top)."""
    found = _units_to(text, start, body[1])
    before = [u for u in found if u.end <= body[0]][-LABELLED_HEADER_UNITS:]
    head = [u for u in found if u.start >= body[0]][:BODY_HEAD_UNITS]
    for u in before + head:
        if u.tokens <= DATE_LINE_MAX_WORDS and _DATE_LABEL.match(u.text) and _HAS_YEAR(u.text):
            for year, month, day, said in full_dates(u.text):
                if not _in_period(u.text, said):
                    return Published(f"{year:04d}-{month:02d}-{day:02d}", "day", f"date line '{u.text}'")
    return None


def _in_period(line: str, said: str) -> bool:
    """Whether the date `said` in `line` is an end of a range of days."""
    at = line.find(said)
    return bool(_PERIOD_BEFORE.search(line[max(0, at - 30) : at]) or _PERIOD_AFTER.match(line, at + len(said)))


def _event_year_candidates(body: str) -> tuple[list[int], int]:
    """Years written with a month ('25-26 February 1992'), in order of first mention; and the latest year stated."""
    p = _patterns()
    hits: list[tuple[int, int]] = []
    for name in ("with_month", "day_month_year"):
        hits += [(m.start(), int(m.group("year"))) for m in p[name].finditer(body)]
    ordered = [y for _, y in sorted(hits)]
    latest = max([y for _, y in hits] + [int(m.group("year")) for m in p["in_year"].finditer(body)], default=0)
    return list(dict.fromkeys(ordered)), latest


def _anniversary_lines(body: str, lead: bool = False) -> list[tuple[str, int, str]]:
    """(pattern name, offset, line) for each line that could hold an anniversary; the patterns read only those (a
    lead's read for "N years after" too)."""
    found: list[tuple[str, int, str]] = []
    lowered = body.lower()  # lowering is per character, and neither word spans a line break
    if "anniversary" not in lowered and "year" not in lowered and "commemoration" not in lowered:
        return found
    offset = 0
    for line in body.splitlines(keepends=True):
        lower = line.lower()
        if "anniversary" in lower or "commemoration" in lower:
            found += [("ordinal", offset, line), ("year_anniversary", offset, line)]
        if "years" in lower:
            found.append(("elapsed", offset, line))
        if "year" in lower:
            found += [("a_year", offset, line)] + ([("lead_elapsed", offset, line)] if lead else [])
        offset += len(line)
    return found


def anniversary(body: str, event_year: int | None = None) -> Anniversary | None:
    """The anniversary the body marks ('thirty-first anniversary' of a 1992 event -> 31, 1992), if any."""
    marked = years_marked(body)
    if marked is None:
        return None
    years, phrase = marked
    if event_year is None:
        candidates, latest = _event_year_candidates(body)
        event_year = next((y for y in candidates if y + years >= latest), None)
    if event_year is None:
        return None
    return Anniversary(phrase=phrase, years=years, event_year=event_year)


def years_marked(body: str, lead: bool = False) -> tuple[int, str] | None:
    """How many years the body says have passed since its event ('27th anniversary', 'Twenty-five years on'), with
    the words that say it; the most often said count, the earliest said first. A headline and lead sentence (`lead`)
    say it with "after" and "ago" too ('One year after the attack, ...')."""
    p = _patterns()
    phrases: list[tuple[int, int, str]] = []
    for name, offset, line in _anniversary_lines(body, lead):
        for m in p[name].finditer(line):
            said = next((g for g in m.groups() if g), None)
            n = 1 if m.groupdict().get("one") else number_value(said) if said else None
            if m.groupdict().get("digits2") and n is not None and n < MIN_COMMEMORATION:
                continue  # "the 5th commemoration" may count months or weeks
            if n and 0 < n < MAX_ANNIVERSARY:
                phrases.append((offset + m.start(), n, m.group(0)))
    if not phrases:
        return None
    counts = Counter(n for _, n, _ in phrases)
    years = max(counts, key=lambda n: (counts[n], -min(pos for pos, k, _ in phrases if k == n)))
    return years, next(said for _, n, said in sorted(phrases) if n == years)


def _precision(value: str) -> str:
    return {4: "year", 7: "month"}.get(len(value), "day")


# Where a saved page's markup date comes from (readers/html.py says so), and how many days a full dateline at the
# top of the story may differ from it before the dateline wins (a story filed late at night, posted next day).
MARKUP_DATE: Final = "html metadata"
DATELINE_OVER_MARKUP_DAYS: Final = 2


def _within_days(known: str, year: int, month: int, day: int, days: int) -> bool:
    try:
        given = datetime.date.fromisoformat(known[:10]) if len(known) >= 10 else None
        said = datetime.date(year, month, day)
    except ValueError:
        return True
    return given is None or abs((given - said).days) <= days


def _top_dateline(text: str, body: tuple[int, int]) -> Dateline | None:
    """A dateline opening the body, or opening its second line when the first is a headline (no final stop): an
    extracted page may start with its headline and put the dateline on a line of its own ("KESTREL BAY, Nov. 5,
    2023"). A paragraph that opens with a place and a date and goes on with a colon is prose, not a dateline."""
    at = body[0]
    found = _read_dateline(text, at)
    for _ in range(TOP_LINES - 1):  # (headline, byline, blank lines above it)
        if found is not None:
            break
        line_end = text.find("\n", at, body[1])
        line = text[at:line_end].strip() if line_end > 0 else ""
        if line.endswith((".", "!", "?", ":")):
            return None  # a sentence: the story has begun
        at = line_end + 1
        while at < body[1] and text[at] in " \t\r\n":
            at += 1
        found = _read_dateline(text, at)
    if found is not None and found.agency is None \
            and text.startswith(":", text.find(found.text, body[0]) + len(found.text)):
        return None
    return found


# The lines of a page's top that may stand above its dateline: headline, deck, byline.
TOP_LINES = 4


def _from_known(published: str, precision: str | None, rule: str | None, ann: Anniversary | None) -> Published:
    rule = rule or "given with the document"
    if ann is not None and published[:4] == str(ann.year):
        rule += f"; agrees with {ann.describe()}"
    elif ann is not None:
        rule += f"; the text's {ann.describe()} would give {ann.year}"
    return Published(published, precision or _precision(published), rule)


def _dateline_year(dl: Dateline, body: str, ann: Anniversary | None) -> tuple[int, str] | None:
    """The year a month-day dateline stands in: its own, else the latest of a full date with the same
    month and day in the body and the anniversary's year (anniversary stories are dated on the day of
    the event they mark, so "14 March 1987" beside "Dunmore, March 14" may be the event itself)."""
    if dl.year is not None:
        return dl.year, "its own year"
    found = [(year, f"the year from '{said}' in the body") for year, month, day, said in full_dates(body)
             if (month, day) == (dl.month, dl.day)]
    if ann is not None:
        found.append((ann.year, f"the year from {ann.describe()}"))
    return max(found, default=None)


def publication_date(
    text: str,
    start: int,
    body: tuple[int, int],
    *,
    known: str | None = None,
    known_precision: str | None = None,
    known_from: str | None = None,
    event_year: int | None = None,
) -> Published | None:
    """The publication date: given (header, metadata), else a date line, a dateline, an anniversary."""
    body_text = text[body[0] : body[1]]
    # (the headline right above the body often says it: "81 years since Nazi terror wiped a village off the
    # map"; lines further up are page furniture, which may name other anniversaries)
    above = text[min(start, body[0]) : body[0]].rstrip()
    headline = above[above.rfind("\n") + 1:]
    ann = anniversary(f"{headline}\n{body_text}" if headline else body_text, event_year)
    if known:
        dl = _top_dateline(text, body) if known_from == MARKUP_DATE else None
        if dl is not None and dl.year is not None and dl.month and dl.day \
                and not _within_days(known, dl.year, dl.month, dl.day, DATELINE_OVER_MARKUP_DAYS):
            # The page's markup dates can come from a sidebar's <time> tags; the story's own dateline is its own.
            return Published(f"{dl.year:04d}-{dl.month:02d}-{dl.day:02d}", "day",
                             f"dateline '{dl.text}' (the page's markup said {known})")
        return _from_known(known, known_precision, known_from, ann)
    found = date_line(text, start, body)
    if found is not None and found.precision == "day":
        return found
    dl = parse_dateline(text, body[0])
    if dl is not None and dl.month and dl.day:
        year = _dateline_year(dl, body_text, ann)
        if year is not None:
            return Published(f"{year[0]:04d}-{dl.month:02d}-{dl.day:02d}", "day", f"dateline '{dl.text}' with {year[1]}")
    if found is not None:
        return found
    if ann is not None:
        return Published(f"{ann.year:04d}", "year", ann.describe())
    return None
