"""A Federal Register rule's title where its masthead does not put it on a line of its own (the masthead layout of
`laws._rule_titles`): run into one line after the Regulation Identifier Number ("... 45 CFR Parts 160 and 164 RIN
0991-AB56 Breach Notification for Unsecured Protected Health Information AGENCY: ..."), or as the document's first
line above the masthead ("Data Breach Reporting Requirements\\n\\nAGENCY:\\n\\nFederal Communications Commission.").

A title is written in title case: every word capitalised but the small function words of `name_connectors`,
`quoted_name_connectors` and `title_small_words` ("Countries of Concern or Covered Persons"); the first lower-case
word of another kind (a printer's slug such as "erowe on PRODPC74") ends it."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.rules import Cand

#: "RIN 0991-AB56", "RIN: 0945-AA03", "[RIN 3084-AB17]", then the title on the same line
_RUN_IN_RIN = re.compile(r"\[?\bRIN:?[ \t]+\d{4}[-–][A-Z0-9]{4}\]?[ \t]+(?=[A-Z])")
#: the masthead field that follows the title: "AGENCY:" (the title ends at most a short printer's slug before it)
_AGENCY_FIELD = re.compile(r"AGENCY:")
_SLUG_LIMIT = 60
#: a rule document's masthead: "ACTION:" whose value says the document is a rule ("Final rule", "Interim final
#: rule", "Proposed rule", "Notice of proposed rulemaking")
_RULE_ACTION = re.compile(r"ACTION:\s*[^\n.]{0,40}?\brule", re.IGNORECASE)
_MASTHEAD_REACH = 1500
#: the document's first line: an optional document number ("02-12952. "), the title, then an optional page range
#: and document number (", 1636-1752 [2024-31486]"), then a blank line
_FIRST_LINE = re.compile(
    r"\A[ \t]*(?:\d{2,4}-\d{3,6}\.[ \t]+)?(?P<title>[A-Z][^\n]{3,300}?)"
    r"(?:,[ \t]*\d+[-–]\d+[ \t]*\[[\d-]+\])?[ \t]*\n[ \t]*\n"
)
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """The lower-case function words a title in title case may hold."""
    lex = load_lexicon()
    return lex.name_connectors | lex.quoted_name_connectors | lex.title_small_words


def title_case_end(text: str, start: int, stop: int) -> int:
    """The end of the title-case run of words from `start` (before `stop`): at the last capitalised word before the
    first lower-case word that is no small function word; a run ending in a function word gives that word back."""
    end = start
    for w in _WORD.finditer(text, start, stop):
        word = w.group().strip(",;:")
        if word[:1].isupper() or word[:1].isdigit():
            end = w.end()
        elif word.lower() not in _small_words():
            break
    while end > start and text[end - 1] in ",;:":
        end -= 1
    return end


def _is_title(text: str, start: int, end: int) -> bool:
    """A title of at least two words, not written in capitals (a masthead's department line) nor ending as a
    sentence does."""
    span = text[start:end]
    return len(span.split()) >= 2 and not span.isupper() and not span.endswith(".")


def run_in_rule_titles(text: str) -> list[Cand]:
    """A rule's title run into the masthead line after its identifier number, ending in title case before the
    "AGENCY:" field."""
    out: list[Cand] = []
    for m in _RUN_IN_RIN.finditer(text) if "RIN" in text else ():
        field = _AGENCY_FIELD.search(text, m.end(), m.end() + 400)
        if not field or "\n" in text[m.end() : field.start()]:
            continue  # the title on a line of its own is `laws._rule_titles`'
        end = title_case_end(text, m.end(), field.start())
        slug = text[end : field.start()]
        if len(slug) <= _SLUG_LIMIT and "." not in slug and _is_title(text, m.end(), end):
            out.append(Cand.of(m.end(), end, "Law", "rule-title"))
    return out


def first_line_rule_title(text: str) -> list[Cand]:
    """A rule document's title on its first line, above the masthead whose "ACTION:" field says it is a rule."""
    if not _RULE_ACTION.search(text, 0, _MASTHEAD_REACH):
        return []
    m = _FIRST_LINE.match(text)
    if not m or ":" in m.group("title"):
        return []  # "AGENCY:" or another field label opens the document
    start = m.start("title")
    end = title_case_end(text, start, m.end("title"))
    if end != m.end("title") or not _is_title(text, start, end):
        return []  # a sentence, not a title
    return [Cand.of(start, end, "Law", "rule-title")]


def find_register_titles(text: str) -> list[Cand]:
    """The Federal Register rule titles of this module's two layouts."""
    return [*run_in_rule_titles(text), *first_line_rule_title(text)]
