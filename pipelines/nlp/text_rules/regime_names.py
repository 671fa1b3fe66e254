"""A ruler named by the regime he heads: English names an autocratic government after its ruler ("the Asad regime",
"the Ben Ali regime", "Maduro's ruthless regime", "the Pinochet dictatorship"), and the name is a person's.

The name is one to three capitalised words right after "the" and right before a noun of autocratic rule
(`ruler_rule_nouns`: regime, dictatorship, junta), or a possessive with up to two lower-case adjectives before the
noun. A government named by its people, its creed or its army is no person ("the Iranian regime", "the Communist
regime", "the Taliban regime", "the military junta"): a word that is a nationality, a word of `ruler_rule_not_names`
(creeds, armies and times: "Soviet", "Islamist", "Military", "Former"), a head noun of a body, a title, a name the
tables know as something else, or a name the statistical model reads as a people, a creed or a party (NORP) leaves
the span alone. "Administration" and "government" are not such nouns: press releases and reports write "the Biden
Administration" as the body, and the gold leaves it unannotated in most sets."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word of a name (a hyphen or an apostrophe inside)
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:['’-][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*"
#: the model's label of a people, a creed or a party, and the reference rulers' types of a known name: no person
#: (the model's ORG and GPE are left out: it reads "the Asad regime" as an organisation and "Pinochet" as a place)
_NOT_PERSON_LABELS = frozenset({"NORP", "State", "Agency", "IGO", "Firm", "Law"})


def _pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    """ "the <Name> <noun>" or "<Name>'s [adj [adj]] <noun>"."""
    noun = "|".join(sorted(re.escape(n) for n in nouns))
    name = rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})"
    return re.compile(
        rf"(?:(?:(?<=\bthe[ \t])|(?<=\bThe[ \t])){name}[ \t]+(?:{noun})\b"
        rf"|(?<![\w-]){name.replace('name', 'owner')}['’]s(?:[ \t]+[a-z]+){{0,2}}[ \t]+(?:{noun})\b)"
    )


def _model_label(doc: Doc, a: int, b: int) -> str | None:
    """The label of the model's entity that overlaps the span, if any."""
    return next((e.label_ for e in doc.ents if e.start_char < b and a < e.end_char), None)


def _name_ok(
    name: str, lex: Lexicon, is_other_name: Callable[[str], bool], is_nationality: Callable[[str], bool]
) -> bool:
    """No nationality, creed, army or time word, no head noun or title, no name the tables know as something else."""
    blocked = lex.ruler_rule_not_names | lex.org_heads | lex.place_heads | lex.person_titles | lex.name_stop_starters
    words = name.split()
    return not any(w.lower() in blocked or is_nationality(w) for w in words) and not is_other_name(name)


def find_regime_rulers(
    doc: Doc, lex: Lexicon, is_other_name: Callable[[str], bool], is_nationality: Callable[[str], bool]
) -> list[Cand]:
    """The ruler a regime is named after ("the Asad regime", "Maduro's ruthless regime")."""
    out: list[Cand] = []
    for m in _pattern(lex.ruler_rule_nouns).finditer(doc.text):
        group = "name" if m.group("name") else "owner"
        a, b = m.start(group), m.end(group)
        if _model_label(doc, a, b) in _NOT_PERSON_LABELS:
            continue
        if _name_ok(m.group(group), lex, is_other_name, is_nationality):
            out.append(Cand.of(a, b, "Person", "regime-ruler"))
    return out
