"""Cables known only through a report: "A cable signed by Secretary of State Marco Rubio on February 18 ...".

Works on a document's text and its typed mentions (no second parse), with the cue words in
`patterns/reported_cables.yaml`. The year of a date without one is the publication year, or the year before when
that would put the cable after the article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from pipelines.model import Mention, ReportedCable
from pipelines.nlp.lexicon import load_lexicon

_PATTERNS = Path(__file__).parent / "patterns" / "reported_cables.yaml"
_MONTHS = {name: i for i, name in enumerate(load_lexicon().months, start=1)}
_DATE = re.compile(r"\bon\s+(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z\"'(])|\n\s*\n")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return yaml.safe_load(_PATTERNS.read_text(encoding="utf-8"))


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def find_reported_cables(text: str, mentions: tuple[Mention, ...], published: str | None) -> list[ReportedCable]:
    cues = _cues()
    noun_re = re.compile(
        r"\b(" + "|".join(re.escape(n) for n in sorted(cues["nouns"], key=len, reverse=True)) + r")\b", re.I
    )
    found = []
    for s, e in sentences(text):
        sentence = text[s:e]
        noun = noun_re.search(sentence)
        if noun is None:
            continue
        inside = [(i, m) for i, m in enumerate(mentions) if s <= m.start and m.end <= e]
        signer = _after_cue(sentence, s, inside, cues["signer_cues"], {"Person"})
        sender = _agency_before(sentence, s, noun.start() + s, inside) or _after_cue(
            sentence, s, inside, cues["sender_cues"], {"Agency"}, near=noun.end() + s
        )
        date = _date(sentence, published)
        if signer is None and sender is None and date is None:
            continue
        found.append(ReportedCable(s, e, date, signer, sender))
    return found


def _after_cue(sentence, offset, inside, cue_words, types, near: int | None = None) -> int | None:
    for cue in cue_words:
        for m in re.finditer(r"\b" + re.escape(cue) + r"\b", sentence, re.I):
            cue_end = m.end() + offset
            if near is not None and m.start() + offset - near > 3:
                continue
            for i, mention in inside:
                if mention.type in types and 0 <= mention.start - cue_end <= 40:
                    return i
    return None


def _agency_before(sentence, offset, noun_start, inside) -> int | None:
    for i, m in inside:
        if m.type == "Agency" and 0 <= noun_start - m.end <= 2:
            return i
    return None


def _date(sentence: str, published: str | None) -> str | None:
    m = _DATE.search(sentence)
    if m is None:
        return None
    month, day = _MONTHS[m.group(1).lower()], int(m.group(2))
    if not 1 <= day <= 31:
        return None
    if m.group(3):
        year = int(m.group(3))
    elif published and re.match(r"\d{4}-\d{2}", published):
        year, pub_month = int(published[:4]), int(published[5:7])
        if month > pub_month:
            year -= 1
    else:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
