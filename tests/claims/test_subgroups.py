"""Subgroups from context: increments ("another 12") never stand as totals, parts' conditions, "without tickets",
co-subjects of different groups, and the group an "N of them" part inherits from its whole."""

from __future__ import annotations

from typing import Callable

import pytest

from claimledger.claims.extract import extract_claims
from claimledger.documents.model import Document


def _facts(make_document: Callable[..., Document], text: str) -> set[tuple[str, str | None, float | None]]:
    return {(c.measure, c.subgroup, c.value if c.value is not None else c.low)
            for c in extract_claims(make_document(text=text))}


@pytest.mark.parametrize("text, expected", [
    # an increment after the same measure adds to it
    ("The toll from the mudslide rose to 58 on Tuesday. Volunteers dug out nine more bodies overnight.",
     {("killed", None, 58), ("killed", "additional", 9)}),
    ("Officers detained 40 fans before kick-off and another 12 after the final whistle.",
     {("arrested", None, 40), ("arrested", "additional", 12)}),
    ("At least 30 people have died. A further 6 bodies were pulled from the river on Friday.",
     {("killed", None, 30), ("killed", "additional", 6)}),
    ("Medics treated 80 people on Sunday. An additional 25 were hospitalised on Monday.",
     {("wounded", None, 80), ("wounded", "additional", 25)}),
    # with no figure before it, the total is in an earlier report: still an increment
    ("Divers brought up four more bodies from the wreck on Wednesday.", {("killed", "additional", 4)}),
    ("Another 200 residents were evacuated from the hillside.", {("displaced", "additional", 200)}),
    # after another measure, "more" / "another" means other people, counted as such
    ("Five workers died and 17 more were hurt when the scaffolding fell.",
     {("killed", "workers", 5), ("wounded", None, 17)}),
    ("Twelve miners were killed in the blast. Another 30 were injured.",
     {("killed", "workers", 12), ("wounded", None, 30)}),
    # "more than" is a qualifier, not an increment
    ("Police said more than 40 people were arrested.", {("arrested", None, 40)}),
])
def test_subgroups_increments_are_not_totals(make_document: Callable[..., Document], text: str,
                                             expected: set[tuple[str, str | None, float]]) -> None:
    assert _facts(make_document, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Doctors treated 52 wounded miners, 9 of them in critical condition.",
     {("wounded", None, 52), ("wounded", "critical", 9)}),
    ("The blast injured 140 people, 22 of whom are in a serious condition.",
     {("wounded", None, 140), ("wounded", "serious", 22)}),
    ("Some 75 people were hurt, 6 of them critically.", {("wounded", None, 75), ("wounded", "critical", 6)}),
    ("The fire injured 31 people, four of them remain in intensive care.",
     {("wounded", None, 31), ("wounded", "intensive_care", 4)}),
])
def test_subgroups_parts_take_their_condition(make_document: Callable[..., Document], text: str,
                                              expected: set[tuple[str, str | None, float]]) -> None:
    claims = extract_claims(make_document(text=text))
    assert {(c.measure, c.subgroup, c.value) for c in claims} == expected
    whole, part = claims
    assert part.parent == whole.id


@pytest.mark.parametrize("text, expected", [
    # a part of a crowd of another measure takes the crowd's group, as "police arrested 25 marchers" would
    ("Hundreds of demonstrators gathered outside the ministry and police detained 25 of them.",
     {("attendees", "protesters", 200), ("arrested", "protesters", 25)}),
    # a whole of plain people, or of the whole population, gives no group: the part is that measure's total
    ("About 900 people were taken hostage; the fate of 60 of them is unknown.",
     {("hostages", None, 900), ("missing", None, 60)}),
])
def test_subgroups_anaphor_of_another_measure(make_document: Callable[..., Document], text: str,
                                              expected: set[tuple[str, str | None, float]]) -> None:
    assert _facts(make_document, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roughly 18,000 spectators were in the arena, and about 700 supporters without tickets forced a side gate.",
     {("attendees", None, 18000), ("attendees", "without_tickets", 700)}),
    ("Border guards stopped 120 migrants without papers near the crossing, and 45 were detained.",
     {("arrested", None, 45)}),
])
def test_subgroups_without_is_a_part_not_a_rival(make_document: Callable[..., Document], text: str,
                                                 expected: set[tuple[str, str | None, float]]) -> None:
    assert expected <= _facts(make_document, text)
    assert ("attendees", None, 700) not in _facts(make_document, text)


@pytest.mark.parametrize("text, expected", [
    ("Four stewards and 22 fans were injured in the crush.", {("wounded", "stewards", 4), ("wounded", "fans", 22)}),
    ("Police arrested 9 supporters and two security guards.",
     {("arrested", "supporters", 9), ("arrested", "guards", 2)}),
    # alone, the fans, civilians and spectators are the whole population: no subgroup
    ("Thirteen fans were killed when a stand collapsed.", {("killed", None, 13)}),
    ("About 6,000 spectators watched the final.", {("attendees", None, 6000)}),
])
def test_subgroups_co_subjects_of_different_groups(make_document: Callable[..., Document], text: str,
                                                   expected: set[tuple[str, str | None, float]]) -> None:
    assert _facts(make_document, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of one place of the event, by "alone": that place's part, not a rival total
    ("Two dozen bodies were pulled out of the estuary near Saltmarsh alone since Tuesday.", [("killed", 24, "saltmarsh")]),
    ("The commissioner said 41 of the deceased were from Ardley district alone.", [("killed", 41, "ardley")]),
    ("In North Ardley alone, 41 people died.", [("killed", 41, "north_ardley")]),
    ("The gunman acted alone and killed 14 people.", [("killed", 14, None)]),
    # conditions after "still"
    ("Thirty-one people were wounded, with nine of them still in critical condition.",
     [("wounded", 31, None), ("wounded", 9, "critical")]),
    ("Two of the deceased were soldiers.", [("killed", 2, "soldiers")]),
    # "alone" after a time is no place; a place of another clause or figure, or "not ... alone", is not this count's
    ("In January alone, 300 people were killed.", [("killed", 300, None)]),
    ("At Christmas alone, 40 people died.", [("killed", 40, None)]),
    ("The flooding killed 40 people, and not in Ardley alone.", [("killed", 40, None)]),
    ("12 people were killed in the blast, while in Ardley alone 300 homes were damaged.",
     [("killed", 12, None), ("homes_damaged", 300, "ardley")]),
    # a list inside the noun phrase stays within the count's clause
    ("The agency said 160 civilians, mostly women and children, were killed in Tokhar alone.", [("killed", 160, "tokhar")]),
])
def test_subgroups_a_place_alone_and_conditions_still_held(make_document: Callable[..., Document], text: str,
                                                             expected: list[tuple[str, int, str | None]]) -> None:
    """A count of one place by "alone" (not a time, another clause or "not ... alone"), conditions after "still"."""
    claims = extract_claims(make_document(text=text))
    assert [(c.measure, c.value, c.subgroup) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a nation's adjective before a noun of people: the noun's phrase, the nation the subgroup if the noun names none
    ("Five British nationals were killed.", [("killed", 5, "british", "Five British nationals")]),
    ("At least 10 Kurdish fighters were killed in the blast.", [("killed", 10, "fighters", "At least 10 Kurdish fighters")]),
    ("The attack killed 12 French soldiers.", [("killed", 12, "soldiers", "12 French soldiers")]),
])
def test_subgroups_a_nations_adjective_before_people(make_document: Callable[..., Document], text: str,
                                                      expected: list[tuple[str, int, str | None, str]]) -> None:
    claims = extract_claims(make_document(text=text))
    assert [(c.measure, c.value, c.subgroup, c.text) for c in claims] == expected
