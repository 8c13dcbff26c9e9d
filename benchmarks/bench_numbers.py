"""Our number normaliser on other projects' public test suites, side by side with the library that owns each suite.

Suites (../shared/external, see its README): quantulum3's quantities*.json (plain counts only: gold unit
"dimensionless") and Microsoft Recognizers-Text's English Number specs (NumberModel, PercentModel;
ordinals are out of our scope by design: they are never counts). Run:

    .venv/bin/python benchmarks/bench_numbers.py [--shared ../shared]

quantulum3 runs without its classifier (the installed release has no classifier flag and its
classifier extra is not installed: the same as classifier=False). Recognizers-Text's Python port is `recognizers-text-number` (needs emoji<2).
"""

from __future__ import annotations

import argparse
import json
import re
import warnings
from pathlib import Path
from typing import Any, Callable

from claimledger.claims.nonclaims import nonclaim_reason
from claimledger.claims.numbers import Mention, find_numbers

# Reasons for which our normaliser itself says "not a plain count" (quantulum3 gives these a unit).
NOT_COUNT = {"money", "measurement", "time", "age"}
Found = list[tuple[int, int, float]]  # start, end (exclusive), value


def _ours(text: str) -> list[tuple[Mention, str | None]]:
    return [(m, nonclaim_reason(text, m, 0)) for m in find_numbers(text)]


def _value(m: Mention) -> float | None:
    return float(m.value) if m.value is not None else None


# ---------------------------------------------------------------- quantulum3
def quantulum_cases(shared: Path) -> list[dict[str, Any]]:
    cases = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        cases += json.loads((shared / "external" / "quantulum3" / name).read_text(encoding="utf-8"))
    return cases


def _ours_counts(text: str) -> list[tuple[str, float]]:
    out = []
    for m, reason in _ours(text):
        if reason in NOT_COUNT or m.value is None:
            continue
        out.append((text[m.num_start:m.num_end], float(m.value)))
    return out


def _quantulum_counts(parse: Callable[..., Any], text: str) -> list[tuple[str, float]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parse(text)  # this release has no `classifier` flag; its classifier extra is not installed
    return [(q.surface, float(q.value)) for q in quantities if q.unit.name == "dimensionless"]


def score_counts(cases: list[dict[str, Any]], finder: Callable[[str], list[tuple[str, float]]]) -> dict[str, float]:
    tp = fp = fn = 0
    for case in cases:
        gold = [(q["surface"], float(q["value"])) for q in case["res"] if q.get("unit") == "dimensionless"]
        found = finder(case["req"])
        remaining = list(gold)
        for item in found:
            match = next((g for g in remaining if g[1] == item[1] and g[0].strip() == item[0].strip()), None)
            if match is None:
                fp += 1
            else:
                tp += 1
                remaining.remove(match)
        fn += len(remaining)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"gold": tp + fn, "tp": tp, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


# ---------------------------------------------------------------- recognizers-text
def recognizers_cases(shared: Path) -> dict[str, list[dict[str, Any]]]:
    folder = shared / "external" / "recognizers-text" / "Number"
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
            for name in ("NumberModel", "PercentModel")}


def in_scope(case: dict[str, Any]) -> bool:
    """A count: every gold value a whole non-negative number; no fractions, powers, signs or money in the input."""
    if any(ch in case["Input"] for ch in "/^$€£¥") or re.search(r"\d[eE][+-]?\d|(?:^|\s)-\s*\d", case["Input"]):
        return False
    if re.search(r"\b(?:half|halves|quarters?|thirds?|fourths?|fifths?|\w+ths?|point)\b", case["Input"], re.I):
        return False
    return all(v >= 0 and float(v).is_integer() for *_, v in _gold_found(case))


def _gold_found(case: dict[str, Any]) -> Found:
    out = []
    for r in case["Results"]:
        raw = str(r["Resolution"].get("value", "")).rstrip("%")
        try:
            out.append((int(r["Start"]), int(r["End"]) + 1, float(raw)))
        except ValueError:
            out.append((int(r["Start"]), int(r["End"]) + 1, float("nan")))
    return out


def _ours_found(text: str, percent: bool) -> Found:
    out = []
    for m, reason in _ours(text):
        if m.value is None or (percent and not m.percent):
            continue
        out.append((m.num_start if not percent else m.start, m.end if percent else m.num_end, float(m.value)))
    return out


def _owner_found(text: str, percent: bool) -> Found:
    import recognizers_number as rn

    fn = rn.recognize_percentage if percent else rn.recognize_number
    out = []
    for r in fn(text, rn.Culture.English):
        raw = str((r.resolution or {}).get("value", "")).rstrip("%")
        try:
            out.append((r.start, r.end + 1, float(raw)))
        except ValueError:
            out.append((r.start, r.end + 1, float("nan")))
    return out


def score_cases(cases: list[dict[str, Any]], finder: Callable[[str, bool], Found], percent: bool) -> dict[str, int]:
    strict = values = 0
    for case in cases:
        gold = _gold_found(case)
        try:
            found = finder(case["Input"], percent)
        except Exception:  # the owner's port raises on some inputs; count as wrong
            found = []
        if sorted(found) == sorted(gold):
            strict += 1
        if sorted(v for *_, v in found) == sorted(v for *_, v in gold):
            values += 1
    return {"cases": len(cases), "strict": strict, "values": values}


def _owner_available() -> bool:
    try:
        import recognizers_number  # noqa: F401
    except Exception:
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = ap.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as qparser

    cases = quantulum_cases(args.shared)
    print("quantulum3 suites (plain counts: gold unit 'dimensionless'; value + surface must match)")
    for name, finder in (("claimledger", _ours_counts),
                         ("quantulum3 (no classifier)", lambda t: _quantulum_counts(qparser.parse, t))):
        s = score_counts(cases, finder)
        print(f"  {name:<30} gold={s['gold']:>4} found={s['tp']:>4} P={s['precision']:.3f} "
              f"R={s['recall']:.3f} F1={s['f1']:.3f}")
    print("Recognizers-Text English Number specs, cases within scope (whole non-negative counts; no fractions,")
    print("powers or negatives) / all; strict = same spans and values, values = same values")
    owner = _owner_available()
    for name, full in recognizers_cases(args.shared).items():
        percent = name.startswith("Percent")
        suite = [c for c in full if percent or in_scope(c)]
        not_supported = sum(1 for c in suite if "python" in str(c.get("NotSupported", "")).lower())
        ours = score_cases(suite, _ours_found, percent)
        line = f"  {name:<14} cases={ours['cases']:>4}/{len(full)}  claimledger strict={ours['strict']:>4} values={ours['values']:>4}"
        if owner:
            theirs = score_cases(suite, _owner_found, percent)
            line += f"  | recognizers-text-number strict={theirs['strict']:>4} values={theirs['values']:>4}"
        line += f"  (owner marks {not_supported} NotSupported in python)"
        print(line)


if __name__ == "__main__":
    main()
