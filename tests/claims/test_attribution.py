"""Attribution: the source a sentence names for its figures."""

from __future__ import annotations

import re

import pytest

import claimledger.claims.attribution as attribution_module
from claimledger.claims.attribution import attribution


@pytest.mark.parametrize("sentence, source", [
    ("At least 20 people were killed, police said.", "police"),
    ("According to the health ministry, 45 people died.", "the health ministry"),
    ("Azerbaijan's official sources report that 613 people were killed.", "Azerbaijan's official sources"),
    ("The death toll rose to 300, the UN said on Monday.", "the UN"),
    ("Officials said 12 people were missing.", "Officials"),
    ("On Tuesday the emergencies ministry gave a toll of 27.", "the emergencies ministry"),
    ("Reporters Without Borders counted 66 journalists killed in 2014.", "Reporters Without Borders"),
    ("Reuters reported that 5 soldiers died.", "Reuters"),
    ("Police detained 44 protesters, the interior ministry said, and 27 officers were hurt.", "the interior ministry"),
    ("At least 18 people died when a bus plunged off a road, police told AFP.", "police"),
    ('"We found 20 bodies," said Ahmed Khan, a local official.', "Ahmed Khan"),
    ("Three people died and two were missing, the coast guard said.", "the coast guard"),
    # a linking word or a short time or place phrase may open the sentence before its source
    ("Meanwhile, SANA's correspondent reported that the bodies of 8 people were found.", "SANA's correspondent"),
    ("On Monday, the health ministry said 45 people died.", "the health ministry"),
    ("In a statement, the army said 12 soldiers were killed.", "the army"),
    ("IS claimed a bomb attack that killed at least 17 people.", "IS"),
    ("In its report, Amnesty said 300 people had been killed by security forces during the protests in the south.",
     "Amnesty"),
    # a conjunction or relative word starts the source's clause, not its name
    ("In Gaza, where the health ministry says 30,000 people have died, aid is scarce and hospitals have run out of "
     "fuel.", "the health ministry"),
    ("After the attack, which Hamas said killed 30 people, Israel closed the crossing into the southern Gaza Strip.",
     "Hamas"),
    ("But activists say coalition strikes have killed hundreds of civilians.", "activists"),
    ("Police initially said 15 people had died.", "Police"),
    ("The interior ministry put it at about 25,000.", "The interior ministry"),
    ("Deaths rose to 73 from 41 a week earlier, the WHO said.", "the WHO"),
    ("At least 12 people died, the mayor warned.", "the mayor"),
    ("The civil defence institute said 12 people were missing.", "The civil defence institute"),
    # the figures' owner named through its data
    ("The health ministry's figures show 2,340 people have died.", "The health ministry"),
    ("Data from the World Health Organization show 4,100 deaths.", "the World Health Organization"),
    ("A report by Human Rights Watch found that 98 civilians were killed.", "Human Rights Watch"),
])
def test_attribution_finds_the_named_source(sentence: str, source: str) -> None:
    assert attribution(sentence) == source


@pytest.mark.parametrize("sentence", [
    "Some 300 people died.",
    "As a result, another battle killed 613 people.",
    "He said nothing.",
    # "An estimated 500" / "a reported 300": the verb is an adjective of the number, the article no source
    "An estimated 42,175 people died when the fire hit the port.",
    "The estimated 500 people who fled have not returned.",
    "A reported 300 people were killed.",
    "Some estimated 300 people were killed.",
    "Another reported 12 people were injured.",
    "However, he said 10 people died.",
    "In Aleppo, Syria, 30 people died.",
    "Among the hundreds trapped were said to be 40 pupils.",
    "Twelve others are said to have died in the fire.",
    "Up to an estimated 500 people died.",
    "The video shows 20 people fleeing.",
    "The report found 20 people died.",
    "The widely reported 300 deaths shocked the nation.",
    "By then, the officials who said the fire had killed 30 people in the village had left the area entirely.",
])
def test_attribution_none_without_a_named_source(sentence: str) -> None:
    assert attribution(sentence) is None


@pytest.mark.parametrize("sentence, first, second", [
    ("Police put the number of demonstrators at 25,000, while organisers said 100,000 took part.", "Police",
     "organisers"),
    ("The health authority said 212 people had been injured, and police said 31 people were missing.",
     "The health authority", "police"),
    ("At least 20 people died and 40 were injured, officials said.", "officials", "officials"),
    ("The health ministry in Sanaa gave a higher death toll of 296, while the government in Aden reported 38.",
     "The health ministry in Sanaa", "the government in Aden"),
])
def test_attribution_each_clause_keeps_its_own_source(sentence: str, first: str, second: str) -> None:
    from claimledger.claims.attribution import clause_sources, source_at

    clauses = clause_sources(sentence)
    numbers = [i for i, ch in enumerate(sentence) if ch.isdigit() and (i == 0 or not sentence[i - 1].isdigit()
                                                                        and sentence[i - 1] != ",")]
    assert source_at(clauses, numbers[0]) == first
    assert source_at(clauses, numbers[-1]) == second


@pytest.mark.parametrize("sentence, source", [
    ("GENEVA (Reuters) - The World Health Organization said on Tuesday that 36 people died.",
     "The World Health Organization"),
    ("Aid agencies estimate that 300,000 people have been affected.", "Aid agencies"),
    ("In Paris, police counted 80,000 marchers.", "police"),
])
def test_attribution_datelines_estimates_and_counts(sentence: str, source: str) -> None:
    assert attribution(sentence) == source


@pytest.mark.parametrize("sentence, first, second", [
    ("The clinic treated 52 people, a nurse said on Sunday evening, while the county office listed 9 people "
     "as missing.", "a nurse", "the county office"),
    ("Rescuers pulled 14 people from the rubble, the fire service said, but the mayor's office put the number "
     "of missing at 30.", "the fire service", "the mayor's office"),
])
def test_attribution_a_source_clause_between_figures_ends_at_its_conjunction(sentence: str, first: str, second: str) -> None:
    from claimledger.claims.attribution import clause_sources, source_at

    clauses = clause_sources(sentence)
    assert source_at(clauses, sentence.index("52" if "52" in sentence else "14")) == first
    assert source_at(clauses, sentence.rindex(" 9 " if " 9 " in sentence else "30")) == second


@pytest.mark.parametrize("sentence, source", [
    ("The toll has climbed to 52, the provincial governor, Ilse Maren, said on Sunday.",
     "the provincial governor, Ilse Maren"),
    ("Nine people were hurt, the fire chief, Tomas Ekk, told reporters.", "the fire chief, Tomas Ekk"),
])
def test_attribution_source_with_a_name_in_apposition(sentence: str, source: str) -> None:
    assert attribution(sentence) == source


@pytest.mark.parametrize("sentence", ["Twelve died, said on Monday.", "Four were hurt, said late on Friday."])
def test_attribution_a_time_is_never_a_source(sentence: str) -> None:
    assert attribution(sentence) is None


@pytest.mark.parametrize("text", ["He said so.", "Unsaid, 5 died.", "x_said 4", "9said", "SAID: 4", "retold 3 times",
                                  "Reports of 4", "Said Ali, 4", "according to them", "the putting green"])
def test_attribution_cheap_test_finds_whole_words_only(text: str) -> None:
    words = attribution_module._CHEAP_WORDS
    plain = re.compile(rf"\b(?:{'|'.join(words + [w.capitalize() for w in words])})\b")
    found, expected = attribution_module._CHEAP.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("sentence", [
    "Forty homes burned, ACCORDING TO the Kelby fire service, which counted them.",
    "Forty homes burned, accord\u0131ng to the Kelby fire service, which counted them.",  # a dotless i
])
def test_attribution_according_to_in_any_case(sentence: str) -> None:
    from claimledger.claims.attribution import clause_sources

    assert attribution(sentence) == "the Kelby fire service"
    assert clause_sources(sentence) == [(0, "the Kelby fire service")]


@pytest.mark.parametrize("sentence, source", [
    # a lower-case source named by a plural noun
    ("The gunman opened fire, killing at least 74 people, including 12 children, and injuring 61 others, "
     "emergency services said.", "emergency services"),
    ("Aid agencies said 300 people had fled.", "Aid agencies"),
    # a relative clause between the name and its verb; a match that names no one leaves the others to try
    ("Dr Sabir Memon, who heads the hospital, said eleven of the dead were labourers.", "Dr Sabir Memon"),
    # the owner of a count, not the count
    ("An earlier count by county officials had put the number of dead at eight.", "county officials"),
])
def test_attribution_plural_sources_relative_clauses_and_counts_by(sentence: str, source: str) -> None:
    assert attribution(sentence) == source


def test_attribution_no_clause_with_according_to_inside_is_a_source() -> None:
    sentence = "The terrorist attacks according to the source claimed the lives of two persons and injured three."
    assert attribution(sentence) is None


def test_attribution_a_long_relative_clause_after_the_leading_source() -> None:
    sentence = "Dr Sabir Memon, who heads the main hospital in the city of Karachi, said 40 people had died."
    assert attribution(sentence) == "Dr Sabir Memon"


def test_attribution_a_count_of_things_names_no_source() -> None:
    assert attribution("According to a count of bodies at the morgue, 70 people died.") != "bodies at the morgue"


@pytest.mark.parametrize("text, sources", [
    # a pronoun speaker is the one an earlier sentence named
    ("The deputy minister said 38 gunmen had been killed. Two soldiers also died, he said.",
     ["The deputy minister", "The deputy minister"]),
    ("Police said 12 people were arrested. \"Nine were injured,\" they added.", ["Police", "Police"]),
    # no earlier source, or a sentence that names its own
    ("Two soldiers died, he said.", [None]),
    ("Police said 12 people were arrested. The mayor said 9 were hurt, he added.", ["Police", "The mayor"]),
])
def test_attribution_pronoun_speaker_is_the_one_named_before(text: str, sources: list[str | None]) -> None:
    from claimledger.claims.extract import extract_claims
    from claimledger.documents.model import Document

    assert [c.attribution for c in extract_claims(Document(id="a.txt", text=text, source="a.txt"))] == sources


def test_attribution_gave_without_its_figure_names_no_source() -> None:
    from claimledger.claims.extract import extract_claims
    from claimledger.documents.model import Document

    text = "Yesterday the army gave 40 soldiers leave after the floods killed 12 people."
    assert [(c.value, c.attribution) for c in extract_claims(Document(id="a.txt", text=text, source="a.txt"))] \
        == [(12, None)]


def test_attribution_a_pronoun_after_another_speaker_names_no_one() -> None:
    from claimledger.claims.extract import extract_claims
    from claimledger.documents.model import Document

    text = "Police said 12 people were killed. The mayor said he was shocked. Another 5 people were injured, she said."
    assert [c.attribution for c in extract_claims(Document(id="a.txt", text=text, source="a.txt"))] == ["Police", None]


@pytest.mark.parametrize("sentence, source", [
    # a quotation whose closing comma sits inside its quotes, then the speaker
    ("\"We know of 38 people who were hurt,\" Mayor Dana Kessel told reporters.", "Mayor Dana Kessel"),
    ("\u201cWe can confirm eleven fatalities,\u201d the chief constable told reporters on Saturday.", "the chief constable"),
    # a noun phrase in apposition between the source and its verb
    ("St Anne's Hospital, the region's main trauma centre, said it had received 31 wounded people.", "St Anne's Hospital"),
    # an institution written in lower case
    ("Three pupils were among the injured, the school confirmed.", "the school"),
    # the owner of the figures as a noun before them
    ("Police figures show 34 people were wounded.", "Police"),
    ("UN data suggest 1.2 million people were displaced.", "UN"),
    # ... and the owner of a survey
    ("A survey by the Coastal Fishers Forum recorded 238 deaths.", "the Coastal Fishers Forum"),
    ("According to a survey of villagers, 40 people died.", "a survey of villagers"),  # (what was surveyed: no owner)
])
def test_attribution_quotes_appositions_and_owners_of_figures(sentence: str, source: str) -> None:
    assert attribution(sentence) == source


@pytest.mark.parametrize("sentence", [
    "Official figures show 34 people were wounded.", "New data suggest 40 died.", "Casualty figures show 12 dead.",
    "COVID data show 40 people have died.", "The ICU figures show 12 patients died.",
])
def test_attribution_an_adjective_before_figures_names_no_owner(sentence: str) -> None:
    assert attribution(sentence) is None
