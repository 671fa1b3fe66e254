"""A coalition named after its members' trade or cause is a private association, not a body of states.

"Coalition" names groupings of states ("Global Coalition to Counter ISIL") and groupings of companies, artists or
campaigners ("Coalition of Creators and Content Providers", "Asia Internet Coalition", "Net Rights Coalition"). When
the name says what its members make, sell or campaign for (`lexicon.private_member_words`), the members are no
governments, and the word "coalition" is no cue of an intergovernmental body.
"""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon


def private_coalition(span_low: list[str], lex: Lexicon) -> bool:
    """The lower-cased words of a name headed by "coalition" hold a word naming its members' trade or cause."""
    return any(w in lex.member_body_heads for w in span_low) and any(w in lex.private_member_words for w in span_low)
