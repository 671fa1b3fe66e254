"""The signer's name at the end of the body, past end marks, banners and page markers."""

from __future__ import annotations

import re

_SIGNATURE = re.compile(r"(?:^|[.!?)\"']\s+|\n)([A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+)?)[ \t.]*$")


#: A signature alone on the last line, as written: "TEFFT", "VAN VOORST", "Murray", "LeBaron", "Timken jr".
_SIGNATURE_LINE = re.compile(
    r"^[ \t]*((?:Mc|Mac|O'|D')?[A-Z][A-Za-z'\-]*[A-Za-z](?:[ \t]+(?:[A-Z][A-Za-z'\-]*[A-Za-z]|[A-Z]\.)){0,2}"
    r"(?:,?[ \t]+(?:[Jj]r\.?|JR\.?|I{2,3}|IV))?)[ \t]*$"
)


#: In a mixed-case text, upper-case words ending the last line are the signer ("... our position. TUTTLE").
_TRAILING_CAPS = re.compile(r"(?<=[a-z0-9_/:;,.)\]\"'])[ \t]+([A-Z][A-Z'\-]{2,})[ \t]*$")


_NOT_SIGNATURES = {
    "END",
    "BT",
    "NNNN",
    "SIPDIS",
    "NOFORN",
    "UNQUOTE",
    "QUOTE",
    "COMMENT",
    "SUMMARY",
    "ENDS",
    "CONFIDENTIAL",
    "SECRET",
    "UNCLASSIFIED",
    "UNCLAS",
    "LIMITED",
    "SENSITIVE",
    "EXDIS",
    "NODIS",
    "LIMDIS",
    "STADIS",
    "MESSAGE",
    "TEXT",
    "CABLE",
    "BEGIN",
    "PAGE",
    "NOTE",
    "FYI",
    "PARA",
    "REF",
    "REFTEL",
}


#: Lines that may follow the signature: end marks, classification banners, page markers, markup residue.
_TRAILER_LINE = re.compile(
    r"^[ \t]*(?:NNNN|BT|#+|End\s+Cable\s+Text|(?:TOP\s+)?SECRET|CONFIDENTIAL|UNCLASSIFIED|UNCLAS|"
    r"LIMITED\s+OFFICIAL\s+USE(?:\s+ONLY)?|SENSITIVE(?:\s+BUT\s+UNCLASSIFIED)?|NOFORN|SIPDIS|"
    r"(?:[A-Z] ){3,}[A-Z]|PAGE\s+\d+\b.*|[^A-Za-z]*)(?:\s*//\s*[A-Z/ ]+)?(?:\s+[A-Z]{3}\d{3,5})?[ \t]*$"
    # a post's website notice ("Visit Ankara's Classified Web Site at http://...") unless the signature ends
    # it, a bare address, and the database query a Cablegate page printed under some cables
    r"|^(?!.*(?-i:\s[A-Z][A-Z'\-]{2,})[ \t]*$)[ \t]*\"?Visit\b.*\bWeb\s?site\b.*$"
    r"|^[ \t]*\S*(?:https?://|\.gov\b|\.mil\b)\S*[ \t]*$|^[ \t]*SELECT\s.*\bFROM\b.*$",
    re.IGNORECASE,
)


#: Where the cable text ends in a database print-out; what follows ("<name> 07/30/2008 ... From DB/Inbox") is not.
_END_OF_TEXT = re.compile(r"^[ \t]*End\s+Cable\s+Text\b", re.IGNORECASE | re.MULTILINE)


#: Handling words written on the signature line ("MINIMIZE CONSIDERED SHANNON"), and a quoted message's
#: signature before the telegram's own ("CLINTON UNQUOTE CLINTON").
_SIGNATURE_PREFIX = re.compile(r"^(?:.*\b(?:UNQUOTE|END\s+QUOTE)\s+|MINIMIZE\s+CONSIDERED\s+)", re.IGNORECASE)


def _is_name(name: str) -> bool:
    words = name.replace(".", " ").split()
    return bool(words) and words[0].upper() not in _NOT_SIGNATURES and len(name) >= 3


def find_signature(body: str) -> str | None:
    """The signer's name at the very end of the body, if there is one.

    The name is the last line ('MURRAY', 'VAN VOORST', 'Murray', 'LeBaron', 'Timken jr') or ends it after a
    sentence ('... END COMMENT. TEFFT', '... Website: http://... TUTTLE'); end marks (NNNN, 'End Cable Text'),
    classification banners and page markers after it are skipped.
    """
    tail = body.rstrip()[-2000:]
    ends = [m.start() for m in _END_OF_TEXT.finditer(tail)]
    if ends and ends[-1] > 0:
        tail = tail[: ends[-1]].rstrip()
    lines = tail.split("\n")
    for _ in range(12):
        if len(lines) > 1 and _TRAILER_LINE.match(lines[-1]):
            lines.pop()
    last = lines[-1].strip() if lines else ""
    if not last or _TRAILER_LINE.match(last):
        return None
    last = _SIGNATURE_PREFIX.sub("", last)
    m = _SIGNATURE_LINE.match(last)
    if m and (len(lines) > 1 or len(body.strip()) == len(last)):
        words = m.group(1).split()
        if len(words) == 2 and words[0].upper() == words[1].upper():
            words = words[:1]  # "KUBISKE KUBISKE", "SHANNON Shannon": the name written twice
        name = " ".join(words)
        return name if _is_name(name) else None
    m = _SIGNATURE.search(last[-200:])
    if m:
        name = m.group(1).strip()
        return name if _is_name(name) else None
    if re.search(r"[a-z]", last):
        m = _TRAILING_CAPS.search(last[-200:])
        if m and len(m.group(1)) >= 4 and not re.search(r"\b(?:the|of|and|to|in|by|with|for|on)$", last[: m.start()]):
            return m.group(1) if _is_name(m.group(1)) else None
    return None
