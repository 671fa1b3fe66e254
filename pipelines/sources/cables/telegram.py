"""The US telegram grammar shared by Cablegate/PlusD text, Cablegate pages and FRUS telegrams.

A telegram reads: routing lines, the DTG line ("O 151856Z JAN 08"), "FM ...", "TO ..." and "INFO ..." blocks,
a classification/serial line ("C O N F I D E N T I A L BRASILIA 000093"), then "E.O. ...", "TAGS: ...",
"SUBJECT: ...", "REF: ...", "Classified By: ...", numbered paragraphs and a signature. Real cables bend every
rule (lines run together, fields missing, typos), so each field is found on its own and the body starts after
the last header field that was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.model import CableRecipient, CableRecord, Paragraph

from .dtg import DTG_RE, MONTHS, parse_date_time_group
from .textio import bound_whitespace

PRECEDENCES = ("NIACT IMMEDIATE", "FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE")
CLASSIFICATION_WORDS = (
    "TOP SECRET",
    "SECRET",
    "CONFIDENTIAL",
    "LIMITED OFFICIAL USE",
    "UNCLASSIFIED",
    "UNCLAS",
    "SENSITIVE BUT UNCLASSIFIED",
)
_COLLAPSED = {w.replace(" ", ""): w for w in CLASSIFICATION_WORDS}

_LINE_KEYWORD = re.compile(
    r"^\s*(?:INFO\b|BT\b|E\.?\s?O\.?\s*\d|TAGS\b|SUBJ|REF|C O N|S E C|U N C|UNCLAS|CONFIDENTIAL\b|SECRET\b|"
    r"LIMITED OFFICIAL|SENSITIVE\b|SIPDIS|NOFORN|CLASSIFIED\b|DEPT\b|DEPARTMENT\b|PASS\b|FOR\s|EXDIS|NODIS)",
    re.IGNORECASE,
)
_SPACED_CLASS = re.compile(r"^\s*((?:[A-Z] ){3,}[A-Z])(?=\s|$)")
_WORD_CLASS = re.compile(
    r"^\s*(TOP SECRET|SECRET|CONFIDENTIAL|LIMITED OFFICIAL USE|UNCLASSIFIED|UNCLAS)(//[A-Z/ ]+?)?(?=\s|$)"
)
_SERIAL = re.compile(r"^\s*(?:SECTION\s+\d+\s+OF\s+\d+\s+)?([A-Z][A-Z]+(?: [A-Z]{2,}){0,2})\s+0*(\d{1,6})(?=\s|$)")
_EO = re.compile(r"\bE\.?\s?O\.?\s*(\d{5})\s*:?\s*([^\n]*?)(?=\s+TAGS?\b|\s*\n|\s*$)", re.IGNORECASE)
_TAGS = re.compile(r"(?:^|\s)TAGS?\b\s*:?[ \t]*", re.IGNORECASE | re.MULTILINE)
_TAG_CONTINUATION = re.compile(
    r"^[ \t]*[A-Z][A-Z0-9]{1,7}(?:(?:[ \t]*[,;][ \t]*|[ \t]+)[A-Z][A-Z0-9]{1,7})*[ \t]*,?[ \t]*$"
)
_TAG_STOPWORDS = {"FOR", "TO", "PASS", "AND", "THE", "OF", "FROM", "ONLY", "ALSO", "PLEASE", "DEPT", "STATE"}
_SUBJECT = re.compile(r"(?:^|\s)SUBJ(?:ECT)?\b\s*:[ \t]*|^\s*SUBJECT\s+(?=\S)", re.IGNORECASE | re.MULTILINE)
_SUBJECT_STOP = re.compile(
    r"\s+(?:REF(?:S|TEL|TELS)?\s*[:(]|REF\s+[A-Z]\.|Ref\(s\)|REFTELS?\b|Classified\s+By\b|CLASSIFIED\s+BY\b|"
    r"Ref(?:s|tel|tels)?\s*:|REFERENCES?\s*:|References?\s*:)"
)
_REF = re.compile(
    r"^\s*(?:(?:REF(?:S|TEL|TELS)?|Ref(?:s|tel|tels)?)\b\s*(?:\(s\))?\s*:?|(?:REFERENCES?|References?)\s*:)\s*",
    re.MULTILINE,
)
_REF_INLINE = re.compile(r"\s(?:REF(?:S|TEL|TELS)?|Refs?|Ref\(s\)|Reftels?|REFERENCES?|References?)\s*:\s*")
_REF_LABEL_LINE = re.compile(r"^\s*\(?[A-Z]\)?[.)]\s")
_REF_ITEM_SPLIT = re.compile(r"(?:^|[\s;,])\(?[A-Z]\)?[.)](?=\s)")
#: "07 STATE 12345", "09DHAHRAN 201", "2005 BRASILIA 672", "BERN 000860", "SECSTATE 3080", "EMBTEL 8993".
_REF_ITEM = re.compile(r"^\s*(?:(\d{4}|\d{2})\s*)?([A-Z][A-Z]+(?:\s[A-Z]{2,}){0,3})\s+0*(\d{1,6})\b(?![.,]\d)")
#: A line that opens another header field ("Classified By:", "DERIVED FROM:", "(U) Reason:") ends the REF block.
_FIELD_LABEL_LINE = re.compile(r"^\s*(?:\([A-Z/]{1,6}\)\s*)?[A-Z][A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3}[ \t]*:")
#: REF items that are not telegrams: e-mails, letters, video calls and meetings, notes, manual (FAM) citations,
#: intelligence reports (TD, IIR), circulars and airgrams ("CA-3400").
_REF_NOT_TELEGRAM = re.compile(
    r"\b(?:E-?MAILS?|LETTERS?|SVTCS?|D?VTCS?|MEETINGS?|MEMO(?:RANDUM|RANDA|S)?|TELE?CONS?|PHONE(?:CALL)?S?|"
    r"CONVERSATIONS?|FAM|TD|IIR|DIPNOTES?|NOTES?|FAX(?:ES)?|CIRCULARS?|CIRCS?|DEPCIRC|AIRGRAMS?|WEBSITE|HTTPS?)\b|"
    r"\bC?A-\d",
    re.IGNORECASE,
)
#: Words that start an item but are no post: dates ("MAY 1"), paragraph and page pointers, joining words.
_NOT_POSTS = {
    *MONTHS,
    *("PARA", "PARAS", "PARAGRAPH", "PARAGRAPHS", "SECTION", "PAGE", "PAGES", "REASON", "REASONS"),
    *("AND", "OF", "THE", "NO", "NUMBER", "SEE", "ALSO", "PREVIOUS", "PARTICULARLY", "ESPECIALLY"),
}
#: How telegrams name the Department's and their own series: "Deptel 123" is a Department (STATE) telegram,
#: "Embtel 123" / "Contel" / "Mistel" one of the post's own series (of the sending post; of the addressee when
#: the Department writes).
_DEPARTMENT_SERIES = {"SECSTATE", "DEPTEL", "DEPTTEL", "DEPT", "DEPARTMENT", "STATE"}
_OWN_SERIES = {"EMBTEL", "EMBTELS", "CONTEL", "CONTELS", "MISSTEL", "MISTEL", "USUNTEL", "OURTEL", "MYTEL"}
_POST_PREFIX = re.compile(r"^(?:AMEMBASSY|AMEMB|AMCONSUL|AMCONGEN|USMISSION|USDEL|AMERICAN EMBASSY)\s+")
_CLASSIFIED_BY = re.compile(r"^\s*(?:\(U\)\s*)?Classified\s+by\b", re.IGNORECASE | re.MULTILINE)
_PARA = re.compile(r"^[ \t]*(\d{1,3})\.[ \t]*(?:\(([A-Z][A-Z/ ,]{0,30})\))?", re.MULTILINE)
_SIGNATURE = re.compile(r"(?:^|[.!?)\"']\s+|\n)([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)[ \t.]*$")
#: A signature alone on the last line, as written: "TEFFT", "VAN VOORST", "Murray", "LeBaron", "Timken jr".
_SIGNATURE_LINE = re.compile(
    r"^[ \t]*((?:Mc|Mac|O'|D')?[A-Z][A-Za-z'\-]*[A-Za-z](?:[ \t]+(?:[A-Z][A-Za-z'\-]*[A-Za-z]|[A-Z]\.)){0,2}"
    r"(?:,?[ \t]+(?:[Jj]r\.?|JR\.?|I{2,3}|IV))?)[ \t]*$"
)
#: In a mixed-case text, upper-case words ending the last line are the signer ("... our position. TUTTLE").
_TRAILING_CAPS = re.compile(r"(?<=[a-z0-9_/:;,.)\]\"'])[ \t]+([A-Z][A-Z'\-]{2,})[ \t]*$")
_NOT_SIGNATURES = {
    "END",
    "BT",
    "NNNN",
    "SIPDIS",
    "NOFORN",
    "UNQUOTE",
    "QUOTE",
    "COMMENT",
    "SUMMARY",
    "ENDS",
    "CONFIDENTIAL",
    "SECRET",
    "UNCLASSIFIED",
    "UNCLAS",
    "LIMITED",
    "SENSITIVE",
    "EXDIS",
    "NODIS",
    "LIMDIS",
    "STADIS",
    "MESSAGE",
    "TEXT",
    "CABLE",
    "BEGIN",
    "PAGE",
    "NOTE",
    "FYI",
    "PARA",
    "REF",
    "REFTEL",
}
#: Lines that may follow the signature: end marks, classification banners, page markers, markup residue.
_TRAILER_LINE = re.compile(
    r"^[ \t]*(?:NNNN|BT|#+|End\s+Cable\s+Text|(?:TOP\s+)?SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|"
    r"LIMITED\s+OFFICIAL\s+USE(?:\s+ONLY)?|SENSITIVE(?:\s+BUT\s+UNCLASSIFIED)?|NOFORN|SIPDIS|"
    r"(?:[A-Z] ){3,}[A-Z]|PAGE\s+\d+\b.*|[^A-Za-z]*)(?:\s*//\s*[A-Z/ ]+)?(?:\s+[A-Z]{3}\d{3,5})?[ \t]*$"
    # a post's website notice ("Visit Ankara's Classified Web Site at http://...") unless the signature ends
    # it, a bare address, and the database query a Cablegate page printed under some cables
    r"|^(?!.*(?-i:\s[A-Z][A-Z'\-]{2,})[ \t]*$)[ \t]*\"?Visit\b.*\bWeb\s?site\b.*$"
    r"|^[ \t]*\S*(?:https?://|\.gov\b|\.mil\b)\S*[ \t]*$|^[ \t]*SELECT\s.*\bFROM\b.*$",
    re.IGNORECASE,
)
#: Where the cable text ends in a database print-out; what follows ("<name> 07/30/2008 ... From DB/Inbox") is not.
_END_OF_TEXT = re.compile(r"^[ \t]*End\s+Cable\s+Text\b", re.IGNORECASE | re.MULTILINE)
#: Handling words written on the signature line ("MINIMIZE CONSIDERED SHANNON"), and a quoted message's
#: signature before the telegram's own ("CLINTON UNQUOTE CLINTON").
_SIGNATURE_PREFIX = re.compile(r"^(?:.*\b(?:UNQUOTE|END\s+QUOTE)\s+|MINIMIZE\s+CONSIDERED\s+)", re.IGNORECASE)

#: The Department's own office-distribution block of a received copy ("ACTION AF-00", "INFO LOG-00 ADS-00 ...
#: /037 W"), and the transmission stamp under it ("------------------352654  200910Z /23"): no addressees.
_OFFICE_CODE = re.compile(r"[A-Z][A-Z0-9]{0,6}-\d{2}|/\d{3}W?|W")
_STAMP_LINE = re.compile(r"^[ \t]*-{6,}[ \t]*[0-9A-F]*[ \t]+\d{6}Z[ \t]*/\d+[ \t]*$")
#: Lines that end an address block: the next address keyword, posts excluded from transmission (XMT), a stamp.
_ADDRESS_STOP = re.compile(r"^[ \t]*(?:FM|TO|INFO|XMT|ACTION|ORIGIN)[ \t]+\S")
#: A page break of a received copy: the classification banners at the foot and head of the page, then
#: "PAGE 02 HARARE 06677 01 OF 03 291400Z" (text may follow on the same line).
_PAGE_MARK = (
    r"PAGE[ \t]+(?:0?[2-9]|[1-9]\d)[ \t]+[A-Z][A-Z .]{0,30}?[ \t]+\d{3,6}[ \t]+"
    r"(?:\d{2}[ \t]+OF[ \t]+\d{2}[ \t]+)?\d{6}Z[ \t]*"
)
_PAGE_BREAK = re.compile(r"^[ \t]*" + _PAGE_MARK)
_BANNER_LINE = re.compile(
    r"^[ \t]*(?:TOP SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|LIMITED OFFICIAL USE)"
    r"[ \t]*(?:[A-Z]{3}\d{3,5})?[ \t]*$"
)
#: A page line of the later Cablegate form, alone on its line: "MADRID 00002282 001.2 OF 002".
_PAGE_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .]{0,30}?[ \t]+0{3,}\d{1,6}[ \t]+\d{3}(?:\.\d)?[ \t]+OF[ \t]+\d{3}[ \t]*\n", re.MULTILINE
)
#: ... also right after an address keyword: "TO PAGE 02 STATE 015113 182333Z" / "ALL DIPLOMATIC POSTS COLLECTIVE".
_PAGE_BREAK_AFTER_KEYWORD = re.compile(r"^([ \t]*(?:FM|TO|INFO|XMT)[ \t]+)" + _PAGE_MARK + r"\n", re.MULTILINE)


@dataclass
class HeaderHints:
    """Facts known from outside the telegram text (a page's metadata table, a TEI source note)."""

    reference_id: str | None = None
    created: date | None = None
    created_iso: str | None = None
    classification: str | None = None
    origin: str | None = None
    own_post: str | None = None  # the sending post as telegram ids name it ("PARIS"), for "Embtel 8993"
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)


def classification_level(text: str | None) -> str | None:
    """The classification level alone: 'SECRET//NOFORN' -> 'Secret', 'UNCLASSIFIED//FOUO' -> 'Unclassified'."""
    norm = normalise_classification(text)
    if norm is None:
        return None
    return norm.split("//")[0].strip() or None


def normalise_classification(text: str | None) -> str | None:
    """'C O N F I D E N T I A L' / 'CONFIDENTIAL//NOFORN' / 'UNCLAS' -> 'Confidential' / 'Confidential//Noforn'."""
    if not text:
        return None
    t = " ".join(text.split())
    if re.fullmatch(r"(?:[A-Za-z] )+[A-Za-z]", t):
        t = t.replace(" ", "")
    t = t.upper()
    t = _COLLAPSED.get(t, t)  # "T O P S E C R E T" -> "TOPSECRET" -> "TOP SECRET"
    if t == "UNCLAS" or t.startswith("UNCLAS "):
        t = "UNCLASSIFIED"
    return t.title()


@dataclass(frozen=True)
class ReferenceContext:
    """What a REF item leaves to the citing telegram: its year and its own post (as telegram ids name it)."""

    year: str | None = None
    own_post: str | None = None  # whose series "Embtel" is
    serial_post: str | None = None  # the post on the cable's own serial line ("UNVIE VIENNA")


def _post_name(address: str) -> str | None:
    """'AMEMBASSY NEW DELHI' -> 'NEW DELHI' (the post as telegram ids name it), else None."""
    text = " ".join(address.upper().split())
    if not _POST_PREFIX.match(text):
        return None
    words = []
    for word in _POST_PREFIX.sub("", text).split():
        if not re.fullmatch(r"[A-Z][A-Z'-]*", word) or word in {p for pr in PRECEDENCES for p in pr.split()}:
            break
        words.append(word)
    return " ".join(words) or None


def _own_post(
    serial_origin: tuple[str, str] | None, sender: str | None, recipients: list[CableRecipient]
) -> str | None:
    """The post whose series 'Embtel' means: the sender's, or the addressee's when the Department writes."""
    if serial_origin and serial_origin[0] not in ("STATE", "SECSTATE", "SECTION"):
        return serial_origin[0]
    if sender and "SECSTATE" not in sender.upper() and _post_name(sender):
        return _post_name(sender)
    action = [r.name for r in recipients if r.role == "action"]
    if (serial_origin or (sender and "SECSTATE" in sender.upper())) and len(action) == 1:
        return _post_name(action[0])
    return None


def normalise_reference(
    item: str, default_year: str | None, own_post: str | None = None, serial_post: str | None = None
) -> str | None:
    """'07 STATE 12345' -> '07STATE12345'; 'BERN 860' (year from the citing cable) -> '07BERN860'.

    Cablegate ids: spaces dropped, 'SECSTATE'/'Deptel' -> 'STATE', 'Embtel' -> `own_post`, a short form of
    the own post ('UNVIE' from 'UNVIE VIENNA') -> the own post. Items that are not telegrams give None.
    """
    if _REF_NOT_TELEGRAM.search(item):
        return None
    upper = item.upper()
    m = _REF_ITEM.match(upper)
    if not m:
        return None
    number_text = upper[m.end(2) : m.end(3)].strip()
    if m.group(2).split()[0] in _NOT_POSTS and re.fullmatch(r"\d{2}|(?:19|20)\d{2}", number_text):
        # "PREVIOUS 03 RANGOON 1427": the number is the year of the item that follows
        m = _REF_ITEM.match(upper[m.end(2) :]) or m
    year, origin, number = m.group(1), m.group(2), m.group(3)
    words = origin.split()
    if words[0] in _NOT_POSTS:
        return None
    own = " ".join(own_post.upper().split()) if own_post else None
    serial = " ".join(serial_post.upper().split()) if serial_post else None
    if words[0] in _DEPARTMENT_SERIES and (len(words) == 1 or words[0] in ("SECSTATE", "DEPTEL", "DEPTTEL")):
        origin = "STATE"
    elif words[0] in _OWN_SERIES:
        if not own:
            return None
        origin = own
    else:
        # "UNVIE 109" cited by UNVIE VIENNA, "RIO 329" by RIO DE JANEIRO: the post's own short name
        for full in (serial, own):
            if full and len(words) == 1 and len(full.split()) > 1 and full.split()[0] == words[0]:
                origin = full
                break
    if year is None:
        year = default_year
    elif len(year) == 4:
        year = year[2:]
    if year is None:
        return None
    return f"{year}{origin.replace(' ', '')}{int(number)}"


def parse_recipient(line: str, role: str) -> CableRecipient | None:
    """'RUEHC/SECSTATE WASHDC IMMEDIATE 4460' -> CableRecipient('SECSTATE WASHDC', role, 'IMMEDIATE')."""
    text = " ".join(line.split())
    text = re.sub(r"^[A-Z0-9]{4,8}/", "", text)  # routing indicator (RUEHC/)
    text = re.sub(r"\s+\d{3,5}$", "", text)  # message serial for that addressee
    precedence = None
    for p in PRECEDENCES:
        if text.upper().endswith(" " + p) or text.upper() == p:
            precedence = p
            text = text[: -len(p)].strip()
            break
    text = text.strip(" ,;")
    if not text or len(text) > 120:
        return None
    return CableRecipient(name=text, role=role, precedence=precedence)


def is_office_block_line(line: str) -> bool:
    """True for a line of the Department's office-distribution block ('INFO  LOG-00   ADS-00 ...', '/037 W')."""
    tokens = line.split()
    if tokens and tokens[0].upper() in ("ACTION", "INFO", "ORIGIN"):
        tokens = tokens[1:]
    return bool(tokens) and all(_OFFICE_CODE.fullmatch(t) for t in tokens) and tokens != ["W"]


def _block_lines(text: str, start: int) -> tuple[list[str], int]:
    """Address lines from `start` until a blank line, a header keyword, the next address keyword (FM, TO,
    INFO, XMT...), a DTG, an office-distribution or transmission-stamp line; returns (lines, end offset)."""
    lines, pos = [], start
    first = True
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if not first and (
            not line.strip()
            or _LINE_KEYWORD.match(line)
            or _ADDRESS_STOP.match(line)
            or DTG_RE.match(line.strip())
            or _STAMP_LINE.match(line)
            or is_office_block_line(line)
        ):
            break
        lines.append(line)
        first = False
        pos = end + 1
        if nl < 0:
            break
    return lines, min(pos, len(text))


def _header_zone_end(text: str) -> int:
    """The header cannot run past the first numbered paragraph (or 8000 characters without one)."""
    m = re.search(r"^[ \t]*1\.[ \t]*(?:\([A-Z/ ]{1,20}\)|[A-Z])", text, re.MULTILINE)
    return m.start() if m else min(len(text), 8000)


def _clean_source(text: str) -> str:
    text = bound_whitespace(text).replace("\u00a0", " ").replace("¶", "")
    text = re.sub(r"[ \t]*\\[ \t]*\n", "\n", text)  # CSV dumps escape every line end with a backslash
    text = re.sub(r"[ \t]*\\[ \t]*$", "", text)
    text = _PAGE_BREAK_AFTER_KEYWORD.sub(r"\1", text)
    text = _PAGE_LINE.sub("", text)
    return _drop_page_breaks(text)


def _drop_page_breaks(text: str) -> str:
    """Drop 'PAGE 02 HARARE 06677 01 OF 03 291400Z' and the banners above it; text after it on the line stays,
    so a subject or paragraph cut by a page break reads on. Line by line: linear on any input."""
    if "PAGE" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        m = _PAGE_BREAK.match(line)
        if m is None:
            out.append(line)
            continue
        # the banners at the foot of one page and the head of the next go, with the blank lines between them
        first_banner = None
        for i in range(len(out) - 1, max(len(out) - 9, -1), -1):
            if _BANNER_LINE.match(out[i]):
                first_banner = i
            elif out[i].strip():
                break
        if first_banner is not None:
            del out[first_banner:]
        rest = line[m.end() :]
        if rest.strip():
            out.append(rest)
    return "\n".join(out)


def _find_subject(zone: str) -> tuple[str | None, int]:
    m = _SUBJECT.search(zone)
    if not m:
        return None, -1
    pos = m.end()
    nl = zone.find("\n", pos)
    first = zone[pos : nl if nl >= 0 else len(zone)]
    line_start = zone.rfind("\n", 0, m.start()) + 1
    full_first_len = len(zone[line_start : nl if nl >= 0 else len(zone)].rstrip())
    parts, end = [first], (nl if nl >= 0 else len(zone))
    # Telegrams wrap at ~69 columns: a long first line continues on the next one; a short one does not
    # ("SUBJECT: RESULTS OF THE WORLD FOOD COUNCIL" is followed by an addressing line, not more subject).
    while nl >= 0 and full_first_len >= 45 and not _SUBJECT_STOP.search(" " + " ".join(parts)):
        nxt_end = zone.find("\n", nl + 1)
        nxt = zone[nl + 1 : nxt_end if nxt_end >= 0 else len(zone)]
        if (
            not nxt.strip()
            or _LINE_KEYWORD.match(nxt)
            or _PARA.match(nxt)
            or re.match(r"^\s*[A-Z ]+\s+0{2,}\d+\s+\d{3}", nxt)  # page marker "BERN 00000881 002 OF 002"
            or len(parts) >= 4
        ):
            break
        parts.append(nxt)
        end = nxt_end if nxt_end >= 0 else len(zone)
        full_first_len = len(nxt.rstrip())
        nl = nxt_end
    subject = " ".join(" ".join(parts).split())
    stop = _SUBJECT_STOP.search(" " + subject)
    if stop:
        cut = stop.start()
        subject = subject[: max(cut - 1, 0)].strip()
        # the header continues with the REF/Classified By that follows, so end the subject there
        end = m.end() + zone[m.end() :].find(subject.split()[-1]) + len(subject.split()[-1]) if subject else end
    subject = re.sub(r"^\((?:U|C|S|SBU|TS)\)\s*", "", subject).strip(" -")
    return (subject or None), end


#: A sentence of prose after a run-in REF ("Ref: Embtel 8993. Sensitive source ...") or a numbered paragraph.
_REF_SENTENCE_END = re.compile(r"(?<![\s(][A-Za-z])\.\s+(?=[A-Z][a-z]|\d{1,2}\.\s)")
_REF_SEPARATOR = re.compile(r"[;,:]|\s(?:AND|and|&)\s")


def split_reference_items(text: str) -> list[str]:
    """'A. STATE 1 B. 07 KUWAIT 730; TEHRAN 263: MOSCOW 1603' -> one string per cited item."""
    text = " " + " ".join(text.split())
    end = _REF_SENTENCE_END.search(text)
    if end:
        text = text[: end.start()]
    pieces = _REF_ITEM_SPLIT.split(text) if _REF_ITEM_SPLIT.search(text) else [text]
    items: list[str] = []
    for piece in pieces:
        # a label written twice ("A. A: HAVANA 118") leaves a bare letter, which is no item
        items.extend(
            p.strip() for p in _REF_SEPARATOR.split(piece) if p.strip() and not re.fullmatch(r"\W*[A-Z]\W*", p)
        )
    return items


def _find_references(zone: str, context: ReferenceContext) -> tuple[list[str], int]:
    m = _REF.search(zone) or _REF_INLINE.search(zone)
    if not m:
        return [], -1
    pos, end = m.start(), m.end()
    block = []
    # the REF block runs to a blank line, unless the next line is another lettered item ("B. BERN 860")
    lines = zone[m.end() :].split("\n")
    offset = m.end()
    seen_text = False
    for i, line in enumerate(lines):
        if not line.strip():
            nxt = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
            if seen_text and not _REF_LABEL_LINE.match(nxt):
                break
            offset += len(line) + 1
            continue
        if _CLASSIFIED_BY.match(line) or (seen_text and _FIELD_LABEL_LINE.match(line) and not _REF.match(line)):
            break
        if seen_text and (_PARA.match(line) or _LINE_KEYWORD.match(line)):
            if not _REF_LABEL_LINE.match(line):
                break
        block.append(line)
        seen_text = True
        offset += len(line) + 1
        end = offset - 1
    text = " ".join(" ".join(block).split())
    text = re.split(r"\s(?:\(U\)\s*)?Classified\s+By\b", text, flags=re.IGNORECASE)[0]
    refs: list[str] = []
    for item in split_reference_items(text):
        rid = normalise_reference(item, context.year, context.own_post, context.serial_post)
        if rid and rid not in refs:
            refs.append(rid)
    return refs, max(end, pos)


def _split_tags(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = re.sub(r"\([^)]*\)", " ", raw)  # "OVIP (CLINTON, HILLARY)": the person is not a tag
    subject_tags: list[str] = []
    country_tags: list[str] = []
    for tok in re.split(r"[\s,;]+", raw.upper()):
        tok = tok.strip(".:")
        if not re.fullmatch(r"[A-Z][A-Z0-9]{1,11}", tok):
            continue
        target = country_tags if len(tok) == 2 else subject_tags
        if tok not in target:
            target.append(tok)
    return tuple(subject_tags), tuple(country_tags)


def _find_tags(zone: str) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    m = _TAGS.search(zone)
    if not m:
        return (), (), -1
    pos = m.end()
    raw_parts, end = [], pos
    while True:
        nl = zone.find("\n", pos)
        line = zone[pos : nl if nl >= 0 else len(zone)]
        cut = re.search(r"\s(?:SUBJ(?:ECT)?\b\s*:?|E\.?O\.?\s*\d)", " " + line, re.IGNORECASE)
        if cut:
            raw_parts.append(line[: max(cut.start() - 1, 0)])
            end = pos + max(cut.start() - 1, 0)
            break
        raw_parts.append(line)
        end = pos + len(line.rstrip())
        if nl < 0 or len(raw_parts) > 4:
            break
        nxt_end = zone.find("\n", nl + 1)
        nxt = zone[nl + 1 : nxt_end if nxt_end >= 0 else len(zone)]
        # The TAGS line goes on after a trailing comma, or on a next line that holds nothing but tags
        # ("TAGS: ECON EFIN ... OECD PREL" / "EUN"); an addressing line ("NSC FOR RICE") is no tag line.
        if not line.rstrip().endswith(",") and not (
            _TAG_CONTINUATION.match(nxt) and not _LINE_KEYWORD.match(nxt) and not _TAG_STOPWORDS & set(nxt.split())
        ):
            break
        pos = nl + 1
    subj, country = _split_tags(" ".join(raw_parts))
    return subj, country, end


def find_paragraphs(body: str) -> tuple[Paragraph, ...]:
    starts: list[tuple[int, str, str | None]] = []
    expected = None
    for m in _PARA.finditer(body):
        n = int(m.group(1))
        if expected is not None and n != expected:
            continue
        rest = body[m.end() : m.end() + 2]
        if not rest.strip() and m.group(2) is None:
            continue  # "1." alone on a line is a list artefact, not a paragraph
        digit_at = m.start(1)
        starts.append((digit_at, m.group(1), (m.group(2) or "").strip() or None))
        expected = n + 1
    paras = []
    for i, (start, number, cls) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(body)
        while end > start + len(number) and body[end - 1].isspace():
            end -= 1
        paras.append(Paragraph(number=number, classification=cls, start=start, end=end))
    return tuple(paras)


def _is_name(name: str) -> bool:
    words = name.replace(".", " ").split()
    return bool(words) and words[0].upper() not in _NOT_SIGNATURES and len(name) >= 3


def find_signature(body: str) -> str | None:
    """The signer's name at the very end of the body, if there is one.

    The name is the last line ('MURRAY', 'VAN VOORST', 'Murray', 'LeBaron', 'Timken jr') or ends it after a
    sentence ('... END COMMENT. TEFFT', '... Website: http://... TUTTLE'); end marks (NNNN, 'End Cable Text'),
    classification banners and page markers after it are skipped.
    """
    tail = body.rstrip()[-2000:]
    ends = [m.start() for m in _END_OF_TEXT.finditer(tail)]
    if ends and ends[-1] > 0:
        tail = tail[: ends[-1]].rstrip()
    lines = tail.split("\n")
    for _ in range(12):
        if len(lines) > 1 and _TRAILER_LINE.match(lines[-1]):
            lines.pop()
    last = lines[-1].strip() if lines else ""
    if not last or _TRAILER_LINE.match(last):
        return None
    last = _SIGNATURE_PREFIX.sub("", last)
    m = _SIGNATURE_LINE.match(last)
    if m and (len(lines) > 1 or len(body.strip()) == len(last)):
        words = m.group(1).split()
        if len(words) == 2 and words[0].upper() == words[1].upper():
            words = words[:1]  # "KUBISKE KUBISKE", "SHANNON Shannon": the name written twice
        name = " ".join(words)
        return name if _is_name(name) else None
    m = _SIGNATURE.search(last[-200:])
    if m:
        name = m.group(1).strip()
        return name if _is_name(name) else None
    if re.search(r"[a-z]", last):
        m = _TRAILING_CAPS.search(last[-200:])
        if m and len(m.group(1)) >= 4 and not re.search(r"\b(?:the|of|and|to|in|by|with|for|on)$", last[: m.start()]):
            return m.group(1) if _is_name(m.group(1)) else None
    return None


def parse_telegram_text(text: str, fmt: str, hints: HeaderHints | None = None) -> CableRecord:
    """Read the header fields, body and paragraphs of a telegram in `text` (already decoded)."""
    hints = hints or HeaderHints()
    warnings = list(hints.warnings)
    text = _clean_source(text)
    zone_end = _header_zone_end(text)
    zone = text[:zone_end]
    ends: list[int] = []

    date_iso, precedence = None, None
    for dtg in re.finditer(r"^[ \t]*(?:[ZOPR](?:[ \t]+[ZOPR])?[ \t]+)?\d{6}Z\b.*$", zone, re.MULTILINE):
        date_iso, precedence = parse_date_time_group(dtg.group(0), hints.created)
        if date_iso:
            ends.append(dtg.end())
            break
    if date_iso is None:
        if hints.created_iso:
            date_iso = hints.created_iso
            warnings.append("date: no date-time group; used the created date")
        elif any(m for m in re.finditer(r"^\s*(?:[ZOPR]\s+)?\d{6}Z", zone, re.MULTILINE)):
            warnings.append("date: date-time group could not be resolved")

    sender = None
    fm = re.search(r"^[ \t]*FM[ \t]+(\S.*)$", zone, re.MULTILINE)
    if fm:
        sender = " ".join(re.sub(r"^[A-Z0-9]{4,8}/", "", fm.group(1).strip()).split()) or None
        ends.append(fm.end())
    if sender is None and hints.origin:
        sender = hints.origin
        warnings.append("sender: no FM line; used the origin")

    # TO and INFO follow the FM line. An INFO line made of office codes ("INFO LOG-00 ADS-00 ...") is the
    # Department's internal distribution of a received copy, not an address list: the real one comes later.
    recipients: list[CableRecipient] = []
    address_from = fm.start() if fm else 0
    address_end = -1
    for keyword, role in (("TO", "action"), ("INFO", "info")):
        block = None
        for km in re.finditer(rf"^[ \t]*{keyword}[ \t]+(?=\S)", zone[address_from:], re.MULTILINE):
            start = address_from + km.end()
            first_line = zone[start : zone.find("\n", start) if "\n" in zone[start:] else len(zone)]
            if not is_office_block_line(first_line):
                block = start
                break
        if block is None:
            continue
        lines, end = _block_lines(zone, block)
        for line in lines:
            r = parse_recipient(line, role)
            if r:
                recipients.append(r)
        end = end - 1 if end > 0 and zone[end - 1 : end] == "\n" else end
        ends.append(end)
        address_end = max(address_end, end)
    if fm is not None:
        address_end = max(address_end, fm.end())
    # TAGS, SUBJECT and REF follow the address lines; a database print-out wrapper before the telegram
    # ("TAGS: ...", "Ref: None") is read only when the telegram itself has none.
    fields_from = address_end if address_end > 0 else 0

    classification, reference_id = None, hints.reference_id
    serial_origin = None
    for line_m in re.finditer(r"^.*$", zone, re.MULTILINE):
        line = line_m.group(0)
        cm = _SPACED_CLASS.match(line) or _WORD_CLASS.match(line)
        if not cm:
            continue
        word = cm.group(1) + (cm.group(2) if cm.lastindex and cm.lastindex >= 2 and cm.group(2) else "")
        norm = classification_level(word)
        if norm and norm.upper() in CLASSIFICATION_WORDS:
            classification = norm
            ends.append(line_m.start() + cm.end())
            sm = _SERIAL.match(line[cm.end() :])
            if sm:
                serial_origin = (sm.group(1), sm.group(2))
                ends.append(line_m.start() + cm.end() + sm.end())
            break
    if serial_origin is None:
        # an unclassified FRUS telegram gives its serial on a line of its own ("STATE 157672 TOSEC 050126")
        for line_m in re.finditer(r"^.*$", zone, re.MULTILINE):
            sm = _SERIAL.match(line_m.group(0))
            if sm and sender and (sm.group(1) in sender.upper() or (sm.group(1) == "STATE" and "SECSTATE" in sender)):
                serial_origin = (sm.group(1), sm.group(2))
                ends.append(line_m.end())
                break
    # The classification is the level; caveats and handling ("//NOFORN", "//For Official Use Only") are not.
    meta_class = classification_level(hints.classification)
    if meta_class:
        if classification is None:
            classification = meta_class
        elif classification != meta_class:
            warnings.append(f"classification: text says {classification}, metadata says {meta_class}")

    if reference_id is None and serial_origin and date_iso:
        reference_id = f"{date_iso[2:4]}{serial_origin[0].replace(' ', '')}{int(serial_origin[1])}"

    declassification = None
    m = _EO.search(zone, fields_from) or _EO.search(zone)
    if m:
        declassification = " ".join(f"E.O. {m.group(1)}: {m.group(2)}".split()).rstrip(" :")
        ends.append(m.end())

    tags_subject, tags_country, tag_end = _find_tags(zone[fields_from:])
    if tag_end >= 0:
        tag_end += fields_from
    elif fields_from:
        tags_subject, tags_country, tag_end = _find_tags(zone)
    if tag_end >= 0:
        ends.append(tag_end)

    subject, subject_end = _find_subject(zone[fields_from:])
    if subject_end >= 0:
        subject_end += fields_from
    elif fields_from:
        subject, subject_end = _find_subject(zone)
    if subject_end >= 0:
        ends.append(subject_end)
    if subject is None and hints.subject:
        subject = hints.subject
        warnings.append("subject: no SUBJECT line; used the page title")

    default_year = (reference_id[:2] if reference_id and reference_id[:2].isdigit() else None) or (
        date_iso[2:4] if date_iso else None
    )
    context = ReferenceContext(
        year=default_year,
        own_post=hints.own_post or _own_post(serial_origin, sender, recipients),
        serial_post=serial_origin[0] if serial_origin else None,
    )
    references, ref_end = _find_references(zone[fields_from:], context)
    if ref_end >= 0:
        ref_end += fields_from
    elif fields_from:
        references, ref_end = _find_references(zone, context)
    if ref_end >= 0:
        ends.append(ref_end)

    m = _CLASSIFIED_BY.search(zone)
    if m:
        para_end = re.search(r"\n[ \t]*\n", zone[m.end() :])
        ends.append(m.end() + para_end.start() if para_end else len(zone))

    header_end = max(ends) if ends else 0
    if header_end > zone_end:
        header_end = zone_end
    body_start = header_end
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    body = text[body_start:].rstrip()
    paragraphs = find_paragraphs(body)
    return CableRecord(
        format=fmt,
        reference_id=reference_id,
        date=date_iso,
        sender=sender,
        recipients=tuple(recipients),
        classification=classification,
        declassification=declassification,
        precedence=precedence,
        tags_subject=tags_subject,
        tags_country=tags_country,
        subject=subject,
        references=tuple(references),
        signed_by=find_signature(body),
        body=body,
        paragraphs=paragraphs,
        warnings=tuple(warnings),
    )
