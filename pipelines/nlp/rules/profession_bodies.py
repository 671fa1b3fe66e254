"""A body named after a private profession is that profession's association, not a body of a state or of states.

Journalists, lawyers and scientists organise themselves and name the organisation after who they are or whom they
defend: "International Commission of Jurists", "Committee to Protect Journalists", "Editors' Council", "Union of
Concerned Scientists". Governments name their bodies after a task or a remit, and their councils of officials after
the officials ("Council of Ministers", "Committee of Permanent Representatives"), whose words are no private
profession. A profession's plural (`lexicon.profession_member_words`) among a name's words marks the first kind:
the name is no Agency, and a cue such as "International" is no sign of an intergovernmental body. Licensing boards
("Board of Physicians") are a state's bodies named after the profession they regulate; the list leaves the
regulated professions out.
"""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon

#: the possessive endings a profession's plural may carry in a name ("Editors' Council", "Journalists’ Union")
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def profession_body(span_low: list[str], lex: Lexicon) -> bool:
    """The lower-cased words of a name hold the plural of a private profession ("jurists", "journalists'")."""
    return any(_bare(word) in lex.profession_member_words for word in span_low)


def _bare(word: str) -> str:
    """A word without a possessive ending ("editors'" -> "editors")."""
    for end in _POSSESSIVE_ENDS:
        if word.endswith(end):
            return word[: -len(end)]
    return word
