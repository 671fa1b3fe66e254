"""The one exception cable parsers raise: the run quarantines the file with its one-line reason."""

from __future__ import annotations


class CableParseError(ValueError):
    """A file that cannot be read as a cable (not a cable, truncated, hostile markup, binary junk...).

    `reason` is a single line meant for the quarantine record and the run log.
    """

    def __init__(self, reason: str) -> None:
        reason = " ".join(str(reason).split())[:300] or "unreadable cable"
        super().__init__(reason)
        self.reason = reason
