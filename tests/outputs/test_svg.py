"""Inline SVG: timeline of a contested figure and the reuse graph; labels escaped, no external references."""

from __future__ import annotations

from datetime import date

import pytest

from claimledger.outputs import svg
from claimledger.outputs.svg import Edge, Node, Point

from .html_probe import Probe


def _point(day: int, y: float, label: str, series: int = 0, title: str = "t") -> Point:
    return Point(date(2024, 5, day), y, None, None, False, label, title, series)


def test_svg_timeline_draws_one_dot_per_value_and_date() -> None:
    points = [_point(1, 487, "487"), _point(1, 487, "487", title="other"), _point(3, 475, "475", series=1)]
    out = str(svg.timeline(points, ["487 (2 reports)", "475 (1 report)"], "Wounded by date"))
    probe = Probe(out)
    dots = [g for g in probe.with_class("pt", "g") if g.text.strip()[:3] in ("487", "475")]
    assert len(probe.find("circle")) == 2 + 2  # two dots, two legend entries
    assert {d.text.strip().split()[0] for d in dots} >= {"487", "475"}
    assert "t; other" in out  # reports of one value on one date share a dot and its tooltip
    assert "2024-05-01" in out and "2024-05-03" in out


def test_svg_timeline_escapes_labels() -> None:
    out = str(svg.timeline([_point(1, 5, "<script>alert(1)</script>", title="<img src=x onerror=alert(1)>")],
                           ["<b>x</b>"], "<svg onload=alert(1)>"))
    probe = Probe(out)
    assert {e.tag for e in probe.elements} <= {"svg", "title", "g", "circle", "text", "line", "path"}
    assert not [k for e in probe.elements for k in e.attrs if k.startswith("on")]


def test_svg_timeline_without_dated_points_is_empty() -> None:
    assert str(svg.timeline([], [], "x")) == ""


def test_svg_reuse_graph_styles_strong_and_weak_and_links_nodes() -> None:
    nodes = [Node("a", "Gazette", "2024-05-01", "doc-a"), Node("b", "<i>B</i>", "2024-05-02", "doc-b"),
             Node("c", "C", "undated", "doc-c")]
    edges = [Edge("a", "b", True, "a -> b"), Edge("a", "c", False, "a -> c"), Edge("a", "zz", True, "dropped")]
    probe = Probe(str(svg.reuse_graph(nodes, edges)))
    paths = [e for e in probe.find("path") if "edge" in e.attrs.get("class", "")]
    assert [p.attrs["class"] for p in paths] == ["edge strong", "edge weak"]
    assert [a.attrs["href"] for a in probe.find("a")] == ["#doc-a", "#doc-b", "#doc-c"]
    assert not probe.find("i")


@pytest.mark.parametrize("published, expected", [("2024-05-02", date(2024, 5, 2)), ("2024-05", date(2024, 5, 15)),
                                                 ("2024", date(2024, 7, 1)), ("soon", None), (None, None)])
def test_svg_parse_date_places_coarse_dates_mid_period(published: str | None, expected: date | None) -> None:
    assert svg.parse_date(published) == expected
