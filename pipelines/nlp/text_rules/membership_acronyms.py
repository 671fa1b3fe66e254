"""An acronym that states are members of names an organisation of states.

English says which organisations states belong to with a few fixed phrases: states are "a member of" an organisation
or seek "membership in" it, and an organisation has "members" or "member states" ("Norway became a member of
INMARSAT", "the ARABSAT member states"). States that "join" a name are read on the parse, with names that are no
acronyms, by `entities.member_organisations`. When such a phrase's object is an acronym the tables know as nothing
else, and the member the sentence names nearest to the phrase (before it, else after it) is a state (a state's name,
or a noun for states, `lexicon.state_member_nouns`), not a person, a firm, a body or a group of them ("Microsoft and
Google, both members of CCIA"), the acronym names an intergovernmental organisation, and so does each of its repeats
in the document. An acronym that modifies a noun ("members of the LGBTQI+ community") names no organisation belonged to.
The cue words are lower case: in a text in capitals an acronym is no evidence of a name. An acronym another finder
typed otherwise keeps that type ("South Korea joined DEPA", an agreement its definition names).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc

from pipelines.nlp.lexicon import PATTERNS_DIR
from pipelines.nlp.rules import Cand

TypeOf = Callable[[str], str | None]

#: an acronym: four or more capital letters (three-letter ones are as often a person's initials or a party's)
_ACRONYM = r"[A-Z]{4,}"
#: the candidate types that name a member: a state, or one that is no state
_MEMBER_TYPES = frozenset({"State", "Person", "Firm", "Agency"})


@dataclass(frozen=True)
class MembershipWords:
    """The cue phrases before and after an acronym, and the words naming members that are or are no states."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    after_states: re.Pattern[str]
    state_nouns: re.Pattern[str]
    other_members: re.Pattern[str]


def _alternation(words: Iterable[object]) -> str:
    """A regular expression matching any of the phrases, longest first, a space matching any blank run."""
    return "|".join(str(w).replace(" ", r"\s+") for w in sorted(map(str, words), key=len, reverse=True))


@lru_cache(maxsize=2)
def membership_words(
    state_nouns: frozenset[str], path: Path = PATTERNS_DIR / "membership_acronyms.yaml"
) -> MembershipWords:
    """The phrases of `patterns/membership_acronyms.yaml` and the nouns for states as members, read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    acronym_after = rf"(?<![\w'’-])(?P<name>{_ACRONYM})(?:'s|’s)?\s+"
    return MembershipWords(
        before=re.compile(rf"\b(?:{_alternation(data['before_words'])})\s+(?:the\s+)?(?P<name>{_ACRONYM})(?![\w'’+-])"),
        after=re.compile(rf"{acronym_after}(?:{_alternation(data['after_words'])})\b"),
        after_states=re.compile(rf"{acronym_after}(?:{_alternation(data['after_state_words'])})\b"),
        state_nouns=re.compile(rf"\b(?:{_alternation(state_nouns)})\b"),
        other_members=re.compile(rf"\b(?:{_alternation(data['other_member_nouns'])})\b", re.IGNORECASE),
    )


def _sentence_span(doc: Doc, pos: int) -> tuple[int, int]:
    """Character offsets of the sentence holding the character at `pos`."""
    for sent in doc.sents:
        if sent.start_char <= pos < sent.end_char:
            return sent.start_char, sent.end_char
    return pos, pos


def _members_named(
    text: str, span: tuple[int, int], cands: list[Cand], words: MembershipWords
) -> list[tuple[int, bool]]:
    """(offset, is a state) of each member the sentence names: a candidate state, person, firm or body, a noun
    naming states, or a noun naming companies, people or their groups."""
    named = [
        (c.start, c.type == "State")
        for c in cands
        if span[0] <= c.start and c.end <= span[1] and c.type in _MEMBER_TYPES
    ]
    named += [(m.start(), True) for m in words.state_nouns.finditer(text, span[0], span[1])]
    named += [(m.start(), False) for m in words.other_members.finditer(text, span[0], span[1])]
    return sorted(named)


def _nearest_member_is_state(
    text: str, cue: tuple[int, int], doc: Doc, cands: list[Cand], words: MembershipWords
) -> bool:
    """The member the sentence names nearest before the cue phrase, else nearest after it, is a state."""
    named = _members_named(text, _sentence_span(doc, cue[0]), cands, words)
    before = [is_state for pos, is_state in named if pos < cue[0]]
    if before:
        return before[-1]
    after = [is_state for pos, is_state in named if pos >= cue[1]]
    return bool(after) and after[0]


def _typed_otherwise(name: str, cands: list[Cand], text: str, type_of: TypeOf) -> bool:
    """The tables know the acronym as something other than an organisation of states, or another finder gave one
    of its mentions another type."""
    if type_of(name) not in (None, "IGO"):
        return True
    return any(text[c.start : c.end] == name and c.type != "IGO" for c in cands)


def membership_acronyms(
    doc: Doc, text: str, cands: list[Cand], type_of: TypeOf, state_nouns: frozenset[str]
) -> set[str]:
    """The acronyms, known as nothing else, that the text says states belong to."""
    words = membership_words(state_nouns)
    found = {m.group("name") for m in words.after_states.finditer(text)}
    for pattern in (words.before, words.after):
        for m in pattern.finditer(text):
            if _nearest_member_is_state(text, m.span(), doc, cands, words):
                found.add(m.group("name"))
    return {name for name in found if not _typed_otherwise(name, cands, text, type_of)}


def find_membership_acronyms(
    doc: Doc, text: str, cands: list[Cand], type_of: TypeOf, state_nouns: frozenset[str]
) -> list[Cand]:
    """Every mention, as a whole word, of an acronym that states belong to: an intergovernmental organisation;
    `state_nouns` are the nouns for states as members ("a state", "other nations")."""
    out: list[Cand] = []
    for name in sorted(membership_acronyms(doc, text, cands, type_of, state_nouns)):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            out.append(Cand.of(m.start(), m.end(), "IGO", "igo-member-acronym"))
    return out
