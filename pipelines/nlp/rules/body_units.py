"""A unit of a body named by its rank alone, then "of the" and its parent: "the Second Chamber of the Supreme Court of
Justice of the Nation", "the First Section of the Constitutional Court", "the Grand Chamber of the European Court of
Human Rights".

A chamber, section or division (`lexicon.body_unit_heads`) named only by an ordinal or a word of rank
(`lexicon.ordinal_words`, `lexicon.unit_rank_words`) has no name apart from the body the "of the" phrase names when
that phrase has a body's head noun of its own: the mention names the parent body. A unit named by its work keeps its
parent in its name ("the Criminal Division of the Department of Justice", "the Special Branch of the Metropolitan
Police"), and a unit head first ("Division of Advertising Practices") or with no article after "of" ("Chamber of
Deputies") is a name of its own: both are left to the other rules.
"""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.org_spans import org_name_start


def ranked_unit_of_body(low: list[str], heads: list[int], lex: Lexicon) -> int | None:
    """The position of the unit head at which a run names a ranked unit and then "of the" and its parent body; None
    when it does not. `low` are the run's lower-cased words, `heads` the positions of its body head nouns."""
    for j in heads:
        if low[j] not in lex.body_unit_heads or j + 3 >= len(low):
            continue
        start = org_name_start(low, j, lex)
        if j <= start or low[j + 1] != "of" or low[j + 2] != "the" or not any(i > j + 2 for i in heads):
            continue
        if all(w in lex.ordinal_words or w in lex.unit_rank_words for w in low[start:j]):
            return j
    return None
