"""Text reuse between documents: MinHash-LSH candidates over passage shingles, then token alignment."""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import numpy as np
from datasketch import MinHash

from claimledger.ledger.model import Passage, Reuse
from claimledger.ledger.status import period

# Band collisions a pair needs before alignment (one is enough: alignment then decides).
MIN_WINDOW_HITS = 1
# A band bucket shared by more documents than this is a formula every outlet prints (a slogan, a standard
# casualty sentence, a disclaimer), not a copy: skipping it keeps candidate pairs linear in the corpus.
# A story copied by more outlets is still found through its other, less common windows.
MAX_BUCKET_DOCS = 50
# Words per shingle: 4-word shingles rarely repeat by chance in news prose but survive light edits.
SHINGLE_WORDS = 4
# Documents are cut into windows of this many words (stride half of it) before hashing, so one or two
# copied sentences inside a long article are found even though whole-document Jaccard is tiny: any
# copied run of 18+ words holds a whole window. (20-word windows missed a two-sentence copy in the seed
# corpus; 60-word windows missed every copy.)
WINDOW_WORDS = 12
NUM_PERM = 64
# LSH Jaccard threshold between windows; Settings.reuse_threshold overrides. 0.5 finds a window that
# shares about half its shingles: a copied paragraph with a few words changed.
DEFAULT_THRESHOLD = 0.5
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


@dataclass(frozen=True)
class Body:
    """What reuse needs of a document: id, publication date, body offsets in its text."""

    id: str
    published: str | None
    start: int
    end: int | None = None  # None: the text given is the body itself


def tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Lower-cased word tokens with their character offsets (shifted by `offset`)."""
    return [(m.group().lower(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def _windows(words: list[str]) -> Iterator[list[str]]:
    step = WINDOW_WORDS // 2
    for i in range(0, max(1, len(words) - step), step):
        yield words[i:i + WINDOW_WORDS]


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """One MinHash whose permutations every window reuses (drawing them costs more than hashing)."""
    return MinHash(num_perm=NUM_PERM)


def _minhash(words: list[str]) -> MinHash:
    t = _template()
    m = MinHash(num_perm=NUM_PERM, permutations=t.permutations, scheme=t.scheme)
    n = max(1, len(words) - SHINGLE_WORDS + 1)
    m.update_batch([" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(n)])
    return m


def _bands(threshold: float) -> tuple[int, int]:
    """(bands, rows) for an LSH at `threshold`, as datasketch's MinHashLSH would choose them."""
    try:
        from datasketch.lsh import _optimal_param

        b, r = _optimal_param(threshold, NUM_PERM, 0.5, 0.5)
        return int(b), int(r)
    except ImportError:  # pragma: no cover - older or newer datasketch
        return NUM_PERM // 4, 4


class ReuseIndex:
    """LSH over window MinHashes, kept compact: each window's band hashes go into flat arrays
    (16 bytes per band, where datasketch's MinHashLSH dictionaries take ~4 KB per window), and candidate
    pairs come from one sort of the band hashes at the end. Add documents one at a time (a stream)."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.b, self.r = _bands(threshold)
        self._mix = np.random.RandomState(3).randint(1, 2**61, size=self.r, dtype=np.uint64) | np.uint64(1)
        self._salt = np.arange(self.b, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        self._hashes = array("Q")
        self._docs = array("I")
        self.ids: list[str] = []

    def add(self, doc_id: str, body: str) -> None:
        words = [t[0] for t in tokens(body)]
        if len(words) < SHINGLE_WORDS:
            return
        n = len(self.ids)
        self.ids.append(doc_id)
        for w in _windows(words):
            hv = _minhash(w).hashvalues[: self.b * self.r].astype(np.uint64).reshape(self.b, self.r)
            with np.errstate(over="ignore"):
                banded = (hv * self._mix).sum(axis=1, dtype=np.uint64) ^ self._salt
            self._hashes.extend(banded.tolist())
            self._docs.extend([n] * self.b)

    def hits(self) -> dict[tuple[str, str], int]:
        """Document pairs sharing a band bucket, with how many (window, band) collisions they share."""
        h = np.frombuffer(self._hashes, dtype=np.uint64) if self._hashes else np.zeros(0, np.uint64)
        d = np.frombuffer(self._docs, dtype=np.uint32) if self._docs else np.zeros(0, np.uint32)
        order = np.argsort(h, kind="stable")
        h, d = h[order], d[order]
        cuts = np.flatnonzero(np.diff(h)) + 1
        starts, ends = np.concatenate(([0], cuts)), np.concatenate((cuts, [len(h)]))
        pairs: dict[tuple[int, int], int] = {}
        for a, e in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
            docs = sorted(set(d[a:e].tolist()))
            if len(docs) < 2 or len(docs) > MAX_BUCKET_DOCS:
                continue
            for x in range(len(docs)):
                for y in range(x + 1, len(docs)):
                    pairs[(docs[x], docs[y])] = pairs.get((docs[x], docs[y]), 0) + 1
        return {(self.ids[x], self.ids[y]): k for (x, y), k in pairs.items()}

    def candidates(self) -> list[tuple[str, str]]:
        """Pairs whose windows collided at least MIN_WINDOW_HITS times."""
        return sorted(tuple(sorted(p)) for p, k in self.hits().items() if k >= MIN_WINDOW_HITS)  # type: ignore[misc]


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


def _count(toks: list[tuple[str, int, int]], span: tuple[int, int]) -> int:
    return sum(1 for t in toks if span[0] <= t[1] and t[2] <= span[1])


def find_reuse(bodies: Iterable[Body], pairs: Iterable[tuple[str, str]], text_of: Callable[[str], str]) -> list[Reuse]:
    """Align each candidate pair; `text_of(id)` returns a document's text (its body when Body.end is None)."""
    by_id = {b.id: b for b in bodies}

    @lru_cache(maxsize=TEXT_CACHE)  # pairs come sorted: the same document recurs
    def tokens_of(body: Body) -> Tokens:
        text = text_of(body.id)
        return tokens(text if body.end is None else text[body.start:body.end], body.start)

    found = [compare(by_id[x], by_id[y], tokens_of) for x, y in pairs]
    return sorted((r for r in found if r is not None), key=lambda r: (r.earlier, r.later))
