"""The holder's name at the end of a title's complement: "Executive Director at Fairplay Josh Golin,", "Minister of
Trade Relations Grace Fu (Singapore)".

English names an office holder with the title, its complement (the body or the portfolio, after "of", "at", "for"
or "in") and then the holder's given name and surname, closed by a comma or a parenthesis. The statistical model
often reads the complement and the name as one organisation ("Fairplay Josh Golin"); the last two words, when the
surname is no ordinary word and neither is a known name, are the holder's."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon

#: a title (its first part, before a hyphen: "Minister-in-charge") and the preposition of its complement, right
#: before the span
_TITLE_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)(?:-[a-z]+)*[ \t]+(?:of|at|for|in)[ \t]+$")
#: what closes a holder's name: a comma, a parenthesis, a dash or the end of the sentence
_NAME_CLOSES = re.compile(r"[ \t]*(?:[,(;—–]|\.(?:\s|$)|$)")
#: a given name or a surname: a capital, then letters (an apostrophe or a hyphen inside)
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)?")


def _headline_noun_phrase(text: str, start: int, given: str, surname: str, common_words: frozenset[str]) -> bool:
    """In a headline (a line whose words of four letters or more are all capitalised) an ordinary word and the
    plural of an ordinary noun ("Internet Shutdowns", "Server Outages") are a capitalised noun phrase, no given name
    and surname; in prose the same words are a name ("Grace Banks")."""
    word = surname.lower()
    plural = (word.endswith("s") and word[:-1] in common_words) or (word.endswith("es") and word[:-2] in common_words)
    if given.lower() not in common_words or not plural:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return all(w[0].isupper() for w in re.findall(r"[A-Za-z][\w’'-]{3,}", line))


def holder_after_complement(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    common_words: frozenset[str],
    is_known_name: Callable[[str], bool],
) -> tuple[int, int] | None:
    """The span of the holder's given name and surname at the end of an organisation's span that follows a title
    and its preposition ("Director at [Fairplay Josh Golin],"), or None. The complement keeps at least one word;
    the surname is no ordinary word, neither word a title, a body's or a law's head, and neither word nor the two
    together a name the tables know."""
    words = list(re.finditer(r"\S+", text[start:end]))
    title = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    if len(words) < 3 or title is None or title.group(1).lower() not in lex.person_titles:
        return None
    if not _NAME_CLOSES.match(text, end):
        return None
    given, surname = words[-2].group(0), words[-1].group(0)
    if not (_NAME_WORD.fullmatch(given) and _NAME_WORD.fullmatch(surname)) or surname.lower() in common_words:
        return None
    if _headline_noun_phrase(text, start, given, surname, common_words):
        return None  # "Minister of Information Technology Over Internet Shutdowns"
    heads = lex.person_titles | lex.org_heads | lex.law_heads | lex.place_heads | lex.corporate_suffixes
    if given.lower() in heads or surname.lower() in heads:
        return None
    if any(is_known_name(w) for w in (given, surname, f"{given} {surname}")):
        return None
    return start + words[-2].start(), start + words[-1].end()
