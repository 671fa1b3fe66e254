"""Parse untrusted XML without ever expanding entities, reading a DTD or touching the network.

defusedxml refuses any DTD, entity declaration or external reference (XXE, billion laughs, quadratic blow-up)
before expat expands anything; each refusal becomes a CableParseError so the file is quarantined.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers.expat import ExpatError

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from .errors import CableParseError


def parse_untrusted_xml(data: bytes) -> ET.Element:
    """The root element of `data`, or CableParseError naming why the XML was refused or unreadable."""
    try:
        return DET.fromstring(bytes(data), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        kind = type(exc).__name__
        if kind == "DTDForbidden":
            raise CableParseError("hostile XML refused: document type declaration (DTD) not allowed") from exc
        if kind == "EntitiesForbidden":
            raise CableParseError("hostile XML refused: entity declaration (XXE or entity expansion)") from exc
        if kind == "ExternalReferenceForbidden":
            raise CableParseError("hostile XML refused: external reference") from exc
        raise CableParseError(f"hostile XML refused: {kind}") from exc
    except (ET.ParseError, ExpatError) as exc:
        raise CableParseError(f"malformed or truncated XML: {exc}") from exc
    except (LookupError, UnicodeError) as exc:
        raise CableParseError(f"XML declares an unknown or wrong encoding: {exc}") from exc
    except (ValueError, RecursionError) as exc:
        raise CableParseError(f"unreadable XML: {type(exc).__name__}") from exc
