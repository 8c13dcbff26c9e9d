"""Body detection: the article survives whole, banners, menus, share lines and headline sidebars fall out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from claimledger.documents.body import best_run, find_body, shape_score, units

ARTICLE = [
    "GRANTHAM FORD, June 3 - Heavy rain flooded the lower streets of Grantham Ford on Tuesday, forcing "
    "about 300 residents to leave their homes, the town council said.",
    "The river rose by almost two metres in six hours after a night of storms over the hills to the "
    "north, and water reached the doors of the market hall by mid-morning.",
    "Council workers and volunteers filled sandbags outside the library while firefighters pumped water "
    "from the basements of the houses along the river.",
    "The council said the families who left their homes were staying with relatives or at the sports "
    "centre, which opened its doors as a shelter on Tuesday afternoon.",
    "Forecasters expect the rain to ease on Wednesday, but the council warned that the river would stay "
    "high for several days and asked residents to keep away from the banks.",
]
LAST = "The council will meet again on Friday to review the flood defences."


def _join(parts: list[str]) -> str:
    return "\n\n".join(parts)


def _body(text: str) -> str:
    s, e = find_body(text)
    return text[s:e]


def test_body_plain_article_is_whole_text() -> None:
    text = _join(ARTICLE + [LAST]) + "\n"
    assert find_body(text) == (0, len(text) - 1)


def test_body_related_news_block_is_cut() -> None:
    related = ["Related news", "Mayor opens new bridge over the canal", "Schools close early for summer 14:05",
               "Local team wins regional cup final", "Bakery celebrates 100 years on High Street",
               "Police appeal for witnesses after theft", "Election date set for October 12"]
    text = _join(ARTICLE + [LAST] + related)
    assert _body(text).endswith(LAST)


def test_body_cookie_banner_and_menu_at_top_are_cut() -> None:
    top = ["We and our partners use cookies to store and access personal data on your device. By clicking "
           "accept you agree to our privacy policy and terms of service.",
           "Accept all", "Manage preferences", "Home", "News", "Sport", "Weather", "Business"]
    text = "\n".join(top) + "\n\n" + _join(ARTICLE)
    assert _body(text).startswith("GRANTHAM FORD, June 3")


def test_body_cookie_notice_without_menu_is_cut_as_off_topic() -> None:
    cookie = ("We use cookies and similar technologies to personalise advertising, analyse our traffic "
              "and remember your preferences. You may withdraw consent at any time in settings.")
    text = _join([cookie] + ARTICLE)
    assert _body(text).startswith("GRANTHAM FORD, June 3")


@pytest.mark.parametrize("quote", [
    "\u201cWe have never seen anything like it,\u201d said one shopkeeper.",
    "\u201cThe water came in so fast.\u201d",
    '"Everyone is safe," she said.',
])
def test_body_one_line_quote_paragraph_is_kept(quote: str) -> None:
    short = ["Water rose quickly.", quote, "Roads were closed.", "The council said more rain was on its way."]
    text = _join(ARTICLE[:2] + short + ARTICLE[2:])
    assert _body(text) == text


@pytest.mark.parametrize("last", [LAST, "Roads reopened by evening.", "Never again, Grantham Ford!"])
def test_body_short_last_sentence_is_kept(last: str) -> None:
    furniture = ["Share this story", "Follow us on social media", "Most read", "Storm brings down trees in the park",
                 "Council tax to rise next year", "New cafe opens on the square"]
    text = _join(ARTICLE + [last] + furniture)
    assert _body(text).endswith(last)


def test_body_subheading_inside_article_is_kept() -> None:
    text = _join(ARTICLE[:3] + ["Clean-up begins"] + ARTICLE[3:])
    assert _body(text) == text


def test_body_subheading_before_short_last_paragraph_is_kept() -> None:
    text = _join(ARTICLE + ["What happens next", LAST])
    assert _body(text) == text


def test_body_reader_comments_after_share_furniture_are_cut() -> None:
    comments = ["Share this article", "Facebook", "Email", "2 comments", "RiverWatcher", "2 hours ago",
                "I have lived by the river for thirty years and the council has ignored the flooding on our "
                "street every single winter since the new houses went up.",
                "Reply", "Report", "Jo from Mill Lane", "5 hours ago",
                "The sandbags should have been there on Monday, the rain was forecast days before it came.",
                "Reply"]
    text = _join(ARTICLE + [LAST] + comments)
    assert _body(text).endswith(LAST)


def test_body_banner_and_headline_block_before_body_are_cut() -> None:
    top = ["The Valley Daily Chronicle", "LOCAL NEWS", "Floods force hundreds from homes in Grantham Ford\n"
           "Residents spend the night at the sports centre"]
    text = _join(top + ARTICLE + [LAST])
    body = _body(text)
    assert body.startswith("GRANTHAM FORD, June 3") and body.endswith(LAST)


# An invented blog post: its opinionated lead shares only its topic ("Corvel mine") with the headline
# and nothing with the paragraphs below it, which share a town with each other.
BLOG_LEAD = ("Nobody believes the official story about the Corvel mine any more. The ministry says 18 miners "
             "died. Their colleagues told us at least 40 never came up, and 25 families are still waiting for "
             "news. This is a shameful cover-up.")
BLOG_REST = ["Hundreds of angry protesters marched through Dunmere on Saturday, and police detained 11 of them. "
             "Organisers counted 6,000 marchers; police put the crowd at 2,500.",
             "The operator, Vessek Holdings, which has run the pit outside Dunmere since 2009, declined to "
             "comment on the 4 inspection reports that flagged loose roof supports."]
BLOG_HEADLINES = ["CORVEL MINE: THE MINISTRY IS HIDING THE DEAD", "WHY NOBODY TRUSTS THE CORVEL MINE FIGURES",
                  "Corvel mine: a massacre of workers, hidden by the ministry"]
BLOG_BYLINES = ["Posted on 14 March 2031 by Ada Brenn", "Posted on March 14, 2031 by Ada Brenn | 7 comments",
                "By Ada Brenn", None]


@pytest.mark.parametrize("byline", BLOG_BYLINES)
@pytest.mark.parametrize("headline", BLOG_HEADLINES)
def test_body_blog_lead_sharing_only_the_headline_topic_is_kept(headline: str, byline: str | None) -> None:
    text = _join([headline] + ([byline] if byline else []) + [BLOG_LEAD] + BLOG_REST)
    body = _body(text)
    assert body.startswith("Nobody believes") and body.endswith(BLOG_REST[-1])


def test_body_cookie_notice_between_headline_and_article_is_still_cut() -> None:
    cookie = ("We use cookies to improve your browsing experience and to show personalised advertising; "
              "by continuing you accept our privacy policy.")
    text = _join(["Floods force hundreds from homes in Grantham Ford", cookie] + ARTICLE + [LAST])
    body = _body(text)
    assert body.startswith("GRANTHAM FORD, June 3") and body.endswith(LAST)


def test_body_starts_at_given_offset() -> None:
    text = "date 2024-06-03 " + _join(ARTICLE)
    s, e = find_body(text, start=16)
    assert (s, e) == (16, len(text))


def test_body_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = ("Heavy rain flooded the lower streets of the town on Tuesday and forced\n"
               "about 300 residents to leave their homes, the council said on Tuesday\n"
               "evening after an emergency meeting.")
    found = units(wrapped)
    assert len(found) == 1 and found[0].text.endswith("emergency meeting.")


def test_body_units_count_their_tokens_across_joined_lines() -> None:
    wrapped = ("Heavy rain flooded the lower streets of the town on Tuesday and forced\n"
               "  about 300 residents to leave their homes,\tthe council said on Tuesday\n"
               "evening after an emergency meeting.\n\nSHORT LABEL")
    found = units(wrapped)
    assert [u.tokens for u in found] == [len(u.text.split()) for u in found] == [30, 2]


def test_body_headline_followed_by_short_credit_line_is_not_joined() -> None:
    found = units("Floods force hundreds from their homes as the water goes on\nRadio Vale News | evening\n")
    assert [u.text for u in found] == ["Floods force hundreds from their homes as the water goes on",
                                       "Radio Vale News | evening"]


def test_body_text_without_prose_is_whole_text() -> None:
    text = "  Home\nNews\nSport\n"
    s, e = find_body(text)
    assert text[s:e] == "Home\nNews\nSport"


def test_body_empty_text_is_empty_span() -> None:
    assert find_body("   \n ") == (0, 0)


@pytest.mark.parametrize("line, prose", [
    ("The council said the river would stay high for days.", True),
    ("Share news on social media", False),
    ("SITUATION OVERVIEW", False),
    ("Read more.", False),
    ("He listed three things the town needs now:", True),
    ("Contact:", False),
])
def test_body_shape_score_tells_prose_from_labels(line: str, prose: bool) -> None:
    assert (shape_score(line) is not None) == prose


@pytest.mark.parametrize("scores, span", [
    ([-5, 10, -2, 10, -30, 4], (1, 3)),
    ([-1, -2], (-1, -1)),
    ([3], (0, 0)),
])
def test_body_best_run_is_maximum_sum(scores: list[float], span: tuple[int, int]) -> None:
    assert best_run(scores) == span


def _seed_text(path: Path) -> tuple[str, int]:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"\s*date \d{4}-\d\d-\d\d\s*", text)
    return text, m.end() if m else 0


def test_body_seed_bodies_end_at_gold(seed_corpus: Path, gold_documents: dict[str, Any]) -> None:
    for name, gold in gold_documents["documents"].items():
        text, start = _seed_text(seed_corpus / name)
        _, end = find_body(text, start)
        ends = gold["body_ends_with"]
        assert text[end - len(ends) : end] == ends, name
        assert not text[end:].strip() or gold.get("furniture"), name


def test_body_seed_furniture_banner_is_outside(seed_corpus: Path, gold_documents: dict[str, Any]) -> None:
    for name, gold in gold_documents["documents"].items():
        if not gold.get("furniture"):
            continue
        text, start = _seed_text(seed_corpus / name)
        body_start, body_end = find_body(text, start)
        body = text[body_start:body_end]
        for piece in gold["furniture"][:-1]:
            assert piece not in body, (name, piece)
        assert text.index(gold["furniture"][0]) < body_start


def test_body_short_piece_whose_paragraphs_vary_their_words_is_kept_whole() -> None:
    # An invented opinion piece: each paragraph moves on (the victims, an older disaster, the politicians),
    # sharing almost no content word with the others. Most of its prose would "drift": none is furniture.
    paragraphs = [
        "Do not call it fate. The nine miners buried at Corvel this month died because inspections were "
        "skipped for years by managers who knew better.",
        "We have seen this before. In 2014, a gas blast at Harrowfield took 31 lives, and the promised "
        "reforms vanished into committees and consultants' reports within a year of the funerals.",
        "Today ministers pose beside the wreaths while lawyers prepare another inquiry. Only prosecutions "
        "will change anything.",
    ]
    text = _join(["Opinion: Corvel's dead were failed by cowards"] + paragraphs)
    body = _body(text)
    assert body.startswith("Do not call it fate") and body.endswith("will change anything.")


def test_body_last_paragraph_on_another_subject_is_kept() -> None:
    # the article's own last paragraph moves on (broadcast, archives), sharing no word with the rest, and does not
    # speak to the reader as page furniture does ("you", "our newsletter", "cookies"): still the article
    last = ("This year, for the first time, the ceremony was broadcast live on national television. Survivors now "
            "want the government to open its archives; a ruling is due within eight weeks.")
    assert _body(_join(ARTICLE + [last])).endswith(last)


# An invented situation report: highlights, an overview, a table of figures by county, then more sections and a
# closing contacts block.
SITREP_HEAD = ["VALEMARK: Floods - Situation Report No. 2\nAs of 4 June 2031\nIssued by the Valemark Relief Office",
               "KEY FIGURES\n- About 3,450 people affected in two counties of Valemark.\n"
               "- 6 people missing after the river burst its banks.\n- 19 schools in use as shelters.",
               "OVERVIEW\nHeavy rain over the hills sent the river over its banks on 2 June, and water stayed in "
               "the lower streets of Ashby and Brent for two days."]
SITREP_TABLE = ("PEOPLE AFFECTED BY COUNTY\n\n"
                "County     Affected     Missing     Shelters\n"
                "Ashby      2,310        4           12\n"
                "Brent      1,140        2           7\n"
                "TOTAL      3,450        6           19")
SITREP_REST = ["NEEDS AND RESPONSE",
               "Shelter\n- 1,200 people still sleep in schools in Ashby and Brent.\n"
               "- 400 family tents were delivered to the two counties by the relief office.",
               "Health\n- 2 clinics in the lower streets of Ashby were flooded and closed.\n"
               "- 5 mobile teams deployed to the shelters in both counties."]
SITREP_CONTACTS = ("CONTACTS\nAna Roe, Head of Office, Valemark Relief Office. Tel: +44 20 7946 0123.\n"
                   "Ben Alder, Information Officer. Email: ben.alder@relief.example.org.\n"
                   "For more information, please visit www.relief.example.org. Next report: 8 June 2031.")


def test_body_table_of_figures_between_sections_is_body() -> None:
    body = _body(_join(SITREP_HEAD + [SITREP_TABLE] + SITREP_REST))
    assert body.startswith("- About 3,450 people affected") and SITREP_TABLE in body
    assert body.endswith("- 5 mobile teams deployed to the shelters in both counties.")


def test_body_closing_contacts_block_is_cut() -> None:
    body = _body(_join(SITREP_HEAD + [SITREP_TABLE] + SITREP_REST + [SITREP_CONTACTS]))
    assert body.endswith("- 5 mobile teams deployed to the shelters in both counties.")


def test_body_contacts_block_inside_the_text_is_kept() -> None:
    text = _join(ARTICLE[:2] + [SITREP_CONTACTS] + ARTICLE[2:] + [LAST])
    assert _body(text).endswith(LAST)


def test_body_table_rows_opening_with_a_figure_are_not_joined() -> None:
    table = ("Year of the flood    People moved    Houses lost\n"
             "1998                 4,100           310\n"
             "2007                 2,950           120\n")
    assert [u.text for u in units(table)] == table.splitlines()


# A weekly bulletin: a heading block, numbered sections of bulleted sentences, a table set off by bars and a table of
# "label: figure" rows between them.
BULLETIN = "\n\n".join([
    "MEASLES OUTBREAK - HARROW VALE\nWeekly Bulletin No. 7\nReporting week 21 (19 - 25 May 2031)\n"
    "Date of issue: 28 May 2031\nPrepared by the Harrow Vale Health Office with district partners",
    "1. KEY POINTS",
    "* 84 new suspected cases were reported this week, bringing the total to 611 since the outbreak began.\n"
    "* Two deaths were recorded this week, both of children under five.",
    "2. SITUATION",
    "Table 1. Cases by district",
    "District | Cases | Deaths\nNorthgate | 402 | 5\nRiverside | 209 | 2",
    "Table 2. Cases by week",
    "Week 19 (5 - 11 May): 131\nWeek 20 (12 - 18 May): 118\nWeek 21 (19 - 25 May): 84",
    "Riverside reported 40 cases this week, up from 22, and its schools have been asked to check records.",
    "3. RESPONSE",
    "* Vaccination teams reached 12,400 children in Northgate this week.\n"
    "* 3 isolation wards with 60 beds are open at the district hospital.",
])


def test_body_bulletin_sections_bullets_and_tables_are_body() -> None:
    body = _body(BULLETIN)
    assert body.startswith("* 84 new suspected cases")
    assert "Northgate | 402 | 5" in body and "Week 20 (12 - 18 May): 118" in body and "2. SITUATION" in body
    assert body.endswith("open at the district hospital.")


def test_body_statement_ends_before_further_information_and_media_enquiries() -> None:
    tail = ("Further information\n\nFollow the Harbour Authority on X and Facebook.\n\n"
            "Media enquiries: email press@harbour.example.org, telephone 0100 555 0100.")
    assert _body(_join(ARTICLE + [LAST, tail])).endswith(LAST)
