"""Mentions in the header of a telegram found in a text: who sent it, to whom, the originating office and the
executive order it was classified under.

A telegram's header is not prose; the statistical NER reads it badly. Its lines follow conventions instead:

    FM AMEMBASSY PARIS                      -> "AMEMBASSY PARIS"   (a post: the designator with its city)
    TO SECSTATE WASHDC 5393                 -> "SECSTATE"          (a Washington agency: without WASHDC)
    INFO RUEHC/SECSTATE WASHDC PRIORITY     -> "SECSTATE"          (routing indicator and precedence dropped)
         USMISSION GENEVA                      continuation lines of the address list
         RUEHSS/OECD POSTS COLLECTIVE          (a group of posts: no mention; "OECD" is read as text)
    UNCLAS SECTION 01 OF 02 STATE 163088    -> "STATE"             (the originating office of the serial)
    STATE FOR EEB/CIP, EUR/ERA, INL         -> "STATE", "EEB/CIP", "EUR/ERA", "INL" (offices to pass it to)
    DEPT FOR EUR, L, S/CT, EEB              -> "DEPT", "EUR", "S/CT", "EEB" (a list of office symbols, however joined)
    E.O. 11652: N/A                         -> "E.O. 11652"        (a Law)

Addressees resolve through the telegram address table (`ontology/reference/posts.csv`, the same conventions the
cable parser and the graph use), so a header mention and the cable's sentBy/sentTo name the same entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ADDRESS_FIELD = re.compile(r"^(?P<field>FM|TO|INFO|XMT)\s+(?P<rest>\S.*)$")
_ROUTING = re.compile(r"^[A-Z]{4,8}/")
_TRAILING = re.compile(
    r"(?:\s+(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH|OPERATIONAL|\d{1,6}|\d{6}Z))+\s*$|\s+\d{1,6}\s*$"
)
_WASHINGTON = re.compile(r"\s+(?:WASHDC|WASHINGTON(?:\s+D\.?\s?C\.?)?)\s*$")
#: designators of posts abroad keep their city ("AMEMBASSY PARIS"); others are agencies
_POST_PREFIXES = ("AMEMBASSY", "AMCONSUL", "USMISSION", "USDEL", "AMEMB", "USLO", "USINT", "USEU", "USNATO", "USOECD")
_SERIAL = re.compile(r"\b(STATE)\s+\d{4,6}\b")
_EXECUTIVE_ORDER = re.compile(r"\bE\.\s?O\.:?\s?\d{4,5}\b")
#: the start of a pass line: an office and "FOR" or "PLEASE PASS" ("STATE FOR EEB/CIP", "DEPT PLEASE PASS FTC")
PASS_LINE = r"(?P<office>[A-Z][A-Z/]{1,12})\s+(?:FOR|PLEASE\s+PASS)\s+"
_PASS_TO = re.compile(r"(?:^|;\s*)" + PASS_LINE + r"(?P<rest>[A-Z][^;]*)")
_OFFICE_SYMBOL = re.compile(r"^(?:[A-Z]{1,6}/[A-Z]{1,6}|[A-Z]{2,6})$")
_DESIGNATOR_LINE = re.compile(r"^[A-Z][A-Z0-9 /.&,'()-]{1,60}$")
_OTHER_FIELD = re.compile(r"^(?:E\.\s?O\.|TAGS|SUBJECT|SUBJ|REF|SIPDIS|UNCLAS|CONFIDENTIAL|SECRET|LIMITED|PAGE|BT\b)")
_LONE_OFFICE = re.compile(r"^[A-Z]{2,6}$")
_HEADER_ZONE_END = re.compile(r"^\s*(?:1\.|SUMMARY|BEGIN SUMMARY)", re.I)


@dataclass(frozen=True)
class HeaderMention:
    start: int
    end: int
    type: str  # "Agency" or "Law"
    designator: str  # the address as a telegram writes it, for the post resolver


def header_mentions(text: str, is_place=lambda word: False, is_name=lambda words: True) -> list[HeaderMention]:
    """The header mentions of the telegram(s) in `text`, if it has telegram address lines. `is_place` tells a city
    ("PARIS FOR NESCO": the post in Paris, written short) from an office; `is_name` tells the words of a person's
    name (["TRACEY", "WEISLER"]) from those of an office ("SUPPLY CHAIN")."""
    lines = list(_lines(text))
    if not any(_ADDRESS_FIELD.match(line) or _SERIAL.search(line) or _TAGS.match(line) for _, line in lines):
        return []  # no address field, no Department serial, no TAGS line: not a telegram
    out: list[HeaderMention] = []
    in_addresses = in_body = past_fields = False
    for offset, line in lines:
        past_fields = past_fields or bool(_TAGS.match(line) or _EXECUTIVE_ORDER.match(line))
        if _HEADER_ZONE_END.match(line) or line.startswith(("SUBJECT", "SUBJ:")):
            in_addresses, in_body = False, True  # address fields end where the subject or the text begins
        m = _ADDRESS_FIELD.match(line) if not in_body else None
        if m:
            out += _designator(offset + m.start("rest"), m.group("rest"))
            in_addresses = True
            continue
        if in_addresses and _DESIGNATOR_LINE.match(line) and not _OTHER_FIELD.match(line):
            out += _designator(offset, line)
            continue
        in_addresses = False
        if not in_body and _LONE_OFFICE.match(line) and not _MARKING.match(line):
            out.append(HeaderMention(offset, offset + len(line), "Agency", line))  # "NESCO": the office it is for
            continue
        if _OTHER_FIELD.match(line) or _SERIAL.search(line):
            out += [
                HeaderMention(offset + s.start(1), offset + s.end(1), "Agency", "STATE") for s in _SERIAL.finditer(line)
            ]
            out += [
                HeaderMention(offset + e.start(), offset + e.end(), "Law", e.group(0))
                for e in _EXECUTIVE_ORDER.finditer(line)
            ]
        if line.isupper():
            passes = list(_PASS_TO.finditer(line))
            for p in passes:
                out += _offices(offset, p, is_place, is_name)
            if not passes and not in_body and not past_fields:
                out += _office_list(offset, line)
    return sorted(set(out), key=lambda h: h.start)


_TAGS = re.compile(r"^TAGS?\s*:", re.I)


def tags_lines(text: str) -> list[tuple[int, int]]:
    """Spans of "TAGS: ECON, ETRD, OECD" lines: their codes are subject and country tags, not mentions."""
    return [(offset, offset + len(line)) for offset, line in _lines(text) if _TAGS.match(line)]


_SERIAL_LINE = re.compile(
    r"^(?:PAGE\s+\d+|(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\s+SECTION\s+\d+\s+OF\s+\d+)?)"
    r"\s+(?P<post>[A-Z][A-Z .]*?)\s+\d{3,8}\b"
)


def serial_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the post in a telegram's serial line ("UNCLAS IAEA VIENNA 2825", "PAGE 02 IAEA V 02825 291622Z"):
    the name of the post that sent it, not a mention of the body in its name."""
    out = []
    for offset, line in _lines(text):
        m = _SERIAL_LINE.match(line)
        if m:
            out.append((offset + m.start("post"), offset + m.end("post")))
    return out


_MARKING = re.compile(
    r"\b(?:LIMITED OFFICIAL USE|SENSITIVE BUT UNCLASSIFIED|UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|NOFORN|SIPDIS|EXDIS"
    r"|LIMDIS|NODIS)\b"
)


def markings(text: str) -> list[tuple[int, int]]:
    """Spans of classification and handling markings ("LIMITED OFFICIAL USE", "SIPDIS"): never part of a name."""
    return [m.span() for m in _MARKING.finditer(text)]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        yield offset + lead, stripped.strip()
        offset += len(raw) + 1


def _designator(offset: int, value: str) -> list[HeaderMention]:
    """One address: routing indicator, precedence, serial and the Washington location dropped."""
    start = offset
    r = _ROUTING.match(value)
    if r:
        start += r.end()
        value = value[r.end() :]
    value = _TRAILING.sub("", value)
    if not value.startswith(_POST_PREFIXES):
        value = _WASHINGTON.sub("", value)
    value = value.strip(" ,;")
    if len(value) < 2 or not any(ch.isalpha() for ch in value) or value.endswith("COLLECTIVE"):
        return []  # "EU INTEREST COLLECTIVE", "OECD POSTS COLLECTIVE": a group of posts, no body of its own
    if value.startswith(_HEADQUARTERS):  # "HQ ICE DRO": the headquarters of ICE
        start += len(value) - len(value[len(value.split()[0]) :].lstrip())
        value = value[len(value.split()[0]) :].lstrip()
    value = re.sub(r"\s+HQS?$", "", value)  # "DEA HQS"
    words = value.split()
    if not value.startswith(_POST_PREFIXES) and len(words) == 2 and re.fullmatch(r"[A-Z]{2,5}", words[0]):
        if re.fullmatch(r"[A-Z]{2,3}", words[1]):  # "ICE DRO": an agency and its office, each a body
            second = start + len(value) - len(words[1])
            return [
                HeaderMention(start, start + len(words[0]), "Agency", words[0]),
                HeaderMention(second, second + len(words[1]), "Agency", words[1]),
            ]
        value = words[0]  # "AEC GERMANTOWN": an agency at its seat
    return [HeaderMention(start, start + len(value), "Agency", value)]


_HEADQUARTERS = ("HQ ", "HQS ")


def _offices(offset: int, m: re.Match, is_place, is_name) -> list[HeaderMention]:
    """ "STATE FOR EEB/CIP, EUR/ERA, INL", "TREASURY FOR TFI", "DEPT PLEASE PASS FTC AND FDA": the office of each
    item of the list (its first word); the words that end an item are the officer's name when they are written as
    one ("USDOC FOR ITA ROBIN GAINES-DEATS, NTIA CHRISTINA SPECK", "FCC FOR TRACEY WEISLER"). Two letters before
    an officer's name ("TA DOUG DEVEREAUX") are as likely the officer's title as an office: no mention."""
    out = []
    if not is_place(m.group("office")):
        out.append(HeaderMention(offset + m.start("office"), offset + m.end("office"), "Agency", m.group("office")))
    rest_start = offset + m.start("rest")
    for item in re.finditer(r"[^,;]+", m.group("rest")):
        item_start = rest_start + item.start() + (len(item.group(0)) - len(item.group(0).lstrip()))
        value = item.group(0).strip()
        officer = _OFFICER.search(value)
        if officer is not None and officer.start() == 0 and len(value.split()) > 2:
            officer = _OFFICER.search(value, value.index(" ") + 1)  # a longer item starts with its office
        words = officer.group(0).split() if officer is not None else []
        if officer is not None and not set(words) & set(_NOT_NAMES) and is_name(words):
            a, b = item_start + officer.start(), item_start + officer.end()
            out.append(HeaderMention(a, b, "Person", officer.group(0)))
            value = value[: officer.start()]
        for part in re.finditer(r"(?:^|\bAND\s+)\s*([A-Z][A-Z/]*)", value):
            word = part.group(1)
            if (
                _OFFICE_SYMBOL.match(word)
                and word not in _NOT_NAMES
                and not (value != item.group(0).strip() and len(word) < 3)
            ):
                s = item_start + part.start(1)
                out.append(HeaderMention(s, s + len(word), "Agency", word))
    return out


_NOT_NAMES = ("AND", "OR", "FOR", "PLEASE", "PASS")
_LIST_ITEM = re.compile(r"[A-Z][A-Z/]*(?:\s+[A-Z][A-Z/]*){0,2}")


def _office_list(offset: int, line: str) -> list[HeaderMention]:
    """ "DEPT FOR EUR, L, S/CT, EEB, INL" with its verb garbled or missing: a header line (before the E.O. and TAGS
    fields) that is a comma list of office symbols names each office (single letters such as "L" aside)."""
    items = [i.strip() for i in line.split(",")]
    if len(items) < 3 or _MARKING.search(line) or _OTHER_FIELD.match(line):
        return []
    if not all(_LIST_ITEM.fullmatch(i) for i in items):
        return []
    words = [w for i in items for w in i.split()]
    if not all(_OFFICE_SYMBOL.match(w) or len(w) == 1 or w in _NOT_NAMES for w in words):
        return []
    return [
        HeaderMention(offset + w.start(), offset + w.end(), "Agency", w.group(0))
        for w in re.finditer(r"[A-Z][A-Z/]*", line)
        if _OFFICE_SYMBOL.match(w.group(0)) and w.group(0) not in _NOT_NAMES
    ]


#: an officer's name closing an item of a pass line: a given name, an optional initial, a surname
_OFFICER = re.compile(r"(?<![\w/])[A-Z][A-Z'-]{2,}\s+(?:[A-Z]\.\s+)?[A-Z][A-Z'-]{2,}(?:-[A-Z]{2,})?$")
