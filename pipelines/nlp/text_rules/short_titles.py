"""A statute's short-title clause: "This Act may be cited as the ``Secure Equipment Act of 2021''", "These
Regulations may be cited as the Data Protection (Adequacy) (Republic of Korea) Regulations 2022", "This Act may be
cited as the Personal Data Protection Act 2012 and shall come into operation ...".

English legislative drafting names the instrument there in full: what follows "may be cited as (the)" up to the
closing quotation mark (or, unquoted, up to the sentence's end or the coordinated "and shall ..." clause) is the
title, whatever its words, and the bill text may wrap it over a line ("``Anti-CCP Espionage via Social Media\\nAct
of 2023''"). A second title after "or the" is an alternative citation of the same instrument ("or the ``ACES Act
of 2023''"). An unquoted title must end in a law's head noun or its year, so a clause that cites no title ("may
be cited as authority for ...") names none."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_CITED_AS = r"\b(?:may|shall|can)[ \t\n]+be[ \t\n]+cited[ \t\n]+as[ \t\n]+(?:the[ \t\n]+)?"
#: a quoted title: `` '' (bill text), straight or curly double quotes; one line break at most, no blank line
_QUOTED = re.compile(r"(?:``|“|\")(?P<title>[A-Z][^`'\"“”\n]{2,200}(?:\n[^`'\"“”\n]{1,200})?)(?:''|”|\")")
#: an unquoted title, up to the sentence's end, a coordinated clause or the line's end
_BARE = re.compile(r"(?P<title>[A-Z][^\n;]{2,200}?)(?=\.(?:\s|$)|[ \t]+and[ \t]+(?:shall|will|is)\b|[ \t]*[;\n]|$)")
_ALTERNATIVE = re.compile(r"[ \t\n]+or[ \t\n]+(?:the[ \t\n]+)?")
#: the end of a title: a law's head noun, perhaps with its year after "of", a comma or a space
_YEAR_END = re.compile(r"(?:,?[ \t]+(?:of[ \t]+)?(?:19|20)\d\d)$")


def find_short_titles(text: str, lex: Lexicon) -> list[Cand]:
    """The titles of the short-title clauses in the text (see the module docstring)."""
    out: list[Cand] = []
    for m in re.finditer(_CITED_AS, text):
        quoted = _QUOTED.match(text, m.end())
        if quoted is None:
            bare = _BARE.match(text, m.end())
            if bare is not None and _ends_as_title(bare.group("title"), lex):
                out.append(Cand.of(bare.start("title"), bare.end("title"), "Law", "short-title"))
            continue
        out.append(Cand.of(quoted.start("title"), quoted.end("title"), "Law", "short-title"))
        alt = _ALTERNATIVE.match(text, quoted.end())
        second = _QUOTED.match(text, alt.end()) if alt is not None else None
        if second is not None:
            out.append(Cand.of(second.start("title"), second.end("title"), "Law", "short-title"))
    return out


def _ends_as_title(title: str, lex: Lexicon) -> bool:
    """The title ends in a law's head noun, perhaps with its year after it ("... Act of 2011", "... Regulations
    2022")."""
    words = _YEAR_END.sub("", title).split()
    return bool(words) and words[-1].lower() in lex.law_heads
