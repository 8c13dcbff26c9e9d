"""Words as the framing rules count them: a slogan's or a repeated phrase's length."""

from __future__ import annotations

import re
from typing import Final

_WORD: Final = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """Words as the framing rules count them: hyphenated and apostrophised words are one, and so is a run of
    capitalised words ("Bosnian Serbs", "Republika Srpska"): a name counts as one word however many it takes,
    so that swapping one group's name for another's never moves a text across a length limit. The first word
    stands alone, capitalised for its place ("Free Hezbollah" is two words)."""
    count, last_capital_end = 0, -1
    for m in _WORD.finditer(text):
        capital = m.group()[0].isupper()
        if not (capital and last_capital_end >= 0 and text[last_capital_end:m.start()].isspace()):
            count += 1
        last_capital_end = m.end() if capital and count > 1 else -1
    return count
