"""The layout of one resource's neighbourhood picture: the resource in the middle, its neighbours on a circle,
arrows labelled with the property (pointing outwards for what it says, inwards for what points to it). The SVG is
drawn by the template `templates/neighbourhood.svg` from this layout (escaped there, like every page)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

WIDTH, HEIGHT = 760, 520
RADIUS = 190
MAX_NEIGHBOURS = 18


@dataclass(frozen=True)
class Neighbour:
    """One neighbour as drawn: its node, the arrow between it and the middle, and the property's label."""

    x: float
    y: float
    line: tuple[float, float, float, float]  # x1, y1, x2, y2 (the arrow head at x2, y2)
    property_text: str
    label: str
    href: str | None


@dataclass(frozen=True)
class Neighbourhood:
    title: str
    neighbours: tuple[Neighbour, ...]
    more: int  # neighbours not drawn
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def centre(self) -> tuple[float, float]:
        return self.width / 2, self.height / 2


def _clip(text: str, size: int = 26) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def neighbourhood(
    title: str,
    neighbours: list[tuple[str, str, str]],
    label: Callable[[str], str],
    link: Callable[[str], str | None],
    short: Callable[[str], str],
) -> Neighbourhood:
    """``neighbours`` are (property, neighbour IRI, "out" | "in"); at most MAX_NEIGHBOURS are drawn."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    shown = neighbours[:MAX_NEIGHBOURS]
    placed = []
    for n, (prop, iri, direction) in enumerate(shown):
        angle = 2 * math.pi * n / max(len(shown), 1) - math.pi / 2
        x, y = cx + RADIUS * math.cos(angle), cy + RADIUS * math.sin(angle) * 0.82
        # Shorten the line so the arrow head stays outside the node circles.
        dx, dy = x - cx, y - cy
        length = math.hypot(dx, dy) or 1
        ux, uy = dx / length, dy / length
        line = (cx + ux * 34, cy + uy * 34, x - ux * 12, y - uy * 12)
        if direction == "in":
            line = (line[2], line[3], line[0], line[1])
        placed.append(Neighbour(x, y, line, _clip(short(prop), 30), _clip(label(iri)), link(iri)))
    return Neighbourhood(_clip(title, 40), tuple(placed), len(neighbours) - len(shown))
