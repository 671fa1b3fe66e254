"""Names of state bodies and laws in French, Portuguese, Spanish or Italian inside English text ("Direction de la
Surveillance du Territoire", "Autoridade Nacional de Proteção de Dados", "Lei Geral de Proteção de Dados
Pessoais"). These languages put the head noun first and join the words after it with their own prepositions and
articles ("de", "du", "da", "del", "de la"), which English prose never uses between capitalised words: a head
noun of the language, then capitalised words joined by them, make one name."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word of these languages (accented letters too)
_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’-]*"
#: the prepositions and articles that join the words of a name in these languages
_JOINER = r"(?:d[eo]s?|du|das|del|della|di|pour|para|et|e|y|la|le|les|l['’]|d['’]|em|en)"
_NAME = re.compile(r"\b(?P<head>" + _WORD + r")(?P<rest>(?:[ \t]+(?:" + _JOINER + r"[ \t]*)*" + _WORD + r")+)")


def find_foreign_names(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """A head noun of a body (`Lexicon.foreign_body_heads`) or of a law (`Lexicon.foreign_law_heads`) in one of
    these languages, then capitalised words with at least one of the languages' joining words among them: a body
    (an Agency, or what the tables know the name as) or a law."""
    out = []
    for m in _NAME.finditer(text):
        head = m.group("head").lower()
        if head in lex.foreign_body_heads:
            kind = "Agency"
        elif head in lex.foreign_law_heads:
            kind = "Law"
        else:
            continue
        words = m.group("rest").split()
        if not any(re.fullmatch(_JOINER, w) or re.match(r"[dl]['’]", w) for w in words):
            continue  # "Direction General Smith": English words in title case, no name of these languages
        known = type_of(m.group(0))
        out.append(Cand.of(m.start(), m.end(), known or kind, "foreign-language-name"))
    return out
