"""The US telegram grammar shared by Cablegate/PlusD text, Cablegate pages and FRUS telegrams.

A telegram reads: routing lines, the DTG line ("O 151856Z JAN 08"), "FM ...", "TO ..." and "INFO ..." blocks,
a classification/serial line ("C O N F I D E N T I A L BRASILIA 000093"), then "E.O. ...", "TAGS: ...",
"SUBJECT: ...", "REF: ...", "Classified By: ...", numbered paragraphs and a signature. Real cables bend every
rule (lines run together, fields missing, typos), so each field is found on its own and the body starts after
the last header field that was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.model import CableRecipient, CableRecord, Paragraph

from .dtg import DTG_RE, parse_date_time_group
from .textio import bound_whitespace

PRECEDENCES = ("NIACT IMMEDIATE", "FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE")
CLASSIFICATION_WORDS = (
    "TOP SECRET",
    "SECRET",
    "CONFIDENTIAL",
    "LIMITED OFFICIAL USE",
    "UNCLASSIFIED",
    "UNCLAS",
    "SENSITIVE BUT UNCLASSIFIED",
)
_COLLAPSED = {w.replace(" ", ""): w for w in CLASSIFICATION_WORDS}

_LINE_KEYWORD = re.compile(
    r"^\s*(?:INFO\b|BT\b|E\.?\s?O\.?\s*\d|TAGS\b|SUBJ|REF|C O N|S E C|U N C|UNCLAS|CONFIDENTIAL\b|SECRET\b|"
    r"LIMITED OFFICIAL|SENSITIVE\b|SIPDIS|NOFORN|CLASSIFIED\b|DEPT\b|DEPARTMENT\b|PASS\b|FOR\s|EXDIS|NODIS)",
    re.IGNORECASE,
)
_SPACED_CLASS = re.compile(r"^\s*((?:[A-Z] ){3,}[A-Z])(?=\s|$)")
_WORD_CLASS = re.compile(
    r"^\s*(TOP SECRET|SECRET|CONFIDENTIAL|LIMITED OFFICIAL USE|UNCLASSIFIED|UNCLAS)(//[A-Z/ ]+?)?(?=\s|$)"
)
_SERIAL = re.compile(r"^\s*(?:SECTION\s+\d+\s+OF\s+\d+\s+)?([A-Z][A-Z]+(?: [A-Z]{2,})?)\s+0*(\d{1,6})(?=\s|$)")
_EO = re.compile(r"\bE\.?\s?O\.?\s*(\d{5})\s*:?\s*([^\n]*?)(?=\s+TAGS?\b|\s*\n|\s*$)", re.IGNORECASE)
_TAGS = re.compile(r"(?:^|\s)TAGS?\b\s*:?[ \t]*", re.IGNORECASE | re.MULTILINE)
_SUBJECT = re.compile(r"(?:^|\s)SUBJ(?:ECT)?\b\s*:[ \t]*|^\s*SUBJECT\s+(?=\S)", re.IGNORECASE | re.MULTILINE)
_SUBJECT_STOP = re.compile(
    r"\s+(?:REF(?:S|TEL|TELS)?\s*[:(]|REF\s+[A-Z]\.|Ref\(s\)|REFTELS?\b|Classified\s+By\b|CLASSIFIED\s+BY\b)"
)
_REF = re.compile(r"^\s*(?:REF(?:S|TEL|TELS)?|Ref(?:s|tel|tels)?)\b\s*(?:\(s\))?\s*:?\s*", re.MULTILINE)
_REF_INLINE = re.compile(r"\s(?:REF(?:S|TEL|TELS)?|Refs?|Ref\(s\)|Reftels?)\s*:\s*")
_REF_LABEL_LINE = re.compile(r"^\s*\(?[A-Z]\)?[.)]\s")
_REF_ITEM_SPLIT = re.compile(r"(?:^|[\s;,])\(?[A-Z]\)?[.)](?=\s)")
_REF_ITEM = re.compile(r"^\s*(?:(\d{4}|\d{2})\s+)?([A-Z][A-Z]+(?:\s[A-Z]{2,}){0,3})\s+0*(\d{1,6})\b")
_CLASSIFIED_BY = re.compile(r"^\s*(?:\(U\)\s*)?Classified\s+by\b", re.IGNORECASE | re.MULTILINE)
_PARA = re.compile(r"^[ \t]*(\d{1,3})\.[ \t]*(?:\(([A-Z][A-Z/ ,]{0,30})\))?", re.MULTILINE)
_SIGNATURE = re.compile(r"(?:^|[.!?)\"']\s+|\n)([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)[ \t.]*$")
_NOT_SIGNATURES = {"END", "BT", "NNNN", "SIPDIS", "NOFORN", "UNQUOTE", "QUOTE", "COMMENT", "SUMMARY", "ENDS"}


@dataclass
class HeaderHints:
    """Facts known from outside the telegram text (a page's metadata table, a TEI source note)."""

    reference_id: str | None = None
    created: date | None = None
    created_iso: str | None = None
    classification: str | None = None
    origin: str | None = None
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)


def normalise_classification(text: str | None) -> str | None:
    """'C O N F I D E N T I A L' / 'CONFIDENTIAL//NOFORN' / 'UNCLAS' -> 'Confidential' / 'Confidential//Noforn'."""
    if not text:
        return None
    t = " ".join(text.split())
    if re.fullmatch(r"(?:[A-Za-z] )+[A-Za-z]", t):
        t = t.replace(" ", "")
    t = t.upper()
    t = _COLLAPSED.get(t, t)  # "T O P S E C R E T" -> "TOPSECRET" -> "TOP SECRET"
    if t == "UNCLAS" or t.startswith("UNCLAS "):
        t = "UNCLASSIFIED"
    return t.title()


def normalise_reference(item: str, default_year: str | None) -> str | None:
    """'07 STATE 12345' -> '07STATE12345'; 'BERN 860' (year from the citing cable) -> '07BERN860'."""
    m = _REF_ITEM.match(item.upper())
    if not m:
        return None
    year, origin, number = m.group(1), m.group(2), m.group(3)
    if year is None:
        year = default_year
    elif len(year) == 4:
        year = year[2:]
    if year is None:
        return None
    return f"{year}{origin.replace(' ', '')}{int(number)}"


def parse_recipient(line: str, role: str) -> CableRecipient | None:
    """'RUEHC/SECSTATE WASHDC IMMEDIATE 4460' -> CableRecipient('SECSTATE WASHDC', role, 'IMMEDIATE')."""
    text = " ".join(line.split())
    text = re.sub(r"^[A-Z0-9]{4,8}/", "", text)  # routing indicator (RUEHC/)
    text = re.sub(r"\s+\d{3,5}$", "", text)  # message serial for that addressee
    precedence = None
    for p in PRECEDENCES:
        if text.upper().endswith(" " + p) or text.upper() == p:
            precedence = p
            text = text[: -len(p)].strip()
            break
    text = text.strip(" ,;")
    if not text or len(text) > 120:
        return None
    return CableRecipient(name=text, role=role, precedence=precedence)


def _block_lines(text: str, start: int) -> tuple[list[str], int]:
    """Lines from `start` until a blank line or a header keyword; returns (lines, end offset)."""
    lines, pos = [], start
    first = True
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if not first and (not line.strip() or _LINE_KEYWORD.match(line) or DTG_RE.match(line.strip())):
            break
        lines.append(line)
        first = False
        pos = end + 1
        if nl < 0:
            break
    return lines, min(pos, len(text))


def _header_zone_end(text: str) -> int:
    """The header cannot run past the first numbered paragraph (or 8000 characters without one)."""
    m = re.search(r"^[ \t]*1\.[ \t]*(?:\([A-Z/ ]{1,20}\)|[A-Z])", text, re.MULTILINE)
    return m.start() if m else min(len(text), 8000)


def _clean_source(text: str) -> str:
    text = bound_whitespace(text).replace("\u00a0", " ").replace("¶", "")
    text = re.sub(r"[ \t]*\\[ \t]*\n", "\n", text)  # CSV dumps escape every line end with a backslash
    return re.sub(r"[ \t]*\\[ \t]*$", "", text)


def _find_subject(zone: str) -> tuple[str | None, int]:
    m = _SUBJECT.search(zone)
    if not m:
        return None, -1
    pos = m.end()
    nl = zone.find("\n", pos)
    first = zone[pos : nl if nl >= 0 else len(zone)]
    line_start = zone.rfind("\n", 0, m.start()) + 1
    full_first_len = len(zone[line_start : nl if nl >= 0 else len(zone)].rstrip())
    parts, end = [first], (nl if nl >= 0 else len(zone))
    # Telegrams wrap at ~69 columns: a long first line continues on the next one; a short one does not
    # ("SUBJECT: RESULTS OF THE WORLD FOOD COUNCIL" is followed by an addressing line, not more subject).
    while nl >= 0 and full_first_len >= 45 and not _SUBJECT_STOP.search(" " + " ".join(parts)):
        nxt_end = zone.find("\n", nl + 1)
        nxt = zone[nl + 1 : nxt_end if nxt_end >= 0 else len(zone)]
        if (
            not nxt.strip()
            or _LINE_KEYWORD.match(nxt)
            or _PARA.match(nxt)
            or re.match(r"^\s*[A-Z ]+\s+0{2,}\d+\s+\d{3}", nxt)  # page marker "BERN 00000881 002 OF 002"
            or len(parts) >= 4
        ):
            break
        parts.append(nxt)
        end = nxt_end if nxt_end >= 0 else len(zone)
        full_first_len = len(nxt.rstrip())
        nl = nxt_end
    subject = " ".join(" ".join(parts).split())
    stop = _SUBJECT_STOP.search(" " + subject)
    if stop:
        cut = stop.start()
        subject = subject[: max(cut - 1, 0)].strip()
        # the header continues with the REF/Classified By that follows, so end the subject there
        end = m.end() + zone[m.end() :].find(subject.split()[-1]) + len(subject.split()[-1]) if subject else end
    subject = re.sub(r"^\((?:U|C|S|SBU|TS)\)\s*", "", subject).strip(" -")
    return (subject or None), end


def _find_references(zone: str, default_year: str | None) -> tuple[list[str], int]:
    m = _REF.search(zone) or _REF_INLINE.search(zone)
    if not m:
        return [], -1
    pos, end = m.start(), m.end()
    block = []
    # the REF block runs to a blank line, unless the next line is another lettered item ("B. BERN 860")
    lines = zone[m.end() :].split("\n")
    offset = m.end()
    seen_text = False
    for i, line in enumerate(lines):
        if not line.strip():
            nxt = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
            if seen_text and not _REF_LABEL_LINE.match(nxt):
                break
            offset += len(line) + 1
            continue
        if seen_text and (_CLASSIFIED_BY.match(line) or _PARA.match(line) or _LINE_KEYWORD.match(line)):
            if not _REF_LABEL_LINE.match(line):
                break
        block.append(line)
        seen_text = True
        offset += len(line) + 1
        end = offset - 1
    text = " ".join(" ".join(block).split())
    text = re.split(r"\s(?:Classified\s+By|CLASSIFIED\s+BY)\b", text)[0]
    refs: list[str] = []
    items = _REF_ITEM_SPLIT.split(" " + text) if _REF_ITEM_SPLIT.search(" " + text) else re.split(r"[;,]", text)
    for item in items:
        rid = normalise_reference(item, default_year)
        if rid and rid not in refs:
            refs.append(rid)
    return refs, max(end, pos)


def _split_tags(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = re.sub(r"\([^)]*\)", " ", raw)  # "OVIP (CLINTON, HILLARY)": the person is not a tag
    subject_tags: list[str] = []
    country_tags: list[str] = []
    for tok in re.split(r"[\s,;]+", raw.upper()):
        tok = tok.strip(".:")
        if not re.fullmatch(r"[A-Z][A-Z0-9]{1,11}", tok):
            continue
        target = country_tags if len(tok) == 2 else subject_tags
        if tok not in target:
            target.append(tok)
    return tuple(subject_tags), tuple(country_tags)


def _find_tags(zone: str) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    m = _TAGS.search(zone)
    if not m:
        return (), (), -1
    pos = m.end()
    raw_parts, end = [], pos
    while True:
        nl = zone.find("\n", pos)
        line = zone[pos : nl if nl >= 0 else len(zone)]
        cut = re.search(r"\s(?:SUBJ(?:ECT)?\b\s*:?|E\.?O\.?\s*\d)", " " + line, re.IGNORECASE)
        if cut:
            raw_parts.append(line[: max(cut.start() - 1, 0)])
            end = pos + max(cut.start() - 1, 0)
            break
        raw_parts.append(line)
        end = pos + len(line.rstrip())
        if nl < 0 or not line.rstrip().endswith(",") or len(raw_parts) > 4:
            break
        pos = nl + 1
    subj, country = _split_tags(" ".join(raw_parts))
    return subj, country, end


def find_paragraphs(body: str) -> tuple[Paragraph, ...]:
    starts: list[tuple[int, str, str | None]] = []
    expected = None
    for m in _PARA.finditer(body):
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


def find_signature(body: str) -> str | None:
    """The signer's name at the very end of the body ('... END COMMENT. TEFFT'), if there is one."""
    tail = body.rstrip()[-200:]
    m = _SIGNATURE.search(tail)
    if not m:
        return None
    name = m.group(1).strip()
    if name.split()[0] in _NOT_SIGNATURES or len(name) < 3:
        return None
    return name


def parse_telegram_text(text: str, fmt: str, hints: HeaderHints | None = None) -> CableRecord:
    """Read the header fields, body and paragraphs of a telegram in `text` (already decoded)."""
    hints = hints or HeaderHints()
    warnings = list(hints.warnings)
    text = _clean_source(text)
    zone_end = _header_zone_end(text)
    zone = text[:zone_end]
    ends: list[int] = []

    date_iso, precedence = None, None
    for m in re.finditer(r"^[ \t]*(?:[ZOPR](?:[ \t]+[ZOPR])?[ \t]+)?\d{6}Z\b.*$", zone, re.MULTILINE):
        date_iso, precedence = parse_date_time_group(m.group(0), hints.created)
        if date_iso:
            ends.append(m.end())
            break
    if date_iso is None:
        if hints.created_iso:
            date_iso = hints.created_iso
            warnings.append("date: no date-time group; used the created date")
        elif any(m for m in re.finditer(r"^\s*(?:[ZOPR]\s+)?\d{6}Z", zone, re.MULTILINE)):
            warnings.append("date: date-time group could not be resolved")

    sender = None
    m = re.search(r"^[ \t]*FM[ \t]+(\S.*)$", zone, re.MULTILINE)
    if m:
        sender = " ".join(re.sub(r"^[A-Z0-9]{4,8}/", "", m.group(1).strip()).split()) or None
        ends.append(m.end())
    if sender is None and hints.origin:
        sender = hints.origin
        warnings.append("sender: no FM line; used the origin")

    recipients: list[CableRecipient] = []
    for keyword, role in (("TO", "action"), ("INFO", "info")):
        m = re.search(rf"^[ \t]*{keyword}[ \t]+(?=\S)", zone, re.MULTILINE)
        if not m:
            continue
        lines, end = _block_lines(zone, m.end())
        for line in lines:
            r = parse_recipient(line, role)
            if r:
                recipients.append(r)
        ends.append(end - 1 if end > 0 and zone[end - 1 : end] == "\n" else end)

    classification, reference_id = None, hints.reference_id
    serial_origin = None
    for line_m in re.finditer(r"^.*$", zone, re.MULTILINE):
        line = line_m.group(0)
        cm = _SPACED_CLASS.match(line) or _WORD_CLASS.match(line)
        if not cm:
            continue
        word = cm.group(1) + (cm.group(2) if cm.lastindex and cm.lastindex >= 2 and cm.group(2) else "")
        norm = normalise_classification(word)
        if norm and norm.split("//")[0].upper() in CLASSIFICATION_WORDS:
            classification = norm
            ends.append(line_m.start() + cm.end())
            sm = _SERIAL.match(line[cm.end() :])
            if sm:
                serial_origin = (sm.group(1), sm.group(2))
                ends.append(line_m.start() + cm.end() + sm.end())
            break
    if serial_origin is None:
        # an unclassified FRUS telegram gives its serial on a line of its own ("STATE 157672 TOSEC 050126")
        for line_m in re.finditer(r"^.*$", zone, re.MULTILINE):
            sm = _SERIAL.match(line_m.group(0))
            if sm and sender and (sm.group(1) in sender.upper() or (sm.group(1) == "STATE" and "SECSTATE" in sender)):
                serial_origin = (sm.group(1), sm.group(2))
                ends.append(line_m.end())
                break
    meta_class = normalise_classification(hints.classification)
    if meta_class:
        # The metadata may carry the caveats the text line lacks ("Unclassified//For Official Use Only").
        if classification is None or meta_class.startswith(classification):
            classification = meta_class
        elif classification.split("//")[0] != meta_class.split("//")[0]:
            warnings.append(f"classification: text says {classification}, metadata says {meta_class}")

    if reference_id is None and serial_origin and date_iso:
        reference_id = f"{date_iso[2:4]}{serial_origin[0].replace(' ', '')}{int(serial_origin[1])}"

    declassification = None
    m = _EO.search(zone)
    if m:
        declassification = " ".join(f"E.O. {m.group(1)}: {m.group(2)}".split()).rstrip(" :")
        ends.append(m.end())

    tags_subject, tags_country, tag_end = _find_tags(zone)
    if tag_end >= 0:
        ends.append(tag_end)

    subject, subject_end = _find_subject(zone)
    if subject_end >= 0:
        ends.append(subject_end)
    if subject is None and hints.subject:
        subject = hints.subject
        warnings.append("subject: no SUBJECT line; used the page title")

    default_year = (reference_id[:2] if reference_id and reference_id[:2].isdigit() else None) or (
        date_iso[2:4] if date_iso else None
    )
    references, ref_end = _find_references(zone, default_year)
    if ref_end >= 0:
        ends.append(ref_end)

    m = _CLASSIFIED_BY.search(zone)
    if m:
        para_end = re.search(r"\n[ \t]*\n", zone[m.end() :])
        ends.append(m.end() + para_end.start() if para_end else len(zone))

    header_end = max(ends) if ends else 0
    if header_end > zone_end:
        header_end = zone_end
    body_start = header_end
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    body = text[body_start:].rstrip()
    paragraphs = find_paragraphs(body)
    return CableRecord(
        format=fmt,
        reference_id=reference_id,
        date=date_iso,
        sender=sender,
        recipients=tuple(recipients),
        classification=classification,
        declassification=declassification,
        precedence=precedence,
        tags_subject=tags_subject,
        tags_country=tags_country,
        subject=subject,
        references=tuple(references),
        signed_by=find_signature(body),
        body=body,
        paragraphs=paragraphs,
        warnings=tuple(warnings),
    )
