"""Our HTML path on the article-extraction-benchmark (181 real news pages), beside plain trafilatura.

Scores are the benchmark's own: word tokens (\\w+), 4-token shingles counted with multiplicity, per-page
TP/FP/FN normalised to sum 1, precision and recall averaged over pages, F1 from the two averages
(as its evaluate.py does, without the bootstrap). Speed is MB of HTML per second on one core (this
process), the median of several runs. Run:

    .venv/bin/python benchmarks/bench_html.py [--shared ../shared] [--runs 3]

Rows: "ours" = claimledger.documents.readers.html.html_document (bytes -> decode -> trafilatura with our
EXTRACT_OPTIONS: no comments, favor_precision, metadata -> finish(); F1 on Document.body_text; our
speed includes decoding, metadata (title, date, site: about a quarter of our time) and finish());
"trafilatura defaults" = trafilatura.extract(html) on the decoded string;
"trafilatura as published" = extract(html, include_comments=False), the call behind its 0.958 F1 in
the benchmark's README (trafilatura 2.0.0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claimledger.documents.model import Document
from claimledger.documents.readers.html import html_document
from claimledger.settings import Settings

PUBLISHED_F1 = 0.958  # trafilatura 2.0.0 in the benchmark's README
SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def load_pages(root: Path) -> list[tuple[str, bytes, str]]:
    """(item id, HTML bytes, gold article body) for every page of the benchmark."""
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((root / "html").glob("*.html.gz")):
        item = path.name.split(".")[0]
        pages.append((item, gzip.decompress(path.read_bytes()), gold[item].get("articleBody", "")))
    return pages


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)) if tokens[i : i + SHINGLE])


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) over shingles of one page."""
    gold, got = _shingles(true), _shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))


def score(golds: list[str], preds: list[str]) -> dict[str, float]:
    counts = [page_counts(t, p) for t, p in zip(golds, preds)]
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    accuracy = statistics.mean(float(_TOKEN.findall(t) == _TOKEN.findall(p)) for t, p in zip(golds, preds))
    return {"f1": 2 * precision * recall / (precision + recall), "precision": precision, "recall": recall,
            "accuracy": accuracy}


def ours(settings: Settings) -> Callable[[bytes], str]:
    def run(data: bytes) -> str:
        item = html_document(data, "page.html", "page.html", settings)
        return item.body_text if isinstance(item, Document) else ""
    return run


def trafilatura_call(**options: Any) -> Callable[[bytes], str]:
    from trafilatura import extract

    def run(data: bytes) -> str:
        return extract(data.decode("utf-8"), **options) or ""  # the benchmark's pages are UTF-8
    return run


def measure(extract: Callable[[bytes], str], pages: list[tuple[str, bytes, str]], runs: int) -> tuple[dict[str, float], float]:
    """Scores of the first run and the median MB/s over `runs` runs on this one core."""
    megabytes = sum(len(p[1]) for p in pages) / 1e6
    speeds, preds = [], []
    for _ in range(runs):
        started = time.perf_counter()
        preds = [extract(data) for _, data, _ in pages]
        speeds.append(megabytes / (time.perf_counter() - started))
    return score([p[2] for p in pages], preds), statistics.median(speeds)


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    pages = load_pages(args.shared / "external" / "article-extraction-benchmark")
    size = sum(len(p[1]) for p in pages) / 1e6
    print(f"article-extraction-benchmark: {len(pages)} pages, {size:.1f} MB of HTML; median of {args.runs} runs, 1 core")
    systems = {
        "ours (html_document)": ours(Settings()),
        "trafilatura defaults": trafilatura_call(),
        "trafilatura as published": trafilatura_call(include_comments=False),
    }
    results = {name: measure(run, pages, args.runs) for name, run in systems.items()}
    print(f"  {'system':<26} {'F1':>6} {'prec':>6} {'recall':>6} {'exact':>6} {'MB/s':>6}")
    for name, (metrics, speed) in results.items():
        print(f"  {name:<26} {metrics['f1']:>6.3f} {metrics['precision']:>6.3f} {metrics['recall']:>6.3f} "
              f"{metrics['accuracy']:>6.3f} {speed:>6.2f}")
    ours_f1, ours_speed = results["ours (html_document)"][0]["f1"], results["ours (html_document)"][1]
    base_f1, base_speed = results["trafilatura defaults"][0]["f1"], results["trafilatura defaults"][1]
    print(f"  ours vs trafilatura defaults: F1 {ours_f1 - base_f1:+.3f}, speed x{ours_speed / base_speed:.2f}")
    print(f"  ours vs trafilatura's published F1 {PUBLISHED_F1}: {ours_f1 - PUBLISHED_F1:+.3f}")


if __name__ == "__main__":
    main()
