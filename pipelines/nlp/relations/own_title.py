"""A statute's words for itself: in the text of a law, "this Law", "this Federal Law", "this Act", "these
Regulations" or "the present Regulation" is the law whose text it is, the one its title names. The title is the
document's first line when a law's name opens it ("Federal Law of 27 July 2006 N 152-FZ ON PERSONAL DATA",
"Regulation (EU) 2016/679 of the European Parliament and of the Council of ..."); the laws cited between the title
and the words ("(edition of Federal Laws of ... N 266-FZ)", "as amended by Law No. 40") change it, they are not
it. A drafter capitalises the noun ("this Law", not the news writer's "this law", which refers back to the nearest
law named, `descriptions`), and it must be the title's own noun ("this Act" is not a title that names a
regulation); a document without such a title line gives nothing."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Mentions

#: determiners and adjectives by which a text points at itself
_PROXIMAL_DETERMINERS = frozenset({"this", "these"})
_PROXIMAL_ADJECTIVES = frozenset({"present"})


def own_title(tok: Token, mentions: Mentions, lex: RelationLexicon) -> int | None:
    """The mention of the title law when `tok` is a law noun said with a proximal determiner ("this Law", "these
    Regulations", "the present Regulation") that the title's name has, and the title stands before it; else None."""
    if tok.lower_ not in lex.law_nouns_named or not tok.text[:1].isupper() or tok.is_upper or not _proximal(tok):
        return None
    title = title_line_law(mentions)
    if title is None or mentions.items[title].end > tok.idx:
        return None
    word = tok.lower_ if tok.lower_ == "regulations" else tok.lower_.rstrip("s")
    return title if re.search(rf"\b{re.escape(word)}", mentions.items[title].text, re.IGNORECASE) else None


def _proximal(tok: Token) -> bool:
    """ "this Law", "these Regulations", "the present Regulation"."""
    return any(
        (c.dep_ == "det" and c.lower_ in _PROXIMAL_DETERMINERS)
        or (c.dep_ == "amod" and c.lower_ in _PROXIMAL_ADJECTIVES)
        for c in tok.children
        if c.i < tok.i
    )


def title_line_law(mentions: Mentions) -> int | None:
    """The law mention that opens the document's first line (its title: "Regulation (EU) 2031/5 of the European
    Parliament and of the Council on ..."), if a law's name opens it."""
    text = mentions.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not mentions.items:
        return None
    first = min(range(len(mentions.items)), key=lambda i: mentions.items[i].start)
    m = mentions.items[first]
    return first if mentions.type(first) == "Law" and m.start == start and m.end <= end else None
