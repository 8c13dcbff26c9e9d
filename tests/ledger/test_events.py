"""Corpus events: documents' main events grouped by place and date, labelled from the text."""

from __future__ import annotations

import re

import pytest

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
