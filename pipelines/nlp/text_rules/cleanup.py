"""Span clean-up (no determiner, possessive, surrounding punctuation, next list item or text before a blank line)
and the spans of reference lines where no mention is."""

from __future__ import annotations

import re

#: a determiner; or the end of a parenthesis opened before the span (a paragraph's marking "(U) ", an item's "b) ")
_LEAD = re.compile(r"^(?:the|The|THE|a|an|An|A|[^()\s]{1,6}\))\s+")
_TRAIL = re.compile(r"(?:['’][sS]|['’]|[\s,.;:!?)(\]\[\"“”‘]+)$")


#: a line that starts a list item or a field: no name runs into it ("Ashwini Vaishnaw\n- Keywords")
_NEW_ITEM = re.compile(r"\n[ \t]*(?:[-–•*▪◦]|\d{1,2}[.)])\s")
#: a blank line: a paragraph ends there, and no name runs across it
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: a dash with a space on each side sets off an aside or ends a dateline ("Mark Warner - co-chairmen of ...",
#: "NEW DELHI - Two senators"); inside a name a dash is written close ("EU-US", "Hewlett-Packard")
_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
#: an EU act's number after its legal order in brackets: "(EU) 2016/679", "(EC) No 45/2001"
_EU_NUMBER = re.compile(r"\((?:EU|EC|EEC|Euratom)\)\s+(?:No\.?\s+)?\d{1,4}/\d{1,4}")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """No determiner, no possessive 's, no surrounding punctuation or space (abbreviation dots are kept), nothing
    from the next list item or after a spaced dash, nothing before a blank line inside the span: a name does not
    run across a paragraph break, and what stands in the paragraph before it is a heading ("DATA PROTECTION\n\nThe
    Data Protection (Adequacy) ... Regulations 2022"), so the name is the part after the last blank line, where
    its head is."""
    item = _NEW_ITEM.search(text, start, end + 3)
    if item and item.start() < end:
        end = item.start()
    dash = _SPACED_DASH.search(text, start, end)
    if dash and dash.start() > start:
        end = dash.start()
    for blank in _BLANK_LINE.finditer(text, start, end):
        start = blank.end()
    while True:
        s = text[start:end]
        if _EU_NUMBER.fullmatch(s):  # "(EU) 2016/679": an EU act's number keeps its legal order's brackets
            break
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
            # keep the dot of an abbreviation ("U.S.", "Ltd.", "E.O."): initials and abbreviations that end in a
            # period (legal forms among them, but not only: "No.", "Jr."), not the lexicon's corporate suffixes
            if tail == "." and re.search(r"(?:\b[A-Z]\.[A-Z]?|Ltd|Inc|Corp|Co|No|Jr|Sr|St)\.$", s):
                break
            # an initial's dot right before a closing bracket ends no sentence: "(ROE, JANE Q.)"
            if tail == "." and text[end : end + 1] == ")" and re.search(r"\s[A-Z]\.$", s):
                break
            end = start + m.start()
            continue
        break
    return start, end


#: a Federal Register document's bracketed reference line: "[Docket No. NSD 104]", "[FAR Case 2021-019; Docket No.
#: FAR-2021-0019; Sequence No. 1]": filing numbers, no names
_DOCKET_LINE = re.compile(r"\[[^\[\]\n]{0,80}\bDocket\s+No\.[^\[\]\n]{0,80}\]")


def reference_number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of bracketed docket lines, where no mention is."""
    return [m.span() for m in _DOCKET_LINE.finditer(text)]
