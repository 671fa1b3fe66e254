"""A law's stage or age said before its name ("new", "revised", "proposed", "final") is no part of the name."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand


def _words(text: str, c: Cand) -> list[str]:
    """The words of a candidate's span."""
    return text[c.start : c.end].split()


def staged_bare_head(text: str, c: Cand, lex: Lexicon) -> bool:
    """A law span that is stage words and a law's kind alone ("the Revised Law", "Proposed Rule", "NEW DECREE",
    "DRAFT LAW"): an adjective that says how far along or how old a law is tells no law from another, so the
    phrase describes an instrument the text names elsewhere and is no name (`law_stage_words`)."""
    words = [w.lower() for w in _words(text, c)]
    if c.type != "Law" or len(words) < 2 or words[-1] not in lex.law_heads:
        return False
    return all(w in lex.law_stage_words for w in words[:-1])


def start_after_stage_word(text: str, c: Cand, lex: Lexicon) -> int:
    """The start of a law span after a leading stage word when a full name follows it ("Final Paperwork Reduction
    Act of 1995 Analysis", "Revised Personal Data Protection Act"): the name is the same before and after the
    change, so the adjective is no part of it. A name that starts with a law's kind keeps the word ("Final Act of
    the Conference"), and so do "New", "Draft" and "Interim" (`law_stage_prefixes`)."""
    words = _words(text, c)
    if c.type != "Law" or len(words) < 3 or words[0].lower() not in lex.law_stage_prefixes:
        return c.start
    if words[1].lower() in lex.law_heads or not words[1][:1].isupper():
        return c.start
    return text.index(words[1], c.start + len(words[0]))
