"""Claim extraction throughput on a generated news corpus (>= 20 MB), side by side with quantulum3 finding numbers.

    .venv/bin/python benchmarks/bench_extract.py [--mb 20] [--runs 3] [--sample 200]

Documents are built from varied wire-copy templates (our own sentences: disasters, attacks, protests,
epidemics, commemorations, with filler prose). Each run decodes the bytes, builds a Document and extracts
claims from every document in one process (one core); the figure is the median of the runs. quantulum3
parses a sample of the same documents (it is ~100x slower), and only finds numbers, which is the
first step of our job.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

from claimledger.claims.extract import extract_claims
from claimledger.claims.numbers import find_numbers
from claimledger.documents.model import Document

PLACES = ["Marrowby", "the northern province", "Kabul", "coastal Chile", "eastern Libya", "Dhaka", "the capital",
          "Peshawar", "southern Turkey", "the river delta", "Lagos", "the border town", "Sichuan"]
EVENTS = ["earthquake", "flood", "bombing", "cyclone", "landslide", "fire", "stampede", "cholera outbreak", "attack"]
SOURCES = ["police said", "officials said", "the health ministry said", "according to the Red Cross",
           "the UN said on Monday", "a spokesman told Reuters", "local media reported", "rescuers said"]
QUALS = ["", "at least ", "more than ", "nearly ", "about ", "some ", "up to ", "an estimated ", "over "]
NOUNS = ["people", "residents", "civilians", "villagers", "passengers", "workers", "students", "pilgrims"]
FILLER = [
    "The {event} struck shortly before dawn, when most residents were asleep.",
    "Television footage showed collapsed buildings and streets covered in debris.",
    "The government declared three days of national mourning on {day}.",
    "Aid agencies warned that the situation could deteriorate in the coming weeks.",
    "The prime minister visited {place} on {day} and promised to rebuild.",
    "Heavy rain hampered rescue efforts, and roads into {place} remained blocked.",
    "Witnesses described scenes of panic as people tried to flee.",
    "It was the deadliest {event} in the region since 1998, when 4,000 homes were damaged.",
    "Residents said they had received no warning before the {event} hit {place}.",
    "The authorities have opened an investigation into the cause of the {event}.",
    "Neighbouring countries offered assistance, and a team of engineers arrived on {day}.",
    "\"We lost everything,\" said a shopkeeper who asked not to be named.",
    "Schools and markets in {place} stayed closed as the clean-up began.",
    "Critics said the government had ignored repeated warnings about the risks.",
    "Officials in {place} said electricity and water supplies were slowly being restored.",
    "The United Nations called for calm and urged all sides to allow aid to reach {place}.",
]
CLAIMS = [
    "{q}{n} {noun} were killed in the {event} in {place}, {src}.",
    "The death toll from the {event} rose to {n} on {day}, {src}.",
    "The {event} killed {q}{n} {noun} and injured {m} others, {src}.",
    "{Q}{n} people, including {a} children and {b} women, died when the {event} hit {place}.",
    "Police arrested {n} people after clashes in {place} on {day}.",
    "{q}{n} {noun} were evacuated and {m} remain missing, {src}.",
    "Tens of thousands of protesters marched through {place} on {day}.",
    "The {event} destroyed {n} homes and damaged another {m} buildings.",
    "Between {a} and {n} people were feared dead, {src}.",
    "{Q}{n} {noun} were taken hostage, and the fate of {a} of them remains unknown.",
    "The 2004 {event} in {place} killed more than {n} people.",
    "Dozens of people were injured in {place}, {src}.",
    "A magnitude 6.{a} quake hit at 4:{b} a.m., leaving {n} people homeless.",
    "The outbreak has sickened {n} people and killed {a}, {src}.",
]
# Share of sentences that state figures. 0.15 gives ~5,300 numbers per MB, like the seed corpus's
# bodies (5,600 per MB) and a little denser than 181 real news articles of the
# article-extraction-benchmark ground truth (4,600 per MB); the run also measures those articles.
CLAIM_SHARE = 0.15
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sentence(rng: random.Random, template: str) -> str:
    q = rng.choice(QUALS)
    a, b = rng.randint(2, 99), rng.randint(10, 59)
    n = rng.choice([rng.randint(100, 999), rng.randint(1000, 99999)])
    n_text = rng.choice([f"{n:,}", str(n), f"{n:,}".replace(",", "\u00a0")])
    return template.format(q=q, Q=q.capitalize(), n=n_text, m=rng.randint(5, 500), a=a, b=b,
                           noun=rng.choice(NOUNS), event=rng.choice(EVENTS), place=rng.choice(PLACES),
                           src=rng.choice(SOURCES), day=rng.choice(DAYS))


def make_document(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = [_sentence(rng, rng.choice(CLAIMS if rng.random() < CLAIM_SHARE else FILLER))
                     for _ in range(rng.randint(2, 4))]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def make_corpus(megabytes: float, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    docs, size = [], 0
    while size < megabytes * 1_000_000:
        raw = make_document(rng).encode("utf-8")
        docs.append(raw)
        size += len(raw)
    return docs


def build_kind() -> str:
    """Which build of the rule modules runs: `pip install .` compiles them with mypyc, `pip install -e .` not."""
    import claimledger.claims.extract as module

    return "compiled with mypyc" if not module.__file__ or not module.__file__.endswith(".py") else "plain Python"


def interpreter() -> str:
    """Which Python runs the benchmark: builds of one version differ by 10-15% on the same code (a
    distribution's python3 is usually built with profile-guided optimisation; pyenv's default build is not)."""
    import platform

    return f"Python {platform.python_version()} at {sys.executable}"


def run_extract(corpus: list[bytes]) -> tuple[float, int]:
    start = time.perf_counter()
    claims = 0
    for i, raw in enumerate(corpus):
        doc = Document(id=f"doc{i}.txt", text=raw.decode("utf-8"), source="bench")
        claims += len(extract_claims(doc))
    return time.perf_counter() - start, claims


def real_news(shared: Path) -> list[bytes]:
    """Article bodies of the article-extraction-benchmark ground truth (181 real news pages), if present."""
    path = shared / "external" / "article-extraction-benchmark" / "ground-truth.json"
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [v["articleBody"].encode("utf-8") for v in data.values()]


def run_quantulum(sample: list[bytes]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        start = time.perf_counter()
        for raw in sample:
            parser.parse(raw.decode("utf-8"))
        return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sample", type=int, default=40, help="documents quantulum3 parses")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    corpus = make_corpus(args.mb)
    total = sum(len(d) for d in corpus) / 1_000_000
    numbers = sum(len(find_numbers(d.decode("utf-8"))) for d in corpus[:500])
    sample_size = sum(len(d) for d in corpus[:500]) / 1_000_000
    print(f"claimledger build: {build_kind()}")
    print(f"corpus: {len(corpus)} documents, {total:.1f} MB (generated, seed 7), "
          f"{numbers / sample_size:.0f} numbers per MB")
    times, claims = [], 0
    for _ in range(args.runs):
        elapsed, claims = run_extract(corpus)
        times.append(elapsed)
    t = statistics.median(times)
    ours = total / t
    print(f"claimledger extract: {ours:.2f} MB/s per core, {len(corpus) / t:.0f} docs/s, {claims} claims "
          f"(median of {args.runs} runs: {', '.join(f'{x:.1f}s' for x in times)})")
    news = real_news(args.shared)
    if news:
        news_mb = sum(len(d) for d in news) / 1_000_000
        news_times = [run_extract(news * 5)[0] for _ in range(args.runs)]
        nt = statistics.median(news_times)
        print(f"claimledger extract on real news (181 article-extraction-benchmark bodies x5, {5 * news_mb:.1f} MB): "
              f"{5 * news_mb / nt:.2f} MB/s per core, {5 * len(news) / nt:.0f} docs/s (median of {args.runs} runs)")
    sample = corpus[:args.sample]
    sample_mb = sum(len(d) for d in sample) / 1_000_000
    q_times = [run_quantulum(sample) for _ in range(max(1, min(args.runs, 3)))]
    qt = statistics.median(q_times)
    theirs = sample_mb / qt
    print(f"quantulum3 parse (numbers only, {len(sample)} docs, {sample_mb:.2f} MB): {theirs:.3f} MB/s per core, "
          f"{len(sample) / qt:.1f} docs/s (median of {len(q_times)} runs)")
    print(f"ratio claimledger / quantulum3: {ours / theirs:.0f}x")


if __name__ == "__main__":
    main()
