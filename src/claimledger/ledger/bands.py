"""Reuse candidates: MinHash-LSH band hashes of document windows, held compactly and bucketed into pairs."""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from functools import lru_cache
from typing import Iterator

import numpy as np
from datasketch import MinHash
from datasketch.hashfunc import sha1_hash32

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
# A band bucket shared by more documents than this is a formula every outlet prints (a slogan, a standard
# casualty sentence, a disclaimer), not a copy: skipping it keeps candidate pairs linear in the corpus.
# A story copied by more outlets is still found through its other, less common windows.
MAX_BUCKET_DOCS = 50
# Band hashes are split by their top bits into this many partitions; buckets never straddle two, so
# they are sorted one partition at a time (the sort's scratch memory is 1/256 of the corpus's hashes).
PARTITION_BITS = 8
# (band hash, document) entries, 12 bytes each, gathered before they are sorted into partitions ...
BATCH_ENTRIES = 1 << 20
# ... and held in memory before the partitions go to temporary files (about 48 MB, some 10,000 news
# articles): past it, memory stays flat however large the corpus, at the cost of one write and one read.
SPILL_ENTRIES = 4_000_000

_U64 = np.uint64


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """One MinHash whose permutations every window reuses (drawing them costs more than hashing)."""
    return MinHash(num_perm=NUM_PERM)


def _minhash(words: list[str]) -> np.ndarray:
    """One window's MinHash values, through datasketch's own update (the reference for _signatures)."""
    t = _template()
    m = MinHash(num_perm=NUM_PERM, permutations=t.permutations, scheme=t.scheme)
    n = max(1, len(words) - SHINGLE_WORDS + 1)
    m.update_batch([" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(n)])
    return m.hashvalues


def window_starts(n_words: int) -> range:
    """First word of each window: WINDOW_WORDS long, stride half of it, the last one reaching the end."""
    return range(0, max(1, n_words - WINDOW_WORDS // 2), WINDOW_WORDS // 2)


def _affine(hv: np.ndarray) -> np.ndarray:
    """datasketch's affine32 permutations of 32-bit shingle hashes, one row per shingle (as update_batch)."""
    from datasketch.minhash import _fmix

    a, b = _template().permutations
    return _fmix(hv, 32)[:, None] * a + b


def _signatures_batched(words: list[str]) -> np.ndarray:
    """Every window's MinHash values at once: each shingle hashed once, each window the minimum over
    its run of shingles (windows overlap, so the runs are reduced at interleaved start/end indices)."""
    n_sh = len(words) - SHINGLE_WORDS + 1
    shingles = [" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(n_sh)]
    phv = _affine(np.array([sha1_hash32(s) for s in shingles], dtype=np.uint32))
    starts = list(window_starts(len(words)))
    ends = [min(i + WINDOW_WORDS - SHINGLE_WORDS + 1, n_sh) for i in starts]
    padded = np.vstack([phv, _template().hashvalues[None, :]])  # a last row for the final end index
    mins = np.minimum.reduceat(padded, [x for pair in zip(starts, ends) for x in pair], axis=0)[::2]
    return np.minimum(mins, _template().hashvalues)


@lru_cache(maxsize=1)
def _batched_matches_datasketch() -> bool:
    """True when the batched computation gives datasketch's values (checked once; else windows go one by one)."""
    words = [f"w{i % 23}x{i}" for i in range(40)]
    try:
        batched = _signatures_batched(words)
    except (ImportError, AttributeError, TypeError, ValueError):  # pragma: no cover - other datasketch
        return False
    reference = [_minhash(words[i:i + WINDOW_WORDS]) for i in window_starts(len(words))]
    return batched.shape == (len(reference), NUM_PERM) and bool((batched == np.array(reference)).all())


def signatures(words: list[str]) -> np.ndarray:
    """MinHash values of each window of a document of at least SHINGLE_WORDS words: (windows, NUM_PERM)."""
    if _batched_matches_datasketch():
        return _signatures_batched(words)
    return np.array([_minhash(words[i:i + WINDOW_WORDS]) for i in window_starts(len(words))])  # pragma: no cover


def bands(threshold: float) -> tuple[int, int]:
    """(bands, rows) for an LSH at `threshold`, as datasketch's MinHashLSH would choose them."""
    try:
        from datasketch.lsh import _optimal_param

        b, r = _optimal_param(threshold, NUM_PERM, 0.5, 0.5)
        return int(b), int(r)
    except ImportError:  # pragma: no cover - older or newer datasketch
        return NUM_PERM // 4, 4


class BandStore:
    """(band hash, document number) entries, partitioned by hash and spilled to disk past a budget."""

    def __init__(self, spill_entries: int | None = None) -> None:
        self.spill_entries = SPILL_ENTRIES if spill_entries is None else spill_entries
        self._batch_h = np.empty(BATCH_ENTRIES, dtype=np.uint64)  # one reused buffer: no per-document arrays
        self._batch_d = np.empty(BATCH_ENTRIES, dtype=np.uint32)
        self._batched = 0
        self._parts: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in range(1 << PARTITION_BITS)]
        self._held = 0
        self._dir: str | None = None

    def add(self, hashes: np.ndarray, doc: int) -> None:
        k = len(hashes)
        if self._batched + k > BATCH_ENTRIES:
            self._partition()
        if k > BATCH_ENTRIES:  # a document longer than a batch goes straight to the partitions
            self._route(hashes, np.full(k, doc, dtype=np.uint32))
            return
        self._batch_h[self._batched:self._batched + k] = hashes
        self._batch_d[self._batched:self._batched + k] = doc
        self._batched += k

    def _partition(self) -> None:
        if self._batched:
            n, self._batched = self._batched, 0
            self._route(self._batch_h[:n], self._batch_d[:n])

    def _route(self, h: np.ndarray, d: np.ndarray) -> None:
        part = (h >> _U64(64 - PARTITION_BITS)).astype(np.intp)
        order = np.argsort(part, kind="stable")
        cuts = np.searchsorted(part[order], np.arange(1, 1 << PARTITION_BITS))
        for p, idx in enumerate(np.split(order, cuts)):
            if len(idx):
                self._parts[p].append((h[idx], d[idx]))  # copies: the batch buffer is reused
        self._held += len(h)
        if self._held > self.spill_entries:
            self._spill()

    def _spill(self) -> None:
        if self._dir is None:
            self._dir = tempfile.mkdtemp(prefix="claimledger-lsh-")
            weakref.finalize(self, shutil.rmtree, self._dir, True)
        for p, chunks in enumerate(self._parts):
            if chunks:
                with open(self._path(p, "h"), "ab") as fh, open(self._path(p, "d"), "ab") as fd:
                    for h, d in chunks:
                        fh.write(h.tobytes())
                        fd.write(d.tobytes())
                chunks.clear()
        self._held = 0

    def _path(self, p: int, kind: str) -> str:
        return os.path.join(self._dir or "", f"{p}.{kind}")

    def partitions(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Each partition's hashes and documents, one partition in memory at a time."""
        self._partition()
        for p, chunks in enumerate(self._parts):
            hs, ds = [h for h, _ in chunks], [d for _, d in chunks]
            if self._dir is not None and os.path.exists(self._path(p, "h")):
                hs.insert(0, np.fromfile(self._path(p, "h"), dtype=np.uint64))
                ds.insert(0, np.fromfile(self._path(p, "d"), dtype=np.uint32))
            if hs:
                yield np.concatenate(hs), np.concatenate(ds)

    def close(self) -> None:
        """Remove the spilled partitions now (they are removed with the store otherwise)."""
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None
        self._parts = [[] for _ in range(1 << PARTITION_BITS)]
        self._batched = 0


def bucket_pairs(h: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Pairs (x << 32 | y, x < y) of documents sharing a bucket of 2..MAX_BUCKET_DOCS documents, once per bucket."""
    shared = np.zeros(len(h), dtype=bool)  # only hashes seen more than once can pair anything
    order = np.argsort(h, kind="stable")
    same = h[order][1:] == h[order][:-1]
    shared[order[1:][same]] = True
    shared[order[:-1][same]] = True
    h, d = h[shared], d[shared]
    order = np.lexsort((d, h))
    h, d = h[order], d[order]
    first = np.ones(len(h), dtype=bool)
    first[1:] = (h[1:] != h[:-1]) | (d[1:] != d[:-1])  # one entry per (bucket, document)
    h, d = h[first], d[first]
    starts = np.flatnonzero(np.concatenate(([True], h[1:] != h[:-1]))) if len(h) else np.zeros(0, np.intp)
    sizes = np.diff(np.append(starts, len(h)))
    out = [np.zeros(0, dtype=np.uint64)]
    for k in np.unique(sizes[(sizes >= 2) & (sizes <= MAX_BUCKET_DOCS)]).tolist():
        members = d[starts[sizes == k][:, None] + np.arange(k)].astype(np.uint64)  # ascending in each row
        x, y = np.triu_indices(k, 1)
        out.append(((members[:, x] << _U64(32)) | members[:, y]).ravel())
    return np.concatenate(out)
