"""Names of state bodies in French, Portuguese, Spanish or Italian written in sentence case: only the head noun is
capitalised, the words after it are in lower case ("Agence nationale de la sécurité des systèmes d'information",
"Commission nationale de contrôle de la protection des données à caractère personnel", "Haute Autorité pour la
diffusion des oeuvres"). These languages capitalise only a name's first word; `foreign_names` reads the names in
title case. Lower-case words after a capitalised head look like any English words, so the name is read only where
the text marks its end: before a parenthesis, a bracket, a comma, a semicolon, a colon, a full stop or the end of
its line (a heading, a gloss "(French: ...)", "the ... (ABBR)"), with a joining word of these languages that is
no English word among its words ("de", "des", "pour") and no English function word in it."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿœ"
#: a lower-case word, or one elided after d' or l' ("d'information", "l'informatique")
_LOWER_WORD = rf"(?:[dlDL]['’])?[{_LOWER}][{_LOWER}'’-]*"
#: a capitalised head (or two: "Haute Autorité"), then lower-case words, then a mark that ends the name
_NAME = re.compile(
    rf"(?<![\w'’-])(?P<head>[{_UPPER}][{_LOWER}]+(?:[ \t]+[{_UPPER}][{_LOWER}]+)?)"
    rf"(?P<rest>(?:[ \t]+{_LOWER_WORD})+)"
    rf"(?=[ \t]*[()\[\];,:]|[ \t]*\n|[ \t]*$|\.(?:\s|$))"
)
#: joining words of these languages that are no English words
_JOINERS = frozenset("de du des la le les à au aux pour et da do dos das del della degli para y".split())
#: the joining words elided before a vowel ("d'information", "l'informatique")
_ELIDED = frozenset(("d'", "l'", "d’", "l’"))


def _joined(words: list[str]) -> bool:
    """Whether a joining word of these languages stands among the words, alone or elided ("d'information")."""
    return any(w in _JOINERS or w[:2] in _ELIDED for w in words)


def find_sentence_case_bodies(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """A head noun of a body in these languages (`Lexicon.foreign_body_heads`; the second of two capitalised
    words, with the first too if it is one: "Haute Autorité"), lower-case words after it with a joining word of
    the languages among them and no English function word (`Lexicon.name_stop_starters`), up to a mark that ends a
    name: a body (an Agency, or what the tables know the name as)."""
    out: list[Cand] = []
    for m in _NAME.finditer(text):
        heads = m.group("head").lower().split()
        start = m.start()
        if heads[0] not in lex.foreign_body_heads:
            start = m.start() + m.group("head").rfind(" ") + 1  # "The Agence ...": the head opens the name
        if heads[-1] not in lex.foreign_body_heads:
            continue
        words = m.group("rest").lower().split()
        if words[-1] in _JOINERS or not _joined(words):
            continue
        if any(w in lex.name_stop_starters for w in words if w not in _JOINERS):
            continue  # "Commission on the protection of data,": English words
        known = type_of(text[start : m.end()])
        out.append(Cand.of(start, m.end(), known or "Agency", "sentence-case-body"))
    return out
