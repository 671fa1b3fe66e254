"""Words that look like a body's name but are a label: a document's number that opens with a body's abbreviation or
ends in a number ("FCC 22-84", "H.Rept. 117-669"), and the organ of a political party named after it ("the Party
Congress")."""

from __future__ import annotations

import re

#: a year-like number, a hyphen and a serial right after a body's abbreviation: a docket, order or report number
#: ("FCC 22-84", "FCC 21-\n 73"); a vote's tally has one digit a side ("the FCC 3-2 vote")
_SERIAL_AFTER = re.compile(r"[ \t]+\d{2,4}[-‐‑]\s*\d")
#: a name that ends in a number with a hyphen: a document's number ("H.Rept. 117-669"), no body's name
_ENDS_IN_SERIAL = re.compile(r"\d+[-‐‑]\d+$")
#: the word right before a span
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def document_serial(text: str, start: int, end: int) -> bool:
    """The span is a document's number, not a body: a body's abbreviation before a year-like number and a serial
    ("FCC 22-84", the Commission's order of 2022), or a name that ends in such a number ("H.Rept. 117-669")."""
    return _SERIAL_AFTER.match(text, end) is not None or _ENDS_IN_SERIAL.search(text[start:end]) is not None


def party_organ_mention(text: str, start: int, party_nouns: frozenset[str]) -> bool:
    """A chamber's or a body's head right after "Party" is the party's organ ("the April Party Congress", "the
    Communist Party Central Committee"): a political party's, not the state's."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in party_nouns


#: the words of a span
_WORDS = re.compile(r"[A-Za-z][\w-]*")


def generic_mission_section(name: str, kinds: frozenset[str], holder_words: frozenset[str]) -> bool:
    """ "the Political Section", "Acting Political Section Chief": every embassy has a political, economic or
    consular section; named by that kind of work alone, a section is described, not named (as "the ministry" is),
    while a section named by its own remit ("Foreign Investment Review Section") is a name. A holder's word before
    it ("Acting") belongs to the title of the person who heads it."""
    words = [w.lower() for w in _WORDS.findall(name)]
    while words and words[0] in holder_words:
        words = words[1:]
    return len(words) >= 2 and words[-1] == "section" and all(w in kinds for w in words[:-1])


#: an infobox's heading after a body's kind: "Agency overview |", "Data Protection Authority executive |"
_INFOBOX_HEADING_AFTER = re.compile(r"[ \t]+(?:overview|executives?)[ \t]*(?:\||\n|$)")
#: an infobox's "Type" field right before a value: "Type | ", "- Type: "
_TYPE_FIELD_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?Type[ \t]*[|:][ \t]*$")


def infobox_kind(text: str, start: int, end: int) -> bool:
    """An encyclopedia's infobox says what kind of body its subject is: in the heading of a section ("Data
    Protection Authority overview |", "Agency executive") and as the value of its "Type" field ("Type |
    Independent Administrative Authority |"). There the capitals name a kind of body, not the body."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        _INFOBOX_HEADING_AFTER.match(text, end) is not None
        or _TYPE_FIELD_BEFORE.search(text[max(0, line_start - 1) : start]) is not None
    )
