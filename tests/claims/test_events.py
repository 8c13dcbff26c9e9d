"""Events: the main event by default, another one when the text names a wider war or a dated earlier event."""

from __future__ import annotations

from typing import Callable

import pytest

import claimledger.claims.events as events_module
from claimledger.claims.extract import extract_claims
from claimledger.documents.model import Document

LEAD = "A powerful earthquake struck the region on Monday, killing at least 45 people. "


@pytest.mark.parametrize("later, event", [
    ("The 1999 earthquake near Izmit killed more than 17,000 people.", "earthquake-1999"),
    ("The country is still reeling from the civil war, which has killed an estimated 15,000 people.", "war"),
    ("During the war, 20,000 citizens were killed.", "war"),
    ("As a result of the quake and the military aggression, 20,000 citizens were killed.", "war"),
    ("So far this year, floods have killed 1,200 people nationwide.", "cumulative"),
    ("Rescuers said 120 people were injured.", "main"),
])
def test_events_other_event_named_in_passing(make_document: Callable[..., Document], later: str, event: str) -> None:
    claims = extract_claims(make_document(text=LEAD + later))
    assert claims[0].event == "main"
    assert claims[-1].event == event
    if event != "main":
        assert claims[-1].event_label


def test_events_war_context_sentence_carries_duration(make_document: Callable[..., Document]) -> None:
    text = LEAD + "Within forty-four days, the army won a victory on the battlefield and ended the occupation."
    claims = extract_claims(make_document(text=text))
    assert (claims[-1].measure, claims[-1].event) == ("duration", "war")


def test_events_war_in_the_lead_is_the_main_event(make_document: Callable[..., Document]) -> None:
    text = "The war in the region has killed 3,000 people, the UN said. Another 500 were wounded in the war."
    assert {c.event for c in extract_claims(make_document(text=text))} == {"main"}


@pytest.mark.parametrize("text, event", [
    ("Thousands of residents came to the memorial on the anniversary of the massacre.", "commemoration"),
    ("Tens of thousands of protesters marched through the capital to protest the law.", "main"),
])
def test_events_crowds_at_commemorations_are_their_own_event(make_document: Callable[..., Document], text: str,
                                                               event: str) -> None:
    (claim,) = extract_claims(make_document(text=text))
    assert (claim.measure, claim.event) == ("attendees", event)


@pytest.mark.parametrize("text, event", [
    ("Plague cases were reported in Beijing. It caused more than 50 million deaths during the fourteenth century.",
     "history-fourteenth-century"),
    ("Plague cases were reported in Beijing. There were 584 deaths between 2010 and 2015.", "cumulative"),
    ("Two people were infected in Beijing. More than 2,500 people were killed in the 21st century's worst outbreak.",
     "main"),
    # a national tally since a date beside one attack's toll
    ("The siege toll rose to 118. Attacks have killed 412 people across the country since January.", "cumulative"),
])
def test_events_historical_and_cumulative_frames(make_document: Callable[..., Document], text: str, event: str) -> None:
    assert extract_claims(make_document(text=text))[-1].event == event


@pytest.mark.parametrize("sentence, has_claim", [
    ("The car goes from zero to 60 mph in five seconds.", False),
    ("The siege of the city lasted for 44 days.", True),
])
def test_events_durations_only_of_events(make_document: Callable[..., Document], sentence: str,
                                         has_claim: bool) -> None:
    claims = extract_claims(make_document(text=sentence))
    assert bool(claims) == has_claim and all(c.measure == "duration" for c in claims)


@pytest.mark.parametrize("later", [
    "The 1998 floods killed 41 people.", "The 1998 flood killed 41 people.", "The floods of 1998 killed 41 people.",
])
def test_events_same_earlier_event_gets_one_slug(make_document: Callable[..., Document], later: str) -> None:
    text = "Flash floods swept through the town on Saturday, March 15, 2025, killing nine people. " + later
    assert extract_claims(make_document(text=text))[-1].event == "flood-1998"


def test_events_war_as_setting_of_the_lead_is_not_the_main_event(make_document: Callable[..., Document]) -> None:
    text = ("Amid the war in Ukraine, a missile strike on Dnipro killed 40 people on Saturday. "
            "The war has killed 10,000 civilians, the UN says.")
    assert [(c.value, c.event) for c in extract_claims(make_document(text=text))] == [(40, "main"), (10000, "war")]


def test_events_when_clause_names_an_earlier_event(make_document: Callable[..., Document]) -> None:
    text = ("An earthquake struck Morocco on Friday, killing 2,012 people. It was the deadliest quake since 1960, "
            "when an earthquake killed at least 12,000 people in Agadir.")
    events = [c.event for c in extract_claims(make_document(text=text))]
    assert events == ["main", "earthquake-1960"]


def test_events_since_the_main_outbreak_began_stays_main(make_document: Callable[..., Document]) -> None:
    text = "The cholera outbreak has spread fast: 1,434 cases have been reported since the outbreak began."
    assert {c.event for c in extract_claims(make_document(text=text))} == {"main"}


STORY = ("A crush at the gates of a city stadium killed 8 people on Saturday, police said. "
         "Officials said the gates opened late. Fans had queued for hours. ")


@pytest.mark.parametrize("later, event", [
    # a sentence whose own time is a past year: that year's happening, not the story
    ("In 2009, 21 people died at the same ground.", "event-2009"),
    ("In March 2014, 40 people were hurt when a barrier gave way.", "event-2014"),
    ("Back in 1996, a crush at another venue killed 66 people.", "crush-1996"),
    # "a similar / an earlier / another <event>" names another happening; with a year, that year's
    ("In 2001, 97 fans died in a similar crush at a northern stadium.", "crush-2001"),
    ("Twelve people were injured in an earlier stampede at the station.", "stampede-earlier"),
    ("Five people were killed in a separate shooting across town.", "shooting-other"),
    # the story's own year, a later year, or the story's own event named: still the main event
    ("In 2024, 8 people died at the ground.", "main"),
    ("In 2009, the crush at the gates killed 3 ushers.", "main"),
    ("Rescuers said 30 people were hurt.", "main"),
])
def test_events_earlier_dated_happenings_get_their_own_event(make_document: Callable[..., Document], later: str,
                                                             event: str) -> None:
    claims = extract_claims(make_document(text=STORY + later, published="2024-06-02"))
    assert claims[0].event == "main"
    assert claims[-1].event == event
    if event != "main":
        assert claims[-1].event_label


def test_events_opening_year_needs_the_main_year(make_document: Callable[..., Document]) -> None:
    # a year after the main event's dates its aftermath (a later commemoration, a resolution): same event
    text = ("On 3 May 1998, a flood destroyed the old town and killed 40 people. Survivors still gather. "
            "Many never returned. In 2008, 300 people joined a memorial march.")
    claims = extract_claims(make_document(text=text, published="2018-05-03"))
    assert claims[-1].event != "event-2008"


@pytest.mark.parametrize("sentence", ["The 1998 floods killed 40.", "Floods in March 2001 killed 40.", "x1998 floods",
                                      "The storm of 1987 and the 1990s floods", "A FLOOD IN 2001 hit", "2003 raid"])
def test_events_dated_matches_are_the_dated_pattern_s(sentence: str) -> None:
    c = events_module._compiled()
    expected = [(m.span(), m["y1"] or m["y2"]) for m in c["dated"].finditer(sentence)]
    found = [(m.span(), m.groupdict()["y1"] or m.groupdict().get("y2"))
             for m in events_module._dated_matches(c, sentence)]
    assert found == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Ten people were killed in Monday's attack, two days after a similar bombing killed 17 in the same district.",
     [(10, "main"), (17, "bombing-other")]),
    ("Sixteen people were killed on Sunday, a day after a separate attack killed 9 in the same town.",
     [(16, "main"), (9, "attack-other")]),
    ("A similar bombing killed 17 people last month.", [(17, "bombing-other")]),
    ("Last year's floods killed 1,700 people; this year's have killed 96 so far.",
     [(1700, "flood-earlier"), (96, "main")]),
    ("The attack on Friday killed 8; a similar attack in 2019 killed 51.", [(8, "main"), (51, "attack-2019")]),
])
def test_events_the_story_s_own_figures_before_a_clause_about_an_earlier_one(
        make_document: Callable[..., Document], sentence: str, expected: list[tuple[int, str]]) -> None:
    assert [(c.value, c.event) for c in extract_claims(make_document(text=sentence))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Floods across Nigeria killed more than 600 people and displaced 1.4 million in 2022.",
     [(600, "flood-2022"), (1400000, "flood-2022")]),
    ("A similar bill was withdrawn in March 2023 after protests in which 133 people were detained.",
     [(133, "protest-2023")]),
    # a record's date is not the figure's
    ("The flood killed 40 people, the worst since records began in 1950.", [(40, "main")]),
])
def test_events_a_figure_dated_in_its_clause_to_an_earlier_year(make_document: Callable[..., Document], sentence: str,
                                                               expected: list[tuple[int, str]]) -> None:
    lead = "Floods hit Maiduguri\nMAIDUGURI, Sept 10, 2024 (Reuters) - Floods killed 37 people on Tuesday.\n\n"
    claims = extract_claims(make_document(text=lead + sentence, published="2024-09-10"))
    assert [(c.value, c.event) for c in claims if c.value != 37] == expected


def test_events_a_year_opening_a_sentence_in_news_of_this_week_is_another_event(
        make_document: Callable[..., Document]) -> None:
    """No year anywhere, but the lead dates the story by a weekday: "In 2019, ..." tells of an earlier event."""
    text = ("A gunman opened fire at a mall on Saturday, killing nine people, police said. The suspect was shot. "
            "Shoppers fled.\n\nIn 2019, a gunman killed 23 people at a store in another city.")
    events = {c.value: c.event for c in extract_claims(make_document(text=text))}
    assert events[9] == "main" and events[23] != "main"
    # without a weekday (an undated history), the year may be the story's own
    text = ("Troops killed 613 people in the town. Many fled. The town burned.\n\n"
            "In 1992, troops killed 613 people in the town.")
    assert {c.event for c in extract_claims(make_document(text=text))} == {"main"}


def test_events_a_toll_since_the_story_s_own_event_began_is_the_main_event(
        make_document: Callable[..., Document]) -> None:
    text = ("Two more children have died of measles, bringing the number of deaths since the outbreak began in "
            "2023 to 23, the ministry said. The 2019 outbreak killed 64 people.")
    doc = make_document(text=text, title="Measles outbreak kills two more children")
    events = {c.value: c.event for c in extract_claims(doc)}
    assert events[23] == "main" and events[64] != "main"


def test_events_a_dated_attack_in_news_of_this_week_is_another_attack(make_document: Callable[..., Document]) -> None:
    text = ("Jihadists killed at least 60 people in an attack on a village over the weekend, officials said on "
            "Tuesday. Gunmen stormed the market. Homes burned.\n\nIn August 2024, an attack on another town killed "
            "at least 400.")
    events = {c.value: c.event for c in extract_claims(make_document(text=text))}
    assert events[60] == "main" and events[400] == "attack-2024"


def test_events_a_commemoration_today_is_about_the_dated_event(make_document: Callable[..., Document]) -> None:
    text = ("Thousands of people marched through the town today to remember the gas attack. Survivors spoke. "
            "Children sang.\n\nIn 1988, the attack killed 5,000 people.")
    assert {c.event for c in extract_claims(make_document(text=text)) if c.value == 5000} == {"main"}


def test_events_a_month_opening_a_sentence_in_news_of_this_week_is_another_event(
        make_document: Callable[..., Document]) -> None:
    text = ("A drone strike hit a market on Sunday, killing 20 people, medics said. Residents fled. Shops burned.\n\n"
            "In July, shelling of a market in another city killed 15 people. In May 2024, floods killed 9.")
    events = {c.value: c.event for c in extract_claims(make_document(text=text))}
    assert events[20] == "main" and events[15] == "shelling-july" and events[9] != "main"
    # a story without a day of this week keeps such a sentence
    text = "Shelling killed 20 people. Residents fled. Shops burned.\n\nIn July, shelling killed 15 people."
    assert {c.event for c in extract_claims(make_document(text=text))} == {"main"}


ATTACK = "On the morning of 16 March 1988, aircraft bombed the town of Halvar with gas, killing about 5,000 people. "


@pytest.mark.parametrize("later, event, value", [
    # a wider happening, then a relative clause of its own figures: those figures are that happening's
    ("The attack came at the height of the Anfal campaign, during which 182,000 Kurds were killed.", "campaign",
     182000),
    ("It was the deadliest episode of the Anfal campaign, which took the lives of up to 182,000 Kurds.",
     "campaign", 182000),
    ("The massacre was part of a campaign that the regime waged against the countryside in 1987 and 1988, in "
     "which 182,000 people were killed.", "campaign", 182000),
    ("The town also suffered in the wider operations of that year, which claimed the lives of thousands.",
     "operations", None),
    ("Halvar lies close to the border of the war with the neighbour, which killed hundreds of thousands.", "war",
     None),
    # the story's own event named with the clause, or no relative clause: the main event's figure
    ("The attack, in which some 7,000 people were injured, was condemned.", "main", 7000),
    ("During a campaign of arrests after the attack, 300 people were detained.", "main", 300),
    # an operation helping the story's own victims is part of the story
    ("The rescue operation, during which 40 people were pulled from the rubble, went on.", "main", 40),
])
def test_events_a_relative_clause_of_a_wider_happening_carries_its_figures(
        make_document: Callable[..., Document], later: str, event: str, value: int | None) -> None:
    claims = extract_claims(make_document(text=ATTACK + later, published="2021-03-16"))
    assert (claims[0].value, claims[0].event) == (5000, "main")
    assert (claims[-1].value, claims[-1].event) == (value, event)


def test_events_a_figure_before_the_relative_clause_stays_main(make_document: Callable[..., Document]) -> None:
    text = ATTACK + "Another 7,000 were injured in the attack, part of the Anfal campaign, in which 182,000 died."
    claims = extract_claims(make_document(text=text, published="2021-03-16"))
    assert [(c.value, c.event) for c in claims] == [(5000, "main"), (7000, "main"), (182000, "campaign")]


def test_events_another_event_in_a_relative_clause_about_someone(make_document: Callable[..., Document]) -> None:
    text = ("A strong earthquake struck the town on Monday, killing 47 people. \"We have slept in the cold for four "
            "nights,\" said one woman, 61, who also lost her house in the 1999 floods.")
    claims = extract_claims(make_document(text=text, published="2024-03-15"))
    assert [(c.measure, c.value, c.event) for c in claims] == [("killed", 47, "main"), ("duration", 4, "main")]


@pytest.mark.parametrize("later, event", [
    # a sentence pointing back at the other happening named before ("that siege") is about it
    ("At least 166 people died in that siege and more than 500 were wounded.", "siege-1996"),
    ("Of that siege's hostages, 166 died.", "siege-1996"),
    # "that" as a conjunction points at nothing
    ("Officials said that the siege had left 70 dead.", "main"),
])
def test_events_a_sentence_pointing_back_at_another_happening(make_document: Callable[..., Document], later: str,
                                                              event: str) -> None:
    text = ("Troops stormed the theatre on Monday, ending a siege in which 67 hostages were killed. It recalled the "
            "1996 siege of the regional hospital, which lasted six days. " + later)
    claims = extract_claims(make_document(text=text, published="2003-11-10"))
    assert claims[0].event == "main" and {c.event for c in claims[2:]} == {event}


def test_events_the_story_s_own_crackdown_is_main(make_document: Callable[..., Document]) -> None:
    text = ("Police cracked down on protesters on Monday. The crackdown, during which 300 protesters were detained, "
            "drew criticism.")
    claims = extract_claims(make_document(text=text, title="Police crackdown on protesters: 300 detained"))
    assert [(c.value, c.event) for c in claims] == [(300, "main")]


def test_events_second_review(make_document: Callable[..., Document]) -> None:
    # a wider noun in the lead does not make the lead's war another event
    text = ("The war has killed 10,000 civilians, the UN said on Tuesday, as an offensive near the city continued. "
            "The war has also displaced 6 million people.")
    assert {c.event for c in extract_claims(make_document(text=text))} == {"main"}
    # an opening "That fire" after another happening is the story's own fire again
    text = ("A fire killed 12 people in a market on Monday. The town suffered a flood in 2019 that killed 30 people. "
            "That fire also injured 40 people, officials said.")
    assert [(c.value, c.event) for c in extract_claims(make_document(text=text, published="2024-03-05"))] == [
        (12, "main"), (30, "flood-2019"), (40, "main")]


@pytest.mark.parametrize("later, expected", [
    # a named event dated by a relative clause, its figures in the participles after it
    ("Officials compared it with Cyclone Hemant, which struck the same districts in October 2013, killing 44 people "
     "and leaving 900,000 homeless.", [(44, "cyclone-hemant-2013"), (900_000, "cyclone-hemant-2013")]),
    ("It recalled the earthquake that hit the valley in 2005, killing 80 people.", [(80, "earthquake-2005")]),
    # the story's own year in the clause: the story's figures
    ("The cyclone, which struck the coast in November 2025, killed 212 people.", [(212, "main")]),
])
def test_events_a_relative_clause_dates_a_named_earlier_event(make_document: Callable[..., Document], later: str,
                                                               expected: list[tuple[int, str]]) -> None:
    text = "A cyclone struck the coast on Monday, killing 96 people. " + later
    claims = extract_claims(make_document(text=text, published="2025-11-20"))
    assert [(c.value, c.event) for c in claims] == [(96, "main")] + expected


@pytest.mark.parametrize("later, label", [
    ("It was the strongest storm to hit the coast since Cyclone Orrin in 2019, which killed 44 people.",
     "Cyclone Orrin in 2019"),
    ("The worst storm since Hurricane Sable struck the islands in 2008 killed 30 people.", "Hurricane Sable struck the islands in 2008"),
    ("The floods that swept the valley in 1998 killed 41 people.", "floods that swept the valley in 1998"),
])
def test_events_a_named_other_event_is_labelled_by_its_name_and_year(make_document: Callable[..., Document],
                                                                   later: str, label: str) -> None:
    claims = extract_claims(make_document(text=LEAD + later))
    assert claims[-1].event != "main" and claims[-1].event_label == label


@pytest.mark.parametrize("later, expected", [
    # a tally since an earlier year: the sentence opens with it, or an outcome's perfect reaches it
    ("Since 2016, at least 41 workers have died in the company's mines.", [(41, "since-2016")]),
    ("Around 600 people have been killed in air strikes since September 2014.", [(600, "since-2014")]),
    # a state since then is no tally
    ("Two hostages who had been held since 2016 were freed.", [(2, "main")]),
    ("Shelling killed two civilians in the city, divided since July 2012.", [(2, "main")]),
])
def test_events_a_tally_since_an_earlier_year_is_no_figure_of_the_story(
        make_document: Callable[..., Document], later: str, expected: list[tuple[int, str]]) -> None:
    text = "A roof collapsed at the mine on Thursday, killing 7 miners. " + later
    claims = extract_claims(make_document(text=text, published="2024-11-15"))
    assert [(c.value, c.event) for c in claims] == [(7, "main")] + expected


def test_events_the_story_came_years_after_another_events_figures(make_document: Callable[..., Document]) -> None:
    text = ("Gunmen killed 27 people at the hotel on Sunday. The attack came five years after gunmen killed 31 people "
            "at another hotel in the capital.")
    claims = extract_claims(make_document(text=text, published="2024-11-10"))
    assert [(c.value, c.event) for c in claims] == [(27, "main"), (31, "earlier-five-years")]


@pytest.mark.parametrize("later, expected", [
    # days and weeks too; the clause ends at its break; the story's own event is no other
    ("The attack came just two weeks after a bombing killed 12 people in the capital.", [(12, "earlier-two-weeks")]),
    ("The attack came five years after gunmen killed 31 people at another hotel, and police said on Monday that 12 "
     "suspects had been arrested.", [(31, "earlier-five-years"), (12, "main")]),
    # a since-clause opened by its year holds only its own clause
    ("Since 2016, the company has promised safety reforms, but on Thursday 9 miners were injured.", [(9, "main")]),
])
def test_events_came_after_and_since_hold_their_clause(make_document: Callable[..., Document], later: str,
                                                        expected: list[tuple[int, str]]) -> None:
    text = "Gunmen killed 27 people at the hotel on Sunday. " + later
    claims = extract_claims(make_document(text=text, published="2024-11-15"))
    assert [(c.value, c.event) for c in claims] == [(27, "main")] + expected


def test_events_aid_that_came_after_the_storys_own_floods_keeps_their_figures(
        make_document: Callable[..., Document]) -> None:
    text = ("Floods hit the valley on Monday, killing 300 people. Aid finally came three days after the floods, which "
            "displaced 20,000.")
    claims = extract_claims(make_document(text=text, published="2024-11-15"))
    assert [(c.value, c.event) for c in claims] == [(300, "main"), (20_000, "main")]
