"""Ledger build time and peak memory for 1,000 / 10,000 (/ 100,000 with --big) generated documents.

    .venv/bin/python benchmarks/bench_ledger.py [--sizes 1000 10000] [--big] [--runs 3]

Documents are generated (seeded, deterministic): each belongs to one of N/40 events (a place and a date),
opens with a dated lead naming its town, carries 8-14 sentences of varied prose from a 6,000-word
pseudo-vocabulary, and about one in eight copies a 40-60 word passage of an earlier report of its event
(sometimes with a number edited). Three claims per document (killed, wounded, missing) point at numbers
in its text. Documents are streamed to build_ledger (never all held), and `text_of` regenerates a text
on demand, as a store would read it back. Each size runs in a fresh child process so peak RSS is its own;
the time is the median of --runs runs of build_ledger alone (generation excluded).

Side by side: what a user without LSH would do, aligning every pair with difflib (the time of 300
sampled pairs extrapolated to all N(N-1)/2 pairs).

Last, the growth per tenfold corpus between consecutive sizes: 10x is linear, 1x is flat (time should be
near 10x; peak RSS, with LSH band hashes spilled to disk past a budget, should stay well under it).
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import statistics
import subprocess
import sys
import time
from difflib import SequenceMatcher
from typing import Iterator

from claimledger.claims.model import Claim
from claimledger.documents.model import Document
from claimledger.ledger.build import build_ledger

DOCS_PER_EVENT = 40
COPY_RATE = 0.125
SYL = ["ka", "lo", "mi", "ra", "ten", "dus", "vor", "eli", "pan", "qui", "sor", "bel", "tam", "nix", "ub", "ost"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def vocabulary(n: int = 6000) -> list[str]:
    rng = random.Random(7)
    words = {"".join(rng.choice(SYL) for _ in range(rng.randint(1, 3))) for _ in range(n * 2)}
    return sorted(words)[:n]


VOCAB = vocabulary()


def sentence(rng: random.Random) -> str:
    words = [VOCAB[min(int(rng.paretovariate(0.8)) - 1, len(VOCAB) - 1)] if rng.random() < 0.5
             else rng.choice(VOCAB) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize() + "."


def passage(event: int) -> str:
    rng = random.Random(event * 7919)
    return " ".join(sentence(rng) for _ in range(3))


def text(i: int) -> tuple[str, int, list[int]]:
    """Document i's text, its event, and its three figures."""
    rng = random.Random(i)
    event = i // DOCS_PER_EVENT
    erng = random.Random(event)
    place = "".join(erng.choice(SYL) for _ in range(3)).capitalize()
    day, month, year = erng.randint(1, 28), erng.choice(MONTHS), erng.randint(1990, 2024)
    killed = erng.randint(5, 900) + (rng.randint(0, 3) if rng.random() < 0.2 else 0)
    figures = [killed, killed * 2 + 1, erng.randint(1, 99)]
    w = [rng.choice(VOCAB) for _ in range(6)]
    parts = [f"On {month} {day}, {year}, {w[0]} {w[1]} struck the town of {place} {w[2]}.",
             f"{w[3].capitalize()} said {figures[0]} people were killed {w[4]} {figures[1]} wounded {w[5]} "
             f"{figures[2]} missing."]
    body = [sentence(rng) for _ in range(rng.randint(8, 14))]
    if rng.random() < COPY_RATE:
        body.insert(rng.randint(0, len(body)), passage(event))
    return " ".join(parts + body), event, figures


def published(i: int) -> str:
    event = i // DOCS_PER_EVENT
    erng = random.Random(event)
    year = erng.randint(1990, 2024)
    return f"{year}-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}"


def documents(n: int) -> Iterator[Document]:
    for i in range(n):
        t, _, _ = text(i)
        yield Document(id=f"d{i}", text=t, source=f"d{i}", published=published(i), published_precision="day")


def claims(n: int) -> list[Claim]:
    out = []
    for i in range(n):
        t, _, figures = text(i)
        at = 0
        for measure, value in zip(("killed", "wounded", "missing"), figures):
            at = t.index(str(value), at)
            out.append(Claim(id=f"c{len(out) + 1}", document=f"d{i}", measure=measure, subgroup=None, unit="people",
                             value=value, low=value, high=value, qualifier="exact", event="main", parent=None,
                             attribution=None, text=str(value), start=at, end=at + len(str(value)), sentence="",
                             number_start=at, number_end=at + len(str(value))))
            at += len(str(value))
    return out


def one(n: int, runs: int) -> None:
    """Child process: build the ledger `runs` times, print seconds, peak RSS MB, events, reuse pairs."""
    cs = claims(n)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        ledger = build_ledger(documents(n), cs, text_of=lambda d: text(int(d[1:]))[0])
        times.append(time.perf_counter() - t0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    strong = sum(1 for r in ledger.reuse if r.strength == "strong")
    print(f"{statistics.median(times):.3f} {peak / 1024:.1f} {(peak - base) / 1024:.1f} {len(ledger.events)} {strong}")


def all_pairs_seconds(n: int, sample: int = 300) -> float:
    """Time a user would spend aligning every pair with difflib, from a sample of pairs."""
    rng = random.Random(1)
    t0 = time.perf_counter()
    for _ in range(sample):
        a, b = rng.randrange(n), rng.randrange(n)
        SequenceMatcher(None, text(a)[0].split(), text(b)[0].split(), autojunk=False).get_matching_blocks()
    per_pair = (time.perf_counter() - t0) / sample
    return per_pair * n * (n - 1) / 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--big", action="store_true", help="also run 100,000 documents (several minutes on one core)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(args.one, args.runs)
        return
    sizes = args.sizes + ([100_000] if args.big else [])
    print(f"{'documents':>10} {'build s':>9} {'s/1k docs':>10} {'peak RSS MB':>12} {'RSS growth MB':>14} "
          f"{'events':>7} {'strong reuse':>13} {'all-pairs difflib s (est.)':>27}")
    rows: list[tuple[int, float, float, float]] = []
    for n in sizes:
        runs = 1 if n >= 100_000 else args.runs
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--runs", str(runs)],
                             capture_output=True, text=True, check=True).stdout.split()
        secs, peak, growth, events, strong = float(out[0]), float(out[1]), float(out[2]), out[3], out[4]
        rows.append((n, secs, peak, growth))
        print(f"{n:>10,} {secs:>9.2f} {secs / n * 1000:>10.3f} {peak:>12.1f} {growth:>14.1f} {events:>7} {strong:>13} "
              f"{all_pairs_seconds(n):>27,.0f}", flush=True)
    print_growth(rows)


def per_10x(small: float, large: float, n_small: int, n_large: int) -> float:
    """How much a figure multiplies when the corpus grows tenfold (10.0: linear; 1.0: flat)."""
    if small <= 0 or large <= 0:
        return float("nan")
    return (large / small) ** (math.log(10) / math.log(n_large / n_small))


def print_growth(rows: list[tuple[int, float, float, float]]) -> None:
    """Growth per 10x documents between consecutive sizes: time, peak RSS, and RSS above the start."""
    if len(rows) < 2:
        return
    print(f"\n{'from':>10} {'to':>10} {'time x/10x docs':>16} {'peak RSS x/10x':>15} {'RSS growth x/10x':>17}")
    for (n1, t1, p1, g1), (n2, t2, p2, g2) in zip(rows, rows[1:]):
        print(f"{n1:>10,} {n2:>10,} {per_10x(t1, t2, n1, n2):>16.2f} {per_10x(p1, p2, n1, n2):>15.2f} "
              f"{per_10x(g1, g2, n1, n2):>17.2f}")

if __name__ == "__main__":
    main()
