"""Law citations by the numbering systems of codes and official journals, beyond `laws.LAW_CITATIONS`: a section of
the United States Code ("20 U.S.C. § 1232g", in a telegram's capitals "20 U.S.C. SEC. 1232G"), a contiguous range
of parts of the Code of Federal Regulations ("45 CFR Parts 160 through 164") or one of its sections ("45 CFR
164.512"), an EU act cited by its number without the legal order in brackets ("Decision 2000/520/EC", "Regulation
45/2001"), a US presidential directive by its series and number ("HSPD-6", "NSPD-54"), a code dated by its
enactment year ("Internal Revenue Code of 1986"), an EU act's bare number after its short name ("(EU) 2016/679"),
a state code's section ("C.G.S. Section 14-10"), a Westminster title numbered in brackets ("Finance (No. 2) Act
2023") and a Federal Register rule titled under its identifier number.

Each pattern encodes how legal citation is written, not any one document's wording."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.rules import Cand

#: a section of the US Code: title number, "U.S.C.", the section sign (or "Sec."/"Section", telegram capitals
#: "SEC.") and one section number; OCR of old telegrams reads the digit one as "l" ("SEC. l232G"). Not a range of
#: sections ("§§ 2411-2420"), which cites many provisions, and not a citation without a section sign ("50 U.S.C.
#: 1701 et seq."), which cites a chapter's start as a source, not a provision by name.
_USC_SECTION = re.compile(
    r"\b\d{1,2}\s+(?:U\.\s?S\.\s?C\.|USC)\s*(?:§(?!§)|(?:SEC|Sec)\.|[Ss]ection|SECTION)\s*[1-9l]\d{0,5}[A-Za-z]{0,2}"
    r"(?:-\d{1,4}[A-Za-z]?)?\b"
)
#: a contiguous range of parts of the Code of Federal Regulations: "45 CFR Parts 160 through 164", "45 C.F.R.
#: Parts 160-164". A range is one block of rules issued together; a list ("Parts 1, 2, 4 and 52") cites several
#: rules and names none of them.
_CFR_PART_RANGE = re.compile(
    r"\b\d{1,2}\s+C\.?F\.?R\.?\s+Parts\s+\d{1,4}\s*(?:through|to|thru|-|–)\s*\d{1,4}\b(?!,\s*\d|\s+and\s+\d)"
)
#: a section of the Code of Federal Regulations: title, "CFR", an optional section sign and the part's number with
#: the section's after a dot ("45 CFR 164.512", "45 C.F.R. § 164.512"); not a range of sections ("§§")
_CFR_SECTION = re.compile(r"\b\d{1,2}\s+C\.?F\.?R\.?\s*(?:§(?!§)\s*)?\d{1,4}\.\d{1,5}[a-z]?\b(?!\.\d)")
#: an EU act by its kind and number without the legal order in brackets: an old-style number with the treaty's
#: suffix ("Directive 95/46/EC", "Decision 2000/520/EC", "Framework Decision 2008/977/JHA"; the Data Protection
#: Board's "Binding Decision 1/2023" and "Urgent Binding Decision 01/2021", whose kind is the adjective and the
#: noun together), a regulation's
#: serial number and year ("Regulation 45/2001") or the year-first number of acts since 2015 ("Regulation
#: 2016/679"). Not a date ("Decision 12/05/2019"): the number must not run on into another slash or digit.
_EU_ACT_NUMBER = re.compile(
    r"\b(?:(?:Commission|Council)\s+(?:Implementing\s+|Delegated\s+)?|Framework\s+|(?:Urgent\s+)?Binding\s+)?"
    r"(?:Regulation|Directive|Decision)\s+(?:No\.?\s+)?"
    r"(?:\d{2,4}/\d{1,4}/(?:EC|EU|EEC|JHA|CFSP|Euratom)|\d{1,4}/(?:19|20)\d\d|(?:19|20)\d\d/\d{1,4})"
    r"(?![/\d])"
)
#: a US presidential directive by its series' initials and number: Homeland Security (HSPD), National Security
#: (NSPD, NSDD, NSDM, NSSM) and Presidential Decision Directives (PDD): "HSPD-6", "NSPD 54". The series'
#: initials alone name no directive.
_PRESIDENTIAL_DIRECTIVE = re.compile(r"\b(?:HSPD|NSPD|NSDD|NSDM|NSSM|PDD)\s?-\s?\d{1,3}\b")
#: a code of law dated by its enactment year: capitalised words, "Code of" and a year ("Internal Revenue Code of
#: 1986"). A bare "... Code" is as often software or a style guide; the year of enactment makes it a statute.
_DATED_CODE = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}Code\s+of\s+(?:1[89]|20)\d\d\b")

#: an EU act's number with its legal order in brackets, standing after the act's short name ("the General Data
#: Protection Regulation (GDPR) (EU) 2016/679"): the number alone cites the act. Inside "Regulation (EU) 2016/679"
#: the longer citation wins.
_EU_ORDER_NUMBER = re.compile(r"\((?:EU|EC|EEC|Euratom)\)\s+(?:No\.?\s+)?\d{1,4}/\d{1,4}\b(?![/\d])")
#: a section of a state's code cited by the code's dotted initials ("C.G.S. Section 14-10", "R.C.W. § 19.255"):
#: three or four dotted capitals (not a country's two, "U.S. Section 230" is a provision of no named code), then
#: the section sign or word and the section's number
_CODE_SECTION = re.compile(
    r"\b(?:[A-Z]\.){3,4}\s*(?:§(?!§)|(?:SEC|Sec)\.|[Ss]ection|SECTION)\s*\d+(?:[-.:]\d+)*[a-z]?\b"
)

#: a Westminster title numbered in brackets: the second bill or act of one short title in a session is "(No. 2)"
#: ("Finance (No. 2) Act 2023", "Data Protection and Digital Information (No. 2) Bill"): capitalised words (joined
#: by "and", "of", "for", "on", "to"), the bracketed number, the law's kind and its year; no article before it
_NUMBERED_TITLE = re.compile(
    r"(?<![\w'’-])(?!(?:The|THE|A|An)\s)[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|for|on|to)[ \t]+)?[A-Z][\w'’-]*){0,7}"
    r"[ \t]+\(No\.?[ \t]*\d{1,2}\)[ \t]+(?:Bill|Act|Regulations|Order|Rules)\b(?:,?[ \t]+(?:19|20)\d\d\b)?"
)

#: a body's decision cited by the body and its serial number and year: "Decision of the EEA Joint Committee No
#: 154/2018", "Decision of the Council of Ministers No. 12/2019" (the body's words capitalised, "joint" as some
#: texts write it); the number says which decision
_BODY_DECISION_NUMBER = re.compile(
    r"\bDecision[ \t\n]+of[ \t\n]+the[ \t\n]+(?:[A-Z][\w-]*|joint|of)(?:[ \t\n]+(?:[A-Z][\w-]*|joint|of))*"
    r"[ \t\n]+No\.?[ \t]*\d{1,4}/(?:19|20)\d\d\b(?![/\d])"
)
CODE_CITATIONS = (
    _NUMBERED_TITLE,
    _USC_SECTION,
    _CFR_PART_RANGE,
    _CFR_SECTION,
    _EU_ACT_NUMBER,
    _BODY_DECISION_NUMBER,
    _PRESIDENTIAL_DIRECTIVE,
    _DATED_CODE,
    _EU_ORDER_NUMBER,
    _CODE_SECTION,
)


def find_code_citations(text: str) -> list[Cand]:
    """Law citations by the numbering of codes, official journals and directive series (`CODE_CITATIONS`)."""
    out: list[Cand] = []
    for rx in CODE_CITATIONS:
        for m in rx.finditer(text):
            start = _after_stop_starters(text, m.start(), m.end())
            out.append(Cand.of(start, m.end(), "Law", "citation"))
    return out


def _after_stop_starters(text: str, start: int, end: int) -> int:
    """The start of a title after the function words that begin its sentence ("Under Internal Revenue Code of
    1986 ...": a preposition never starts a name, `Lexicon.name_stop_starters`)."""
    stops = load_lexicon().name_stop_starters
    while (m := re.match(r"([A-Za-z]+)[ \t]+", text[start:end])) and m.group(1).lower() in stops:
        start += m.end()
    return start
