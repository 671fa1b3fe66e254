"""Newspapers, magazines and news agencies that the text names by what they are or by what they do.

English says that a name is a newspaper's in two more ways than a kind noun right before it (`press_firms`):
- an apposition after the name whose head is the kind noun: "El Tiempo, the largest newspaper in Bogota, ...",
  "Novaya Gazeta, an independent weekly, ..." (the noun phrase closes there: a comma, a full stop, a preposition);
- a quoted title right before the kind noun, with or without an article: 'leaked the tape to "Proceso" news
  magazine', 'the "Excelsior" newspaper' (the quotation marks make the title a name, its first word whatever it is).

A name cited as the source of news ("according to Interfax", "X reported") says nothing of its kind: statistics
offices, regulators and charities are cited so too ("according to Rosstat", "Greenpeace reported").

An apposition whose kind noun goes on with another noun or a possessive ("Jane Roe, a newspaper columnist", "John
Smith, the newspaper's editor") calls the name a person of the paper, and "X, the newspaper said" opens a new clause
whose subject is the paper (`bodies.no_firm_apposition`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.bodies import no_firm_apposition
from pipelines.nlp.text_rules.press_firms import kind_nouns

#: a capitalised word of a title ("La", "Razon", "Gazeta", "O'Globo")
_WORD = r"[A-ZÀ-Þ][\w’'&.-]*[\w]"
#: a title of one to four such words, Romance and Germanic particles inside ("Le Monde", "El Diario de Hoy")
_TITLE = rf"{_WORD}(?:[ \t]+(?:(?:de|del|da|do|du|des|la|le|di|der|von|van)[ \t]+)?{_WORD}){{0,3}}"
#: the modifiers of an apposition's head: up to three words in lower case, none a function word that would open a
#: phrase of its own ("the largest", "an independent", "the country's oldest")
_MODIFIERS = (
    r"(?:(?!(?:for|of|at|with|from|to|in|on|by|the|a|an|and|or|who|which|that)[ \t])"
    r"(?:[a-z][\w-]*|[A-Z][\w-]*['’]s)[ \t]+){0,3}?"
)
#: what closes the noun phrase of the kind noun: punctuation, a preposition, a relative pronoun or a participle
_CLOSES = re.compile(r"[ \t]*[,.;:)]|[ \t]+(?:in|of|on|at|from|that|which|whose|based|owned|founded|published)\b")
#: opening and closing quotation marks
_QUOTES = "\"“”'‘’"
#: what stands right before a quoted title in a close apposition: a preposition, a verb or an article
_BEFORE_QUOTED = re.compile(r"(?:^|[\s(])(?:[a-z]+)[ \t]+$")


def find_press_appositions(text: str, lex: Lexicon, is_other_name: Callable[[str], bool]) -> list[Cand]:
    """ "El Tiempo, the largest newspaper in Bogota": a name before a comma and an apposition headed by a kind noun
    of the press (`lexicon.press_apposition_nouns`) is that newspaper's; not a person of the paper, the subject of a
    new clause, a nationality or a name the tables know as something else."""
    if not lex.press_apposition_nouns:
        return []
    pattern = re.compile(
        rf"(?<![\w.&’'-])(?P<name>{_TITLE}),[ \t]+(?:a|an|the)[ \t]+{_MODIFIERS}"
        rf"(?:{kind_nouns(lex.press_apposition_nouns)})(?![\w’'-])"
    )
    out: list[Cand] = []
    for m in pattern.finditer(text):
        if not _CLOSES.match(text, m.end()) or no_firm_apposition(text, m.end(), "the" in m.group(0).split(), lex):
            continue
        name = m.group("name")
        if _not_a_title(name, lex) or is_other_name(name):
            continue
        out.append(Cand.of(m.start("name"), m.end("name"), "Firm", "press-appos"))
    return out


def find_quoted_press_names(text: str, lex: Lexicon, is_other_name: Callable[[str], bool]) -> list[Cand]:
    """'to "Proceso" news magazine', 'the "Excelsior" newspaper': a quoted title right before a kind noun of the
    press that follows names (`lexicon.press_firm_nouns_after`) is the paper's name, without its quotation marks."""
    if not lex.press_firm_nouns_after:
        return []
    pattern = re.compile(
        rf"[{_QUOTES}](?P<name>{_TITLE})[{_QUOTES}][ \t]+(?P<noun>{kind_nouns(lex.press_firm_nouns_after)})(?![\w’'-])"
    )
    out: list[Cand] = []
    for m in pattern.finditer(text):
        before = _BEFORE_QUOTED.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            continue
        if m.group("noun").endswith("ly") and not re.search(r"\b(?:the|a|an)[ \t]+$", before.group(0)):
            continue  # 'chanted "Freedom" daily': "daily", "weekly" are adverbs too; as nouns they take an article
        name = m.group("name")
        if _not_a_title(name, lex) or is_other_name(name):
            continue
        out.append(Cand.of(m.start("name"), m.end("name"), "Firm", "press-quoted"))
    return out


def _not_a_title(name: str, lex: Lexicon) -> bool:
    """A name that is no newspaper's: led by a function word or a person's title, or holding a day, a month or a
    body's head noun ("the Cabinet, the weekly ...")."""
    low = [w.lower() for w in name.split()]
    return (
        low[0] in lex.name_stop_starters
        or low[0] in lex.person_titles
        or any(w in lex.calendar_words or w in lex.org_heads for w in low)
    )
