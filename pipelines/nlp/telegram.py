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

#: an address line is in capitals ("FM AMEMBASSY PARIS"); a line of prose may start with the same word in capitals
#: ("FM Calmy-Rey, also the Swiss President, ...": the foreign minister; "TO the surprise of ...")
_ADDRESS_FIELD = re.compile(r"^(?P<field>FM|TO|INFO|XMT)\s+(?P<rest>[^\sa-z][^a-z]*)$")
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
PASS_LINE = r"(?P<office>[A-Z][A-Z/]{1,12})\s+(?:(?:ALSO\s+)?FOR|(?:PLEASE\s+)?PASS)\s+"
_PASS_START = re.compile(r"(?:^|(?<=[;,])\s*)" + PASS_LINE + r"(?=[A-Z0-9])")
#: the verbs of a pass line: "FOR" names whom it is for, "PASS (TO)" the body it is passed on to
_PASS_VERB = re.compile(r"\b(?:ALSO\s+)?FOR\b|\b(?:PLEASE\s+)?PASS(?:\s+TO)?\b")
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


def header_mentions(
    text: str, is_place=lambda word: False, is_name=lambda words: True, is_body=lambda word: False
) -> list[HeaderMention]:
    """The header mentions of the telegram(s) in `text`, if it has telegram address lines. `is_place` tells a city
    ("PARIS FOR NESCO": the post in Paris, written short) from an office; `is_name` tells the words of a person's
    name (["TRACEY", "WEISLER"]) from those of an office ("SUPPLY CHAIN"); `is_body` a known body's abbreviation
    ("OFAC") from a given name."""
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
            passes = _pass_clauses(line)
            for office, verb, rest in passes:
                out += _offices(offset, line, office, verb, rest, is_place, is_name, is_body)
            if not passes and not in_body and not past_fields:
                out += _office_list(offset, line)
    return sorted(set(out), key=lambda h: h.start)


_TAGS = re.compile(r"^(?:(?i:tags?)\s*:|TAGS?\s+[A-Z]{4}\b)")  # "TAGS: ECON", "TAGS PTER, ECPS"


def tags_lines(text: str) -> list[tuple[int, int]]:
    """Spans of "TAGS: ECON, ETRD, OECD" lines: their codes are subject and country tags, not mentions."""
    return [(offset, offset + len(line)) for offset, line in _lines(text) if _TAGS.match(line)]


_SERIAL_LINE = re.compile(
    r"^(?:PAGE\s+\d+|(?:UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|(?:[A-Z] ){3,}[A-Z])"
    r"(?:\s+SECTION\s+\d+\s+OF\s+\d+)?)"
    r"\s+(?P<post>[A-Z][A-Z .]*?)\s+\d{3,8}\b"
)


def serial_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the post in a telegram's serial line ("UNCLAS IAEA VIENNA 2825", "PAGE 02 IAEA V 02825 291622Z"):
    the name of the post that sent it, not a mention of the body in its name. The marking may be letter-spaced
    ("C O N F I D E N T I A L SECTION 01 OF 02 BERLIN 001528")."""
    out = []
    for offset, line in _lines(text):
        m = _SERIAL_LINE.match(line)
        if m:
            out.append((offset + m.start("post"), offset + m.end("post")))
    return out


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
    for offset, line in _lines(text):
        in_field = bool(_REFERENCE_FIELD.match(line)) or in_field and bool(_REFERENCE_ITEM.match(line))
        if in_field:
            out += [
                (offset + m.start(), offset + m.end())
                for m in _CITED_CABLE.finditer(line)
                if not re.match(r"(?:[A-Z][.)]\s*)?(?:STATE|SECSTATE|" + "|".join(_POST_PREFIXES) + r")\b", m.group(0))
            ]
    return out


#: a line that goes on with a REF field's lettered items: "¶B. BERLIN 1377", "(C) USOECD 24243", "D) ..."
_REFERENCE_ITEM = re.compile(r"^¶?(?:[A-Z][.)]|\([A-Z]\))\s")


#: an embassy named as telegrams name it in prose: "Embassy Berlin", "Emb Paris" (the post's city after it), "the
#: Embassy in Austria"
_EMBASSY = re.compile(
    r"\b(?P<post>Embassy|Emb)\s+(?P<in>in\s+(?:the\s+)?)?(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!-)"
)


def embassies_in_prose(text: str, is_place, is_state) -> list[tuple[int, int, str]]:
    """(start, end, designator) of the posts prose names the way telegrams do: "Embassy" or "Emb" and its city
    (`is_place`: "Embassy Moscow" -> designator "AMEMBASSY MOSCOW"), or "the Embassy in" and a state (`is_state`:
    "the Embassy in the United Kingdom", the span's own words as designator). Not after a name or abbreviation:
    "the U.S. Embassy", "Israeli Embassy" are names of their own."""
    out = []
    for m in _EMBASSY.finditer(text):
        before = text[: m.start()].rstrip().rsplit(None, 1)
        word = before[-1] if before else ""
        if word[:1].isupper() and (not word.endswith((".", ":", ";", "!", "?")) or re.fullmatch(r"(?:[A-Z]\.)+", word)):
            continue
        place = m.group("place")
        if m.group("in") is None and not is_place(place):
            place = place.split()[0]  # "Embassy Berlin Chief": the city is one word
            if not is_place(place):
                continue
        if m.group("in") is not None:
            if m.group("post") != "Embassy" or not is_state(place):
                continue
            out.append((m.start(), m.start("place") + len(place), text[m.start() : m.start("place") + len(place)]))
        else:
            out.append((m.start(), m.start("place") + len(place), f"AMEMBASSY {place.upper()}"))
    return out


#: "GOS", "GOF", "GOL": the Government of a country, written GO and the initial of the country's name
_GOVERNMENT_OF = re.compile(r"\bGO(?P<initial>[A-Z])\b")


def government_abbreviations(text: str, about: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, state id) of each "GO" + initial in a telegram: the state, among those the telegram is about
    (`about`: state id -> name; its post's country, the country codes of its TAGS line), whose name starts with the
    initial; none when no state or several fit ("GOS" in a cable about Spain and Sweden)."""
    out = []
    for m in _GOVERNMENT_OF.finditer(text):
        fits = [sid for sid, name in about.items() if name[:1].upper() == m.group("initial")]
        if len(fits) == 1:
            out.append((m.start(), m.end(), fits[0]))
    return out


def tag_codes(text: str) -> list[str]:
    """The two-letter codes of a telegram's TAGS lines ("TAGS: ECON ETRD FR" -> ["FR"]): the countries it is about,
    in the Department's (FIPS) country codes."""
    return [c for a, b in tags_lines(text) for c in re.findall(r"\b[A-Z]{2}\b", text[a:b])]


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


def _pass_clauses(line: str) -> list[tuple[tuple[int, int], str, tuple[int, int]]]:
    """The clauses of a pass line, each (addressee span, verb, span of what follows it): "STATE FOR EB, EUR/WE,
    PASS TO USTR FOR RBAE" is STATE FOR "EB, EUR/WE", STATE PASS TO "USTR", USTR FOR "RBAE"; "NSC FOR ABRAMS,
    STATE FOR NEA/ELA" has two addressees. After "PASS" comes a body, after "FOR" a list; the last item of a
    list followed by "FOR" is the next addressee."""
    first = _PASS_START.match(line)
    if first is None or first.group("office") in _NOT_NAMES:
        return []
    verbs = [v for v in _PASS_VERB.finditer(line) if v.start() >= first.end("office")]
    clauses = []
    office = first.span("office")
    for k, v in enumerate(verbs):
        end = verbs[k + 1].start() if k + 1 < len(verbs) else len(line)
        seg_start = v.end() + (len(line[v.end() : end]) - len(line[v.end() : end].lstrip()))
        seg_end = seg_start + len(line[seg_start:end].rstrip(" ,;"))
        nxt = verbs[k + 1].group(0) if k + 1 < len(verbs) else ""
        verb = "PASS" if "PASS" in v.group(0) else "FOR"
        if nxt.endswith("FOR") and verb == "PASS":
            clauses.append((office, verb, (seg_start, seg_end)))
            office = (seg_start, seg_end)
            continue
        if nxt.endswith("FOR"):
            cut = max(line.rfind(",", seg_start, seg_end), line.rfind(";", seg_start, seg_end))
            if cut < 0:
                return clauses  # "FOR ... FOR": no list between
            clauses.append((office, verb, (seg_start, cut)))
            office = (cut + 1 + len(line[cut + 1 : seg_end]) - len(line[cut + 1 : seg_end].lstrip()), seg_end)
            continue
        clauses.append((office, verb, (seg_start, seg_end)))
    return clauses


def _offices(offset: int, line: str, office, verb, rest, is_place, is_name, is_body) -> list[HeaderMention]:
    """ "STATE FOR EEB/CIP, EUR/ERA, INL", "TREASURY FOR TFI", "DEPT PLEASE PASS FTC AND FDA": the addressee and the
    office of each item of the list (its first word); the words that end an item are the officer's name when they
    are written as one ("USDOC FOR ITA ROBIN GAINES-DEATS, NTIA CHRISTINA SPECK", "FCC FOR TRACEY WEISLER"), or with
    an initial ("USTR FOR D.WEINER"). Officers are also named by their surname alone: after a known body's
    abbreviation ("OFAC SZUBIN"), in a list that names an officer, or in a list of two or more words that read as
    names ("NSC FOR BADER, MEDEIROS, AND LOI", "NSC FOR ABRAMS/SINGH/YERGER"). After "PASS" comes the body the
    telegram is passed on to ("STATE PASS U.S. COPYRIGHT OFFICE FOR ...")."""
    out = []
    name = line[office[0] : office[1]]
    if not is_place(name):
        out.append(HeaderMention(offset + office[0], offset + office[1], "Agency", name))
    if verb == "PASS" and _BODY.fullmatch(line[rest[0] : rest[1]]) and " AND " not in line[rest[0] : rest[1]]:
        return out  # "PASS U.S. COPYRIGHT OFFICE": the next clause names it as its addressee
    items = [(offset + rest[0] + a, v) for a, v in _split_items(line[rest[0] : rest[1]])]
    surnames = _surname_list([v for _, v in items], is_name, is_body)
    for item_start, value in items:
        out += _item(item_start, value, surnames, is_name, is_body)
    return out


def _split_items(text: str) -> list[tuple[int, str]]:
    """The items of a list joined by commas, semicolons and "AND", each with its offset."""
    out = []
    for m in re.finditer(r"[^,;]+", text):
        pos = m.start()
        for part in re.split(r"(\bAND\b)", m.group(0)):
            if part != "AND" and part.strip():
                out.append((pos + len(part) - len(part.lstrip()), part.strip()))
            pos += len(part)
    return out


_BODY = re.compile(r"[A-Z][A-Z.&/-]*(?:\s+[A-Z][A-Z.&/-]*){0,4}")
_INITIALLED = re.compile(r"[A-Z]\.\s?[A-Z][A-Z'-]{2,}")
_ROOM = re.compile(r"^\d+/")


def _surname_list(values: list[str], is_name, is_body) -> bool:
    """Whether the single words of a list are officers' surnames: the list names an officer in full or after an
    office ("OFAC SZUBIN, MONBORNE"), or it has two or more words, none an office symbol or a known body, at least
    one longer than an office symbol is, all of them read as names."""
    words = [w for v in values for w in v.split("/")]
    for v in values:
        if len(v.split()) == 2 and is_body(v.split()[0]) or _OFFICER.fullmatch(v) and is_name(v.split()):
            return True
    return (
        len(words) >= 2
        and all(re.fullmatch(r"[A-Z][A-Z'-]{2,}", w) and not is_body(w) for w in words)
        and any(len(w) >= 5 for w in words)
        and all(is_name([w]) for w in words)
    )


def _item(start: int, value: str, surnames: bool, is_name, is_body) -> list[HeaderMention]:
    """One item of a pass list: its office, its officer, or both."""
    room = _ROOM.match(value)
    if room:  # "4212/DON CALVERT": the officer's room number
        start, value = start + room.end(), value[room.end() :]
    if _INITIALLED.fullmatch(re.sub(r"^AND\s+", "", value)):
        value_start = start + len(value) - len(re.sub(r"^AND\s+", "", value))
        return [HeaderMention(value_start, start + len(value), "Person", value[value_start - start :])]
    out = []
    words = value.split()
    if len(words) == 2 and is_body(words[0]) and surnames:  # "OFAC SZUBIN": the office and its officer
        second = start + len(value) - len(words[1])
        return [
            HeaderMention(start, start + len(words[0]), "Agency", words[0]),
            HeaderMention(second, second + len(words[1]), "Person", words[1]),
        ]
    officer = _OFFICER.search(value)
    if officer is not None and officer.start() == 0 and len(value.split()) > 2:
        officer = _OFFICER.search(value, value.index(" ") + 1)  # a longer item starts with its office
    words = officer.group(0).split() if officer is not None else []
    if officer is not None and not set(words) & set(_NOT_NAMES) and is_name(words):
        out.append(HeaderMention(start + officer.start(), start + officer.end(), "Person", officer.group(0)))
        value = value[: officer.start()]
    elif surnames:
        for part in re.finditer(r"[A-Z][A-Z'-]{2,}", value):
            if part.group(0) not in _NOT_NAMES:
                out.append(HeaderMention(start + part.start(), start + part.end(), "Person", part.group(0)))
        return out
    for part in re.finditer(r"(?:^|\bAND\s+)\s*([A-Z][A-Z/]*)", value):
        word = part.group(1)
        if _OFFICE_SYMBOL.match(word) and word not in _NOT_NAMES and not (out and len(word) < 3):
            s = start + part.start(1)
            out.append(HeaderMention(s, s + len(word), "Agency", word))
    return out


_NOT_NAMES = ("AND", "OR", "FOR", "PLEASE", "PASS", "NOT", "ALSO", "TO")
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


#: a telegram's last line, after a blank line: the surname of the officer who signed it ("RIVKIN", "MacArthur")
_SIGNATURE = re.compile(r"\n[ \t]*\n[ \t]*(?P<name>[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?)[ \t]*\s*$")


def signature(text: str) -> tuple[int, int] | None:
    """The span of the signature that closes a telegram (or a letter): a line of one or two capitalised words alone
    after a blank line at the very end of the text. Whether the words are a name is for the caller to say."""
    m = _SIGNATURE.search(text)
    if m is None or _MARKING.search(m.group("name")):
        return None
    return m.span("name")


def pass_lines(text: str) -> list[tuple[int, int]]:
    """Spans of a telegram header's pass lines ("STATE FOR EEB/CIP, EUR/ERA", "TREASURY FOR TFTP"): they name offices
    and officers only; an office that shares its letters with a programme or a law ("TFTP") names the office."""
    if not tags_lines(text):
        return []
    out = []
    for offset, line in _lines(text):
        if _HEADER_ZONE_END.match(line) or line.startswith(("SUBJECT", "SUBJ:")):
            break
        if line.isupper() and _pass_clauses(line):
            out.append((offset, offset + len(line)))
    return out
