"""People a document's layout names: the holders of an office listed by their terms, one a line ("1994 - 2001
Jane Roe", "2001–present John Doe"), as encyclopaedia articles list a body's past heads; and the contact person of
a press release ("Media Contact: Jane Roe, (202) 555-0100"); the writers a news story names in its byline ("By Jane
Roe and John Doe", a line of its own) and credit line ("Reporting by Jane Roe in Paris; Editing by John Doe").

A line that holds only a term of years and two to four capitalised words (an initial allowed) gives a person when
none of the words is a head noun of a body, a law or a place, a title or a name the tables know as something else,
and one of them at least is no ordinary English word (a list of office holders, not of governments or laws). After
"Contact:" (a notice: "FOR FURTHER INFORMATION CONTACT:" and the name on the next line; a sentence: "please
contact: Jane Roe, ...") a press release writes the name of the person to call, then a comma, a parenthesis, a
telephone number or an address. A notice's contact list gives each person to call as the name, a comma, the
person's title in capitals and a telephone number ("contact Jane Roe, Deputy Assistant U.S. Trade Representative
for Europe, 202-395-0000")."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a word of a person's name: a capital and lower-case letters (hyphen or apostrophe inside), or an initial
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*(?:['’-][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*\.?"
#: a line of a term of years ("1988 - 1993", "2014–present", "2005-") and a name, nothing else
_TERM_LINE = re.compile(
    rf"(?m)^[ \t]*[-*•]?[ \t]*(?:1[89]|20)\d\d[ \t]*[-–—][ \t]*(?:(?:1[89]|20)\d\d|present|[Pp]resent)?[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*$"
)
#: a press release's contact line: "(Media|Press) Contact(s):" (also "please contact:" in a sentence) and the name,
#: on the same line or the next ones (a notice's "FOR FURTHER INFORMATION CONTACT:" heads a paragraph of its own),
#: then a comma, "(", a digit or "@"
_CONTACT = re.compile(
    rf"(?<![\w-])(?:(?:Media|Press|MEDIA|PRESS)[ \t]+)?(?:Contact|CONTACT|contact)S?[ \t]*:[ \t]*(?:\n[ \t]*){{0,2}}"
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,2}})(?=[ \t]*(?:,|\(|\d|\n|$)|[ \t]+\S+@)"
)


#: one name of two or three words, in a byline or a credit line
_ONE = rf"{_WORD}(?:[ \t]+{_WORD}){{1,2}}"
#: a list of names joined by commas and "and"
_NAMES = rf"{_ONE}(?:(?:,[ \t]*|,?[ \t]+and[ \t]+){_ONE})*"
#: a byline: "By" and the writers' names, the whole line
_BYLINE = re.compile(rf"(?m)^[ \t]*(?:By|BY)[ \t]+(?P<names>{_NAMES})[ \t]*$")
#: a news agency's credit: "Reporting by", "Editing by", "Writing by", "Additional reporting by" and the names,
#: then "in" and a place, a semicolon, a parenthesis, a full stop or the end
_CREDIT = re.compile(
    rf"(?:(?<=\()|(?<=;)|(?<=^)|(?<=\n)|(?<=[ \t]))(?:[Aa]dditional[ \t]+)?(?:[Rr]eporting|[Ee]diting|[Ww]riting)"
    rf"[ \t]+by[ \t]+(?P<names>{_NAMES})(?=[ \t]+in[ \t]+[A-Z]|[ \t]*(?:;|\)|\.|$|\n))"
)


def _name_words_ok(
    name: str, lex: Lexicon, common_words: frozenset[str], is_other_name: Callable[[str], bool], *, rare: bool
) -> bool:
    """No head noun, title, day or month among the words, no known name of something else; with `rare`, one word
    at least that is no ordinary English word."""
    low = [w.lower().rstrip(".") for w in name.split()]
    blocked = lex.org_heads | lex.law_heads | lex.place_heads | lex.person_titles | lex.calendar_words
    if any(w in blocked or w in lex.name_stop_starters for w in low) or is_other_name(name):
        return False
    return not rare or any(len(w) > 1 and w not in common_words for w in low)


def find_term_list_names(
    text: str, lex: Lexicon, common_words: frozenset[str], is_other_name: Callable[[str], bool]
) -> list[Cand]:
    """The names of a list of office holders by term, one a line ("1993 - 2000 Jane Roe")."""
    return [
        Cand.of(m.start("name"), m.end("name"), "Person", "term-list-name")
        for m in _TERM_LINE.finditer(text)
        if _name_words_ok(m.group("name"), lex, common_words, is_other_name, rare=True)
    ]


def find_contact_names(text: str, lex: Lexicon, is_other_name: Callable[[str], bool]) -> list[Cand]:
    """The contact person of a press release ("Media Contact: Jane Roe, (202) 555-0100")."""
    return [
        Cand.of(m.start("name"), m.end("name"), "Person", "contact-name")
        for m in _CONTACT.finditer(text)
        if _name_words_ok(m.group("name"), lex, frozenset(), is_other_name, rare=False)
    ]


def find_byline_names(text: str, lex: Lexicon, is_other_name: Callable[[str], bool]) -> list[Cand]:
    """Each writer a news story names in its byline ("By Jane Roe and John Doe") or its credit line ("Reporting by
    Jane Roe; Editing by John Doe")."""
    out: list[Cand] = []
    for rx in (_BYLINE, _CREDIT):
        for m in rx.finditer(text):
            for name in re.finditer(_ONE, m.group("names")):
                if name.group(0) != "and" and _name_words_ok(
                    name.group(0), lex, frozenset(), is_other_name, rare=False
                ):
                    a = m.start("names") + name.start()
                    out.append(Cand.of(a, a + len(name.group(0)), "Person", "byline-name"))
    return out


#: a space between two words of a name, also where the line wraps ("Marta \nPrado")
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: a contact in a list: the name, a comma, a title in title case (capitalised words, abbreviations, "of", "for",
#: "the", "and"), a comma and a telephone number or an e-mail address
_TITLED_CONTACT = re.compile(
    rf"(?<![\w.-])(?P<name>{_WORD}(?:{_GAP}{_WORD}){{1,2}}),\s+"
    r"(?P<title>(?:[A-Z][\w.\'’-]*|of|for|the|and)(?:\s+(?:[A-Z][\w.\'’-]*|of|for|the|and)){0,11}),\s*"
    r"(?:\(?\d{3}\)?[ \t.-]?\d{3}[ \t.-]\d{4}\b|[\w.+-]+@[\w-]+\.)"
)


def find_titled_contacts(
    text: str, lex: Lexicon, common_words: frozenset[str], is_other_name: Callable[[str], bool]
) -> list[Cand]:
    """Each person of a contact list: a name followed by a title with a person's title word and a telephone number
    or an e-mail address ("contact Jane Roe, Assistant General Counsel, 202-395-0000"). Ordinary words in front
    of a name of three words ("Contact Jane Roe") are no part of it."""
    out: list[Cand] = []
    for m in _TITLED_CONTACT.finditer(text):
        title = {w.lower().strip(".,") for w in m.group("title").split()}
        if not title & lex.person_titles:
            continue
        words = list(re.finditer(r"\S+", m.group("name")))
        while len(words) > 2 and words[0].group(0).lower() in common_words:
            words = words[1:]
        name = m.group("name")[words[0].start() :]
        if _name_words_ok(name, lex, frozenset(), is_other_name, rare=False):
            out.append(Cand.of(m.start("name") + words[0].start(), m.end("name"), "Person", "titled-contact"))
    return out
