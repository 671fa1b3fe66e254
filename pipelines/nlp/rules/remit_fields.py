"""A body's remit named with "in": "Office for Research in Materials Testing", "Committee on Trade in
Goods", "Centre for Excellence in Cyber Security".

English names a body after its remit with "for"/"on" ("Office for Security", "Committee on Trade") and narrows that
remit to a field with "in" and the field's capitalised name; the field is part of the name. "in" before a place
("the Office for Security in Berlin", "the Commission for Human Rights in Nigeria") or a date ("in January") says
where or when the body acts, and ends the name; so does "in the" (a new noun phrase) and "IN" in a line written in
capitals, where every word looks like a name."""

from __future__ import annotations

from pipelines.nlp.rules.run_words import Word
from pipelines.nlp.rules.runs import MONTHS, WEEKDAYS

#: spaCy entity labels of a place, a date, a person or a group: "in" before them says where, when or who
_NOT_FIELD_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "PERSON", "NORP", "CARDINAL", "ORDINAL"})
#: the prepositions that open a remit ("Office for Security", "Committee on Trade")
_REMIT_PREPOSITIONS = frozenset({"for", "on"})


def remit_field_end(w: list[Word], k: int, last: int, is_state=None) -> int | None:
    """If the lower-case "in" at `k` narrows a remit opened by "for"/"on" after the head at `last` to a field named
    by capitalised words that run to the end of the run, the index of the field's last word; otherwise None."""
    if w[k].text != "in" or not any(x.low in _REMIT_PREPOSITIONS for x in w[last + 1 : k]):
        return None
    field = w[k + 1 :]
    if not field or not all(x.is_name and not x.text[0].isdigit() for x in field) or _broken_at_end(field[-1]):
        return None
    if any(_not_a_field(x, is_state) for x in field):
        return None
    return len(w) - 1


def _broken_at_end(word: Word) -> bool:
    """A hyphen ends the word: a word broken at a line end ("Infor- mation"), not a whole word of a name."""
    text = word.token.doc.text
    return text[word.end : word.end + 1] in ("-", "‐", "‑")


def _not_a_field(word: Word, is_state) -> bool:
    """The word names a place, a time or a person ("in Berlin", "in January", "in Nigeria"): no field."""
    if word.low in MONTHS or word.low in WEEKDAYS:
        return True
    if is_state is not None and is_state(word.text):
        return True
    return word.token.ent_type_ in _NOT_FIELD_LABELS
