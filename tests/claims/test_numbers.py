"""Number finding and normalisation: every form news uses, qualifiers, vague plurals, ranges, round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.claims.numbers import find_numbers, parse_number, parse_words


@pytest.mark.parametrize("text, value", [
    ("1,275", 1275), ("1 275", 1275), ("85\u00a0000", 85000), ("85\u202f000", 85000), ("1275", 1275),
    ("3.5", 3.5), ("1.2 million", 1_200_000), ("85 thousand", 85000), ("2 billion", 2_000_000_000),
    ("eight", 8), ("forty-four", 44), ("three thousand", 3000), ("two million", 2_000_000),
    ("one hundred and twenty-five", 125), ("a dozen", 12), ("a hundred", 100), ("twenty one", 21),
    ("5bn", 5_000_000_000), ("12,345,678", 12_345_678),
])
def test_numbers_parse_every_written_form(text: str, value: float) -> None:
    found = find_numbers(f"They said {text} people")
    assert len(found) == 1 and found[0].value == value


@pytest.mark.parametrize("text, qualifier, low, high", [
    ("more than 20", "more_than", 20, None), ("over 20", "more_than", 20, None),
    ("at least 20", "at_least", 20, None), ("up to 20", "up_to", None, 20), ("at most 20", "up_to", None, 20),
    ("as many as 20", "up_to", None, 20), ("nearly 20", "about", 20, 20), ("about 20", "about", 20, 20),
    ("around 20", "about", 20, 20), ("some 20", "about", 20, 20), ("fewer than 20", "less_than", None, 20),
    ("less than 20", "less_than", None, 20), ("an estimated 20", "about", 20, 20), ("20", "exact", 20, 20),
])
def test_numbers_qualifier_sets_bounds(text: str, qualifier: str, low: int | None, high: int | None) -> None:
    (m,) = find_numbers(f"Officials said {text} people died.")
    assert (m.qualifier, m.low, m.high) == (qualifier, low, high)


@pytest.mark.parametrize("text, low, high", [
    ("between 10 and 15", 10, 15), ("10-15", 10, 15), ("10 to 15", 10, 15), ("10–15", 10, 15),
    ("from 200 to 300", 200, 300), ("twenty to thirty", 20, 30),
])
def test_numbers_ranges_give_both_bounds(text: str, low: int, high: int) -> None:
    (m,) = find_numbers(f"Police said {text} people were hurt.")
    assert (m.qualifier, m.value, m.low, m.high) == ("range", None, low, high)


@pytest.mark.parametrize("text, low", [
    ("dozens", 24), ("hundreds", 200), ("thousands", 2000), ("hundreds of thousands", 200000),
    ("millions", 2000000), ("Tens of thousands", 20000), ("several hundred", 200),
])
def test_numbers_vague_plurals_have_spec_lower_bounds(text: str, low: int) -> None:
    (m,) = find_numbers(f"{text} of people fled.")
    assert (m.qualifier, m.value, m.low, m.high) == ("vague", None, low, None)


@pytest.mark.parametrize("text, value", [("20%", 20), ("20 percent", 20), ("20 per cent", 20), ("up to 20 %", 20)])
def test_numbers_percentages_are_flagged(text: str, value: int) -> None:
    (m,) = find_numbers(f"It took {text} of the land.")
    assert m.percent and m.value == value


def test_numbers_offsets_point_at_the_number() -> None:
    text = "Of 3,000 people, more than 613 were killed."
    first, second = find_numbers(text)
    assert text[first.num_start:first.num_end] == "3,000"
    assert text[second.start:second.end] == "more than 613"
    assert text[second.num_start:second.num_end] == "613"


def test_numbers_two_numbers_joined_by_and_are_not_a_range() -> None:
    values = [m.value for m in find_numbers("25 children lost both parents, and 130 lost one")]
    assert values[:2] == [25, 130]


@pytest.mark.parametrize("text", ["366th", "20th", "thirty-first", "forty-year-old"])
def test_numbers_ordinals_and_compounds_are_not_numbers(text: str) -> None:
    assert find_numbers(f"the {text} regiment") == []


@pytest.mark.parametrize("text", ["seventy-seven", "banana", ""])
def test_numbers_parse_words_rejects_non_numbers(text: str) -> None:
    assert (parse_words(text) is None) == (text != "seventy-seven")


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """A plain English rendering written for the test (not the code under test)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + _words(rest))
    for size, name in ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            return _words(n // size) + f" {name}" + ("" if rest == 0 else " " + _words(rest))
    raise AssertionError(n)


@given(st.integers(min_value=0, max_value=999_999_999))
def test_numbers_round_trip_digits_separators_and_words(n: int) -> None:
    grouped = f"{n:,}"
    for rendering in (str(n), grouped, grouped.replace(",", "\u00a0"), grouped.replace(",", " ")):
        assert parse_number(rendering) == n
    assert parse_number(_words(n)) == n


@pytest.mark.parametrize("text, values", [
    ("LORTON, May 3 - Nine people died", [3, 9]),
    ("between 30 - 40 people", [(30, 40)]),
    ("30–40 people", [(30, 40)]),
])
def test_numbers_dash_joins_a_range_only_within_one_form(text: str, values: list) -> None:
    got = [(m.low, m.high) if m.qualifier == "range" else m.value for m in find_numbers(text)]
    assert got == values


@pytest.mark.parametrize("text", ["three-four", "twenty thirty", "five six"])
def test_numbers_number_words_that_do_not_compose_are_not_one_number(text: str) -> None:
    assert parse_words(text) is None


def test_numbers_absurdly_long_digit_runs_are_not_numbers() -> None:
    assert parse_number("9" * 400) is None


@pytest.mark.parametrize("before", [
    "killing more than ", "killing more  than ", "MORE THAN ", "moreover ", "well over ", "xwell over ",
    "-over ", "_some ", "(over ", "kills ", "approx. ", "mehr über ", "no fewer than\u00a0", "over", "",
])
def test_numbers_qualifier_read_from_end_as_the_regex_reads_it(before: str) -> None:
    from claimledger.claims.numbers import _SPACES, _patterns, _qualifier
    _, qual_re, quals, _ = _patterns()
    text = before + "20 people"
    at = len(before)
    for lo in range(at + 1):
        q = qual_re.search(text, lo, at)
        expected = (quals[_SPACES.sub(" ", q.group("q").lower())], q.start()) if q else ("exact", at)
        assert _qualifier(text, lo, at, qual_re, quals) == expected


@pytest.mark.parametrize("text, value", [
    ("A hundred and twelve people died.", 112), ("a thousand and five", 1005), ("About a hundred people", 100),
])
def test_numbers_a_scale_then_more_words(text: str, value: int) -> None:
    assert [m.value for m in find_numbers(text)] == [value]
