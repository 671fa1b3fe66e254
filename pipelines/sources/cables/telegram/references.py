"""The REF field: the block of cited items, split into items, each made a Cablegate id ('07STATE12345') when it
cites a telegram."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dtg import MONTHS
from .layout import LINE_KEYWORD, PARA
from .markings import CLASSIFIED_BY

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


@dataclass(frozen=True)
class ReferenceContext:
    """What a REF item leaves to the citing telegram: its year and its own post (as telegram ids name it)."""

    year: str | None = None
    own_post: str | None = None  # whose series "Embtel" is
    serial_post: str | None = None  # the post on the cable's own serial line ("UNVIE VIENNA")


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


def find_references(zone: str, context: ReferenceContext) -> tuple[list[str], int]:
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
        if CLASSIFIED_BY.match(line) or (seen_text and _FIELD_LABEL_LINE.match(line) and not _REF.match(line)):
            break
        if seen_text and (PARA.match(line) or LINE_KEYWORD.match(line)):
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
