"""Diplomatic cable parsers: bytes of a cable file -> `pipelines.model.CableRecord`.

One module per format (`cablegate`, `frus`, `dfat` through a declared mapping in `formats/`), a shared
telegram grammar (`telegram`) and date-time-group reader (`dtg`), and `detect.parse_cable` to sniff the
format. Every parser raises only `CableParseError` for input it cannot read.
"""

from .detect import PARSERS, parse_cable, sniff_format
from .errors import CableParseError
from .output import EXPECTED_KEYS, format_record, to_expected_json

__all__ = [
    "EXPECTED_KEYS",
    "PARSERS",
    "CableParseError",
    "format_record",
    "parse_cable",
    "sniff_format",
    "to_expected_json",
]
