"""Hand-made inline SVG for the report: a figure's values by publication date, and the text-reuse graph.

Every string that reaches the SVG passes through `markupsafe.escape`; the result is returned as
`Markup` so the template inserts it as is. No external references (fonts, images, stylesheets).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from markupsafe import Markup, escape

# Chart geometry (px): wide enough for a printed page column, short enough to scan.
WIDTH, HEIGHT = 780, 230
LEFT, RIGHT, TOP, BOTTOM = 64, 250, 24, 36
# Label geometry for collision avoidance (px, 11px font), minimum gap between date ticks, legend rows,
# series colours.
CHAR_W, LABEL_H = 6.5, 13
TICK_GAP = 78
LEGEND_ROWS = 9
SERIES_COLOURS = 6
# The reuse graph draws at most this many documents; past it the list below the graph carries the pairs.
MAX_GRAPH_NODES = 60
LABEL_CHARS = 22
NODE_RADIUS = 14


@dataclass(frozen=True)
class Point:
    """One report of one value: when it was published, the number it stands for, its bounds, a label."""

    when: date
    y: float
    low: float | None
    high: float | None
    open_up: bool  # "at least", "more than", vague plurals: the bound is a floor
    label: str
    title: str
    series: int  # index of the value within its figure (same colour for the same value)


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    sub: str
    href: str


@dataclass(frozen=True)
class Edge:
    earlier: str
    later: str
    strong: bool
    title: str


def parse_date(published: str | None) -> date | None:
    """ISO date at any precision, placed mid-period ('2020' -> 1 July 2020, '2020-02' -> 15 Feb)."""
    if not published:
        return None
    parts = published[:10].split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _short(s: str, n: int = LABEL_CHARS) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def _attr(x: object) -> str:
    return str(escape(str(x)))


def timeline(points: Sequence[Point], series: Sequence[str], caption: str) -> Markup:
    """Values by publication date: one dot per report (reports of one value on one date share a dot),
    bars for stated ranges, an arrow for floors, each dot labelled with its value; a legend per value."""
    if not points:
        return Markup("")
    days = [p.when.toordinal() for p in points]
    d0, d1 = min(days), max(days)
    if d0 == d1:
        d0, d1 = d0 - 1, d1 + 1
    top = max(max(p.y, p.high or 0, p.low or 0) for p in points) * 1.15 or 1.0
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(d: int) -> float:
        return LEFT + (d - d0) / (d1 - d0) * plot_w

    def y(v: float) -> float:
        return TOP + plot_h - v / top * plot_h

    out = [f'<svg class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
           f'aria-label="{_attr(caption)}"><title>{escape(caption)}</title>']
    out += _axes(points, x, y, top)
    merged = _merged(points)
    taken = [(x(p.when.toordinal()) - 6, y(p.y) - 6, x(p.when.toordinal()) + 6, y(p.y) + 6) for p in merged]
    for p in merged:
        px, py = x(p.when.toordinal()), y(p.y)
        out.append(f'<g class="pt s{p.series % SERIES_COLOURS}"><title>{escape(p.title)}</title>')
        if p.low is not None and p.high is not None and p.high > p.low:
            out.append(f'<line class="bar" x1="{px:.1f}" x2="{px:.1f}" y1="{y(p.low):.1f}" y2="{y(p.high):.1f}"/>')
        if p.open_up:
            out.append(f'<path class="floor" d="M{px - 5:.1f},{py - 9:.1f} L{px:.1f},{py - 16:.1f} L{px + 5:.1f},{py - 9:.1f}"/>')
        label = _short(p.label, 16)
        lx, ly = _free_slot(taken, px + 8, py + 4, len(label) * CHAR_W)
        out.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="5"/>'
                   f'<text x="{lx:.1f}" y="{ly:.1f}">{escape(label)}</text></g>')
    out += _legend(series)
    out.append("</svg>")
    return Markup("".join(out))


def _merged(points: Sequence[Point]) -> list[Point]:
    """Reports of the same value on the same date become one dot whose tooltip names them all."""
    groups: dict[tuple[date, int], list[Point]] = {}
    for p in points:
        groups.setdefault((p.when, p.series), []).append(p)
    return [replace(ps[0], title="; ".join(q.title for q in ps)) for ps in groups.values()]


def _free_slot(taken: list[tuple[float, float, float, float]], x: float, y: float, w: float) -> tuple[float, float]:
    """A label position (x, baseline) near the dot that overlaps no dot and no earlier label: to the right,
    else below, else to the left; greedy. `taken` holds boxes (x0, y0, x1, y1) and receives the label's."""
    def free(bx: float, by: float) -> bool:
        return all(bx + w <= t0 or bx >= t1 or by <= u0 or by - LABEL_H >= u1 for t0, u0, t1, u1 in taken)

    tries = [(x, y + k * LABEL_H) for k in range(6)] + [(x - w - 16, y + k * LABEL_H) for k in range(6)]
    bx, by = next(((a, b) for a, b in tries if free(a, b)), tries[0])
    taken.append((bx, by - LABEL_H, bx + w, by))
    return bx, by


def _legend(series: Sequence[str]) -> list[str]:
    out = []
    lx = WIDTH - RIGHT + 60
    for i, label in enumerate(series[:LEGEND_ROWS]):
        ly = TOP + 8 + i * 18
        out.append(f'<g class="pt s{i % SERIES_COLOURS}"><circle cx="{lx}" cy="{ly}" r="5"/>'
                   f'<text x="{lx + 10}" y="{ly + 4}">{escape(_short(label, 30))}</text></g>')
    return out


def _axes(points: Sequence[Point], fx: Callable[[int], float], fy: Callable[[float], float], top: float) -> list[str]:
    base = HEIGHT - BOTTOM
    out = [f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{base}" y2="{base}"/>',
           f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{base}"/>']
    for v in (0.0, top / 1.15 / 2, top / 1.15):
        out.append(f'<text class="tick" x="{LEFT - 6}" y="{fy(v) + 4:.1f}" text-anchor="end">{number_tick(v)}</text>')
    last = -1e9
    for d in sorted({p.when for p in points}):
        tx = fx(d.toordinal())
        if tx - last < TICK_GAP:
            continue
        last = tx
        out.append(f'<text class="tick" x="{tx:.1f}" y="{base + 16}" text-anchor="middle">{d.isoformat()}</text>')
    return out


def number_tick(v: float) -> str:
    return f"{v:,.0f}" if v >= 10 or v == 0 else f"{v:.2g}"


def _short_of(fx: float, fy: float, tx: float, ty: float, by: float) -> tuple[float, float]:
    """The point `by` px before (tx, ty) on the way from (fx, fy): arrows stop at the node's rim."""
    d = math.hypot(tx - fx, ty - fy) or 1.0
    return tx - (tx - fx) / d * by, ty - (ty - fy) / d * by


def reuse_graph(nodes: Sequence[Node], edges: Sequence[Edge]) -> Markup:
    """Documents left to right by publication date; arrows from the earlier to the later document,
    solid and thick for strong reuse, dashed for weak. Each node links to its document section."""
    if not nodes or not edges:
        return Markup("")
    nodes = list(nodes)[:MAX_GRAPH_NODES]
    col = {n.id: i for i, n in enumerate(nodes)}
    step = max(110, (WIDTH - 80) / max(1, len(nodes) - 1)) if len(nodes) > 1 else 0
    width = int(80 + step * (len(nodes) - 1) + 80)
    height = 240
    pos = {n.id: (60 + col[n.id] * step, 70 if col[n.id] % 2 == 0 else 170) for n in nodes}
    out = [f'<svg class="reuse" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="text reuse graph"><title>Text reuse: earlier document to later document</title>',
           '<defs><marker id="arrow-strong" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>'
           '<marker id="arrow-weak" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>']
    for e in edges:
        if e.earlier not in pos or e.later not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e.earlier], pos[e.later]
        cls = "strong" if e.strong else "weak"
        cx, cy = (x1 + x2) / 2, (min(y1, y2) - 45 if y1 == y2 else (y1 + y2) / 2)
        ex, ey = _short_of(cx, cy, x2, y2, NODE_RADIUS + 3)
        out.append(f'<path class="edge {cls}" d="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}" '
                   f'marker-end="url(#arrow-{cls})"><title>{escape(e.title)}</title></path>')
    for n in nodes:
        x, y = pos[n.id]
        out.append(f'<a href="#{_attr(n.href)}"><g class="node"><title>{escape(n.id)}</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{NODE_RADIUS}"/>'
                   f'<text x="{x:.1f}" y="{y + 30:.1f}" text-anchor="middle">{escape(_short(n.label))}</text>'
                   f'<text class="sub" x="{x:.1f}" y="{y + 44:.1f}" text-anchor="middle">{escape(n.sub)}</text></g></a>')
    out.append("</svg>")
    return Markup("".join(out))
