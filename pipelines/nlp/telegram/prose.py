"""Telegram conventions in prose: posts named as telegrams name them ("Embassy Berlin", "the Embassy in Austria")
and governments abbreviated "GO" and the country's initial ("GOS")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

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


#: "GOS", "GOF", "GOL": the Government of a country, written GO and the initial of the country's name; later
#: telegrams also print it "GoE", "GoK", "GoI" (the "o" of "of" in lower case, the two capitals as in "GOE")
_GOVERNMENT_OF = re.compile(r"\bG[Oo](?P<initial>[A-Z])\b")


def government_abbreviations(text: str, about: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, state id) of each "GO" or "Go" + initial in a telegram ("GOS", "GoE"): the state, among those
    the telegram is about (`about`: state id -> name; its post's country, the country codes of its TAGS line), whose
    name starts with the initial; none when no state or several fit ("GOS" in a cable about Spain and Sweden)."""
    out = []
    for m in _GOVERNMENT_OF.finditer(text):
        fits = [sid for sid, name in about.items() if name[:1].upper() == m.group("initial")]
        if len(fits) == 1:
            out.append((m.start(), m.end(), fits[0]))
    return out


def in_mixed_case_line(text: str, start: int) -> bool:
    """The line holding `start` is written in mixed case: it has a lower-case letter. A telegram's prose writes
    only abbreviations in capitals there, so "The GOB uses ..." is the Government of Bolivia even though "gob" is
    an English word; a line all in capitals (a subject line, a 1970s telegram) writes ordinary words so too
    ("GOD", "GOB" as words)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(ch.islower() for ch in line)


#: "GVN", "GRP": the Government of a country written G and the country's two-letter code (Viet Nam: VN)
_GOVERNMENT_CODE = re.compile(r"(?<![\w/.-])G(?P<code>[A-Z]{2})(?![\w/-])")

#: what only a telegram has: a TAGS or E.O. line, a routing line ("DE RUEHHM #1144"), a handling marking
_TELEGRAM_MARK = re.compile(r"^\s*(?:TAGS?:|E\.\s?O\.\s?\d{4,5}|DE\s+[A-Z]{4,8}\s+#)|\bSIPDIS\b", re.M)

#: a telegram paragraph's number and classification marking: "1. (U)", "2. (SBU)", "¶3. (C/NF)"
MARKED_PARAGRAPH = re.compile(r"^[ \t]*¶?\d{1,2}\.[ \t]*\((?:U|SBU|C|S|TS|LOU)(?:/[A-Z]{1,6})*\)", re.M)


@lru_cache(maxsize=64)  # asked about one text by the text view and by several components: answered once
def is_telegram(text: str) -> bool:
    """The text is (or holds) a telegram: it has a TAGS or executive-order line, a routing line or the SIPDIS
    marking, which no other kind of document prints; or, its header cut off, two or more paragraphs numbered and
    classified as a telegram's are ("1. (SBU) Summary: ...", "2. (C) ...")."""
    return _TELEGRAM_MARK.search(text) is not None or len(MARKED_PARAGRAPH.findall(text)) >= 2


def government_codes(text: str, names_state: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, code) of each "G" + two-letter country code in a telegram ("the GVN and the Party"): the
    government of that country, when the telegram also names the country itself (`names_state(code)`: "Vietnam"
    for VN); a code of a country the text never names is no government ("GSA", "GAO" in a cable about France).
    Only in a telegram: elsewhere the letters are an abbreviation of their own."""
    if not is_telegram(text):
        return []
    matches = _GOVERNMENT_CODE.finditer(text)
    return [(m.start(), m.end(), m.group("code")) for m in matches if names_state(m.group("code"))]


def definite_government(text: str, code: str) -> bool:
    """The telegram calls the government of `code` "the G" + code somewhere ("the GVN"), as a text names a
    government, not a system or a standard ("GIS maps", "GSM phones")."""
    return re.search(r"\b[Tt]he\s+G" + re.escape(code) + r"\b", text) is not None


#: "and National Assembly" after a government's abbreviation: the capitalised name of a second body, coordinated
_AND_NAME = re.compile(r"\s+and\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\b")


def coordinated_name(text: str, end: int) -> tuple[int, int] | None:
    """The span of the capitalised name coordinated right after a mention that ends at `end` ("the GVN and
    National Assembly" -> "National Assembly"), which the two would otherwise be read together as one body's name.
    Whether the words name a body is for the caller to say."""
    m = _AND_NAME.match(text, end)
    return m.span("name") if m else None


#: "Dept" alone in a telegram's prose: the Department of State the post writes to ("informed Dept", "Dept's
#: views"); not "Dept." or "Dept of" (a department named in full) nor after a capitalised word ("Commerce Dept")
_DEPARTMENT = re.compile(r"(?<![\w.-])Dept(?![\w.-])(?!\s+of\b)")

#: the heading of a telegram printed in a documentary edition: "104. Telegram From the Embassy in Austria to ..."
_EDITION_HEADING = re.compile(r"^\s*\d+\.\s+Telegram\s+(?:From|to)\b", re.M)


def department_in_prose(text: str) -> list[tuple[int, int]]:
    """Spans of "Dept" in a telegram's prose (a telegram by its header fields, or one printed in a documentary
    edition under its heading "Telegram From ..."): the writers' name for the Department of State."""
    if not (is_telegram(text) or _EDITION_HEADING.search(text)):
        return []
    out = []
    for m in _DEPARTMENT.finditer(text):
        before = text[: m.start()].rstrip().rsplit(None, 1)
        word = before[-1] if before else ""
        if word[:1].isupper() and not word.endswith((".", ":", ";", "!", "?", ",")):
            continue  # "Commerce Dept", "Canadian Dept": another state's or an agency's department
        out.append(m.span())
    return out


def ministry_abbreviations(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the foreign ministry's abbreviation in a telegram (`abbreviations`, lower case: "mfa", "mofa",
    "fonoff"): telegrams name the host country's ministry so, alone or before what it modifies ("the MFA
    spokesperson", "MFA State Secretary", "Ministry of Interior and MFA officials"); written in capitals, a word of
    its own (not inside "MFA/EU" or "MFA-1"). Elsewhere the letters may stand for something else."""
    if not is_telegram(text):
        return []
    return [m.span() for m in _CAPITALS_WORD.finditer(text) if m.group(0).lower() in abbreviations]


#: a word in capitals standing alone: no slash, hyphen, dot or letter glued to it
_CAPITALS_WORD = re.compile(r"(?<![\w/.-])[A-Z]{3,6}(?![\w/-]|\.\w)")
