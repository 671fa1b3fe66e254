"""Law titles that end in their date, in two citation styles the token rules do not read:

- India's: a bill's short title, its kind in lower case in running prose, a comma and the year ("the
  Telecommunications bill, 2023 was passed by Lok Sabha"): the year after the comma dates a title, so the
  capitalised words before "bill" name one bill;
- Thailand's: an act's English title dated in the Buddhist Era ("Act on Computer Crime B.E. 2550", "Personal Data
  Protection Act B.E. 2562"), a second act of one title numbered in brackets before the era ("Act on Computer Crime
  (No. 2) B.E. 2560"): the era and its year belong to the title.

Neither form is a name without its date: "the bill" alone, or a year in prose ("in 2550 B.E.") names no law."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word of a title, and the lower-case words that join a title's words
_WORD = r"[A-Z][\w'’-]*"
_JOIN = r"(?:and|of|for|on|to|the|in)"
_TITLE = _WORD + r"(?:[ \t]+(?:" + _JOIN + r"[ \t]+)*" + _WORD + r"){0,9}"

#: "Telecommunications bill, 2023": capitalised words, the lower-case kind, a comma and the year
_LOWER_KIND_YEAR = re.compile(r"(?<![\w'’-])(?P<title>" + _TITLE + r")[ \t]+bill,[ \t]+(?:19|20)\d\d\b(?![\d/-])")

#: "Act on Computer Crime (No. 2) B.E. 2560": a title, its bracketed number and the Buddhist Era year
_BUDDHIST_ERA = re.compile(
    r"(?<![\w'’-])(?P<title>" + _TITLE + r")(?:[ \t]+\(No\.?[ \t]*\d{1,2}\))?[ \t]+B\.[ \t]?E\.[ \t]?\d{4}\b"
)


def find_dated_titles(text: str) -> list[Cand]:
    """Law titles dated India's or Thailand's way (module docstring); the title needs a law's kind among its words
    for the Buddhist Era ("Act", "Code", "Decree"), and starts after the function words that open its sentence."""
    out: list[Cand] = []
    for m in _LOWER_KIND_YEAR.finditer(text):
        start = _title_start(text, m.start("title"), m.end("title"))
        if start < m.end("title"):
            out.append(Cand.of(start, m.end(), "Law", "dated-title"))
    for m in _BUDDHIST_ERA.finditer(text):
        start = _title_start(text, m.start("title"), m.end("title"))
        if _has_law_kind(text[start : m.end("title")]):
            out.append(Cand.of(start, m.end(), "Law", "dated-title"))
    return out


def _title_start(text: str, start: int, end: int) -> int:
    """The start of the title after the words that begin its sentence and never a name ("In the ...", "Under ...":
    `Lexicon.name_stop_starters`) and the joining words after them."""
    stops = load_lexicon().name_stop_starters
    while (m := re.match(r"([A-Za-z]+)[ \t]+", text[start:end])) and (
        m.group(1).lower() in stops or m.group(1).islower()
    ):
        start += m.end()
    return start


def _has_law_kind(title: str) -> bool:
    """One of the title's words is a law's kind (`Lexicon.law_heads`): "Act on Computer Crime"."""
    heads = load_lexicon().law_heads
    return any(w.lower() in heads for w in re.findall(r"[A-Za-z]+", title))
