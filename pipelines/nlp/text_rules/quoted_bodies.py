"""A body's official name in quotes: "an agency called "Federal Service for Supervision in the Sphere of Mass
Media"". Quotes mark where a name starts and ends; inside them a long official name's prepositional phrases
("for Supervision", "in the Sphere of ...") are its words, not a clause about it."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a quoted stretch on one line that starts with a capital
_QUOTED = re.compile(r"[\"“](?P<name>[A-Z][^\"“”\n]{4,200}?)[\"”]")


def _name_words_ok(words: list[str], lex: Lexicon) -> bool:
    """Every word is capitalised or a connector of a name ("of", "for", "with", "in", "the", "and"); the name ends
    in a capitalised word."""
    connectors = lex.name_connectors | lex.quoted_name_connectors
    return words[-1][:1].isupper() and all(w[:1].isupper() or w in connectors for w in words)


def _head_before_complement(words: list[str], lex: Lexicon) -> bool:
    """The name's head noun is the last word before its first connector ("Federal Service for ..."), or the name
    ends in it ("Data Protection Authority"): a quoted law's title ("Regulation on the Board") has no body's head
    there."""
    heads = lex.agency_heads - lex.plural_agency_heads
    first = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    return first > 0 and (words[first - 1].lower() in heads or words[-1].lower() in heads)


def find_quoted_bodies(text: str, lex: Lexicon) -> list[Cand]:
    """A body's long name (four words or more) in quotes, capitalised throughout but for a name's connectors, with a
    body's head noun: the whole quoted name is the body's. Intergovernmental when the name has an IGO cue word."""
    out = []
    for m in _QUOTED.finditer(text):
        words = re.findall(r"[\w'’&-]+", m.group("name"))
        if len(words) < 4 or not _name_words_ok(words, lex) or not _head_before_complement(words, lex):
            continue
        if m.group("name").rstrip()[-1:] in ",.;:":
            continue
        cue = any(w.lower() in lex.igo_cues for w in words)
        out.append(Cand.of(m.start("name"), m.end("name"), "IGO" if cue else "Agency", "quoted-body"))
    return out
