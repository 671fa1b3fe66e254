"""One entry point for any cable file: sniff the format, parse, or raise CableParseError with a reason."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.model import CableRecord

from .cablegate import parse_cablegate_html, parse_cablegate_text
from .dfat import parse_dfat_markdown
from .errors import CableParseError
from .frus import parse_frus_tei
from .textio import decode_cable_bytes

Parser = Callable[[bytes], CableRecord]

#: Parsers by format name, for callers that know the format (and for tests that exercise each one).
PARSERS: dict[str, Parser] = {
    "cablegate-text": parse_cablegate_text,
    "cablegate-html": parse_cablegate_html,
    "frus-tei": parse_frus_tei,
    "dfat-md": parse_dfat_markdown,
}


def sniff_format(data: bytes, filename: str | None = None) -> str:
    """The format name of `data` (a key of PARSERS), or CableParseError when it is none of them."""
    text = decode_cable_bytes(data)  # refuses empty, oversized and binary input with its own reason
    head = text[:4096].lstrip("\ufeff \t\n")
    lower_head = head.lower()
    if head.startswith("<"):
        if "tei-c.org/ns" in text[:20000] or re.search(r"<TEI[\s>]", text[:20000]):
            return "frus-tei"
        if "<html" in lower_head or "<!doctype html" in lower_head or "<pre" in text[:200000].lower():
            return "cablegate-html"
        if head.startswith("<?xml") or head.startswith("<!"):
            # Unknown XML: hand it to the TEI reader, which refuses DTDs/entities and names the root element.
            return "frus-tei"
        raise CableParseError("markup that is neither a TEI telegram nor a cable page")
    if head.startswith("---"):
        return "dfat-md"
    if filename and filename.lower().endswith((".xml", ".tei")):
        return "frus-tei"
    return "cablegate-text"


def parse_cable(data: bytes, filename: str | None = None) -> CableRecord:
    """Parse a cable file of any supported format.

    Raises CableParseError(reason) for anything that is not a readable cable: empty, binary, truncated,
    hostile XML (DTDs, entities, external references), or text without a cable header. Any other failure
    inside a parser is a bug, but is still turned into CableParseError so one file never stops a run.
    """
    fmt = sniff_format(data, filename)
    try:
        return PARSERS[fmt](data)
    except CableParseError:
        raise
    except RecursionError as exc:
        raise CableParseError(f"{fmt}: nesting too deep to parse") from exc
    except Exception as exc:  # noqa: BLE001 - the run quarantines instead of crashing; the type names the bug
        raise CableParseError(f"{fmt}: parser failed ({type(exc).__name__}: {exc})") from exc
