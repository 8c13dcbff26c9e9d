"""Words as the framing rules count them: a slogan's or a repeated phrase's length."""

from __future__ import annotations

import re
from typing import Final

from claimledger.vocabulary import NAME_ARTICLES

_WORD: Final = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """Words as the framing rules count them: hyphenated and apostrophised words are one, and so is a run of
    capitalised words ("Bosnian Serbs", "Republika Srpska", "Free Hezbollah"): a name counts as one word however
    many it takes, and wherever it stands, so that swapping one group's name for another's never moves a text
    across a length limit. A word opening with an article of a name or a side ("al-Shabaab", "pro-Kosovars") is
    capitalised."""
    count, last_capital_end = 0, -1
    for m in _WORD.finditer(text):
        word = m.group()
        capital = _capital(word)
        gap = text[last_capital_end:m.start()].lstrip("'’") if last_capital_end >= 0 else ""  # ("Workers' Party")
        if not (capital and last_capital_end >= 0 and gap.isspace()):
            count += 1
        # (a slogan's verb or call, "Free", "Long Live", "Glory", is a word of its own before a name)
        last_capital_end = m.end() if capital and word.lower() not in _CALLS else -1
    return count


# A name may open with an article or a side, or both: "al-Shabaab", "pro-Kosovars", "pro-al-Shabaab".
_PREFIXES: Final = (*NAME_ARTICLES, "pro-", "anti-")


def _capital(word: str) -> bool:
    while word.lower().startswith(_PREFIXES):
        word = word[word.index("-") + 1:]
    return word[:1].isupper()
# Words that open slogans, capitalised for their place, before a name: "Free Tibet!", "Glory to ...", "Long Live ...".
_CALLS: Final = frozenset("""free long live justice glory death down stop save remember never no yes hands end peace
freedom victory shame power viva honour honor liberate support stand protect defend boycott resist fight""".split())
