"""Date-time groups ("O 151856Z JAN 08") and the other dates found in cable headers, as ISO 8601 UTC."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta

MONTHS = {m.upper(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS.update({m.upper(): i for i, m in enumerate(calendar.month_name) if m})
MONTHS["SEPT"] = 9

#: Precedence prosigns as they open a DTG line (action precedence first, then info precedence).
PRECEDENCE_SIGNS = {"Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}

#: "O 151856Z JAN 08", "P R 041820Z JAN 10", "031855Z JUL 75", "151856Z" (month and year left to the context).
DTG_RE = re.compile(
    r"(?<![\w/])(?:(?P<prec>[ZOPR](?:\s+[ZOPR])?)\s+)?"
    r"(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})\s?Z"
    r"(?:\s+(?P<month>[A-Z]{3,9})\.?(?:\s+(?P<year>\d{4}|\d{2}))?)?(?![\w])"
)


def _full_year(yy: int, context_year: int | None) -> int:
    """Two-digit years: the century that puts the year nearest the context year, else 1950-2049."""
    if context_year is not None:
        candidates = [c + yy for c in (1900, 2000)]
        return min(candidates, key=lambda y: abs(y - context_year))
    return 2000 + yy if yy < 50 else 1900 + yy


#: Telegrams with date-time groups exist from about 1900; anything outside is a misreading.
PLAUSIBLE_YEARS = range(1900, 2101)


def _iso(dt: datetime) -> str:
    # strftime("%Y") does not pad years below 1000 on every platform; format the fields explicitly
    return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}Z"


def parse_date_time_group(text: str, context: date | None = None) -> tuple[str | None, str | None]:
    """Read the first DTG in `text`: (ISO 8601 UTC date-time, precedence word) or (None, None).

    A DTG without month/year ("151856Z") takes them from `context` (e.g. the cable's created date): the most
    recent day-of-month on or before the context date. Impossible dates (31 FEB) give None.
    """
    m = DTG_RE.search(text.upper())
    if not m:
        return None, None
    precedence = None
    if m.group("prec"):
        precedence = PRECEDENCE_SIGNS.get(m.group("prec").split()[0])
    day, hour, minute = int(m.group("day")), int(m.group("hour")), int(m.group("minute"))
    if hour > 23 or minute > 59 or not 1 <= day <= 31:
        return None, precedence
    month_name, year_text = m.group("month"), m.group("year")
    month = MONTHS.get(month_name) if month_name else None
    if month_name and month is None:
        return None, precedence
    try:
        if month is not None and year_text:
            y = int(year_text)
            year = y if len(year_text) == 4 else _full_year(y, context.year if context else None)
            if year not in PLAUSIBLE_YEARS:
                return None, precedence
            return _iso(datetime(year, month, day, hour, minute, tzinfo=UTC)), precedence
        if context is None:
            return None, precedence
        if month is not None:  # month without year: the year of the context, or the one before
            year = context.year if (month, day) <= (context.month, context.day) else context.year - 1
            return _iso(datetime(year, month, day, hour, minute, tzinfo=UTC)), precedence
        # day only: walk back from the context date to the last date with that day of month
        d = context
        for _ in range(62):
            if d.day == day:
                return _iso(datetime(d.year, d.month, d.day, hour, minute, tzinfo=UTC)), precedence
            d -= timedelta(days=1)
    except ValueError:
        return None, precedence
    return None, precedence


_WRITTEN_DATE_RE = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})", re.IGNORECASE
)
_WRITTEN_DATE_US_RE = re.compile(
    r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.IGNORECASE
)


def parse_written_date(text: str) -> str | None:
    """'29th July, 1955', '8 December 1980', 'July 3, 1975' -> '1955-07-29' (ISO date), else None."""
    for rx in (_WRITTEN_DATE_RE, _WRITTEN_DATE_US_RE):
        for m in rx.finditer(text):
            month = MONTHS.get(m.group("month").upper())
            if month is None:
                continue
            try:
                return date(int(m.group("year")), month, int(m.group("day"))).isoformat()
            except ValueError:
                continue
    return None


def parse_iso_like(text: str) -> datetime | None:
    """'2008-01-15 18:06', '2008-01-15T18:06:00Z', '1975-07-03T18:55:00+00:00', '2008-01-15' -> aware UTC."""
    text = text.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def to_iso_utc(dt: datetime) -> str:
    return _iso(dt.astimezone(UTC))


def is_valid_iso(value: str) -> bool:
    """True for the two shapes parsers emit: 'YYYY-MM-DDTHH:MM:SSZ' and 'YYYY-MM-DD'."""
    try:
        if len(value) == 10:
            date.fromisoformat(value)
            return True
        return value.endswith("Z") and datetime.fromisoformat(value[:-1] + "+00:00") is not None
    except ValueError:
        return False
