"""Text reuse between documents: MinHash-LSH candidates over passage shingles, then token alignment."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Mapping

import numpy as np

from claimledger.ledger.bands import DEFAULT_THRESHOLD, SHINGLE_WORDS, BandStore, bands, bucket_pairs, signatures
from claimledger.ledger.model import Passage, Reuse
from claimledger.ledger.status import period

# Band collisions a pair needs before alignment (one is enough: alignment then decides).
MIN_WINDOW_HITS = 1
# An aligned run shorter than this many tokens is a stock phrase ("613 people were killed"), not reuse.
MIN_BLOCK_TOKENS = 5
# A k-gram repeated more often than this in one text is a refrain; only its first places are aligned.
MAX_REPEATS = 4
# Runs separated by at most this many differing tokens form one passage (an edited number, a
# changed adjective stays inside the passage).
MAX_GAP_TOKENS = 4
# A passage of at least this many tokens is a copied sentence (or a long clause), not a stock formula:
# formulas every outlet repeats ("On the night of February 25-26, 1992", "including 106 women, 63
# children and 70 elderly") align as runs of 5-9 tokens. A pair without such a passage is not reported.
LONG_PASSAGE_TOKENS = 10
# A pair is "strong" reuse when it shares at least this many long passages: one shared sentence can be
# a quoted slogan or a common press-release line (weak), two or more is copying. Calibrated on the seed
# gold (copied pairs share 2-14 passages of 10+ tokens; the weak pair and slogan lists share one) and the
# hand-made pairs in tests/ledger/test_reuse.py.
STRONG_PASSAGES = 2
# ... or when one passage alone is this long: a copied paragraph (two or more full sentences, where a
# quoted slogan list or a single shared sentence stays under ~20 tokens).
STRONG_PASSAGE_TOKENS = 30

# Bodies kept in memory while aligning candidate pairs (sorted pairs reuse the first document).
TEXT_CACHE = 256

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Body:
    """What reuse needs of a document: id, publication date, body offsets in its text."""

    id: str
    published: str | None
    start: int
    end: int | None = None  # None: the text given is the body itself


def tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Lower-cased word tokens with their character offsets (shifted by `offset`)."""
    return [(m.group().lower(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def words(text: str) -> list[str]:
    """The lower-cased word tokens of `text`, without offsets (what the index hashes)."""
    return [w.lower() for w in _TOKEN.findall(text)]


class ReuseIndex:
    """LSH over window MinHashes, kept compact: each window's band hashes (8 bytes a band, with a 4-byte
    document number) go into a BandStore, where datasketch's MinHashLSH dictionaries take ~4 KB per window,
    and candidate pairs come from sorting the band hashes at the end, one partition at a time. Add
    documents one at a time (a stream); memory past BandStore's budget is on disk."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, spill_entries: int | None = None) -> None:
        self.b, self.r = bands(threshold)
        self._mix = np.random.RandomState(3).randint(1, 2**61, size=self.r, dtype=np.uint64) | np.uint64(1)
        self._salt = np.arange(self.b, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        self._store = BandStore(spill_entries)
        self.ids: list[str] = []

    def add(self, doc_id: str, body: str) -> None:
        ws = words(body)
        if len(ws) < SHINGLE_WORDS:
            return
        hv = signatures(ws)[:, : self.b * self.r].astype(np.uint64).reshape(-1, self.b, self.r)
        with np.errstate(over="ignore"):
            banded = (hv * self._mix).sum(axis=2, dtype=np.uint64) ^ self._salt
        self._store.add(banded.ravel(), len(self.ids))
        self.ids.append(doc_id)

    def _codes(self) -> tuple[np.ndarray, np.ndarray]:
        """Distinct pair codes (x << 32 | y, document numbers x < y) and their (window, band) collisions."""
        found = [bucket_pairs(h, d) for h, d in self._store.partitions()]
        codes = np.concatenate(found) if found else np.zeros(0, dtype=np.uint64)
        return np.unique(codes, return_counts=True)

    def hits(self) -> dict[tuple[str, str], int]:
        """Document pairs sharing a band bucket, with how many (window, band) collisions they share."""
        codes, counts = self._codes()
        return {self._ids(c): k for c, k in zip(codes.tolist(), counts.tolist())}

    def _ids(self, code: int) -> tuple[str, str]:
        return self.ids[code >> 32], self.ids[code & 0xFFFFFFFF]

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Candidate pairs (collided at least MIN_WINDOW_HITS times), grouped by their first document."""
        codes, counts = self._codes()
        for c in codes[counts >= MIN_WINDOW_HITS].tolist():
            yield self._ids(c)

    def candidates(self) -> list[tuple[str, str]]:
        """The candidate pairs, each as sorted ids, sorted."""
        return sorted(tuple(sorted(p)) for p in self.pairs())  # type: ignore[misc]

    def close(self) -> None:
        self._store.close()


def align(a: list[tuple[str, int, int]], b: list[tuple[str, int, int]]) -> list[Passage]:
    """Passages shared by two token lists, as character offsets in each original text.

    Runs of shared MIN_BLOCK_TOKENS-grams on one diagonal are matched blocks (linear time, unlike
    difflib's quadratic search); the longest blocks are kept without overlap, then blocks in order with
    small gaps on both sides are merged into passages."""
    blocks = _blocks([t[0] for t in a], [t[0] for t in b])
    passages: list[Passage] = []
    run: list[tuple[int, int, int]] = []
    for blk in blocks:
        if run and not _continues(run[-1], blk):
            passages.append(_passage(run, a, b))
            run = []
        run.append(blk)
    if run:
        passages.append(_passage(run, a, b))
    return passages


def _continues(prev: tuple[int, int, int], blk: tuple[int, int, int]) -> bool:
    gap_a, gap_b = blk[0] - (prev[0] + prev[2]), blk[1] - (prev[1] + prev[2])
    return 0 <= gap_a <= MAX_GAP_TOKENS and 0 <= gap_b <= MAX_GAP_TOKENS


def _blocks(wa: list[str], wb: list[str]) -> list[tuple[int, int, int]]:
    """Non-overlapping shared runs (start in a, start in b, length), in b's order."""
    k = MIN_BLOCK_TOKENS
    where: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(wa) - k + 1):
        where.setdefault(tuple(wa[i:i + k]), []).append(i)
    runs: dict[tuple[int, int], int] = {}  # (a start - b start, end in b) -> run start in b
    found: list[tuple[int, int, int]] = []
    for j in range(len(wb) - k + 1):
        for i in where.get(tuple(wb[j:j + k]), ())[:MAX_REPEATS]:
            start = runs.pop((i - j, j - 1), j)
            runs[(i - j, j)] = start
    for (diag, end), start in runs.items():
        found.append((start + diag, start, end - start + k))
    found.sort(key=lambda r: -r[2])
    used_a: set[int] = set()
    used_b: set[int] = set()
    kept = []
    for ia, ib, n in found:
        if used_a.isdisjoint(range(ia, ia + n)) and used_b.isdisjoint(range(ib, ib + n)):
            kept.append((ia, ib, n))
            used_a.update(range(ia, ia + n))
            used_b.update(range(ib, ib + n))
    return sorted(kept, key=lambda r: r[1])


def _passage(run: list[tuple[int, int, int]], a: list[tuple[str, int, int]], b: list[tuple[str, int, int]]) -> Passage:
    (a0, b0, _), (a1, b1, n1) = run[0], run[-1]
    return Passage(earlier=(a[a0][1], a[a1 + n1 - 1][2]), later=(b[b0][1], b[b1 + n1 - 1][2]))


def _order(x: Body, y: Body) -> tuple[Body, Body, str]:
    """(earlier, later, how) from publication dates; a tie or an unknown date says so."""
    px, py = period(x.published), period(y.published)
    if px and py and px[1] < py[0]:
        return x, y, "published"
    if px and py and py[1] < px[0]:
        return y, x, "published"
    return (x, y, "tie") if x.id <= y.id else (y, x, "tie")


Tokens = list[tuple[str, int, int]]


def compare(x: Body, y: Body, tokens_of: Callable[[Body], Tokens]) -> Reuse | None:
    """The reuse between two candidate documents, or None when no passage survives alignment."""
    earlier, later, how = _order(x, y)
    te, tl = tokens_of(earlier), tokens_of(later)
    passages = align(te, tl)
    if not passages:
        return None
    sizes = [_count(tl, p.later) for p in passages]
    long_ones = sum(1 for n in sizes if n >= LONG_PASSAGE_TOKENS)
    if not long_ones:
        return None
    score = round(sum(sizes) / max(1, min(len(te), len(tl))), 3)
    strong = long_ones >= STRONG_PASSAGES or max(sizes) >= STRONG_PASSAGE_TOKENS
    strength = "strong" if strong else "weak"
    return Reuse(earlier=earlier.id, later=later.id, score=score, strength=strength,
                 passages=tuple(passages), direction_from=how)


def whole_copy(x: Body, y: Body, spans: Mapping[str, tuple[int, int]]) -> Reuse:
    """Two reports with the very same body: one copies the other, however short the text."""
    earlier, later, how = _order(x, y)
    return Reuse(earlier=earlier.id, later=later.id, score=1.0, strength="strong",
                 passages=(Passage(earlier=spans[earlier.id], later=spans[later.id]),), direction_from=how)


def with_copies(reuse: list[Reuse], copies: Iterable[tuple[str, str]], bodies: Mapping[str, Body],
                spans: Mapping[str, tuple[int, int]]) -> list[Reuse]:
    """`reuse` plus a strong reuse for each pair of identical bodies that alignment did not already call strong
    (alignment needs passages of some length; a syndicated two-line item is still a copy)."""
    strong = {frozenset((r.earlier, r.later)) for r in reuse if r.strength == "strong"}
    extra = [whole_copy(bodies[a], bodies[b], spans) for a, b in copies if frozenset((a, b)) not in strong]
    if not extra:
        return reuse
    replaced = {frozenset((r.earlier, r.later)) for r in extra}
    kept = [r for r in reuse if frozenset((r.earlier, r.later)) not in replaced]
    return sorted(kept + extra, key=lambda r: (r.earlier, r.later))


def _count(toks: list[tuple[str, int, int]], span: tuple[int, int]) -> int:
    return sum(1 for t in toks if span[0] <= t[1] and t[2] <= span[1])


def find_reuse(bodies: Iterable[Body] | Mapping[str, Body], pairs: Iterable[tuple[str, str]], text_of: Callable[[str], str]) -> list[Reuse]:
    """Align each candidate pair; `text_of(id)` returns a document's text (its body when Body.end is None)."""
    by_id = bodies if isinstance(bodies, Mapping) else {b.id: b for b in bodies}

    @lru_cache(maxsize=TEXT_CACHE)  # pairs come grouped by their first document: it recurs
    def tokens_of(body: Body) -> Tokens:
        text = text_of(body.id)
        return tokens(text if body.end is None else text[body.start:body.end], body.start)

    found = (compare(by_id[x], by_id[y], tokens_of) for x, y in pairs)
    return sorted((r for r in found if r is not None), key=lambda r: (r.earlier, r.later))
