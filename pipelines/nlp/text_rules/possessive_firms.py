"""Companies that an apposition with a possessive calls companies: "Sonatel, Senegal's main telecommunications
operator, ...", "Ooredoo, Qatar's largest mobile operator, ...", "Huawei, China's biggest equipment maker, ...".

English opens a noun phrase with a possessive as with an article ("the company" / "Senegal's company"), so an
apposition "Name, Owner's (up to three modifiers) company noun," describes the name as a company just as "Name, a
company," does. The apposition closes where the noun phrase does (a comma, a full stop, a relative pronoun, a
participle); a company noun that goes on with another noun ("Acme's operator licence") modifies that noun and
says nothing of the name.

The apposition says the same of a name's abbreviation in parentheses right before it ("Omnium nord-africain (ONA),
Morocco's largest conglomerate,": ONA is the company, whatever the words of the long name), and of a name it
precedes with "the" ("Morocco's largest conglomerate, the palace-controlled ONA,": the two noun phrases stand for
one thing in either order)."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a name of one to three capitalised words
_NAME = r"[A-Z][\w&-]*[\w](?:[ \t]+[A-Z][\w&-]*[\w]){0,2}"
#: the apposition's owner and its possessive, up to three lower-case modifiers and the company noun
_OWNERS_NOUN = (
    r"(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})['’]s[ \t]+"
    r"(?P<mods>(?:[a-z][\w-]*[ \t]+){0,3})(?P<noun>[a-z][\w-]*)"
)
#: where the apposition's noun phrase closes: a comma, a full stop, a relative pronoun, a participle
_CLOSED = r"(?=[ \t]*[,.;]|[ \t]+(?:that|which|whose|based|owned|controlled|founded|and|with)\b)"
#: a name, a comma and the apposition: "Acme, Kenya's largest operator,"
_APPOS = re.compile(r"(?<![\w.&'’-])(?P<name>" + _NAME + r"),[ \t]+" + _OWNERS_NOUN + _CLOSED)
#: a name's abbreviation in parentheses, then the same apposition: "(ONA), Morocco's largest conglomerate,"
_ABBR_APPOS = re.compile(r"\((?P<abbr>[A-Z][A-Za-z&.-]{1,9})\),[ \t]+" + _OWNERS_NOUN + _CLOSED)
#: the apposition first, then "the", up to two lower-case modifiers and the name, closed by a comma or a full stop:
#: "Morocco's largest conglomerate, the palace-controlled ONA, ..."
_APPOS_FIRST = re.compile(
    r"(?<![\w.-])" + _OWNERS_NOUN + r",[ \t]+the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?P<name>" + _NAME + r")(?=[ \t]*[,.;])"
)
#: words that open a clause or a prepositional phrase: no modifier of a noun phrase is one
_NO_MODIFIER = frozenset({"of", "for", "in", "on", "at", "to", "by", "with", "from", "and", "or", "the", "a", "an"})


def find_possessive_firm_appositions(text: str, lex: Lexicon) -> list[Cand]:
    """Each name that an apposition opened by a possessive calls a company (`lexicon.firm_nouns`), after the name,
    after its abbreviation (the abbreviation) or before the name."""
    out = []
    for rx, group in ((_APPOS, "name"), (_ABBR_APPOS, "abbr"), (_APPOS_FIRST, "name")):
        for m in rx.finditer(text):
            if _calls_a_company(m, lex) and _a_company_name(m.group(group), lex):
                out.append(Cand.of(m.start(group), m.end(group), "Firm", "firm-appos"))
                if group == "abbr":
                    out += _name_before_abbreviation(text, m.start(), lex)
    return out


#: a name of one to three capitalised words right before a parenthesis: "Globacom (Glo)"
_NAME_BEFORE = re.compile(r"(?<![\w.&'’-])" + _NAME + r"[ \t]+$")


def _name_before_abbreviation(text: str, paren: int, lex: Lexicon) -> list[Cand]:
    """The capitalised name the abbreviation abbreviates, right before its parenthesis ("Globacom (Glo), Nigeria's
    second-largest operator,"): the same company; none where the long name is not one of capitalised words."""
    m = _NAME_BEFORE.search(text, max(0, paren - 80), paren)
    if m is None or not _a_company_name(m.group(0), lex):
        return []
    return [Cand.of(m.start(), m.start() + len(m.group(0).rstrip()), "Firm", "firm-appos")]


#: a possessive and the noun phrase it opens: "'s telecommunications subsidiary,"
_POSSESSED = re.compile(r"['’]s?[ \t]+(?P<mods>(?:[a-z][\w-]*[ \t]+){0,3})(?P<noun>[a-z][\w-]*)" + _CLOSED)


def possessed_company(text: str, at: int, lex: Lexicon) -> bool:
    """The noun phrase a possessive opens at `at` is headed by a company noun ("Wana, the company's
    telecommunications subsidiary,": the apposition calls Wana a company; "the company's general counsel" does not)."""
    m = _POSSESSED.match(text, at)
    return m is not None and _calls_a_company(m, lex)


def _calls_a_company(m: re.Match[str], lex: Lexicon) -> bool:
    """The apposition's head is a company noun, and its modifiers are words of a noun phrase (no preposition,
    conjunction or article: "Acme, Kenya's operator of ..." goes on as a phrase of its own)."""
    return m.group("noun") in lex.firm_nouns and not any(w in _NO_MODIFIER for w in m.group("mods").split())


def _a_company_name(name: str, lex: Lexicon) -> bool:
    """The words may be a company's name: not led by a function word ("The", "This"), no head noun of a body
    ("the country's largest operator, the Ministry")."""
    words = name.lower().split()
    return words[0] not in lex.name_stop_starters and not any(w in lex.org_heads for w in words)
