"""Law names and their boundaries by how English and legal citation build them: a system named after the rules it
runs on ("the CBPR system"), a head-first title with the territory it covers ("the Regulation on Personal Data
Transfer outside the Kingdom"), numbering forms ("P.A. 97-266", "loi n° 78-17"), an official title given as such
("(officially Directive 95/46/EC on ...)"), an amending instrument ("Protocol amending the Convention ..."), an
agreement named by its parties and subject ("the US-EU PNR agreement"); and what is no law: a report's title
("Data Protection Law: An Overview")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.law_title_lists import find_listed_titles
from pipelines.nlp.text_rules.short_titles import find_short_titles


def find_law_names(text: str, lex: Lexicon) -> list[Cand]:
    """The law names of this module's finders, in their order."""
    out = find_named_systems(text, lex) + find_scoped_titles(text, lex) + find_numbered_forms(text)
    out += find_official_titles(text, lex) + find_amending_instruments(text, lex)
    out += find_listed_titles(text, lex) + find_short_titles(text, lex)
    return out + find_party_subject_agreements(text, lex) + find_bracketed_rule_names(text, lex)


#: a capitalised name (up to six words) and its abbreviation in brackets: "Cross-Border Privacy Rules (CBPR)"
_DEFINED_NAME = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]*[ \t]+){0,5}(?P<head>[A-Z][a-z]+))[ \t]*\((?P<abbr>[A-Z][A-Z0-9-]{1,9})\)"
)
#: a determiner or an adjective in lower case before a name ("the", "new")
_LOWER_WORD_BEFORE = re.compile(r"[a-z][ \t]+$")


def find_named_systems(text: str, lex: Lexicon) -> list[Cand]:
    """A set of rules whose name ends in a plural rule head ("Cross-Border Privacy Rules (CBPR)") runs a system,
    and English names the system by the rules' name or abbreviation and the lower-case noun "system" ("the CBPR
    system", "the Cross-Border Privacy Rules (CBPR) system"): the noun heads the name as the capitalised one does
    ("CBPR System"). The abbreviation of the body that made the rules may go before it ("the APEC CBPR system").
    Not a name with another head ("Development Programme (UNDP) system"), nor an abbreviation the text never
    defines for rules."""
    out: list[Cand] = []
    abbrs: set[str] = set()
    for m in _DEFINED_NAME.finditer(text):
        if m.group("head").lower() not in lex.rule_system_heads:
            continue
        abbrs.add(m.group("abbr"))
        after = _system_after(text, m.end(), lex)
        if after is not None:
            start = m.start("name") + _leading_article(m.group("name"))
            out.append(Cand.of(start, after, "Law", "named-system"))
    out += _abbreviated_systems(text, abbrs, lex)
    return out


def _system_after(text: str, end: int, lex: Lexicon) -> int | None:
    """The end of the lower-case system noun right after `end`, if one follows."""
    m = re.compile(r"[ \t]+([a-z]+)\b").match(text, end)
    return m.end() if m and m.group(1) in lex.rule_system_nouns else None


def _leading_article(name: str) -> int:
    """The length of a capitalised article at the start of a name ("The Cross-Border ...")."""
    m = re.match(r"(?:The|A|An)[ \t]+", name)
    return m.end() if m else 0


def _abbreviated_systems(text: str, abbrs: Iterable[str], lex: Lexicon) -> list[Cand]:
    """ "the CBPR system", "the APEC CBPR system": a defined abbreviation of rules, after a lower-case word, with
    its maker's abbreviation perhaps before it, and the system noun."""
    out: list[Cand] = []
    for abbr in abbrs:
        rx = re.compile(r"(?:(?P<owner>[A-Z]{2,8})[ \t]+)?" + re.escape(abbr) + r"(?![\w-])")
        for m in rx.finditer(text):
            after = _system_after(text, m.end(), lex)
            if after is None or not _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            out.append(Cand.of(m.start(), after, "Law", "named-system"))
    return out


#: a title-case word of a title, and the function words between them ("Personal Data Transfer", "Transfer of Data")
_TITLE_WORDS = r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|the|to|for|in)[ \t]+)*[A-Z][\w'’-]*)*"


def find_scoped_titles(text: str, lex: Lexicon) -> list[Cand]:
    """A head-first title goes on with the territory it covers after "outside" or "within" ("the Regulation on
    Personal Data Transfer outside the Kingdom"): the place is capitalised, a name, and a title states its scope in
    it; "outside" and "within" start no clause of their own there. Only after "the" (a definite title; "a
    regulation on ... within ..." is a description) and up to the place's last capitalised word."""
    heads = "|".join(sorted((lex.law_heads | lex.law_heads_first) - {"law"}, key=len, reverse=True))
    rx = re.compile(
        r"(?<=\b[Tt]he[ \t])(?P<title>(?i:" + heads + r")[ \t]+(?:on|for)[ \t]+" + _TITLE_WORDS + r"[ \t]+"
        r"(?:outside|within)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)"
    )
    out: list[Cand] = []
    for m in rx.finditer(text):
        if m.group("title")[0].isupper():
            out.append(Cand.of(m.start("title"), m.end("title"), "Law", "scoped-title"))
    return out


#: citation forms of laws by their number: a US state's public act by session and number ("P.A. 97-266", "Public
#: Act 97-266", as "P.L. 106-102" cites a Public Law); a French law by year and serial ("loi n° 78-17"), with the
#: title and date the text gives it in English ("loi n° 78-17 on Information Technology, Data Files and Civil
#: Liberty of 6 January 1978"); the same law cited without "n°" ("Loi 2009-669") and a decision on it
_NUMBERED_FORMS = (
    re.compile(r"\b(?:Public\s+Act|P\.\s?A\.)\s?(?:No\.\s*)?\d{2,3}-\d{1,4}\b"),
    # a French law by year and serial without "n°", in French or English ("Loi 2009-669", "Law 2009-669"; not a
    # span of years, "Law 2009-2010"), and a Constitutional Council decision by year, serial and kind ("Décision
    # 2009-580DC", "Decision No. 2009-580 DC")
    re.compile(r"\b(?:Loi|Law)\s+(?:19|20)\d\d-(?!(?:19|20)\d\d\b)\d{1,4}\b(?![-/])"),
    re.compile(r"\bD[ée]cision\s+(?:n[°º]\s*|No\.\s*)?(?:19|20)\d\d-\d{1,4}[ \t]?(?:DC|QPC)\b"),
    re.compile(
        r"\b[Ll]oi\s+n[°º]\s*\d{2,4}-\d{1,4}\b"
        r"(?:\s+on\s+[A-Z][\w'’-]*(?:(?:,\s+|\s+(?:and|of|the|for|to)\s+|\s+)[A-Z][\w'’-]*)*"
        r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)?)?"
    ),
)


def find_numbered_forms(text: str) -> list[Cand]:
    """Laws cited by the numbering forms of `_NUMBERED_FORMS`: the number identifies the one law."""
    return [Cand.of(m.start(), m.end(), "Law", "citation") for rx in _NUMBERED_FORMS for m in rx.finditer(text)]


#: a law's official title given as such: in a "Title" row of an infobox ("Title | Directive on the retention of
#: data ... |"), or in brackets after "officially" or "formally" ("(officially Directive 95/46/EC on the protection
#: of individuals ...)")
_OFFICIAL_TITLE = re.compile(
    r"^Title[ \t]*\|[ \t]*(?P<row>[A-Z][^|\n]{4,300}?)[ \t]*\|"
    r"|\((?:officially|formally)[ \t]+(?P<bracket>[A-Z][^()\n]{4,300})\)",
    re.MULTILINE,
)


def find_official_titles(text: str, lex: Lexicon) -> list[Cand]:
    """An official title the text gives as such is the law's name whole, lower-case words and all: EU acts are
    titled by their kind, their number and what they are "on" ("Directive 95/46/EC on the protection of
    individuals with regard to the processing of personal data and on the free movement of such data"). Only a
    title that starts with a law's kind; not a long title that describes the act ("An Act to amend ...") nor a
    citation row ("Citation | S.C. 2000, c. 5")."""
    heads = lex.law_heads | lex.law_heads_first
    out: list[Cand] = []
    for m in _OFFICIAL_TITLE.finditer(text):
        group = "row" if m.group("row") else "bracket"
        title = m.group(group)
        if title.split()[0].lower() in heads and len(title.split()) >= 3:
            out.append(Cand.of(m.start(group), m.end(group), "Law", "official-title"))
    return out


#: a subtitle after a colon: "Data Protection Law: An Overview"
_SUBTITLE = re.compile(r"[ \t]*:[ \t]+(?:(?:An?|The)[ \t]+)?([A-Za-z]+)")


def report_title(text: str, c: Cand, lex: Lexicon) -> bool:
    """A law's kind with a report's subtitle after a colon ("Data Protection and Privacy Law: An Introduction",
    "CRS Report R45631, Data Protection Law: An Overview") is the title of a publication about a field of law, no
    law: a statute's title takes no subtitle."""
    m = _SUBTITLE.match(text, c.end)
    return c.type == "Law" and m is not None and m.group(1).lower() in lex.report_subtitle_words


#: an EU act's number: "2002/58/EC", "(EU) 2016/679", "No 45/2001"
_EU_NUMBER = r"(?:\((?:EU|EC|EEC)\)\s+)?(?:No\s+)?\d{1,4}/\d{1,4}(?:/E[CU])?"
#: a title in title case with its function words, "with regard to" among them ("Convention for the Protection of
#: Individuals with regard to Automatic Processing of Personal Data")
_AMENDED_TITLE = (
    r"[A-Z][\w'’-]*(?:(?:\s+(?:of|for|the|on|to|and|in|with\s+regard\s+to|with\s+respect\s+to))*\s+[A-Z][\w'’-]*)*"
)
_AMENDING = re.compile(
    r"\b(?:Protocol|Directive|Regulation|Decision)\s+amending\s+(?:the\s+)?"
    r"(?:(?:Directive|Regulation|Decision)\s+" + _EU_NUMBER + r"|(?P<title>" + _AMENDED_TITLE + r"))"
)


def find_amending_instruments(text: str, lex: Lexicon) -> list[Cand]:
    """English and EU drafting name an amending instrument by its kind, "amending" and the law it amends
    ("Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of
    Personal Data", "a Regulation amending Regulation (EU) 2016/679"): one name, the amending act's, which has no
    other. An amending act with a number of its own is named by it ("Directive 2009/136/EC amending Directive
    2002/58/EC" cites two acts). The amended title must hold a law's kind ("a Decision amending the Budget" names
    no law after it)."""
    heads = lex.law_heads | lex.law_heads_first
    out: list[Cand] = []
    for m in _AMENDING.finditer(text):
        title = m.group("title")
        if title is not None and not heads & {w.lower() for w in title.split()}:
            continue
        out.append(Cand.of(m.start(), m.end(), "Law", "official-title"))
    return out


#: one party of a pair: an abbreviation in capitals ("EU", "US") or a dotted one ("U.S.")
_PARTY = r"(?:[A-Z]\.[A-Z]\.|[A-Z]{2,3})"
#: two parties joined by a dash, a subject's abbreviation or two, and the agreement's noun: "US-EU PNR agreement",
#: "U.S.-EU CT TFTP AGREEMENT", "the U.S.-U.K. CLOUD Agreement", over a wrapped line too ("U.S.-U.K. CLOUD\n
#: Agreement") (a dash with spaces around it separates a heading's parts)
_PARTIES_SUBJECT_AGREEMENT = re.compile(
    r"(?<![\w.-])" + _PARTY + r"[-–]" + _PARTY + r"(?:[ \t\n]+[A-Z]{2,6}){1,2}[ \t]*\n?[ \t]*"
    r"(?:agreement|Agreement|AGREEMENT)\b"
)


def find_party_subject_agreements(text: str, lex: Lexicon) -> list[Cand]:
    """An agreement named by its two parties, joined by a dash, the abbreviation of its subject and its noun ("the
    US-EU PNR agreement", "U.S.-EU CT TFTP AGREEMENT"): the pair says whose agreement, the abbreviation which one,
    and English puts both before the noun of the name. Not an abbreviation of a kind of instrument ("the US-UK
    MOU agreement")."""
    out: list[Cand] = []
    for m in _PARTIES_SUBJECT_AGREEMENT.finditer(text):
        words = m.group().split()
        if words[-2].lower() in lex.instrument_kind_abbreviations:
            continue
        out.append(Cand.of(m.start(), m.end(), "Law", "official-title"))
    return out


def find_bracketed_rule_names(text: str, lex: Lexicon) -> list[Cand]:
    """A capitalised modifier and a plural rule head that a bracket defines or locates is a name: the name a text
    gives a set of rules in brackets after describing them ("a set of rules (Supplementary Rules)"), or the name
    with the annex that holds it ("the Supplementary Rules (Annex I)"). In running text English capitalises such a
    pair only as a name; a bracket rules out a heading's title case."""
    heads = "|".join(w.capitalize() for w in sorted(lex.bracketed_rule_heads))
    rx = re.compile(
        r"(?:(?<=[a-z][ \t]\()|(?<=\bthe[ \t]))(?P<name>[A-Z][a-z]{3,}[ \t](?:" + heads + r"))"
        r"(?:(?=\))|(?=[ \t]\((?:Annex|Appendix|Schedule)\b))"
    )
    return [Cand.of(m.start("name"), m.end("name"), "Law", "official-title") for m in rx.finditer(text)]
