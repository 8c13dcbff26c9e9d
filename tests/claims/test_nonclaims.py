"""Numbers that are not counts of people never become claims: years, dates, times, ages, money, identifiers."""

from __future__ import annotations

import pytest

from claimledger.claims.nonclaims import nonclaim_reason
from claimledger.claims.numbers import find_numbers


def _reasons(sentence: str) -> list[str | None]:
    return [nonclaim_reason(sentence, m, 0) for m in find_numbers(sentence)]


@pytest.mark.parametrize("sentence, reason", [
    ("In 1994, the parliament adopted a resolution.", "year"),
    ("On the night of February 25-26, 1992, troops attacked.", "date"),
    ("He signed an order dated February 13, 2014 on the campaign.", "date"),
    ("Baku, February 26 (AZERTAC). A march was held.", "date"),
    ("The vote is set for 9 December.", "date"),
    ("The blast happened at 10:30 on Monday.", "time"),
    ("The quake hit at 4 a.m. local time.", "time"),
    ("A man aged 45 was arrested.", "age"),
    ("The victim, a 45-year-old teacher, died.", "age"),
    ("She was 19 years old.", "age"),
    ("Demand worth $73.7m was covered.", "money"),
    ("The deal is worth 42 billion dollars.", "money"),
    ("It was adopted under Resolution 260 (III) of the UN.", "identifier"),
    ("Hurricane Beryl strengthens to Category 4.", "identifier"),
    ("Portugal reached the EURO 2024 quarterfinals.", "identifier"),
    ("A magnitude 7.8 earthquake struck.", "identifier"),
    ("The river rose 3 metres overnight.", "measurement"),
    ("France beat Belgium 1-0 on Monday.", "identifier"),
    ("Team won a 30-year-long battle.", "compound"),
    # a name stays a name whatever verb follows it
    ("Everyone aboard Flight 302 were killed.", "identifier"),
    ("Nine out of 10 homes were destroyed.", "ratio"),
    ("The toll could rise to 100, the mayor warned.", "forecast"),
    ("The number of displaced is expected to top 1 million.", "forecast"),
    ("Officials warned that up to 2,000 more people could die.", "forecast"),
    ("Flight 370 disappeared over the ocean.", "identifier"),
    ("Call 0800 555 0199 for information about missing relatives.", "identifier"),
    ("About 1 in 3 residents had fled.", "ratio"),
    # what may happen, or what someone means to do
    ("The storm could displace 10,000 people if it makes landfall.", "forecast"),
    ("The pandemic could kill 2 million people.", "forecast"),
    ("The flood may leave 40,000 people homeless.", "forecast"),
    ("The government wants to resettle 5,000 refugees.", "forecast"),
    ("Tomorrow's march is expected to draw 20,000 protesters.", "forecast"),
    # room for people, and counts per vehicle
    ("The stadium can hold 60,000 spectators.", "capacity"),
    ("The cathedral seats 3,000 worshippers.", "capacity"),
    ("The buses were carrying 50 tourists each.", "per_unit"),
    # a part of a measured total
    ("Opposition parties captured 112 of the 300 seats in parliament.", "measurement"),
])
def test_nonclaims_each_trap_is_recognised(sentence: str, reason: str) -> None:
    reasons = _reasons(sentence)
    assert None not in reasons  # no number of the sentence may pass as a count
    assert not reasons or reason in reasons or reasons == ["year"]


@pytest.mark.parametrize("sentence", [
    "At least 45 people were killed.",
    "Within forty-four days the war was over.",
    "Of 3,000 people, 613 were killed.",
    "2000 people fled the town.",
    "Police said 20 people were hurt.",
    "Over 100 people were hospitalised.",
    "In northern Gaza 20 people were killed.",
    "In Gaza 20 were killed.",
    "The death toll rose to 52 on Monday.",
    "Some 600 were killed, including 110 women, 60 children and 75 elders.",
    "Police arrested 5 in 10 days.",
    "The army killed 12 in two attacks.",
])
def test_nonclaims_counts_are_left_alone(sentence: str) -> None:
    assert all(r is None for r in _reasons(sentence))


@pytest.mark.parametrize("sentence", [
    "the 366th Motorized Rifle Regiment", "the thirty-first anniversary", "Khojaly – genocide of 20th century",
    "at the VII session of the Parliamentary Union",
])
def test_nonclaims_ordinals_and_roman_numerals_are_not_numbers(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize("text, value", [
    ("On May 3 nine people died in the crash.", 9),
    ("LORTON, May 3 - Nine people died in the crash.", 9),
    ("On March 14 12 people were injured.", 12),
])
def test_nonclaims_a_count_right_after_a_date_is_still_a_count(make_document, text: str, value: int) -> None:
    from claimledger.claims.extract import extract_claims

    assert [c.value for c in extract_claims(make_document(text))] == [value]


@pytest.mark.parametrize("sentence, age", [
    ("The victims were two men aged over 70.", 70),
    ("Five boys aged under 12 were hurt.", 12),
    ("Residents aged at least 80 were moved first.", 80),
    ("Four women aged about 50 were detained.", 50),
])
def test_nonclaims_qualified_ages_are_never_counts(sentence: str, age: int) -> None:
    found = {m.value: nonclaim_reason(sentence, m, 0) for m in find_numbers(sentence)}
    assert found[age] == "age"
    assert None in found.values() or len(found) == 1  # the count of people beside it stays a count


@pytest.mark.parametrize("sentence, age", [
    ("The pilot, 51, was among those who died.", 51),
    ("Her nephew, 7, was pulled from the water alive.", 7),
    ("An elderly farmer, 88, and two neighbours were trapped.", 88),
    ("Five pupils aged 9 and 11 were hurt.", 11),
    ("Victims aged 4, 6 and 13 were treated at the clinic.", 13),
    ("The cyclist, who was 23, died on the way to hospital.", 23),
])
def test_nonclaims_ages_set_off_by_commas_or_listed_after_aged(sentence: str, age: int) -> None:
    found = {m.value: nonclaim_reason(sentence, m, 0) for m in find_numbers(sentence)}
    assert found[age] == "age"


@pytest.mark.parametrize("sentence, count", [
    ("Of the injured, 14 were children.", 14),
    ("The toll, which officials revised on Friday, rose to 33, the ministry said.", 33),
    ("The attack killed 30, 12 of them soldiers.", 30),
    ("In the north, 250,000 people fled.", 250000),
    ("The death toll, which was 12, rose overnight.", 12),
])
def test_nonclaims_commas_around_a_count_leave_it_a_count(sentence: str, count: int) -> None:
    found = {m.value: nonclaim_reason(sentence, m, 0) for m in find_numbers(sentence)}
    assert found[count] is None


def test_nonclaims_the_scale_of_a_money_amount_is_no_count(make_document) -> None:
    """"$20 million": the money is no count, and its scale word alone is no number ("million" people)."""
    from claimledger.claims.extract import extract_claims

    doc = make_document("The government pledged $20 million in relief for the 40,000 families affected.")
    assert [c.value for c in extract_claims(doc)] == [40000]
    assert [c.value for c in extract_claims(make_document("The bomb left more than hundred other wounded."))] == [100]


def test_nonclaims_a_month_is_no_modal() -> None:
    """"since 21 May have killed": May the month, not a forecast."""
    assert _reasons("More than 520 air strikes since 21 May have killed between 229 and 425 civilians.")[-1] is None
