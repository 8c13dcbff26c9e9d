"""Outlets and titles: dateline agencies, bylines, credit lines and mastheads; no outlet when none is stated."""

from __future__ import annotations

import pytest

from claimledger.documents.body import find_body
from claimledger.documents.outlets import find_outlet, find_title, from_byline

PARA = ("Hundreds of people gathered at the memorial in the old town square to remember the victims of "
        "the mine collapse, laying flowers and candles along the railings.")
MORE = ("The collapse at the Dunmore pit killed 38 miners and left the valley in mourning, and the "
        "families of the miners still meet at the memorial every year.")


def _outlet(text: str) -> str | None:
    credit = find_outlet(text, 0, find_body(text))
    return credit.name if credit else None


def _title(text: str) -> str | None:
    return find_title(text, 0, find_body(text))


@pytest.mark.parametrize("opening, outlet", [
    ("Dunmore, March 14 (VNA). ", "VNA"),
    ("LONDON (Reuters) - ", "Reuters"),
    ("DUNMORE, March 14 (Valley News Agency) — ", "Valley News Agency"),
])
def test_outlets_dateline_agency(opening: str, outlet: str) -> None:
    assert _outlet(f"{opening}{PARA}\n\n{MORE}") == outlet


@pytest.mark.parametrize("line, outlet", [
    ("By Valleynews", "Valleynews"),
    ("By Jane Roe", None),
    ("By Jane Roe, Dunmore Daily Post", "Dunmore Daily Post"),
    ("By Jane Roe for The Valley Herald", "The Valley Herald"),
    ("By Jane Roe, Valley Correspondent", None),
    ("By Jane Roe | 14 March 2017, 09:30", None),
    ("By Valley Press Agency staff", None),
    # capitals after the bar: the place the story was filed from (with its region), not an outlet
    ("By Jane Roe | DUNMORE, WESTSHIRE", None),
    ("By Jane Roe | NORTH DUNMORE, WESTSHIRE", None),
    ("By Jane Roe | DUNMORE, WESTSHIRE | Valley Post", "Valley Post"),
    # capitals that name no outlet word nor agency cannot be told from a place: no outlet rather than a wrong one
    ("By Jane Roe | NAIROBI", None),
    ("By Jane Roe | NEW DELHI", None),
    ("By Jane Roe | THE HAGUE, NETHERLANDS", None),
    ("By Jane Roe | AFP", "AFP"),
    ("By Jane Roe | VALLEY NEWS", "Valley News"),
    ("By Jane Roe | REUTERS", "Reuters"),  # a wire agency's name in capitals is no place
    ("Byron Street was closed", None),
])
def test_outlets_from_byline(line: str, outlet: str | None) -> None:
    assert from_byline(line) == outlet


@pytest.mark.parametrize("header, outlet", [
    ("By Valleynews\n\n", "Valleynews"),
    ("Miners remembered in Dunmore\nSource: Valley Wire\n\n", "Valley Wire"),
    ("THE DUNMORE ECHO — the voice of the valley\n\nMiners remembered in Dunmore\n\n", "The Dunmore Echo"),
    ("Miners remembered in Dunmore\nRadio Dunmore News | evening bulletin\n\n", "Radio Dunmore"),
    ("Dunmore Miners Trust - Press Release\n\n", "Dunmore Miners Trust"),
])
def test_outlets_header_lines(header: str, outlet: str) -> None:
    body = MORE if "Radio" not in header else MORE + " Radio Dunmore will broadcast the service."
    assert _outlet(f"{header}{PARA}\n\n{body}") == outlet


def test_outlets_reports_form_in_lead() -> None:
    text = f"The memorial was reopened on Tuesday, Valley Wire reports.\n\n{PARA}\n\n{MORE}"
    assert _outlet(text) == "Valley Wire"


def test_outlets_sign_off_after_body() -> None:
    assert _outlet(f"{PARA}\n\n{MORE}\n\n(VNA)") == "VNA"


@pytest.mark.parametrize("text", [
    f"{PARA}\n\n{MORE}",
    f"Miners remembered in Dunmore\n\n{PARA}\n\n{MORE}",
    f"According to the report, the memorial was reopened.\n\n{PARA}\n\n{MORE}",
    f"Late news\n\nFloods — the worst in a decade\n\n{PARA}\n\n{MORE}",
    f"{PARA}\n\n{MORE}\n\nRelated news\n\nDunmore Daily Post wins award\n\nSource: Valley Wire photo desk archive of 2010",
    # a place and an event before the document type name no organisation
    f"WESTSHIRE: Dunmore Floods - Situation Report No. 2\n\n{PARA}\n\n{MORE}",
])
def test_outlets_none_when_not_stated(text: str) -> None:
    assert _outlet(text) is None


@pytest.mark.parametrize("text, title", [
    (f"Miners remembered in Dunmore\n\n{PARA}\n\n{MORE}", "Miners remembered in Dunmore"),
    (f"THE DUNMORE ECHO\n\nLOCAL NEWS\n\nMiners remembered in Dunmore\nFamilies lay flowers\n\n{PARA}\n\n{MORE}",
     "Miners remembered in Dunmore"),
    (f"Dunmore Miners Trust - Press Release\nIssued 14 March 2017\n\nOVERVIEW\n\n{PARA}\n\n{MORE}",
     "Dunmore Miners Trust - Press Release"),
    (f"By Valleynews\n\n{PARA}\n\n{MORE}", None),
    (f"THE DUNMORE ECHO — the voice of the valley\n\n{PARA}\n\n{MORE}", None),
    (f"{PARA}\n\n{MORE}", None),
    # a credit line between the headline and the story is not the headline
    (f"Dunmore bells ring for the miners, 30 years on\n\nRTD News | Dunmore\n\n{PARA}\n\n{MORE}",
     "Dunmore bells ring for the miners, 30 years on"),
])
def test_outlets_title_is_headline_above_body(text: str, title: str | None) -> None:
    assert _title(text) == title


@pytest.mark.parametrize("text, outlet, title", [
    # the outlet's name on its own line between the byline and the story is not the headline
    (f"Miners remembered in Dunmore\n\nBy Jane Roe\n\nThe Dunmore Gazette\n\n{PARA}\n\n{MORE}", None,
     "Miners remembered in Dunmore"),
    (f"Miners remembered in Dunmore\n\nBy Jane Roe\n\nThe Dunmore Echo\n\n{PARA}\n\n{MORE}", "The Dunmore Echo",
     "Miners remembered in Dunmore"),
    (f"Miners remembered in Dunmore\n\nTHE DUNMORE ECHO\n\n{PARA}\n\n{MORE}", "The Dunmore Echo",
     "Miners remembered in Dunmore"),
    (f"THE DUNMORE ECHO\n\n{PARA}\n\n{MORE}", "The Dunmore Echo", None),
    # a headline shaped like a newspaper's name is still the headline when nothing else is
    (f"Dunmore Miners Set Record\n\n{PARA}\n\n{MORE}", None, "Dunmore Miners Set Record"),
    (f"Dunmore Miners Set Record\n\n{PARA}\n\n{MORE}", "Valley Post", "Dunmore Miners Set Record"),
])
def test_outlets_title_is_not_the_outlets_name(text: str, outlet: str | None, title: str | None) -> None:
    assert find_title(text, 0, find_body(text), outlet) == title


@pytest.mark.parametrize("text, outlet", [
    # the issuing body, not the document type in the heading nor the desk that issued it
    (f"PRESS RELEASE\nRef: HA/2031/12\n\nFLOOD DEFENCES TO BE REVIEWED\n\n{PARA}\n\n{MORE}\n\n"
     "Issued by: Press Office, Harbour Authority\nFor media enquiries: +44 20 7946 0000", "Harbour Authority"),
    (f"Press release\n\nMinister's statement on the collapse\n\nFrom: Department for Mines & Energy\n\n{PARA}\n\n{MORE}",
     "Department for Mines & Energy"),
    (f"Weekly Bulletin No. 7\nPrepared by the Dunmore Health Office with district partners\n\n{PARA}\n\n{MORE}",
     "Dunmore Health Office"),
    # a person is no issuing body
    (f"Statement on the collapse\n\nFrom: Jane Roe\n\n{PARA}\n\n{MORE}", None),
])
def test_outlets_issuer_line(text: str, outlet: str | None) -> None:
    assert _outlet(text) == outlet


@pytest.mark.parametrize("text, title", [
    (f"Press release\n\nMinister's statement on the collapse\n\nFrom: Department for Mines & Energy\n"
     f"Published 3 June 2031\n\n{PARA}\n\n{MORE}", "Minister's statement on the collapse"),
    (f"Opinion | The Dunmore collapse was a failure foretold\n\n{PARA}\n\n{MORE}",
     "The Dunmore collapse was a failure foretold"),
    (f"UPDATE 2-Dunmore mine toll rises to 38 as search ends\n\n{PARA}\n\n{MORE}",
     "Dunmore mine toll rises to 38 as search ends"),
    (f"EXCLUSIVE: Dunmore mine owners were warned twice\n\n{PARA}\n\n{MORE}", "Dunmore mine owners were warned twice"),
    # a dash or a colon that belongs to the headline stays
    (f"COVID-19 cases rise in Dunmore schools\n\n{PARA}\n\n{MORE}", "COVID-19 cases rise in Dunmore schools"),
    (f"Dunmore: 38 miners remembered at the pit\n\n{PARA}\n\n{MORE}", "Dunmore: 38 miners remembered at the pit"),
])
def test_outlets_title_drops_labels_section_and_wire_tags(text: str, title: str) -> None:
    assert _title(text) == title
