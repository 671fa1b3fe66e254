"""Companies named with their legal form after a comma ("Outlogic, LLC", "Acme Data, Inc.") and the bare name the
same company goes by elsewhere in the document ("Outlogic").

English writes a company's legal form (LLC, Inc., Ltd., GmbH ...) right after its name, often set off by a comma;
no other kind of name takes one (a person, a place, a law), so the capitalised words before the form name a company
and the form is part of that name. A company introduced once with its legal form is then called by its name without
it ("X-Mode Social and Outlogic, LLC, ... Outlogic has sold ..."): the same words without the form, wherever the
document repeats them, name the same company, also where the statistical model took them for a person's name.
A company whose name starts with a coined word (a hyphen, a digit or a capital inside it: "X-Mode Social",
"ByteDance Technology") goes by that word alone too ("X-Mode transferred ..."); an ordinary word ("Global Data") or
a surname-like word ("Johnson Controls") is no short name of it."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a word of a company's name: a capital or a digit, then letters, digits, "&", an inner dot or hyphen ("X-Mode",
#: "Musical.ly", "AT&T", "3M")
_WORD = r"[A-Z0-9](?:[\w&’'-]|\.(?=\w))*"
#: up to four such words, then a comma and one word, the candidate legal form
_NAMED_WITH_FORM = re.compile(
    rf"(?<![\w.&’'-])(?P<name>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,3}}),[ \t]+(?P<form>[A-Za-z.]{{2,6}})(?![\w-])"
)


def _form_of(word: str, lex: Lexicon) -> bool:
    """A legal form as it is written after a comma (`lexicon.comma_legal_forms`): capitalised or in capitals
    ("LLC", "Inc.", "GmbH"), or "plc"; "inc" or "ltd" in lower case are no forms."""
    if word.lower() not in lex.comma_legal_forms:
        return False
    return word[0].isupper() or word == "plc"


def _name_start(name: str, lex: Lexicon) -> int:
    """Where the company's name starts inside the capitalised words before the comma: past the function words and
    time words that open a sentence ("Today Acme Data, LLC ..."), past words ending in a possessive."""
    words = list(re.finditer(r"\S+", name))
    for k, w in enumerate(words[:-1]):
        low = w.group(0).lower()
        if low in lex.name_stop_starters or low in lex.calendar_words or re.search(r"['’]s$", low):
            continue
        return w.start() if k else 0
    return words[-1].start()


def find_comma_legal_forms(text: str, lex: Lexicon, is_other_name: Callable[[str], bool]) -> list[Cand]:
    """ "Outlogic, LLC", "Acme Data, Inc.": the capitalised words before a comma and a legal form name a company,
    the form included. Not a name the tables know as another kind (`is_other_name`: "Ireland, Ltd." is a place and
    a company's form) and not a name of function words alone."""
    out: list[Cand] = []
    for m in _NAMED_WITH_FORM.finditer(text):
        form, end = m.group("form"), m.end()
        if form.endswith(".") and not _form_of(form, lex):
            form, end = form[:-1], end - 1  # "Kestrel Telecom, LLC.": the sentence's full stop after the form
        if not _form_of(form, lex):
            continue
        if (start := _firm_start(text, m, lex, is_other_name)) is not None:
            out.append(Cand.of(start, end, "Firm", "comma-legal-form"))
    return out


def _firm_start(text: str, m: re.Match, lex: Lexicon, is_other_name: Callable[[str], bool]) -> int | None:
    """Where the firm a legal-form match names starts (its name's first word); None when the name is only words that
    start no name or a name the tables know as another kind."""
    start = m.start("name") + _name_start(m.group("name"), lex)
    bare = text[start : m.end("name")]
    if bare.lower() in lex.name_stop_starters or is_other_name(bare):
        return None
    return start


def bare_name(name: str, lex: Lexicon) -> str | None:
    """The company's name without the legal form it ends in ("Outlogic, LLC" -> "Outlogic", "Acme Ltd." ->
    "Acme"), or None when it ends in none."""
    m = re.fullmatch(r"(?P<bare>.+?),?[ \t]+(?P<form>[A-Za-z.]{2,6})", name.strip())
    if m is None or not _form_of(m.group("form"), lex):
        return None
    return m.group("bare")


def retype_bare_repeats(text: str, cands: list[Cand], lex: Lexicon) -> None:
    """A candidate "person" whose words are a company's name the document gave with its legal form ("Outlogic"
    after "Outlogic, LLC") or the coined word its name starts with ("X-Mode" after "X-Mode Social") is that
    company: retyped in place."""
    names = [text[c.start : c.end] for c in cands if c.type == "Firm"]
    firms = {bare_name(n, lex) for n in names} | {coined_first_word(n) for n in names}
    for i, c in enumerate(cands):
        if c.type == "Person" and text[c.start : c.end] in firms:
            cands[i] = Cand.of(c.start, c.end, "Firm", "legal-form-repeat")


#: a coined word: a hyphen or a digit inside it, or a capital after a lower-case letter ("X-Mode", "ByteDance", "3Com")
_COINED = re.compile(r"[A-Z0-9][\w]*(?:-[A-Za-z0-9][\w]*|[a-z][A-Z][\w]*|\d[\w]*)")


def coined_first_word(name: str) -> str | None:
    """The first word of a company's name of several words when it is coined ("X-Mode" of "X-Mode Social"), the
    short name the company goes by; None for a name of one word or an ordinary first word."""
    words = name.split()
    if len(words) < 2 or len(words[0]) < 3 or not _COINED.fullmatch(words[0]) or words[0].isupper():
        return None  # not "EU-US" of "EU-US Data Bridge": abbreviations in capitals name other things
    return words[0]


#: a company's name (one to five words), "Co." or "Corp.", a comma and a second legal form: "Beijing Acme Information
#: Technology Co., Ltd.", the English form of the East Asian "company limited"
_DOUBLE_FORM = re.compile(
    rf"(?<![\w.&’'-])(?P<name>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,4}})[ \t]+(?:Co|Corp|CO|CORP)\.,?[ \t]+"
    r"(?P<form>[A-Za-z.]{2,8})(?![\w-])"
)
#: a company's name (one to four words), a place in parentheses (one to three capitalised words) and a legal form:
#: "Acme (Hong Kong) Ltd.", "Acme (Singapore) Pte. Ltd.", "Acme Holdings (UK) Limited"
_PLACE_FORM = re.compile(
    rf"(?<![\w.&’'-])(?P<name>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,3}})[ \t]+"
    r"\((?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})\)[ \t]+(?:Pte\.?[ \t]+|Pty\.?[ \t]+)?"
    r"(?P<form>[A-Za-z.]{2,8})(?![\w-])"
)


def _form_end(text: str, m: re.Match[str], lex: Lexicon) -> int | None:
    """Where the legal form matched as "form" ends (a sentence's full stop after a form written without one left
    out), or None when the word is no legal form."""
    form, end = m.group("form"), m.end("form")
    if form.endswith(".") and not _form_of(form, lex):
        form, end = form[:-1], end - 1
    return end if _form_of(form, lex) else None


def find_compound_legal_forms(text: str, lex: Lexicon, is_other_name: Callable[[str], bool]) -> list[Cand]:
    """A company's name with a legal form of two parts, or with the place of a subsidiary in parentheses before its
    form: "Beijing Acme Technology Co., Ltd.", "Acme (Hong Kong) Ltd.", "Acme (Singapore) Pte. Ltd.". English
    renders the East Asian "company limited" as "Co., Ltd." and names a subsidiary by its parent's name, the place it
    is registered in, in parentheses, and its form: all of it is the company's one name, and the place in it is no
    mention of a state. Not a name the tables know as another kind, nor one of function words alone."""
    out: list[Cand] = []
    for regex in (_DOUBLE_FORM, _PLACE_FORM):
        for m in regex.finditer(text):
            end = _form_end(text, m, lex)
            if end is None:
                continue
            if (start := _firm_start(text, m, lex, is_other_name)) is not None:
                out.append(Cand.of(start, end, "Firm", "compound-legal-form"))
    return out
