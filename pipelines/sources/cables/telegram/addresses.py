"""The address lines: FM (the sender), the TO and INFO blocks (the recipients, with their precedence), the
Department's office-distribution blocks that are no addresses, and the post a telegram's own series names."""

from __future__ import annotations

import re

from pipelines.model import CableRecipient

from ..dtg import DTG_RE
from .layout import LINE_KEYWORD
from .markings import PRECEDENCES

#: The Department's own office-distribution block of a received copy ("ACTION AF-00", "INFO LOG-00 ADS-00 ...
#: /037 W"), and the transmission stamp under it ("------------------352654  200910Z /23"): no addressees.
_OFFICE_CODE = re.compile(r"[A-Z][A-Z0-9]{0,6}-\d{2}|/\d{3}W?|W")


_STAMP_LINE = re.compile(r"^[ \t]*-{6,}[ \t]*[0-9A-F]*[ \t]+\d{6}Z[ \t]*/\d+[ \t]*$")


#: Lines that end an address block: the next address keyword, posts excluded from transmission (XMT), a stamp.
_ADDRESS_STOP = re.compile(r"^[ \t]*(?:FM|TO|INFO|XMT|ACTION|ORIGIN)[ \t]+\S")


_POST_PREFIX = re.compile(r"^(?:AMEMBASSY|AMEMB|AMCONSUL|AMCONGEN|USMISSION|USDEL|AMERICAN EMBASSY)\s+")


def _post_name(address: str) -> str | None:
    """'AMEMBASSY NEW DELHI' -> 'NEW DELHI' (the post as telegram ids name it), else None."""
    text = " ".join(address.upper().split())
    if not _POST_PREFIX.match(text):
        return None
    words = []
    for word in _POST_PREFIX.sub("", text).split():
        if not re.fullmatch(r"[A-Z][A-Z'-]*", word) or word in {p for pr in PRECEDENCES for p in pr.split()}:
            break
        words.append(word)
    return " ".join(words) or None


def own_series_post(
    serial_origin: tuple[str, str] | None, sender: str | None, recipients: list[CableRecipient]
) -> str | None:
    """The post whose series 'Embtel' means: the sender's, or the addressee's when the Department writes."""
    if serial_origin and serial_origin[0] not in ("STATE", "SECSTATE", "SECTION"):
        return serial_origin[0]
    if sender and "SECSTATE" not in sender.upper() and _post_name(sender):
        return _post_name(sender)
    action = [r.name for r in recipients if r.role == "action"]
    if (serial_origin or (sender and "SECSTATE" in sender.upper())) and len(action) == 1:
        return _post_name(action[0])
    return None


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


def is_office_block_line(line: str) -> bool:
    """True for a line of the Department's office-distribution block ('INFO  LOG-00   ADS-00 ...', '/037 W')."""
    tokens = line.split()
    if tokens and tokens[0].upper() in ("ACTION", "INFO", "ORIGIN"):
        tokens = tokens[1:]
    return bool(tokens) and all(_OFFICE_CODE.fullmatch(t) for t in tokens) and tokens != ["W"]


def block_lines(text: str, start: int) -> tuple[list[str], int]:
    """Address lines from `start` until a blank line, a header keyword, the next address keyword (FM, TO,
    INFO, XMT...), a DTG, an office-distribution or transmission-stamp line; returns (lines, end offset)."""
    lines, pos = [], start
    first = True
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if not first and (
            not line.strip()
            or LINE_KEYWORD.match(line)
            or _ADDRESS_STOP.match(line)
            or DTG_RE.match(line.strip())
            or _STAMP_LINE.match(line)
            or is_office_block_line(line)
        ):
            break
        lines.append(line)
        first = False
        pos = end + 1
        if nl < 0:
            break
    return lines, min(pos, len(text))
