"""An inline SVG picture of one resource's neighbourhood: the resource in the middle, its neighbours on a circle,
arrows labelled with the property (pointing outwards for what it says, inwards for what points to it)."""

from __future__ import annotations

import html
import math
from collections.abc import Callable

WIDTH, HEIGHT = 760, 520
RADIUS = 190
MAX_NEIGHBOURS = 18


def _clip(text: str, size: int = 26) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def neighbourhood_svg(
    title: str,
    neighbours: list[tuple[str, str, str]],
    label: Callable[[str], str],
    link: Callable[[str], str | None],
    short: Callable[[str], str],
) -> str:
    """``neighbours`` are (property, neighbour IRI, "out" | "in"); at most MAX_NEIGHBOURS are drawn."""
    e = html.escape
    cx, cy = WIDTH / 2, HEIGHT / 2
    shown = neighbours[:MAX_NEIGHBOURS]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Neighbourhood of {e(title, quote=True)}" '
        'font-family="system-ui,sans-serif" font-size="12">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#888"/></marker></defs>',
    ]
    for n, (prop, iri, direction) in enumerate(shown):
        angle = 2 * math.pi * n / max(len(shown), 1) - math.pi / 2
        x, y = cx + RADIUS * math.cos(angle), cy + RADIUS * math.sin(angle) * 0.82
        # Shorten the line so the arrow head stays outside the node circles.
        dx, dy = x - cx, y - cy
        length = math.hypot(dx, dy) or 1
        ux, uy = dx / length, dy / length
        x1, y1, x2, y2 = cx + ux * 34, cy + uy * 34, x - ux * 12, y - uy * 12
        if direction == "in":
            x1, y1, x2, y2 = x2, y2, x1, y1
        out.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#aaa" marker-end="url(#arrow)"/>'
        )
        out.append(
            f'<text x="{(cx + x) / 2:.1f}" y="{(cy + y) / 2 - 4:.1f}" fill="#777" text-anchor="middle" '
            f'font-size="10">{e(_clip(short(prop), 30))}</text>'
        )
        node = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="10" fill="#9ecae1"/>'
            f'<text x="{x:.1f}" y="{y + 24:.1f}" text-anchor="middle">{e(_clip(label(iri)))}</text>'
        )
        target = link(iri)
        out.append(f'<a href="{e(target, quote=True)}">{node}</a>' if target else node)
    out.append(f'<circle cx="{cx}" cy="{cy}" r="30" fill="#3182bd"/>')
    out.append(f'<text x="{cx}" y="{cy + 48}" text-anchor="middle" font-weight="bold">{e(_clip(title, 40))}</text>')
    if len(neighbours) > len(shown):
        out.append(f'<text x="8" y="{HEIGHT - 8}" fill="#777">+{len(neighbours) - len(shown)} more</text>')
    out.append("</svg>")
    return "".join(out)
