"""Law mentions by forms the citation table (`laws.LAW_CITATIONS`) does not hold: a law cited by its bare number
in English or in the language it was made in ("Law 12965", "Lei nº 12.965", "Lei 13709/2018", "Act 843"), a bill
cited as a "law project" ("Law Project no. 4060/2012") or by its abbreviation ("PL 2630/2020"), a statute's section
used as a name ("Section 301"), a president's order with its title ("Executive Order on ..."), a Vietnamese law's
number ("No. 24/2018/QH14"), and the heading of a Russian federal law (its date, its number and its title in
capitals), and a law named by its subject in title case and its kind in lower case ("a new Foreign Investment
law"); and what is no law's name: a law's kind with only its scope after "this" ("this Federal Law")."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules import law_citations
from pipelines.nlp.text_rules.words import word_after

#: a law's bare number after its kind, in English or in Portuguese, Spanish or French ("Law 12965", "Lei nº
#: 12.965", "Lei 13709/2018", "Act 843"); a year alone after the kind is a title's year ("Act 2018"), no number
_BARE_NUMBER = re.compile(
    r"\b(?:Law|Act|Lei|Ley|Loi)\s+(?:n[º°o]\.?\s*)?(?!(?:19|20)\d\d\b)(?:\d{1,3}\.\d{3}|\d{3,6})(?:/(?:19|20)\d\d)?"
    r"(?![\w.,/-]*\d)"
)
#: a bill cited as a "law project", the Portuguese "projeto de lei", with the chamber it came from in front
_LAW_PROJECT = re.compile(r"\b(?:(?:Chamber|Senate|House)\s+)?Law\s+Project\s+[Nn]o\.\s*\d+(?:/\d{4})?\b")
#: a Brazilian bill by the abbreviation of "projeto de lei", its serial and its year ("PL 2630/2020", "PL nº
#: 21/2020"): the year after a slash makes the number a bill's, not a page's or a product's
_PL_NUMBER = re.compile(r"\bPL\s+(?:n[º°o]\.?\s*)?\d{1,5}/(?:19|20)\d\d\b")
#: a Vietnamese law's number: serial, year, and "QH" (the National Assembly, Quốc hội) with its term
_VIETNAMESE_LAW_NUMBER = re.compile(r"\bNo\.\s*\d{1,3}/(?:19|20)\d\d/QH\d{1,2}\b")
#: a Russian federal law's number, with a space after the dash where a list wraps it ("123- FZ")
_FZ_NUMBER = re.compile(r"\b\d{1,4}-[ \t]FZ\b")
#: a statute's section cited by its capitalised number alone, no "of <law>" after it, names the power it grants
#: ("under Section 301", "a Section 301 investigation", "Section 230"): a numbered provision used as a name
_NAMED_SECTION = re.compile(r"\bSection\s+[1-9]\d{2}\b(?![\w(.,-]*\d|\(|[ \t]*\(|\s+of\b)")
#: a president's instrument named by its kind, "on" and its title in title case ("Executive Order on Enhancing
#: Safeguards for United States Signals Intelligence Activities"): the kind is part of the name
_KIND_ON_TITLE = re.compile(
    r"\b(?:Executive\s+Order|Presidential\s+(?:Memorandum|Directive|Proclamation)|National\s+Security\s+Memorandum)"
    r"\s+on\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|to|in|on|by|with|from|against)\s+)*[A-Z][\w'’.-]*)*"
)
#: a Russian federal law's heading: its date, its number and its title in capitals ("Federal Law of 27 July 2006 N
#: 152-FZ ON PERSONAL DATA")
_FEDERAL_LAW_HEADING = re.compile(
    r"\b(?:Federal\s+)?Law\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s+(?:N|No\.)\s*\d{1,4}-\s?FZ"
    r"(?:[ \t]+ON(?:[ \t]+[A-Z]{2,})+\b)?"
)


def find_law_forms(text: str, lex: Lexicon) -> list[Cand]:
    """Bare law numbers, law projects, sections used as names and national numbering forms."""
    out = [Cand.of(m.start(), m.end(), "Law", "law-bare-number") for m in _BARE_NUMBER.finditer(text)]
    out += _named_sections(text, lex)
    for rx in (_KIND_ON_TITLE, _LAW_PROJECT, _PL_NUMBER, _VIETNAMESE_LAW_NUMBER, _FZ_NUMBER, _FEDERAL_LAW_HEADING):
        out += [Cand.of(m.start(), m.end(), "Law", "citation") for m in rx.finditer(text)]
    return out + law_citations.find_law_names(text, lex)


def _named_sections(text: str, lex: Lexicon) -> list[Cand]:
    """ "under Section 301", "a Section 301 investigation": the section's number names the statute's power; before
    a document's kind ("the Section 301 report") it names the document, a report about the power, not the power;
    before a contact point's noun ("contact the Section 301 line at 202-...") it names the office's line."""
    out = []
    for m in _NAMED_SECTION.finditer(text):
        if word_after(text, m.end()) not in lex.document_kind_nouns | lex.contact_point_nouns:
            out.append(Cand.of(m.start(), m.end(), "Law", "law-bare-number"))
    return out


#: a determiner before a law's kind that makes it a reference back, not a name
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]his|[Tt]he|[Tt]hat|[Ss]aid)\s+$")


def law_self_reference(text: str, c: Cand, lex: Lexicon) -> bool:
    """A law's kind with only a scope word ("Federal Law", "Federal Act", "State Law") after "this", "the" or
    "that": a law's text refers to itself, or to a law named before, by its kind, which is no name. Nor is a
    report's title about a field of law (`law_citations.report_title`)."""
    if law_citations.report_title(text, c, lex):
        return True  # "Data Protection Law: An Overview": a report's title
    words = text[c.start : c.end].lower().split()
    inner = words[:1] in (["this"], ["that"], ["the"], ["said"])  # the model's span may hold the determiner
    words = words[1:] if inner else words
    if c.type != "Law" or len(words) != 2 or words[1] not in lex.law_heads or words[0] not in lex.body_scope_words:
        return False
    return inner or _DETERMINER_BEFORE.search(text, max(0, c.start - 8), c.start) is not None


#: two to four title-case words after a determiner and the kind "law" in lower case, then the end of the noun
#: phrase: punctuation, or a function word or a verb that follows a subject ("a new Foreign Investment law with
#: ...", "the Data Security law requires ...")
_LOWER_CASE_LAW = re.compile(
    r"\b(?:[Tt]he|an?|new|its|their|[’']s)[ \t]+(?P<name>(?:[A-Z][a-z][\w-]*[ \t]+){2,4})law\b"
    r"(?=[ \t]*[,.;:)]|[ \t\n]+(?:that|which|was|is|has|will|would|requires?|took|came|into|and|or|in|on|of|to|for"
    r"|by|as|with)\b)"
)


def find_lower_case_laws(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """A law named by its subject in title case and its kind in lower case, as news writes it ("the PRC adopted a
    new Foreign Investment law with ...", "the Data Security law requires ..."): after a determiner, two to four
    capitalised words no one of which is a body's or a law's head noun, and no run of which names a state, a body,
    a person or a firm the tables know ("the New Zealand law", "the European Union law" are a place's law, no
    name)."""
    heads = lex.law_heads | lex.agency_heads | lex.bare_agency_heads | lex.org_heads
    out: list[Cand] = []
    for m in _LOWER_CASE_LAW.finditer(text):
        words = m.group("name").split()
        if any(w.lower() in heads or w.lower() in lex.nationality_nouns for w in words):
            continue
        runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        if any(type_of(r) is not None for r in runs):
            continue
        out.append(Cand.of(m.start("name"), m.end(), "Law", "law-head-last"))
    return out
