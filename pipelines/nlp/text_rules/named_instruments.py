"""Laws named by context rather than by a law's title words: a title in quotes beside a law's kind ('the law
"Creation and the Internet"'), and an instrument's lower-case noun after the abbreviation of what it is about
("the PNR agreement")."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_QUOTED_NAME = r"[\"“](?P<title>[A-Z][^\"”\n]{2,80}?)[,.]?[\"”]"
#: a law's title in quotes named by its kind: 'the law "Creation and the Internet"', 'the "Creation and Internet"
#: bill'
#: the kinds of law a quoted title names
_LAW_KIND = r"(?i:law|bill|act|decree|statute)"
_QUOTED_LAW = re.compile(
    r"\b"
    + _LAW_KIND
    + r"\s+"
    # ... past the law's date and number, as laws of the former Soviet states are cited: 'Law of 21 May 2013 No. 94-V
    # "On Personal Data ..."'
    + r"(?:of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)?(?:No\.\s*\d+(?:-[\w]+)?\s+)?"
    + _QUOTED_NAME
    + r"|"
    + _QUOTED_NAME.replace("title", "title2")
    + r"\s+"
    + _LAW_KIND
    + r"\b"
    # ... and a name a naming verb gives to the law that follows: 'Nicknamed "Hadopi 2," this draft bill ...'
    + r"|\b(?i:nicknamed|dubbed|called|known\s+as)\s+"
    + _QUOTED_NAME.replace("title", "title3")
    + r",?\s*(?:this|the)\s+(?:[a-z]+\s+)?"
    + _LAW_KIND
    + r"\b"
)


def find_quoted_law_titles(text: str) -> list[Cand]:
    """A title in quotes right after or before a law's kind ('the law "Creation and the Internet"', 'the "Creation
    and Internet" bill'), or given by a naming verb to the law named next ('Dubbed "Net Law 2", the draft bill ...'),
    is the law's name; the quotes are not part of it. A title of more than eight words is a
    quoted sentence, not a name."""
    out = []
    for m in _QUOTED_LAW.finditer(text):
        group = next(g for g in ("title", "title2", "title3") if m.group(g))
        if len(m.group(group).split()) <= 8:
            out.append(Cand.of(m.start(group), m.end(group), "Law", "quoted-law"))
    return out


#: an abbreviation after a lower-case word (a determiner or an adjective: "the", "new", "long-term"), then a
#: lower-case noun: "the PNR agreement"
_ABBREVIATION_THEN_NOUN = re.compile(
    r"(?<=[a-z,][ \t\n])(?P<abbr>[A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7})?)[ \t]*\n?[ \t]*(?P<noun>[a-z]+)\b"
)


def find_subject_named_instruments(
    text: str, lex: Lexicon, is_known_name: Callable[[str], bool], type_of: Callable[[str], str | None]
) -> list[Cand]:
    """An abbreviation of what an instrument is about, before the instrument's lower-case noun, names the
    instrument with it: "the new PNR agreement" (on passenger name records), "the SWIFT agreement" (on the data of
    a firm the tables know: a subject, no party). Not where the tables know the abbreviation as a party's, a state,
    a body or a person ("the EU agreement", "the US treaty"), nor as a law's ("the TFTP agreement": "TFTP" already
    names the agreement, the shortest name), nor where it abbreviates a kind of instrument ("an NDA agreement")."""
    out = []
    for m in _ABBREVIATION_THEN_NOUN.finditer(text):
        abbr = m.group("abbr")
        if m.group("noun") not in lex.subject_named_instruments or abbr.lower() in lex.instrument_kind_abbreviations:
            continue
        if any(_names_party(part, is_known_name, type_of) for part in abbr.split("/")) or _abbreviates_body(
            text, abbr, lex
        ):
            continue
        out.append(Cand.of(m.start("abbr"), m.end("noun"), "Law", "subject-named"))
    return out


#: the kinds of a known name an instrument is about, not a party to or named by alone: a firm's
_SUBJECT_KINDS = ("Firm",)


def _names_party(abbr: str, is_known_name: Callable[[str], bool], type_of: Callable[[str], str | None]) -> bool:
    """The tables know the abbreviation as a name that can be a party to an instrument (a state, an
    intergovernmental organisation, a body, a person) or that names the instrument alone (a law's), not as a
    firm's."""
    return is_known_name(abbr) and type_of(abbr) not in _SUBJECT_KINDS


def _abbreviates_body(text: str, abbr: str, lex: Lexicon) -> bool:
    """The document defines the abbreviation as a body's or a state's ("the Information Technology Development
    Agency (NITDA)"): an agreement named by a party, no subject."""
    for m in re.finditer(r"([A-Za-z]+)[ \t]*\(" + re.escape(abbr) + r"\)", text):
        if m.group(1).lower() in lex.org_heads or m.group(1).lower() in lex.corporate_suffixes:
            return True
    return False
