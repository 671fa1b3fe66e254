"""Bytes to text for cable files: refuse binary junk, accept UTF-8 (with or without BOM) and legacy 8-bit text."""

from __future__ import annotations

import re

from .errors import CableParseError

#: Files larger than this are not cables (the longest telegrams are a few hundred kB); refuse before parsing.
MAX_CABLE_BYTES = 20 * 1024 * 1024


def decode_cable_bytes(data: bytes) -> str:
    """Decode `data` as text, or raise CableParseError for empty, oversized or binary input.

    UTF-8 first (a BOM is dropped); otherwise cp1252, the usual encoding of mis-declared Western text, with
    undefined bytes replaced. Newlines are normalised to "\\n".
    """
    if not isinstance(data, bytes | bytearray):
        raise CableParseError(f"expected bytes, got {type(data).__name__}")
    if not data.strip():
        raise CableParseError("empty file")
    if len(data) > MAX_CABLE_BYTES:
        raise CableParseError(f"file too large for a cable ({len(data)} bytes > {MAX_CABLE_BYTES})")
    sample = bytes(data[:65536])
    if b"\x00" in sample:
        raise CableParseError("binary data (NUL bytes), not a cable")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(8, len(sample) // 50):
        raise CableParseError("binary data (control bytes), not a cable")
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        text = bytes(data).decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_LONG_BLANK = re.compile(r"[ \t\f\v]{64,}")
_LONG_WHITESPACE = re.compile(r"\s{64,}")


def bound_whitespace(text: str) -> str:
    """Shorten runs of 64+ whitespace characters (to a space, or a blank line when they span lines).

    No cable needs such runs, and they are what turns innocent-looking patterns (`\\s+X`) quadratic on
    hostile input; bounding them keeps every parser linear in the size of the file.
    """
    text = _LONG_BLANK.sub(" ", text)
    return _LONG_WHITESPACE.sub(lambda m: "\n\n" if "\n" in m.group(0) else " ", text)
