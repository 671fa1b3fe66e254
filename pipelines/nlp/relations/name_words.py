"""Words of a name are not words of the clause. A law's title may open with a negative determiner ("the No DeepSeek
on Government Devices Act", "the No Child Left Behind Act"): that "No" names the law and negates nothing, though the
parse hangs it on a word of the name as a determiner, where a real "no" before an argument ("no law requires ...")
denies the clause."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import negating
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Mentions

_DETERMINER_DEPS = frozenset({"det", "preconj", "neg"})


def clause_arguments(m: Mentions, lex: RelationLexicon, arguments: Iterable[Token]) -> tuple[Token, ...]:
    """The argument tokens whose negative determiners belong to the clause: an argument whose every negative
    determiner is a word of its own name (`m`'s mention span) has none the clause could be denied by."""
    return tuple(arg for arg in arguments if not _negated_in_name_only(m, lex, arg))


def _negated_in_name_only(m: Mentions, lex: RelationLexicon, arg: Token) -> bool:
    own = m.at(arg)
    span = m.spans[own] if own is not None else None
    negative = [c for c in arg.children if c.dep_ in _DETERMINER_DEPS and negating(c, lex)]
    return span is not None and bool(negative) and all(span.start <= c.i < span.end for c in negative)
