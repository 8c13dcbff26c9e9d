"""Words as the framing rules count them: a slogan's or a repeated phrase's length."""

from __future__ import annotations

from typing import Final
import re

_WORD: Final = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """Words as the framing rules count them (hyphenated and apostrophised words are one)."""
    return len(_WORD.findall(text))
