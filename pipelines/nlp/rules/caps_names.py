"""Names in capitals outside telegrams: a document in mixed case that prints a body's name in capitals on a line or
in a table cell of its own (the letterhead of a statute, "THE NATIONAL ASSEMBLY | | THE SOCIALIST REPUBLIC OF
VIETNAM") names the body as the same words in mixed case would; a telegram, all in capitals, does not tell a name
from a phrase by its capitals, so there a name in capitals needs a cue."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word

#: what ends a line or a cell of a table
_CELL_ENDS = "\n|"
#: share of lower-case letters above which a text is in mixed case, not in telegram capitals
_MIXED_CASE = 0.5


def caps_cell_name(span_words: list[Word], lex: Lexicon) -> bool:
    """The words are a name of two words or more with a head that names a body of state (`caps_cell_heads`),
    standing alone in capitals on their line or in their table cell ("THE" may precede it), in a document whose
    text is mostly in lower case."""
    if len(span_words) < 2 or span_words[-1].low not in lex.caps_cell_heads:
        return False
    text = span_words[0].token.doc.text
    start, end = span_words[0].start, span_words[-1].end
    cell_start = max(text.rfind(ch, 0, start) for ch in _CELL_ENDS) + 1
    ends = [i for i in (text.find(ch, end) for ch in _CELL_ENDS) if i >= 0]
    cell_end = min(ends, default=len(text))
    if text[cell_start:start].strip() not in ("", "THE") or text[end:cell_end].strip():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.islower() for ch in letters) / len(letters) > _MIXED_CASE
