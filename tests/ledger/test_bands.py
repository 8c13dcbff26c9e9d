"""Reuse candidates: batched window MinHashes equal datasketch's, spilled band hashes give the same pairs."""

from __future__ import annotations

import os
import random

import numpy as np
import pytest

from claimledger.ledger import bands
from claimledger.ledger.bands import BandStore, _minhash, bucket_pairs, signatures, window_starts
from claimledger.ledger.reuse import ReuseIndex

from .texts import OWN_A, OWN_B, SOURCE, UNRELATED


def _words(rng: random.Random, n: int) -> list[str]:
    pool = ["river", "bank", "levee", "crews", "pumped", "overnight", "council", "said", "the", "water", "rose", "487"]
    return [rng.choice(pool) for _ in range(n)]


@pytest.mark.parametrize("n", [4, 5, 6, 7, 12, 13, 18, 19, 25, 61, 200])
def test_bands_signatures_equal_datasketch_window_by_window(n: int) -> None:
    words = _words(random.Random(n), n)
    expected = np.array([_minhash(words[i:i + bands.WINDOW_WORDS]) for i in window_starts(n)])
    got = signatures(words)
    assert got.shape == expected.shape
    assert (got == expected).all()


def test_bands_bucket_pairs_once_per_bucket_and_not_in_crowded_buckets() -> None:
    crowd = bands.MAX_BUCKET_DOCS + 1
    h = np.array([7, 7, 7, 9, 9, 3] + [11] * crowd, dtype=np.uint64)
    d = np.array([2, 5, 2, 5, 2, 1] + list(range(100, 100 + crowd)), dtype=np.uint32)
    codes = sorted(bucket_pairs(h, d).tolist())
    # bucket 7 (document 2 twice, 5) and bucket 9 both pair 2 with 5; bucket 3 is alone; bucket 11 is a formula
    assert codes == [(2 << 32) | 5, (2 << 32) | 5]


def _index(texts: dict[str, str], spill_entries: int | None = None) -> ReuseIndex:
    index = ReuseIndex(0.5, spill_entries=spill_entries)
    for doc_id, text in texts.items():
        index.add(doc_id, text)
    return index


def test_bands_spilled_partitions_give_the_same_hits_and_are_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {"a": SOURCE, "b": UNRELATED, "c": OWN_A + SOURCE, "d": OWN_B + SOURCE + OWN_A, "e": OWN_B}
    in_memory = _index(texts).hits()
    monkeypatch.setattr(bands, "BATCH_ENTRIES", 64)  # many small batches, each spilled at once
    index = _index(texts, spill_entries=1)
    spilled_dir = index._store._dir
    assert spilled_dir is not None and os.listdir(spilled_dir)
    assert index.hits() == in_memory
    assert index.hits() == in_memory  # reading the spilled partitions does not consume them
    assert ("a", "c") in in_memory and ("a", "b") not in in_memory
    index.close()
    assert not os.path.exists(spilled_dir)


def test_bands_store_routes_a_document_longer_than_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bands, "BATCH_ENTRIES", 4)
    store = BandStore()
    store.add(np.array([1, 2, 3], dtype=np.uint64), 0)
    store.add(np.arange(10, dtype=np.uint64) << np.uint64(60), 1)
    store.add(np.array([3], dtype=np.uint64), 2)
    got = sorted(zip(*(np.concatenate(x).tolist() for x in zip(*store.partitions()))))
    assert got == sorted([(1, 0), (2, 0), (3, 0), *((i << 60, 1) for i in range(10)), (3, 2)])
