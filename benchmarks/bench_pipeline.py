"""End-to-end ingest throughput (read, decode, body and metadata, claims, framing, dated facts, SQLite writes).

    .venv/bin/python benchmarks/bench_pipeline.py [--mb 20] [--runs 3] [--sample 40]

The corpus is generated from the same varied wire-copy templates as bench_extract.py (our own sentences),
written as one .txt file per document into a temporary folder, then ingested with `claimledger.api.ingest`
into a fresh SQLite file store on one core. Also times each stage alone on the same documents, so the
bottleneck is visible, and quantulum3 finding numbers on a sample (the alternative a user would reach
for, which does only the first step of the job). Figures are medians of the runs.

It measures the claimledger it imports and says which build that is: a development install
(`pip install -e .`) runs the plain Python sources; `pip install .` runs the rule modules compiled with
mypyc, which is what users get, e.g. `python3 -m venv /tmp/bench && /tmp/bench/bin/pip install ".[bench]"
&& /tmp/bench/bin/python benchmarks/bench_pipeline.py` (run from outside the repository's src/).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import build_kind, interpreter, make_corpus, real_news, run_quantulum  # noqa: E402

from claimledger import api  # noqa: E402
from claimledger.claims.extract import extract_claims  # noqa: E402
from claimledger.documents.model import Document  # noqa: E402
from claimledger.documents.read import read_paths  # noqa: E402
from claimledger.framing.tagger import tag_document  # noqa: E402
from claimledger.settings import Settings  # noqa: E402
from claimledger.store.sqlite import Store  # noqa: E402


def write_corpus(folder: Path, corpus: list[bytes]) -> None:
    for i, raw in enumerate(corpus):
        (folder / f"report-{i:06d}.txt").write_bytes(raw)


def write_news(folder: Path, bodies: list[bytes], copies: int) -> float:
    """Real news bodies as .txt files, each `copies` times with a closing line of its own (so no copy is
    the same text as another); returns the megabytes written."""
    size = 0
    for c in range(copies):
        for i, raw in enumerate(bodies):
            data = raw + f"\n\nEdition {c + 1}.\n".encode()
            (folder / f"news-{c:02d}-{i:04d}.txt").write_bytes(data)
            size += len(data)
    return size / 1_000_000


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ingest_once(folder: Path, jobs: int = 1) -> float:
    with tempfile.TemporaryDirectory() as db_dir:
        settings = Settings(progress=False, db=f"sqlite:///{db_dir}/bench.db", jobs=jobs)
        with Store(settings.db) as store:
            return timed(lambda: api.ingest([str(folder)], store, settings))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sample", type=int, default=40, help="documents quantulum3 parses")
    ap.add_argument("--jobs", type=int, default=2, help="also time ingest with this many extraction workers")
    ap.add_argument("--news-copies", type=int, default=6,
                    help="copies of the 181 real news bodies (article-extraction-benchmark) also ingested")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    corpus = make_corpus(args.mb)
    total = sum(len(d) for d in corpus) / 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, corpus)
        print(f"claimledger build: {build_kind()}; {interpreter()}")
        print(f"corpus: {len(corpus)} .txt files, {total:.1f} MB (generated, seed 7)")
        ingest = [ingest_once(folder) for _ in range(args.runs)]
        parallel = [ingest_once(folder, args.jobs) for _ in range(args.runs)] if args.jobs > 1 else []
        docs = [d for d in read_paths([folder], Settings(progress=False)) if isinstance(d, Document)]
        stages = {
            "read (decode, body, metadata)": lambda: sum(1 for _ in read_paths([folder], Settings(progress=False))),
            "claims": lambda: [extract_claims(d) for d in docs],
            "framing": lambda: [tag_document(d) for d in docs],
        }
        stage_times = {name: statistics.median(timed(fn) for _ in range(args.runs)) for name, fn in stages.items()}
    news = real_news(args.shared)
    news_line = ""
    if news and args.news_copies > 0:
        with tempfile.TemporaryDirectory() as tmp:
            news_mb = write_news(Path(tmp), news, args.news_copies)
            nt = statistics.median(ingest_once(Path(tmp)) for _ in range(args.runs))
        count = len(news) * args.news_copies
        news_line = (f"claimledger ingest end to end on real news ({len(news)} article-extraction-benchmark bodies "
                     f"x{args.news_copies}, {news_mb:.1f} MB, .txt): {news_mb / nt:.2f} MB/s per core, "
                     f"{count / nt:.0f} docs/s (median of {args.runs} runs)")
    t = statistics.median(ingest)
    ours = total / t
    print(f"claimledger ingest end to end: {ours:.2f} MB/s per core, {len(corpus) / t:.0f} docs/s "
          f"(median of {args.runs} runs: {', '.join(f'{x:.1f}s' for x in ingest)})")
    if parallel:
        tp = statistics.median(parallel)
        print(f"claimledger ingest --jobs {args.jobs} (wall clock, whole machine): {total / tp:.2f} MB/s, "
              f"{len(corpus) / tp:.0f} docs/s, {t / tp:.2f}x one process")
    if news_line:
        print(news_line)
    for name, st in stage_times.items():
        print(f"  stage {name}: {total / st:.2f} MB/s per core ({st:.1f}s)")
    sample = corpus[:args.sample]
    sample_mb = sum(len(d) for d in sample) / 1_000_000
    qt = statistics.median(run_quantulum(sample) for _ in range(max(1, min(args.runs, 3))))
    theirs = sample_mb / qt
    print(f"quantulum3 parse (numbers only, {len(sample)} docs, {sample_mb:.2f} MB): {theirs:.3f} MB/s per core")
    print(f"ratio claimledger ingest end to end / quantulum3 numbers only: {ours / theirs:.0f}x")


if __name__ == "__main__":
    main()
