"""Cablegate / PlusD telegrams: the plain-text form and the HTML pages they were published in.

Text form: optional metadata lines ("Reference ID: 08BRASILIA93", "Created: 2008-01-15 18:06", "Released: ...",
"Classification: ...", "Origin: ...") or a tab-separated dump record (created, id, origin, classification,
references, header, content), then the telegram itself. HTML form: the page's own metadata table
(`table.cable`) and the `<pre>` blocks holding the header and the text; the page's navigation (which also
links TAGS and classifications) is never read.
"""

from __future__ import annotations

import re
from datetime import date

import lxml.etree
import lxml.html

from pipelines.model import CableRecord

from .dtg import parse_iso_like, to_iso_utc
from .errors import CableParseError
from .telegram import HeaderHints, parse_telegram_text
from .textio import decode_cable_bytes

_META_LINE = re.compile(
    r"^\s*(Reference ID|Canonical ID|Created|Released|Classification|Origin)\s*:\s*(.*?)\s*$", re.IGNORECASE
)
_REFERENCE_ID = re.compile(r"^\d{2}[A-Z][A-Z0-9]+\d+$")
_TELEGRAM_MARKERS = re.compile(
    r"^\s*(?:[ZOPR](?:\s+[ZOPR])?\s+\d{6}Z|FM\s+\S|TO\s+\S|TAGS?\b|SUBJ(?:ECT)?\s*:|E\.?\s?O\.?\s*\d{5})",
    re.MULTILINE | re.IGNORECASE,
)
#: A record of the tab-separated dump begins "<row number>\t<created>\t<reference id>\t...".
_DUMP_RECORD_START = re.compile(r"\n\s*\n\d+\t\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\t")


def _hints_from_meta(meta: dict[str, str]) -> HeaderHints:
    hints = HeaderHints()
    rid = meta.get("reference id") or meta.get("canonical id")
    if rid and _REFERENCE_ID.match(rid.strip()):
        hints.reference_id = rid.strip()
    created = parse_iso_like(meta.get("created", "")) if meta.get("created") else None
    if created:
        hints.created = date(created.year, created.month, created.day)
        hints.created_iso = to_iso_utc(created)
    hints.classification = meta.get("classification") or None
    hints.origin = meta.get("origin") or None
    return hints


def _split_dump_record(text: str) -> tuple[dict[str, str], str] | None:
    """A tab-separated dump record -> (metadata, header + content), dropping any following records."""
    if "\t" not in text[:2000]:
        return None
    nxt = _DUMP_RECORD_START.search(text)
    record = text[: nxt.start()] if nxt else text
    fields = record.split("\t")
    date_at = next((i for i, f in enumerate(fields[:3]) if re.fullmatch(r"\d{4}-\d{2}-\d{2} [\d:]+", f)), None)
    if date_at is None or len(fields) < date_at + 5:
        return None
    meta = {
        "created": fields[date_at],
        "reference id": fields[date_at + 1].strip(),
        "origin": fields[date_at + 2].strip(),
        "classification": fields[date_at + 3].strip(),
    }
    rest = fields[date_at + 5 :]  # the references column is re-read from the REF line itself
    return meta, "\n\n".join(rest)


def _read_text_form(text: str) -> tuple[HeaderHints, str]:
    meta: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (not lines[i].strip() or _META_LINE.match(lines[i])):
        m = _META_LINE.match(lines[i])
        if m:
            meta[m.group(1).lower()] = m.group(2)
        i += 1
    telegram = "\n".join(lines[i:])
    dump = _split_dump_record(telegram)
    if dump:
        dump_meta, telegram = dump
        meta = {**dump_meta, **meta}
    return _hints_from_meta(meta), telegram


def _check_cable(record: CableRecord) -> CableRecord:
    if record.date is None and record.sender is None and record.subject is None:
        raise CableParseError("no cable header could be read (no date-time group, FM line or SUBJECT)")
    if not record.body.strip() and record.subject is None:
        raise CableParseError("truncated cable: header stops before the subject and text")
    return record


def parse_cablegate_text(data: bytes) -> CableRecord:
    """Parse a Cablegate/PlusD telegram in plain text. Raises CableParseError when it is not one."""
    text = decode_cable_bytes(data)
    hints, telegram = _read_text_form(text)
    if not _TELEGRAM_MARKERS.search(telegram[:8000]):
        raise CableParseError("not a telegram: no date-time group, FM/TO, TAGS or SUBJECT line")
    return _check_cable(parse_telegram_text(telegram, "cablegate-text", hints))


def _reject_hostile_markup(data: bytes) -> None:
    head = data[:200000].upper()
    if b"<!ENTITY" in head:
        raise CableParseError("hostile markup: the page declares XML entities")
    if re.search(rb"<!DOCTYPE[^>]*\[", head):
        raise CableParseError("hostile markup: the page carries an internal DTD subset")
    if b"<XI:INCLUDE" in head or b"XMLNS:XI=" in head:
        raise CableParseError("hostile markup: XInclude in a cable page")


def _cell_texts(table: lxml.html.HtmlElement) -> dict[str, str]:
    heads = [" ".join(th.text_content().split()).lower() for th in table.iter("th")]
    rows = [r for r in table.iter("tr") if r.find("td") is not None]
    if not heads or not rows:
        return {}
    cells = [" ".join(td.text_content().split()) for td in rows[0].iter("td")]
    return dict(zip(heads, cells, strict=False))


def parse_cablegate_html(data: bytes) -> CableRecord:
    """Parse a Cablegate page: its metadata table and the `<pre>` telegram text, never the navigation."""
    if not isinstance(data, bytes | bytearray):
        raise CableParseError(f"expected bytes, got {type(data).__name__}")
    text = decode_cable_bytes(bytes(data))
    _reject_hostile_markup(bytes(data))
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        # The XML declaration would make lxml refuse a str; the text is already decoded.
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise CableParseError(f"unreadable HTML: {exc}") from exc
    table = next((t for t in root.iter("table") if "cable" in (t.get("class") or "").split()), None)
    meta = _cell_texts(table) if table is not None else {}
    pres = [p.text_content() for p in root.iter("pre")]
    if not pres:
        raise CableParseError("no cable text in page (no <pre> block)")
    hints = _hints_from_meta(meta)
    title = next((h for h in root.iter("h3") if h.text_content().strip().startswith("Viewing cable")), None)
    if title is not None:
        _, _, subject = title.text_content().partition(",")
        subject = " ".join(subject.split()).rstrip("\\ ").strip()
        hints.subject = subject or None
    telegram_parts = []
    for pre in pres:
        dump = _split_dump_record(pre)
        telegram_parts.append(dump[1] if dump else pre)
    if len(telegram_parts) > 1 and telegram_parts[1].lstrip().startswith(telegram_parts[0].strip()[:40]):
        telegram_parts = telegram_parts[1:]  # the dump record repeats the routing header
    record = parse_telegram_text("\n\n".join(telegram_parts), "cablegate-html", hints)
    return _check_cable(record)
