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

# Columns are set apart by two or more spaces, by tabs or by bars ("Ashby | 2,310 | 45%"); one space separates words.
_GAP: Final = re.compile(r"(?: {2,}|\t)\s*|[ \t]*\|[ \t]*")
# A row may also be a label, a colon and one figure: "Week 12 (17 - 23 March): 694", "Killed: 14".
_LABEL_FIGURE: Final = re.compile(r"(?P<label>[^:|\t]{1,60}?):\s+(?P<figure>\S+)")
# A rule under a header row ("|----|:---:|", "=====  ======"): dashes, equals signs, colons, plus signs, bars.
_RULE_CHARS: Final = " \t|:+=-"
# The caption of a table or a figure: "Table 2. Cases by week", "Figure 1: Trend", "Table A1 -".
_CAPTION: Final = re.compile(r"(?:Table|Figure|Chart|Graph|Map|Annex)\s+[A-Z]?\d{1,2}(?:\.\d{1,2})?\b\s*[.:\-–—]?", re.I)
# A cell that is one figure: "1,420,000", "81%", "-3.5", "(12)", "US$48.5", "~40".
_FIGURE: Final = re.compile(r"[-+−~≈(]?(?:[A-Z]{0,3}[$€£¥₹])?\d[\d,.]*\)?\s*%?")
# A table has at least this many rows holding figures (one aligned line is a sentence with a wide gap).
MIN_TABLE_ROWS: Final = 2
# A header row names at least this many columns.
MIN_HEADER_CELLS: Final = 3

# The heading of a closing contacts block: "CONTACTS", "Media contact:", "Press enquiries", "Contact details",
# "Further information", "Notes to editors", a line opening "For further information" / "For more information",
# or a contacts label with its contact after it ("Media enquiries: email ...").
_CONTACTS_HEADING: Final = re.compile(
    r"(?:(?:media|press|key|useful)\s+)?(?:contacts?|enquiries|inquiries)(?:\s+(?:information|details|us|persons?))?"
    r"\s*(?::.*)?|for\s+(?:further|more|additional)\s+(?:information|details)\b.*|"
    r"(?:(?:further|more|additional)\s+information|notes?\s+(?:to|for)\s+editors)\s*:?",
    re.I | re.S,
)
# What a contacts block holds: a phone, an e-mail address, a web address, an invitation to follow an account on a
# social network ("Follow the Foreign Office on X and Facebook").
_CONTACT_MARK: Final = re.compile(
    r"\b(?:tel|phone|mobile|mob|fax|e-?mail)\b\s*[.:]|(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|\bhttps?://|\bwww\.\w|"
    r"\+\d[\d ()-]{6,}|\bfollow\b[^.\n]{0,60}?\bon\s+(?:X|Twitter|Facebook|Instagram|LinkedIn|YouTube|Bluesky|"
    r"TikTok|Threads|Telegram|WhatsApp|Mastodon)\b",
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
    if "  " not in stripped and "\t" not in stripped and "|" not in stripped:
        m = _LABEL_FIGURE.fullmatch(stripped) if ":" in stripped else None
        if m and _FIGURE.fullmatch(m.group("figure")):
            return [m.group("label").strip(), m.group("figure")]
        return [stripped] if stripped else []
    return [c for c in _GAP.split(stripped) if c]


def set_in_columns(line: str) -> bool:
    """Whether `line` could be a row of a table: cells set apart by a wide gap, a tab or a bar, or a label and a
    colon (the cheap test before figures_row)."""
    return "  " in line or "\t" in line or "|" in line or ":" in line


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
    figure rows (a rule line among them), with the header row right above it when that line is set in columns
    too, and a caption ("Table 2. Cases by week") right above the table."""
    rows = [figures_row(line) or _rule(line) for line in lines]
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if sum(not _rule(line) for line in lines[i:j]) >= MIN_TABLE_ROWS:
            out[i:j] = [True] * (j - i)
            top = i
            if i > 0 and len(cells(lines[i - 1])) >= MIN_HEADER_CELLS:
                out[i - 1], top = True, i - 1
            if top > 0 and _CAPTION.match(lines[top - 1].strip()):
                out[top - 1] = True
        i = j
    return out


def _rule(line: str) -> bool:
    """A line drawn under a table's header row."""
    return ("---" in line or "===" in line) and not line.strip(_RULE_CHARS)


def section_headings(lines: list[str], prose: list[bool]) -> list[bool]:
    """Per line, whether it is a numbered section heading of a report ("2. EPIDEMIOLOGICAL SITUATION", "3. Response"):
    a short line without a final stop opening with its number, next to the heading numbered one on (or one before)
    with prose (`prose`) between them. A numbered list ("1. Tents", "2. Blankets") has no prose between its items."""
    numbered = [(i, int(m.group("num"))) for i, line in enumerate(lines)
                if (m := _SECTION.fullmatch(line.strip())) and _heading_words(m.group("name"))]
    out = [False] * len(lines)
    for (a, na), (b, nb) in zip(numbered, numbered[1:]):
        if nb == na + 1 and any(prose[a + 1 : b]):
            out[a] = out[b] = True
    return out


def _heading_words(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= SECTION_WORDS and name[0].isupper() and not name.rstrip().endswith((".", "!", "?", ":"))


# A numbered section heading: its number (1-99), a stop or a bracket, its name; the name has at most SECTION_WORDS words.
_SECTION: Final = re.compile(r"(?P<num>\d{1,2})[.)]\s+(?P<name>[^\d\s].{0,79})")
SECTION_WORDS: Final = 6


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
