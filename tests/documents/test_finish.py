"""finish(): what a reader knows wins; body, date, outlet, title and language are detected otherwise."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from claimledger.documents.finish import finish
from claimledger.documents.model import Document, Known
from claimledger.settings import Settings

PARAS = [
    "Kessbridge, April 2 (VNA). Volunteers planted two thousand trees along the river on Saturday to mark "
    "the tenth anniversary of the fire that burned the valley's forest.",
    "The fire of April 2008 destroyed most of the forest above the town, and the replanting has gone on "
    "every spring since then, the forest trust said.",
    "Schoolchildren and their families carried the young trees up the hill, and the trust said the new "
    "forest would one day cover the whole valley again.",
]
FURNITURE = ["Share this story", "Follow us", "Market prices fall on 1 May 2031", "Bridge repairs end 3 June 2031"]


def _text(head: list[str] | None = None, tail: list[str] | None = None) -> str:
    return "\n\n".join((head or []) + PARAS + (tail or []))


def test_finish_detects_everything_from_plain_text() -> None:
    text = _text(["THE VALLEY AGENCY", "Thousands of trees planted along the river"], FURNITURE)
    doc = finish("a.txt", text, "a.txt")
    assert doc.body_text.startswith("Kessbridge, April 2") and doc.body_text.endswith("cover the whole valley again.")
    assert (doc.published, doc.published_precision) == ("2018-04-02", "day")
    assert "dateline" in (doc.published_from or "")
    assert doc.outlet == "VNA"
    assert doc.title == "Thousands of trees planted along the river"
    assert doc.language == "en"


@pytest.mark.parametrize("outlet_line", ["The Daily Kessbridge", "THE DAILY KESSBRIDGE"])
def test_finish_outlets_name_line_above_the_story_is_not_the_title(outlet_line: str) -> None:
    paras = [PARAS[0].replace(" (VNA)", "")] + PARAS[1:]
    text = "\n\n".join(["Thousands of trees planted along the river", "By Ana Roe", outlet_line] + paras)
    doc = finish("a.txt", text, "a.txt")
    assert (doc.outlet, doc.title) == ("The Daily Kessbridge", "Thousands of trees planted along the river")


def test_finish_known_values_win() -> None:
    known = Known(title="Given title", published="2018-04-03", published_precision="day",
                  published_from="JSON field 'date'", outlet="Given Outlet", language="fr", url="https://x.example/a")
    doc = finish("a", _text(), "a.jsonl", known=known, encoding="utf-8", warnings=("w",))
    assert (doc.title, doc.published, doc.outlet, doc.language, doc.url) == (
        "Given title", "2018-04-03", "Given Outlet", "fr", "https://x.example/a")
    assert doc.published_from is not None and doc.published_from.startswith("JSON field 'date'")
    assert (doc.encoding, doc.warnings) == ("utf-8", ("w",))


def test_finish_known_date_without_precision_gets_it_from_its_length() -> None:
    doc = finish("a", _text(), "a", known=Known(published="2018-04"))
    assert (doc.published, doc.published_precision) == ("2018-04", "month")


def test_finish_extracted_text_is_whole_body() -> None:
    text = "\n  Short line\n\n" + "\n\n".join(PARAS) + "\n\n"
    doc = finish("a.html", text, "a.html", known=Known(extracted=True))
    assert doc.body == (3, len(text.rstrip()))


def test_finish_start_skips_header() -> None:
    text = "date 2018-04-02 " + _text()
    doc = finish("a.txt", text, "a.txt", start=16, known=Known(published="2018-04-02", published_precision="day"))
    assert doc.body_start == 16 and doc.published == "2018-04-02"


def test_finish_event_year_setting_dates_anniversary() -> None:
    text = "\n\n".join(["Volunteers marked the tenth anniversary of the fire with a walk along the river.",
                       PARAS[2]])
    assert finish("a", text, "a").published is None
    doc = finish("a", text, "a", settings=Settings(event_year=2008))
    assert (doc.published, doc.published_precision) == ("2018", "year")


BLOG = [
    "Nobody believes the official story about the Corvel mine any more. The ministry says 18 miners died. "
    "Their colleagues told us at least 40 never came up, and 25 families are still waiting for news.",
    "Hundreds of angry protesters marched through Dunmere on Saturday, and police detained 11 of them.",
    "The operator, which has run the pit outside Dunmere since 2009, declined to comment on the protest.",
]


@pytest.mark.parametrize("headline, byline", [
    ("CORVEL MINE: THE MINISTRY IS HIDING THE DEAD", "Posted on 14 March 2031 by Ada Brenn"),
    ("WHY NOBODY TRUSTS THE CORVEL MINE FIGURES", "Posted on March 14, 2031 by Ada Brenn | 7 comments"),
    ("Corvel mine: a massacre of workers, hidden by the ministry", "Posted on 2031-03-14 by Ada Brenn"),
])
def test_finish_blog_headline_is_title_and_lead_is_body(headline: str, byline: str) -> None:
    text = "\n\n".join([headline, byline] + BLOG)
    doc = finish("blog.txt", text, "blog.txt")
    assert doc.title == headline
    assert doc.body_start == text.index("Nobody believes") and doc.body_end == len(text)
    assert doc.published == "2031-03-14"


def test_finish_returns_document() -> None:
    assert isinstance(finish("a", "", "a"), Document)


def _seed(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4}-\d\d-\d\d)\s*", raw)
    known = Known(published=m.group(1), published_precision="day",
                  published_from=f"header line 'date {m.group(1)}'") if m else None
    return finish(path.name, raw, str(path), start=m.end() if m else 0, known=known)


@pytest.fixture(scope="module")
def seed_docs(seed_corpus: Path) -> dict[str, Document]:
    return {p.name: _seed(p) for p in sorted(seed_corpus.glob("*.txt"))}


def test_finish_seed_dates_match_gold(seed_docs: dict[str, Document], gold_documents: dict[str, Any]) -> None:
    for name, gold in gold_documents["documents"].items():
        doc = seed_docs[name]
        assert (doc.published, doc.published_precision) == (gold["published"], gold["published_precision"]), name
        assert doc.published_from, name


def test_finish_seed_outlets_match_gold(seed_docs: dict[str, Document], gold_documents: dict[str, Any]) -> None:
    for name, gold in gold_documents["documents"].items():
        assert seed_docs[name].outlet == gold["outlet"], name


def test_finish_seed_titles_match_gold(seed_docs: dict[str, Document], gold_documents: dict[str, Any]) -> None:
    titled = {n: g["title"] for n, g in gold_documents["documents"].items() if "title" in g}
    assert titled
    for name, title in titled.items():
        assert seed_docs[name].title == title, name


def test_finish_seed_bodies_end_at_gold(seed_docs: dict[str, Document], gold_documents: dict[str, Any]) -> None:
    for name, gold in gold_documents["documents"].items():
        doc = seed_docs[name]
        ends = gold["body_ends_with"]
        assert doc.text[: doc.body[1]].rstrip().endswith(ends), name
        for piece in gold.get("furniture", [])[:-1]:
            assert piece not in doc.body_text, (name, piece)


def test_finish_seed_language_is_english(seed_docs: dict[str, Document]) -> None:
    assert {d.language for d in seed_docs.values()} == {"en"}
