"""Structure inside a sentence: including-lists, 'N of them', elliptical parts, co-subjects."""

from __future__ import annotations

from typing import Callable

import pytest

from claimledger.claims.extract import extract_claims
from claimledger.claims.model import Claim
from claimledger.documents.model import Document


def _claims(text: str) -> list[Claim]:
    """The claims of one document holding `text` only."""
    return extract_claims(Document(id="a.txt", text=text, source="a.txt"))


def _by_value(claims: list[Claim]) -> dict[float | None, Claim]:
    return {c.value: c for c in claims}


def _with_parent_values(claims: list[Claim]) -> list[tuple[float | None, str | None, float | None]]:
    """(value, subgroup, the parent's value) of each claim, in order."""
    value_of = {c.id: c.value for c in claims}
    return [(c.value, c.subgroup, value_of.get(c.parent or "")) for c in claims]


@pytest.mark.parametrize("sentence", [
    "613 were killed, including 106 women, 63 children and 70 elders.",
    "Armed units killed 613 people, including 106 women, 63 children, and 70 elderly people.",
    "613 people, including 106 women, 63 children and 70 older people were killed.",
    "613 people were killed (106 women, 63 children and 70 elders).",
])
def test_structure_including_list_gives_parts_with_parent(make_document: Callable[..., Document],
                                                          sentence: str) -> None:
    claims = _by_value(extract_claims(make_document(text=sentence)))
    whole = claims[613]
    assert (whole.measure, whole.subgroup, whole.parent) == ("killed", None, None)
    parts = {(claims[v].subgroup, claims[v].parent, claims[v].measure) for v in (106, 63, 70)}
    assert parts == {("women", whole.id, "killed"), ("children", whole.id, "killed"), ("elderly", whole.id, "killed")}


def test_structure_fate_of_them_is_missing_with_hostage_parent(make_document: Callable[..., Document]) -> None:
    text = "1275 civilians were taken prisoner, and the fate of 150 of them is still unknown."
    claims = _by_value(extract_claims(make_document(text=text)))
    assert claims[1275].measure == "hostages"
    assert (claims[150].measure, claims[150].parent) == ("missing", claims[1275].id)


@pytest.mark.parametrize("sentence, one_parent", [
    ("25 children lost both parents, and 130 one parent.", 130),
    ("25 children lost both parents and 130 children lost one parent.", 130),
    ("25 children lost both parents, 132 children lost one of their parents.", 132),
])
def test_structure_orphans_split_by_parents_lost(make_document: Callable[..., Document], sentence: str,
                                                 one_parent: int) -> None:
    claims = _by_value(extract_claims(make_document(text=sentence)))
    assert (claims[25].measure, claims[25].subgroup, claims[25].unit) == ("orphaned", "both_parents", "children")
    assert (claims[one_parent].measure, claims[one_parent].subgroup) == ("orphaned", "one_parent")
    assert 1 not in claims  # "one parent" is not a count


def test_structure_parts_of_missing_hostages(make_document: Callable[..., Document]) -> None:
    text = "The fate of 150 hostages, including 68 women and 26 children, is still unknown."
    claims = _by_value(extract_claims(make_document(text=text)))
    assert claims[150].measure == "missing"
    assert {(claims[v].measure, claims[v].subgroup, claims[v].parent) for v in (68, 26)} == {
        ("missing", "women", claims[150].id), ("missing", "children", claims[150].id)}


def test_structure_co_subjects_share_the_verb(make_document: Callable[..., Document]) -> None:
    claims = _by_value(extract_claims(make_document(text="Six soldiers and two civilians were killed in the ambush.")))
    assert {(c.measure, c.subgroup) for c in claims.values()} == {("killed", "soldiers"), ("killed", "civilians")}


def test_structure_ellipsis_shares_the_measure(make_document: Callable[..., Document]) -> None:
    claims = _by_value(extract_claims(make_document(text="Police arrested 20 people in Paris and 15 in Lyon.")))
    assert (claims[20].measure, claims[15].measure) == ("arrested", "arrested")


def test_structure_of_whom_part_takes_its_subgroup(make_document: Callable[..., Document]) -> None:
    claims = _by_value(extract_claims(make_document(text="Nine people were killed, five of them children.")))
    assert (claims[5].measure, claims[5].subgroup, claims[5].parent) == ("killed", "children", claims[9].id)


def test_structure_total_with_parts_keeps_no_manner_subgroup(make_document: Callable[..., Document]) -> None:
    text = "613 people, including 106 women, were killed with special cruelty, and 56 people were killed with unprecedented cruelty."
    claims = _by_value(extract_claims(make_document(text=text)))
    assert (claims[613].subgroup, claims[56].subgroup) == (None, "with_cruelty")


@pytest.mark.parametrize("sentence, part, part_subgroup", [
    ("Three medics were among the 41 people killed in the strike.", 3, "health_workers"),
    ("Six tourists were also among the 58 injured.", 6, "tourists"),
])
def test_structure_part_among_a_later_whole_takes_its_measure(make_document: Callable[..., Document], sentence: str,
                                                              part: int, part_subgroup: str) -> None:
    claims = _by_value(extract_claims(make_document(text=sentence)))
    whole = [c for c in claims.values() if c.value != part][0]
    assert (claims[part].measure, claims[part].subgroup) == (whole.measure, part_subgroup)


@pytest.mark.parametrize("sentence", [
    "Shelling has killed 2,150 people since March 3, including 480 children, officials said.",
    "Shelling has killed 2,150 people since March 3, 2024, including 480 children, officials said.",
])
def test_structure_including_list_after_a_date(make_document: Callable[..., Document], sentence: str) -> None:
    claims = _by_value(extract_claims(make_document(text=sentence)))
    assert (claims[480].measure, claims[480].subgroup, claims[480].parent) == ("killed", "children", claims[2150].id)


def test_structure_rival_estimate_put_it_at(make_document: Callable[..., Document]) -> None:
    text = "Union leaders put the turnout at 80,000, while the city estimated it at about 25,000."
    claims = _by_value(extract_claims(make_document(text=text)))
    assert {(c.measure, c.qualifier) for c in claims.values()} == {("attendees", "exact"), ("attendees", "about")}


@pytest.mark.parametrize("sentence, value, subgroup", [
    ("Some 140 people were injured, 12 in critical condition.", 12, "critical"),
    ("Nineteen workers remain in hospital, four in a serious condition.", 4, "serious"),
])
def test_structure_condition_after_a_bare_coordinated_figure(make_document: Callable[..., Document], sentence: str,
                                                             value: int, subgroup: str) -> None:
    claims = _by_value(extract_claims(make_document(text=sentence)))
    assert (claims[value].measure, claims[value].subgroup) == ("wounded", subgroup)


def test_structure_own_cue_keeps_no_condition_subgroup(make_document: Callable[..., Document]) -> None:
    claims = _by_value(extract_claims(make_document(text="Eight people died and three were seriously hurt.")))
    assert (claims[3].measure, claims[3].subgroup) == ("wounded", None)


def test_structure_among_is_a_part_not_a_rival_group(make_document: Callable[..., Document]) -> None:
    text = "Five children were among 23 civilians killed in the raid."
    claims = _by_value(extract_claims(make_document(text=text)))
    assert (claims[5].measure, claims[5].subgroup) == ("killed", "children")
    assert (claims[23].measure, claims[23].subgroup) == ("killed", None)


@pytest.mark.parametrize("sentence, expected", [
    ("Organisers said 100,000 people joined the march, but police estimated 25,000.",
     [("attendees", 100000, "Organisers"), ("attendees", 25000, "police")]),
    ("Organisers said 100,000 took part; police put the figure at 25,000.",
     [("attendees", 100000, "Organisers"), ("attendees", 25000, "police")]),
    ("The ministry said 45 people died, but the opposition said 120.",
     [("killed", 45, "The ministry"), ("killed", 120, "the opposition")]),
    # the second number starts a clause of its own: no counter-estimate
    ("The ministry said 45 people died; the hospital reported 12 were children.", [("killed", 45, "The ministry")]),
    ("Ten people died in the fire, but the mayor said 2012 was worse.", [("killed", 10, "the mayor")]),
])
def test_structure_another_source_s_figure_for_the_same_count(make_document: Callable[..., Document], sentence: str,
                                                             expected: list[tuple[str, int, str]]) -> None:
    claims = extract_claims(make_document(text=sentence))
    assert [(c.measure, c.value, c.attribution) for c in claims] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the verb is the part's: the group's total is context, never the count of the verb
    ("The siege ended; 130 of the 850 hostages died.", [("killed", None, 130)]),
    ("Twenty of the 60 passengers were killed by the blast.", [("killed", "passengers", 20)]),
    ("More than 100 of the 400 workers at the plant were injured.", [("wounded", "workers", 100)]),
    ("Seven of the 19 hostages were freed.", [("released", None, 7)]),
    # a group that is a count of its own ("the 10 dead") keeps its figure
    ("Six of the 10 dead were children.", [("killed", None, 10)]),
    ("Officials said 112 people died. 34 of the dead were women.", [("killed", None, 112), ("killed", "women", 34)]),
    # a participle with its agent makes the group: the verb of the sentence says what the part is
    ("Monitor: 10 of 48 people executed by forces loyal to the regime were children.", [("killed", None, 48)]),
])
def test_structure_part_of_a_group(make_document: Callable[..., Document], sentence: str,
                                   expected: list[tuple[str, str | None, int]]) -> None:
    assert [(c.measure, c.subgroup, c.value) for c in extract_claims(make_document(text=sentence))] == expected


def test_structure_a_source_s_clause_before_the_list(make_document: Callable[..., Document]) -> None:
    text = "The death toll rose to 231 by Tuesday, the disaster authority said, including 58 children."
    claims = extract_claims(make_document(text=text))
    assert [(c.value, c.subgroup, c.parent) for c in claims] == [(231, None, None), (58, "children", claims[0].id)]
    assert {c.attribution for c in claims} == {"the disaster authority"}


@pytest.mark.parametrize("sentence, expected", [
    ("Thirty-two people were killed in Dorvan, of whom 20 were women.", [(32, None, None), (20, "women", 32)]),
    ("The blast killed 18, of whom 11 were soldiers.", [(18, None, None), (11, "soldiers", 18)]),
    ("At least 45 people were injured, among them 12 children.", [(45, None, None), (12, "children", 45)]),
])
def test_structure_of_whom_before_the_part_names_its_group(make_document: Callable[..., Document], sentence: str,
                                                          expected: list[tuple[int, str | None, int | None]]) -> None:
    claims = extract_claims(make_document(text=sentence))
    assert _with_parent_values(claims) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the dead named in a later sentence belongs to the toll stated before it
    ("At least 112 people died in the quake. Officials said 34 of the dead were children.",
     [(112, None, None), (34, "children", 112)]),
    ("Nine people were killed on Monday. Among the dead were 4 soldiers.", [(9, None, None), (4, "soldiers", 9)]),
    ("Some 300 people were injured. Of those injured, 40 were women.", [(300, None, None), (40, "women", 300)]),
    # not a whole that cannot hold it, nor one of another measure
    ("Nine people were killed on Monday. Among the dead were 40 soldiers.", [(9, None, None), (40, "soldiers", None)]),
    ("Some 300 people were injured. Of those killed, 40 were women.", [(300, None, None), (40, "women", None)]),
    # an open whole holds any part; a whole of the part's own sentence stops the search for an earlier one
    ("More than 112 people died. 150 of the dead were children.", [(112, None, None), (150, "children", 112)]),
    # the nearest earlier toll: the day's, not the war's
    ("The war has killed more than 40,000 people. On Monday, strikes killed 60 people in Rafah. Among the dead "
     "were 20 children.", [(40000, None, None), (60, None, None), (20, "children", 60)]),
    ("The quake killed 112 people. In a second town 20 people died, and 5 of the dead were children.",
     [(112, None, None), (20, None, None), (5, "children", None)]),
])
def test_structure_part_in_a_later_sentence_takes_the_earlier_whole(make_document: Callable[..., Document], text: str,
                                                                   expected: list[tuple[int, str | None, int | None]]
                                                                   ) -> None:
    claims = extract_claims(make_document(text=text))
    assert _with_parent_values(claims) == expected


@pytest.mark.parametrize("text, expected", [
    ("At least 300 people were injured. Of the injured, 56 are in a critical condition.",
     [(300, None, None), (56, "critical", 300)]),
    ("Police said 1,632 people had been injured, of whom 210 remained in hospital.",
     [(1632, None, None), (210, "hospitalised", 1632)]),
    ("The blaze sent 14 firefighters to hospital.", [(14, "firefighters", None)]),
])
def test_structure_conditions_of_the_injured(make_document: Callable[..., Document], text: str,
                                             expected: list[tuple[int, str | None, int | None]]) -> None:
    claims = extract_claims(make_document(text=text))
    assert _with_parent_values(claims) == expected
    assert {c.measure for c in claims} == {"wounded"}


def test_structure_a_list_after_a_duration_with_parts_of_parts(make_document: Callable[..., Document]) -> None:
    text = ("Soldiers killed 504 unarmed civilians in about four hours, including 182 women, 17 of them pregnant, "
            "173 children, 56 of whom were infants, and 60 elderly people.")
    claims = extract_claims(make_document(text=text))
    assert _with_parent_values([c for c in claims if c.measure == "killed"]) == [(504, None, None), (182, "women", 504), (17, "pregnant", 182), (173, "children", 504),
                   (56, "infants", 173), (60, "elderly", 504)]


def test_structure_the_verb_of_an_of_whom_clause_is_the_part_s(make_document: Callable[..., Document]) -> None:
    text = "More than 500,000 people were exposed to the gas, of whom 5,295 were left permanently disabled."
    claims = extract_claims(make_document(text=text))
    assert (claims[0].measure, claims[0].value) == ("affected", 500000)
    assert "disabled" not in {c.measure for c in claims if c.value == 500000}
    # "among them" is an aside: the verb after the list is the whole's
    text = "Twelve people, among them four children, drowned."
    assert _with_parent_values(extract_claims(make_document(text=text))) == [(12, None, None), (4, "children", 12)]


@pytest.mark.parametrize("text, expected", [
    # a relative clause closed by a comma leaves the verb after it to the whole
    ("At least 300 people, of whom 85 were children, were killed in the raid.", [(300, None, None), (85, "children", 300)]),
    ("The 120 migrants, of whom 40 were women, drowned when the boat capsized.",
     [(120, "migrants", None), (40, "women", 120)]),
])
def test_structure_a_closed_of_whom_clause(make_document: Callable[..., Document], text: str,
                                          expected: list[tuple[int, str | None, int | None]]) -> None:
    claims = extract_claims(make_document(text=text))
    assert _with_parent_values(claims) == expected and {c.measure for c in claims} == {"killed"}


def test_structure_a_sentence_opening_with_its_group_names_the_subgroup(make_document: Callable[..., Document]) -> None:
    claims = extract_claims(make_document(text="Of the 105 children of the village, 82 were gassed."))
    assert [(c.measure, c.subgroup, c.value) for c in claims] == [("killed", "children", 82)]
    # a group of plain people names no subgroup
    claims = extract_claims(make_document(text="Of the 300 people on board, 120 died."))
    assert {(c.measure, c.subgroup, c.value) for c in claims} == {("aboard", None, 300), ("killed", None, 120)}


@pytest.mark.parametrize("text, expected", [
    ("The governor's office said 140 people were injured, but the city hospital gave a higher figure of 152.",
     [("wounded", 140, "The governor's office"), ("wounded", 152, "the city hospital")]),
    ("Police said 9 people were arrested, while organisers put the number at 30.",
     [("arrested", 9, "Police"), ("arrested", 30, "organisers")]),
    ("Authorities initially said 40 people were hurt, but on Saturday they corrected the figure to 24.",
     [("wounded", 40, "Authorities"), ("wounded", 24, "Authorities")]),
    ("Officials said 112 people fell ill, bringing the total since the outbreak began to 1,847.",
     [("infected", 112, "Officials"), ("infected", 1847, "Officials")]),
    # no count of people before: a bare "figure of" says nothing
    ("The agency gave a figure of 152 for the year.", []),
    # another total, or a percentage, is no other value of the people counted before
    ("Police arrested 12 fans, and rain pushed the total for the month to 140.", [("arrested", 12, None)]),
    ("Twelve people were killed; the council raised the total budget to 300.", [("killed", 12, None)]),
    ("Twelve people were injured, and turnout rose, bringing the total to 64 per cent.", [("wounded", 12, None)]),
])
def test_structure_another_value_of_the_same_figure(text: str, expected: list[tuple[str, int, str]]) -> None:
    claims = _claims(text)
    assert [(c.measure, c.value, c.attribution) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # "Among the <outcome> are N <people>": a part of the outcome group, its measure that group's
    ("An estimated 15,000 people have been displaced. Among the displaced are some 6,000 children.",
     [("displaced", None, 15000, None), ("displaced", "children", 6000, "c1")]),
    ("Gunmen seized 40 workers. Among the hostages were 12 foreigners.",
     [("hostages", "workers", 40, None), ("hostages", None, 12, None)]),
    ("Nine people are missing. Of those still missing, 4 are children.",
     [("missing", None, 9, None), ("missing", "children", 4, "c1")]),
    ("Among the dead are 23 women.", [("killed", "women", 23, None)]),
])
def test_structure_among_an_outcome_group(text: str, expected: list[tuple[str, str | None, int, str | None]]) -> None:
    claims = _claims(text)
    assert [(c.measure, c.subgroup, c.value, c.parent) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a coordinated count with a verb of its own does not take the first count's measure
    ("Police said 3 people were arrested for throwing flares, and about 200 supporters without tickets were "
     "turned away.", [("arrested", 3)]),
    # ... but one without a verb, or with a violence verb that names no outcome, does
    ("20 were killed in Paris and 15 in Lyon.", [("killed", 20), ("killed", 15)]),
    ("One woman was beheaded and two men were shot.", [("killed", 1), ("killed", 2)]),
    ("Ten people were killed in the blast and 40 more were gunned down.", [("killed", 10), ("killed", 40)]),
    # relatives of a group are not the group
    ("Families of the hostages, 40 of them, met the minister.", []),
    ("The raid killed nine children and 14 others, local activists have reported.", [("killed", 9), ("killed", 14)]),
    # other verbs, their own measures
    ("At least 86 people were killed and dozens more have received treatment.", [("killed", 86), ("wounded", None)]),
    ("That year 119 journalists were kidnapped and 178 were imprisoned.", [("hostages", 119), ("arrested", 178)]),
])
def test_structure_coordinated_counts_and_their_own_verbs(text: str, expected: list[tuple[str, int | None]]) -> None:
    claims = _claims(text)
    assert [(c.measure, c.value) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # "N of the <people>" counts part of that group: its noun is the count's noun
    ("Two of the suspects were arrested on Monday.", [("arrested", 2, "Two of the suspects")]),
    ("The Red Crescent said three of its workers were among the wounded.", [("wounded", 3, "three of its workers")]),
    # ... but a group named by what happened to it is a part of an earlier figure
    ("Fighting killed 30 people. Six of the dead were children.", [("killed", 30, "30 people"), ("killed", 6, "Six")]),
])
def test_structure_n_of_a_named_group(text: str, expected: list[tuple[str, int, str]]) -> None:
    claims = _claims(text)
    assert [(c.measure, c.value, c.text) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a number larger than the whole ends its list: it starts a figure of its own
    ("More than 100 people were hurt, including 23 children, and nearly 2,000 residents spent the night in tents.",
     [("wounded", 100, None), ("wounded", 23, "c1"), ("displaced", 2000, None)]),
    ("At least 4 people were killed, including 3 children, and 43 others were injured.",
     [("killed", 4, None), ("killed", 3, "c1"), ("wounded", 43, None)]),
])
def test_structure_a_number_larger_than_the_whole_is_no_part(text: str,
                                                             expected: list[tuple[str, int, str | None]]) -> None:
    claims = _claims(text)
    assert [(c.measure, c.value, c.parent) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # the value a figure had before the one given: same measure, marked earlier
    ("The death toll rose to 14 from 11 on Sunday, police said.", [("killed", 14, False), ("killed", 11, True)]),
    ("At least 14 people were killed, up from 11 reported earlier, and 32 were wounded.",
     [("killed", 14, False), ("killed", 11, True), ("wounded", 32, False)]),
    ("Officials revised the toll to 212 from an earlier figure of 187.", [("killed", 212, False), ("killed", 187, True)]),
    ("Saturday's figure of 19 dead had itself been revised up from an initial 12.",
     [("killed", 19, False), ("killed", 12, True)]),
    ("Police figures show 34 people were wounded, up from 23 given on Friday.",
     [("wounded", 34, False), ("wounded", 23, True)]),
    # "from X to Y" after a verb of change: two values, not a range
    ("The number of dead has risen from 187 to 212, the ministry said.", [("killed", 187, True), ("killed", 212, False)]),
    ("The ministry raised the number of injured from 40 to 52.", [("wounded", 40, True), ("wounded", 52, False)]),
    ("The toll fell from 30 to 24 after duplicates were removed.", [("killed", 30, True), ("killed", 24, False)]),
    # no verb of change: a range stays a range
    ("Between 30 and 40 people were injured.", [("wounded", None, False)]),
    ("The blast injured from 30 to 40 people.", [("wounded", None, False)]),
    # what is not a count of people beside the figure takes nothing
    ("Twelve people were hurt, up from a month when sales rose to 40 from 12 stores.", [("wounded", 12, False)]),
])
def test_structure_earlier_values_of_a_figure(text: str, expected: list[tuple[str, int | None, bool]]) -> None:
    claims = _claims(text)
    assert [(c.measure, c.value, c.earlier) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a part of an outcome group takes the measure of its own verb
    ("Three of the wounded died in hospital overnight.", [("killed", 3, None, None)]),
    ("Two of the injured were arrested.", [("arrested", 2, None, None)]),
    # ... and keeps the group's when its verb names no outcome
    ("Three of the wounded were children.", [("wounded", 3, "children", None)]),
    # "N of those killed were women": the predicate names the subgroup
    ("Eight of those killed were women, she said.", [("killed", 8, "women", None)]),
    # "Of the N dead, A were X": parts of the N
    ("Of the 212 dead, 54 were children.", [("killed", 212, None, None), ("killed", 54, "children", 212)]),
])
def test_structure_parts_of_an_outcome_group(text: str, expected: list[tuple[str, int, str | None, int | None]]) -> None:
    claims = _claims(text)
    assert [(c.measure, *row) for c, row in zip(claims, _with_parent_values(claims))] == expected


@pytest.mark.parametrize("text, expected", [
    # another value of a figure, given as someone's figure
    ("The UN said 187 people had died, far higher than the government's figure of 35.", [("killed", 187), ("killed", 35)]),
    # "on board" says where the people were; the verb after it says what befell them
    ("Sixty trawlers with around 300 fishermen on board remain unaccounted for.", [("missing", 300)]),
    ("The ferry had 300 people on board.", [("aboard", 300)]),
    # the figure of people affected, put at a number
    ("The UN put the figure of people affected at some 4.6 million.", [("affected", 4_600_000)]),
])
def test_structure_someones_figure_on_board_and_figures_put_at(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.measure, c.value) for c in _claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an earlier value is a value of the same figure: its subgroup and event are its partner's
    ("Officials said 12 children were killed, up from 9 on Monday.",
     [("killed", 12, "children", False), ("killed", 9, "children", True)]),
    ("In Ardley alone, 41 people died, up from 30 on Monday, officials said.",
     [("killed", 41, "ardley", False), ("killed", 30, "ardley", True)]),
    # particles and other senses of "up from" name no earlier value
    ("Police rounded up from 30 to 40 protesters.", [("arrested", None, "protesters", False)]),
    ("Officials said 300 people were killed in the city, whose population is up from 2 million a decade ago.",
     [("killed", 300, None, False)]),
])
def test_structure_an_earlier_value_is_its_partners_figure(text: str,
                                                          expected: list[tuple[str, int | None, str | None, bool]]) -> None:
    assert [(c.measure, c.value, c.subgroup, c.earlier) for c in _claims(text)] == expected
