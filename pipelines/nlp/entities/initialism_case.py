"""A short initialism is written in capitals: "GAO", "FBI", "KGB" name bodies letter by letter, while the same
letters in title case are a word of their own, most often a surname or a place ("Gao", "Dia", "Ito"). Longer
acronyms read as words are also written in title case ("Nato", "Nasa", "Ofcom"), so only names of three letters
or fewer are held to their capitals."""

from __future__ import annotations

from pipelines.nlp.reference import ReferenceIndex, normalize

#: the longest initialism held to its capitals
_SHORT = 3


def initialism_in_title_case(text: str, index: ReferenceIndex) -> bool:
    """`text` is a title-case word of three letters or fewer whose every spelling in the tables is in capitals: the
    word, not the tables' initialism."""
    if len(text) > _SHORT or not text.isalpha() or not text.istitle():
        return False
    key = normalize(text)
    spellings = [s for e in index.recognised(text) for s in index.surfaces.get(e.entity_id, []) if normalize(s) == key]
    return bool(spellings) and all(s.isupper() for s in spellings)
