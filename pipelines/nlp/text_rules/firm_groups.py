"""Business groups named by their line of business and "Group": "Arab Media Group", "Vietnam Posts and
Telecommunications Group", "Acme Banking Group".

"Group" heads the names of many kinds of body: a committee of officials ("Working Group", "Steering Group"), a
coalition of states ("Lima Group", "Group of Seven") and a company with its subsidiaries. A company's group says what
it sells right before the head: a capitalised noun of a line of business (`lexicon.business_group_nouns`), as in
"Media Group" or "Telecommunications Group"; a committee says what it is ("Working", "Contact", "Expert") or takes
its remit after "on". A name after "for" is a remit or a portfolio ("Director General for Digital, Tech and
Telecoms Group"), no company's."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word of a name ("Arab", "Vietnam", "AT&T")
_WORD = r"[A-Z][\w&'’.-]*[\w]"
#: up to four capitalised words, "and" or "&" between two of them, blanks (a wrapped line too) between, then "Group"
_GROUP = re.compile(
    rf"(?<![\w&'’.-])(?:The\s+)?(?P<name>{_WORD}(?:\s+(?:(?:and|&)\s+)?{_WORD}){{0,4}})\s+Group(?![\w-])"
)
#: "for" right before the name: the name is a remit or a portfolio, not a company
_REMIT_BEFORE = re.compile(r"\bfor\s+$")


def find_business_groups(text: str, lex: Lexicon, is_other_name: Callable[[str], bool]) -> list[Cand]:
    """Each name whose last word before "Group" is a noun of a line of business ("Arab Media Group"); not a name
    after "for", one with an intergovernmental cue ("International"), nor one the tables know as another
    kind of thing."""
    out: list[Cand] = []
    for m in _GROUP.finditer(text):
        words = m.group("name").split()
        if words[-1].lower() not in lex.business_group_nouns:
            continue
        start = m.start("name")
        if words[0].lower() in lex.name_stop_starters or words[0].lower() in lex.business_group_nouns:
            continue  # "the Media Group": no name but the kind
        if _REMIT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        low = [w.lower() for w in words]
        if any(w in lex.igo_cues for w in low) or is_other_name(text[start : m.end()]):
            continue
        out.append(Cand.of(start, m.end(), "Firm", "business-group"))
    return out
