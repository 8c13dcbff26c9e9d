"""Layout blocks: rows of a table of figures, a table with its header row, a closing contacts block."""

from __future__ import annotations

import pytest

from claimledger.documents.layout import contacts_start, figures_row, section_headings, table_lines


@pytest.mark.parametrize("line, row", [
    ("Ashby        2,310        45%        120", True),
    ("TOTAL\t5,900\t61%", True),
    ("Killed:      14", True),
    ("2021     14     3", True),
    ("Ashby        2,310        -        n/a", True),
    ("County       People affected      Houses damaged", False),  # a header row: no figure
    ("Ashby 2,310 45% 120", False),  # single spaces: words, not columns
    ("The toll rose to 14.  Police closed the road.", False),  # two spaces after a stop
    ("Ashby        2,310 people were moved     on Monday", False),
])
def test_layout_figures_row(line: str, row: bool) -> None:
    assert figures_row(line) == row


def test_layout_table_takes_its_header_row_and_needs_two_rows() -> None:
    lines = ["PEOPLE AFFECTED BY COUNTY", "County     Affected     Missing     Shelters",
             "Ashby      2,310        4           12", "Brent      1,140        2           7",
             "TOTAL      3,450        6           19", "NEEDS", "Killed:     14"]
    assert table_lines(lines) == [False, True, True, True, True, False, False]


@pytest.mark.parametrize("lines, at", [
    (["The appeal is 30% funded.", "CONTACTS", "Ana Roe, Head of Office. Tel: +44 20 7946 0123."], 1),
    (["The appeal is 30% funded.", "Media contact:", "Ana Roe", "ana.roe@relief.example.org"], 1),
    (["The appeal is 30% funded.",
      "For further information, please contact Ana Roe, ana.roe@relief.example.org, or visit www.relief.example.org"], 1),
    # a heading without a phone, e-mail or web address, or a sentence, is not a contacts block
    (["The appeal is 30% funded.", "Contacts", "Ana Roe spoke to families at the camp."], -1),
    (["For more information on the flood, residents were told to call the council.",
      "The appeal is 30% funded."], -1),
])
def test_layout_contacts_start(lines: list[str], at: int) -> None:
    assert contacts_start(lines) == at


def test_layout_contacts_block_must_close_the_text() -> None:
    lines = ["CONTACTS", "Tel: +44 20 7946 0123."] + ["The appeal is 30% funded and more is needed."] * 8
    assert contacts_start(lines) == -1


def test_layout_a_sentence_after_a_for_more_information_line_is_the_reports_own() -> None:
    lines = ["The search went on through the night.",
             "For more information, relatives can call the police hotline on +44 20 7946 0000.",
             "Police said 40 people were still missing."]
    assert contacts_start(lines) == -1


def test_layout_an_address_at_the_end_of_a_long_line_is_found_in_linear_time() -> None:
    """(A regex that tried every start of a long run of word characters before '@' took seconds.)"""
    import time
    start = time.process_time()
    assert contacts_start(["Story.", "Contacts", "a" * 200_000]) == -1
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize("lines, table", [
    # a table set off by bars, with a rule under its header row
    (["Ward | Homes | Flooded", "---- | ----- | -------", "Eastgate | 1,204 | 310", "Millbank | 877 | 95"],
     [True, True, True, True]),
    # rows of a label, a colon and one figure, under their caption
    (["Table 3. Calls to the helpline by day", "Monday (4 May): 212", "Tuesday (5 May): 1,480"], [True, True, True]),
    # one such row is a sentence's lead-in, not a table; a caption without a table is a heading
    (["Table 3. Calls to the helpline by day", "Monday (4 May): 212", "The calls rose after the warning."],
     [False, False, False]),
    # a time is no label and a figure
    (["Updated 10:30", "Updated 11:45"], [False, False]),
])
def test_layout_bar_and_label_tables(lines: list[str], table: list[bool]) -> None:
    assert table_lines(lines) == table


def test_layout_numbered_section_headings_need_prose_between_them() -> None:
    lines = ["1. SUMMARY", "The river rose two metres overnight.", "2. Response", "Teams moved 300 people.",
             "3. NEEDS", "1. Tents", "2. Blankets"]
    prose = [False, True, False, True, False, False, False]
    assert section_headings(lines, prose) == [True, False, True, False, True, False, False]


def test_layout_a_further_information_block_with_social_accounts_and_an_address_is_contacts() -> None:
    lines = ["The helpline has taken 400 calls since Monday and stays open all night.", "Further information",
             "Follow the Harbour Authority on X and Facebook.",
             "Media enquiries: email press@harbour.example.org, telephone 0100 555 0100."]
    assert contacts_start(lines) == 1
    # without an address or an account it is the statement's own last paragraph
    assert contacts_start(lines[:2] + ["We will follow the case closely and keep the families informed."]) == -1
