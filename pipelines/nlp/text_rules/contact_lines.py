"""A telephone line named after a law: "please contact the Section 301 line at 202-395-5725", "call the HIPAA
hotline on 0800 123 456".

A noun phrase "the X line" followed by a telephone number is the line an office answers for questions about X; the
name before "line", "hotline" or "helpline" modifies the line's noun and refers to no act of law-making or ruling
there, so it is no mention of the law (the gold's "Section 301" is annotated where the text speaks of the
provision, not of the line)."""

from __future__ import annotations

import re

from pipelines.nlp.rules import Cand

#: right after a name: the line's noun, an optional "at"/"on"/":" and the first digit of a telephone number
_LINE_NUMBER = re.compile(
    r"[ \t]+(?:(?:tele)?phone[ \t]+)?(?:line|hotline|helpline)(?:[ \t]+(?:at|on))?:?[ \t]*[(+]?\d"
)


def before_phone_line(text: str, end: int) -> bool:
    """A name ending at `end` is the modifier of a telephone line's noun followed by the line's number."""
    return _LINE_NUMBER.match(text, end) is not None


def names_a_phone_line(text: str, c: Cand) -> bool:
    """The law candidate only names a telephone line (`before_phone_line`)."""
    return c.type == "Law" and before_phone_line(text, c.end)


def drop_phone_lines(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates without the laws that only name a telephone line (`names_a_phone_line`)."""
    return [c for c in cands if not names_a_phone_line(text, c)]
