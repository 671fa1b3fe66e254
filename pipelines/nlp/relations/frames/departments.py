"""A secretary's or minister's department named by the title alone (leads). English names the head of a department
or ministry by a title that carries the department's field: "Secretary of Commerce Wilbur Ross", "Treasury
Secretary X", "Secretary of State X", "Interior Minister X", "Minister of Justice X". The field is not a name of its
own, so the body is the department the document names with the same field, "Department of Commerce", "U.S.
Department of the Treasury", "State Department", "Interior Ministry": the nearest such mention before the title (the
one the reader has in mind), else one in the title's own sentence. A deputy's title ("Deputy Secretary of Commerce
X", "Under Secretary"), a former holder's ("former Treasury Secretary X") and a title with a nationality or state
before it that the department's name does not repeat ("German Interior Minister X" beside "the Spanish Interior
Ministry") say nothing of the department. The words are `department_heads` and `department_nouns` in
`patterns/relations.yaml`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument

_FIELD = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
#: "Secretary of (the) Commerce", "Treasury Secretary" at the end of the text before a name
_OF_TITLE = re.compile(rf"(?P<title>[A-Za-z]+) of (?:the )?(?P<field>{_FIELD})\s+$")
_FIELD_TITLE = re.compile(rf"(?P<field>{_FIELD}) (?P<title>[A-Za-z]+)\s+$")
#: how many words before a title may belong to its noun phrase ("U.S. Treasury Secretary", "then-Acting ...")
_BEFORE_WORDS = 2


def department_heads(ctx: Context) -> None:
    """leads: each person named after a department head's title, of the department the title's field names."""
    for i, item in enumerate(ctx.m.items):
        if item.type != "Person":
            continue
        title = _field_title(ctx, item.start)
        if title is None:
            continue
        field, start, before, near = title
        body = _department(ctx, field, before, start, near)
        person, body_root = ctx.m.root(i), ctx.m.root(body) if body is not None else None
        if person is None or body is None or body_root is None:
            continue
        pred = _title_token(ctx, start) or person
        ctx.emit("leads", [(person, Argument(i))], [(body_root, Argument(body))], "department", pred)


def _field_title(ctx: Context, offset: int) -> tuple[str, int, list[str], bool] | None:
    """The field of a department head's title right before a name ("Secretary of Commerce" -> Commerce), where the
    title starts, the capitalised words before it, and whether the department must be named near it
    (`near_department_heads`); None for no such title, a deputy's or a former holder's."""
    text = ctx.doc.text
    line = text[text.rfind("\n", 0, offset) + 1 : offset]
    match = _OF_TITLE.search(line) or _FIELD_TITLE.search(line)
    if match is None or match.group("title").lower() not in ctx.lex.department_heads:
        return None
    start = offset - len(line) + match.start()
    if ctx.m.before(start) != ctx.m.before(offset):
        return None  # a body named in the title ("DHS Secretary X"): what the other office frames read
    before = _words_before(ctx, start)
    blocking = _blocking(ctx)
    field = match.group("field")
    if any(w.lower().rstrip("-") in blocking for w in before + field.split()):
        return None
    near = match.group("title").lower() in ctx.lex.near_department_heads
    return field, start, [w for w in before if w[:1].isupper()], near


def _department(ctx: Context, field: str, before: list[str], title_start: int, near: bool) -> int | None:
    """The department the document names with the field: the nearest such Agency mention before the title (with
    `near`, in the title's sentence or the one before it), else one in the title's sentence after it; its name
    repeats every capitalised word before the title."""
    nouns = "|".join(re.escape(n) for n in sorted(ctx.lex.department_nouns))
    named = re.compile(
        rf"\b(?:(?:{nouns})\.? of (?:the )?{re.escape(field)}|{re.escape(field)} (?:{nouns}))\b", re.IGNORECASE
    )
    title = _title_token(ctx, title_start)
    limit = title.sent.end_char if title is not None else title_start
    first = _previous_sentence_start(title) if near and title is not None else 0
    matches = [
        i
        for i, item in enumerate(ctx.m.items)
        if item.type == "Agency"
        and first <= item.start < limit
        and named.search(" ".join(item.text.split()))
        and all(w.lower() in item.text.lower() for w in before)
    ]
    earlier = [i for i in matches if ctx.m.items[i].start < title_start]
    return earlier[-1] if earlier else (matches[0] if matches else None)


def _blocking(ctx: Context) -> frozenset[str]:
    """Words before a title that make its holder a deputy or a former holder."""
    return ctx.lex.deputy_modifiers | ctx.lex.subordinate_title_modifiers | ctx.lex.past_holder_modifiers


def _previous_sentence_start(title: Token) -> int:
    """Where the sentence before the title's sentence starts (the title's own, for a document's first)."""
    start = title.sent.start
    return title.doc[start - 1].sent.start_char if start > 0 else title.sent.start_char


def _words_before(ctx: Context, start: int) -> list[str]:
    """The capitalised words right before the title in its sentence that may open its noun phrase (up to
    `_BEFORE_WORDS`; punctuation other than an abbreviation's dots, or a lower-case word, ends them; a word that
    makes the holder a former one is kept so that it blocks the title)."""
    title = _title_token(ctx, start)
    if title is None:
        return []
    blocking = _blocking(ctx)
    out: list[str] = []
    for tok in reversed(title.doc[title.sent.start : title.i]):
        word = tok.text.replace(".", "")
        if tok.lower_.rstrip("-") in blocking:  # "former Treasury Secretary X": kept, to block the title
            out.insert(0, tok.text)
            break
        # "said on Monday that Foreign Minister X": a lower-case word ends the title's noun phrase
        if len(out) == _BEFORE_WORDS or not word.isalpha() or not word[:1].isupper():
            break
        out.insert(0, tok.text)
    return out


def _title_token(ctx: Context, start: int) -> Token | None:
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None else None
