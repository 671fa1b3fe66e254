"""A law titled by its subject after "On", the way the former Soviet states name their laws and decrees: the Law
"On Personal Data", a decree "On some questions of improving usage of the national segment of global Internet
computer network", Federal Law No. 149-FZ "On Information, Information Technologies and the Protection of
Information".

Such a title is a preposition and the noun phrase of the law's subject, no sentence (no subject of its own before
a verb), and an English text keeps it whole in quotes right after the law's kind or its number. Its form says it is
a title, whatever its length and whether its words are capitalised or not: the whole of it is the law's name, the
quotes not. A quoted remark that opens with "On" is no title ('he said "On reflection, the law is bad"': no law's
kind before it), nor is a date ('the decree "On 5 May ..."': a month, a weekday or a number after "On"). The same
title in brackets ("Decree no.60 (On measures for improving use of the national Internet network)") is left: the
parser reads the bracketed "On" as a preposition of the clause around it, and the verbs of that clause would take
the title for their object."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a law's kind (a word, any case), perhaps its number ("no.60", "No. 94-V"), then "On ..." in quotes
_KIND_ON_TITLE = re.compile(
    r"(?<![\w-])(?P<kind>[A-Za-z]+)(?:[ \t]+(?:[Nn]o\.?|N[°º]|[Nn]umber)?[ \t]*\d[\w/.-]*?)?[ \t]*"
    r"(?P<open>[“\"«])(?P<title>On[ \t]+(?P<first>[\w'’-]+)[^“”\"«»()\n]{2,200}?)[.,]?(?P<close>[”\"»])"
)
#: the quotes that close each opening one
_CLOSING = {"“": '”"', '"': '"”', "«": "»"}


def find_subject_titles(text: str, lex: Lexicon) -> list[Cand]:
    """Each "On ..." title in quotes right after a law's kind (`law_heads`) or its number, as a Law."""
    out: list[Cand] = []
    for m in _KIND_ON_TITLE.finditer(text) if "On " in text else ():
        if m.group("kind").lower() not in lex.law_heads or m.group("close") not in _CLOSING[m.group("open")]:
            continue
        first = m.group("first")
        if first.lower() in lex.calendar_words or first.lower() in lex.months or first[:1].isdigit():
            continue
        out.append(Cand.of(m.start("title"), m.end("title"), "Law", "law-subject-title"))
    return out
