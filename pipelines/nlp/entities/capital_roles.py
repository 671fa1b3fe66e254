"""A capital named after a preposition that still stands for its government: English names a state's government
by its capital as the one who acts in a passive clause ("material deemed sensitive by Beijing", "rejected by
Moscow") and as the party one works, negotiates or holds talks with ("his desire to work with Washington", "talks
with Beijing"); in both roles a city cannot act, its government does. A city that hosts or borders something ("the
Games hosted by Beijing") and the other prepositions of place ("in Washington", "from Paris") are not concerned."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.lexicon import Lexicon


def acting_after_preposition(root: Token, lex: Lexicon) -> bool:
    """The capital `root` is the object of a passive clause's "by" (`_passive_agent`) or of "with" after a verb or
    a noun of dealing with a party (`lexicon.metonymy_partner_words`: "work with", "talks with")."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return _passive_agent(prep, lex) or (
        prep.lower_ == "with" and prep.head.lemma_.lower() in lex.metonymy_partner_words
    )


def _passive_agent(prep: Token, lex: Lexicon) -> bool:
    """The "by" of a passive clause's agent ("rejected by Moscow"), unless the verb is one a place does
    (`lexicon.place_agent_verbs`: "hosted by", "bordered by")."""
    return prep.dep_ == "agent" and prep.head.lemma_.lower() not in lex.place_agent_verbs
