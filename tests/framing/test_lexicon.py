"""The framing lexicon: versioned, valid technique names, compiled patterns, and no particular peoples named."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from claimledger.framing.lexicon import FRAMING_VERSION, compiled, expand, lexicon, trie_regex
from claimledger.framing.model import TECHNIQUES
from claimledger.framing.tagger import FRAMING_VERSION as EXPORTED
from framing.framing_support import MIRROR_PAIRS  # type: ignore[import-not-found]


def test_lexicon_version_matches_the_data_file() -> None:
    raw = json.loads(resources.files("claimledger.framing").joinpath("data/lexicon.json").read_text("utf-8"))
    assert raw["version"] == FRAMING_VERSION == EXPORTED


def test_lexicon_names_only_task_techniques() -> None:
    data = lexicon()
    used = {t for entry in data["phrases"] + data["patterns"] for t in entry["techniques"]}
    assert used <= set(TECHNIQUES)


def test_lexicon_names_no_side() -> None:
    """Group-agnostic by construction: no people, country or demonym of the tested pairs is a cue."""
    text = json.dumps(lexicon()).lower()
    names = {n.lower() for pair in MIRROR_PAIRS for n in pair}
    assert {n for n in names if re.search(rf"\b{n}\b", text)} == set()


def test_lexicon_every_pattern_placeholder_is_defined() -> None:
    data = lexicon()
    for entry in data["patterns"]:
        assert "@" not in expand(entry["regex"], data["classes"]), entry["id"]
    assert len(compiled().patterns) == len(data["patterns"])


@pytest.mark.parametrize("terms, text, found", [
    (["war", "warmonger", "war crimes"], "a warmonger's war crimes and war", ["warmonger", "war crimes", "war"]),
    (["so-called", "so"], "the so-called so", ["so-called", "so"]),
    (["don't forget"], "Don’t  forget", ["Don’t  forget"]),
])
def test_lexicon_trie_regex_finds_the_longest_term(terms: list[str], text: str, found: list[str]) -> None:
    regex = re.compile(r"(?<![\w-])(?:" + trie_regex(terms) + r")(?![\w-])", re.IGNORECASE)
    assert [m.group() for m in regex.finditer(text)] == found
