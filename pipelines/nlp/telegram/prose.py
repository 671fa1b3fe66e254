"""Telegram conventions in prose: posts named as telegrams name them ("Embassy Berlin", "the Embassy in Austria")
and governments abbreviated "GO" and the country's initial ("GOS")."""

from __future__ import annotations

import re

#: an embassy named as telegrams name it in prose: "Embassy Berlin", "Emb Paris" (the post's city after it), "the
#: Embassy in Austria"
_EMBASSY = re.compile(
    r"\b(?P<post>Embassy|Emb)\s+(?P<in>in\s+(?:the\s+)?)?(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!-)"
)


def embassies_in_prose(text: str, is_place, is_state) -> list[tuple[int, int, str]]:
    """(start, end, designator) of the posts prose names the way telegrams do: "Embassy" or "Emb" and its city
    (`is_place`: "Embassy Moscow" -> designator "AMEMBASSY MOSCOW"), or "the Embassy in" and a state (`is_state`:
    "the Embassy in the United Kingdom", the span's own words as designator). Not after a name or abbreviation:
    "the U.S. Embassy", "Israeli Embassy" are names of their own."""
    out = []
    for m in _EMBASSY.finditer(text):
        before = text[: m.start()].rstrip().rsplit(None, 1)
        word = before[-1] if before else ""
        if word[:1].isupper() and (not word.endswith((".", ":", ";", "!", "?")) or re.fullmatch(r"(?:[A-Z]\.)+", word)):
            continue
        place = m.group("place")
        if m.group("in") is None and not is_place(place):
            place = place.split()[0]  # "Embassy Berlin Chief": the city is one word
            if not is_place(place):
                continue
        if m.group("in") is not None:
            if m.group("post") != "Embassy" or not is_state(place):
                continue
            out.append((m.start(), m.start("place") + len(place), text[m.start() : m.start("place") + len(place)]))
        else:
            out.append((m.start(), m.start("place") + len(place), f"AMEMBASSY {place.upper()}"))
    return out


#: "GOS", "GOF", "GOL": the Government of a country, written GO and the initial of the country's name
_GOVERNMENT_OF = re.compile(r"\bGO(?P<initial>[A-Z])\b")


def government_abbreviations(text: str, about: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, state id) of each "GO" + initial in a telegram: the state, among those the telegram is about
    (`about`: state id -> name; its post's country, the country codes of its TAGS line), whose name starts with the
    initial; none when no state or several fit ("GOS" in a cable about Spain and Sweden)."""
    out = []
    for m in _GOVERNMENT_OF.finditer(text):
        fits = [sid for sid, name in about.items() if name[:1].upper() == m.group("initial")]
        if len(fits) == 1:
            out.append((m.start(), m.end(), fits[0]))
    return out
