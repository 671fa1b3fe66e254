"""Law mentions found by their form in the raw text: numbered instruments ("Executive Order 14117", "Regulation
(EU) 2016/679", "Law No. 6698 on the Protection of Personal Data"), titles with a parenthesis inside, a Federal
Register rule's title line, court cases ("Schrems v. Facebook"). Titles named by context are in `named_instruments`."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.cleanup import clean_span
from pipelines.nlp.text_rules.numbered_titles import title_start_before
from pipelines.nlp.text_rules.register_titles import find_register_titles

#: Regulation (EU) 2016/679, Directive (EU) 2016/680, Commission Implementing Decision (EU) 2016/1250; the
#: Official Journal prints the act's title in capitals ("REGULATION (EU) 2022/868 OF THE EUROPEAN PARLIAMENT"); the
#: legal order's brackets may be left out ("Directive EU2016/680"), and an infobox may run the act on from the word
#: before it ("AmendsDirective (EU) 2019/1937"). The act's name is its kind and number: the subject after it ("on
#: the free flow of ...") describes the act and is not part of its name (`_numbered_citations`)
EU_ACT = re.compile(
    r"(?:\b|(?<=[a-z]))(?:Commission\s+(?:Implementing\s+|Delegated\s+)?|COMMISSION\s+(?:IMPLEMENTING\s+|DELEGATED\s+)?)?"
    r"(?:Regulation|Directive|Decision|REGULATION|DIRECTIVE|DECISION)\s+"
    r"(?:\((?:EU|EC|EEC|Euratom)\)\s+|(?:EU|EC)\s?(?=\d))(?:No\s+)?\d+/\d+\b"
)
_BRACKET = r"(?:\s*[\(\[][^\)\]\n]{1,40}[\)\]])?"
#: the rank of a civil-law statute before its kind ("Organic Law 3/2018", "Legislative Decree 196/2003")
_KIND = r"(?:(?:" + "|".join(sorted(w.capitalize() for w in load_lexicon().law_kind_adjectives)) + r")\s+)?"
#: the word "number" before a law's number as other texts write it: "No.", in lower case too and with no space
#: before the number ("Decree no.60"), its Romance form "N." or "N°" (Spanish, French, Italian and Turkish texts in
#: English: "Law N. 5809", "Law N° 29733"), or spelled out ("Decree number 75")
_NUMBER_WORD = r"(?:[Nn]o\.|N\.|N[°º]|[Nn]umber)"
#: Civil Code, Criminal Code (a bare "... Code" is more often software than law); a code's name keeps its country's
#: adjective ("Indian Penal Code", "German Civil Code") and the state after "of" (`text_rules.state_codes`)
CODE_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+(?:an|ese|ish|ch)\s+)?(?:Civil|Criminal|Penal|Labou?r|Tax|Commercial|Administrative|Customs|Electoral|Family|Land)\s+Code\b"
)
LAW_CITATIONS = [
    # Executive Order 13582, Executive Order (E.O.) 14117, E.O. [Executive Order]12333 (a title after the number:
    # _ON_TITLE below)
    re.compile(r"\b(?:Executive\s+Order|E\.O\.|EO)" + _BRACKET + r"\s*(?:No\.\s*)?\d{4,5}\b"),
    # PPD-28, PPD [Presidential Policy Directive]-28, NSPM-7, Presidential Policy Directive 28
    re.compile(r"\b(?:PPD|NSPM|NSD|PDD|Presidential\s+Policy\s+Directive)" + _BRACKET + r"\s*-?\s*\d{1,3}\b"),
    # H.R. 7520, S. 1234, H.Res. 12; the chamber's letter stands alone, not at the end of initials before a year
    # ("the U.S. 2020 census", Nepal's "B.S. 2016": the Bikram Sambat era)
    re.compile(r"(?<![\w.])(?:H\.\s?R\.|H\.\s?Res\.|S\.)\s?\d{2,5}\b"),
    # a US statute by its Public Law number (Congress-law): Public Law 106-102, P.L. 106-102, Pub. L. No. 106-102
    # (spelled out, its hyphen typeset as an en dash too: "Public Law 104–13")
    re.compile(r"\b(?:Public\s+Law|P\.\s?L\.|Pub\.\s?L\.)\s?(?:No\.\s*)?\d{2,3}-\d{1,4}\b"),
    re.compile(r"\bPublic\s+Law\s(?:No\.\s*)?\d{2,3}–\d{1,4}\b"),
    # a US regulation by its title and part of the Code of Federal Regulations: 16 CFR Part 318, 28 C.F.R. Part 202
    # (not a list of parts, "48 CFR Parts 1, 2, 4 and 52": a citation of many rules names no one of them)
    re.compile(r"\b\d{1,2}\s+C\.?F\.?R\.?\s+Parts?\s+\d{1,4}\b(?!,\s*\d|\s*(?:and|-|–|through)\s*\d)"),
    # Federal Law No. 242-FZ, 152-FZ
    re.compile(r"\b(?:Federal\s+Law\s+(?:No\.\s*)?)?\d{1,4}-FZ\b"),
    # a law's number in the former Soviet states, after its date: "Law of 21 May 2013 No. 94-V" (the number, then
    # the parliament's convocation in Roman numerals or a code's letters)
    re.compile(r"(?<=\d{4}\s)No\.\s*\d{1,5}-(?:[IVX]{1,5}|[A-Z]{2,3})\b"),
    # Decree 53/2022/ND-CP, Decree No. 53, Royal Decree M/19, Decree number 75
    re.compile(
        r"\b" + _KIND + r"Decree(?:-Law)?\s+(?:" + _NUMBER_WORD + r"\s*)?"
        r"[A-Z]?/?\d+(?:/\d{4})?(?:/[A-Z\u0110]+-[A-Z]+)?\b"
    ),
    EU_ACT,
    # Government Regulation No. 71 of 2019, GR 71/2019, PP 71/2019, Law No. 27 of 2022
    re.compile(
        r"\b(?:(?:Government|Ministerial|Presidential)\s+Regulation|GR|PP|" + _KIND + r"(?:Law|Act))\s+(?:No\.\s*)?\d+"
        r"(?:/\d{4}(?:/[A-Z0-9]+)?|\s+of\s+\d{4})\b"
    ),
    # Law No. 6698, Law No. 13,709/2018, Law No 12.965/2014 (its period left out), Act No. 57 of 2003, Order No. 12,
    # and a title after the number
    # ("Law No. 6698 on the Protection of Personal Data"); a number makes a citation in lower case too ("law no.
    # 151 of 2020", a court's "decision no. 440"); the number word abbreviated otherwise or spelled out ("Law N.
    # 5809", "Law N° 29733")
    re.compile(
        r"\b(?:" + _KIND + r"(?:Law|Act)|law|decision|Order|Ordinance|Bill)\s+(?:No(?=\s)|" + _NUMBER_WORD + r")\s*"
        r"\d+(?:[.,]\d{3})*(?:[/-][\w]+)*"
        r"(?:\s+of\s+\d{4})?"
    ),
    # a bill numbered by its chamber of origin: "Bill C-6" (House of Commons), "Bill S-7" (Senate)
    re.compile(r"\bBill\s+[CS]-\d{1,4}\b"),
    # Resolution CD/ANPD No. 19/2024, Circular No. 13/2023/TT-NHNN, Resolution No. 2; the government's kind of
    # regulation is part of its name ("Government Regulation No. 82"), and the number may be said in words
    # ("Resolution number 419")
    re.compile(
        r"\b(?:(?:Government|Ministerial|Presidential)\s+)?"
        r"(?:Resolution|Circular|Notification|Notice|Instruction|Directive|Regulation)\s+(?:[A-Z][\w]*(?:/[A-Z][\w]*)*\s+)?"
        r"(?:No\.|[Nn]umber)\s*\d+(?:[.,]\d{3})*(?:/[\w-]+)*"
    ),
    # UN Security Council Resolution 2254, Resolution 2254
    re.compile(
        r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly)\s+)?Resolution\s+\d{2,4}\b"
    ),
    CODE_NAME,
    # (not a court's docket number, "Case C-311/18": it identifies the proceedings, not a law; a ruling is a law by
    # its name, "Schrems II", GUIDELINES.md)
]
# A title with a parenthesis inside: "Data Protection (General) Regulations, 2021", "Data (Use and Access) Act 2025"
_CAP = r"[A-Z](?:[\w'’-]|\.(?=[\w-]))*"  # "Data", "U.S.-EU"
#: a parenthesis that gives the abbreviation of the name before it ends that name: a title's own parentheses hold
#: words ("Data Protection (Adequacy) (Republic of Korea) Regulations")
_ABBREVIATION_IN_TITLE = re.compile(r"\((?!(?:EU|EC|EEC|UK)\))[A-Z][A-Z0-9&-]+\)\s+")
PAREN_TITLE = re.compile(
    r"\b((?:"
    + _CAP
    + r"\s+){1,5}(?:\("
    + _CAP
    + r"(?:\s+(?:and|of|&|the|"
    + _CAP
    + r")){0,6}\)\s+(?:"
    + _CAP
    + r"\s+){0,5}?){1,3}"
    r"(?:Act|Law|Regulations?|Rules|Directive|Ordinance|Decree|Bill|Code|Order|Agreement|Convention|Treaty))\b"
    r"(?:,?\s+(?:19|20)\d\d\b)?"
)
# A title after a citation's number: "on (the) <Capitalised words>", not a date or a weekday
_ON_TITLE = re.compile(
    r"\s+on\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|to|by)\s+)*[A-Z][\w'’-]*)*)(?![\w(])"
)
_NOT_TITLE = re.compile(
    r"(?:the\s+)?(?:" + "|".join(w.capitalize() for w in load_lexicon().weekdays + load_lexicon().months) + r")\b"
)
# A quoted title right after a citation is part of it ("E.O. 14117 “Preventing Access ... Concern.”")
#: ... also after a comma, when "titled" says so or the title has the "On ..." form of the former Soviet states'
#: laws ('Law No. 124/2024, titled "On Personal Data Protection"', 'Resolution number 419, "On Federal Service ..."')
_QUOTED_TITLE = re.compile(
    r"\s*(?:,\s*(?:titled|entitled)\s+|,\s*(?=[“\"]On\s))?[“\"]([A-Z][^”\"\n]{10,200}?)[.,]?[”\"]"
)
# "Data Protection Commissioner v. Facebook Ireland, Ltd. and Maximillian Schrems": a party may end in a legal
# form after a comma (the common ones, with or without their period; not the lexicon's `legal_suffixes`, words)
_PARTY = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|the|for))*?"
CASE_NAME = re.compile(
    r"\b(" + _PARTY + r")\s+v\.?\s+(" + _PARTY + r"(?:,\s+(?:Ltd|Inc|Corp|LLC|Co)\.?)?(?:\s+and\s+" + _PARTY + r")?)"
    r"(?=\s*[\(\)'’\",;:]|\s+\(|$|\s+[a-z])"
)


#: "RIN 0694-AJ56" on a line of its own, then the title of the rule on the next line
#: (not a masthead field such as "AGENCY: ..." or "ACTION: Final rule.", which a notice may put there instead)
_RULE_TITLE_LINE = re.compile(
    r"(?m)^RIN\s+\d{4}[-–][A-Z0-9]{4}[ \t]*\n[ \t]*(?![A-Z]+(?:[ \t][A-Z]+)*:)([A-Z][^\n;]{3,300})"
)


def find_law_citations(text: str, body_heads: frozenset[str] = frozenset()) -> list[Cand]:
    """Numbered instruments and court cases: the most reliable law mentions (`body_heads`: the head nouns of
    bodies' names, `Lexicon.agency_heads`)."""
    return [
        *_numbered_citations(text),
        *_parenthesised_titles(text, body_heads),
        *_rule_titles(text),
        *find_register_titles(text),
        *_court_cases(text),
        *_referenced_instruments(text),
        *_titled_instruments(text, body_heads),
        *_dated_instruments(text),
    ]


def _numbered_citations(text: str) -> list[Cand]:
    """Instruments cited by their number (`LAW_CITATIONS`), with a title after "on" or in quotes right after it and
    an abbreviation the citation defines in brackets."""
    out: list[Cand] = []
    for rx in LAW_CITATIONS:
        for m in rx.finditer(text):
            start, end = title_start_before(text, m.start()), m.end()  # "Republic Act No. 10175"
            t = None if rx is EU_ACT else _ON_TITLE.match(text, end)
            if t and not _NOT_TITLE.match(t.group(1)):
                end = t.end()  # "Decree No. 13/2023/ND-CP on Personal Data Protection"
            q = _QUOTED_TITLE.match(text, end)
            cand = Cand.of(start, end, "Law", "citation")
            inner = re.search(r"[\(\[]([^\)\]]{1,40})[\)\]]", m.group(0))
            # "Executive Order (E.O.) 14117" defines "E.O."; "Regulation (EU) 2016/679" names its legal order
            if inner and inner.group(1) not in ("EU", "EC", "EEC", "Euratom"):
                cand.abbreviation = (start + inner.start(1), start + inner.end(1))
            out.append(cand)
            if q:
                out.append(
                    Cand.of(
                        q.start(1),
                        q.end(1),
                        "Law",
                        "citation-title",
                        same_as=(start, end),
                    )
                )
    return out


#: capitalised words and "of" right before a span: the span starts inside a name that joins its words by "of".
#: When the word before "of" is a body's head noun ("Reserve Bank of India (RBI) Directive on ..."), the
#: abbreviation in brackets is the body's and the law head after it is the body's instrument, no title; otherwise
#: the words belong to the title ("Protection of Personal Information (POPI) Act")
_NAME_AND_OF_BEFORE = re.compile(r"\b(?:[A-Z][\w'’-]*\s+)*?([A-Z][\w'’-]*)\s+of\s+(?:the\s+)?$")


#: "the" and capitalised words joined to the span by "and": the span starts after a title's own "and" that joins
#: two capitalised modifiers ("the Privacy and Electronic Communications (EC Directive) Regulations")
_THE_NAME_AND_BEFORE = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z][\w'’-]*\s+){1,3})and\s+$")


def _title_and_start(text: str, start: int, body_heads: frozenset[str]) -> int:
    """The start of a title whose modifiers before its parenthesis are joined by "and" ("the Privacy and Electronic
    Communications (EC Directive) Regulations 2003", "the Network and Information Systems (Amendment) Regulations"):
    after one article, capitalised words, "and" and the span's capitalised words are one title, as "and" inside a
    title joins bare words. Not when a word before "and" is a body's head noun ("the Parliament and ...": two
    noun phrases) or an acronym (a state's or a body's short name, "the UK and ...")."""
    m = _THE_NAME_AND_BEFORE.search(text, max(0, start - 60), start)
    if m is None or any(w.lower() in body_heads for w in m.group(1).split()):
        return start
    return m.start(1)


#: an abbreviation in parentheses: "(RESTRICT)"
_ABBREVIATION = re.compile(r"\(([A-Z]{3,})\)")
#: a word before it, capitalised or not
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def _spelled_title_start(text: str, start: int, end: int) -> int:
    """A title's abbreviation spells the initials of its capitalised words, the lower-case words between them
    (articles, prepositions, "and", a relative "that") left out: when the capitalised words before the parenthesis
    spell it exactly ("Restricting the Emergence of Security Threats that Risk Information and Communications
    Technology (RESTRICT) Act"), the title starts at the first of them, before the start the pattern found."""
    m = _ABBREVIATION.search(text, start, end)
    if m is None:
        return start
    letters, pos, first, lower_run = m.group(1), m.start(), None, 0
    while letters:
        w = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if w is None:
            return start
        word, pos = w.group(1), w.start(1)
        if word[0].islower():
            lower_run += 1
            if lower_run > 2 or first is None:
                return start
            continue
        if word[0] != letters[-1]:
            return start
        letters, first, lower_run = letters[:-1], pos, 0
    return min(start, first) if first is not None else start


def _parenthesised_titles(text: str, body_heads: frozenset[str] = frozenset()) -> list[Cand]:
    """Titles with a parenthesis inside (`PAREN_TITLE`), from after an abbreviation's parenthesis in them."""
    out: list[Cand] = []
    for m in PAREN_TITLE.finditer(text) if "(" in text else ():
        start, end = clean_span(text, m.start(), m.end())  # "The Data (Use and Access) Act 2025"
        of_name = _NAME_AND_OF_BEFORE.search(text, max(0, start - 60), start)
        if of_name and of_name.group(1).lower() in body_heads:
            continue  # "Reserve Bank of India (RBI) Directive": the match starts inside a body's "X of Y" name
        if of_name:
            start = of_name.start()  # "Protection of Personal Information (POPI) Act": the title's own "of"
        start = _title_and_start(text, start, body_heads)
        start = _spelled_title_start(text, start, end)
        for abbr in _ABBREVIATION_IN_TITLE.finditer(text, start, end):
            if len(text[abbr.end() : end].split()) >= 2:  # "... Record (PNR) Agreement" is one name
                start = abbr.end()  # "Asia-Pacific Economic Cooperation (APEC) Cross-Border Privacy Rules": two
        out.append(Cand.of(start, end, "Law", "citation-parenthesised"))
    return out


#: a Federal Register rule's masthead: the Regulation Identifier Number on a line of its own, in the older GPO
#: style too ("Rin: 0991-AB08", "[RIN 3084-AB17]"), then, after at most one blank line, the rule's title on its own
#: line; not a field of the masthead ("AGENCY: ...")
_RIN_TITLE = re.compile(
    r"(?m)^\[?(?:RIN|Rin):?[ \t]+\d{4}[-–][A-Z0-9]{4}\]?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?![A-Z]+:)([A-Z][^\n;]{3,300})$"
)


def _rule_titles(text: str) -> list[Cand]:
    """A Federal Register rule's title: the line after its Regulation Identifier Number, to a ";" that adds the
    action ("...; Extension of Comment Period"), or a whole line under it in the older GPO style (`_RIN_TITLE`)."""
    out: list[Cand] = []
    for m in _RULE_TITLE_LINE.finditer(text) if "RIN" in text else ():
        start, end = clean_span(text, m.start(1), m.end(1))
        if end - start > 3:
            out.append(Cand.of(start, end, "Law", "rule-title"))
    return out + [Cand.of(m.start(1), m.end(1), "Law", "rule-title") for m in _RIN_TITLE.finditer(text)]


def _court_cases(text: str) -> list[Cand]:
    """Court cases named by their parties (`CASE_NAME`), without a closing quote; a left side of more than eight
    words is no party's name."""
    out: list[Cand] = []
    for m in CASE_NAME.finditer(text) if " v" in text else ():
        left = m.group(1)
        if len(left.split()) > 8:
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in "'’\"":
            end -= 1  # a closing quote is not part of the name
        out.append(Cand.of(m.start(), end, "Law", "case"))
    return out


@lru_cache(maxsize=1)
def _instrument_words() -> dict[str, str]:
    """The numbered-instrument word lists of `lexicon.yaml` as regular-expression alternations (longest first)."""
    lex = load_lexicon()
    out = {}
    for key, words in (
        ("numbered_instrument_nouns", lex.numbered_instrument_nouns),
        ("dated_instrument_nouns", lex.dated_instrument_nouns),
    ):
        out[key] = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return out


#: a regulator's reference number: a department's dotted code, then the serial number and its slashed file and
#: year segments ("DPSS.CO.OD.No 2785/06.08.005/2017-18"); a gazette's dotted series and number, with its part in
#: brackets ("G.S.R. 123(E)", "S.O. 1234(E)": the part's letter is left out, as span clean-up drops a closing
#: bracket); a serial number, its year and the issuer's code ("10/2019/TT-NHNN").
#: Not a date ("04/06/2018": no code at its end), a case's, a page's or a section's number (no such form).
_REFERENCE_NUMBER = (
    r"(?:(?:[A-Z]{1,6}\.){1,5}\s?(?:No\.?\s*)?\d+(?:/[\w-]+(?:\.[\w-]+)*)+"
    r"|(?!U\.S\.)(?:[A-Z]\.){2,4}\s?\d{1,5}(?=\s?\([A-Z]\)|[^\w/.]|\.\s|\.?$)"
    r"|\d{1,4}/(?:19|20)\d\d/[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)"
)
_DATE = (
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
)
#: a title in quotes, its closing quote not an apostrophe inside a word
_QUOTED = r"['‘\"“](?P<quoted>[A-Z][^'’\"”\n]{3,120}?)[.,]?['’\"”](?![A-Za-z])"
#: a title in capitals: capitalised words joined by the function words of titles ("Storage of Payment System Data")
_CAPITALISED = r"(?P<capitalised>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the|to|by)\s+)*[A-Z][\w'’-]*)+)"


@lru_cache(maxsize=1)
def _referenced_rx() -> re.Pattern[str]:
    """A lower-case instrument noun, then its reference number (the name), then perhaps its date and its title in
    quotes after "on": "vide circular DPSS.CO.OD.No 2785/06.08.005/2017-18 dated April 06, 2018 on 'Storage ...'"."""
    nouns = _instrument_words()["numbered_instrument_nouns"]
    return re.compile(
        r"(?<![\w-])(?:" + nouns + r")\s+(?:vide\s+)?(?P<ref>" + _REFERENCE_NUMBER + r")"
        r"(?:,?\s+dated\s+" + _DATE + r")?(?:,?\s+(?:on|titled|entitled)\s+" + _QUOTED + r")?"
    )


def _referenced_instruments(text: str) -> list[Cand]:
    """An instrument a lower-case noun names by its reference number (the lower-case noun says what kind of
    instrument it is, the number which one: only the number is the name), and the quoted title the citation gives
    it, the same instrument."""
    out: list[Cand] = []
    for m in _referenced_rx().finditer(text):
        start, end = m.span("ref")
        out.append(Cand.of(start, end, "Law", "citation"))
        if m.group("quoted"):
            out.append(Cand.of(m.start("quoted"), m.end("quoted"), "Law", "citation-title", same_as=(start, end)))
    return out


@lru_cache(maxsize=1)
def _titled_rx() -> re.Pattern[str]:
    """A lower-case instrument noun, then "on", "titled" ... and its title, in quotes or in capitals."""
    nouns = _instrument_words()["numbered_instrument_nouns"]
    return re.compile(
        r"(?<![\w-])(?:"
        + nouns
        + r"),?\s+(?:on|titled|entitled|named|called)\s+(?:"
        + _QUOTED
        + "|"
        + _CAPITALISED
        + ")"
    )


def _titled_instruments(text: str, body_heads: frozenset[str]) -> list[Cand]:
    """The title a lower-case instrument noun gives its instrument after "on" or "titled" ("its circular on
    'Storage of Payment System Data'", "a circular titled Storage of Payment System Data"): English writes an
    instrument's subject in lower case ("a circular on data storage"), so a quoted or capitalised phrase there is
    the instrument's title. Not a phrase that names a body ("guidelines on the Reserve Bank's website": a place,
    no title), nor, in capitals, a phrase that starts with a date's word or has no title's inner function word
    ("a notice on United States soil", "an order on Facebook Inc": a name, not a title "X of Y", "X for Y")."""
    out: list[Cand] = []
    for m in _titled_rx().finditer(text):
        group = "quoted" if m.group("quoted") else "capitalised"
        start, end = m.span(group)
        words = [w.lower().strip("'’s,.") for w in text[start:end].split()]
        if group == "capitalised" and (_NOT_TITLE.match(text[start:end]) or not _TITLE_WORDS & set(words[1:-1])):
            continue
        if any(w in body_heads for w in words):
            continue
        out.append(Cand.of(start, end, "Law", "citation-title"))
    return out


#: the function words inside a title in capitals ("Storage of Payment System Data", "Rules for Card Payments")
_TITLE_WORDS = frozenset({"of", "for", "and", "on", "to", "by"})


@lru_cache(maxsize=1)
def _dated_rx() -> re.Pattern[str]:
    months = "|".join(w.capitalize() for w in load_lexicon().months)
    nouns = _instrument_words()["dated_instrument_nouns"]
    return re.compile(
        r"\b(?i:its|their|his|her|the)\s+(?P<name>(?:(?:" + months + r")\s+)?(?:19|20)\d\d\s+(?:" + nouns + r"))\b"
    )


def _dated_instruments(text: str) -> list[Cand]:
    """A regulator's circular known by its date after a possessive or "the" ("its April 2018 circular", "the 2018
    notification"): the date identifies the one instrument the issuer sent then, so the dated noun names it; after
    "a" it does not ("a 2018 circular": one of them)."""
    return [Cand.of(m.start("name"), m.end("name"), "Law", "citation") for m in _dated_rx().finditer(text)]
