"""Who made an act, said by its title: "Directive 2006/24/EC of the European Parliament and of the Council",
"Regulation No. 12 of the Central Bank": a named act followed by "of the" and the bodies that adopted it is those
bodies' act (the formula by which EU acts, and the instruments of many national bodies, are titled)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context

#: "of the" after the act's name, past its aside in parentheses ('Directive 2006/24/EC ("the Directive") of the ...')
_OF_THE = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]+of[ \t]+the[ \t]+")
#: "... of the European Parliament and of the Council": a further author
_AND_OF_THE = re.compile(r"[ \t]+and[ \t]+(?:of[ \t]+)?the[ \t]+")
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
    while joint is not None:
        k = starts.get(joint.end())
        if k is None or m.type(k) not in _AUTHORS or (root := m.root(k)) is None:
            break
        authors.append(root)
        joint = _AND_OF_THE.match(m.text, m.items[k].end)
    if authors:
        heads = ctx.args(authors, _AUTHORS, expand=False)
        ctx.emit("enacts", heads, ctx.args([law], frozenset({"Law"}), expand=False), "act-of", law)
