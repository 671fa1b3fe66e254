"""A body's head noun before further name words modifies them: "the Senate Energy and Natural Resources Committee",
"the Senate Commerce, Science, and Transportation Committee", "the Senate Homeland Security and Governmental Affairs
Committee" name one committee of the Senate, not the Senate and a "Natural Resources Committee".

English puts a modifier before the noun it modifies; a noun that ends a name ends its noun phrase, and a second name
joined to it by "and" starts right after that noun ("the Senate and House of Representatives", "the Ministry of
Justice and the Data Protection Authority"). When a head noun ("Senate", "Parliament", "Ministry") is followed, before
the "and", by capitalised words that are neither a preposition's complement ("Ministry of ...") nor a head, a title
or an abbreviation, the head is an attributive modifier of those words, and the "and" joins the subjects of the
later head's remit ("Energy and Natural Resources"): the run is one name. A title after the head ("Parliament Speaker
Jane Roe and ...") and "and the" (a noun phrase of its own) keep the two names apart.
"""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


def head_modifies_remit(w: list[Word], low: list[str], heads: list[int], k: int, lex: Lexicon) -> bool:
    """The head nearest before the "and" at `k` modifies the capitalised words between it and the "and", which
    with the words after the "and" are the remit of a later head: the "and" is inside one name."""
    before = [i for i in heads if i < k]
    after = [i for i in heads if i > k]
    if not before or not after or low[k + 1] == "the" or "and" in low[k + 1 : after[0]]:
        return False
    between = w[before[-1] + 1 : k]
    if not between or w[before[-1]].text.isupper():
        return False
    titles = lex.person_titles | lex.weak_person_titles | lex.office_heads
    return all(_remit_word(x, lex, titles) for x in between) and _remit_word(w[k + 1], lex, titles)


def _remit_word(x: Word, lex: Lexicon, titles: frozenset[str]) -> bool:
    """A capitalised word of a remit: not a connector, a head, a title, an abbreviation or a person's name."""
    if not x.text[:1].isupper() or x.text.isupper() or x.low in lex.name_connectors:
        return False
    if x.low in lex.org_heads or x.low in titles:
        return False
    return x.token.ent_type_ != "PERSON"


def modifying_list_head(words: list[str], lex: Lexicon) -> bool:
    """A list of a remit's subjects before a later head opens with a body's head that modifies its first subject
    ("Senate Commerce, Science, and Transportation Committee": `words` are the list's words, "Senate" first): the
    head is part of the name, not a name of its own in the list."""
    return len(words) >= 2 and words[0].lower() in lex.org_heads and words[1][:1].isupper() and not words[1].isupper()
