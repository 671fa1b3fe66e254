"""Marks around a span that say whether it is a person's name: a title clipped with a slash before the name ("Pol
M/C Allegrone"), a member of Congress's party and state after it ("Bill Cassidy (R-La.)"), an organisation's initials
after it ("Renseignements Généraux (RG)")."""

from __future__ import annotations

import re

#: a member of Congress's party and state: "R-La.", "D-Mass.", "I-Vt."
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,12}")


def after_slashed_title(text: str, start: int, end: int) -> int:
    """Where a name starts after a title abbreviated with a slash ("Pol M/C Allegrone", "A/S Baker"): a slash
    joins the clipped words of an office ("M/C" minister-counselor, "A/DCM"), and no person's name holds one, so
    the name is the words after the last such word."""
    words = list(re.finditer(r"\S+", text[start:end]))
    slashed = [k for k, w in enumerate(words[:-1]) if "/" in w.group(0)]
    if not slashed:
        return start
    return start + words[slashed[-1] + 1].start()


def party_state_after(text: str, end: int) -> bool:
    """A member of Congress's party and state in parentheses right after the words ("Bill Cassidy (R-La.)"): the
    words are a legislator's name, whatever ordinary nouns they hold ("Bill")."""
    m = re.match(r"[ \t]*\(([^()\n]{3,16})\)", text[end : end + 20])
    return m is not None and PARTY_STATE.fullmatch(m.group(1)) is not None


def initialism_after(text: str, start: int, end: int) -> bool:
    """The name of several words is followed by its initials in parentheses ("Renseignements Généraux (RG)"): an
    organisation's or a programme's name defines the abbreviation it goes by; a person's name seldom does."""
    m = re.match(r"\s*\(([A-Z]{2,6})\)", text[end : end + 12])
    words = re.findall(r"[A-Z]", " ".join(w[:1] for w in text[start:end].split()))
    return m is not None and len(words) >= 2 and m.group(1) == "".join(words)
