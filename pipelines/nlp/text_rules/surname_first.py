"""A name written surname first in capitals inside brackets, the way a telegram's classification line names the
officer who classified it ("E.O. 12065: RDS-4, 9/10/85 (ROE, JANE Q.) OR-A"): the surname, a comma, the given name
and an initial. The whole bracket's content is the person's name. Words the tables know as places ("(PARIS,
TEXAS)") or an ordinary word as the surname ("(NOTE, SEE B.)") name no one, and the name must end in an initial,
so a list of two items ("(SMITH, JONES)") is no name."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.rules import Cand

#: "(SURNAME, GIVEN I.)": capitals only, the surname of three letters at least, a given name, an optional initial
_SURNAME_FIRST = re.compile(
    r"\((?P<name>(?P<surname>[A-Z][A-Z’'-]{2,}), (?P<given>[A-Z][A-Z’'-]+)(?P<initial> [A-Z]\.)?)\)"
)


def find_surname_first_names(
    text: str, common_words: frozenset[str], is_known_name: Callable[[str], bool]
) -> list[Cand]:
    """The name in "(SURNAME, GIVEN I.)" when an initial ends it, its surname is no ordinary word and the tables
    know neither word as a name of something else."""
    out: list[Cand] = []
    for m in _SURNAME_FIRST.finditer(text):
        if m.group("initial") is None:
            continue
        surname, given = m.group("surname"), m.group("given")
        # a given name may be a word too ("EARL", "MARK"); the surname may not
        if surname.lower() in common_words or is_known_name(surname) or is_known_name(given):
            continue
        out.append(Cand.of(m.start("name"), m.end("name"), "Person", "surname-first"))
    return out
