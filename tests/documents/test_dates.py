"""Publication dates: header first, then a date line, a dateline with a year, an anniversary; never furniture."""

from __future__ import annotations

import pytest

from claimledger.documents.body import find_body
from claimledger.documents.dates import anniversary, number_value, parse_dateline, publication_date, years_marked

PARA = ("Hundreds of people gathered at the memorial in the old town square to remember the victims of "
        "the mine collapse, laying flowers and candles along the railings.")
EVENT = "The collapse at the Dunmore pit on 14 March 1987 killed 38 miners and left the valley in mourning."


def _date(text: str, **kw: object) -> tuple[str, str, str] | None:
    body = find_body(text)
    found = publication_date(text, 0, body, **kw)  # type: ignore[arg-type]
    return (found.value, found.precision, found.rule) if found else None


@pytest.mark.parametrize("phrase, value", [
    ("29", 29), ("first", 1), ("thirty-first", 31), ("thirty first", 31), ("twenty-eight", 28),
    ("twentieth", 20), ("ninety-ninth", 99), ("nineteenth", 19), ("hundredth", 100), ("the first", 1),
    ("banana", None),
])
def test_dates_number_value_reads_words(phrase: str, value: int | None) -> None:
    assert number_value(phrase) == value


@pytest.mark.parametrize("opening, place, month, day, year, agency", [
    ("Dunmore, March 14 (VNA). Hundreds gathered.", "Dunmore", 3, 14, None, "VNA"),
    ("LONDON (Reuters) - Hundreds gathered.", "LONDON", None, None, None, "Reuters"),
    ("NEW HARBOUR, 3 May 2019 - Hundreds gathered.", "NEW HARBOUR", 5, 3, 2019, None),
    ("Kessford, Sept. 9 — Hundreds gathered.", "Kessford", 9, 9, None, None),
    # the place may name its country or state; the dateline may stand alone on its line
    ("DUNMORE, Velmaria (Meridian Press) - Hundreds gathered.", "DUNMORE", None, None, None, "Meridian Press"),
    ("KESSFORD, Calif. (AP) — Hundreds gathered.", "KESSFORD", None, None, None, "AP"),
    ("NEW HARBOUR, Velmaria, July 11, 2005 - Hundreds gathered.", "NEW HARBOUR", 7, 11, 2005, None),
    ("KESTREL BAY, Nov. 5, 2023\nHundreds gathered.", "KESTREL BAY", 11, 5, 2023, None),
])
def test_dates_parse_dateline_reads_wire_openings(opening: str, place: str, month: int | None, day: int | None,
                                                  year: int | None, agency: str | None) -> None:
    dl = parse_dateline(opening, 0)
    assert dl is not None
    assert (dl.place, dl.month, dl.day, dl.year, dl.agency) == (place, month, day, year, agency)


@pytest.mark.parametrize("opening", [
    "On the night of March 14, 1987, the pit collapsed.",
    "Dunmore, the mining town, remembered its dead.",
    "Today the valley remembers.",
])
def test_dates_parse_dateline_ignores_ordinary_sentences(opening: str) -> None:
    assert parse_dateline(opening, 0) is None


@pytest.mark.parametrize("sentence, years, event_year", [
    ("Today the valley marks the 30th anniversary of the disaster.", 30, 1987),
    ("On the eve of the thirty-first anniversary, families gathered.", 31, 1987),
    ("Twenty-eight years have passed since the collapse.", 28, 1987),
    ("It has been 25 years since the pit closed.", 25, 1987),
    ("The town held a 35-year anniversary service.", 35, 1987),
    ("Kwibuka marks the 29th commemoration.", 29, 1987),
])
def test_dates_anniversary_is_counted_from_the_event_year(sentence: str, years: int, event_year: int) -> None:
    found = anniversary(f"{EVENT} {sentence}")
    assert found is not None and (found.years, found.event_year) == (years, event_year)


def test_dates_anniversary_uses_settings_event_year() -> None:
    found = anniversary("The town marked the fortieth anniversary of the collapse.", event_year=1980)
    assert found is not None and found.year == 2020


def test_dates_anniversary_skips_event_years_too_late_for_other_years_in_text() -> None:
    text = (f"{EVENT} A law passed on 2 June 2010 named the day. The convention of 12 April 1949 was cited. "
            "Today is the 30th anniversary.")
    found = anniversary(text)
    assert found is not None and found.event_year == 1987 and found.year == 2017


def test_dates_anniversary_without_event_year_is_none() -> None:
    assert anniversary("Today is the 30th anniversary of the collapse.") is None


def test_dates_known_header_wins_and_notes_agreement() -> None:
    text = f"{EVENT}\n\n{PARA} It was the 30th anniversary."
    value, precision, rule = _date(text, known="2017-03-14", known_from="header line 'date 2017-03-14'")  # type: ignore[misc]
    assert (value, precision) == ("2017-03-14", "day")
    assert rule.startswith("header line") and "agrees with '30th anniversary' of a 1987 event" in rule


def test_dates_known_header_disagreeing_is_kept_and_noted() -> None:
    text = f"{EVENT}\n\n{PARA} It was the 30th anniversary."
    value, _, rule = _date(text, known="2019-03-14")  # type: ignore[misc]
    assert value == "2019-03-14" and "would give 2017" in rule


@pytest.mark.parametrize("header, value, precision", [
    ("Posted on 14 March 2017 by Valley Notes", "2017-03-14", "day"),
    ("March 14, 2017", "2017-03-14", "day"),
    ("Published 2017-03-14 09:30", "2017-03-14", "day"),
    ("March 2017", "2017-03", "month"),
])
def test_dates_date_line_near_top(header: str, value: str, precision: str) -> None:
    text = f"Valley remembers the Dunmore miners\n{header}\n\n{PARA}\n\n{EVENT}"
    found = _date(text)
    assert found is not None and found[:2] == (value, precision)
    assert header in found[2]


def test_dates_dateline_year_from_full_date_in_body() -> None:
    text = f"DUNMORE, March 14 (VNA) - {PARA} The service on Tuesday, March 14, 2017 was led by the bishop.\n\n{EVENT}"
    found = _date(text)
    assert found is not None and found[:2] == ("2017-03-14", "day") and "March 14, 2017" in found[2]


def test_dates_dateline_year_from_anniversary() -> None:
    text = f"Dunmore, March 14 (VNA). {PARA}\n\n{EVENT}\n\nIt was the thirtieth anniversary of the disaster."
    found = _date(text)
    assert found is not None and found[:2] == ("2017-03-14", "day") and "dateline" in found[2]


def test_dates_dateline_without_year_evidence_is_not_a_date() -> None:
    text = f"Dunmore, March 14 (VNA). {PARA}\n\n{PARA}"
    assert _date(text) is None


@pytest.mark.parametrize("sentence, year", [
    ("It was the 30th anniversary of the collapse.", "2017"),
    ("Thirty-three years have passed since the collapse.", "2020"),
    ("On the eve of the thirty-first anniversary, candles were lit.", "2018"),
])
def test_dates_anniversary_gives_year_precision(sentence: str, year: str) -> None:
    found = _date(f"{PARA}\n\n{EVENT}\n\n{sentence}")
    assert found is not None and found[:2] == (year, "year")


def test_dates_furniture_dates_do_not_count() -> None:
    sidebar = "\n\n".join(["Most read", "Storm closes coast road on 2 July 2024", "Budget approved July 1, 2024",
                           "Market reopens 30 June 2024"])
    text = f"{PARA}\n\n{EVENT}\n\nIt was the 30th anniversary.\n\n{sidebar}"
    found = _date(text)
    assert found is not None and found[:2] == ("2017", "year")


def test_dates_no_evidence_is_none() -> None:
    assert _date(f"{PARA}\n\n{PARA}") is None


def test_dates_anniversary_in_the_headline_dates_a_dateline_without_a_year() -> None:
    text = ("81 years since a massacre wiped the village off the map\n\n"
            "LIDICE, June 10 (CTK). Hundreds of people gathered at the memorial on Saturday. In June 1942 the village "
            "was razed and its men were shot. Survivors laid flowers.")
    found = _date(text)
    assert found is not None and found[0] == "2023-06-10"


@pytest.mark.parametrize("sentence", ["It erupted five years ago in 2016.", "The 9/11 commemoration was held in 2015."])
def test_dates_loose_phrases_are_no_anniversary(sentence: str) -> None:
    assert anniversary(f"{EVENT} {sentence}") is None


def test_dates_a_small_commemoration_number_and_furniture_above_the_headline_date_nothing() -> None:
    assert anniversary(f"{EVENT} The town holds its 5th commemoration of the flood victims.") is None
    text = ("Most read: 20 years since the ocean tsunami\nFloods hit the capital\n\n"
            "DHAKA, July 3 (Agency). Floods hit the capital on Monday. Thousands were stranded. Schools closed.")
    found = _date(text)
    assert found is None or "20 years" not in found[2]


@pytest.mark.parametrize("lead, years", [
    ("One year after the Harlow bridge collapse, families still wait for answers", 1),
    ("Exactly a year ago, a fire swept through the Delmont market.", 1),
    ("A year since the quake, Ostrin rebuilds", 1),
    ("One year on, the valley counts its losses.", 1),
    ("Survivors gathered on the first anniversary of the mine blast.", 1),
    ("Three years after the dam failed, the village is empty.", 3),
])
def test_dates_a_lead_says_one_year_after_as_an_anniversary(lead: str, years: int) -> None:
    found = years_marked(lead, lead=True)
    assert found is not None and found[0] == years


@pytest.mark.parametrize("sentence", ["The inquiry reported a year after the collapse.",
                                      "Two years ago the plant was sold."])
def test_dates_after_and_ago_further_down_are_no_anniversary(sentence: str) -> None:
    # (a body's later step, "reported a year after", dates nothing; only a headline or lead says it that way)
    assert years_marked(sentence) is None and years_marked(sentence, lead=True) is not None


@pytest.mark.parametrize("header, value", [
    # the labelled date line wins over the period the report covers, which comes first
    ("Weekly Bulletin No. 7\nReporting week 21 (19 - 25 May 2031)\nDate of issue: 28 May 2031\nPrepared by the office",
     "2031-05-28"),
    ("Situation update\nPeriod: 1 May to 7 May 2031\nIssued on 9 May 2031", "2031-05-09"),
    ("Statement on the floods\nFrom: Harbour Authority\nPublished 3 June 2031", "2031-06-03"),
])
def test_dates_labelled_date_line_beats_a_reporting_period(header: str, value: str) -> None:
    found = _date(f"{header}\n\n{PARA}\n\n{EVENT}")
    assert found is not None and found[0] == value


def test_dates_the_end_of_a_reporting_period_is_no_publication_date() -> None:
    assert _date(f"Weekly Bulletin No. 7\nReporting week 21 (19 - 25 May 2031)\n\n{PARA}") is None
