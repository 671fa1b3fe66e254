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
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipelines.model import CableRecord

from .dtg import parse_iso_like, parse_written_date, to_iso_utc
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


#: What the editors' head says the document is. A telegram (or cable, backchannel message) is read; the other
#: kinds of document a FRUS volume prints are refused by name.
_HEAD_TELEGRAM = re.compile(r"\b(?:Telegram|Cable|Cablegram|Backchannel\s+Message|Niact)\b", re.IGNORECASE)
_HEAD_OTHER_KIND = re.compile(
    r"\b(Memorandum|Memo|Letter|Note|Paper|Minutes|Record|Notes|Editorial Note|Report|Estimate|Transcript|"
    r"Airgram|Despatch|Dispatch|Instruction|Diary|Draft|Summary|Study|Statement|Message|Briefing|Talking Points|"
    r"Intelligence|Action Memorandum|Information Memorandum|Conversation|Directive|Agreement|Communiqué)\b"
)
_HEAD_FROM_DEPARTMENT = re.compile(r"\bFrom\s+the\s+Department\s+of\s+State\b")
_HEAD_FROM_POST = re.compile(r"\bFrom\s+the\s+(?:Embassy|Consulate(?:\s+General)?|Legation)\b")
#: The classification in the source note: "... POL 1 FR-US. Confidential; Exdis." (the level before ';' or '.').
_NOTE_LEVEL = re.compile(r"\b(Top Secret|Secret|Confidential|Limited Official Use|Unclassified)(?=\s*[;.,]|\s*$)")
#: A time in Z on the dateline ("March 3, 1966, 1655Z") and a local one ("October 26, 1966, 7:40 p.m.").
_Z_TIME = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\s?Z\b")
_LOCAL_TIME = re.compile(r"\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
#: The telegram number that opens the text ("5434. For Secretary from Ambassador."), not a paragraph number.
_LEADING_SERIAL = re.compile(r"^\s*(\d{2,6})\.\s")
#: A run-in subject without its colon, after the telegram number or a handling sentence ("3466. Subject Zaire").
_RUN_IN_SUBJECT = re.compile(r"(?:^\d{1,6}\.|[.:])\s+Subject\s+(?!to\b|of\b|matter\b)(?=[A-Z“\"‘'(])(.+)$")
#: The end of a run-in subject sentence: a full stop after a word that is no abbreviation ("Mr.", "Sec.").
_SUBJECT_SENTENCE_END = re.compile(r"(\S*)\.\s+(?=[A-Z“\"‘(])")
_ABBREVIATIONS = {
    *("Mr", "Mrs", "Ms", "Dr", "St", "No", "Jr", "Sr", "Mt", "Ft", "Gen", "Sec", "Amb", "Min", "Sen", "Rep", "Gov"),
    *("Col", "Adm", "Maj", "Capt", "Lt", "Vol", "Dept", "Govt", "Co", "Inc", "Corp", "Messrs", "Pres", "Prof"),
    *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
}
_SUBJECT_REF = re.compile(r"\s+(?:Ref(?:s|tel|tels|erences?)?|REF(?:S|TEL|TELS|ERENCES?)?)\s*:")
#: The places whose local time a dateline may give instead of Z (the Department writes from Washington).
_PLACE_ZONES = {"WASHINGTON": "America/New_York"}
_FRUS_NS = "{http://history.state.gov/frus/ns/1.0}"


def _plain_text(el: ET.Element) -> str:
    """The text of `el` without its notes, whitespace collapsed (iterative: no recursion on deep nesting)."""
    out: list[str] = []
    _render(el, out)
    return " ".join("".join(out).split())


def _child(div: ET.Element, name: str) -> ET.Element | None:
    for el in div.iter():
        if _local(el.tag) == name:
            return el
    return None


def _telegram_kind(div: ET.Element) -> tuple[bool | None, str]:
    """(True, head) for a telegram, (False, kind) for another kind of document, (None, head) when the head
    does not say. A head with gloss type="from"/"to" and no other kind named is a telegram."""
    head = next((el for el in div if _local(el.tag) == "head"), None)
    if head is None:
        return None, ""
    text = _plain_text(head)
    telegram, other = _HEAD_TELEGRAM.search(text), _HEAD_OTHER_KIND.search(text)
    if telegram and (other is None or telegram.start() <= other.start()):
        return True, text
    if other:  # the first kind the head names: "Memorandum From ... transmitting a telegram" is a memorandum
        return False, other.group(1).lower()
    if any(_local(el.tag) == "gloss" and el.get("type") in ("from", "to") for el in head.iter()):
        return True, text
    return None, text


def _note_classification(div: ET.Element) -> str | None:
    for note in div.iter():
        if _local(note.tag) == "note" and note.get("type") == "source":
            text = " ".join("".join(note.itertext()).split())
            m = _NOTE_LEVEL.search(text) or _NOTE_CLASSIFICATION.search(text)
            return m.group(1) if m else None
    return None


def frus_dateline_date(div: ET.Element) -> tuple[str | None, list[str]]:
    """The telegram's date-time from its dateline, as ISO 8601 UTC, and any warnings.

    A Z time on the dateline wins ("June 23, 1966, 1724Z"); then a `when` with a UTC offset, then the
    volume's `frus:doc-dateTime-min/max` when both give one instant; a local time ("7:40 p.m.") is converted
    when the place's time zone is known (Washington). Otherwise only the date is given.
    """
    dateline = _child(div, "dateline")
    date_el = _child(dateline, "date") if dateline is not None else None
    if date_el is None:
        date_el = next((el for el in div.iter() if _local(el.tag) == "date" and el.get("when")), None)
    when_text = (date_el.get("when") or "").strip() if date_el is not None else ""
    line = _plain_text(dateline) if dateline is not None else (_plain_text(date_el) if date_el is not None else "")
    day: date | None = None
    if re.match(r"^\d{4}-\d{2}-\d{2}", when_text):
        try:
            day = date.fromisoformat(when_text[:10])
        except ValueError:
            day = None
    if day is None and line:
        written = parse_written_date(line)
        day = date.fromisoformat(written) if written else None
    if day is None:
        return None, []
    z = _Z_TIME.search(line)
    if z:
        return to_iso_utc(datetime(day.year, day.month, day.day, int(z.group(1)), int(z.group(2)), tzinfo=UTC)), []
    when = parse_iso_like(when_text) if "T" in when_text else None
    if when and re.search(r"(?:Z|[+-]\d{2}:?\d{2})$", when_text):
        return to_iso_utc(when), []
    low, high = div.get(_FRUS_NS + "doc-dateTime-min"), div.get(_FRUS_NS + "doc-dateTime-max")
    if low and low == high and "T" in low and re.search(r"[+-]\d{2}:?\d{2}$", low):
        instant = parse_iso_like(low)
        if instant and instant.date() in (day, day + timedelta(days=1), day - timedelta(days=1)):
            return to_iso_utc(instant), []
    local = _LOCAL_TIME.search(line)
    hour_minute = None
    if local:
        hour = int(local.group(1)) % 12 + (12 if local.group(3).lower() == "p" else 0)
        hour_minute = (hour, int(local.group(2) or 0))
    elif when:
        hour_minute = (when.hour, when.minute)
    if hour_minute:
        place_el = _child(dateline, "placeName") if dateline is not None else None
        place = " ".join("".join(place_el.itertext()).split()).upper() if place_el is not None else ""
        zone_name = _PLACE_ZONES.get(place)
        if zone_name:
            try:
                tz = ZoneInfo(zone_name)
            except (ZoneInfoNotFoundError, ValueError):
                tz = None
            if tz is not None:
                local_dt = datetime(day.year, day.month, day.day, *hour_minute, tzinfo=tz)
                return to_iso_utc(local_dt.astimezone(UTC)), []
        return day.isoformat(), [f"date: the dateline gives a local time in {place.title() or 'an unknown place'}"]
    return day.isoformat(), ["date: the dateline gives no time"]


def parse_frus_tei(data: bytes) -> CableRecord:
    """Parse a FRUS TEI telegram. Raises CableParseError for hostile, malformed or non-telegram XML.

    A document whose head says it is a telegram ("Telegram From the Embassy in France to the Department of
    State") is read even though FRUS prints no FM/TO lines: the date from the dateline, the classification
    from the source note, the subject and references from the run-in "Subject:" / "Ref:" of the first
    paragraph, the signer from the closer. Sender and addressees stay empty: the head is the editors'
    description, not an address line. Memoranda, letters and other documents are refused.
    """
    if not isinstance(data, bytes | bytearray):
        raise CableParseError(f"expected bytes, got {type(data).__name__}")
    if not bytes(data).strip():
        raise CableParseError("empty file")
    root = parse_untrusted_xml(bytes(data))
    div = _document_div(root)
    kind, head = _telegram_kind(div)
    if kind is False:
        raise CableParseError(f"FRUS document is not a telegram (the head names a {head})")
    hints = HeaderHints()
    hints.classification = _note_classification(div)
    date_iso, date_warnings = frus_dateline_date(div)
    if date_iso:
        hints.created = date.fromisoformat(date_iso[:10])
        hints.created_iso = date_iso
    skip = {"head", "dateline", "note", "pb", "fw"}
    blocks = [_block_text(child) for child in div if _local(child.tag) not in skip and not _is_dateline_opener(child)]
    text = "\n\n".join(b for b in blocks if b)
    if not text.strip():
        raise CableParseError("TEI document has no telegram text")
    has_lines = re.search(r"^\s*(?:FM|TO)\s+\S|^\s*[ZOPR]?\s*\d{6}Z|TAGS|SUBJECT", text, re.MULTILINE)
    if not kind and not has_lines:
        raise CableParseError("TEI document is not a telegram (no FM/TO, date-time group, TAGS or SUBJECT)")
    serial = _LEADING_SERIAL.match(text)
    from_department = bool(_HEAD_FROM_DEPARTMENT.search(head))
    place = _dateline_place(div)
    if kind and _HEAD_FROM_POST.search(head) and place:
        hints.own_post = place
    if kind and serial and date_iso and int(serial.group(1)) > 1:
        post = "STATE" if from_department else hints.own_post
        if post:
            hints.reference_id = f"{date_iso[2:4]}{post.replace(' ', '')}{int(serial.group(1))}"
    hints.warnings.extend(date_warnings)
    record = parse_telegram_text(text, "frus-tei", hints)
    changes: dict[str, Any] = {}
    if kind and not has_lines:
        # the dateline is the telegram's own date here, not a fallback
        changes["warnings"] = tuple(w for w in record.warnings if not w.startswith("date: no date-time group"))
        subject = record.subject or _subject_without_colon(text)
        if subject:
            changes["subject"] = run_in_subject(subject)
    signed = _closing_signature(div)
    if signed:
        changes["signed_by"] = signed
    return dataclasses.replace(record, **changes) if changes else record


def run_in_subject(text: str) -> str | None:
    """A FRUS run-in subject up to the end of its sentence, without the full stop that ends it:
    'Message to President Kaunda.' -> 'Message to President Kaunda'; 'Talks with Mr. Smith. Ref: ...' ->
    'Talks with Mr. Smith'; 'U.S./Soviet Relations and Poland.' keeps its inner full stops."""
    text = " ".join(text[:2000].split())
    ref = _SUBJECT_REF.search(text)
    if ref:
        text = text[: ref.start()]
    for end in _SUBJECT_SENTENCE_END.finditer(text):
        word = end.group(1).lstrip("(“\"‘'")
        if word and word not in _ABBREVIATIONS and not re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
            text = text[: end.start() + len(end.group(1))]  # "U.S.", "A." and "Mr." do not end the sentence
            break
    return text.strip().removesuffix(".").strip() or None


def _subject_without_colon(text: str) -> str | None:
    """'3466. Subject Zaire Aid Package.' in the first paragraph: the subject run in without a colon."""
    first = text.split("\n\n", 1)[0]
    m = _RUN_IN_SUBJECT.search(first.split("\n", 1)[0])
    return m.group(1) if m else None


def _is_dateline_opener(el: ET.Element) -> bool:
    """An <opener> holding only the dateline is no telegram text."""
    children = list(el)
    return _local(el.tag) == "opener" and bool(children) and all(_local(c.tag) == "dateline" for c in children)


def _dateline_place(div: ET.Element) -> str | None:
    dateline = _child(div, "dateline")
    place_el = _child(dateline, "placeName") if dateline is not None else None
    if place_el is None:
        return None
    place = " ".join("".join(place_el.itertext()).split()).upper()
    return place if re.fullmatch(r"[A-Z][A-Z .'-]{1,40}", place) else None


def _closing_signature(div: ET.Element) -> str | None:
    """The name in the telegram's own closer (the last one of the document, not a quoted letter's)."""
    closers = [el for el in div if _local(el.tag) == "closer"]
    candidates = [el for c in closers for el in c.iter() if _local(el.tag) == "signed"]
    if not candidates:
        candidates = [el for el in div.iter() if _local(el.tag) == "signed"]
    for signed in reversed(candidates):
        name = " ".join("".join(signed.itertext()).split())
        if name:
            return name
    return None
