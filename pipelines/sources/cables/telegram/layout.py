"""The telegram's layout: the lines that open a header field, numbered paragraphs, the page breaks of received
copies and Cablegate prints (removed before reading), and how far the header can run."""

from __future__ import annotations

import re

from pipelines.model import Paragraph

from ..textio import bound_whitespace

LINE_KEYWORD = re.compile(
    r"^\s*(?:INFO\b|BT\b|E\.?\s?O\.?\s*\d|TAGS\b|SUBJ|REF|C O N|S E C|U N C|UNCLAS|CONFIDENTIAL\b|SECRET\b|"
    r"LIMITED OFFICIAL|SENSITIVE\b|SIPDIS|NOFORN|CLASSIFIED\b|DEPT\b|DEPARTMENT\b|PASS\b|FOR\s|EXDIS|NODIS)",
    re.IGNORECASE,
)


PARA = re.compile(r"^[ \t]*(\d{1,3})\.[ \t]*(?:\(([A-Z][A-Z/ ,]{0,30})\))?", re.MULTILINE)


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


def header_zone_end(text: str) -> int:
    """The header cannot run past the first numbered paragraph (or 8000 characters without one)."""
    m = re.search(r"^[ \t]*1\.[ \t]*(?:\([A-Z/ ]{1,20}\)|[A-Z])", text, re.MULTILINE)
    return m.start() if m else min(len(text), 8000)


def clean_source(text: str) -> str:
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


def find_paragraphs(body: str) -> tuple[Paragraph, ...]:
    starts: list[tuple[int, str, str | None]] = []
    expected = None
    for m in PARA.finditer(body):
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
