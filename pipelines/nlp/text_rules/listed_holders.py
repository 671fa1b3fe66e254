"""The lines of a list of office holders: "- Rohit Chopra, Director of the Consumer Financial Protection Bureau",
"• Jane Roe, Deputy Minister of Finance".

A list of participants, of a body's executives or of the members of a delegation gives each person as a line of its
own: a bullet or a dash, the person's name, a comma and the office held (a title and its complement), with no verb.
A line that opens (after a bullet, if any) with a name of two to four capitalised words (an initial allowed), then a
comma and a title in title case that holds a person's title word ("Director", "Minister", "Deputy Assistant Attorney
General"), is such a line when no word of the name is a head noun of a body, a law or a place, a title or a name the
tables know as something else, and one word at least is no ordinary English word (`has_rare_word`: "- Data
Protection, Head of Unit" names a unit's head, no person). The capitals of such a line's title are the words of the
office and of the body it heads, not a heading's title case: "Information Network Security Agency" there is a body's
name (`in_holder_title`). The person of the line is `bullet_people`'s to find."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.text_rules.layout_persons import _WORD, _name_words_ok

#: a part of a title: capitalised words and "of", "to", "for", "the", "and", "on" between them
_TITLE_PART = r"[A-Z][\w.’'-]*(?:[ \t]+(?:[A-Z][\w.’'-]*|of|to|for|the|and|on))*"
#: a line's bullet or dash, then a name of two to four words, a comma and the title (its parts parted by commas:
#: "Principal Deputy Assistant Attorney General, Civil Division") to the end of the line
_LISTED = re.compile(
    rf"(?m)^[ \t]*(?:[-•*–·▪][ \t]*)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}}),[ \t]+"
    rf"(?P<title>{_TITLE_PART}(?:,[ \t]+{_TITLE_PART})*)[ \t]*$"
)


def _holds_title(title: str, titles: frozenset[str]) -> bool:
    """A word of the title, or two or three words in a row, is a person's title ("Director", "Assistant
    Secretary")."""
    words = [w.lower().strip(".,") for w in title.split()]
    return any(" ".join(words[i : i + n]) in titles for n in (1, 2, 3) for i in range(len(words) - n + 1))


def has_rare_word(name: str, common_words: frozenset[str]) -> bool:
    """One word of the name at least is no ordinary English word, nor the plural of one ("Cross Border Transfers"
    are ordinary words; "Rohit Chopra" is a name)."""

    def ordinary(word: str) -> bool:
        plural = word.endswith("s") and (
            word[:-1] in common_words or (word.endswith("es") and word[:-2] in common_words)
        )
        return word in common_words or plural

    return any(len(w) > 1 and not ordinary(w) for w in (w.lower().rstrip(".") for w in name.split()))


def _holder_lines(
    text: str, lex: Lexicon, common_words: frozenset[str], is_other_name: Callable[[str], bool]
) -> list[re.Match[str]]:
    """The lines of a list of office holders: a name, a comma and a title that holds a person's title word."""
    return [
        m
        for m in _LISTED.finditer(text)
        if _holds_title(m.group("title"), lex.person_titles)
        and _name_words_ok(m.group("name"), lex, common_words, is_other_name, rare=False)
        and has_rare_word(m.group("name"), common_words)
    ]


def in_holder_title(
    text: str, start: int, lex: Lexicon, common_words: frozenset[str], is_other_name: Callable[[str], bool]
) -> bool:
    """The offset lies in the title of a line of a list of office holders: the capitals there are the words of the
    office and of the body it heads ("- Jane Roe, Director General of the Information Security Agency"), not a
    heading's title case."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(m.start("title") <= start - line_start for m in _holder_lines(line, lex, common_words, is_other_name))
