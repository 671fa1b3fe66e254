"""Companies that an apposition with a possessive calls companies: "Sonatel, Senegal's main telecommunications
operator, ...", "Ooredoo, Qatar's largest mobile operator, ...", "Huawei, China's biggest equipment maker, ...".

English opens a noun phrase with a possessive as with an article ("the company" / "Senegal's company"), so an
apposition "Name, Owner's (up to three modifiers) company noun," describes the name as a company just as "Name, a
company," does. The apposition closes where the noun phrase does (a comma, a full stop, a relative pronoun, a
participle); a company noun that goes on with another noun ("Acme's operator licence") modifies that noun and
says nothing of the name."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a name of one to three capitalised words, a comma, a possessive, up to three lower-case modifiers and a noun
_APPOS = re.compile(
    r"(?<![\w.&'’-])(?P<name>[A-Z][\w&-]*[\w](?:[ \t]+[A-Z][\w&-]*[\w]){0,2}),[ \t]+"
    r"(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})['’]s[ \t]+"
    r"(?P<mods>(?:[a-z][\w-]*[ \t]+){0,3})(?P<noun>[a-z][\w-]*)"
    r"(?=[ \t]*[,.;]|[ \t]+(?:that|which|whose|based|owned|controlled|founded|and|with)\b)"
)
#: words that open a clause or a prepositional phrase: no modifier of a noun phrase is one
_NO_MODIFIER = frozenset({"of", "for", "in", "on", "at", "to", "by", "with", "from", "and", "or", "the", "a", "an"})


def find_possessive_firm_appositions(text: str, lex: Lexicon) -> list[Cand]:
    """Each name that an apposition opened by a possessive calls a company (`lexicon.firm_nouns`)."""
    out = []
    for m in _APPOS.finditer(text):
        if m.group("noun") not in lex.firm_nouns:
            continue
        if any(w in _NO_MODIFIER for w in m.group("mods").split()):
            continue
        name = m.group("name")
        if name.split()[0].lower() in lex.name_stop_starters:
            continue
        out.append(Cand.of(m.start("name"), m.end("name"), "Firm", "firm-appos"))
    return out
