"""Who does what a list item says: the noun phrase of a lead-in line that ends in a colon (any relation).

"Specifically, the Act:\\n- regulates the transfer of health data;\\n- requires banks to ...": a line that is only a
noun phrase (after an optional sentence adverb and comma) closed by a colon announces a list whose items are verb
phrases; each item continues the lead-in, so the noun phrase is the subject of every item's verb. An item with a
subject of its own is read on its own, and the list ends at the first line that is no item.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.listed import is_list_item
from pipelines.nlp.relations.syntax import SUBJECTS

#: tags of a verb that opens an item with its subject left out ("regulates", "require", "setting", "approved")
_ITEM_VERB_TAGS = frozenset({"VBZ", "VBP", "VB", "VBG", "VBD"})
#: a cable's paragraph mark before the text of its paragraph: "3.", "3. (SBU)", "(C)"
_PARAGRAPH_MARK = re.compile(r"[ \t]*(?:\d{1,3}\.[ \t]*)?(?:\([A-Z/]{1,6}\)[ \t]*)?")
#: the parts of speech of a fronted adverbial before its comma ("Specifically", "Under the new rules")
_ADVERBIAL_POS = frozenset({"ADV", "ADP", "DET", "ADJ", "NOUN", "PROPN"})


def lead_in_subject(ctx: Context, verb: Token) -> list[Token]:
    """The subject a subjectless verb of a list item takes from the list's lead-in line ("The Act:\\n- regulates
    X"), or nothing when the verb is not in such an item."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    line_start = _line_start(verb.doc, verb.idx)
    if not is_list_item(ctx, _line(verb.doc, line_start)):
        return []
    opener = _first_word(verb.doc, line_start)
    if opener is None or not _verb_opener(opener) or opener.i > verb.i:
        return []
    if any(c.dep_ in SUBJECTS for c in opener.children) or not _same_clause_chain(_item_root(opener), verb):
        return []
    head = _lead_in_head(ctx, verb.doc, line_start)
    return [head] if head is not None else []


def _verb_opener(opener: Token) -> bool:
    """Whether an item opens with a verb: tagged as one, or a lowercase word in -s with no determiner that the
    tagger took for a plural noun ("- builds trust in ...": a bullet before a verb in -s misleads it)."""
    if opener.tag_ in _ITEM_VERB_TAGS:
        return True
    return (
        opener.tag_ == "NNS"
        and opener.text.islower()
        and opener.text.endswith("s")
        and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in opener.children)
    )


def _item_root(opener: Token) -> Token:
    """The word the item's opening word hangs on as a compound on its line ("builds" mis-read as a compound of
    "trust"), or the opening word itself."""
    line_end = opener.doc.text.find("\n", opener.idx)
    line_end = len(opener.doc.text) if line_end < 0 else line_end
    tok = opener
    while tok.dep_ == "compound" and tok.head != tok and tok.idx < tok.head.idx < line_end:
        tok = tok.head
    return tok


def _line_start(doc: Doc, idx: int) -> int:
    """The character offset where the line holding `idx` begins."""
    return doc.text.rfind("\n", 0, idx) + 1


def _line(doc: Doc, start: int) -> str:
    """The line of text that begins at `start`, stripped."""
    end = doc.text.find("\n", start)
    return doc.text[start : end if end >= 0 else len(doc.text)].strip()


def _first_word(doc: Doc, start: int) -> Token | None:
    """The first alphabetic token at or after character `start` on its line."""
    end = doc.text.find("\n", start)
    end = len(doc.text) if end < 0 else end
    for tok in doc:
        if start <= tok.idx < end and tok.is_alpha:
            return tok
        if tok.idx >= end:
            break
    return None


def _same_clause_chain(opener: Token, verb: Token) -> bool:
    """Whether `verb` is the item's opening verb or hangs under it without a subject between them."""
    tok = verb
    while tok != opener:
        if tok.head == tok or any(c.dep_ in SUBJECTS for c in tok.children):
            return False
        tok = tok.head
    return True


def _lead_in_head(ctx: Context, doc: Doc, item_start: int) -> Token | None:
    """The head noun of the lead-in line above the items (skipping earlier items and blank lines): a line that is
    only a noun phrase closed by a colon, after an optional sentence adverb and comma ("Specifically, the Act:")."""
    end = item_start - 1
    while end > 0:
        start = doc.text.rfind("\n", 0, end) + 1
        line = doc.text[start:end].strip()
        if line.endswith(":"):  # a numbered paragraph may lead in too ("3. (SBU) The Act:")
            return _noun_phrase_head(doc, start)
        if line and not is_list_item(ctx, line):
            return None
        end = start - 1
    return None


def _noun_phrase_head(doc: Doc, start: int) -> Token | None:
    """The head noun of the line at `start` when the line is only a noun phrase closed by a colon: a cable's
    paragraph mark ("3. (SBU)") and a fronted adverbial with its comma ("Specifically,", "Under the new rules,")
    may open it, and it holds no verb."""
    end = doc.text.find("\n", start)
    end = len(doc.text) if end < 0 else end
    mark = _PARAGRAPH_MARK.match(doc.text, start)
    start = mark.end() if mark else start
    toks = [t for t in doc if start <= t.idx < end and not t.is_space]
    if toks:  # a lead-in run into the paragraph above it: its own sentence ("... on Monday. The Act:")
        toks = [t for t in toks if t.i >= toks[-1].sent.start]
    inner = [i for i, t in enumerate(toks[:-1]) if t.text == ":"]
    toks = toks[inner[-1] + 1 :] if inner else toks  # after a label or heading run in: "Title: subtitle The Act:"
    comma = next((i for i, t in enumerate(toks) if t.text == ","), -1)
    if comma >= 0 and all(t.pos_ in _ADVERBIAL_POS for t in toks[:comma]):
        toks = toks[comma + 1 :]
    if len(toks) < 2 or toks[-1].text != ":" or any(t.pos_ in ("VERB", "AUX") for t in toks[:-1]):
        return None
    inside = {t.i for t in toks}
    heads = [t for t in toks[:-1] if t.pos_ in ("NOUN", "PROPN") and (t.head == t or t.head.i not in inside)]
    return heads[0] if len(heads) == 1 else None
