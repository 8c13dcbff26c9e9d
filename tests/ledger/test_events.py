"""Corpus events: documents' main events grouped by place and date, labelled from the text."""

from __future__ import annotations

import re

import pytest

from claimledger.claims.model import Claim
from claimledger.documents.model import Document
from claimledger.ledger.build import build_ledger
from claimledger.ledger.events import Signature, group_main, signature

from .conftest import doc, make_claim


@pytest.mark.parametrize(("text", "place", "date"), [
    ("On the night of February 25-26, 1992, troops attacked the town of Khojaly. 613 were killed.",
     "Khojaly", "1992-02-25/1992-02-26"),
    ("Floods hit the village of Marrowby on 3 March 2021, and 31 people died in Marrowby.", "Marrowby", "2021-03-03"),
    ("31 people died.", None, None),
    # what is done to a place names it; a place inside a witness's quotation does not
    ("Thirty years after the bombardment of Halabja on March 16, 1988, survivors met. About 5,000 were killed. "
     '"I woke up in a hospital in Tehran," one said.', "Halabja", "1988-03-16"),
    ("The siege of Sarajevo began on 5 April 1992. 11,541 people were killed.", "Sarajevo", "1992-04-05"),
    ("Militants launched an attack on Dunmere on 2 May 2030, and 40 people were killed.", "Dunmere", "2030-05-02"),
])
def test_events_signature_reads_place_and_date(text: str, place: str | None, date: str | None) -> None:
    d = doc("a.txt", text)
    figure = re.search(r"([\d,]+) (?:people )?were", text)
    value = int(figure.group(1).replace(",", "")) if figure else 31
    sig = signature(d, [make_claim(d, "killed", value)])
    assert (sig.place, sig.date) == (place, date)


def S(doc_id: str, place: str | None, date: str | None) -> Signature:
    return Signature(doc_id, place, date, frozenset({place.lower()}) if place else frozenset())


@pytest.mark.parametrize(("sigs", "expected"), [
    ([S("a", "Marrowby", "2021-03-03"), S("b", "Marrowby", "2021-03"), S("c", "Lisbon", "2021-03-03")],
     [("a", "b"), ("c",)]),
    ([S("a", "Marrowby", "2021-03-03"), S("b", "Marrowby", "2019-07-01")], [("a",), ("b",)]),
    ([S("a", "Marrowby", "2021-03-03"), S("b", None, None), S("c", None, "2021-03-03")], [("a", "c", "b")]),
])
def test_events_group_main(sigs: list[Signature], expected: list[tuple[str, ...]]) -> None:
    assert [g.documents for g in group_main(sigs)] == expected


def test_events_two_stories_become_two_main_events() -> None:
    a = doc("a.txt", "Floods hit the village of Marrowby on 3 March 2021. 31 people died.", "2021-03-04")
    b = doc("b.txt", "An earthquake struck the city of Lisbon on 9 May 2022. 12 people died.", "2022-05-09")
    ledger = build_ledger([a, b], [make_claim(a, "killed", 31), make_claim(b, "killed", 12)])
    assert [(e.id, e.place, e.date, e.documents) for e in ledger.events] == [
        ("e1", "Marrowby", "2021-03-03", ("a.txt",)), ("e2", "Lisbon", "2022-05-09", ("b.txt",))]
    assert all(f.status == "single" for e in ledger.events for f in e.figures)


@pytest.mark.parametrize("text, place", [
    ("PORTHAVEN, June 2 (Wire) - Six people died when a ferry sank near the harbour at Kelby, officials said.",
     "Porthaven"),
    ("Rescuers in Port Haldor said 12 people drowned when the ferry capsized in the bay at Port Haldor.",
     "Port Haldor"),
])
def test_events_signature_place_from_dateline_and_multiword_names(text: str, place: str) -> None:
    from claimledger.claims.extract import extract_claims
    from claimledger.documents.model import Document
    from claimledger.ledger.events import signature

    doc = Document(id="a.txt", text=text, source="a.txt", published="2024-06-02", published_precision="day")
    assert signature(doc, [c for c in extract_claims(doc) if c.event == "main"]).place == place


def _anniversary(doc_id: str, published: str, title: str, text: str) -> Document:
    return Document(id=doc_id, text=text, source=doc_id, title=title, published=published,
                    published_precision={4: "year", 10: "day"}[len(published)])


def test_events_anniversary_pieces_of_one_massacre_are_one_event() -> None:
    # Invented reports, years apart: each dated by its own anniversary ("20th", "Twenty-five years on"), naming the
    # place with or without its accent, one dating a resolution of the publication year near its figures.
    docs = [
        _anniversary("a.txt", "2015-07-11", "Velmar: 136 victims buried on the 20th anniversary",
                     "On 11 July, 136 victims were buried at Velmar-Počeli. About 8,000 people were killed in Velmar."),
        _anniversary("b.txt", "2020", "Twenty-five years on, Velmar remembers",
                     "Twenty-five years on, families gathered in Počeli. More than 8,000 were killed in Velmar."),
        _anniversary("c.txt", "2024-07-10", "Statement on the 29th anniversary of the Velmar massacre",
                     "On 23 May 2024 the assembly adopted a resolution. The massacre at Velmar killed 8,372 people "
                     "in July 1995, on 11 July 1995 and after."),
    ]
    claims = [make_claim(docs[0], "killed", 8000), make_claim(docs[1], "killed", 8000),
              make_claim(docs[2], "killed", 8372)]
    (event,) = build_ledger(docs, claims).events
    assert set(event.documents) == {"a.txt", "b.txt", "c.txt"}
    assert event.date == "1995-07-11"


def test_events_places_compare_without_accents() -> None:
    a, b = doc("a.txt", "The shelling of Počeli on 12 May 2001 killed 40."), doc("b.txt", "Shells hit the town of Poceli, and 40 died on 12 May 2001.")
    sigs = [signature(d, [make_claim(d, "killed", 40)]) for d in (a, b)]
    assert sigs[0].places & sigs[1].places == {"poceli"}
    assert [g.documents for g in group_main(sigs)] == [("a.txt", "b.txt")]


@pytest.mark.parametrize("title, names", [
    ("Velmar remembers its dead", ["Velmar"]),
    ("Twenty-five years on, Velmar remembers", ["Velmar"]),  # a number word opening the headline is no name
    ("Statement on the anniversary", []),  # "Statement" opens sentences only
])
def test_events_names_in_the_headline_that_the_body_repeats(title: str, names: list[str]) -> None:
    from claimledger.ledger.events import _title_names

    body = "Twenty-five years on, families gathered. Statement after statement. The town of Velmar is quiet."
    assert _title_names(title, body) == names


def test_events_groups_that_come_to_share_a_place_are_joined() -> None:
    # the first report names only the theatre, the second only the city, the third both: one event, in any order
    sigs = [Signature("a", "Palace", "2003-11-07", frozenset({"palace"})),
            Signature("b", "Dravnik", None, frozenset({"dravnik"})),
            Signature("c", "Dravnik", "2003-11-08", frozenset({"dravnik", "palace"}))]
    for order in (sigs, sigs[::-1], [sigs[1], sigs[0], sigs[2]]):
        assert [sorted(g.documents) for g in group_main(order)] == [["a", "b", "c"]]


def test_events_a_street_names_the_place() -> None:
    d = doc("a.txt", "Gunmen seized the theatre on Lipova Street on 7 November 2003 and 40 people were killed.")
    assert "lipova" in signature(d, [make_claim(d, "killed", 40)]).places


def test_events_a_fresh_report_mentioning_an_anniversary_keeps_its_own_date() -> None:
    lead = "MARROWBY, March 15, 2024 (NWS) - Floods swept through Marrowby on Thursday and killed 20 people. "
    a = doc("a.txt", lead + "It struck a day before the town marked the 30th anniversary of the 1994 floods.",
            "2024-03-15")
    b = doc("b.txt", lead, "2024-03-15")
    (event,) = build_ledger([a, b], [make_claim(a, "killed", 20), make_claim(b, "killed", 20)]).events
    assert event.date == "2024-03-15" and set(event.documents) == {"a.txt", "b.txt"}


def test_events_a_person_in_two_headlines_does_not_join_two_stories() -> None:
    a = Document(id="a.txt", source="a.txt", title="Governor Hale visits flood-hit Marrowby", published="2024-05-04",
                 published_precision="day", text="Floods in Marrowby killed 20 people on 3 May 2024, Governor Hale said.")
    b = Document(id="b.txt", source="b.txt", title="Governor Hale condemns Dunmore bombing", published="2024-05-04",
                 published_precision="day", text="A bomb in Dunmore killed 5 people on 3 May 2024. Governor Hale condemned it.")
    events = build_ledger([a, b], [make_claim(a, "killed", 20), make_claim(b, "killed", 5)]).events
    assert sorted(e.documents for e in events) == [("a.txt",), ("b.txt",)]


@pytest.mark.parametrize("a, b", [("Potočari", "Potocari"), ("Łódź", "Lodz"), ("Đakovo", "Dakovo"), ("Tromsø", "Tromso")])
def test_events_place_keys_fold_accents_and_strokes(a: str, b: str) -> None:
    from claimledger.ledger.events import _place_key

    assert _place_key(a) == _place_key(b)


def test_events_second_review_headline_place_and_anniversary_lead() -> None:
    from claimledger.ledger.events import _title_names

    # a sentence-opening "In Varna" names the place too
    assert _title_names("Flood kills 40 in Varna", "In Varna, 40 people were killed on Monday.") == ["Varna"]
    # "according to Smith" is no place
    assert _title_names("Smith says 40 dead in blast", "Forty died, according to Smith, the mayor.") == []
    # an abbreviation does not end the opening sentence that marks the anniversary
    d = Document(id="a.txt", source="a.txt", title="Mourners gather in Velmar", published="2024-07-11",
                 published_precision="day",
                 text="Dr. Hasan Nuhan marked the 29th anniversary of the massacre in Velmar, where 8,000 were killed.")
    assert signature(d, [make_claim(d, "killed", 8000)]).date == "1995"


@pytest.mark.parametrize("title, text", [
    ("Cyclone Veyra toll climbs to 40", "The death toll in Cyclone Veyra rose to 40 in the town of Kalvik."),
    ("Hurricane Odile leaves 40 dead", "Survivors of Hurricane Odile buried 40 people in Kalvik on Sunday."),
    ("Typhoon Merak batters coast", "40 people died in Typhoon Merak, which flattened homes in Kalvik."),
    ("Operation Iron Gate ends", "Troops in Operation Iron Gate said 40 people were killed at Kalvik."),
])
def test_events_the_word_opening_a_storm_or_operation_name_is_no_place(title: str, text: str) -> None:
    d = Document(id="a.txt", text=text, source="a.txt", title=title, published="2024-06-02", published_precision="day")
    sig = signature(d, [make_claim(d, "killed", 40)])
    assert sig.place == "Kalvik"
    assert not sig.places & {"cyclone", "hurricane", "typhoon", "operation"}


@pytest.mark.parametrize("text, spoke", [
    ("The minister told reporters in Brenmoor that 40 people were killed when floods hit the town of Ulvik.", True),
    ("Floods killed 40 people in Ulvik, an official said at a briefing in Brenmoor.", True),
    ("Speaking on Tuesday in Brenmoor, the governor said 40 people had died in Ulvik.", True),
    ("Police said 40 people were killed in Brenmoor, near Ulvik.", False),  # what was said happened there
])
def test_events_where_a_source_spoke_is_not_where_it_happened(text: str, spoke: bool) -> None:
    d = doc("a.txt", text)
    places = signature(d, [make_claim(d, "killed", 40)]).places
    assert "ulvik" in places and ("brenmoor" not in places) == spoke


def _report(doc_id: str, published: str, title: str, text: str, value: int) -> tuple[Document, Claim]:
    d = Document(id=doc_id, text=text, source=doc_id, title=title, published=published, published_precision="day")
    return d, make_claim(d, "killed", value)


def test_events_reports_naming_one_storm_are_one_event() -> None:
    # Invented: each report names another place the storm hit, the wire the capital where a minister spoke; the
    # storm's name, with its kind or alone, is what they share. An older storm named with its year is not theirs.
    reports = [
        _report("a.txt", "2031-09-04", "Cyclone Veyra: 40 dead on the coast",
                "Cyclone Veyra made landfall near Port Alder on 3 September 2031, and 40 people were killed.", 40),
        _report("b.txt", "2031-09-06", "Storm toll rises to 55",
                "The minister told reporters in Caldra that Cyclone Veyra had killed 55 people in Ostmark. Veyra was "
                "the strongest storm since Cyclone Orrin in 2019.", 55),
        _report("c.txt", "2031-10-03", "A month after Veyra, fishermen return",
                "A month after Cyclone Veyra, the toll stood at 61 in Lennick.", 61),
    ]
    events = build_ledger([d for d, _ in reports], [c for _, c in reports]).events
    assert sorted(events[0].documents) == ["a.txt", "b.txt", "c.txt"]
    assert events[0].date == "2031-09-03"


def test_events_two_named_storms_in_two_places_stay_two_events() -> None:
    a, ca = _report("a.txt", "2031-09-04", "Cyclone Veyra kills 40", "Cyclone Veyra killed 40 people in Lennick.", 40)
    b, cb = _report("b.txt", "2031-09-05", "Hurricane Sable kills 12", "Hurricane Sable killed 12 people in Ostmark.", 12)
    events = build_ledger([a, b], [ca, cb]).events
    assert sorted(e.documents for e in events) == [("a.txt",), ("b.txt",)]


def test_events_milestone_dates_after_the_first_figure_do_not_date_the_event() -> None:
    filler = "Relief teams reached the coast, and shelters filled with families who had lost their homes. " * 3
    d = doc("a.txt", "40 people were killed. " + filler + "Cholera cases have been reported since 18 May 2031 and "
            "camps stay open until 30 May 2031. The storm struck on 16 May 2031.", "2031-05-20")
    assert signature(d, [make_claim(d, "killed", 40)]).date == "2031-05-16"


def test_events_a_one_year_after_piece_joins_the_event_it_marks() -> None:
    fresh, cf = _report("a.txt", "2030-03-15", "Gunmen kill 14 at Harlow station",
                        "HARLOW, March 15 (Wire) - Gunmen killed 14 people at Harlow station on 15 March 2030.", 14)
    later, cl = _report("b.txt", "2031-03-15", "One year after Harlow station attack, survivors speak",
                        "HARLOW, March 15 (Wire) - Crowds gathered in Harlow on Saturday, exactly one year after "
                        "gunmen opened fire. Fourteen people were killed, 14 in all.", 14)
    (event,) = build_ledger([fresh, later], [cf, cl]).events
    assert set(event.documents) == {"a.txt", "b.txt"} and event.date == "2030-03-15"


def test_events_a_follow_up_counting_back_from_its_day_joins_the_event() -> None:
    """'One month after the roof collapsed, ...' with no date of its own but its byline's: the event of that month, not
    of the report's day, though its dateline names another town."""
    fresh, cf = _report("a.txt", "2031-11-14", "Mine roof collapse kills 7",
                        "KORVAN, Nov 14 (Wire) - A roof collapsed at the Korvan mine on 14 November 2031, killing "
                        "7 miners.", 7)
    later, cl = _report("b.txt", "2031-12-16", "Managers arrested over mine collapse",
                        "By Ana Roe | 16 December 2031\n\nORSKA - One month after the roof of the Korvan mine "
                        "collapsed, the commission put the final toll at 28.", 28)
    (event,) = build_ledger([fresh, later], [cf, cl]).events
    assert set(event.documents) == {"a.txt", "b.txt"}
    assert signature(later, [cl]).date == "2031-11"


def test_events_a_follow_up_with_a_date_of_its_own_keeps_it() -> None:
    d, c = _report("b.txt", "2031-03-18", "Aid update", "Three days after the river burst its banks on 14 March 2031, "
                   "the agency said 40 people had died.", 40)
    assert signature(d, [c]).date == "2031-03-14"


def test_events_second_review_places_names_and_follow_ups() -> None:
    from claimledger.ledger.events import _places, named_event
    spoke = ("Floods killed 30 people in Dunmore on Monday. The UN announced in Geneva that aid would be sent. The "
             "minister, addressing reporters in Kessford, said more rain was due.")
    assert dict(_places(spoke)) == {"Dunmore": 1}
    assert dict(_places("The candidate was shot dead while addressing a rally in Ardley on Sunday.")) == {"Ardley": 1}
    # a storm's name used once in lower case elsewhere stays its name
    assert named_event("Hurricane Grace kills 8", "Hurricane Grace made landfall on Monday. By the grace of God we "
                       "lived. Grace weakened later.", "2025-01-01") == "grace"
    # a new happening counted from in the lead dates nothing back
    d, c = _report("b.txt", "2031-06-10", "Air strike kills 30",
                   "Three days after a ceasefire was agreed, an air strike killed 30 people in Dunmore.", 30)
    assert signature(d, [c]).date != "2031-06-07"
