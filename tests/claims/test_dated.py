"""Dated facts: 'X launched in 2008', 'In 1994, X adopted', keys shared across documents."""

from __future__ import annotations

from typing import Callable

import pytest

from claimledger.claims.dated import extract_dated_facts
from claimledger.documents.model import Document


@pytest.mark.parametrize(("text", "what", "date"), [
    ('Launched by the foundation in 2008, the "Clean Rivers" national campaign grew quickly.',
     "clean rivers campaign launched", "2008"),
    ("Initiated in 2009 by the mayor, the “Clean Rivers” national campaign grew quickly.",
     "clean rivers campaign launched", "2009"),
    ("In 1994, the parliament adopted a special resolution on the floods.", "resolution adopted", "1994"),
    ("The council passed the law on 3 March 2021 after a long debate.", "law adopted", "2021-03-03"),
    ("The ceasefire was signed on May 4, 2020 in Geneva.", "ceasefire adopted", "2020-05-04"),
    ("The festival was founded in March 1999 by two teachers.", "festival launched", "1999-03"),    # "since YEAR" and a present perfect: what holds since then began then
    ("Since 2008 the regional government has led an international campaign for recognition.",
     "campaign launched", "2008"),
    ("Since 2009 the regional government has campaigned for recognition of the attack as genocide.",
     "campaign launched", "2009"),
    ("Since 1995 the family has run the small village school.", "school launched", "1995"),
    # a court's ruling is a dated happening of its own
    ("In 2010 the High Criminal Court ruled that the bombardment was genocide.", "court ruled", "2010"),
    ("The tribunal convicted two officers in May 2001.", "tribunal ruled", "2001-05"),
])
def test_dated_extracts_key_and_date(make_document: Callable[..., Document], text: str, what: str, date: str) -> None:
    (fact,) = extract_dated_facts(make_document(text=text))
    assert (fact.what, fact.date) == (what, date)
    assert text[fact.start:fact.end] == fact.text


@pytest.mark.parametrize("text", [
    "613 people were killed in 1992.",  # a figure, not a happening that was launched or adopted
    "The campaign was launched by volunteers.",  # no date
    "The river rose 2 metres in 24 hours.",    "Since 2015, 300 people have died on the road.",  # no happening named as the verb's object
    "Since 2020 prices have risen sharply.",
    "Since 2019 the town has used the old bridge.",  # a verb of no undertaking
    "Since 2003 the court has ruled on dozens of cases.",  # rulings since then, no one ruling
])
def test_dated_ignores_sentences_without_dated_happening(make_document: Callable[..., Document], text: str) -> None:
    assert extract_dated_facts(make_document(text=text)) == []


def test_dated_offsets_respect_body(make_document: Callable[..., Document]) -> None:
    text = "Header: the plan was adopted in 1990.\nThe plan was adopted in 1991."
    doc = make_document(text=text, body_start=text.index("The plan"))
    assert [f.date for f in extract_dated_facts(doc)] == ["1991"]


@pytest.mark.parametrize(("text", "what", "date"), [
    ("The ferry, built in 1987, had been overhauled in March 2022.", "ferry built", "1987"),
    ("The bridge, completed in 1964, was closed in May 2021 for repairs.", "bridge built", "1964"),
    ("The tower, erected in 1931, was last inspected in March 2019.", "tower built", "1931"),
])
def test_dated_month_names_are_never_the_thing_dated(make_document: Callable[..., Document], text: str, what: str,
                                                     date: str) -> None:
    (fact,) = extract_dated_facts(make_document(text=text))
    assert (fact.what, fact.date) == (what, date)
    assert "march" not in fact.what and "may" not in fact.what


def test_dated_a_march_is_still_a_march(make_document: Callable[..., Document]) -> None:
    (fact,) = extract_dated_facts(make_document(text="The march was organised in March 2015 by students."))
    assert (fact.what, fact.date) == ("march held", "2015-03")
