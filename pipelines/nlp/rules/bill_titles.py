"""A bill is often titled by one capitalised noun before "Bill": "the Intelligence Bill", "the Censorship Bill",
"the Telecommunications Bill". "Bill" is a weak law head (two capitalised words before it make a title,
`laws._names_a_law`), and the name Bill follows titles and salutations ("President Bill Clinton", "Dear Bill,"), so
one word is a title only when "Bill" is written in title case, no capitalised word (a surname) nor "of" ("Bill of
Rights") follows it, no capitalised word but an article stands before (a longer title or a title-case headline) nor a
hyphenated compound, and the word names no chamber, kind of bill (a budget bill needs its year) or form of address
(`Lexicon.not_bill_titles`)."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


def one_word_bill_title(word: Word, head: Word, lex: Lexicon) -> bool:
    """Whether `word` `head` ("Intelligence Bill") is a bill's title: a title-case noun before "Bill", no person's
    name after it."""
    after = head.next_text
    return (
        head.text == "Bill"
        and word.text[:1].isupper()
        and not word.text.isupper()
        and word.low not in lex.not_bill_titles
        and word.token.ent_type_ != "PERSON"
        and not (after[:1].isupper() or after[:1].isdigit())
        and after.lower() != "of"
        and not _after_a_compound(word)
        and not _after_a_capitalised_word(word)
    )


def _after_a_compound(word: Word) -> bool:
    """Whether a capitalised hyphenated compound stands right before the word ("Anti-social Media Bill"): the
    title then begins earlier than the one word."""
    tok = word.token
    return _CAPITALISED_COMPOUND_BEFORE.search(tok.doc.text, max(0, tok.idx - 40), tok.idx) is not None


def _after_a_capitalised_word(word: Word) -> bool:
    """Whether a capitalised word other than an article stands before the word, on its line or the line before: the
    word then continues a longer title or a title-case headline ("Internet Piracy / Sanctions Bill", "Introduce
    Bipartisan Bill")."""
    tok = word.token
    m = _WORD_BEFORE.search(tok.doc.text, max(0, tok.idx - 40), tok.idx)
    return m is not None and m.group(1)[:1].isupper() and m.group(1).lower() not in ("the", "a", "an", "this", "that")


#: the word before a word, across spaces and line breaks
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\s+$")

#: a capitalised word joined by hyphens to lower-case ones, then a space, just before a word: "Anti-social "
_CAPITALISED_COMPOUND_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]*(?:-[a-z]+)+[ \t]$")
