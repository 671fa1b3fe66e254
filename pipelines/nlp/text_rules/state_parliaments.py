"""A state's parliament named in lower case together with the state: "the Nigeria parliament", "members of the
Jordanian parliament", "the bill was passed by the parliament of Bangladesh".

English writes "parliament" as a common noun and still names one body when the state's name or adjective before it,
or "of" and the state's name after it, says whose parliament it is: the phrase is that state's legislature, as "the
Jordanian Parliament" is, and the state's word is a word of its name. The noun alone ("the government and
parliament") or after an adjective that names no state ("the European parliament") is left to the other rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the most words a state's name after "of" has ("Democratic Republic of the Congo")
_STATE_NAME_WORDS = 5


def find_state_parliaments(
    doc: Doc, lex: Lexicon, type_of: Callable[[str], str | None], demonyms: Mapping[str, str]
) -> list[Cand]:
    """Each lower-case parliament noun (`lexicon.state_chamber_nouns`) with a state's name or adjective right
    before it, or "of" and a state's name right after it: the span from the state's word to the noun."""
    out: list[Cand] = []
    for tok in doc:
        if tok.text not in lex.state_chamber_nouns:
            continue
        start = _state_before(doc, tok, type_of, demonyms)
        end = _state_after(doc, tok, type_of) if start is None else None
        if start is not None:
            out.append(Cand.of(start, tok.idx + len(tok.text), "Agency", "state-parliament"))
        elif end is not None:
            out.append(Cand.of(tok.idx, end, "Agency", "state-parliament"))
    return out


def _state_before(
    doc: Doc, tok: Token, type_of: Callable[[str], str | None], demonyms: Mapping[str, str]
) -> int | None:
    """Where the state's capitalised name or adjective right before the noun starts ("Nigeria", "Jordanian",
    "South African"), if one is there."""
    for n in (2, 1):
        if tok.i - n < 0:
            continue
        words = doc[tok.i - n : tok.i]
        if not all(w.text[:1].isupper() for w in words):
            continue
        if type_of(words.text) == "State" or words.text.lower() in demonyms:
            return words.start_char
    return None


def _state_after(doc: Doc, tok: Token, type_of: Callable[[str], str | None]) -> int | None:
    """Where "of" and a state's capitalised name right after the noun end ("parliament of Bangladesh", "parliament
    of the United Kingdom"), if they are there."""
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    first = tok.i + 3 if doc[tok.i + 2].lower_ == "the" else tok.i + 2
    for n in range(_STATE_NAME_WORDS, 0, -1):
        words = doc[first : first + n]
        if len(words) == n and words[0].text[:1].isupper() and type_of(words.text) == "State":
            return words.end_char
    return None
