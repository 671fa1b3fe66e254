"""Cablegrams in Markdown with YAML front matter, read through a declared mapping (formats/<name>.yaml).

The mapping says which front-matter keys give the title and date, which line patterns are the dateline, the
number/classification/precedence line, the subject and the end of the text. `parse_dfat_markdown` applies
`formats/dfat.yaml` (Documents on Australian Foreign Policy); another Markdown cable format needs only a new
mapping file and `parse_markdown_cable(data, load_format("name"))`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pipelines.model import CableRecipient, CableRecord

from .dtg import parse_written_date
from .errors import CableParseError
from .telegram import find_paragraphs
from .textio import bound_whitespace, decode_cable_bytes

FORMATS_DIR = Path(__file__).resolve().parent / "formats"
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<fm>.*?)\n---[ \t]*\n", re.DOTALL)
_MAX_FRONT_MATTER = 64 * 1024


@dataclass(frozen=True)
class MarkdownCableFormat:
    """A compiled mapping file."""

    name: str
    spec: dict[str, Any]

    def rx(self, pattern: str) -> re.Pattern[str]:
        return _compile(pattern)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@cache
def load_format(name: str) -> MarkdownCableFormat:
    """Load `formats/<name>.yaml` (cached)."""
    path = FORMATS_DIR / f"{name}.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    for pattern in _all_patterns(spec):
        _compile(pattern)  # a broken mapping fails here, at load, not on the first cable
    return MarkdownCableFormat(name=spec.get("format", name), spec=spec)


def _all_patterns(spec: dict[str, Any]) -> list[str]:
    pats = [spec["title"]["pattern"], spec["place_line"], spec["number_line"], spec["signature"]]
    pats += spec["skip_lines"] + spec["dateline"] + spec["body_end"] + [p for p, _ in spec["body_cleanup"]]
    pats += spec["subject"]["markup"] + spec["subject"]["not_subject"] + [spec["subject"]["reference_line"]]
    return pats


def _read_front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.lstrip("\ufeff").startswith("---"):
        raise CableParseError("not a Markdown cablegram: no YAML front matter")
    m = _FRONT_MATTER.match(text)
    if not m:
        raise CableParseError("truncated cablegram: front matter is not closed by '---'")
    fm = m.group("fm")
    if len(fm) > _MAX_FRONT_MATTER:
        raise CableParseError("front matter too large")
    if re.search(r"(?:^|[\s\[{,:-])\*[A-Za-z0-9_-]+", fm, re.MULTILINE) and re.search(r"&[A-Za-z0-9_-]+", fm):
        raise CableParseError("hostile front matter: YAML anchors and aliases are refused")
    try:
        data = yaml.safe_load(fm)
    except yaml.YAMLError as exc:
        raise CableParseError(f"unreadable front matter: {type(exc).__name__}") from exc
    if not isinstance(data, dict):
        raise CableParseError("front matter is not a mapping of keys to values")
    return data, text[m.end() :]


def _split_title(title: str, fmt: MarkdownCableFormat) -> tuple[str | None, str | None]:
    spec = fmt.spec["title"]
    m = fmt.rx(spec["pattern"]).match(" ".join(title.split()))
    if not m:
        return None, None
    rest = m.group("rest")
    from_rx = fmt.rx(rf"^{re.escape(spec['from_word'])}\s+")
    rest = from_rx.sub("", rest)
    blocked = "|".join(re.escape(w) for w in spec.get("to_not_followed_by", []))
    to_rx = fmt.rx(rf"(?:^|\s+){re.escape(spec['to_word'])}\s+(?!(?:{blocked})\b)" if blocked else r"\s+to\s+")
    tm = to_rx.search(rest)
    if not tm:
        return (rest.strip(" ,;") or None), None
    sender = rest[: tm.start()].strip(" ,;") or None
    recipient = rest[tm.end() :].strip(" ,;") or None
    return sender, recipient


def _words_in(text: str, vocab: list[str]) -> tuple[str | None, str]:
    """Take the longest vocabulary phrase at the start of `text`: (phrase, rest)."""
    for phrase in sorted(vocab, key=len, reverse=True):
        m = re.match(rf"^\s*{re.escape(phrase)}\b[.,]?\s*", text, re.IGNORECASE)
        if m:
            return phrase, text[m.end() :]
    return None, text


def _starts_with_mark(text: str, fmt: MarkdownCableFormat) -> bool:
    vocab = fmt.spec["classifications"] + fmt.spec["precedences"] + fmt.spec["handling_words"]
    return _words_in(text, vocab)[0] is not None


def _read_marks(text: str, fmt: MarkdownCableFormat) -> tuple[str | None, str | None, str]:
    """Classification and precedence words (with handling caveats) at the start of `text`, and the rest."""
    classification = precedence = None
    rest = text
    for _ in range(8):
        c, r = _words_in(rest, fmt.spec["classifications"])
        if c and not classification:
            classification, rest = c, r
            continue
        p, r = _words_in(rest, fmt.spec["precedences"])
        if p and not precedence:
            precedence, rest = p, r
            continue
        h, r = _words_in(rest, fmt.spec["handling_words"])
        if h and (not r.strip(" .") or _starts_with_mark(r, fmt)):
            rest = r
            continue
        break
    return classification, precedence, rest


def _is_subject(line: str, fmt: MarkdownCableFormat) -> str | None:
    spec = fmt.spec["subject"]
    for pattern in spec["markup"]:
        m = fmt.rx(pattern).match(line)
        if m:
            subject = " ".join(m.group("subject").replace("*", "").replace("_", " ").split())
            return subject or None
    plain = line.strip()
    if any(fmt.rx(p).search(plain) for p in spec["not_subject"]):
        return None
    words = len(plain.split())
    if plain.endswith(".") and words > spec["plain_max_words_with_period"]:
        return None
    if words > spec["plain_max_words"] or words == 0:
        return None
    return plain


def _clean(text: str, fmt: MarkdownCableFormat) -> str:
    for pattern, repl in fmt.spec["body_cleanup"]:
        text = fmt.rx(pattern).sub(repl, text)
    return html.unescape(text)  # the conversion left HTML entities ("&mdash;") in the Markdown


def _front_matter_date(value: object) -> str | None:
    """A front-matter date (YAML date, ISO string or written date) as an ISO date, else None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return parse_written_date(value)
    return None


def _compose_reference_id(
    spec: dict[str, Any], number: str | None, date_iso: str | None, place: str | None
) -> str | None:
    if not number:
        return None
    year = date_iso[:4] if date_iso else "0000"
    number = re.sub(r"\s+", "", number)
    if place:
        short = re.sub(r"[^A-Z]", "", place.split(",")[-1].upper())
        if short:
            return spec["reference_id"].format(year=year, place=short, number=number)
    return spec["reference_id_without_place"].format(year=year, number=number)


@dataclass
class _MarkdownHeader:
    """The header lines read so far, and where the body starts once that is known."""

    date_iso: str | None = None
    place: str | None = None
    number: str | None = None
    classification: str | None = None
    precedence: str | None = None
    subject: str | None = None
    body_from: int | None = None

    def add_marks(self, classification: str | None, precedence: str | None) -> None:
        """Keep the first classification and precedence read."""
        self.classification = self.classification or classification
        self.precedence = self.precedence or precedence


def _read_header(md: str, fmt: MarkdownCableFormat) -> _MarkdownHeader:
    """One pass over the first lines in document order, applying the mapping's patterns, until the body starts."""
    h = _MarkdownHeader()
    seen, offset = 0, 0
    for raw in md.split("\n"):
        line = raw.strip()
        if line:
            seen += 1
            if seen > fmt.spec["header_lines"]:
                h.body_from = offset
                break
            if not _read_header_line(h, raw, offset, fmt):
                break
        offset += len(raw) + 1
    if h.body_from is None:
        h.body_from = len(md)
    return h


def _read_header_line(h: _MarkdownHeader, raw: str, offset: int, fmt: MarkdownCableFormat) -> bool:
    """Read one non-blank line (at `offset`) into `h`; False when the body starts (`h.body_from` set)."""
    spec, line = fmt.spec, raw.strip()
    if any(fmt.rx(p).match(line) for p in spec["skip_lines"]):
        return True
    if h.date_iso is None and _read_dateline(h, line, fmt):
        return True
    c, p, rest = _read_marks(line, fmt)
    if (c or p) and not rest.strip(" .*_"):
        h.add_marks(c, p)
        return True
    if h.number is None and h.subject is None:
        nm = fmt.rx(spec["number_line"]).match(line)
        if nm:
            return _read_number_line(h, nm, raw, offset, fmt)
    if h.place is None and fmt.rx(spec["place_line"]).match(line) and h.subject is None:
        h.place = line.title()
        return True
    if fmt.rx(spec["subject"]["reference_line"]).match(line) and len(line.split()) <= 6:
        return True
    if h.subject is None and (h.date_iso or h.number):
        s = _is_subject(raw, fmt)
        if s:
            h.subject = " ".join(_clean(s, fmt).split())
            h.body_from = offset + len(raw)
            return False
    h.body_from = offset
    return False


def _read_dateline(h: _MarkdownHeader, line: str, fmt: MarkdownCableFormat) -> bool:
    """The dateline's date and place, when `line` is one with a readable date."""
    dm = next((m for p in fmt.spec["dateline"] if (m := fmt.rx(p).match(line))), None)
    if dm and parse_written_date(dm.group("date")):
        h.date_iso = parse_written_date(dm.group("date"))
        h.place = (dm.group("place") or "").strip(" ,") or h.place
        return True
    return False


def _read_number_line(h: _MarkdownHeader, nm: re.Match[str], raw: str, offset: int, fmt: MarkdownCableFormat) -> bool:
    """The number line and the marks after the number; False when text follows them (the body starts there)."""
    h.number = nm.group("number").strip()
    c, p, rest = _read_marks(nm.group("rest"), fmt)
    h.add_marks(c, p)
    rest = rest.strip()
    if not rest.strip(" .*_") or fmt.rx(fmt.spec["subject"]["reference_line"]).match(rest):
        return True
    h.body_from = offset + raw.find(rest) if rest in raw else offset
    return False


def _body_text(body: str, fmt: MarkdownCableFormat) -> str:
    """The body up to the mapping's end of text, cleaned, with line ends trimmed and at most one blank line."""
    end_at = len(body)
    bpos = 0
    for line in body.split("\n"):
        if bpos > 0 and any(fmt.rx(p).match(line) for p in fmt.spec["body_end"]):
            end_at = bpos
            break
        bpos += len(line) + 1
    body = body[:end_at]
    body = _clean(body, fmt)
    body = "\n".join(line.rstrip() for line in body.strip().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", body)


def _signature(body: str, fmt: MarkdownCableFormat) -> str | None:
    """The signer named on the body's last line, by the mapping's signature pattern."""
    last = next((ln.strip() for ln in reversed(body.split("\n")) if ln.strip()), "")
    sm = fmt.rx(fmt.spec["signature"]).match(last)
    return sm.group("name") if sm else None


def parse_markdown_cable(data: bytes, fmt: MarkdownCableFormat) -> CableRecord:
    """Parse one Markdown cablegram with the mapping `fmt`. Raises CableParseError when it is not one."""
    text = decode_cable_bytes(data)
    front, md = _read_front_matter(text)
    md = bound_whitespace(md)
    warnings: list[str] = []
    spec = fmt.spec
    title = front.get(spec["front_matter"]["title"])
    title = title if isinstance(title, str) else None
    sender, recipient = _split_title(title, fmt) if title else (None, None)
    h = _read_header(md, fmt)
    body = _body_text(md[h.body_from :], fmt)

    date_iso, subject = h.date_iso, h.subject
    if date_iso is None:
        date_iso = _front_matter_date(front.get(spec["front_matter"]["date"]))
        if date_iso:
            warnings.append("date: no dateline; used the front-matter date")
    if sender is None and h.place:
        sender = h.place
        warnings.append("sender: not in the title; used the dateline place")
    if subject is None and spec["subject"].get("fallback") == "title" and title:
        subject = " ".join(title.split())
        warnings.append("subject: no subject line; used the editors' title")

    reference_id = _compose_reference_id(spec, h.number, date_iso, h.place)
    if date_iso is None and sender is None and subject is None:
        raise CableParseError("no cablegram header could be read (no title, dateline or subject)")
    return CableRecord(
        format=fmt.name,
        reference_id=reference_id,
        date=date_iso,
        sender=sender,
        recipients=(CableRecipient(name=recipient, role="action", precedence=None),) if recipient else (),
        classification=h.classification.title() if h.classification else None,
        precedence=h.precedence.upper() if h.precedence else None,
        subject=subject,
        signed_by=_signature(body, fmt),
        body=body,
        paragraphs=find_paragraphs(body),
        warnings=tuple(warnings),
    )


def parse_dfat_markdown(data: bytes) -> CableRecord:
    """Parse an Australian cablegram (Documents on Australian Foreign Policy Markdown) via formats/dfat.yaml."""
    return parse_markdown_cable(data, load_format("dfat"))
