"""A name in capitals that its own initials follow in parentheses: English spells a body's name out once and puts
the abbreviation it goes by right after it ("the GOVERNMENT COMMUNICATIONS HEADQUARTERS (GCHQ)", "THE NATIONAL
SECURITY COUNCIL (NSC) MET"), which says the capitalised words are a name, not a phrase a telegram or a heading
writes in capitals. The name's run of capitals is the run scanner's, so it holds also where a telegram writes the
name right after a verb in capitals ("POLOFF MET RURAL ELECTRIFICATION AUTHORITY (REA) OFFICIALS"), where the
spelled-name reading (`entities.defined_names`) stops at the capitalised word before the name."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word

#: right after a name: an initialism in parentheses ("(GCHQ)", "(NSC)")
_INITIALISM_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,8})\)")


def caps_defined_name(span_words: list[Word], lex: Lexicon) -> bool:
    """The words (two or more) are followed by an initialism in parentheses that starts with the first word's
    initial and spells the initials of the name's words other than its connectors in their order ("GOVERNMENT
    COMMUNICATIONS HEADQUARTERS (GCHQ)": G, C, H; a word may give more than one letter, as "Headquarters" gives
    HQ)."""
    if len(span_words) < 2:
        return False
    m = _INITIALISM_AFTER.match(span_words[0].token.doc.text, span_words[-1].end)
    if m is None:
        return False
    initials = [x.text[0] for x in span_words if x.low not in lex.name_connectors and x.text[:1].isalpha()]
    return bool(initials) and m.group(1)[0] == initials[0] and _in_order(initials, m.group(1))


def _in_order(letters: list[str], abbreviation: str) -> bool:
    """Every letter occurs in the abbreviation, in the given order."""
    rest = iter(abbreviation)
    return all(letter in rest for letter in letters)
