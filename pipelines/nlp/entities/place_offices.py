"""A sub-national government's office named by its place and its title: "the California Attorney General sued ...",
"the FTC and New York Attorney General announced their settlement".

American English names a state's (or a city's) chief law officer by the place's name and the title, without "of";
with no person's name after it the phrase names the office, the state body that sues and settles, as "the FTC"
names the commission. With a name after it the title is the holder's ("Texas Attorney General Ken Paxton": a
person), and after a country's name ("the U.S. Attorney General") it is the federal officer's title, no body."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from pipelines.nlp.rules import Cand

#: the title right after the place, not followed by a person's name (a capitalised word or an initial)
_TITLE_AFTER = re.compile(r"[ \t]+Attorney[- ]General\b(?![ \t]+(?:[A-Z][a-z]|[A-Z]\.))")


def find_place_attorneys_general(doc: Doc, type_of: Callable[[str], str | None]) -> list[Cand]:
    """Each place the model reads as a place (GPE), not a state the tables know, right before "Attorney General"
    with no name after it: the place's office (module docstring)."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "GPE" or type_of(ent.text) == "State":
            continue
        m = _TITLE_AFTER.match(doc.text, ent.end_char)
        if m is not None:
            out.append(Cand.of(ent.start_char, m.end(), "Agency", "place-attorney-general"))
    return out
