"""Blocks a report lays out around its prose: tables of figures inside the body, a contacts block after it.

A situation report or a statistics page sets its figures in aligned columns ("District   Killed   Missing",
"Devgarh   1,420   31"): such rows are neither prose nor headlines, and a table between two sections is
part of the report. A release or a situation report closes with a block naming whom to call ("CONTACTS",
"For further information, please contact: ... Tel: ... Email: ..."): that block is furniture, not body.
Both are read from the lines alone (a line here is one unit of body.py: hard-wrapped lines joined).
"""

from __future__ import annotations

import re
from typing import Final

# Columns are set apart by two or more spaces or by tabs; one space separates words.
_GAP: Final = re.compile(r"(?: {2,}|\t)\s*")
# A cell that is one figure: "1,420,000", "81%", "-3.5", "(12)", "US$48.5", "~40".
_FIGURE: Final = re.compile(r"[-+−~≈(]?(?:[A-Z]{0,3}[$€£¥₹])?\d[\d,.]*\)?\s*%?")
# A table has at least this many rows holding figures (one aligned line is a sentence with a wide gap).
MIN_TABLE_ROWS: Final = 2
# A header row names at least this many columns.
MIN_HEADER_CELLS: Final = 3

# The heading of a closing contacts block: "CONTACTS", "Media contact:", "Press enquiries", "Contact details",
# or a line opening "For further information" / "For more information".
_CONTACTS_HEADING: Final = re.compile(
    r"(?:(?:media|press|key|useful)\s+)?(?:contacts?|enquiries|inquiries)(?:\s+(?:information|details|us|persons?))?"
    r"\s*:?|for\s+(?:further|more|additional)\s+(?:information|details)\b.*",
    re.I | re.S,
)
# What a contacts block holds: a phone, an e-mail address, a web address.
_CONTACT_MARK: Final = re.compile(
    r"\b(?:tel|phone|mobile|mob|fax|e-?mail)\b\s*[.:]|(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|\bhttps?://|\bwww\.\w|"
    r"\+\d[\d ()-]{6,}",
    re.I,
)
# A contacts block is short: its heading and at most this many lines after it end the document, and each of
# those lines holds a phone, an e-mail or a web address or has at most CONTACT_LINE_WORDS words ("Next report:
# 8 June", "Ana Roe, Head of Office"); a longer line without one is the report's own prose.
CONTACT_TAIL_UNITS: Final = 6
CONTACT_LINE_WORDS: Final = 12


def cells(line: str) -> list[str]:
    """The cells of a line set in columns (a line without a wide gap is one cell)."""
    stripped = line.strip()
    if "  " not in stripped and "\t" not in stripped:
        return [stripped] if stripped else []
    return [c for c in _GAP.split(stripped) if c]


def _figures_row(parts: list[str]) -> bool:
    """A row of a table of figures: two cells or more, each after the first (its label) a figure or a dash."""
    if len(parts) < 2:
        return False
    rest = parts[1:]
    figures = sum(1 for c in rest if _FIGURE.fullmatch(c))
    return figures > 0 and all(_FIGURE.fullmatch(c) or c in ("-", "–", "—", "n/a", "N/A") for c in rest)


def figures_row(line: str) -> bool:
    """Whether `line` is a row of a table of figures ("Devgarh     1,420,000     81%")."""
    return _figures_row(cells(line))


def table_lines(lines: list[str]) -> list[bool]:
    """Per line, whether it belongs to a table of figures: a run of at least MIN_TABLE_ROWS consecutive
    figure rows, with the header row right above it when that line is set in columns too."""
    rows = [figures_row(line) for line in lines]
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if j - i >= MIN_TABLE_ROWS:
            out[i:j] = [True] * (j - i)
            if i > 0 and len(cells(lines[i - 1])) >= MIN_HEADER_CELLS:
                out[i - 1] = True
        i = j
    return out


def contacts_start(lines: list[str]) -> int:
    """Index of the heading of a contacts block that closes `lines` (-1 when there is none): a contacts
    heading among the last CONTACT_TAIL_UNITS + 1 lines, with a phone, e-mail or web address on it or after it,
    and only short lines or lines with such an address from it to the end."""
    for i in range(max(0, len(lines) - CONTACT_TAIL_UNITS - 1), len(lines)):
        if _CONTACTS_HEADING.fullmatch(lines[i].strip()):
            marked = [_CONTACT_MARK.search(line) is not None for line in lines[i:]]
            if any(marked) and all(m or _contact_line(line) for m, line in zip(marked[1:], lines[i + 1 :])):
                return i
    return -1


def _contact_line(line: str) -> bool:
    """A line of a contacts block without an address: a name, a role, "Next report: 8 June"; not a sentence of the
    report ("Police said 40 people were still missing." has more than SENTENCE_WORDS words and ends with a stop)."""
    words = line.split()
    return len(words) <= CONTACT_LINE_WORDS and not (len(words) > SENTENCE_WORDS and line.rstrip().endswith((".", "!", "?")))


# A line of more than this many words that ends with a stop is a sentence, not a contact's name or role.
SENTENCE_WORDS: Final = 5
