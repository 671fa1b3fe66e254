"""Reading a telegram: its header fields in telegram order, then the body, its paragraphs and signature.

Each field's search depends on where earlier fields were found: TO and INFO are read after the FM line, TAGS,
SUBJECT and REF after the address lines, and the body starts after the last header field found. One
`HeaderReader` carries these positions (`ends`, `fields_from`) and the fields read so far through a sequence of
small field readers (`FIELD_READERS`), in the order they must run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from pipelines.model import CableRecipient, CableRecord

from ..dtg import parse_date_time_group
from .addresses import block_lines, is_office_block_line, own_series_post, parse_recipient
from .layout import clean_source, find_paragraphs, header_zone_end
from .markings import (
    CLASSIFICATION_WORDS,
    CLASSIFIED_BY,
    EO_LINE,
    SERIAL,
    SPACED_CLASS,
    WORD_CLASS,
    classification_level,
)
from .references import ReferenceContext, find_references
from .signature import find_signature
from .subject import find_subject, find_tags

T = TypeVar("T")


@dataclass
class HeaderHints:
    """Facts known from outside the telegram text (a page's metadata table, a TEI source note)."""

    reference_id: str | None = None
    created: date | None = None
    created_iso: str | None = None
    classification: str | None = None
    origin: str | None = None
    own_post: str | None = None  # the sending post as telegram ids name it ("PARIS"), for "Embtel 8993"
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class HeaderReader:
    """The header as read so far: the zone it lies in, where each field found ends (`ends`), where the fields
    after the address lines are looked for (`fields_from`), the fields and the warnings."""

    text: str
    hints: HeaderHints
    zone_end: int
    zone: str  # the part of the text the header can lie in: text[:zone_end]
    warnings: list[str]
    ends: list[int] = field(default_factory=list)
    sender_line: re.Match[str] | None = None  # the FM line
    fields_from: int = 0
    date: str | None = None
    precedence: str | None = None
    sender: str | None = None
    recipients: list[CableRecipient] = field(default_factory=list)
    classification: str | None = None
    serial_origin: tuple[str, str] | None = None  # ("BRASILIA", "000093") from the serial line
    reference_id: str | None = None
    declassification: str | None = None
    tags_subject: tuple[str, ...] = ()
    tags_country: tuple[str, ...] = ()
    subject: str | None = None
    references: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, text: str, hints: HeaderHints) -> HeaderReader:
        """A reader of the cleaned `text`, with nothing read yet."""
        text = clean_source(text)
        zone_end = header_zone_end(text)
        return cls(text, hints, zone_end, text[:zone_end], list(hints.warnings), reference_id=hints.reference_id)

    def after_addresses(self, find: Callable[[str], tuple[T, int]]) -> tuple[T, int]:
        """`find` on the zone after the address lines (its end made an offset of the zone); on the whole zone
        when it finds nothing there (a database print-out wrapper before the telegram is read only then)."""
        zone = self.zone
        value, end = find(zone[self.fields_from :])
        if end >= 0:
            return value, end + self.fields_from
        if self.fields_from:
            value, end = find(zone)
        return value, end

    def body_start(self) -> int:
        """Where the body starts: after the last header field found (within the zone), past white space."""
        header_end = max(self.ends) if self.ends else 0
        if header_end > self.zone_end:
            header_end = self.zone_end
        body_start = header_end
        while body_start < len(self.text) and self.text[body_start].isspace():
            body_start += 1
        return body_start


def read_date_time_group(h: HeaderReader) -> None:
    """The DTG line: the date and the precedence (else the created date from outside, with a warning)."""
    zone = h.zone
    for dtg in re.finditer(r"^[ \t]*(?:[ZOPR](?:[ \t]+[ZOPR])?[ \t]+)?\d{6}Z\b.*$", zone, re.MULTILINE):
        h.date, h.precedence = parse_date_time_group(dtg.group(0), h.hints.created)
        if h.date:
            h.ends.append(dtg.end())
            break
    if h.date is None:
        if h.hints.created_iso:
            h.date = h.hints.created_iso
            h.warnings.append("date: no date-time group; used the created date")
        elif any(m for m in re.finditer(r"^\s*(?:[ZOPR]\s+)?\d{6}Z", zone, re.MULTILINE)):
            h.warnings.append("date: date-time group could not be resolved")


def read_sender(h: HeaderReader) -> None:
    """The FM line (routing indicator dropped), else the origin from outside, with a warning."""
    fm = re.search(r"^[ \t]*FM[ \t]+(\S.*)$", h.zone, re.MULTILINE)
    h.sender_line = fm
    if fm:
        h.sender = " ".join(re.sub(r"^[A-Z0-9]{4,8}/", "", fm.group(1).strip()).split()) or None
        h.ends.append(fm.end())
    if h.sender is None and h.hints.origin:
        h.sender = h.hints.origin
        h.warnings.append("sender: no FM line; used the origin")


def read_addresses(h: HeaderReader) -> None:
    """The TO and INFO blocks after the FM line; the fields after them are looked for from their end."""
    # TO and INFO follow the FM line. An INFO line made of office codes ("INFO LOG-00 ADS-00 ...") is the
    # Department's internal distribution of a received copy, not an address list: the real one comes later.
    zone, fm = h.zone, h.sender_line
    address_from = fm.start() if fm else 0
    address_end = -1
    for keyword, role in (("TO", "action"), ("INFO", "info")):
        block = _address_block(zone, keyword, address_from)
        if block is None:
            continue
        lines, end = block_lines(zone, block)
        for line in lines:
            r = parse_recipient(line, role)
            if r:
                h.recipients.append(r)
        end = end - 1 if end > 0 and zone[end - 1 : end] == "\n" else end
        h.ends.append(end)
        address_end = max(address_end, end)
    if fm is not None:
        address_end = max(address_end, fm.end())
    # TAGS, SUBJECT and REF follow the address lines; a database print-out wrapper before the telegram
    # ("TAGS: ...", "Ref: None") is read only when the telegram itself has none.
    h.fields_from = address_end if address_end > 0 else 0


def _address_block(zone: str, keyword: str, address_from: int) -> int | None:
    """Where the first `keyword` (TO, INFO) block after `address_from` that is no office-distribution line starts."""
    for km in re.finditer(rf"^[ \t]*{keyword}[ \t]+(?=\S)", zone[address_from:], re.MULTILINE):
        start = address_from + km.end()
        first_line = zone[start : zone.find("\n", start) if "\n" in zone[start:] else len(zone)]
        if not is_office_block_line(first_line):
            return start
    return None


def read_classification(h: HeaderReader) -> None:
    """The classification line and the serial after it (or on a line of its own), checked against the
    classification from outside."""
    zone = h.zone
    for line_m in re.finditer(r"^.*$", zone, re.MULTILINE):
        line = line_m.group(0)
        cm = SPACED_CLASS.match(line) or WORD_CLASS.match(line)
        if not cm:
            continue
        word = cm.group(1) + (cm.group(2) if cm.lastindex and cm.lastindex >= 2 and cm.group(2) else "")
        norm = classification_level(word)
        if norm and norm.upper() in CLASSIFICATION_WORDS:
            h.classification = norm
            h.ends.append(line_m.start() + cm.end())
            sm = SERIAL.match(line[cm.end() :])
            if sm:
                h.serial_origin = (sm.group(1), sm.group(2))
                h.ends.append(line_m.start() + cm.end() + sm.end())
            break
    if h.serial_origin is None:
        _read_serial_line(h)
    # The classification is the level; caveats and handling ("//NOFORN", "//For Official Use Only") are not.
    meta_class = classification_level(h.hints.classification)
    if meta_class:
        if h.classification is None:
            h.classification = meta_class
        elif h.classification != meta_class:
            h.warnings.append(f"classification: text says {h.classification}, metadata says {meta_class}")


def _read_serial_line(h: HeaderReader) -> None:
    """A serial on a line of its own, naming the sender."""
    # an unclassified FRUS telegram gives its serial on a line of its own ("STATE 157672 TOSEC 050126")
    sender = h.sender
    for line_m in re.finditer(r"^.*$", h.zone, re.MULTILINE):
        sm = SERIAL.match(line_m.group(0))
        if sm and sender and (sm.group(1) in sender.upper() or (sm.group(1) == "STATE" and "SECSTATE" in sender)):
            h.serial_origin = (sm.group(1), sm.group(2))
            h.ends.append(line_m.end())
            break


def derive_reference_id(h: HeaderReader) -> None:
    """The Cablegate id from the serial and the date, when none is known from outside: '08BRASILIA93'."""
    if h.reference_id is None and h.serial_origin and h.date:
        h.reference_id = f"{h.date[2:4]}{h.serial_origin[0].replace(' ', '')}{int(h.serial_origin[1])}"


def read_declassification(h: HeaderReader) -> None:
    """The E.O. line."""
    zone = h.zone
    m = EO_LINE.search(zone, h.fields_from) or EO_LINE.search(zone)
    if m:
        h.declassification = " ".join(f"E.O. {m.group(1)}: {m.group(2)}".split()).rstrip(" :")
        h.ends.append(m.end())


def read_tags(h: HeaderReader) -> None:
    """The TAGS line (and its continuation lines)."""

    def find(zone: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], int]:
        subject_tags, country_tags, end = find_tags(zone)
        return (subject_tags, country_tags), end

    (h.tags_subject, h.tags_country), tag_end = h.after_addresses(find)
    if tag_end >= 0:
        h.ends.append(tag_end)


def read_subject(h: HeaderReader) -> None:
    """The SUBJECT line, else the title from outside, with a warning."""
    h.subject, subject_end = h.after_addresses(find_subject)
    if subject_end >= 0:
        h.ends.append(subject_end)
    if h.subject is None and h.hints.subject:
        h.subject = h.hints.subject
        h.warnings.append("subject: no SUBJECT line; used the page title")


def read_references(h: HeaderReader) -> None:
    """The REF items, made ids with the year and own post the header gives."""
    reference_id, date_iso = h.reference_id, h.date
    default_year = (reference_id[:2] if reference_id and reference_id[:2].isdigit() else None) or (
        date_iso[2:4] if date_iso else None
    )
    context = ReferenceContext(
        year=default_year,
        own_post=h.hints.own_post or own_series_post(h.serial_origin, h.sender, h.recipients),
        serial_post=h.serial_origin[0] if h.serial_origin else None,
    )
    h.references, ref_end = h.after_addresses(lambda zone: find_references(zone, context))
    if ref_end >= 0:
        h.ends.append(ref_end)


def read_classified_by(h: HeaderReader) -> None:
    """The 'Classified By' paragraph, which the header runs to."""
    zone = h.zone
    m = CLASSIFIED_BY.search(zone)
    if m:
        para_end = re.search(r"\n[ \t]*\n", zone[m.end() :])
        h.ends.append(m.end() + para_end.start() if para_end else len(zone))


#: The field readers in the order they run: each may use the positions and fields the earlier ones found.
FIELD_READERS: tuple[Callable[[HeaderReader], None], ...] = (
    read_date_time_group,
    read_sender,
    read_addresses,
    read_classification,
    derive_reference_id,
    read_declassification,
    read_tags,
    read_subject,
    read_references,
    read_classified_by,
)


def parse_telegram_text(text: str, fmt: str, hints: HeaderHints | None = None) -> CableRecord:
    """Read the header fields, body and paragraphs of a telegram in `text` (already decoded)."""
    h = HeaderReader.start(text, hints or HeaderHints())
    for read in FIELD_READERS:
        read(h)
    body = h.text[h.body_start() :].rstrip()
    return CableRecord(
        format=fmt,
        reference_id=h.reference_id,
        date=h.date,
        sender=h.sender,
        recipients=tuple(h.recipients),
        classification=h.classification,
        declassification=h.declassification,
        precedence=h.precedence,
        tags_subject=h.tags_subject,
        tags_country=h.tags_country,
        subject=h.subject,
        references=tuple(h.references),
        signed_by=find_signature(body),
        body=body,
        paragraphs=find_paragraphs(body),
        warnings=tuple(h.warnings),
    )
