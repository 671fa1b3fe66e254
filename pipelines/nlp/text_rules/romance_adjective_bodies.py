"""Names of state bodies in French, Portuguese, Spanish or Italian made of a head noun and one adjective after it
("Senado Federal", "Conseil Constitutionnel", "Corte Suprema", "Congreso Nacional").

These languages put the adjective after the noun, so a head noun of the language that is no English word
(`Lexicon.foreign_only_body_heads`) followed by one capitalised word, with no further capitalised word after it,
is one body's name even without the joining words ("de", "du") that `foreign_names` reads. A head that is also an
English word ("Commission", "Office", "Tribunal") is left to the English rules: "the Commission President" is no
name of this kind."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
#: a capitalised head, one capitalised adjective, and no capitalised word (nor a joined one) after them
_HEAD_ADJECTIVE = re.compile(
    rf"(?<![\w'’-])(?P<head>[{_UPPER}][{_LOWER}]+)[ \t]+(?P<adjective>[{_UPPER}][{_LOWER}]+)"
    rf"(?![\w'’-])(?![ \t]+(?:d[eo]s?|du|da|del|della|di|de la|e|et|y)?[ \t]*[{_UPPER}])"
)


def find_romance_adjective_bodies(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """A head noun of these languages that is no English word and the one capitalised adjective after it: a body
    (an Agency, or what the tables know the name as). The adjective is no word the lexicon knows as a month or a
    weekday ("Senado Monday" is no name)."""
    out: list[Cand] = []
    for m in _HEAD_ADJECTIVE.finditer(text):
        if m.group("head").lower() not in lex.foreign_only_body_heads:
            continue
        adjective = m.group("adjective").lower()
        if adjective in lex.months or adjective in lex.weekdays or adjective in lex.name_stop_starters:
            continue
        known = type_of(m.group(0))
        out.append(Cand.of(m.start(), m.end(), known or "Agency", "romance-adjective-body"))
    return out
