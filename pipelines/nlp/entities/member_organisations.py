"""International organisations the text says are such, where their name alone says nothing ("INTELSAT",
"Intersputnik"): English says so in three ways.

A state joins an international organisation: "Yugoslavia and Romania are showing interest in joining INTELSAT",
"the Soviets were encouraged to join INTELSAT", "North Korea would not be eligible to join INTELSAT". The one who
joins (the verb's subject, or the object or subject of the verb or adjective that governs it: "encouraged the
Soviets to join", "eligible to join") is a state, a people named by its nationality, or a noun for states ("a
state", "other nations"); a person or a company who joins a name ("Senator Rubio joined Senator Cotton", "she joined
Acme") says nothing of the kind.

A state's representative or delegate is one to an international organisation ("the French representative to
INTELSAT"); an ambassador is sent to a state, a mission or a delegation to a place.

An international organisation is introduced by its name: "a new international satellite communications
organization to be called Intersputnik", "an intergovernmental organization known as the Wassenaar Arrangement".
The noun is "organization" (or "organisation") with "international" or "intergovernmental" before it; a private
organisation ("an international non-governmental organization called Article 19") is none.

The name is one to three capitalised words the tables do not know (known names are typed by the tables), and not a
telegram's upper-case prose; the document's other occurrences of it are repeats of the mention
(`entities.abbreviations`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised name of one to three words ("Intersputnik", "INTELSAT", "Wassenaar Arrangement")
_NAME = r"(?:the[ \t]+)?(?P<name>[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})(?![\w-])"
#: a state's or a nationality's representative or delegate to a name: "the French representative to INTELSAT",
#: "Belgian Permanent Representative to the United Nations" (not "ambassador": one is ambassador to a state; not
#: "mission" or "delegation": they travel to places, "a trade delegation to Indonesia")
_REPRESENTATIVE = re.compile(
    r"(?P<who>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)(?:'s|’s)?[ \t]+(?:(?i:permanent|deputy|resident|alternate)[ \t]+)*"
    r"(?i:representatives?|delegates?)[ \t]+(?i:to)[ \t]+" + _NAME
)
#: how far up the parse the one who joins is looked for ("are showing interest in joining X": three steps)
_MAX_CLIMB = 4


def find_member_organisations(
    doc: Doc,
    lex: Lexicon,
    is_state: Callable[[str], bool],
    nationality: Callable[[str], bool],
    known: Callable[[str], bool],
    common_words: frozenset[str],
) -> list[Cand]:
    """International organisations a state joins, or the text introduces by name as international organisations;
    `known` tells a name the tables know, `nationality` a people's name ("Soviets")."""
    text = doc.text
    spans = set(_joined_by_states(doc, lex, is_state, nationality)) | set(_introduced_names(text, lex))
    spans |= set(_states_representatives(text, is_state, nationality))
    return [
        Cand.of(a, b, "IGO", "member-organisation")
        for a, b in sorted(spans)
        if not known(text[a:b]) and not _ordinary_words_in_capitals(text[a:b], common_words)
    ]


def _ordinary_words_in_capitals(name: str, common_words: frozenset[str]) -> bool:
    """A phrase of several words in capitals with an ordinary English word among them is a telegram's upper-case
    prose, no name ("JOIN COMESA TRADE TALKS")."""
    words = name.split()
    return len(words) > 1 and name.isupper() and any(w.lower() in common_words for w in words)


def _joined_by_states(
    doc: Doc, lex: Lexicon, is_state: Callable[[str], bool], nationality: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The (start, end) of each name a state joins: the object of a joining verb whose joiner is state-like."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.joining_verbs:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        name = _name_span(obj) if obj is not None else None
        if name is None:
            continue
        joiner = _joiner(tok)
        if joiner is not None and _state_like(joiner, lex, is_state, nationality):
            yield name


def _name_span(tok: Token) -> tuple[int, int] | None:
    """The capitalised proper name a token ends ("INTELSAT", "Wassenaar Arrangement"): the token and the
    capitalised compounds right before it; None for a common noun or a name with a lower-case word."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    first = tok
    while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head == tok:
        first = first.nbor(-1)
    words = tok.doc[first.i : tok.i + 1]
    if len(words) > 3 or not all(w.text[:1].isupper() for w in words):
        return None
    return words.start_char, words.end_char


def _joiner(verb: Token) -> Token | None:
    """Who joins: the verb's subject; else, up the parse, the object of the verb that governs it ("encouraged the
    Soviets to join") or the subject of the first verb or adjective above it that has one ("eligible to join",
    "showing interest in joining")."""
    tok = verb
    for _ in range(_MAX_CLIMB):
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if tok.dep_ == "xcomp":
            obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _state_like(tok: Token, lex: Lexicon, is_state: Callable[[str], bool], nationality: Callable[[str], bool]) -> bool:
    """A state's name ("North Korea", with its compounds), a people's plural ("Soviets") or a noun for states
    (`lexicon.state_member_nouns`: "a state", "other nations")."""
    first = tok
    while first.i > 0 and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head == tok:
        first = first.nbor(-1)
    name = tok.doc[first.i : tok.i + 1].text
    if is_state(name) or tok.lower_ in lex.state_member_nouns:
        return True
    return tok.text[:1].isupper() and tok.text.endswith("s") and nationality(tok.text)


def _states_representatives(
    text: str, is_state: Callable[[str], bool], nationality: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The (start, end) of each name a state's representative or delegate is sent to ("the French representative
    to INTELSAT", "the UK Delegate to the Disarmament Conference"): a state sends them to an international body."""
    for m in _REPRESENTATIVE.finditer(text):
        who = m.group("who")
        if is_state(who) or nationality(who.split()[-1]):
            yield m.start("name"), m.end("name")


def _introduced_names(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """The (start, end) of each name that "an international organization (to be) called X" introduces, unless a
    word before the noun makes the organisation a private one."""
    for m in _introducing(lex).finditer(text):
        modifiers = m.group("mods").lower().split()
        if not any(w in lex.private_organisation_modifiers for w in modifiers):
            yield m.start("name"), m.end("name")


def _introducing(lex: Lexicon) -> re.Pattern[str]:
    """ "international [words] organization[,] [to be] called/named/dubbed/known as X", in any case."""
    verbs = "|".join(re.escape(v).replace(r"\ ", r"[ \t]+") for v in sorted(lex.naming_verbs))
    return re.compile(
        r"(?i:\b(?:international|intergovernmental)(?P<mods>(?:[ \t]+[\w-]+){0,4}?)[ \t]+organi[sz]ation,?"
        rf"[ \t]+(?:to[ \t]+be[ \t]+)?(?:{verbs})[ \t]+)" + _NAME
    )
