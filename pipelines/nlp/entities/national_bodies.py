"""A state body named with its nationality adjective in front: the adjective is the name's first word.

English names a body of a state by its country's adjective and its title ("the Irish Data Protection Commissioner",
"the French Data Protection Authority", "the Kenyan Parliament"); the annotation guidelines take the whole phrase
as the body's name, as the head-noun rules already do for titles they find themselves. Where a table's alias
("Data Protection Commissioner") or another finder gave the title alone, the adjective before it on the same line
joins it, and a candidate of the adjective alone (the model's "Irish" as an organisation) goes.

In texts on the GDPR a supervisory authority goes by "SA" after its country's adjective ("the Irish SA", "the French
LSA", `Lexicon.supervisory_authority_forms`): a state body, never a company whose legal form is "SA" (no company is
named by a nationality adjective alone). The plural ("the German SAs") names several bodies, no one name.

A chamber whose title is its own name, used bare (`Lexicon.self_named_chambers`: "the Senate", "Congress", "the
National Assembly"), keeps no adjective: in "the Brazilian Senate" or "the French National Assembly" the adjective
describes the chamber and is no word of its name. ("Parliament" is no such title: "the Kenyan Parliament" is whole.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.entities.knowledge import TyperKnowledge
from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the capitalised word right before a name, on the same line
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
#: the capitalised word a span starts with and the space after it, on the same line
_FIRST_WORD = re.compile(r"([A-Z][a-z]+)[ \t]+")
#: a capitalised word and an abbreviation after it ("Irish SA", "French LSA")
_ADJECTIVE_AND_FORM = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z]{2,4})\b")


def find_supervisory_authorities(text: str, lex: Lexicon, nationality: Callable[[str], bool]) -> list[Cand]:
    """ "the Irish SA", "the French LSA": a nationality adjective and a supervisory authority's short form
    (`Lexicon.supervisory_authority_forms`) name a state's authority (module docstring)."""
    return [
        Cand.of(m.start(), m.end(), "Agency", "national-authority")
        for m in _ADJECTIVE_AND_FORM.finditer(text)
        if m.group(2).lower() in lex.supervisory_authority_forms and nationality(m.group(1))
    ]


class NationalBodies(TyperKnowledge):
    """The nationality adjective of a state body's name (module docstring)."""

    def _national_bodies(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """The chosen candidates with each state body's nationality adjective in its name."""
        dropped: set[int] = set()
        for c in chosen:
            if c.type != "Agency":
                continue
            if not self._drop_adjective(text, c) and not self._full_title(text[c.start : c.end]):
                dropped |= self._take_adjective(text, c, chosen)
        return [c for c in chosen if id(c) not in dropped]

    def _full_title(self, name: str) -> bool:
        """The name is a chamber's title that is its own name ("Senate", "National Assembly",
        `Lexicon.self_named_chambers`): it names the chamber in full without its country's adjective."""
        return " ".join(name.lower().split()) in self.lex.self_named_chambers

    def _drop_adjective(self, text: str, c: Cand) -> bool:
        """Start `c` after its first word when that word is a nationality adjective and the rest is a chamber's own
        name ("the Brazilian Senate" -> "Senate", "the French National Assembly" -> "National Assembly")."""
        m = _FIRST_WORD.match(text, c.start, c.end)
        if m is None or not self._adjective(m.group(1)) or not self._full_title(text[m.end() : c.end]):
            return False
        c.start = m.end()
        if c.known_as is not None and c.known_as.startswith(m.group(1)):
            c.known_as = None
        return True

    def _take_adjective(self, text: str, c: Cand, chosen: list[Cand]) -> set[int]:
        """Start `c` at the nationality adjective right before it; the ids of the candidates that were only that
        adjective. Nothing when the adjective is inside another name ("the Irish Times Data Protection
        Commissioner")."""
        m = _WORD_BEFORE.search(text, max(0, c.start - 40), c.start)
        if m is None or not self._adjective(m.group(1)):
            return set()
        before = [o for o in chosen if o is not c and o.start < c.start and o.end > m.start(1)]
        if any((o.start, o.end) != (m.start(1), m.end(1)) for o in before):
            return set()
        if c.known_as is None and self.index.candidates(text[c.start : c.end], "Agency"):
            c.known_as = text[c.start : c.end]  # "Irish Data Protection Commissioner" is the DPC of the tables
        c.start = m.start(1)
        return {id(o) for o in before}

    def _adjective(self, word: str) -> bool:
        """A nationality adjective as written before a noun: singular, no plural "s" ("Irish", "Italian", not
        "Italians")."""
        return word.lower() in (self.lex.nationality_nouns | self._derived_demonyms)
