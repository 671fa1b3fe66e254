"""The lines of a telegram and the fields that name nothing of their own: TAGS lines and their country codes,
the serial line's post, the cables a REF field cites, classification and handling markings, the signature; and
the `HeaderMention` the header readers return."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: designators of posts abroad keep their city ("AMEMBASSY PARIS"); others are agencies
POST_PREFIXES = ("AMEMBASSY", "AMCONSUL", "USMISSION", "USDEL", "AMEMB", "USLO", "USINT", "USEU", "USNATO", "USOECD")


#: a classification marking printed letter by letter ("C O N F I D E N T I A L"): no word is spelt so
LETTER_SPACED = r"(?:[A-Z] ){5,}[A-Z]\b"
OTHER_FIELD = re.compile(
    r"^(?:E\.\s?O\.|TAGS|SUBJECT|SUBJ|REF|SIPDIS|UNCLAS|CONFIDENTIAL|SECRET|LIMITED|PAGE|BT\b|NNNN\b"
    r"|" + LETTER_SPACED + r")"  # ... a marking printed letter-spaced: "C O N F I D E N T I A L SECTION 01 OF 02"
)


HEADER_ZONE_END = re.compile(r"^\s*(?:1\.|SUMMARY|BEGIN SUMMARY)", re.I)


@dataclass(frozen=True)
class HeaderMention:
    start: int
    end: int
    type: str  # "Agency" or "Law"
    designator: str  # the address as a telegram writes it, for the post resolver


TAGS_LINE = re.compile(r"^(?:(?i:tags?)\s*:|TAGS?\s+[A-Z]{4}\b)")  # "TAGS: ECON", "TAGS PTER, ECPS"


def tags_lines(text: str) -> list[tuple[int, int]]:
    """Spans of "TAGS: ECON, ETRD, OECD" lines: their codes are subject and country tags, not mentions."""
    return [(offset, offset + len(line)) for offset, line in text_lines(text) if TAGS_LINE.match(line)]


_SERIAL_LINE = re.compile(
    r"^(?:PAGE\s+\d+|(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|(?:[A-Z] ){3,}[A-Z])"
    r"(?:\s+SECTION\s+\d+\s+OF\s+\d+)?)"
    r"\s+(?P<post>[A-Z][A-Z .]*?)\s+\d{3,8}\b"
)


#: the line a telegram prints at each page break: its post, its serial padded to eight digits, the page number (with
#: a part after a dot) and the page count ("MADRID 00000982 001.3 OF 002", "BRASILIA 00000823 004 OF 006")
_PAGE_LINE = re.compile(r"^(?P<post>[A-Z][A-Z .]*?)\s+0\d{7}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}\s*$")


def serial_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the post in a telegram's serial line ("UNCLAS IAEA VIENNA 2825", "PAGE 02 IAEA V 02825 291622Z"):
    the name of the post that sent it, not a mention of the body in its name. The marking may be letter-spaced
    ("C O N F I D E N T I A L SECTION 01 OF 02 BERLIN 001528"); a page break repeats the post and serial without
    it ("MADRID 00000982 001.3 OF 002"), and names the post when the header was cut off."""
    out = []
    for offset, line in text_lines(text):
        m = _SERIAL_LINE.match(line) or _PAGE_LINE.match(line)
        if m:
            out.append((offset + m.start("post"), offset + m.end("post")))
    return out


def post_cities(text: str) -> frozenset[str]:
    """The names of the posts that sent a telegram, as its serial lines print them ("LA PAZ 002623" -> "la paz"),
    in lower case with single spaces: a telegram's prose names its post's city too ("in La Paz", "La Paz's
    second-largest daily", wrapped over a line as "La\\nPaz"), and there it is a place, never a person."""
    return frozenset(" ".join(text[a:b].lower().split()) for a, b in serial_lines(text))


_REFERENCE_FIELD = re.compile(r"^(?:REF|Ref|REFS|REFTEL)\b\s*:?")


#: a cable cited by its post and serial, after an optional item letter ("A. BERLIN 1393", "B) TALLINN 280")
_CITED_CABLE = re.compile(r"(?:\b[A-Z][.)]\s*)?\b[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s+\d{2,6}\b")


def cited_cables(text: str) -> list[tuple[int, int]]:
    """Spans of the cables a telegram's REF field cites by the city of their post ("REF: A. BERLIN 1393 / B. BERLIN
    1377", "Ref: Paris 559"): a post's city and a serial identify a telegram, they name no person and no place. A
    cable cited by its office's designator ("STATE 33039", "USOECD 24243") names that office, as the header's own
    serial does. The field is the REF line and the lines that go on with its lettered items ("B. BERLIN 1377");
    other references in it ("LEE-GOLDSTEIN EMAIL 05/11/07") are read as text."""
    out = []
    in_field = False
    for offset, line in text_lines(text):
        in_field = bool(_REFERENCE_FIELD.match(line)) or in_field and bool(_REFERENCE_ITEM.match(line))
        if in_field:
            out += [
                (offset + m.start(), offset + m.end())
                for m in _CITED_CABLE.finditer(line)
                if not re.match(r"(?:[A-Z][.)]\s*)?(?:STATE|SECSTATE|" + "|".join(POST_PREFIXES) + r")\b", m.group(0))
            ]
    return out


#: a line that goes on with a REF field's lettered items: "¶B. BERLIN 1377", "(C) USOECD 24243", "D) ..."
_REFERENCE_ITEM = re.compile(r"^¶?(?:[A-Z][.)]|\([A-Z]\))\s")


def tag_codes(text: str) -> list[str]:
    """The two-letter codes of a telegram's TAGS lines ("TAGS: ECON ETRD FR" -> ["FR"]): the countries it is about,
    in the Department's (FIPS) country codes."""
    return [c for a, b in tags_lines(text) for c in re.findall(r"\b[A-Z]{2}\b", text[a:b])]


MARKING = re.compile(
    r"\b(?:LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|NOFORN|SIPDIS|EXDIS"
    r"|LIMDIS|NODIS)\b"
    r"|(?<![\w ])" + LETTER_SPACED  # ... printed letter-spaced ("C O N F I D E N T I A L")
)


def markings(text: str) -> list[tuple[int, int]]:
    """Spans of classification and handling markings ("LIMITED OFFICIAL USE", "SIPDIS"): never part of a name."""
    return [m.span() for m in MARKING.finditer(text)]


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of `text` without its surrounding space, with the offset where its first character stands."""
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        yield offset + lead, stripped.strip()
        offset += len(raw) + 1


#: a telegram's last line, after a blank line: the surname of the officer who signed it ("RIVKIN", "MacArthur")
_SIGNATURE = re.compile(r"\n[ \t]*\n[ \t]*(?P<name>[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?)[ \t]*\s*$")


def signature(text: str) -> tuple[int, int] | None:
    """The span of the signature that closes a telegram (or a letter): a line of one or two capitalised words alone
    after a blank line at the very end of the text. Whether the words are a name is for the caller to say."""
    m = _SIGNATURE.search(text)
    if m is None or MARKING.search(m.group("name")):
        return None
    return m.span("name")


@dataclass(frozen=True)
class Header:
    """What a telegram's parsed header says of it, for a text that is its body only (the cable parser took the
    header lines off): its country TAGS (FIPS codes, "ID") and the post that sent it ("AMEMBASSY JAKARTA")."""

    country_tags: tuple[str, ...] = ()
    sender: str | None = None

    #: the key under which the pipeline carries it on a Doc (`Doc.user_data`, serialised with the Doc)
    KEY = "pg_header"

    def to_user_data(self) -> dict[str, object]:
        return {"country_tags": list(self.country_tags), "sender": self.sender}

    @classmethod
    def of(cls, user_data: dict) -> Header | None:
        """The header carried on a Doc, if any."""
        d = user_data.get(cls.KEY)
        return cls(tuple(d["country_tags"]), d["sender"]) if d else None
