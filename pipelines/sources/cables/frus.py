"""FRUS telegrams in TEI XML (Foreign Relations of the United States, Office of the Historian).

The telegram is a TEI `<div type="document">`: a `<head>` with a source note (classification, handling and
precedence as the editors read them), a `<dateline>`, then `<p>` blocks holding the telegram text, in which
`<lb/>` marks a line break of the original. The text is rebuilt with those line breaks and read with the
shared telegram grammar; the source note and dateline fill what the telegram text lacks.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from datetime import date

from pipelines.model import CableRecord

from .dtg import parse_iso_like, to_iso_utc
from .errors import CableParseError
from .telegram import HeaderHints, parse_telegram_text
from .xmlsafe import parse_untrusted_xml

TEI = "{http://www.tei-c.org/ns/1.0}"
_BLOCKS = {"p", "ab", "list", "item", "closer", "signed", "postscript", "table", "row", "head", "dateline", "opener"}
_NOTE_CLASSIFICATION = re.compile(r"\b(Top Secret|Secret|Confidential|Limited Official Use|Unclassified)\b")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _render(root: ET.Element, out: list[str]) -> None:
    """Append the text of `root`: whitespace collapsed as TEI intends, `<lb/>` as a newline, notes left out.

    Iterative (an explicit stack), so hostile nesting depth cannot exhaust the Python stack.
    """
    stack: list[tuple[ET.Element, bool]] = [(root, False)]
    while stack:
        el, done = stack.pop()
        name = _local(el.tag)
        if done:
            if name in _BLOCKS:
                out.append("\n\n")
            if el is not root and el.tail:
                out.append(re.sub(r"\s+", " ", el.tail))
            continue
        if name == "note":
            if el is not root and el.tail:
                out.append(re.sub(r"\s+", " ", el.tail))
            continue
        if name == "lb":
            out.append("\n")
            if el is not root and el.tail:
                out.append(re.sub(r"\s+", " ", el.tail))
            continue
        if el.text:
            out.append(re.sub(r"\s+", " ", el.text))
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(list(el)))


def _block_text(el: ET.Element) -> str:
    out: list[str] = []
    _render(el, out)
    text = "".join(out)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _document_div(root: ET.Element) -> ET.Element:
    for el in root.iter():
        if _local(el.tag) == "div" and el.get("type") == "document":
            return el
    for el in root.iter():
        if _local(el.tag) == "body":
            return el
    if _local(root.tag) != "TEI":
        raise CableParseError(f"not a TEI document (root element <{_local(root.tag)}>)")
    raise CableParseError("TEI document without a text body")


def parse_frus_tei(data: bytes) -> CableRecord:
    """Parse a FRUS TEI telegram. Raises CableParseError for hostile, malformed or non-telegram XML."""
    if not isinstance(data, bytes | bytearray):
        raise CableParseError(f"expected bytes, got {type(data).__name__}")
    if not bytes(data).strip():
        raise CableParseError("empty file")
    root = parse_untrusted_xml(bytes(data))
    div = _document_div(root)
    hints = HeaderHints()
    for note in div.iter():
        if _local(note.tag) == "note" and note.get("type") == "source":
            m = _NOTE_CLASSIFICATION.search(" ".join("".join(note.itertext()).split()))
            if m:
                hints.classification = m.group(1)
            break
    for el in div.iter():
        if _local(el.tag) == "date" and el.get("when"):
            when = parse_iso_like(el.get("when", ""))
            if when:
                hints.created = date(when.year, when.month, when.day)
                hints.created_iso = to_iso_utc(when) if "T" in el.get("when", "") else when.date().isoformat()
            break
    blocks = [_block_text(child) for child in div if _local(child.tag) not in {"head", "dateline", "note", "pb", "fw"}]
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise CableParseError("TEI document has no telegram text")
    if not re.search(r"^\s*(?:FM|TO)\s+\S|^\s*[ZOPR]?\s*\d{6}Z|TAGS|SUBJECT", text, re.MULTILINE):
        raise CableParseError("TEI document is not a telegram (no FM/TO, date-time group, TAGS or SUBJECT)")
    record = parse_telegram_text(text, "frus-tei", hints)
    signed = next((el for el in div.iter() if _local(el.tag) == "signed"), None)
    if signed is not None:
        name = " ".join("".join(signed.itertext()).split())
        if name:
            record = dataclasses.replace(record, signed_by=name)
    return record
