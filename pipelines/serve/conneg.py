"""HTTP content negotiation: pick the best of the offered media types for an Accept header (RFC 9110 q-values)."""

from __future__ import annotations


def parse_accept(accept: str | None) -> list[tuple[str, float, int]]:
    """[(media range, q, position)] from an Accept header; an empty or missing header accepts anything."""
    ranges = []
    for position, item in enumerate((accept or "*/*").split(",")):
        parts = [p.strip() for p in item.split(";")]
        media = parts[0].lower()
        if not media:
            continue
        q = 1.0
        for param in parts[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, position))
    return ranges or [("*/*", 1.0, 0)]


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer with the highest q (most specific match wins; ties go to the earlier offer); None if refused."""
    ranges = parse_accept(accept)
    best, best_key = None, None
    for order, offer in enumerate(offers):
        main = offer.split("/")[0]
        matches = [
            (q, 2 if media == offer else 1 if media == f"{main}/*" else 0)
            for media, q, _ in ranges
            if media in (offer, f"{main}/*", "*/*")
        ]
        if not matches:
            continue
        q, specificity = max(matches, key=lambda m: (m[1], m[0]))  # the most specific range decides q
        if q <= 0:
            continue
        key = (q, -order)
        if best_key is None or key > best_key:
            best, best_key = offer, key
    return best
