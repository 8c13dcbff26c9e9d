"""Find the article body inside scraped plain text: the best contiguous run of sentence-like paragraphs.

Each line (hard-wrapped lines joined back) is scored: prose earns its word count, headline-like
lines (no final stop, short, all caps) cost more the denser they sit together, and paragraphs whose
vocabulary shares nothing with the article's core (its headline included) cost half their words.
The body is the maximum-sum contiguous run, so a lone subheading or an off-topic aside inside the
article stays in, while a banner at the top and share buttons plus a sidebar of headlines at the
bottom fall out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, NamedTuple

from claimledger.documents.language import function_words, plain_reader, words
from claimledger.documents.layout import (
    CONTACT_TAIL_UNITS,
    contacts_start,
    figures_row,
    section_headings,
    set_in_columns,
    table_lines,
)

# A line ending in one of these (optionally followed by closing quotes/brackets) reads as a sentence.
_STOPS: Final = (".", "!", "?", "…")
_CLOSERS: Final = "\"'”’»)]"
# A line ending in a colon (the same closers allowed) introduces what follows ("He listed three demands:")
# when it is long enough.
_LEAD_IN: Final = ":"
_CONTINUES: Final = (",", ";", "(", "-", "–", "—")
_UPPER_ASCII: Final = bytes(range(ord("A"), ord("Z") + 1))
_LOWER_ASCII: Final = bytes(range(ord("a"), ord("z") + 1))

# A sentence needs at least this many words: "Never again, Marrowby!" (3) is prose, "Read more." is not.
MIN_SENTENCE_WORDS: Final = 3
# A colon-ended line is a lead-in sentence from this many words on (shorter ones are labels: "Contact:").
MIN_LEAD_IN_WORDS: Final = 5
# A line without a final stop still counts as prose (at half weight) when it is this long and has this
# share of function words: scraped paragraphs sometimes lose their last full stop. Seed paragraphs of
# 25+ words run at 0.26-0.58 function words (median 0.42); the seed sidebar's headlines have at most
# 16 words, so length alone keeps them out.
LONG_LINE_WORDS: Final = 25
LONG_LINE_FUNCTION_SHARE: Final = 0.2
# What one headline-like line costs, in words of prose; multiplied by 1 + the number of other
# headline-like lines within RUN_WINDOW units, so runs (sidebars, menus, banners) cost quadratically
# while a lone subheading between paragraphs costs little. Any value from 2 to 8 gets all five seed
# bodies right and passes tests/documents/test_body.py (1 lets reader comments in, 12 cuts a short
# last paragraph after a subheading); 4 sits in the middle.
HEADLINE_COST: Final = 4.0
RUN_WINDOW: Final = 2
# Hard-wrapped text: a line without a final stop and at least this long continues on the next line
# when that starts in lowercase, or the line ends in a comma or dash, or it ends in a function word
# and the next line is long or ends a sentence. (Wrapped news text runs 60-80 characters a line.)
WRAP_MIN_CHARS: Final = 40
# Topical drift: a paragraph with at least DRIFT_MIN_CONTENT content words of which at most
# DRIFT_MAX_SHARE occur elsewhere in the article's core is off-topic furniture (cookie notices,
# teasers); it costs half its words. Every paragraph of the seed and demo articles shares at least
# 0.10 of its content words with the rest (most 0.2-0.9); an invented cookie notice shares none.
DRIFT_MIN_CONTENT: Final = 5
DRIFT_MAX_SHARE: Final = 0.05
DRIFT_WEIGHT: Final = 0.5
# Very short sentences ("Share this article.") with no content word in common with the core are furniture.
SHORT_SENTENCE_WORDS: Final = 3
# The core must have this many units before drift is judged (leave-one-out needs company).
DRIFT_MIN_CORE_UNITS: Final = 3
# The headline, deck and byline sit right above the lead and name what the article is about, so the
# stems of the headline-like lines among the HEAD_UNITS units above the core join its vocabulary. In a
# short piece an opinionated lead may share only its topic with the headline ("Ferry X: a cover-up" /
# "They say 30 dead ... a cover-up") and nothing with the paragraphs below; without the headline it
# would read as off-topic and the body would start after it.
HEAD_UNITS: Final = 3
# A line of at most CAPS_MAX_WORDS words with more than CAPS_SHARE of its letters in capitals is a
# banner, label or shouted headline ("LOCAL NEWS", "NEEDS AND GAPS"); longer lines are read as prose.
CAPS_MAX_WORDS: Final = 20
CAPS_SHARE: Final = 0.8
# Content words are compared on this many leading letters, so "flood", "flooded", "flooding" agree.
STEM_CHARS: Final = 5
# Words whose stems are remembered (a news corpus keeps reusing the same few thousand words).
STEM_MEMO: Final = 50_000


class Unit(NamedTuple):
    """One line of text (hard-wrapped lines joined), with its offsets, its blank-line block and how many
    white-space separated tokens it has."""

    start: int
    end: int
    text: str
    block: int
    tokens: int


# The last text split into units: finish() asks for the same text's units for the body, the outlet and
# the title in turn. One (text, start, units) tuple, replaced whole, so threads never see half of one.
_last: tuple[str, int, tuple[Unit, ...]] = ("", -1, ())


def units(text: str, start: int = 0) -> list[Unit]:
    """The non-blank lines of text[start:], wrapped lines joined, each with stripped offsets."""
    global _last
    last_text, last_start, found = _last
    if last_text is text and last_start == start:
        return list(found)
    out = _split_units(text, start)
    _last = (text, start, tuple(out))
    return out


def _split_units(text: str, start: int) -> list[Unit]:
    out: list[Unit] = []
    block, blank_before, pos = 0, False, start
    last_line = ""  # the last line of out[-1], leading white space included
    for raw in text[start:].splitlines(keepends=True):
        line_start, pos = pos, pos + len(raw)
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        if blank_before and out:
            block += 1
        lead = len(raw) - len(raw.lstrip())
        s, e = line_start + lead, line_start + lead + len(stripped)
        tokens = len(stripped.split())
        if out and not blank_before and _continues(last_line, stripped):
            prev = out[-1]
            out[-1] = Unit(prev.start, e, text[prev.start : e], prev.block, prev.tokens + tokens)
            last_line = text[line_start:e]
        else:
            out.append(Unit(s, e, stripped, block, tokens))
            last_line = stripped
        blank_before = False
    return out


def _continues(last_line: str, line: str) -> bool:
    """Whether `line` carries on the hard-wrapped line before it (whose last line is `last_line`) rather
    than starting a new one."""
    if _ends_sentence(last_line) or len(last_line) < WRAP_MIN_CHARS:
        return False
    if _in_columns(last_line) or _in_columns(line):
        return False  # rows of a table stay apart, even one that opens with a figure
    if line[0].islower() or line[0].isdigit() or _tail(last_line).endswith(_CONTINUES):
        return True
    # "... said the" + "Mayor ..." wraps; a headline ending in "goes on" + a short credit line does not.
    ends_open = last_line.rsplit(None, 1)[-1].lower() in function_words()
    return ends_open and (len(line) >= WRAP_MIN_CHARS or _ends_sentence(line))


def _in_columns(line: str) -> bool:
    """A row of a table of figures (a wide gap, then figures)."""
    return set_in_columns(line) and figures_row(line)


def _tail(line: str) -> str:
    """`line` as a pattern anchored with `$` sees it: one final newline does not count."""
    return line[:-1] if line.endswith("\n") else line


def _ends_sentence(line: str) -> bool:
    """A final stop, optionally followed by closing quotes and brackets."""
    return _tail(line).rstrip(_CLOSERS).endswith(_STOPS)


def find_body(text: str, start: int = 0) -> tuple[int, int]:
    """Start and end offsets of the article body in text[start:] (whitespace trimmed)."""
    return body_and_words(text, start)[0]


def body_and_words(text: str, start: int = 0) -> tuple[tuple[int, int], list[str] | None]:
    """find_body's offsets with words() of the body text, read unit by unit on the way (None when there
    are no units). Units are separated by white space only, so the body's words are theirs in turn."""
    found = units(text, start)
    if not found:
        return _trimmed(text, start), None
    counts = [u.tokens for u in found]
    shape = [_shape(u.text, n) for u, n in zip(found, counts)]
    table = _tables(found, shape)
    # (a report's numbered section headings, like its tables, are neither prose nor a headline: they cost nothing)
    table = [t or h for t, h in zip(table, _sections(found, shape))]
    headline = [s is None and not t for s, t in zip(shape, table)]
    base = [_run_cost(i, headline) if h else 0.0 if s is None else s
            for i, (s, h) in enumerate(zip(shape, headline))]
    first, last = best_run(base)
    if first < 0:
        return _trimmed(text, start), None
    read = _unit_reader(text)
    unit_words: list[list[str] | None] = [None] * len(found)
    scores = _with_drift(found, base, shape, counts, (first, last), unit_words, read)
    if scores != base:  # the same scores have the same best run
        first, last = best_run(scores)
    if first < 0:
        return _trimmed(text, start), None
    last = _before_contacts(found, scores, first, last)
    body_words: list[str] = []
    for i in range(first, last + 1):
        listed = unit_words[i]
        body_words += read(found[i]) if listed is None else listed
    return (found[first].start, found[last].end), body_words


def _tables(found: list[Unit], shape: list[float | None]) -> list[bool]:
    """Per unit, whether it is a line of a table of figures (scored neither as prose nor as a headline: a
    table between two sections is part of the report, and it never makes a body on its own)."""
    if not any(s is None and set_in_columns(u.text) for u, s in zip(found, shape)):
        return [False] * len(found)  # no line set in columns
    return [t and s is None for t, s in zip(table_lines([u.text for u in found]), shape)]


def _sections(found: list[Unit], shape: list[float | None]) -> list[bool]:
    """Per unit, whether it is a numbered section heading of a report (layout.section_headings)."""
    if not any(s is None and u.text[:1].isdigit() for u, s in zip(found, shape)):
        return [False] * len(found)
    return [h and s is None for h, s in zip(section_headings([u.text for u in found], [s is not None for s in shape]),
                                              shape)]


def _before_contacts(found: list[Unit], scores: list[float], first: int, last: int) -> int:
    """`last`, or the last unit before a contacts block that closes the run first..last (a release's or a
    situation report's "CONTACTS ... Tel: ... Email: ..."), labels right above that block left out too."""
    tail = max(first + 1, last - CONTACT_TAIL_UNITS)  # the block never starts the body
    at = contacts_start([u.text for u in found[tail : last + 1]])
    if at < 0:
        return last
    end = tail + at - 1
    while end > first and scores[end] < 0:
        end -= 1
    return end


def _unit_reader(text: str) -> Callable[[Unit], list[str]]:
    """words(u.text) for units of `text`; plain text is lowered once and read by the units' offsets."""
    plain = plain_reader(text)
    if plain is None:
        return lambda u: words(u.text)
    return lambda u: plain(u.start, u.end)


def _trimmed(text: str, start: int) -> tuple[int, int]:
    stripped = text[start:].strip()
    if not stripped:
        return start, start
    s = text.index(stripped[0], start)
    return s, s + len(stripped)


def shape_score(line: str) -> float | None:
    """Prose weight of a line by its shape, or None when it looks like a headline or label."""
    return _shape(line, len(line.split()))


def _shape(line: str, n: int) -> float | None:
    """shape_score of a line of `n` whitespace-separated tokens."""
    if 1 < n <= CAPS_MAX_WORDS and _mostly_capitals(line):
        return None  # ALL CAPS: a banner, a section label or a shouted headline
    end = _tail(line).rstrip(_CLOSERS)
    if n >= MIN_SENTENCE_WORDS and end.endswith(_STOPS):
        return float(n)
    if n >= MIN_LEAD_IN_WORDS and end.endswith(_LEAD_IN):
        return float(n)
    if n >= LONG_LINE_WORDS and _function_share(line) >= LONG_LINE_FUNCTION_SHARE:
        return n / 2
    return None


def _mostly_capitals(line: str) -> bool:
    if line.isascii():  # letters are A-Z and a-z: count them with two byte deletions
        data = line.encode("ascii")
        upper = len(data) - len(data.translate(None, _UPPER_ASCII))
        letters = upper + len(data) - len(data.translate(None, _LOWER_ASCII))
        return letters > 0 and upper > CAPS_SHARE * letters
    alpha = [c for c in line if c.isalpha()]
    return bool(alpha) and sum(c.isupper() for c in alpha) > CAPS_SHARE * len(alpha)


def _function_share(line: str) -> float:
    found = words(line)
    if not found:
        return 0.0
    fw = function_words()
    return sum(w in fw for w in found) / len(found)


def _run_cost(i: int, headline: list[bool]) -> float:
    lo, hi = max(0, i - RUN_WINDOW), min(len(headline), i + RUN_WINDOW + 1)
    neighbours = sum(headline[lo:hi]) - 1
    return -HEADLINE_COST * (1 + neighbours)


def best_run(scores: list[float]) -> tuple[int, int]:
    """Indices (first, last) of the maximum-sum contiguous run; (-1, -1) if no score is positive."""
    best, best_span = 0.0, (-1, -1)
    total, begin = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, begin = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (begin, i)
    return best_span


def content_stems(line: str) -> set[str]:
    """Stems of the line's content words (not function words, at least 3 letters)."""
    return _stems(words(line))


class _StemMemo(dict[str, str]):
    """word -> its stem, or "" for a function word or a word under 3 letters; filled on first sight and
    bounded at STEM_MEMO words (dict and set operations stay in C: no per-word Python work on a hit)."""

    def __missing__(self, word: str) -> str:
        stem = word[:STEM_CHARS] if len(word) >= 3 and word not in function_words() else ""
        if len(self) < STEM_MEMO:
            self[word] = stem
        return stem


_STEM_OF: Final = _StemMemo()


def _stems(listed: list[str]) -> set[str]:
    """Stems of the content words among `listed` (lowercased words)."""
    found = set(map(_STEM_OF.__getitem__, listed))
    found.discard("")
    return found


def _with_drift(found: list[Unit], base: list[float], shape: list[float | None], counts: list[int],
                core: tuple[int, int], unit_words: list[list[str] | None],
                read: Callable[[Unit], list[str]]) -> list[float]:
    """Scores with prose that shares (almost) nothing with the core run turned into a cost.

    The words of each unit read for its stems are kept in `unit_words` (the body's language is read next).
    """
    first, last = core
    if last - first + 1 < DRIFT_MIN_CORE_UNITS:
        return base
    # Stems are read only for the core (its vocabulary) and for prose (judged against it).
    stems: list[set[str]] = []
    vocabulary: set[str] = set()  # stems of the core
    repeated: set[str] = set()  # stems of two or more core units
    # Per core unit, how many of its stems an earlier core unit has: a floor for what it shares with the
    # rest of the core, enough to clear most units without counting (drifting needs few shared stems).
    floor = [0] * len(found)
    for i, u in enumerate(found):
        if shape[i] is not None or first <= i <= last:
            unit_words[i] = listed = read(u)
            unit_stems = _stems(listed)
            if first <= i <= last:
                earlier = vocabulary & unit_stems
                floor[i] = len(earlier)
                repeated |= earlier
                vocabulary |= unit_stems
            stems.append(unit_stems)
        else:
            stems.append(set())
    head = _head_stems(found, shape, first, unit_words, read)
    # Shared with the core: a stem the core or the headline uses, or for a core unit, one another core
    # unit or the headline uses too.
    elsewhere = repeated | head
    vocabulary |= head
    scores = list(base)
    drifting = kept = 0.0  # prose words of the core that drift and that do not
    for i, s in enumerate(shape):
        if s is None or not stems[i] or not _drifts(counts[i], len(stems[i]), floor[i]):
            if s is not None and first <= i <= last:
                kept += s
            continue
        shared = len(stems[i] & elsewhere) if first <= i <= last else len(stems[i] & vocabulary)
        if _drifts(counts[i], len(stems[i]), shared) and (counts[i] <= SHORT_SENTENCE_WORDS
                                                           or _addresses_reader(unit_words[i] or [])):
            scores[i] = -DRIFT_WEIGHT * s if s > SHORT_SENTENCE_WORDS else -1.0
            if first <= i <= last:
                drifting += s
        elif first <= i <= last:
            kept += s
    # Furniture is a minority of the page's prose: when most of the core drifts from the rest, its paragraphs
    # simply vary their words (a short opinion piece moving from the victims to an earlier disaster).
    return base if drifting and drifting >= kept else scores


def _head_stems(found: list[Unit], shape: list[float | None], first: int,
                unit_words: list[list[str] | None], read: Callable[[Unit], list[str]]) -> set[str]:
    """Stems of the headline-like units (headline, byline, label) among the HEAD_UNITS units above the core."""
    head: set[str] = set()
    for i in range(max(0, first - HEAD_UNITS), first):
        if shape[i] is None:
            unit_words[i] = listed = read(found[i])
            head |= _stems(listed)
    return head


# Page furniture speaks to the reader ("We use cookies ... your preferences", "Sign up for our newsletter"); an
# article's own paragraph that moves on to another subject (a last paragraph on what comes next, an aside on an
# older disaster) does not. A drifting prose unit is cut only with one of these words.
_READER_WORDS: Final = frozenset("""you your yours cookies cookie newsletter subscribe subscription subscribers
sign click tap download app privacy advertising advertisement ads consent browser settings terms login log register
account premium offer follow share""".split())


def _addresses_reader(listed: list[str]) -> bool:
    return any(w in _READER_WORDS for w in listed)


def _drifts(n_words: int, n_content: int, shared: int) -> bool:
    """Whether a unit sharing `shared` of its `n_content` stems is off-topic (never more so as `shared` grows)."""
    if n_words <= SHORT_SENTENCE_WORDS:
        return shared == 0
    return n_content >= DRIFT_MIN_CONTENT and shared / n_content <= DRIFT_MAX_SHARE
