"""The header mentions of a telegram: the addresses of its FM/TO/INFO lines and their continuation lines, a lone
office, the originating office of the serial, the executive order, and the offices of its pass lines."""

from __future__ import annotations

import re

from pipelines.nlp.telegram.addressees import (
    clause_mentions,
    office_list_mentions,
    officeless_pass_mentions,
    pass_clauses,
    wrapped_initial,
)
from pipelines.nlp.telegram.fields import (
    HEADER_ZONE_END,
    MARKING,
    OTHER_FIELD,
    POST_PREFIXES,
    TAGS_LINE,
    HeaderMention,
    text_lines,
)

#: an address line is in capitals ("FM AMEMBASSY PARIS"); a line of prose may start with the same word in capitals
#: ("FM Calmy-Rey, also the Swiss President, ...": the foreign minister; "TO the surprise of ...")
_ADDRESS_FIELD = re.compile(r"^(?P<field>FM|TO|INFO|XMT)\s+(?P<rest>[^\sa-z][^a-z]*)$")


_ROUTING = re.compile(r"^[A-Z]{4,8}/")


_TRAILING = re.compile(
    r"(?:\s+(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH|OPERATIONAL|\d{1,6}|\d{6}Z))+\s*$|\s+\d{1,6}\s*$"
)


_WASHINGTON = re.compile(r"\s+(?:WASHDC|WASHINGTON(?:\s+D\.?\s?C\.?)?)\s*$")


_SERIAL = re.compile(r"\b(STATE)\s+\d{4,6}\b")


_EXECUTIVE_ORDER = re.compile(r"\bE\.\s?O\.:?\s?\d{4,5}\b")


_DESIGNATOR_LINE = re.compile(r"^[A-Z][A-Z0-9 /.&,'()-]{1,60}$")


_LONE_OFFICE = re.compile(r"^[A-Z]{2,6}$")

#: the transmission procedure's own lines: "BT" (break: the text starts or ends), "NNNN" (end of message)
_PROCEDURE_LINE = re.compile(r"^(?:BT|NNNN)$")


def header_mentions(
    text: str,
    is_place=lambda word: False,
    is_name=lambda words: True,
    is_body=lambda word: False,
    is_word=lambda word: False,
) -> list[HeaderMention]:
    """The header mentions of the telegram(s) in `text`, if it has telegram address lines. `is_place` tells a city
    ("PARIS FOR NESCO": the post in Paris, written short) from an office; `is_name` tells the words of a person's
    name (["TRACEY", "WEISLER"]) from those of an office ("SUPPLY CHAIN"); `is_body` a known body's abbreviation
    ("OFAC") from a given name; `is_word` an ordinary English word ("JOINT") from an agency's abbreviation."""
    lines = list(text_lines(text))
    if not any(_ADDRESS_FIELD.match(line) or _SERIAL.search(line) or TAGS_LINE.match(line) for _, line in lines):
        return []  # no address field, no Department serial, no TAGS line: not a telegram
    out: list[HeaderMention] = []
    in_addresses = in_body = past_fields = False
    wrapped_to = -1  # the offset of a line whose first word closes the pass list of the line before
    for i, (offset, line) in enumerate(lines):
        if offset == wrapped_to:
            continue
        past_fields = past_fields or bool(TAGS_LINE.match(line) or _EXECUTIVE_ORDER.match(line))
        if HEADER_ZONE_END.match(line) or line.startswith(("SUBJECT", "SUBJ:")):
            in_addresses, in_body = False, True  # address fields end where the subject or the text begins
        m = _ADDRESS_FIELD.match(line) if not in_body else None
        if m:
            out += _designator(offset + m.start("rest"), m.group("rest"), is_body, is_word)
            in_addresses = True
            continue
        if in_addresses and _DESIGNATOR_LINE.match(_OFFICE_TAIL.sub("", line)) and not OTHER_FIELD.match(line):
            out += _designator(offset, line, is_body, is_word)
            continue
        in_addresses = False
        if not in_body and _LONE_OFFICE.match(line) and not (MARKING.match(line) or _PROCEDURE_LINE.match(line)):
            out.append(HeaderMention(offset, offset + len(line), "Agency", line))  # "NESCO": the office it is for
            continue
        if OTHER_FIELD.match(line) or _SERIAL.search(line):
            out += [
                HeaderMention(offset + s.start(1), offset + s.end(1), "Agency", "STATE") for s in _SERIAL.finditer(line)
            ]
            out += [
                HeaderMention(offset + e.start(), offset + e.end(), "Law", e.group(0))
                for e in _EXECUTIVE_ORDER.finditer(line)
            ]
        if line.isupper():
            passes = pass_clauses(line, header=not in_body and not past_fields)
            for office, verb, rest in passes:
                out += clause_mentions(offset, line, office, verb, rest, is_place, is_name, is_body)
            wrapped = wrapped_initial(line, lines[i + 1 : i + 2], is_name) if passes else None
            if wrapped is not None:  # "FCC FOR A THOMAS AND A\nWEINSHENK"
                out.append(
                    HeaderMention(offset + wrapped[0], wrapped[1], "Person", text[offset + wrapped[0] : wrapped[1]])
                )
                wrapped_to = lines[i + 1][0]
            if not passes and not in_body:
                out += officeless_pass_mentions(offset, line, is_name, is_body)
            if not passes and not in_body and not past_fields:
                out += office_list_mentions(offset, line)
    return sorted(set(out), key=lambda h: h.start)


def _designator(
    offset: int, value: str, is_body=lambda words: False, is_word=lambda word: False
) -> list[HeaderMention]:
    """One address: routing indicator, precedence, serial and the Washington location dropped. Two words that are a
    known body's name ("WHITE HOUSE") stay one name, and so do two ordinary English words (`is_word`: "JOINT
    STAFF"), for a seat is a place's name; otherwise a short first word is the agency at its seat ("AEC
    GERMANTOWN")."""
    start = offset
    r = _ROUTING.match(value)
    if r:
        start += r.end()
        value = value[r.end() :]
    value = _TRAILING.sub("", _OFFICE_TAIL.sub("", value))
    if not value.startswith(POST_PREFIXES):
        value = _WASHINGTON.sub("", value)
    value, abroad = _without_country_code(value.strip(" ,;"))
    if len(_DISTRIBUTION_CODE.findall(value)) >= 2 or _DATE_TIME_GROUP.match(value):
        return []  # "INFO OCT-01 ADS-00 DRC-01 ... /077 W": the offices that got copies and how many, no address;
        # "O 160823Z AUG 79": the precedence and the date-time group of the message
    if len(value) < 2 or not any(ch.isalpha() for ch in value) or value.endswith("COLLECTIVE"):
        return []  # "EU INTEREST COLLECTIVE", "OECD POSTS COLLECTIVE": a group of posts, no body of its own
    if value.startswith(_HEADQUARTERS):  # "HQ ICE DRO": the headquarters of ICE
        start += len(value) - len(value[len(value.split()[0]) :].lstrip())
        value = value[len(value.split()[0]) :].lstrip()
        if abroad and len(value.split()) >= 2:  # "HQ USEUCOM VAIHINGEN GE": the command, at its seat abroad
            value = value[: value.rindex(" ")]
    value = re.sub(r"\s+HQS?$", "", value)  # "DEA HQS"
    words = value.split()
    two = len(words) == 2 and re.fullmatch(r"[A-Z]{2,5}", words[0]) is not None and not is_body(value) and not abroad
    if not value.startswith(POST_PREFIXES) and two:
        if re.fullmatch(r"[A-Z]{2,3}", words[1]):  # "ICE DRO": an agency and its office, each a body
            second = start + len(value) - len(words[1])
            return [
                HeaderMention(start, start + len(words[0]), "Agency", words[0]),
                HeaderMention(second, second + len(words[1]), "Agency", words[1]),
            ]
        if not (is_word(words[0]) and is_word(words[1])):
            value = words[0]  # "AEC GERMANTOWN": an agency at its seat; "JOINT STAFF" is a body's name of two words
    return [HeaderMention(start, start + len(value), "Agency", value)]


_HEADQUARTERS = ("HQ ", "HQS ")

#: the office an address is for inside the addressee, between double slashes after its location:
#: "JOINT STAFF WASHDC//J-3/J-5//", "ODC ANKARA TU//TCH//" (routing inside the body, no part of its name)
_OFFICE_TAIL = re.compile(r"\s*//[^\s]*?//")

#: the country code after the city of an address abroad: "ODC ANKARA TU", "USEUCOM VAIHINGEN GE" (FIPS codes;
#: "WASHINGTON DC" is the capital's own name)
_COUNTRY_CODE = re.compile(r"(?<=[A-Z]{3})\s+(?!DC$)[A-Z]{2}$")


def _without_country_code(value: str) -> tuple[str, bool]:
    """An address without the country code that closes it ("ODC ANKARA TU" -> "ODC ANKARA"), and whether it had
    one: an office at a seat abroad keeps its city, as a post does ("ODC ANKARA", "USDAO ANKARA"); a headquarters
    abroad is the body it houses ("HQ USEUCOM VAIHINGEN GE" -> "USEUCOM")."""
    m = _COUNTRY_CODE.search(value)
    if m is None or len(value.split()) < 3:
        return value, False
    return value[: m.start()], True


#: an office symbol and the number of copies it got, in the distribution line of a Department telegram's
#: printed copy ("INFO OCT-01 ADS-00 INR-10 EUR-12 /077 W")
_DATE_TIME_GROUP = re.compile(r"[A-Z]{1,2}\s+\d{6}Z\b")
_DISTRIBUTION_CODE = re.compile(r"(?<![\w/-])[A-Z]{1,6}-\d{2}(?![\w/-])")
