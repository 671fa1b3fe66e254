"""Rule finders over the raw text (regular expressions): numbered law citations and court cases, data-type
phrases, people and companies named by apposition, abbreviation definitions, and span clean-up.

Pure functions returning `Cand`idates with character offsets (see `rules.py` for the finders over tokens).
The vocabulary comes from `patterns/lexicon.yaml`; no pattern here names a particular document.
"""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import CAPS_BREAKS, Cand

# --- law citations (numbered instruments) ------------------------------------------------------------------

_BRACKET = r"(?:\s*[\(\[][^\)\]\n]{1,40}[\)\]])?"
LAW_CITATIONS = [
    # Executive Order 13582, Executive Order (E.O.) 14117, E.O. [Executive Order]12333 (a title after the number:
    # _ON_TITLE below)
    re.compile(r"\b(?:Executive\s+Order|E\.O\.|EO)" + _BRACKET + r"\s*(?:No\.\s*)?\d{4,5}\b"),
    # PPD-28, PPD [Presidential Policy Directive]-28, NSPM-7, Presidential Policy Directive 28
    re.compile(r"\b(?:PPD|NSPM|NSD|PDD|Presidential\s+Policy\s+Directive)" + _BRACKET + r"\s*-?\s*\d{1,3}\b"),
    # H.R. 7520, S. 1234, H.Res. 12
    re.compile(r"\b(?:H\.\s?R\.|H\.\s?Res\.|S\.)\s?\d{2,5}\b"),
    # a US statute by its Public Law number (Congress-law): Public Law 106-102, P.L. 106-102, Pub. L. No. 106-102
    re.compile(r"\b(?:Public\s+Law|P\.\s?L\.|Pub\.\s?L\.)\s?(?:No\.\s*)?\d{2,3}-\d{1,4}\b"),
    # a US regulation by its title and part of the Code of Federal Regulations: 16 CFR Part 318, 28 C.F.R. Part 202
    re.compile(r"\b\d{1,2}\s+C\.?F\.?R\.?\s+Parts?\s+\d{1,4}\b"),
    # Federal Law No. 242-FZ, 152-FZ
    re.compile(r"\b(?:Federal\s+Law\s+(?:No\.\s*)?)?\d{1,4}-FZ\b"),
    # a law's number in the former Soviet states, after its date: "Law of 21 May 2013 No. 94-V" (the number, then
    # the parliament's convocation in Roman numerals or a code's letters)
    re.compile(r"(?<=\d{4}\s)No\.\s*\d{1,5}-(?:[IVX]{1,5}|[A-Z]{2,3})\b"),
    # Decree 53/2022/ND-CP, Decree No. 53, Royal Decree M/19
    re.compile(r"\b(?:Royal\s+)?Decree(?:-Law)?\s+(?:No\.\s*)?[A-Z]?/?\d+(?:/\d{4})?(?:/[A-Z\u0110]+-[A-Z]+)?\b"),
    # Regulation (EU) 2016/679, Directive (EU) 2016/680, Commission Implementing Decision (EU) 2016/1250
    re.compile(
        r"\b(?:Commission\s+(?:Implementing\s+|Delegated\s+)?)?(?:Regulation|Directive|Decision)\s+"
        r"\((?:EU|EC|EEC|Euratom)\)\s+(?:No\s+)?\d+/\d+\b"
    ),
    # Government Regulation No. 71 of 2019, GR 71/2019, PP 71/2019, Law No. 27 of 2022
    re.compile(
        r"\b(?:(?:Government|Ministerial|Presidential)\s+Regulation|GR|PP|Law|Act)\s+(?:No\.\s*)?\d+"
        r"(?:/\d{4}(?:/[A-Z0-9]+)?|\s+of\s+\d{4})\b"
    ),
    # Law No. 6698, Law No. 13,709/2018, Act No. 57 of 2003, Order No. 12, and a title after the number
    # ("Law No. 6698 on the Protection of Personal Data"); a number makes a citation in lower case too ("law no.
    # 151 of 2020")
    re.compile(r"\b(?:[Ll]aw|Act|Order|Ordinance|Bill)\s+[Nn]o\.\s*\d+(?:[.,]\d{3})*(?:[/-][\w]+)*(?:\s+of\s+\d{4})?"),
    # a bill numbered by its chamber of origin: "Bill C-6" (House of Commons), "Bill S-7" (Senate)
    re.compile(r"\bBill\s+[CS]-\d{1,4}\b"),
    # Resolution CD/ANPD No. 19/2024, Circular No. 13/2023/TT-NHNN, Resolution No. 2
    re.compile(
        r"\b(?:Resolution|Circular|Notification|Notice|Instruction|Directive|Regulation)\s+(?:[A-Z][\w]*(?:/[A-Z][\w]*)*\s+)?"
        r"No\.\s*\d+(?:[.,]\d{3})*(?:/[\w-]+)*"
    ),
    # UN Security Council Resolution 2254, Resolution 2254
    re.compile(
        r"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly)\s+)?Resolution\s+\d{2,4}\b"
    ),
    # Civil Code, Criminal Code (a bare "... Code" is more often software than law); a code's name keeps its
    # country's adjective ("Indian Penal Code", "German Civil Code")
    re.compile(
        r"\b(?:[A-Z][a-z]+(?:an|ese|ish|ch)\s+)?(?:Civil|Criminal|Penal|Labou?r|Tax|Commercial|Administrative|Customs|Electoral|Family|Land)\s+Code\b"
    ),
    # Case C-311/18
    re.compile(r"\b(?:Case\s+)?[CT]-\d{1,3}/\d{2}\b"),
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
    r"(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b"
)
# A quoted title right after a citation is part of it ("E.O. 14117 “Preventing Access ... Concern.”")
_QUOTED_TITLE = re.compile(r"\s*[“\"]([A-Z][^”\"\n]{10,200}?)[.,]?[”\"]")
# "Data Protection Commissioner v. Facebook Ireland, Ltd. and Maximillian Schrems"
_PARTY = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|the|for))*?"
CASE_NAME = re.compile(
    r"\b(" + _PARTY + r")\s+v\.?\s+(" + _PARTY + r"(?:,\s+(?:Ltd|Inc|Corp|LLC|Co)\.?)?(?:\s+and\s+" + _PARTY + r")?)"
    r"(?=\s*[\(\)'’\",;:]|\s+\(|$|\s+[a-z])"
)


#: "RIN 0694-AJ56" on a line of its own, then the title of the rule on the next line
_RULE_TITLE_LINE = re.compile(r"(?m)^RIN\s+\d{4}[-–][A-Z0-9]{4}[ \t]*\n[ \t]*([A-Z][^\n;]{3,300})")


def find_law_citations(text: str) -> list[Cand]:
    """Numbered instruments and court cases: the most reliable law mentions."""
    out: list[Cand] = []
    for rx in LAW_CITATIONS:
        for m in rx.finditer(text):
            start, end = m.start(), m.end()
            t = _ON_TITLE.match(text, end)
            if t and not _NOT_TITLE.match(t.group(1)):
                end = t.end()  # "Decree No. 13/2023/ND-CP on Personal Data Protection"
            q = _QUOTED_TITLE.match(text, end)
            cand = Cand(start, end, "Law", "citation", priority=5, confidence=0.95)
            inner = re.search(r"[\(\[]([^\)\]]{1,40})[\)\]]", m.group(0))
            # "Executive Order (E.O.) 14117" defines "E.O."; "Regulation (EU) 2016/679" names its legal order
            if inner and inner.group(1) not in ("EU", "EC", "EEC", "Euratom"):
                cand.meta["abbreviation"] = (start + inner.start(1), start + inner.end(1))
            out.append(cand)
            if q:
                out.append(
                    Cand(
                        q.start(1),
                        q.end(1),
                        "Law",
                        "citation-title",
                        priority=5,
                        confidence=0.8,
                        meta={"same_as": (start, end)},
                    )
                )
    for m in PAREN_TITLE.finditer(text) if "(" in text else ():
        start, end = clean_span(text, m.start(), m.end())  # "The Data (Use and Access) Act 2025"
        for abbr in _ABBREVIATION_IN_TITLE.finditer(text, start, end):
            if len(text[abbr.end() : end].split()) >= 2:  # "... Record (PNR) Agreement" is one name
                start = abbr.end()  # "Asia-Pacific Economic Cooperation (APEC) Cross-Border Privacy Rules": two
        out.append(Cand(start, end, "Law", "citation", priority=5, confidence=0.8))
    for m in _RULE_TITLE_LINE.finditer(text) if "RIN" in text else ():
        # a Federal Register rule's title: the line after its Regulation Identifier Number, to a ";" that adds the
        # action ("...; Extension of Comment Period")
        start, end = clean_span(text, m.start(1), m.end(1))
        if end - start > 3:
            out.append(Cand(start, end, "Law", "rule-title", priority=5, confidence=0.75))
    for m in CASE_NAME.finditer(text) if " v" in text else ():
        left = m.group(1)
        if len(left.split()) > 8:
            continue
        end = m.end()
        while end > m.start() and text[end - 1] in "'’\"":
            end -= 1  # a closing quote is not part of the name
        out.append(Cand(m.start(), end, "Law", "case", priority=5, confidence=0.85))
    return out


# --- bodies named on a line of their own ---------------------------------------------------------------------

#: a line of two to eight words in capitals and nothing else ("GENERAL SERVICES ADMINISTRATION")
_CAPS_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.&'’-]*(?:[ \t]+[A-Z&][A-Z.&'’-]*){1,7})[ \t]*$")


def find_heading_bodies(text: str, lex: Lexicon) -> list[Cand]:
    """A line in capitals that holds nothing but words ending in a body's head noun names that body: the agency
    lines at the head of a Federal Register document ("GENERAL SERVICES ADMINISTRATION"), a letterhead. In capitals
    every word looks like a name, so prose and headings in capitals say nothing; a line that is only a name does.
    Intergovernmental when the name has an IGO cue word."""
    out = []
    for m in _CAPS_LINE.finditer(text):
        words = [w.lower() for w in m.group(1).split()]
        if words[-1] not in lex.agency_heads or words[-1] in lex.plural_agency_heads:
            continue
        if any(w in CAPS_BREAKS for w in words) or any(
            w == "the" and (k == 0 or words[k - 1] not in ("of", "for", "on")) for k, w in enumerate(words)
        ):
            continue  # a clause ("WE MET THE COMMISSION"), not a name
        cue = any(w in lex.igo_cues for w in words)
        out.append(Cand(m.start(1), m.end(1), "IGO" if cue else "Agency", "heading-body", 3, 0.7))
    return out


# --- companies named by apposition --------------------------------------------------------------------------

_FIRM_APPOS = re.compile(
    r"(?<![\w.])([A-Za-z][\w.&-]*[A-Za-z0-9](?:\s+[A-Z][\w.&-]*){0,3}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:company|firm|startup|start-up|corporation|conglomerate|subsidiary)\b"
)
_FORMERLY = re.compile(r"(?<![\w.])([A-Z][\w.&-]*)\s+\((?:formerly|previously|now)\s+([A-Z][\w.&-]*)\)")


def find_firm_appositions(text: str, lex: Lexicon) -> list[Cand]:
    """Companies the text calls companies: "musical.ly, a company founded in ..."."""
    out = []
    for m in _FIRM_APPOS.finditer(text):
        name = m.group(1)
        if name.split()[0].lower() in lex.name_stop_starters:
            continue
        out.append(Cand(m.start(1), m.end(1), "Firm", "firm-appos", priority=3, confidence=0.7))
    return out


def renamed_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """ "X (formerly Twitter)": X names the same kind of thing as Twitter."""
    return [((m.start(1), m.end(1)), (m.start(2), m.end(2))) for m in _FORMERLY.finditer(text)]


# --- people named by apposition --------------------------------------------------------------------------------

_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+|(?:van|von|de|der|al|bin|da|di|el)\s+[A-Z][a-z'’-]+)){1,3}"


def find_person_appositions(text: str, lex: Lexicon) -> list[Cand]:
    """ "Kashifu Inuwa Abdullahi, director general of the agency," / "Helen Dixon, the commissioner,": a name
    followed by a title in apposition is a person."""
    titles = sorted((t for t in lex.person_titles if len(t) > 3), key=len, reverse=True)
    rx = re.compile(
        r"(?<![\w.])("
        + _NAME
        + r"),\s+(?:then\s+|now\s+|formerly\s+|currently\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:"
        + "|".join(re.escape(t) for t in titles)
        + r")\b(?!-)",
    )
    # "Theresa May, as Home Secretary": a capitalised office after "as" is the person's role
    as_rx = re.compile(
        r"(?<![\w.])("
        + _NAME
        + r"),\s+as\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?i:"
        + "|".join(re.escape(t) for t in titles)
        + r")\b(?!-)"
    )
    out = []
    for m in [*rx.finditer(text), *as_rx.finditer(text)]:
        name = m.group(1)
        if name.split()[0].lower() in lex.name_stop_starters:
            continue
        out.append(Cand(m.start(1), m.end(1), "Person", "appos-title", priority=3, confidence=0.65))
    out += _peers(text, lex)
    # the holder of an office: "led by Philippe Dufresne", "Immaculate Kassait, who headed the ODPC", "which
    # Pansy Tlakula chaired"
    for rx_led in _LED:
        for m in rx_led.finditer(text):
            words = [w.lower() for w in m.group(1).split()]
            if words[0] in lex.name_stop_starters or any(
                w in lex.org_heads or w in lex.law_heads or w in lex.place_heads or w in lex.office_heads for w in words
            ):
                continue  # "led by the European Commission": a body, not a person
            out.append(Cand(m.start(1), m.end(1), "Person", "appos-led", priority=3, confidence=0.6))
    return out


#: a name in capitals of one to three words ("BRUNENKANT", "SAYID MAREI")
_CAPS_NAME = r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2}"


def find_caps_appositions(text: str, lex: Lexicon, common_words: frozenset[str] = frozenset()) -> list[Cand]:
    """Telegram capitals: a name followed by a title in apposition, perhaps after the person's nationality in
    parentheses ("MET WITH BRUNENKANT (U.S.), DIRECTOR, IAEA DIVISION ...", "MAREI, AS COUNCIL PRESIDENT, ..."), or
    after a title and before the person's country ("COUNCIL PRESIDENT, SAYID MAREI OF EGYPT").
    In capitals every word looks like a name, so the name is only the words before the comma that are no ordinary
    English ("EGYPTIAN MAREI": the adjective is not part of it) nor a title, function word or body's head."""
    titles = "|".join(re.escape(t.upper()) for t in sorted(lex.person_titles, key=len, reverse=True) if len(t) > 3)
    rx = re.compile(
        r"(?<![\w.])("
        + _CAPS_NAME
        + r")(?:[ \t]+\([A-Z.]{2,12}\))?,\s+(?:AS\s+|THE\s+)*(?:[A-Z]+\s+)?(?:"
        + titles
        + r")\b(?!-)"
    )
    # ... and a title before the name, the name followed by its country ("COUNCIL PRESIDENT, SAYID MAREI OF EGYPT")
    before = re.compile(r"\b(?:" + titles + r"),\s+(" + _CAPS_NAME + r")\s+OF\s+[A-Z]")
    stop = lex.person_titles | lex.org_heads | lex.law_heads | lex.name_stop_starters | lex.name_connectors
    out = []
    for m in [*rx.finditer(text), *before.finditer(text)]:
        words = list(re.finditer(r"[A-Z'’-]+", m.group(1)))
        k = len(words)
        while k > 0 and words[k - 1].group(0).lower() not in common_words | stop:
            k -= 1
        if k > 0 and words[k - 1].group(0).lower() in lex.person_titles:
            continue  # the rest of a title ("THE MINISTER, DIRECTOR GENERAL OF ..."), no name
        if k == len(words) or not _in_caps_line(text, m.start(1)):
            continue
        start = m.start(1) + words[k].start()
        out.append(Cand(start, m.end(1), "Person", "appos-title", priority=3, confidence=0.6))
    return out


def _in_caps_line(text: str, offset: int) -> bool:
    """The line around `offset` has no lower-case letter (telegram capitals)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return not any(ch.islower() for ch in text[start : end if end >= 0 else len(text)])


_WRAPPED_NAME = re.compile(r"[ \t]*\n[ \t]*([A-Z][a-z'’-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’-]+)?)(?![\w-])")


def find_wrapped_titles(text: str, lex: Lexicon, common_words: frozenset[str] = frozenset()) -> list[Cand]:
    """A person's title at the end of a line and the name that starts the next ("Attorney General\\nHolder",
    "Counterterrorism Coordinator\\nBenjamin"): hard-wrapped text (telegrams) breaks a title from its holder, which
    the name finders, reading one line at a time, miss. The title is capitalised; the name is one or two words in
    title case that are no title, head noun or function word. After a title that is also an ordinary word
    ("Head", "Official"), an ordinary word is no name."""
    titles = sorted(lex.person_titles, key=len, reverse=True)
    rx = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in titles) + r")(?=[ \t]*\n)", re.I)
    blocked = lex.name_stop_starters | lex.person_titles | lex.org_heads | lex.law_heads | lex.place_heads
    out = []
    for m in rx.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        name = _WRAPPED_NAME.match(text, m.end())
        if name is None:
            continue
        words = [w.lower().strip(".") for w in name.group(1).split()]
        if any(w in blocked for w in words):
            continue
        if len(words) == 1 and m.group(0).lower() in lex.weak_person_titles and words[0] in common_words:
            continue
        out.append(Cand(name.start(1), name.end(1), "Person", "title-wrapped", priority=4, confidence=0.75))
    return out


_LISTED_NAME = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’-]+){0,2}(?![\w.-])")
_NAME_SEPARATOR = re.compile(r",?\s+and\s+|,\s*")


def find_plural_title_lists(text: str, lex: Lexicon, common_words: frozenset[str] = frozenset()) -> list[Cand]:
    """Each name of a list after a title in the plural is a person: "Secretaries Clinton, Geithner, the Attorney
    General ...", "AAGs Fisher and Wainstein". The list ends at its first item that is no name (a title, a head
    noun, a function word)."""
    plurals = {t + "s" for t in lex.person_titles if not t.endswith((".", "y", "s"))}
    plurals |= {t[:-1] + "ies" for t in lex.person_titles if t.endswith("y")}
    alternatives = "|".join(re.escape(p) for p in sorted(plurals, key=len, reverse=True))
    rx = re.compile(r"(?<![\w.])(?i:" + alternatives + r")\s+")
    blocked = lex.name_stop_starters | lex.person_titles | lex.org_heads | lex.law_heads | lex.place_heads
    out = []
    for m in rx.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        pos = m.end()
        while True:
            name = _LISTED_NAME.match(text, pos)
            words = [w.lower().strip(".") for w in name.group(0).split()] if name else []
            if name is None or any(w in blocked for w in words):
                break
            if all(w in common_words for w in words) and not _NAME_SEPARATOR.match(text, name.end()):
                break  # "Senators Wyden and Crapo": a list; "Ministers Agree ...", "the Presidents Executive Order"
                # (a possessive without its apostrophe): ordinary words, no name
            out.append(Cand(name.start(), name.end(), "Person", "title-list", priority=4, confidence=0.7))
            sep = _NAME_SEPARATOR.match(text, name.end())
            if sep is None:
                break
            pos = sep.end()
    return out


_QUOTED_NAME = r"[\"“](?P<title>[A-Z][^\"”\n]{2,80}?)[,.]?[\"”]"
#: a law's title in quotes named by its kind: 'the law "Creation and the Internet"', 'the "Creation and Internet"
#: bill'
_QUOTED_LAW = re.compile(
    r"\b(?i:law|bill|act|decree|statute)\s+"
    # ... past the law's date and number, as laws of the former Soviet states are cited: 'Law of 21 May 2013 No. 94-V
    # "On Personal Data ..."'
    + r"(?:of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)?(?:No\.\s*\d+(?:-[\w]+)?\s+)?"
    + _QUOTED_NAME
    + r"|"
    + _QUOTED_NAME.replace("title", "title2")
    + r"\s+(?i:law|bill|act|decree|statute)\b"
    # ... and a name a naming verb gives to the law that follows: 'Nicknamed "Hadopi 2," this draft bill ...'
    + r"|\b(?i:nicknamed|dubbed|called|known\s+as)\s+"
    + _QUOTED_NAME.replace("title", "title3")
    + r",?\s*(?:this|the)\s+(?:[a-z]+\s+)?(?i:law|bill|act|decree|statute)\b"
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
            out.append(Cand(m.start(group), m.end(group), "Law", "quoted-law", priority=4, confidence=0.65))
    return out


_PARTY_WORD = r"(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]+"
#: two states or unions joined by a dash before what they share: "U.S.-EU relationship", "U.S.-China talks"
_JOINED_PARTIES = re.compile(r"(?<![\w.’'-])(" + _PARTY_WORD + r")[-–](" + _PARTY_WORD + r")(?![\w’'-])")


def find_joined_parties(text: str, type_of) -> list[Cand]:
    """Each of two states or unions joined by a dash ("the enduring U.S.-EU relationship", "U.S.-China
    dialogues", "US-EU TFTP/SWIFT AGREEMENT") names itself: the pair is a modifier, no name of its own. An
    agreement named after its parties keeps them in its name (`EntityTyper._with_parties`), which wins over these.
    `type_of` gives a name's type in the reference tables."""
    out = []
    for m in _JOINED_PARTIES.finditer(text):
        types = [type_of(m.group(1)), type_of(m.group(2))]
        if all(t in ("State", "IGO") for t in types):
            out += [Cand(m.start(k), m.end(k), t, "joined-party", 3, 0.8) for k, t in ((1, types[0]), (2, types[1]))]
    return out


#: a word of a name, and the space between two words of one name (a single line break may wrap it)
_NAME_WORD = r"[A-Z][\w'’-]*"
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: one member of a coordinated list inside a name: up to three capitalised words ("Aerospace Industry", "THE LAW")
_LIST_ITEM = rf"(?:(?:the|THE){_SP})?{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}"
#: a body's head noun, then "of"/"on"/"for" and a list of portfolios with commas: "Ministry of Digital Development,
#: Innovation and Aerospace Industry", "SUBCOMMITTEE FOR PRIVACY, TECHNOLOGY AND THE LAW"
_HEAD_FIRST_LIST = re.compile(
    rf"(?P<pre>(?:[A-Z][a-z][\w'’-]*[ \t]+){{0,2}})(?P<head>[A-Z][A-Za-z-]+){_SP}(?i:of|on|for){_SP}"
    rf"(?P<items>{_LIST_ITEM}(?:,{_SP}{_LIST_ITEM})+,?{_SP}(?i:and|&){_SP}{_LIST_ITEM})"
)
#: a list of portfolios with commas, then the body's head noun: "Health, Education, Labor, and Pensions Committee"
_HEAD_LAST_LIST = re.compile(
    rf"(?P<items>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?(?:,[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)+"
    rf",?[ \t]+and[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+(?P<head>[A-Z][a-z]+)\b"
)


def _body_head(word: str, heads: frozenset[str]) -> bool:
    """A body's head noun, or a sub-body's named after it ("Subcommittee", "Sub-Committee")."""
    low = word.lower()
    return low in heads or low.removeprefix("sub").lstrip("-") in heads


def _caps_across_lines(name: str) -> bool:
    """In capitals every word looks like a name: a list that runs on over a line break ("OFFICE OF INFORMATION
    SERVICES, USAEC, AND\nMR. ...") is a telegram's list of several parties, not one name."""
    return name.isupper() and "\n" in name


def _list_words_ok(words: list[str], lex: Lexicon, is_known_name) -> bool:
    """The members of a name's list are portfolios: no function word that starts a clause, no title, and no name of
    its own (a state, a company: "the Ministry of Finance, Google and Apple" lists three parties)."""
    return not any(
        w.lower() in lex.name_stop_starters - {"the"}
        or w.lower() in lex.person_titles
        or w.lower() in lex.org_heads
        or (is_known_name is not None and is_known_name(w))
        or (w.isupper() and len(w) > 1 and not all(x.isupper() for x in words))  # an abbreviation names a body
        for w in words
    )


def _modifiers_start(m: re.Match, lex: Lexicon, is_known_name) -> int:
    """Where a head-first name starts: title-case modifiers before the head are part of it ("Senate Committee on
    ..."), an article or a name of its own (a state: "Russian Ministry of ...") is not."""
    pre = list(re.finditer(r"\S+", m.group("pre")))
    while pre and (
        pre[0].group(0).lower() in lex.name_stop_starters
        or (is_known_name is not None and is_known_name(pre[0].group(0)))
    ):
        pre.pop(0)
    return m.start("pre") + pre[0].start() if pre else m.start("head")


def _cut_last_item(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The list's last member ends before a word that starts something else: a title, a body's head noun ("...
    and Home Affairs Committee Chair")."""
    pos = start
    for w in re.finditer(r"\S+", text[start:end]):
        if w.start() > 0 and w.group(0).lower().strip(",") in (lex.person_titles | lex.org_heads):
            return pos
        pos = start + w.end()
    return end


def find_coordinated_bodies(text: str, lex: Lexicon, is_known_name=None) -> list[Cand]:
    """A body named by its portfolios coordinated with commas: the commas and "and" are inside the name, which
    runs from the head noun to the last portfolio ("Ministry of Digital Development, Innovation and Aerospace
    Industry", "Committee on Commerce, Science, and Transportation") or from the first portfolio to the head
    noun ("Health, Education, Labor, and Pensions Committee"). A plural head ("Departments of ...") names several
    bodies and is no such name. Intergovernmental when the name has an IGO cue word."""
    heads = lex.agency_heads - lex.plural_agency_heads
    out: list[Cand] = []
    for m in _HEAD_FIRST_LIST.finditer(text):
        if not _body_head(m.group("head"), heads) or _caps_across_lines(m.group(0)):
            continue
        items = m.group("items")
        last = max(items.rfind(" and "), items.rfind(" AND "), items.rfind("&"), items.rfind("\nand "))
        end = _cut_last_item(text, m.start("items") + last + 1, m.end("items"), lex)
        words = re.findall(r"[\w'’-]+", text[m.start("items") : end])
        if not _list_words_ok([w for w in words if w.lower() not in ("and", "the")], lex, is_known_name):
            continue
        out.append(_body(text, _modifiers_start(m, lex, is_known_name), end, lex))
    for m in _HEAD_LAST_LIST.finditer(text):
        if not _body_head(m.group("head"), heads):
            continue
        start = m.start("items")
        first = re.match(r"[\w'’-]+[ \t]+", m.group("items"))
        if first is not None and first.group(0).split()[0].lower() in lex.name_stop_starters:
            start += first.end()  # "The Health, Education, ... Committee": the article is no part of the name
        words = [w for w in re.findall(r"[\w'’-]+", text[start : m.end("items")]) if w != "and"]
        if not _list_words_ok(words, lex, is_known_name):
            continue
        out.append(_body(text, start, m.end("head"), lex))
    return out


def _body(text: str, start: int, end: int, lex: Lexicon) -> Cand:
    cue = any(w in lex.igo_cues for w in re.findall(r"[\w.-]+", text[start:end].lower()))
    return Cand(start, end, "IGO" if cue else "Agency", "coordinated-body", 4, 0.7)


#: a letter's salutation on a line of its own: "Dear Bill,", "Dear Jane Doe:"
_SALUTATION = re.compile(r"(?m)^[ \t]*Dear[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})[ \t]*[,:]?[ \t]*$")


def find_salutations(text: str, lex: Lexicon) -> list[Cand]:
    """A letter's salutation names the person it is written to ("Dear Bill," "Dear Jane Doe:"), unless it
    addresses a title or a group ("Dear Minister", "Dear Colleagues", "Dear Sir or Madam")."""
    out = []
    for m in _SALUTATION.finditer(text):
        words = [w.lower() for w in m.group(1).split()]
        if any(w in lex.person_titles or w in lex.common_addressees or w in lex.name_connectors for w in words):
            continue
        out.append(Cand(m.start(1), m.end(1), "Person", "salutation", priority=4, confidence=0.7))
    return out


#: a minister's title with the portfolio and an abbreviation in parentheses: "Minister of Industry, Tourism, and Trade
#: (MITYC) Miguel Sebastian"
_MINISTER_ABBREVIATION = re.compile(
    r"\bMinister\s+(?:of|for)\s+(?:the\s+)?[A-Z][^()\n.;:]{2,80}?\s*\((?P<abbr>[A-Z][A-Za-z]{0,8}[A-Z])\)"
)


def find_minister_abbreviations(text: str) -> list[Cand]:
    """The abbreviation after a minister's title and portfolio names the ministry, not the minister ("Minister of
    Industry, Tourism, and Trade (MITYC) Miguel Sebastian ... MITYC had ..."): an Agency."""
    return [
        Cand(m.start("abbr"), m.end("abbr"), "Agency", "minister-abbrev", priority=4, confidence=0.7)
        for m in _MINISTER_ABBREVIATION.finditer(text)
    ]


#: a plural head of government bodies and the list of portfolios that follows it: "the Departments of Treasury,
#: State and Justice", "the relevant ministers (Interior, Justice, Finance, Chancellery, and MFA)"
_PORTFOLIO_LIST = re.compile(
    r"\b(?i:departments|ministries|ministers|secretaries)(?:\s+(?:of|for)\s+(?:the\s+)?|\s*\()"
    r"(?P<items>[A-Z][\w’'-]*(?:(?:,?\s+and\s+|,\s*|\s+)[A-Z][\w’'-]*){1,9})(?P<close>\))?"
)
_LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s*")


def find_portfolio_lists(text: str, lex: Lexicon) -> list[Cand]:
    """Each portfolio of a list after a plural head names one body: "the Departments of Treasury, State and
    Justice" are three Agencies ("Treasury", "State", "Justice"), as each would be named alone ("the Department
    of the Treasury"). In a parenthesised list of two or more portfolios ("ministers (Interior, Justice, Finance,
    Chancellery, and MFA)") the other one-word items are the bodies of the same list."""
    out = []
    for m in _PORTFOLIO_LIST.finditer(text):
        base = m.start("items")
        items, pos = [], 0
        for sep in [*_LIST_SEPARATOR.finditer(m.group("items")), None]:
            end = sep.start() if sep else len(m.group("items"))
            items.append((base + pos, base + end))
            pos = sep.end() if sep else end
        portfolio = [" ".join(text[a:b].split()).lower() in lex.portfolios for a, b in items]
        if sum(portfolio) < 2:
            continue
        for (a, b), known in zip(items, portfolio, strict=True):
            if known or (m.group("close") and " " not in text[a:b].strip()):
                out.append(Cand(a, b, "Agency", "portfolio-list", priority=5, confidence=0.7))
            elif not m.group("close"):
                break  # "Departments of State and Justice Benjamin ...": the list ends at its first non-portfolio
    return out


#: a title of the peerage and a name, with its territorial designation: "Lord Anderson of Ipswich", "Earl Howe"
_PEER = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+([A-Z][a-z'’-]+)(?:\s+of\s+[A-Z][a-z]+)?(?![\w-]|\s+[A-Z])")


def _peers(text: str, lex: Lexicon) -> list[Cand]:
    """A peer is named with the title: "Lord Anderson of Ipswich", "The Earl Howe" ("Lord Chancellor" is an
    office: the word after the title is a title itself)."""
    out = []
    for m in _PEER.finditer(text):
        if m.group(1).lower() not in lex.peerage_titles or m.group(2).lower() in lex.person_titles:
            continue
        out.append(Cand(m.start(), m.end(), "Person", "peer", priority=4, confidence=0.7))
    return out


_LEAD_VERBS = r"(?:led|headed|chaired|run|directed)"
_LED = [
    re.compile(
        r"\b"
        + _LEAD_VERBS
        + r"(?:\s+(?:from|since)\s+(?:its|their|the)\s+[a-z]+)?\s+by\s+("
        + _NAME
        + r")\b(?![.'’]?\w)"
    ),
    re.compile(
        r"(?:^|(?<=[.;:]\s)|(?<=\n))(" + _NAME + r"),\s+who\s+(?:now\s+|currently\s+|then\s+)?"
        r"(?:leads|led|heads|headed|chairs|chaired|runs|ran|directs|directed)\b"
    ),
    re.compile(r"\bwhich\s+(" + _NAME + r")\s+(?:has\s+|had\s+)?(?:chaired|headed|led|ran|runs|chairs|heads|leads)\b"),
]


# --- data types ----------------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
_DT_STOP_AFTER = {
    "infrastructure",
    "technology",
    "technologies",
    "security",
    "systems",
    "system",
    "center",
    "centers",
    "centre",
    "centres",
    "broker",
    "brokers",
    "flow",
    "flows",
}
# a capitalised word (not at a sentence start) or "of"/"the"/"and" of a title right before a capitalised phrase
_NAME_BEFORE = re.compile(r"(?:[^.!?:;\s]\s+[A-Z][\w-]*|\b[A-Z][\w-]*\s+(?:of|the|and|for|on)\s+(?:the\s+)?)\s*$")
_STATE_PREFIX = re.compile(r"(?:U\.S\.|US|EU|UK|U\.K\.)\s+$")


def _dt_core(word: str, lex: Lexicon) -> bool:
    w = word.lower().replace("’", "'")
    return w in lex.datatype_core or any(p in lex.datatype_core for p in w.split("-"))


def find_datatypes(text: str, lex: Lexicon) -> list[Cand]:
    """Data-type phrases: modifiers ending in a head noun, with at least one core modifier ("bulk sensitive
    personal data", "precise geolocation information", "sensitive and personally identifiable data")."""
    words = list(_WORD.finditer(text))
    out: list[Cand] = []
    for idx, m in enumerate(words):
        if m.group(0).lower() not in lex.datatype_heads:
            continue
        if (
            idx + 1 < len(words)
            and words[idx + 1].group(0).lower() in _DT_STOP_AFTER
            and text[m.end() : words[idx + 1].start()].strip() == ""
        ):
            continue
        j = idx
        mods: list[re.Match] = []
        while j > 0:
            prev = words[j - 1]
            gap = text[prev.end() : words[j].start()]
            if gap.strip() != "":
                break
            pw = prev.group(0).lower().replace("’", "'")
            if pw.endswith("'") or (pw.endswith("'s") and pw not in lex.datatype_core):
                break  # a possessor ("Americans' data") is not part of the data type
            if (
                j - 2 >= 0
                and f"{words[j - 2].group(0).lower()} {pw}" in lex.datatype_core
                and text[words[j - 2].end() : prev.start()].strip() == ""
            ):
                mods[:0] = [words[j - 2], prev]
                j -= 2
                continue
            if pw in ("and", "or") and j - 2 >= 0 and words[j - 2].group(0).lower() in lex.datatype_heads:
                break  # "health records and bank account details": two data types, not one
            if _dt_core(pw, lex) or pw in lex.datatype_extra:
                mods.insert(0, prev)
                j -= 1
                continue
            break
        while mods and mods[0].group(0).lower() in lex.datatype_no_start:
            mods.pop(0)
        # "and"/"or" only between two modifiers
        if any(x.group(0).lower() in ("and", "or") for x in mods[-1:]):
            continue
        core = [x for x in mods if _dt_core(x.group(0), lex)]
        core += [
            a for a, b in zip(mods, mods[1:], strict=False) if f"{a.group(0)} {b.group(0)}".lower() in lex.datatype_core
        ]
        if not core:
            continue
        start = mods[0].start()
        if mods[0].group(0).lower().startswith("government") and (
            prefix := _STATE_PREFIX.search(text[max(0, start - 6) : start])
        ):
            start -= len(prefix.group(0))
        out.append(Cand(start, m.end(), "DataType", "datatype-grammar", priority=4, confidence=0.8))
    return out


def inside_title(text: str, start: int, end: int) -> bool:
    """A title-case phrase after a capitalised word or a title's "of"/"the" is a word of a proper name ("My
    Health Record", "Protection of Personal Data"), not a data type; all-caps telegram text is not title case."""
    phrase = text[start:end]
    return (
        not phrase.isupper() and phrase.istitle() and _NAME_BEFORE.search(text[max(0, start - 30) : start]) is not None
    )


# --- abbreviations and span clean-up -----------------------------------------------------------------------

#: "Long Name (ABBR)"; "Long Name or ("ABBR")": the parenthesis glosses the name as an alternative
_PAREN_AFTER = re.compile(r"(?:\s+or)?\s*\(([^()\n]{1,60})\)")
# whole words only: "ANPD", "ANATEL", "ORF" are abbreviations, not "an"/"or"
_NOT_ABBREV = re.compile(
    r"^(?:(?:e\.g\.|i\.e\.|formerly|see|now|the|a|an|and|or)(?!\w)|\d[\d,.\s]*$"
    r"|\d+\s+U\.?\s?S\.?\s?C\.?|.*\bet\s+seq\b"  # a code citation: "(15 U.S.C. 41 et seq.)"
    r"|nos?\.?\s*\d)",  # a bare number: "an Act of the Indian Parliament (No 21 of 2000)"
    re.I,
)
# "Law No. 6698 ..., known by its Turkish abbreviation KVKK", "the Act, known as POPIA"
_KNOWN = r",?\s+(?:also\s+|commonly\s+|widely\s+)?known\s+"
_KNOWN_AS = re.compile(
    _KNOWN + r"(?:as|by\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:abbreviation|acronym|initials|short\s+name))\s+(?:the\s+)?([A-Z][A-Z0-9&-]{1,11})\b"
)
# "..., known as the Malabo Convention": a short name ending in a law head
_KNOWN_AS_NAME = re.compile(
    _KNOWN + r"as\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+"
    r"(?:Act|Law|Convention|Regulation|Directive|Decree|Agreement|Treaty|Rules|Framework|Package|Code))\b"
)


_LIST_WORDS = r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
_LIST_TAIL = re.compile(_LIST_WORDS + r"(?:(?=\s*\(([A-Z]{3,10})\))|(?![\w(-]|\s+\())")


def list_name_end(text: str, start: int, end: int) -> int:
    """Where a name whose words are a list ends when its abbreviation spells the whole list: "Department for
    Science, Innovation and Technology (DSIT)" is one name, not "Department for Science" and a second name (the
    name may start with words the abbreviation leaves out: "United Kingdom Department for ... (DSIT)"). The
    abbreviation may be defined elsewhere in the document ("the Department for Digital, Culture, Media and Sport"
    in a text that also says "DCMS")."""
    m = _LIST_TAIL.match(text, end)
    if not m:
        return end
    words = re.findall(r"[A-Za-z][\w-]*", text[start : m.end()])
    capitals = "".join(w[0] for w in words if w[0].isupper())
    # "Ministry of Land, Infrastructure and Transport (MOLIT)" spells the "of" too
    with_of = "".join(w[0].upper() for w in words if w[0].isupper() or w in ("of", "for", "on"))
    if m.group(1):
        abbr = m.group(1)
        return m.end() if capitals.endswith(abbr) or with_of.endswith(abbr) else end
    # elsewhere: the abbreviation spells every word of the list and at least one word before it
    listed = len(re.findall(r"[A-Z][\w-]*", text[end : m.end()])) + 1
    for letters in (capitals, with_of):
        for k in range(len(letters) - listed, -1, -1):
            if re.search(r"(?<![\w-])" + letters[k:] + r"(?![\w-])", text):
                return m.end()
    return end


_CONTINUATION = re.compile(r"(?:\s*\([A-Z][A-Za-z0-9&.-]{1,11}\))?[ \t]+([A-Z][a-z]+)\b")


def continued_name_end(text: str, end: int, heads: frozenset[str]) -> int:
    """Where a name ends that a capitalised head continues, right after it or after its parenthesised
    abbreviation: "the Privacy Shield Program", "Cross-Border Privacy Rules (CBPR) System"."""
    m = _CONTINUATION.match(text, end)
    return m.end() if m and m.group(1).lower() in heads else end


_PAREN_RIGHT_AFTER = re.compile(r"[ \t]?\(([^()\n]{1,40})\)")


def status_end(text: str, end: int, statuses: frozenset[str]) -> int:
    """Where a title ends that its status in parentheses continues: "the Personal Information Protection Law
    (Draft)", "Measures (Trial)"; the parenthesis names the text's stage, no abbreviation of it."""
    m = _PAREN_RIGHT_AFTER.match(text, end)
    return m.end() if m and m.group(1).strip().lower() in statuses else end


#: what separates two names inside one parenthesis: "PRC or China", "TFTP, also known as SWIFT"
_ALIAS_SEPARATOR = re.compile(r",?\s+(?:also\s+|commonly\s+)?known\s+as\s+|[,;]\s*|\s+or\s+")


def abbreviations_after(text: str, end: int, provisions: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans named in a parenthesis right after a mention: "Court of Justice of the European Union (CJEU)",
    "People’s Republic of China (PRC or China)", "(“PAFACAA” or “the act”)", "(TFTP, also known as SWIFT)"; a code
    citation may come first ("Act (50 U.S.C. 1701 et seq.) (IEEPA)"); or an acronym introduced by "known as" /
    "known by its abbreviation". A parenthesis that cites a part of a text ("(Annex II)", "(Article 5)": its first
    word one of `provisions`) names nothing."""
    m = _PAREN_AFTER.match(text, end)
    if m and m.group(1).split()[0].lower() in provisions:
        return []
    if m and _NOT_ABBREV.match(m.group(1).strip()):
        m = _PAREN_AFTER.match(text, m.end())  # past a code citation to a parenthesis that may name it
        if m and _NOT_ABBREV.match(m.group(1).strip()):
            return []
    if not m:
        k = _KNOWN_AS.match(text, end) or _KNOWN_AS_NAME.match(text, end)
        return [(k.start(1), k.end(1))] if k else []
    inner_start, inner = m.start(1), m.group(1)
    out = []
    pos = 0
    for sep in [*_ALIAS_SEPARATOR.finditer(inner), None]:
        stop = sep.start() if sep else len(inner)
        raw = inner[pos:stop]
        p = raw.strip().strip("\"“”‘’'")
        if (
            p
            and (p[0].isupper() or p[0].isdigit())
            and len(p.split()) <= 5
            and not _NOT_ABBREV.match(p)
            and not _clause(p)
        ):
            s = inner_start + pos + raw.index(p)
            out.append((s, s + len(p)))
        pos = sep.end() if sep else stop
    return out


#: lower-case words that may stand inside a name ("Law on Cybersecurity", "Kingdom of Saudi Arabia")
_NAME_INNER_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "la", "le", "&"})


def _clause(words: str) -> bool:
    """A parenthesis that says something ("France (Sarkozy was stunned)", "(Paris agreed)") rather than naming: a
    lower-case word that is no name's connector ("was", "agreed"); a name or an abbreviation has none."""
    return any(w.isalpha() and w.islower() and w not in _NAME_INNER_WORDS for w in re.findall(r"[^\W\d_]+", words))


#: a parenthesis right after a name, up to 300 characters on one line
_LONG_PAREN_AFTER = re.compile(r"[ \t]*\(([^()\n]{3,300})\)")
#: "French: Loi sur ...", "rus. Закон Яровой": a language's label, then the name in that language
_LABELLED_NAME = re.compile(r"([A-Za-z]+)(?::|\.)\s*(.+)", re.S)


def foreign_names_after(text: str, end: int, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Names of the same thing in other languages, given in a parenthesis right after its English name with the
    language's label: "Personal Information Protection Law (Chinese: 个人信息保护法; pinyin: Gèrén xìnxī bǎohù fǎ)",
    "the Yarovaya law (rus. Закон Яровой)", "PIPEDA; French: Loi sur ...". Items are separated by ";"."""
    m = _LONG_PAREN_AFTER.match(text, end)
    if m is None:
        return []
    out = []
    pos = m.start(1)
    for item in m.group(1).split(";"):
        labelled = _LABELLED_NAME.match(item.strip())
        if labelled and labelled.group(1).lower() in labels:
            name = labelled.group(2).strip().strip("\"“”‘’'")
            start = text.index(name, pos)
            if name and not name[0].isdigit():
                out.append((start, start + len(name)))
        pos += len(item) + 1
    return out


_LEAD = re.compile(r"^(?:the|The|THE|a|an|An|A)\s+")
_TRAIL = re.compile(r"(?:['’]s|['’]|[\s,.;:!?)(\]\[\"“”‘]+)$")


#: a line that starts a list item or a field: no name runs into it ("Ashwini Vaishnaw\n- Keywords")
_NEW_ITEM = re.compile(r"\n[ \t]*(?:[-–•*▪◦]|\d{1,2}[.)])\s")
#: a blank line: a paragraph ends there, and no name runs across it
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """No determiner, no possessive 's, no surrounding punctuation or space (abbreviation dots are kept), nothing
    from the next list item, nothing before a blank line inside the span: a name does not run across a paragraph
    break, and what stands in the paragraph before it is a heading ("DATA PROTECTION\n\nThe Data Protection
    (Adequacy) ... Regulations 2022"), so the name is the part after the last blank line, where its head is."""
    item = _NEW_ITEM.search(text, start, end + 3)
    if item and item.start() < end:
        end = item.start()
    for blank in _BLANK_LINE.finditer(text, start, end):
        start = blank.end()
    while True:
        s = text[start:end]
        m = _LEAD.match(s)
        if m:
            start += m.end()
            continue
        stripped = s.lstrip(" \n\t\"“”'‘’([,")
        if stripped != s:
            start += len(s) - len(stripped)
            continue
        m = _TRAIL.search(s)
        if m and m.start() > 0:
            tail = m.group(0)
            # keep the dot of an abbreviation ("U.S.", "Ltd.", "E.O.")
            if tail == "." and re.search(r"(?:\b[A-Z]\.[A-Z]?|Ltd|Inc|Corp|Co|No|Jr|Sr|St)\.$", s):
                break
            end = start + m.start()
            continue
        break
    return start, end


# --- reference numbers ---------------------------------------------------------------------------------------

#: a Federal Register document's bracketed reference line: "[Docket No. NSD 104]", "[FAR Case 2021-019; Docket No.
#: FAR-2021-0019; Sequence No. 1]": filing numbers, no names
_DOCKET_LINE = re.compile(r"\[[^\[\]\n]{0,80}\bDocket\s+No\.[^\[\]\n]{0,80}\]")


def reference_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed docket lines, where no mention is."""
    return [m.span() for m in _DOCKET_LINE.finditer(text)]
