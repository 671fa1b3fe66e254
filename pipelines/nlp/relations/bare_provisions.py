"""A numbered part of a law named without its law ("article 2", "Section 26") belongs to the law the text is
speaking of.

English names a law once and then its parts alone: "Law No. 175 consists of 45 provisions. Among them, article 2
requires telecommunications companies to retain users' data"; "The Personal Data Protection Act took effect in June.
Section 26 prohibits the processing of sensitive data". The part speaks for the law as "Article 2 of Law No. 175"
would (`arguments.Resolver._provision`). The law it belongs to is the one law named in its reach (its own sentence
before it and the two sentences before, in its paragraph), and that law must be what the text is speaking of: named
in the part's own sentence, or the subject of the sentence that names it ("This Law applies as provided by the Law on
Information. Article 4 requires ..." is a statute's own article, not the cited law's). Two laws in the reach, a
determiner or possessive on the part ("this Article", "its Section 5", "the EU's Article 17": another owner), or an
unnumbered part ("the provisions", "a new section") leave it unresolved."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.descriptions import subject_token
from pipelines.nlp.relations.mentions import Mentions
from pipelines.nlp.relations.personal import reach_start

#: dependents that give a part another owner or make it no particular part of a named law
_OWNER_DEPS = frozenset({"det", "poss", "prep", "amod"})


def is_bare_numbered_part(tok: Token) -> bool:
    """ "article 2", "Section 26(b)": the part's noun with a number and nothing naming whose part it is."""
    if any(c.dep_ in _OWNER_DEPS for c in tok.children):
        return False
    return any(c.dep_ == "nummod" or c.like_num for c in tok.children) or (tok.like_num and tok.dep_ != "nummod")


def bare_part_owner(tok: Token, m: Mentions) -> int | None:
    """The nearest mention of the one law named in the part's reach, when the text is speaking of it (named in the
    part's own sentence, or its sentence's subject); None when two laws, or none, are named there."""
    start = reach_start(tok)
    laws = [i for i in m.before(tok.idx) if m.items[i].start >= start and m.type(i) == "Law"]
    if not laws or len({m.entity(m.first_name(i)) for i in laws}) != 1:
        return None
    nearest = laws[-1]
    span = m.spans[nearest]
    if span is None:
        return None
    if span.sent == tok.sent:
        return nearest
    subject = subject_token(span.sent)
    return nearest if subject is not None and m.at(subject) == nearest else None
