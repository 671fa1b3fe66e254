"""Companies listed after a plural company noun: "four companies: Click Labs, Incentive Services and TDARX", "the
firms Northwind, Contoso and Fabrikam".

English introduces the members of a set by naming the set with a count or an article and a plural noun, then listing
them (after a colon, or in close apposition). When the noun is a kind of company ("companies", "firms", "brokers"),
every capitalised name of the list is a company's, however ordinary its words ("Global Data"). The list ends at its
last item after "and"/"or"; a word in lower case or a sentence end stops it before.

English also gives examples of a set by its plural noun and "such as", "including" or "like": "banks such as
JPMorgan", "foreign firms including Tesla", "companies such as Zentrix and Brightwave". When the noun is a kind of
company, each capitalised name of the examples is a company's; a nationality adjective is no name ("companies such
as Chinese ones"). Examples that only illustrate the set, and do not narrow it, are set off by a comma: "social media
companies, such as X, Truth Social, or Rumble", "lenders, including Northwind Bank"."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a count or a determiner that introduces a set ("four", "the", "three other")
_COUNT = (
    r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal"
    r"|\d{1,2})"
)
#: a capitalised name of one to four words ("Click Labs", "AT&T", "Acme Data Co."); a brand may start with one
#: lower-case letter before a capital ("eBay", "iRobot"), which no English word does
_ITEM = r"(?:[A-Z]|[a-z](?=[A-Z]))[\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}"


def _plural(noun: str) -> str:
    """The plural of a company noun ("company" -> "companies", "broker" -> "brokers")."""
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def _list_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The count, at most one modifier in lower case, the plural company noun, a colon or comma, then the list. A
    newspaper, a broadcaster or a publisher is a company too (`lexicon.press_firm_nouns`): "the local newspapers,
    Morning Ledger and Evening Courier", "the two dailies, Valley Tribune and Harbour Gazette"."""
    kinds = lex.firm_nouns | lex.press_firm_nouns
    nouns = "|".join(sorted((re.escape(_plural(n)) for n in kinds if " " not in n), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-]){_COUNT}[ \t]+(?:[a-z-]+[ \t]+)?(?:{nouns})[:,]?[ \t]+"
        rf"(?P<list>{_ITEM}(?:,[ \t]+{_ITEM})*,?[ \t]+(?:and|or)[ \t]+{_ITEM})(?![\w&'’-])"
    )


def _example_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A plural company noun (capitalised at a sentence's start: "Banks such as ..."), a comma when the examples are
    non-restrictive ("companies, such as ..."), "such as"/"including"/"like", then one name or a list of names."""
    plurals = sorted((_plural(n) for n in lex.firm_nouns if " " not in n), key=len, reverse=True)
    nouns = "|".join(f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}" for p in plurals)
    return re.compile(
        rf"(?<![\w-])(?:{nouns}),?[ \t\n]+(?:such[ \t\n]+as|including|like)[ \t\n]+"
        rf"(?P<list>{_ITEM}(?:,[ \t]+{_ITEM})*(?:,?[ \t]+(?:and|or)[ \t]+{_ITEM})?)(?![\w&'’-])"
    )


#: a full stop, blanks, then a capital: where a sentence may end inside a list's last item ("Rain. However")
_STOP_THEN_CAPITAL = re.compile(r"\.[ \t\n]+(?=[A-Z])")


def within_sentence(name: str, lex: Lexicon) -> str:
    """The item up to the end of its sentence: a full stop followed by a capitalised word ends the sentence
    ("... Cell-C and Rain. However, ..."), unless the word before the stop is an abbreviation that a name goes on
    after: a legal form ("Acme Corp. Holdings"), a lexicon abbreviation ("Dept.") or an initial ("John Q. Public")."""
    for m in _STOP_THEN_CAPITAL.finditer(name):
        word = name[: m.start() + 1].split()[-1]
        if len(word) == 2 or word.lower() in lex.comma_legal_forms or word in lex.abbreviations:
            continue
        return name[: m.start()]
    return name


def find_example_firms(
    text: str, lex: Lexicon, other_kind: Callable[[str], bool], nationality: Callable[[str], bool]
) -> list[Cand]:
    """Each name given as an example of a plural company noun ("banks such as JPMorgan", "firms like Zentrix and
    Brightwave"), unless the tables know it as another kind of thing or its first word is a nationality's."""
    out: list[Cand] = []
    for m in _example_pattern(lex).finditer(text):
        base = m.start("list")
        for item in re.finditer(rf"{_ITEM}", m.group("list")):
            name = within_sentence(item.group(0), lex).rstrip(".")
            if name in ("And", "Or") or other_kind(name) or nationality(name.split()[0].lower()):
                continue
            out.append(Cand.of(base + item.start(), base + item.start() + len(name), "Firm", "firm-example-list"))
    return out


def find_listed_firms(text: str, lex: Lexicon, other_kind: Callable[[str], bool]) -> list[Cand]:
    """Each name of a list introduced by a count or an article and a plural company noun, unless the tables know
    it as another kind of thing (`other_kind`: a state, a body)."""
    out: list[Cand] = []
    for m in _list_pattern(lex).finditer(text):
        base = m.start("list")
        for item in re.finditer(rf"{_ITEM}", m.group("list")):
            name = within_sentence(item.group(0), lex).rstrip(".")
            if name in ("And", "Or") or other_kind(name):
                continue
            out.append(Cand.of(base + item.start(), base + item.start() + len(name), "Firm", "firm-count-list"))
    return out
