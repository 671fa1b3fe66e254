"""Law titles that state the law's purpose: a law's kind, "to" and a verb, all in title case ("the Act to Improve
the Enforcement of Rights on Social Networks", "The Regulation to Prevent and Combat Child Sexual Abuse").

English capitalises the words of a title, so a capitalised verb after "to" continues the name that the kind opens;
the title runs over its capitalised words and the small words that join them, and ends on its last capitalised
word. Three readings are not such a title:

- a long title: its verb is in lower case ("An Act to provide for the processing of personal data");
- a kind after a capitalised word: the kind ends a name and "to" begins the sentence's purpose ("the FTC Act to
  Protect ..." in a headline, "Senators Introduce Bill to Protect Americans' Data");
- a kind alone before a small word ("the Act to the Crown")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word of a title, and the lower-case words that join a title's words
_WORD = r"[A-Z][\w'’-]*"
_JOIN = r"(?:and|or|of|for|on|in|to|the|with|against|from|by|a|an)"
#: the kind, "to", a capitalised verb and at least one more capitalised word (what the law acts on), the title's
#: words joined by small words
_TAIL = r"(?:[ \t]+(?:" + _JOIN + r"[ \t]+){0,3}" + _WORD + r"){1,12}"
_PURPOSE_TITLE = re.compile(r"(?<![\w'’.-])(?P<head>[A-Z][a-z]+)[ \t]+to[ \t]+[A-Z][a-z]+" + _TAIL)
#: the capitalised word right before the kind, when nothing but blanks separates them
_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w'’-]*)[ \t]+$")


def find_purpose_titles(text: str, lex: Lexicon) -> list[Cand]:
    """Law titles made of a kind of `Lexicon.purpose_title_heads`, "to" and a capitalised verb (module docstring);
    the kind may follow only a determiner (`Lexicon.name_stop_starters`) or no word."""
    out: list[Cand] = []
    for m in _PURPOSE_TITLE.finditer(text):
        if m.group("head").lower() not in lex.purpose_title_heads or _after_a_name(text, m.start(), lex):
            continue
        end = _end_before_time(text, m.start(), m.end(), lex)
        if _PURPOSE_TITLE.fullmatch(text, m.start(), end):
            out.append(Cand.of(m.start(), end, "Law", "purpose-title"))
    return out


def _end_before_time(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The title ends before a day's or a month's name and the small words before it: "approved the Law to Protect
    Children in Digital Environments on Wednesday" (a time the sentence states, not words of the title)."""
    for w in re.finditer(_WORD, text[start:end]):
        if w.group(0).lower() in (*lex.weekdays, *lex.months):
            before = text[start : start + w.start()]
            return start + len(re.sub(r"(?:[ \t]+" + _JOIN + r")*[ \t]*$", "", before))
    return end


def _after_a_name(text: str, start: int, lex: Lexicon) -> bool:
    """A capitalised word other than a determiner stands right before the kind ("Bipartisan Bill to ..."): the kind
    ends that name, so "to" opens a purpose, not a title."""
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return before is not None and before.group("word").lower() not in lex.name_stop_starters
