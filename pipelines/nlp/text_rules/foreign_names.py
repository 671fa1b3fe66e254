"""Names of state bodies and laws in French, Portuguese, Spanish or Italian inside English text ("Direction de la
Surveillance du Territoire", "Autoridade Nacional de Proteção de Dados", "Lei Geral de Proteção de Dados
Pessoais"). These languages put the head noun first and join the words after it with their own prepositions and
articles ("de", "du", "da", "del", "de la"), which English prose never uses between capitalised words: a head
noun of the language, then capitalised words joined by them, make one name. The head opens the name wherever it
stands, also right after an English name or word in capitals ("the Brazilian Congress Câmara dos Deputados",
"Guatemala's Ley de Orden Público", "The Ley de Emisión del Pensamiento"): the words before it are no part of it."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.germanic_names import find_germanic_names
from pipelines.nlp.text_rules.romance_adjective_bodies import find_romance_adjective_bodies
from pipelines.nlp.text_rules.sentence_case_bodies import find_sentence_case_bodies

#: a capitalised word of these languages (accented letters too)
_WORD = r"[A-ZÀ-ÖØ-Þ][\wÀ-ÿ'’-]*"
#: the prepositions and articles that join the words of a name in these languages
_JOINER = r"(?:d[eo]s?|du|da|das|del|della|di|pour|para|et|e|y|la|le|les|l['’]|d['’]|em|en)"
_NAME = re.compile(r"\b(?P<head>" + _WORD + r")(?P<rest>(?:[ \t]+(?:" + _JOINER + r"[ \t]*)*" + _WORD + r")+)")
#: where a capitalised word starts (a candidate head noun)
_WORD_START = re.compile(r"(?<![\wÀ-ÿ'’-])" + _WORD)


def _names_at_heads(text: str, heads: frozenset[str]) -> list[re.Match[str]]:
    """The names that start at a head noun, each found where the head stands (not where a run of capitalised
    words before it starts), left to right and not overlapping."""
    out: list[re.Match[str]] = []
    pos = 0
    for w in _WORD_START.finditer(text):
        if w.start() < pos or w.group(0).lower() not in heads:
            continue
        m = _NAME.match(text, w.start())
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def find_foreign_names(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """A head noun of a body (`Lexicon.foreign_body_heads`) or of a law (`Lexicon.foreign_law_heads`) in one of
    these languages, then capitalised words with at least one of the languages' joining words among them: a body
    (an Agency, or what the tables know the name as) or a law; the names in sentence case
    (`sentence_case_bodies`); and the names in German and Swedish (`germanic_names`)."""
    out = []
    for m in _names_at_heads(text, lex.foreign_body_heads | lex.foreign_law_heads):
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
    out += find_sentence_case_bodies(text, lex, type_of)
    return out + find_germanic_names(text, lex, type_of) + find_romance_adjective_bodies(text, lex, type_of)
