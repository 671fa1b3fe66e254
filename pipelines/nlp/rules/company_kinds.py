"""A kind of company, not one company: a word of scope or level and a company noun alone ("a Government
Corporation", "a State Company", "a Public Company") say what sort of company something is, as the same words in
lower case do ("a government corporation"), whatever the capitals; a company's name says whose it is ("Nepal
Telecommunications Corporation", "Federal Express Corporation")."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand


def kind_of_company(text: str, c: Cand, lex: Lexicon) -> bool:
    """A firm candidate whose words are a scope word (`lexicon.body_scope_words`) and a company's legal form
    (`lexicon.legal_suffixes`) alone: a kind of company, no company's name."""
    words = text[c.start : c.end].lower().split()
    if c.type != "Firm" or len(words) != 2:
        return False
    return words[0] in lex.body_scope_words and words[1].rstrip(".") in lex.legal_suffixes
