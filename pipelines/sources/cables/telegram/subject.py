"""The SUBJECT line (wrapped at about 69 columns) and the TAGS that file the telegram (subject and country
tags)."""

from __future__ import annotations

import re

from .layout import LINE_KEYWORD, PARA

_TAGS = re.compile(r"(?:^|\s)TAGS?\b\s*:?[ \t]*", re.IGNORECASE | re.MULTILINE)


_TAG_CONTINUATION = re.compile(
    r"^[ \t]*[A-Z][A-Z0-9]{1,7}(?:(?:[ \t]*[,;][ \t]*|[ \t]+)[A-Z][A-Z0-9]{1,7})*[ \t]*,?[ \t]*$"
)


_TAG_STOPWORDS = {"FOR", "TO", "PASS", "AND", "THE", "OF", "FROM", "ONLY", "ALSO", "PLEASE", "DEPT", "STATE"}


_SUBJECT = re.compile(r"(?:^|\s)SUBJ(?:ECT)?\b\s*:[ \t]*|^\s*SUBJECT\s+(?=\S)", re.IGNORECASE | re.MULTILINE)


_SUBJECT_STOP = re.compile(
    r"\s+(?:REF(?:S|TEL|TELS)?\s*[:(]|REF\s+[A-Z]\.|Ref\(s\)|REFTELS?\b|Classified\s+By\b|CLASSIFIED\s+BY\b|"
    r"Ref(?:s|tel|tels)?\s*:|REFERENCES?\s*:|References?\s*:)"
)


def find_subject(zone: str) -> tuple[str | None, int]:
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
            or LINE_KEYWORD.match(nxt)
            or PARA.match(nxt)
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


def find_tags(zone: str) -> tuple[tuple[str, ...], tuple[str, ...], int]:
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
        if nl < 0 or len(raw_parts) > 4:
            break
        nxt_end = zone.find("\n", nl + 1)
        nxt = zone[nl + 1 : nxt_end if nxt_end >= 0 else len(zone)]
        # The TAGS line goes on after a trailing comma, or on a next line that holds nothing but tags
        # ("TAGS: ECON EFIN ... OECD PREL" / "EUN"); an addressing line ("NSC FOR RICE") is no tag line.
        if not line.rstrip().endswith(",") and not (
            _TAG_CONTINUATION.match(nxt) and not LINE_KEYWORD.match(nxt) and not _TAG_STOPWORDS & set(nxt.split())
        ):
            break
        pos = nl + 1
    subj, country = _split_tags(" ".join(raw_parts))
    return subj, country, end
