"""Where a body's name starts: the Latin "Ad hoc" of a body set up for one task ("the Ad hoc Committee on Data
Protection", "the Ad hoc Working Party on ...") is the first words of its name. Written "Ad hoc" its second word
is lower case, so a scanner of capitalised words starts the name at the head ("Committee on Data Protection");
these words go back to the capitalised "Ad"."""

from __future__ import annotations

import re

from pipelines.nlp.rules import Cand

#: "Ad hoc" (or "Ad-hoc") right before a name, the "A" capitalised as the name's first letter
_AD_HOC_BEFORE = re.compile(r"\bAd[ \t-]hoc[ \t]+$")


def start_with_ad_hoc(text: str, c: Cand) -> int:
    """The start of a body's name with "Ad hoc" before it ("the Ad hoc Committee on Data Protection"); a
    lower-case "ad hoc" describes a body and names none ("an ad hoc committee")."""
    if c.type not in ("IGO", "Agency"):
        return c.start
    m = _AD_HOC_BEFORE.search(text, max(0, c.start - 10), c.start)
    return m.start() if m else c.start


def fix_body_starts(text: str, cands: list[Cand]) -> list[Cand]:
    """Body candidates with their starts set by `start_with_ad_hoc`."""
    for c in cands:
        c.start = start_with_ad_hoc(text, c)
    return cands
