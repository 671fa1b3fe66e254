"""Words inside a capitalised run that tell a body's name is no state body's or has ended: a political party's
name ("Party Secretariat") and the pronoun "I"."""

from __future__ import annotations

from pipelines.nlp.rules.runs import Word


def party_organ_words(words: list[str], party_nouns: frozenset[str]) -> bool:
    """A political party's organ ("Communist Party Propaganda Department", "the Party Secretariat"): the word
    "Party" inside a national body's name names the party, whose organs are not government bodies of the state. An
    intergovernmental working party ("OECD Working Party on Privacy") is typed as an IGO before this is asked."""
    return any(w in party_nouns for w in words)


def first_person(word: Word) -> bool:
    """English writes the pronoun "I" in capitals wherever it stands; it is a clause's subject, never a word of a
    body's name ("the Department of Commerce and I met")."""
    return word.text == "I"
