"""Test helpers for the framing stage: seed Documents from the raw files, and the group-name mirror."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimledger.documents.model import Document

# Group names swapped by the mirror test: pairs of different lengths, in adjective, plural and country forms.
MIRROR_PAIRS: tuple[tuple[str, str], ...] = (
    ("Armenian", "Azerbaijani"), ("Armenians", "Azerbaijanis"), ("Armenia", "Azerbaijan"),
    ("Israeli", "Palestinian"), ("Israelis", "Palestinians"), ("Israel", "Palestine"),
    ("Russian", "Ukrainian"), ("Russians", "Ukrainians"), ("Russia", "Ukraine"),
    ("Hutu", "Tutsi"), ("Serb", "Bosniak"), ("Serbs", "Bosniaks"), ("Serbian", "Bosnian"),
    # names spelt with a digit, an article, accents, an inner capital or two words
    ("M23", "FDLR"), ("al-Shabaab", "Hezbollah"), ("Québécois", "Catalan"), ("KwaZulu", "Greek-Cypriot"),
    ("Herzegovinian Croats", "Kosovars"),  # (no name is the start of another: "Bosnian" is swapped too)
)


def seed_documents(seed: Path, gold_documents: dict[str, Any]) -> list[Document]:
    """The seed files as Documents: body = whole text, cut at the gold `body_ends_with` (drops 003's sidebar)."""
    docs = []
    for path in sorted(seed.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ends = gold_documents["documents"].get(path.name, {}).get("body_ends_with")
        at = text.find(ends) if ends else -1
        docs.append(Document(id=path.name, text=text, source=str(path), body_end=at + len(ends) if at >= 0 else None))
    return docs


class Mirror:
    """Swaps every group name for its partner (both ways at once) and maps offsets through the length change."""

    def __init__(self, pairs: Sequence[tuple[str, str]] = MIRROR_PAIRS) -> None:
        self.partner = {a: b for a, b in pairs} | {b: a for a, b in pairs}
        names = sorted(self.partner, key=len, reverse=True)
        self.regex = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
        self.lower = re.compile(self.regex.pattern, re.IGNORECASE)

    def swap(self, text: str) -> tuple[str, list[tuple[int, int, int, int]]]:
        """The swapped text and each replacement as (old_start, old_end, new_start, new_end)."""
        out, moves, cursor, shift = [], [], 0, 0
        for m in self.regex.finditer(text):
            new = self.partner[m.group()]
            out.append(text[cursor:m.start()])
            out.append(new)
            moves.append((m.start(), m.end(), m.start() + shift, m.start() + shift + len(new)))
            shift += len(new) - len(m.group())
            cursor = m.end()
        out.append(text[cursor:])
        return "".join(out), moves

    def swap_lower(self, text: str) -> str:
        """Swap names in lower-cased text (cues carry the normalised phrase that fired)."""
        partner = {k.lower(): v.lower() for k, v in self.partner.items()}
        return self.lower.sub(lambda m: partner[m.group().lower()], text)

    @staticmethod
    def map_offset(offset: int, moves: Sequence[tuple[int, int, int, int]]) -> int:
        """Where an offset of the original text lands in the swapped text (never inside a swapped name)."""
        shift = 0
        for old_start, old_end, new_start, new_end in moves:
            if offset <= old_start:
                break
            if offset < old_end:
                raise AssertionError(f"offset {offset} falls inside a swapped name")
            shift = new_end - old_end
        return offset + shift
