"""A capital that a headline gives every word: "WeChat and TikTok Transactions", "Vulnerabilities in ZTE
Equipment".

English running text capitalises a common noun after a company's name only when the two make a product's name
("Google Maps", "Apple Music"); a headline, a document's title or an entry of its table of contents capitalises
every longer word, so there the noun after the name is capitalised as the headline's word and the name is the
company's. The phrase before the name tells which: in a headline its longer words are all capitalised too."""

from __future__ import annotations

import re

#: what ends the phrase before a name: a sentence's or a clause's punctuation, a bracket, a line's end
_PHRASE_START = re.compile(r"[.;:!?()\[\]\n\"“”]")
#: a word of letters (an apostrophe or a hyphen inside it)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def headline_before(text: str, start: int) -> bool:
    """Whether the phrase before a name starting at `start` is a headline's: at least two words of four letters or
    more, every one of them capitalised ("Commerce Department Prohibits WeChat and", "Risks and Vulnerabilities
    in"); a phrase in capitals is a telegram's, no headline."""
    cut = max((m.end() for m in _PHRASE_START.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    phrase = text[cut:start]
    if phrase.isupper():
        return False
    long = [w for w in _WORD.findall(phrase) if len(w) >= 4]
    return len(long) >= 2 and all(w[0].isupper() for w in long)
