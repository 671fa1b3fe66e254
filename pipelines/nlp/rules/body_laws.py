"""A law named after the body that made it: "Council of Europe Convention on Cybercrime", "Bank of England Act",
"Council of Europe Convention".

English names an instrument by its maker and its kind: the body's name, with its "of" and the bare name after it
("Council of Europe", "Bank of England"), modifies the law's kind, which is the head of the whole name ("Convention",
"Act"), with the law's subject or number after it. The head noun of a body early in such a name makes no body.
When "of the" follows the body's head ("Secretariat of the Basel Convention", "Committee of the Convention") the
law is the complement of the body, and the name is the body's.
"""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon

#: words after a law's kind that go on with its subject or its number ("Convention on ...", "Decree No. 5")
_AFTER_LAW_HEAD = frozenset({"on", "against", "for", "concerning", "no", "no."})


def law_of_named_body(span_low: list[str], first_head: int, lex: Lexicon) -> bool:
    """The body's head at `first_head` takes "of" and a bare name, and a law's kind right after that name heads the
    rest of the span (its last word, or one followed by its subject or number)."""
    if first_head + 2 >= len(span_low) or span_low[first_head + 1] != "of":
        return False
    if span_low[first_head + 2] in lex.name_connectors:
        return False  # "Secretariat of the Basel Convention": the law is what the body serves
    for j in range(first_head + 3, len(span_low)):
        if span_low[j] in lex.name_connectors:
            return False  # the body's name goes on ("Council of Europe of ..."): not a maker before a kind
        if span_low[j] in lex.law_heads:
            return j == len(span_low) - 1 or _goes_on_as_law(span_low[j + 1], lex)
    return False


def _goes_on_as_law(word: str, lex: Lexicon) -> bool:
    """The word after a law's kind goes on with the law's name: its subject, its number, or a second kind
    ("Framework Convention")."""
    return word in _AFTER_LAW_HEAD or word[:1].isdigit() or word in lex.law_heads
