"""Framing tagger throughput (MB/s per core) on generated news text, beside one compiled-regex pass as the floor.

    .venv/bin/python benchmarks/bench_framing.py [--mb 4] [--runs 5] [--fakes PATH-TO-FA-KES-Dataset.csv]

Documents are built from our own sentences: neutral wire copy (figures, attributions, places) mixed with
rhetoric (labels, slogans, superlatives, appeals), about one framed sentence in six, in documents of about
4 KB. Each run tags every document in one process (one core); the figure is the median of the runs. The
floor is what a user would write first: one regex alternation of the lexicon's literal phrases, run once
over the same documents (it finds words, not techniques, groups, slogans or repetition). The claims
extractor targets >= 2 MB/s; the tagger must be faster so it never is the pipeline's bottleneck.

When the FA-KES corpus is beside the repository (804 real articles on the Syrian war from 15 outlets), the
tagger also runs on it: throughput on real news, and the mean framing score per outlet (a sanity check of
precision: wire copy such as Reuters should score lowest).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path

from claimledger.documents.model import Document
from claimledger.framing.lexicon import compiled, lexicon, term_regex
from claimledger.framing.score import document_score
from claimledger.framing.tagger import tag_document

GROUPS = ["Northern", "Valley", "Coastal", "Highland", "Islander", "Eastern", "Riverine", "Plains"]
PLACES = ["Marrowby", "the northern province", "the capital", "the border town", "the river delta", "Port Hale"]
NEUTRAL = [
    "{n} people were killed and {m} wounded in {place}, officials said on Monday.",
    "The ministry published the figures on its website and promised a full inquiry.",
    "Talks between the two delegations resumed in {place} after a three-week pause.",
    "Aid agencies said roads into {place} remained blocked by debris and flood water.",
    "Parliament approved the budget by {n} votes to {m} after a long debate.",
    "The health ministry reported {n} new cases of measles, up from {m} a week earlier.",
    "Police arrested {n} people after clashes near the central market, a spokesman said.",
    "Residents of {place} said electricity was slowly being restored.",
    "\"We lost everything,\" said a shopkeeper who asked not to be named.",
    "The court will hear the case again in March, lawyers for both sides said.",
]
FRAMED = [
    "{g} occupiers committed one of the bloodiest crimes in the history of mankind in {place}.",
    "Protesters chanted “Justice for {place}” and “No to {g} fascism!” outside the embassy.",
    "The {g} nationalists, who stop at nothing including the murder of children, fled.",
    "Our brave soldiers will defend the holy motherland with unprecedented courage.",
    "What they did is no different from the Holocaust, the mayor said.",
    "Everyone knows the so-called experts were wrong from the start.",
    "Can we really trust a government that hid the figures for a year?",
]


def make_documents(mb: float, seed: int = 7) -> list[Document]:
    rnd = random.Random(seed)
    docs, size = [], 0
    while size < mb * 1_000_000:
        sentences = []
        for _ in range(30):
            template = rnd.choice(FRAMED) if rnd.random() < 1 / 6 else rnd.choice(NEUTRAL)
            sentences.append(template.format(n=rnd.randint(2, 900), m=rnd.randint(2, 900), place=rnd.choice(PLACES),
                                             g=rnd.choice(GROUPS)))
        text = "\n\n".join(" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3))
        docs.append(Document(id=f"{len(docs)}.txt", text=text, source="bench"))
        size += len(text.encode("utf-8"))
    return docs


def floor_regex() -> re.Pattern[str]:
    terms = sorted({t for entry in lexicon()["phrases"] for t in entry["terms"]}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(term_regex(t) for t in terms) + r")\b", re.IGNORECASE)


def timed(work: object, docs: list[Document], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for doc in docs:
            work(doc)  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


WORDS = re.compile(r"\w+")
FAKES = Path(__file__).resolve().parents[2] / "shared" / "external" / "fa-kes" / "FA-KES-Dataset.csv"


def fakes_documents(path: Path) -> list[Document]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        return [Document(id=r["unit_id"], text=r["article_content"], source=r["source"]) for r in csv.DictReader(f)]


def report_fakes(path: Path, runs: int) -> None:
    docs = fakes_documents(path)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1_000_000
    seconds = timed(tag_document, docs, runs)
    scores: dict[str, list[float]] = defaultdict(list)
    for doc in docs:
        scores[doc.source].append(document_score(doc, tag_document(doc)).score)
    means = sorted(((statistics.mean(v), k, len(v)) for k, v in scores.items()), reverse=True)
    print(f"FA-KES: {len(docs)} real articles, {mb:.2f} MB: tag_document {mb / seconds:.2f} MB/s")
    print("  mean framing score by outlet: " + ", ".join(f"{k} {m:.3f} (n={n})" for m, k, n in means))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fakes", type=Path, default=FAKES, help="FA-KES CSV (skipped when absent)")
    args = parser.parse_args()
    docs = make_documents(args.mb)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1_000_000
    compiled()  # load and compile the lexicon outside the timed runs
    floor = floor_regex()
    rows = [
        ("tag_document (all rules, merge, repetition)", timed(tag_document, docs, args.runs)),
        ("tag_document + document_score", timed(lambda d: document_score(d, tag_document(d)), docs, args.runs)),
        ("floor: one regex of the lexicon's phrases", timed(lambda d: floor.findall(d.text), docs, args.runs)),
        ("floor: one \\w+ word scan (no cues at all)", timed(lambda d: WORDS.findall(d.text), docs, args.runs)),
    ]
    spans = sum(len(tag_document(d)) for d in docs)
    print(f"{len(docs)} documents, {mb:.2f} MB, {spans} spans; median of {args.runs} runs, one core")
    for name, seconds in rows:
        print(f"  {name:<46} {mb / seconds:7.2f} MB/s  ({seconds:.2f} s)")
    if args.fakes.is_file():
        report_fakes(args.fakes, args.runs)


if __name__ == "__main__":
    main()
