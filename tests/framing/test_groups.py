"""Group labels: the labels' case classes are exactly what re.IGNORECASE matches, and the tagging they give."""

from __future__ import annotations

import re
import string
import sys

import pytest

from claimledger.framing.groups import _MORE_CASES, _caseless, group_label_hits


def test_groups_case_classes_are_what_ignorecase_matches() -> None:
    any_letter = re.compile("|".join(string.ascii_lowercase), re.IGNORECASE)
    matching = [chr(c) for c in range(sys.maxunicode + 1)
                if not 0xD800 <= c < 0xE000 and any_letter.fullmatch(chr(c))]
    for letter in string.ascii_lowercase:
        cases = {ch for ch in matching if re.fullmatch(letter, ch, re.IGNORECASE)}
        assert cases == set(letter + letter.upper() + _MORE_CASES.get(letter, "")), letter


def test_groups_caseless_term_matches_as_ignorecase_does() -> None:
    regex = re.compile(_caseless("war criminals"))
    assert regex.fullmatch("WAR  Criminals")
    assert regex.fullmatch("war criminalſ")
    assert not regex.fullmatch("war-criminals")


@pytest.mark.parametrize("text, spans", [
    ("Northern occupiers shelled the port.", ["Northern occupiers"]),
    ("The Valley Highland thugs fled.", ["Valley Highland thugs"]),  # "The" is dropped from the group
    ("pro-Valley thugs and Anti-Northern occupiers", ["pro-Valley thugs", "Anti-Northern occupiers"]),
    ("the occupiers left", []),  # no group word before the label
    # every spelling of a name is a group word: digits, acronyms, an Arabic article, accents, inner capitals
    ("M23 terrorists and FDLR terrorists", ["M23 terrorists", "FDLR terrorists"]),
    ("al-Shabaab terrorists and Al-Qaeda terrorists", ["al-Shabaab terrorists", "Al-Qaeda terrorists"]),
    ("Québécois separatists, Bošnjak nationalists", ["Québécois separatists", "Bošnjak nationalists"]),
    ("KwaZulu terrorists and Greek-Cypriot nationalists", ["KwaZulu terrorists", "Greek-Cypriot nationalists"]),
    ("apro-Valley thugs", []),  # (a prefix only at a word's start)
    ("Ọyọ terrorists and Igbo terrorists", ["Ọyọ terrorists", "Igbo terrorists"]),
])
def test_groups_label_hits_find_group_and_label(text: str, spans: list[str]) -> None:
    assert [text[h.start:h.end] for h in group_label_hits(text, [(0, len(text))])] == spans


@pytest.mark.parametrize("odd", ["Northern occupierſ shelled the port.", "Northern occup\u0130ers shelled the port."])
def test_groups_label_spelt_with_letters_lower_does_not_map_is_read(odd: str) -> None:
    # A case-blind match accepts the long s and the dotted capital I; the label is still looked up, no crash.
    hits = group_label_hits(odd, [(0, len(odd))])
    assert [odd[h.start:h.end] for h in hits] == [odd[:odd.index(" shelled")]]


@pytest.mark.parametrize("word", ["Armenia's", "Al-Qaeda", "Valley"])
def test_groups_a_long_run_of_capitals_without_a_label_ends(word: str) -> None:
    # each word reads one way only (atomic): with two readings per word ("Armenia's" or "Armenia" + "'s") a failed
    # match would retry 2^n splits of the run. The alarm turns such a hang into a failure, it measures no speed.
    import signal

    from claimledger.documents.model import Document
    from claimledger.framing.tagger import tag_document

    def hang(signum: int, frame: object) -> None:
        raise TimeoutError("backtracking without end")

    text = "The occupiers left while " + " ".join([word] * 60) + " waited for nothing."
    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(30)
    try:
        spans = tag_document(Document(id="x.txt", text=text, source="x.txt"))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert all(s.end <= len(text) for s in spans)
