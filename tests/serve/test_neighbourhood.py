"""The neighbourhood picture on a resource page: one node per neighbour (at most MAX_NEIGHBOURS), arrows in the
direction of the statement, every label escaped."""

from __future__ import annotations

import re

from pipelines.serve.pages import _templates
from pipelines.serve.svg import MAX_NEIGHBOURS, neighbourhood

LAW = "https://w3id.org/policygraph/id/law/"


def _draw(title: str, neighbours: list[tuple[str, str, str]]) -> str:
    picture = neighbourhood(
        title,
        neighbours,
        label=lambda iri: iri.rsplit("/", 1)[1],
        link=lambda iri: "/id/law/" + iri.rsplit("/", 1)[1] + "?a=1&b=2",
        short=lambda prop: "pg:" + prop.rsplit("#", 1)[1],
    )
    return _templates().get_template("neighbourhood.svg").render(picture=picture)


def test_labels_and_links_are_escaped():
    svg = _draw('<script>alert("x")</script>', [("https://w3id.org/policygraph/ontology#opposes", LAW + "a<b>", "out")])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "a&lt;b&gt;" in svg and 'href="/id/law/a&lt;b&gt;?a=1&amp;b=2"' in svg


def test_arrows_point_the_way_the_statement_goes():
    prop = "https://w3id.org/policygraph/ontology#opposes"
    out_svg, in_svg = (_draw("X", [(prop, LAW + "a", direction)]) for direction in ("out", "in"))
    line = re.compile(r'<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"')
    out_line, in_line = (tuple(map(float, line.search(s).groups())) for s in (out_svg, in_svg))
    assert out_line[1] > out_line[3]  # outgoing: from the middle up to the neighbour (drawn at the top)
    assert in_line == (out_line[2], out_line[3], out_line[0], out_line[1])


def test_at_most_max_neighbours_are_drawn():
    prop = "https://w3id.org/policygraph/ontology#regulates"
    svg = _draw("X", [(prop, LAW + f"l{i}", "out") for i in range(MAX_NEIGHBOURS + 3)])
    assert svg.count("<line") == MAX_NEIGHBOURS and "+3 more" in svg
