"""A unit of a body named before "of the" and its parent body: "the Broadcasting Division of the Ministry of
Culture", "the Second Chamber of the Supreme Court of Justice of the Nation", "the Antitrust Division of the
Department of Justice".

A division, section, branch or chamber (`lexicon.body_unit_heads`) is a part of the body the "of the" phrase
names when that phrase has a body's head noun of its own: the mention names the parent as a whole name, and the unit
with the words of its subject ("Broadcasting Division") as another. A unit named only by its rank ("Second Chamber",
"Grand Chamber"; `lexicon.ordinal_words`, `lexicon.unit_rank_words`) has no name apart from its parent: only the
parent is named. A unit head first ("Division of Advertising Practices") or with no article after "of" ("Chamber of
Deputies", "Chamber of Commerce") is a name of its own and left to the other rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.org_spans import org_name_start


@dataclass(frozen=True)
class UnitOfBody:
    """Where the unit's head word is in the run, and whether words before it name the unit's subject."""

    head: int
    named: bool


def unit_of_body(low: list[str], heads: list[int], lex: Lexicon) -> UnitOfBody | None:
    """The unit head at which a run names a unit and then "of the" and its parent body; None when it does not.

    `low` are the run's lower-cased words, `heads` the positions of its body head nouns."""
    for j in heads:
        if low[j] not in lex.body_unit_heads or j + 3 >= len(low):
            continue
        start = org_name_start(low, j, lex)
        if j <= start:
            continue
        if low[j + 1] != "of" or low[j + 2] != "the" or not any(i > j + 2 for i in heads):
            continue
        rank_only = all(w in lex.ordinal_words or w in lex.unit_rank_words for w in low[start:j])
        return UnitOfBody(head=j, named=not rank_only)
    return None
