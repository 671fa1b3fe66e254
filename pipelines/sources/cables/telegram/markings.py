"""The telegram's markings: precedence, classification (spelled out, spaced or run together), the serial line
after the classification, the declassification line (E.O.) and "Classified By"."""

from __future__ import annotations

import re

PRECEDENCES = ("NIACT IMMEDIATE", "FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE")


CLASSIFICATION_WORDS = (
    "TOP SECRET",
    "SECRET",
    "CONFIDENTIAL",
    "LIMITED OFFICIAL USE",
    "UNCLASSIFIED",
    "UNCLAS",
    "SENSITIVE BUT UNCLASSIFIED",
)


_COLLAPSED = {w.replace(" ", ""): w for w in CLASSIFICATION_WORDS}


SPACED_CLASS = re.compile(r"^\s*((?:[A-Z] ){3,}[A-Z])(?=\s|$)")


WORD_CLASS = re.compile(
    r"^\s*(TOP SECRET|SECRET|CONFIDENTIAL|LIMITED OFFICIAL USE|UNCLASSIFIED|UNCLAS)(//[A-Z/ ]+?)?(?=\s|$)"
)


SERIAL = re.compile(r"^\s*(?:SECTION\s+\d+\s+OF\s+\d+\s+)?([A-Z][A-Z]+(?: [A-Z]{2,}){0,2})\s+0*(\d{1,6})(?=\s|$)")


EO_LINE = re.compile(r"\bE\.?\s?O\.?\s*(\d{5})\s*:?\s*([^\n]*?)(?=\s+TAGS?\b|\s*\n|\s*$)", re.IGNORECASE)


CLASSIFIED_BY = re.compile(r"^\s*(?:\(U\)\s*)?Classified\s+by\b", re.IGNORECASE | re.MULTILINE)


def classification_level(text: str | None) -> str | None:
    """The classification level alone: 'SECRET//NOFORN' -> 'Secret', 'UNCLASSIFIED//FOUO' -> 'Unclassified'."""
    norm = normalise_classification(text)
    if norm is None:
        return None
    return norm.split("//")[0].strip() or None


def normalise_classification(text: str | None) -> str | None:
    """'C O N F I D E N T I A L' / 'CONFIDENTIAL//NOFORN' / 'UNCLAS' -> 'Confidential' / 'Confidential//Noforn'."""
    if not text:
        return None
    t = " ".join(text.split())
    if re.fullmatch(r"(?:[A-Za-z] )+[A-Za-z]", t):
        t = t.replace(" ", "")
    t = t.upper()
    t = _COLLAPSED.get(t, t)  # "T O P S E C R E T" -> "TOPSECRET" -> "TOP SECRET"
    if t == "UNCLAS" or t.startswith("UNCLAS "):
        t = "UNCLASSIFIED"
    return t.title()
