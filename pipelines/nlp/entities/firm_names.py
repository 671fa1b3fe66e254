"""One name, one company: a document that calls a name a company's ("Wana, the company's telecommunications
subsidiary", "Zentrix, a cloud provider") means the same company when it writes the same name again ("While Wana
is only the third largest ...", "Zentrix has moved its servers"), where the statistical model, without a title or a
given name to go by, may guess a person.

A text names one thing by one name: a writer who has introduced a company by name does not use that name, bare,
for a person as well. The model's guess gives way only where nothing in the document makes the name a person's:
it is no surname of a person the document names in full ("Michael Dell ... Dell said" keeps the person). So does the
body a possessor was typed for want of anything better ("ONA's Board of Directors" after "ONA, Morocco's largest
conglomerate")."""

from __future__ import annotations

from pipelines.nlp.rules import Cand


def model_persons_named_as_firms(text: str, chosen: list[Cand]) -> None:
    """Each "person" of the model (source "ner") whose words are exactly a company's name the document found
    elsewhere becomes that company, unless a longer person's name in the document ends in those words; so does a
    possessor the tables do not know, typed a body only because it owns something ("ONA's Board of Directors")."""
    firms = {text[c.start : c.end] for c in chosen if c.type == "Firm"}
    if not firms:
        return
    surnames = {_last_word(text[c.start : c.end]) for c in chosen if c.type == "Person" and _several_words(text, c)}
    for c in chosen:
        name = text[c.start : c.end]
        if name in firms and (_model_person(c) and name not in surnames or _possessor_body(c)):
            c.type, c.source = "Firm", "firm-named"


def _model_person(c: Cand) -> bool:
    """A person the statistical model guessed, without a title or a rule to say so."""
    return c.type == "Person" and c.source == "ner"


def _possessor_body(c: Cand) -> bool:
    """A possessor split off a body's name and typed a body for want of anything better (`spans._split_possessors`)."""
    return c.type == "Agency" and c.source == "possessor"


def _several_words(text: str, c: Cand) -> bool:
    """The candidate's text has more than one word ("Michael Dell")."""
    return len(text[c.start : c.end].split()) > 1


def _last_word(name: str) -> str:
    """The last word of a name: the surname it may be said by alone."""
    return name.split()[-1]
