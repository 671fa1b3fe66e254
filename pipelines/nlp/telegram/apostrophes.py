"""Apostrophes a telegram prints as commas.

The published telegrams of 2006-2010 print the typographic apostrophe of a possessive as a comma glued to the word
on both sides: "the People,s Republic of China", "the GoK,s capacity", "FBI DIRECTOR MUELLER,S VISIT". English
never writes a comma between a word's letters and a lone "s": a list's comma is followed by a space, and "a,s" is
no word. In a telegram such a comma is an apostrophe, and the pipeline's view of the text reads it as one, so that
"People,s Republic of China" is the name it stands for and "MUELLER,S" a possessive. Outside a telegram the
characters mean what they say."""

from __future__ import annotations

import re

from pipelines.nlp.telegram.prose import is_telegram

#: a comma between a letter and a lone "s"/"S" that ends the word: a possessive's apostrophe ("China,s")
_COMMA_APOSTROPHE = re.compile(r"(?<=[A-Za-z]),(?=[sS](?![\w,'’]))")


def comma_apostrophes(text: str) -> list[int]:
    """Offsets of the commas of `text` that stand for a possessive's apostrophe (the module docstring); none when
    the text is no telegram."""
    if not is_telegram(text):
        return []
    return [m.start() for m in _COMMA_APOSTROPHE.finditer(text)]
