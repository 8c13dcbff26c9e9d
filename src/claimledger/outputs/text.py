"""Words for ledger values shared by every human-readable output: numbers, qualifiers, figure lines.

The wording attributes and never adjudicates: a line says which reports state which value and how
the values relate (the ledger's status word); it never says which value is right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from claimledger.claims.model import QUALIFIER_WORDS
from claimledger.ledger.model import DatedFigure, DocumentInfo, Figure, Value


# Units that read as a suffix on the number rather than as a word after it.
UNIT_SUFFIX = {"percent": "%"}

# Units left unsaid: a count of people is the default reading of a casualty figure.
SILENT_UNITS = {"people", ""}

# The policies in the order the ledger describes them, with the words a reader sees.
POLICY_WORDS = {
    "range": "range",
    "conservative": "conservative",
    "independent_majority": "independent majority",
    "latest": "latest",
}


def number(x: float | int | None) -> str:
    """1275 -> '1,275'; 2.5 -> '2.5'; 3.0 -> '3'; None -> '?'."""
    if x is None:
        return "?"
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    if isinstance(x, int):
        return f"{x:,}"
    return f"{x:,.6g}" if abs(x) >= 1000 else f"{x:.6g}"


@lru_cache(maxsize=1)
def _vague_words() -> dict[float, str]:
    """Lower bound -> the plural word that implies it ('hundreds'), from the claims lexicon."""
    from claimledger.claims.lexicon import lexicon

    out: dict[float, str] = {}
    for word, low in lexicon().get("vague", {}).items():
        out.setdefault(float(low), word)
    return out


def vague_word(low: float | int | None) -> str:
    """The vague plural a lower bound stands for: 200 -> 'hundreds'; unknown -> 'many (at least N)'."""
    if low is None:
        return "an unstated number"
    word = _vague_words().get(float(low))
    return word if word else f"many (at least {number(low)})"


def value_text(v: Value | Any, unit: str = "people", with_unit: bool = True) -> str:
    """A value as a reader would say it: 'about 2,000', 'at least 45', '40–50 homes', 'hundreds', '60%'."""
    q = v.qualifier
    word = f" {measure_words(unit)}" if with_unit and unit not in SILENT_UNITS and unit not in UNIT_SUFFIX else ""
    if q == "vague":
        return vague_word(v.low) + (f" of{word}" if word else "")
    if q == "range" or (v.value is None and v.low is not None and v.high is not None):
        body = f"{number(v.low)}\u2013{number(v.high)}"
    else:
        shown = v.value if v.value is not None else (v.low if v.low is not None else v.high)
        body = f"{QUALIFIER_WORDS.get(q, q.replace('_', ' '))} {number(shown)}".strip()
    return body + UNIT_SUFFIX.get(unit, "") + word


# Words whose letters a reader expects in capitals.
_CAPITALS = {"us": "US", "uk": "UK", "un": "UN", "eu": "EU"}


def measure_words(measure: str) -> str:
    return " ".join(_CAPITALS.get(w, w) for w in measure.split("_"))


def figure_label(f: Figure | Any) -> str:
    """'Killed (children)': the measure and its subgroup (the unit goes with each value)."""
    label = measure_words(f.measure).capitalize()
    return label + (f" ({measure_words(f.subgroup)})" if f.subgroup else "")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def support_text(v: Value) -> str:
    """'3 reports, 2 independent' or '1 report' (independence only means something past one report)."""
    n = len(v.documents)
    if n <= 1:
        return plural(n, "report")
    return f"{plural(n, 'report')}, {v.independent} independent"


def status_words(status: str) -> str:
    return {"single": "single source"}.get(status, status)


def figure_line(f: Figure) -> str:
    """'Wounded: 487 (3 reports, 2 independent) / 475 (1 report) — conflict'."""
    values = " / ".join(f"{value_text(v, f.unit)} ({support_text(v)})" for v in f.values)
    line = f"{figure_label(f)}: {values} \u2014 {status_words(f.status)}"
    if f.earlier:  # "rose to 14 from 11": what the same reports give as the figure's earlier values
        line += "; given as earlier values: " + " / ".join(
            f"{value_text(v, f.unit)} ({plural(len(v.documents), 'report')})" for v in f.earlier)
    return line


def dated_label(what: str) -> str:
    return what[:1].upper() + what[1:]


def dated_line(d: DatedFigure) -> str:
    """'Campaign launched: 2008 (1 report) / 2009 (1 report) — conflict'."""
    values = " / ".join(f"{v.date} ({plural(len(v.documents), 'report')})" for v in d.values)
    return f"{dated_label(d.what)}: {values} \u2014 {status_words(d.status)}"


def policy_value(x: Any, unit: str = "people") -> str:
    """A policy's conclusion: a number, a [low, high] range, or 'no single value' (ties, no numbers);
    with its unit when it is not people ('36 hours' and '2 days' must not read alike)."""
    suffix = UNIT_SUFFIX.get(unit) or ("" if unit in SILENT_UNITS else f" {measure_words(unit)}")
    if x is None:
        return "no single value"
    if isinstance(x, (list, tuple)) and len(x) == 2:
        lo, hi = x
        return number(lo) + suffix if lo == hi else f"{number(lo)}\u2013{number(hi)}{suffix}"
    if isinstance(x, (int, float)):
        return number(x) + suffix
    return str(x)


def policies_line(f: Figure) -> str:
    """'range 475–487 · conservative 487 · independent majority 487 · latest 487'."""
    names = list(POLICY_WORDS) + [k for k in f.policies if k not in POLICY_WORDS]
    parts = [f"{POLICY_WORDS.get(k, k.replace('_', ' '))} {policy_value(f.policies[k], f.unit)}"
             for k in names if k in f.policies]
    return " \u00b7 ".join(parts)


def year(published: str | None) -> str | None:
    return published[:4] if published and published[:4].isdigit() else None


def claimant(info: DocumentInfo | None, doc_id: str) -> str:
    """Who states a value, as a citation: 'AZERTAC, 2012', or the document id when the outlet is unknown."""
    name = (info.outlet if info and info.outlet else None) or doc_id
    when = year(info.published) if info else None
    return f"{name}, {when}" if when else name


def claimants(doc_ids: Iterable[str], infos: Mapping[str, DocumentInfo]) -> list[str]:
    """Distinct claimants of a value, in the ledger's document order."""
    return list(dict.fromkeys(claimant(infos.get(d), d) for d in doc_ids))


def value_of_claim(f: Figure, claim_id: str) -> Value | None:
    """The value of a figure that a claim supports (for edited-figure lines)."""
    return next((v for v in f.values if claim_id in v.claims), None)


def edited_line(f: Figure, earlier: str, later: str, who_earlier: str | None = None,
                who_later: str | None = None) -> str:
    """'221 [c20] (Radio, 2025) in a passage copied from an earlier report (NWS, 2025) that states 212 [c7]'."""
    a, b = value_of_claim(f, earlier), value_of_claim(f, later)
    was = value_text(a, f.unit) if a else "?"
    now = value_text(b, f.unit) if b else "?"
    by_later = f" ({who_later})" if who_later else ""
    by_earlier = f" ({who_earlier})" if who_earlier else ""
    return f"{now} [{later}]{by_later} in a passage copied from an earlier report{by_earlier} that states {was} [{earlier}]"
