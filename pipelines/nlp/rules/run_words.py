"""The words of a capitalised run and the tokens the run scanner reads them from: a `Word` is one or more tokens
joined without spaces ("EU-U.S.", "el-Sisi"), a name word is capitalised or a number, and `Tok` holds the few token
attributes the scanner reads, taken from `Doc.to_array`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, ORTH, SPACY
from spacy.tokens import Doc


@dataclass
class Word:
    """One word of a capitalised run (tokens joined by hyphens without spaces form one word)."""

    text: str
    start: int
    end: int
    token: Tok

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_name(self) -> bool:
        """Capitalised, a number, or a name after an article joined by a hyphen ("el-Sisi", "al-Assad")."""
        t = self.text
        return bool(t) and (t[0].isupper() or t[0].isdigit() or ARTICLE_JOINED.match(t) is not None)

    @property
    def next_text(self) -> str:
        """The text of the token after the word's last token ("" at the document's end)."""
        tok = self.token
        return tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""


#: a name joined to its Arabic article by a hyphen: "el-Sisi", "al-Assad", "ad-Din"
ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ul|ud)-[A-Z]")


class Tok:
    """The few token attributes the run scanner reads, taken from `Doc.to_array` (creating spaCy `Token` objects
    for every token is the scanner's main cost); the tagger/NER attributes are read lazily."""

    __slots__ = ("doc", "i", "text", "idx", "whitespace_", "is_punct", "is_space", "lower_")

    def __init__(self, doc, i, text, idx, ws, punct, space, lower):
        self.doc, self.i, self.text, self.idx, self.whitespace_ = doc, i, text, idx, ws
        self.is_punct, self.is_space, self.lower_ = punct, space, lower

    @property
    def tag_(self) -> str:
        return self.doc[self.i].tag_

    @property
    def ent_type_(self) -> str:
        return self.doc[self.i].ent_type_


def tokens(doc: Doc) -> list[Tok]:
    arr = doc.to_array([ORTH, LOWER, IDX, SPACY, IS_PUNCT, IS_SPACE])
    strings = doc.vocab.strings
    return [
        Tok(doc, i, strings[int(o)], int(idx), " " if sp else "", bool(pu), bool(spc), strings[int(lo)])
        for i, (o, lo, idx, sp, pu, spc) in enumerate(arr.tolist())
    ]


def name_token(tok) -> bool:
    t = tok.text
    return bool(t) and not tok.is_punct and not tok.is_space and (t[0].isupper() or t[0].isdigit())
