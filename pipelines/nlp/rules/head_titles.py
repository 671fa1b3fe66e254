"""A body's head noun alone before "Chief" is a word of an officer's title, not a mention of the body: "Police
Chief Esmail Ahmadi-Moqaddam", "Iran's Police Chief", "to Cabinet Chief", "Army Chief" name an officer (the title
English forms from the body's kind and "Chief"); a body named in full before a title is still named ("Department
of Homeland Security Secretary X": `rules.title_after_body`)."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


def title_after_bare_head(w: list[Word], end: int, lex: Lexicon) -> bool:
    """The bare head at word `end` of the run is followed by a word that makes the pair a title
    (`Lexicon.head_title_words`)."""
    return end + 1 < len(w) and w[end + 1].low in lex.head_title_words
