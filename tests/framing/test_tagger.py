"""The tagger against the gold phrases, on sentences from other conflicts and topics, and on its own contract."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from claimledger.documents.model import Document
from claimledger.framing.model import TECHNIQUES
from claimledger.framing.tagger import tag_document

# At least this share of the gold `flag` phrases must overlap a span carrying one of their techniques.
GOLD_FLAG_FLOOR = 0.9


def _overlapping(doc: Document, start: int, end: int) -> list[Any]:
    return [s for s in tag_document(doc) if s.start < end and s.end > start]


def test_tagger_flags_gold_phrases(seed_docs: dict[str, Document], gold_framing: dict[str, Any]) -> None:
    missed = []
    for flag in gold_framing["flag"]:
        doc = seed_docs[flag["document"]]
        at = doc.text.find(flag["phrase"])
        assert at >= 0, flag
        spans = _overlapping(doc, at, at + len(flag["phrase"]))
        if not any(set(s.techniques) & set(flag["techniques"]) for s in spans):
            missed.append(flag["phrase"])
    assert 1 - len(missed) / len(gold_framing["flag"]) >= GOLD_FLAG_FLOOR, missed


def test_tagger_leaves_gold_neutral_sentences_alone(seed_docs: dict[str, Document],
                                                    gold_framing: dict[str, Any]) -> None:
    hits = {}
    for item in gold_framing["neutral"]:
        doc = seed_docs[item["document"]]
        at = doc.text.find(item["sentence"])
        assert at >= 0, item
        if spans := _overlapping(doc, at, at + len(item["sentence"])):
            hits[item["sentence"]] = [s.text for s in spans]
    assert hits == {}


def test_tagger_spans_point_into_the_body(seed_docs: dict[str, Document]) -> None:
    for doc in seed_docs.values():
        start, end = doc.body
        for span in tag_document(doc):
            assert start <= span.start < span.end <= end
            assert span.text == doc.text[span.start:span.end]
            assert span.document == doc.id
            assert span.techniques and set(span.techniques) <= set(TECHNIQUES)
            assert 0 < span.score <= 1 and span.cue


@pytest.mark.parametrize("body_start, body_end, expected", [
    (0, None, {"heinous", "ridiculous"}),
    (0, 31, {"heinous"}),
    (31, None, {"ridiculous"}),
])
def test_tagger_tags_only_inside_the_body(make_document: Callable[..., Document], body_start: int,
                                          body_end: int | None, expected: set[str]) -> None:
    doc = make_document("It was a heinous act, he said. The ridiculous claim spread.",
                        body_start=body_start, body_end=body_end)
    assert {s.text for s in tag_document(doc)} == expected


# Sentences written for these tests, from other conflicts and topics: (text, technique, phrase it must overlap).
FRAMED = [
    ("Survivors chanted \"Never again\" outside the court.", "Slogans", "Never again"),
    ("Never again, the speaker told the crowd.", "Slogans", "Never again"),
    ("Russian occupiers shelled the maternity hospital again on Sunday.", "Name_Calling,Labeling", "Russian occupiers"),
    ("The statement blamed Ukrainian nationalists for the blast.", "Name_Calling,Labeling", "Ukrainian nationalists"),
    ("Hutu extremists were named in the report.", "Name_Calling,Labeling", "Hutu extremists"),
    ("Leaflets called the Tutsi invaders a threat.", "Name_Calling,Labeling", "Tutsi invaders"),
    ("He called the crackdown one of the darkest chapters in the history of mankind.", "Exaggeration,Minimisation",
     "one of the darkest chapters"),
    ("It was the gravest crime of the decade, the minister said.", "Exaggeration,Minimisation", "the gravest crime"),
    ("Protesters chanted “Refugees welcome” outside the ministry.", "Slogans", "Refugees welcome"),
    ("Crowds outside parliament held placards reading 'Hands off our pensions'.", "Slogans", "Hands off our pensions"),
    ("What the army did in the valley is no different from the Holocaust, the mayor wrote.", "Reductio_ad_hitlerum",
     "no different from the Holocaust"),
    ("The senator accused the governor of Gestapo tactics.", "Reductio_ad_hitlerum", "Gestapo tactics"),
    ("Either you are with us or you are with the smugglers, the minister told deputies.", "Black-and-White_Fallacy",
     "Either you are with us"),
    ("Everyone knows the vote was rigged from the start.", "Bandwagon", "Everyone knows"),
    ("But what about the crimes committed by the other side?", "Whataboutism,Straw_Men,Red_Herring", "what about"),
    ("Can we really trust a government that hid the figures for a year?", "Doubt", "really trust"),
    ("Our brave soldiers will defend the sacred soil of the motherland.", "Flag-Waving", "Our brave soldiers"),
    ("If nothing is done, these gangs will destroy our way of life.", "Appeal_to_fear-prejudice",
     "destroy our way of life"),
    ("The so-called experts were wrong about the virus from day one.", "Doubt", "so-called"),
    ("The vaccine programme is a hoax pushed by corrupt officials.", "Loaded_Language", "hoax"),
    ("The council's ridiculous plan for the harbour was a disgrace.", "Loaded_Language", "ridiculous plan"),
    ("Rents are rising solely because of the migrants, the leaflet claimed.", "Causal_Oversimplification",
     "solely because"),
    ("Experts agree that the new tax is the only solution.", "Appeal_to_Authority", "Experts agree"),
    ("It is what it is, the coach said after the defeat.", "Thought-terminating_Cliches", "It is what it is"),
    ("Villagers said their neighbours were burned alive in the church.", "Appeal_to_fear-prejudice", "burned alive"),
    ("Glory to the heroes!", "Slogans", "Glory to the heroes"),
    ("The troops killed them with unimaginable cruelty.", "Loaded_Language", "unimaginable cruelty"),
    # a threat on a condition: if we do not act, they will come for us
    ("If we stay silent, they will come again, and our children will pay.", "Appeal_to_fear-prejudice",
     "they will come again"),
    ("If we do not unite now, the republic will disappear.", "Appeal_to_fear-prejudice", "will disappear"),
    ("If they win again, you will lose your job and your country.", "Appeal_to_fear-prejudice", "you will lose your"),
    ("The rebels take orders from their foreign masters.", "Name_Calling,Labeling", "their foreign masters"),
    ("The council obeys its Valley overlords.", "Name_Calling,Labeling", "Valley overlords"),
    ("If we stay silent, the Herzegovinian Croats will come again.", "Appeal_to_fear-prejudice", "will come again"),
]


@pytest.mark.parametrize("text, technique, phrase", FRAMED)
def test_tagger_flags_framing_in_other_conflicts_and_topics(make_document: Callable[..., Document], text: str,
                                                            technique: str, phrase: str) -> None:
    doc = make_document(text)
    at = text.index(phrase)
    spans = _overlapping(doc, at, at + len(phrase))
    assert any(technique in s.techniques for s in spans), [(s.text, s.techniques) for s in tag_document(doc)]


# Neutral reporting: figures, events and attributions, including of violence, are claims, not framing.
NEUTRAL = [
    "613 people were killed, including 106 women and 63 children, officials said.",
    "Israeli troops and Palestinian gunmen exchanged fire in Jenin on Tuesday, the army said.",
    "Russian forces shelled the city overnight and two civilians were wounded, Ukrainian officials said.",
    "The health ministry reported 1,200 new cases of measles this week, up from 950.",
    "Parliament approved the budget by 312 votes to 201 after a six-hour debate.",
    "About 45,000 migrants crossed the Channel in small boats last year, according to government figures.",
    "The Hutu-led government fled to Zaire in July 1994.",
    "Police arrested three men suspected of planning an attack on a synagogue.",
    "The hurricane destroyed hundreds of homes and left 40,000 people without power.",
    "The court sentenced him to 15 years in prison for war crimes committed in 1995.",
    "Voters in Scotland will go to the polls on Thursday to elect a new parliament.",
    "The museum opened an exhibition on the history of the region and its trade routes.",
    "Ukrainian President Volodymyr Zelensky met Polish leaders in Warsaw on Friday.",
    "The vaccine was 95 percent effective in preventing illness, the study found.",
    "Azerbaijani and Armenian foreign ministers met in Washington for a new round of talks.",
    "A ceremony was held at the memorial to the victims of the 1994 genocide in Kigali.",
    "The army said the militants' leader was among those killed in the raid.",
    "Syrian soldiers clashed with Islamic State militants outside the air base, a monitor said.",
    "Analysts at the Centre for Terrorism Studies said the group was weakened.",
    "Security forces killed 80 people in one of the bloodiest days of the uprising, rights groups said.",
    "It could be next week before the full House votes on the bill.",
    "Prices of bread rose 12 percent in March, the statistics office said.",
    "The committee will publish its final report next spring.",
    "Survivors of the earthquake were moved to temporary camps outside the city.",
    "If the rain continues, the river will burst its banks by Friday.",
    "If you register by Friday, you will receive the forms by post.",
    "Her former label, which owns her masters (the original recordings), blocked the release.",
    "Both nurses completed their masters degrees in public health.",
    "Police dogs and their handlers searched the area.",
    "The apprentices learned from their masters, and the museum bought two Dutch masters.",
    "If you stay in the sun too long, you will burn.",
    "If you do not pay the fine, you will lose your licence.",
    "The families of the dead will never again eat dinner at a full table.",  # an adverb, not the slogan
    "The shop on the corner would open never again.",
]


@pytest.mark.parametrize("text", NEUTRAL)
def test_tagger_leaves_neutral_reporting_alone(make_document: Callable[..., Document], text: str) -> None:
    assert [(s.text, s.techniques) for s in tag_document(make_document(text))] == []


@pytest.mark.parametrize("text", ["", "   \n\n", "!!!", "“”", "?"])
def test_tagger_copes_with_empty_and_punctuation_only_bodies(make_document: Callable[..., Document],
                                                             text: str) -> None:
    assert tag_document(make_document(text)) == []


def test_tagger_merges_techniques_of_one_place(make_document: Callable[..., Document]) -> None:
    spans = tag_document(make_document("Leaflets called the council a Nazi regime."))
    expected = [("Nazi regime", ("Name_Calling,Labeling", "Reductio_ad_hitlerum"))]
    assert [(s.text, s.techniques) for s in spans] == expected
    assert "group_label:regime" in spans[0].cue and "reductio.hitler_label" in spans[0].cue


@pytest.mark.parametrize("text, expected", [
    ("Fighters of Hayat Tahrir al-Sham entered the town.", []),  # a capital inside a sentence: a name
    ("The Horrible Histories series returns.", []),
    ("Sham elections were held. A sham, critics said.", ["Sham", "sham"]),  # sentence-initial capital is a word
])
def test_tagger_skips_capitalised_names_inside_sentences(make_document: Callable[..., Document], text: str,
                                                         expected: list[str]) -> None:
    assert [s.text for s in tag_document(make_document(text))] == expected
