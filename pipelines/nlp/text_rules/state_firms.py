"""Companies whose name is a state's name and a noun of their line of business: "China Mobile", "Japan Airlines",
"Singapore Telecommunications", "Kenya Airways".

Carriers, airlines, postal and telecommunications companies that a state founded or once owned are named by the
state's name and the noun of the service they sell, capitalised ("China Telecom"). A state's name is never followed
by such a noun, capitalised, as part of the state's own name, so the two words together name the company, and the
state's name inside is no mention of the state. A law, a body or an event named after a line of business ("the
China Telecommunications Regulations", "the Kenya Telecommunications Commission", "the Iraq Telecom conference") goes
on with its head noun, and is left to the rules of laws and bodies."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: up to three capitalised words (a state's name, "South Korea"), then one capitalised word, the business noun; a
#: lookahead, so that each word may start a match
_STATE_AND_NOUN = re.compile(
    r"(?<![\w.&’'-])(?=(?P<state>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})[ \t]+(?P<noun>[A-ZÀ-Þ][a-zß-ÿ]+)(?![\w&-]))"
)
#: the next word after the business noun
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")


def _folded(word: str) -> str:
    """The word in lower case without its accents: a company named in French, Spanish or Portuguese writes the
    business noun with the language's accents ("France Télécom", "Correos de Chile"), the same noun as in English."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))


def _state_suffix(words: str, is_state: Callable[[str], bool]) -> int | None:
    """Where the longest run of the capitalised words' last words that names a state starts, or None."""
    spans = list(re.finditer(r"\S+", words))
    for k in range(len(spans)):
        if is_state(words[spans[k].start() :]):
            return spans[k].start()
    return None


def _goes_on_as_other_name(text: str, end: int, lex: Lexicon) -> bool:
    """The business noun is followed by a head noun of a law, a body or an event ("China Telecom Regulations",
    "Kenya Telecommunications Commission", "the Iraq Telecom conference"): the name of another kind of thing,
    whose line of business the words say, not the company's."""
    m = _NEXT_WORD.match(text, end)
    heads = lex.law_heads | lex.org_heads | lex.event_nouns
    return m is not None and m.group(1).lower() in heads


def find_state_named_firms(text: str, lex: Lexicon, is_state: Callable[[str], bool]) -> list[Cand]:
    """ "China Mobile", "Japan Airlines": a state's name (the tables') right before a capitalised noun of a line of
    business (`lexicon.state_firm_nouns`, accents aside: "France Télécom") is a company's name, the noun included."""
    out: list[Cand] = []
    ends: set[int] = set()
    for m in _STATE_AND_NOUN.finditer(text):
        if m.end("noun") in ends:
            continue  # a longer name before the same noun was taken ("South Korea Telecom", not "Korea Telecom")
        if _folded(m.group("noun")) not in lex.state_firm_nouns or _goes_on_as_other_name(text, m.end("noun"), lex):
            continue
        offset = _state_suffix(m.group("state"), is_state)
        if offset is None:
            continue
        ends.add(m.end("noun"))
        out.append(Cand.of(m.start("state") + offset, m.end("noun"), "Firm", "state-named-firm"))
    return out
