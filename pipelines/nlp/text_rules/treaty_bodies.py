"""The bodies a treaty sets up are named after it: "the Consultative Committee of Convention 108", "the Secretariat
of the Basel Convention", "the Committee of the Parties to the Budapest Convention", "the Joint Committee of the EEA
Agreement". English names such a body by its organ noun, "of" (or "of the Parties to") and the treaty's name; the
whole is one intergovernmental body (a treaty binds states), not the treaty, and the treaty's name inside it is no
mention of its own. The treaty's name ends on a treaty noun (`lexicon.yaml` `treaty_nouns`) and its number, or
is that noun alone after "the" ("the Consultative Committee of the Convention")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the gap between two words of one name: spaces, or spaces around one line break
_GAP = r"[ \t]*\n?[ \t]*"
#: one capitalised word of a name, no article ("The", "THE")
_WORD = r"(?!(?:The|THE)\b)[A-Z][\w’'-]*"
#: an organ's name: up to three capitalised words and its head
_ORGAN = rf"(?P<organ>(?:{_WORD}[ \t]+){{0,3}}{_WORD})"
#: "the" in either case
_THE = rf"(?:(?i:the){_GAP})?"
#: what joins the organ to the treaty: "of", "of the", "of the Parties to (the)"
_JOIN = rf"{_GAP}(?i:of){_GAP}{_THE}(?:(?i:parties){_GAP}(?i:to){_GAP}{_THE})?"
#: the treaty's name: capitalised words, "on"/"of"/"and"/"for" (and "the") between them
_TREATY = rf"(?P<treaty>(?:{_WORD}{_GAP}(?:(?i:on|of|and|for){_GAP}{_THE})?){{0,6}}{_WORD})"
#: a number after the treaty's name ("Convention 108")
_NUMBER = rf"(?P<number>{_GAP}\d{{1,4}})?"


def _body_rx() -> re.Pattern[str]:
    """An organ, "of" and a treaty's name."""
    return re.compile(rf"{_ORGAN}{_JOIN}{_TREATY}{_NUMBER}")


_BODY = _body_rx()


def _organ_named(organ: str, lex: Lexicon) -> bool:
    """The words before "of" name an organ: their last word is a body's head."""
    return organ.split()[-1].lower() in lex.igo_heads | lex.igo_organ_heads


def _treaty_end(text: str, m: re.Match[str], lex: Lexicon) -> int | None:
    """Where the treaty's name ends: after its last treaty noun (and a number right after it); None when the words
    after "of" name no treaty, or a capitalised word goes on past it (a longer name of something else). Without
    "the" the treaty is its noun alone: "Council of Europe Convention 108" is the convention of a body."""
    words = [w.group(0).lower() for w in re.finditer(r"[\w’'-]+", m.group("treaty"))]
    if words[-1] not in lex.treaty_nouns:
        return None
    if not re.search(r"(?i:the)\s*$", text[m.end("organ") : m.start("treaty")]) and len(words) > 1:
        return None  # without "the" only the noun and its number ("of Convention 108"): "Council of Europe Convention"
    end = m.end("number") if m.group("number") else m.end("treaty")
    if re.match(rf"{_GAP}[A-Z0-9]", text[end:]) and not re.match(r"\s*\n\s*\n", text[end:]):
        return None
    return end


def find_treaty_bodies(text: str, lex: Lexicon) -> list[Cand]:
    """The bodies named after the treaty that sets them up (the module's docstring): one IGO candidate each."""
    out: list[Cand] = []
    for first in re.finditer(r"(?<![\w-])[A-Z]", text):
        m = _BODY.match(text, first.start())
        if m is None or (out and out[-1].end > m.start()) or not _organ_named(m.group("organ"), lex):
            continue  # tried at every capital: "the Vice-Chair of the Consultative Committee of ..." holds one
        end = _treaty_end(text, m, lex)
        if end is not None:
            out.append(Cand.of(m.start(), end, "IGO", "igo-treaty-body"))
    return out
