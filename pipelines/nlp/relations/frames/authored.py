"""Who made an act, said by its title: "Directive 2006/24/EC of the European Parliament and of the Council",
"Regulation No. 12 of the Central Bank": a named act followed by "of the" and the bodies that adopted it is those
bodies' act (the formula by which EU acts, and the instruments of many national bodies, are titled). The formula is
the same in a title set in capitals ("REGULATION (EU) 2016/679 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", when
the act's whole name is in capitals too) and
in a title a hard wrap breaks between its words ("of the European Parliament\nand of the Council"). It is read
off the names, whatever the parse made of the title (a title line without a verb is often parsed with the act's
number as a clause: `act_titles`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.syntax import is_verbal

#: "of the" after the act's name, past its aside in parentheses ('Directive 2006/24/EC ("the Directive") of the ...')
#: the space between two words of a title: blanks, and at most one line break (a hard wrap, not a new paragraph)
_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_OF_THE = re.compile(rf"(?:[ \t]*\([^()\n]{{1,60}}\))?{_GAP}of[ \t]+the[ \t]+", re.IGNORECASE)
#: "... of the European Parliament and of the Council": a further author
_AND_OF_THE = re.compile(rf"{_GAP}and[ \t]+(?:of[ \t]+)?the[ \t]+", re.IGNORECASE)
_AUTHORS = frozenset({"IGO", "Agency"})


def act_of_authors(ctx: Context, law: Token) -> None:
    """enacts: each body (an IGO or an agency) named right after the act's name by "of the ... (and of the ...)"."""
    m = ctx.m
    i = m.at(law)
    if i is None:
        return
    starts = {item.start: k for k, item in enumerate(m.items)}
    authors: list[Token] = []
    joint = _OF_THE.match(m.text, m.items[i].end)
    if joint is not None and joint.group().isupper() and not _capitals_title(m.items[i].text):
        return
    while joint is not None:
        k = starts.get(joint.end())
        if k is None or m.type(k) not in _AUTHORS or (root := m.root(k)) is None:
            break
        authors.append(root)
        joint = _AND_OF_THE.match(m.text, m.items[k].end)
    if authors:
        heads = ctx.args(authors, _AUTHORS, expand=False)
        ctx.emit("enacts", heads, ctx.args([law], frozenset({"Law"}), expand=False), "act-of", law)


def _capitals_title(name: str) -> bool:
    """A title set in capitals opens with the act's kind in capitals ("REGULATION (EU) 2016/679 OF THE ..."): a
    name in mixed case, or one that opens inside the title's parenthesis, is not the act the capitals formula
    follows (it is a fragment of the title, or a heading above it)."""
    return name[:1].isalpha() and name.isupper()


def act_titles(ctx: Context) -> None:
    """enacts: the authors a law's title names, for each law whose head word the parse took for a verb or a clause
    (a title line without a verb, "Regulation (EU) 2022/868 of the European Parliament and of the Council of 30
    May 2022 on ...", parsed with the act's number as the root and "Regulation" as its subject); the noun frames
    read the title of every other law (`nominal.noun_frames`)."""
    for i, item in enumerate(ctx.m.items):
        root = ctx.m.root(i) if item.type == "Law" else None
        if root is not None and is_verbal(root):
            act_of_authors(ctx, root)
