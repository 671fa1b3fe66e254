"""One name, one company: a document that calls a name a company's ("Wana, the company's telecommunications
subsidiary", "Zentrix, a cloud provider") means the same company when it writes the same name again ("While Wana
is only the third largest ...", "Zentrix has moved its servers"), where the statistical model, without a title or a
given name to go by, may guess a person.

A text names one thing by one name: a writer who has introduced a company by name does not use that name, bare,
for a person as well. The model's guess gives way only where nothing in the document makes the name a person's:
it is no surname of a person the document names in full ("Michael Dell ... Dell said" keeps the person)."""

from __future__ import annotations

from pipelines.nlp.rules import Cand


def model_persons_named_as_firms(text: str, chosen: list[Cand]) -> None:
    """Each "person" of the model (source "ner") whose words are exactly a company's name the document found
    elsewhere becomes that company, unless a longer person's name in the document ends in those words."""
    firms = {text[c.start : c.end] for c in chosen if c.type == "Firm"}
    if not firms:
        return
    surnames = {_last_word(text[c.start : c.end]) for c in chosen if c.type == "Person" and _several_words(text, c)}
    for c in chosen:
        name = text[c.start : c.end]
        if c.type == "Person" and c.source == "ner" and name in firms and name not in surnames:
            c.type, c.source = "Firm", "firm-named"


def _several_words(text: str, c: Cand) -> bool:
    """The candidate's text has more than one word ("Michael Dell")."""
    return len(text[c.start : c.end].split()) > 1


def _last_word(name: str) -> str:
    """The last word of a name: the surname it may be said by alone."""
    return name.split()[-1]
