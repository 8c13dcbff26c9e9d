"""Numbers that are not counts: years, dates, times, ages, money, measurements, ordinals and identifiers."""

from __future__ import annotations

import re
from typing import Final

from claimledger.claims.caseblind import CaseBlind
from claimledger.claims.lexicon import lexicon
from claimledger.claims.numbers import Mention, parse_number

MONTHS: Final = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                 r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_MONTH_BEFORE: Final = re.compile(rf"\b{MONTHS}\s*(?:\d{{1,2}}\s*(?:-|–|to|and)\s*)?$")
_MONTH_AFTER: Final = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTHS}\b")
_DATE_YEAR: Final = re.compile(rf"\b{MONTHS}\s*\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*\d{{1,2}})?,?\s*(?:in\s+)?$")
# Patterns read right after a number match at its end in the document text (up to CONTEXT_CHARS on).
_TIME_AFTER: Final = CaseBlind(r"\s*(?:a\.m\.|p\.m\.|(?:am|pm|GMT|UTC|hrs|h)\b|o'clock|local time)")
_AGE_BEFORE: Final = re.compile(r"\b(?:aged|ages?)(?:\s+(?:of|from|between))?(?:\s+(?:over|under|above|below|about|around|"
                               r"nearly|roughly|between|from|at least|more than|less than|up to))?\s*$", re.I)
_AGE_AFTER: Final = CaseBlind(r"\s*-?\s*(?:years?|months?)[\s-]*olds?\b|\s*(?:years|yrs)\s+of\s+age")
_MONEY_BEFORE: Final = re.compile(r"(?:[$€£¥₹₼]|\b(?:USD|EUR|GBP|US\$|AZN|Rs\.?|INR|RMB|CNY|JPY)\s*)$", re.I)
_MONEY_AFTER: Final = CaseBlind(
    r"\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:dollars?|euros?|pounds? sterling|pounds|yuan|yen|rupees?|"
    r"manats?|rubles?|roubles?|francs?|pesos?|shekels?|dinars?|riyals?|lira|USD|EUR|GBP|AZN|cents?)\b")
# (each unit a whole word: "43 football fans" and "5 tonight" are not measurements)
_MEASURE_AFTER: Final = CaseBlind(
    r"\s*(?:-\s*)?(?:(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|cm|mm|inch(?:es)?|feet|foot|ft|kg|kilo(?:gram)?s?|"
    r"grams?|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|barrels?|degrees?|mph|km/h|kph|magnitude|"
    r"points?|goals?|seats?|votes?|MW|GW|kW|megawatts?|hectares?|acres?|square|cubic|"
    r"mg|ml|cl|dl|eV|k?Wh|[GMk]?Hz|[KMGT]B|bits?|bytes?|J|tpd|km2|km²|sq|mi|nm|m2|m²|m3|fb|Ma|Ga|kcal|"
    r"calories|volts?|amps?|watts?|Celsius|Fahrenheit|psi|knots?|rpm|hp|horsepower)\b|°[CF]?|[″′])")
_MAGNITUDE_KEYS: Final = ("magnitude", "scale", "level", "grade", "phase", "stage", "no.", "number", "#")
_MAGNITUDE_KEY: Final = re.compile("|".join(map(re.escape, _MAGNITUDE_KEYS)))  # a cheap test: one of them is in the text
_MAGNITUDE_BEFORE: Final = re.compile(r"\b(?:magnitude|magnitude-|scale of|level|grade|phase|stage|no\.|number|#)\s*$", re.I)
# A noun of people or homes right after a number makes it a count, whatever stands before it:
# "2000 people fled", "In northern Gaza 20 people were killed".
_COUNTED_AFTER: Final = CaseBlind(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|residents|civilians|protesters|soldiers|children|women|men|families|"
    r"homes|houses|refugees|migrants|demonstrators|troops|workers|students|villagers|passengers|dead|injured|"
    r"wounded|killed|died|were killed|were injured|bodies)\b")
_NAME_COMMA: Final = re.compile(r"\b[A-Z][a-z]+,\s*$")  # "Noel, 31, is charged": an age in apposition
# "The driver, 42, was among the dead", "her grandson, 9, died": an age set off by commas after a person noun.
_NOUN_COMMA: Final = re.compile(r"\b(?:the|a|an|his|her|their|its|whose|one|another)\s+(?:[a-z-]+\s+)?([a-z]+),\s*$", re.I)
_WHO_WAS: Final = re.compile(r"\bwho\s+(?:was|is)\s*$", re.I)  # "the man, who was 19, died": one person's age
_OUTCOME_WORDS: Final = frozenset({"dead", "injured", "wounded", "missing", "victims", "deaths", "total", "toll", "number"})
# "children aged 3 and 6", "aged 4, 7 and 11": the later ages of a list that "aged" opens.
_AGE_LIST_BEFORE: Final = re.compile(r"\b(?:aged|ages)\s+(?:between\s+|from\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:and|or|to|,)\s*$",
                                     re.I)
MAX_AGE: Final = 120
_NEXT_WORDS: Final = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?", re.I)
_FIRST_WORD: Final = re.compile(r"\s*[A-Z][a-z]+\s+")
_LAST_WORD: Final = re.compile(r"([A-Za-z][\w.'’-]*)\s*$")
_LETTER_HYPHEN: Final = re.compile(r"[A-Za-z]-$")
_MONTH_END: Final = re.compile(MONTHS + r"$")
_SCORE: Final = re.compile(r"\d+\s*[-–:]\s*\d+")
_SCORE_BEFORE: Final = re.compile(r"\d\s*[-–:]\s*$")
_HYPHEN_COMPOUND: Final = re.compile(r"[-–]\s?[A-Za-z]")
_COLON_DIGIT: Final = re.compile(r":\d")
# Capitalised words that may stand right before a count without making it an identifier.
_FREE_CAPS: Final = {
    "Of", "In", "On", "At", "By", "For", "From", "With", "About", "Around", "Over", "Some", "Nearly", "Almost",
    "And", "But", "Only", "Another", "Further", "All", "Those", "These", "The", "Its", "Their", "Our", "His",
    "Her", "Exactly", "Roughly", "Approximately", "Officially", "Overall", "Altogether", "Since", "After",
    "Before", "During", "Among", "Including", "Killing", "Injuring", "Leaving", "When", "While", "Then",
    "Until", "As", "To", "Up", "Just", "Still", "Another", "Besides", "Also", "Yet", "So", "Now",
    "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}


# Words that make the number after them a name whatever follows it: "all 157 people aboard Flight 302 were killed".
_NAMED_BY: Final = frozenset("""Flight Flights Route Highway Interstate Platform Gate Terminal Room Ward Bus Train Resolution
Article Section Chapter Amendment Block Sector Apartment Building Pier Exit""".split())


def _named_by(before: str) -> bool:
    stripped = before.rstrip()
    return stripped[stripped.rfind(" ") + 1:] in _NAMED_BY


def _forecast(text: str, m: Mention, sentence_start: int) -> bool:
    lo = max(sentence_start, m.start - FORECAST_CHARS)
    window = text[lo:m.end + FORECAST_CHARS].lower()
    # A cheap test first: each _FORECAST or _FORECAST_AFTER match holds one of these (most numbers have none).
    if not ("ould" in window or "may" in window or "might" in window or "will" in window or "xpect" in window
            or "likely" in window or "feared" in window or "forecast" in window or "set to" in window
            or "due to" in window or (" to " in window and _INTENT_WORDS.search(window))):
        return False
    return bool(_FORECAST.search(text, lo, m.start) or _FORECAST_AFTER.match(text, m.end, m.end + FORECAST_CHARS)
                or _MAY_DO.search(text, lo, m.start))
# "The toll could rise to 100", "is expected to top 1,000": a forecast, not a figure anyone reports.
_FORECAST: Final = re.compile(r"\b(?:could|may|might|would|will|(?:is|are|was|were)\s+(?:expected|likely|feared|forecast)\s+to)"
                              r"\s+(?:\w+\s+){0,2}?(?:rise|climb|reach|increase|exceed|top|surpass|hit|grow|double|go\s+up)"
                              r"\s+(?:to\s+|above\s+|beyond\s+|past\s+)?(?:(?:at least|more than|over|some|about|nearly|around)\s+)?$",
                              re.I)
# Verbs of meaning to do something, before "to": "wants to resettle 5,000", "plans to evacuate 300".
_INTENT: Final = r"(?:threaten|want|plan|aim|hope|seek|intend|propose|promise)(?:s|ed)?\s+to"
_INTENT_WORDS: Final = re.compile(_INTENT)
# "The storm could displace 10,000 people", "may leave 300,000 customers without power", "is expected to draw
# 20,000", "wants to resettle 5,000 refugees": what may happen, or what someone means to do, to that many.
_MAY_DO: Final = re.compile(
    r"\b(?:could|may|might|will|(?:is|are|was|were)\s+(?:expected|likely|feared|forecast|set|due)\s+to|"
    rf"{_INTENT})\s+(?:\w+ly\s+)?"
    r"(?:displace|kill|leave|affect|force|evacuate|uproot|draw|attract|resettle|relocate|house|shelter|injure|"
    r"infect|strand|sicken|hit|feed|employ|vaccinate|arrest|detain|kidnap|abduct|capture|see(?<=will see))\s+"
    r"(?:(?:at least|more than|over|some|about|nearly|around|up to|as many as|an estimated|another)\s+)?$")  # (lower case: "since 21 May have killed 229" is no modal)
# "Up to 2,000 more people could die", "5 million people will be displaced": a count of what may happen.
_FORECAST_AFTER: Final = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:could|may|might|will|would)\s+(?:still\s+|also\s+|soon\s+)?"
                                    r"(?:die|flee|be\s+(?:killed|displaced|affected|forced|left|made|uprooted)|lose\s+their)\b",
                                    re.I)
# "Two men, 25 and 31, were arrested", "three men, 19, 20 and 24": ages listed after a plural noun of people.
_AGES_AFTER_NOUN: Final = re.compile(r"\b(?:men|women|boys|girls|brothers|sisters|sons|daughters|teenagers|teens|suspects|"
                                     r"students|youths|friends|siblings|twins|children|victims|others),\s*"
                                     r"(?:\d{1,3}\s*,\s*)*(?:\d{1,3}\s*,?\s*(?:and|&)\s*)?$")
_AGE_BOUND_LAST: Final = frozenset({"under", "over", "below", "above", "than", "of"})  # the last word of an _AGE_BOUND match
_AGE_BOUND: Final = re.compile(r"\b(?:children|kids|boys|girls|people|adults|those|anyone|residents|patients)\s+"
                               r"(?:under|over|below|above|younger than|older than|under the age of|over the age of)\s+$", re.I)
# What follows an age in such a list: more of the list, or the end of the apposition ("..., 31, were arrested").
_AGE_LIST_NEXT: Final = re.compile(r"\s*(?:[,.;)]|(?:and|&)\s+\d)")
# "1 in 3 residents", "9 in 10 homes": a proportion (not "5 in 10 days", "12 in two attacks").
_NOT_A_RATIO_NOUN: Final = (r"(?!\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|seconds?|"
                            r"attacks?|strikes?|incidents?|raids?|places?|cities|towns|villages|provinces|states|"
                            r"countries|districts|regions|areas|locations|sites|hospitals|camps|cases)\b)")
_IN_RATIO_AFTER: Final = re.compile(r"\s+in\s+(?P<b>\d+|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)"
                                    rf"{_NOT_A_RATIO_NOUN}\b", re.I)
_IN_RATIO_BEFORE: Final = re.compile(r"\b(?P<a>\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+$", re.I)
_NOT_A_RATIO_NEXT: Final = re.compile(_NOT_A_RATIO_NOUN, re.I)


def _ratio_base(value: float | int | None) -> bool:
    """What "in N" of a proportion says: 2-10, 20, 100 or 1,000."""
    return value is not None and (2 <= value <= 10 or value in (20, 100, 1000))


def _in_ratio_base(m: Mention, found: re.Match[str] | None, text: str) -> bool:
    """The "10" of "9 in 10 homes": a proportion's base after a smaller number, no time or place noun after it."""
    if found is None or not _ratio_base(m.value) or m.value is None:
        return False
    first = parse_number(found.group("a"))
    return first is not None and first < m.value and bool(_NOT_A_RATIO_NEXT.match(text, m.num_end))


def _in_ratio(m: Mention, found: re.Match[str] | None) -> bool:
    if found is None or m.value is None:
        return False
    base = parse_number(found.group("b"))
    return _ratio_base(base) and base is not None and m.value < base


# "9 out of 10 homes": a proportion, neither number a count.
_OUT_OF_AFTER: Final = re.compile(r"\s+out\s+of\s+(?:\d|(?:ten|a hundred|every|one hundred|a thousand)\b)", re.I)
_OUT_OF_BEFORE: Final = re.compile(r"\bout\s+of\s*$", re.I)

# How far back a forecast's verb may start ("are expected to climb to more than"): 60 characters.
FORECAST_CHARS: Final = 60
# Characters of context read on each side of a number: "On the night of February 25-26," needs 28.
CONTEXT_CHARS: Final = 30


def nonclaim_reason(text: str, m: Mention, sentence_start: int) -> str | None:
    """Why the number at `m` is not a count ("year", "date", ...), or None when it may be one.

    The checks run in order and the first that holds names the reason; written out in one function
    because it runs for every number of every document."""
    before = text[max(sentence_start, m.num_start - CONTEXT_CHARS):m.num_start]
    after = text[m.num_end:m.num_end + CONTEXT_CHARS]
    end, stop = m.num_end, m.num_end + CONTEXT_CHARS  # where `after` lies in the text: its patterns match there
    if m.from_words and _pronoun_one(text, m):
        return "pronoun"
    if text.startswith((". ", ") ", ".\t", ")\t"), end) and _opens_line(text, m.start):
        return "identifier"  # "1. the immediate release of ...": a list's item number
    if _is_date(before, after, m):
        return "date"
    if _is_year(text, m):
        return "year"
    if _TIME_AFTER.match(text, end, stop) or _colon_adjacent(text, m):
        return "time"
    if _age(text, m, before, after):
        return "age"
    if _money(text, m, before):
        return "money"
    if not m.percent and (_MEASURE_AFTER.match(text, end, stop) or _of_measured(text, end, stop)):
        return "measurement"
    if _named_by(before) or _is_identifier(before, m, sentence_start) and not _COUNTED_AFTER.match(text, end, stop):
        return "identifier"
    if not m.from_words and _phone_like(text, m, before):
        return "identifier"
    if _forecast(text, m, sentence_start):
        return "forecast"
    if "out" in after and _OUT_OF_AFTER.match(text, end, stop) or "out" in before and _OUT_OF_BEFORE.search(before):
        return "ratio"
    if " in " in after[:4] and _in_ratio(m, _IN_RATIO_AFTER.match(text, end, stop)) \
            or " in " in before[-4:] and _in_ratio_base(m, _IN_RATIO_BEFORE.search(before), text):
        return "ratio"
    if _score(text, m, before):
        return "score"
    if _may_be_capacity(before) and _CAPACITY.search(before):
        return "capacity"
    if "of " in before[-24:] and _LIMIT.search(before) and (_RULE_AFTER.match(text, end, end + RULE_CHARS)
                                                              or _RULE_BEFORE.search(before)):
        return "limit"  # "Gatherings of more than 50 people are banned": a rule's threshold, not a count
    if ("each" in after or "apiece" in after) and _EACH.match(text, end, end + 2 * CONTEXT_CHARS):  # (room for
        # the word after "each")
        return "per_unit"
    if _HYPHEN_COMPOUND.match(text, end, stop):
        return "compound"
    return None


# "The stadium holds 60,000 spectators", "a capacity of 3,000": room for that many, not a count of people there.
_CAPACITY: Final = re.compile(r"\b(?:seats|can\s+(?:hold|seat|accommodate|house|take)|accommodates|capacity\s+of|"
                              r"(?:stadium|stand|arena|hall|venue|theatre|theater|auditorium|ground|church|mosque)s?,?\s+"
                              r"(?:which\s+|that\s+)?holds|"
                              r"room\s+for|designed\s+for|built\s+for)\s+(?:(?:up to|more than|over|some|about|around|"
                              r"nearly)\s+)?$", re.I)
# "gatherings of more than 50 people", "groups of up to 10": the size a rule allows or bans.
_LIMIT: Final = re.compile(r"\b(?:gatherings?|groups?|assemblies|assembly|meetings?|events?|parties)\s+of\s+"
                           r"(?:more\s+than|over|up\s+to|fewer\s+than|less\s+than|no\s+more\s+than|at\s+most|above)\s+$",
                           re.I)


# How far after the number the words of a rule ("are suspended") may stand.
RULE_CHARS: Final = 100
# ... when the rule governs the phrase: its predicate ("... are suspended", "... will not be allowed") or a rule
# right before it ("a ban on gatherings of more than 50"); not a ban the crowd defied elsewhere in the sentence.
_RULE_WORDS: Final = (r"(?:bann?ed|prohibited|suspended|forbidden|allowed|permitted|barred|limited|restricted|outlawed|"
                      r"illegal)")
_RULE_AFTER: Final = re.compile(r"(?:\s+[\w'’-]+){0,8}?\s+(?:are|is|were|was|will\s+be|have\s+been|has\s+been|remain)"
                                rf"\s+(?:not\s+|now\s+|still\s+|temporarily\s+)?{_RULE_WORDS}\b", re.I)
_RULE_BEFORE: Final = re.compile(r"\b(?:ban(?:ned|s)?|prohibit(?:ed|s|ion)?|limit(?:ed|s)?|restrict(?:ed|ions?)|outlaw(?:ed|s)?)"
                                 r"\s+(?:on\s+|to\s+)?(?:all\s+|any\s+)?(?:gatherings?|groups?|assembl(?:y|ies)|meetings?|"
                                 r"events?|parties)\s+of\s+", re.I)


def _may_be_capacity(before: str) -> bool:
    """A cheap test: every _CAPACITY match holds one of these (most numbers have none before them)."""
    low = before.lower()
    return "hold" in low or "seat" in low or "can" in low or "accommodat" in low or "capacity" in low or "for" in low


# "2 frigates carrying 180 sailors each", "50 tourists apiece": a count per vehicle or per group, not a total.
_EACH: Final = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:each|apiece)\b(?!\s+(?:other|of|one|day|year|week|month|time|night|"
                          r"morning|evening|afternoon|weekend|season|summer|winter|spring|autumn|Monday|Tuesday|Wednesday|"
                          r"Thursday|Friday|Saturday|Sunday)\b)", re.I)


# "112 of the 300 seats": a part of a measured total is measured in the same unit.
_OF_THE_NUMBER: Final = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?\d[\d,.]*")


def _of_measured(text: str, end: int, stop: int) -> bool:
    of = _OF_THE_NUMBER.match(text, end, stop) if text.startswith(" of", end) else None
    return of is not None and _MEASURE_AFTER.match(text, of.end(), of.end() + CONTEXT_CHARS) is not None


def _phone_like(text: str, m: Mention, before: str) -> bool:
    """'0800 555 0199': digits led by a zero, or run on from other digits with only a space between, are a
    number to dial or a code, not a count."""
    raw = text[m.num_start:m.num_end]
    if len(raw) > 1 and raw[0] == "0" and raw.isdigit():
        return True
    if not (before[-2:-1].isdigit() and before.endswith(" ")):
        return False  # (what the patterns below need: digits and one space right before the number)
    return bool(_DIGITS_THEN_SPACE.search(before)) and text[m.num_end:m.num_end + 2][:1] in (" ", "") \
        and bool(_SPACE_DIGITS.match(text, m.num_end))


_DIGITS_THEN_SPACE: Final = re.compile(r"(?:^|\s)0\d+ $|\d{4,} $")
_SPACE_DIGITS: Final = re.compile(r" \d{3,}\b")


def _age(text: str, m: Mention, before: str, after: str) -> bool:
    if _age_sized(m) and before.rstrip().endswith((",", "and", "&")) and _AGE_LIST_NEXT.match(after) \
            and _AGES_AFTER_NOUN.search(before):
        return True  # (not "106 women, 63 children": a noun after the number makes it a count)
    if m.value is not None and 0 < m.value < MAX_AGE and before.rstrip().rpartition(" ")[2].lower() in _AGE_BOUND_LAST \
            and _AGE_BOUND.search(before):
        return True  # "children under five", "people over 65": an age bound of a group (in words too)
    return bool(("ag" in before and (_AGE_BEFORE.search(before) or _AGE_LIST_BEFORE.search(before)))
                or _AGE_AFTER.match(text, m.num_end, m.num_end + CONTEXT_CHARS)
                or (after.startswith(",") and _NAME_COMMA.search(before))
                or (_age_sized(m) and _apposed_age(before, after)))


def _age_sized(m: Mention) -> bool:
    """A small exact number in digits, as ages are written in wire copy."""
    return not m.from_words and m.qualifier == "exact" and m.value is not None and 0 < m.value < MAX_AGE


def _apposed_age(before: str, after: str) -> bool:
    """'the driver, 42, died', 'the man, who was 19, died': one person's age, set off by commas."""
    if after.startswith((",", ".")) and _WHO_WAS.search(before):
        return True
    noun = _NOUN_COMMA.search(before) if after.startswith(",") else None
    return noun is not None and noun.group(1).lower() not in _OUTCOME_WORDS


def _score(text: str, m: Mention, before: str) -> bool:
    if _SCORE.match(text, m.num_start, m.num_start + 12) and m.qualifier != "range":
        return True
    # scores are digits: "3-2", never "3 - Nine"; a match of _SCORE_BEFORE ends with a dash or colon but for space
    return not m.from_words and before.rstrip()[-1:] in _SCORE_MARKS and bool(_SCORE_BEFORE.search(before))


_SCORE_MARKS: Final = ("-", "–", ":")
# The last character of a _MONEY_BEFORE match but for white space, as a case-blind regex reads it (a cheap test).
_MONEY_ENDS: Final = frozenset("$€£¥₹₼.DdRrPpNnSsſBbYy")


def _money(text: str, m: Mention, before: str) -> bool:
    # A match of _MONEY_BEFORE ends the text but for white space, and its longest currency code has 3
    # characters: searching from there finds the same match as searching all of `before`.
    body = before.rstrip()
    if body[-1:] in _MONEY_ENDS and _MONEY_BEFORE.search(before, max(0, len(body) - 3)):
        return True
    return bool(_MONEY_AFTER.match(text, m.num_end, m.num_end + CONTEXT_CHARS))


def _pronoun_one(text: str, m: Mention) -> bool:
    """'one' counts only before a singular person noun ("one person died"); else it is a pronoun or "one parent"."""
    if not (m.from_words and m.value == 1 and text[m.num_start:m.num_end].lower() == "one"):
        return False
    after = _NEXT_WORDS.match(text, m.num_end, m.num_end + 40)
    people = _singular_persons()
    return not (after and (after.group(1).lower() in people or (after.group(2) or "").lower() in people))


def _singular_persons() -> frozenset[str]:
    return frozenset(lexicon()["singular_persons"])


_MONTH_STEMS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_STEM: Final = re.compile("|".join(_MONTH_STEMS))


def _is_date(before: str, after: str, m: Mention) -> bool:
    if _MONTH_STEM.search(before) is None and _MONTH_STEM.search(after) is None:
        return False  # cheap test first: months are capitalised in English
    if m.value is not None and m.value > 31 and m.qualifier != "range":
        return bool(_DATE_YEAR.search(before)) and _looks_like_year(m.value)
    month_before = _MONTH_BEFORE.search(before)
    if month_before and m.from_words and any(ch.isdigit() for ch in month_before.group()):
        month_before = None  # "May 3 - Nine people died": a day range is never half digits, half words
    # After "May 3" only a year continues the date ("May 3, 2024"); "On May 3 nine people died" is a count.
    return bool(month_before or _MONTH_AFTER.match(after))


def _looks_like_year(value: float | int | None) -> bool:
    return value is not None and float(value).is_integer() and 1000 <= value <= 2100


def _is_year(text: str, m: Mention) -> bool:
    raw = text[m.num_start:m.num_end]
    if m.from_words or not raw.isdigit() or len(raw) != 4 or m.qualifier == "range":
        return bool(m.qualifier == "range" and m.low is not None and _looks_like_year(m.low)
                    and len(text[m.num_start:m.num_start + 4].strip()) == 4
                    and text[m.num_start:m.num_start + 4].isdigit())
    if not _looks_like_year(m.value):
        return False
    # "2000 people fled" is a count; a four-digit number followed by a noun of people is not a year.
    return not _COUNTED_AFTER.match(text, m.num_end, m.num_end + CONTEXT_CHARS)


def _opens_line(text: str, at: int) -> bool:
    """Whether only spaces or tabs stand between the start of text[at]'s line and `at` (read back at most 16)."""
    line = text.rfind("\n", max(0, at - 16), at)
    return not text[line + 1 if line >= 0 else max(0, at - 16):at].strip(" \t") and (line >= 0 or at <= 16)


def _colon_adjacent(text: str, m: Mention) -> bool:
    prev = text[m.num_start - 1:m.num_start]
    nxt = text[m.num_end:m.num_end + 2]
    return prev == ":" or bool(_COLON_DIGIT.match(nxt))


def _is_identifier(before: str, m: Mention, sentence_start: int) -> bool:
    """'Resolution 260', 'Category 4', 'EURO 2024', 'COVID-19', 'magnitude 7.8': a name or label, not a count."""
    if _MAGNITUDE_KEY.search(before[-16:].lower()) and _MAGNITUDE_BEFORE.search(before):
        return True
    if not before.endswith((" ", "\u00a0", "-")):
        return False
    if before.endswith("-"):
        return bool(_LETTER_HYPHEN.search(before))
    stripped = before.rstrip()
    token = stripped[stripped.rfind(" ") + 1:]
    if not token or not token[0].isupper() or token in _FREE_CAPS or not token[-1].isalnum():
        return False
    if len(stripped) == len(token) and m.num_start - len(before) <= sentence_start and token[1:].islower():
        return False  # a sentence's first word is capitalised anyway: "Within forty-four days"
    return not _MONTH_END.search(token)
