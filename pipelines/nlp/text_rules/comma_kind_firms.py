"""Companies named in a loose apposition after the noun of their kind: "the national telephone company, ONATEL,",
"an online news outlet, Peoples’ Gazette based in Abuja", "the state-owned operator, Eswatini Posts and
Telecommunications (EPTC),".

English may set a name after a noun phrase and a comma to say which one the phrase means, as it sets the phrase after
the name ("MTN, an operator"): a determiner, a noun of a business's kind (`lexicon.firm_nouns`, `press_firm_nouns`),
a comma, the name, and the apposition closes (a comma, a bracket, a stop, the line's end, or a participle that
goes on describing the company: "based", "owned"). A name followed by a verb starts a clause of its own ("For the
company, Smith said ..."), a list goes on past it with "and"; neither is read. The name is a company's as the
close apposition's is (`press_firms.company_name_ok`): no title, body, day, state or nationality, though a
state's name may lead a longer name. A state's bank
("the central bank, BCEAO,") is a body, no company."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.press_firms import company_name_ok, kind_nouns

#: a word of a name: a capital, then letters (an inner capital, "&", "." allowed; a hyphen before a capital or a
#: digit: "Alcatel-Lucent", not "Kong-based"), or a plural's possessive apostrophe inside a title ("Peoples’ Gazette")
_WORD = r"[A-Z](?:[\w&.]|-(?=[A-Z0-9]))*[\w]’?|[A-Z]"
#: one to five such words, the lower-case words a company's name holds between them
_NAME = rf"(?:{_WORD})(?:[ \t]+(?:(?:of|and|&|de|du|des|la|le|the|for)[ \t]+)?(?:{_WORD})){{0,4}}"
#: what closes the apposition after the name
_CLOSES = re.compile(
    r"[ \t]*(?:[,;:.()]|\n|$)|[ \t]+(?:based|owned|controlled|headquartered|operated|founded|formerly)\b"
)
#: a determiner that opens the noun phrase before the name
_DETERMINERS = r"(?:the|a|an|its|their|his|her|one)"


def find_comma_kind_firms(
    text: str, lex: Lexicon, is_other_name: Callable[[str], bool], common_words: frozenset[str]
) -> list[Cand]:
    """Companies named after a comma that follows a noun phrase of their kind ("the national telephone company,
    ONATEL,"); `is_other_name` tells a nationality or a name known as something other than a company."""
    nouns = kind_nouns(lex.firm_nouns | lex.press_firm_nouns)
    pattern = re.compile(
        rf"(?<![\w-])(?i:{_DETERMINERS})[ \t]+(?P<mods>(?:[\w’'-]+[ \t]+){{0,3}}?)(?P<noun>{nouns}),[ \t]+"
        rf"(?P<name>{_NAME})"
    )
    out = []
    for m in pattern.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if _CLOSES.match(text, end) is None or name.endswith("’") or _a_state_bank(m, lex):
            continue
        if company_name_ok(name, lex, _judged_whole(name, is_other_name), common_words):
            out.append(Cand.of(start, end, "Firm", "comma-kind-firm"))
    return out


def _judged_whole(name: str, is_other_name: Callable[[str], bool]) -> Callable[[str], bool]:
    """A name of several words is judged whole: a state's name may lead a company's ("Eswatini Posts and
    Telecommunications", "France Telecom") where the close apposition's check of the first word alone would reject
    it; a name of one word is judged as it is."""
    return lambda n: is_other_name(n) if n == name or " " not in name else False


def _a_state_bank(m: re.Match[str], lex: Lexicon) -> bool:
    """ "the central bank, BCEAO": a word before "bank" that makes it a state's or a union's bank, a body."""
    mods = m.group("mods").split()
    return m.group("noun").lower() == "bank" and bool(mods) and mods[-1].lower() in lex.public_bank_modifiers
