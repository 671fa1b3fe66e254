"""Relations said by the fields of a table about a law: an infobox or a cover sheet ("Enacted by | Parliament of
Canada", "- Enacted By: Lok Sabha") names who made the law the table is about, and its long title ("Long Title: An
Act to provide for the processing of digital personal data") what the law rules on.

A field is a line that starts with a label (`enactor_fields` in `patterns/relations.yaml`) and a separator ("|" or
":"); its value runs to the next separator or the end of the line. The law the table is about is the document's
first law, named in its first lines (the title, or a "Title:" field) before the field. A field says nothing of a
law named further down, and a label inside running prose ("the Act, enacted by Parliament in 2000") is a verb,
read by the verb frames. A table about a bill only proposes it: a bill that has passed is an act.

A table laid out without separators ("Enacted by Ghana Parliament" on a line of its own, or run together with the
next field in the text the pipeline reads: "... Enacted by Ghana Parliament Assented to ...") has a field where the
label is followed by a name and then the end of the line or the next capitalised label; a verb frame that reads the
line as a clause (a participle with its agent) reads it instead. A field's value says something only when it is
wholly names of the right type (after a determiner or ordinal: "the 99th United States Congress"; before a comma or
parenthesis that adds to it: "Michel Temer, President of Brazil"): "Federal Senate", of which only "Senate" is a
name, names no known body.

An agency's infobox ("Roskomnadzor / Federal Service for Supervision of ... / - Jurisdiction: Russia / - Agency
executive: X") is about the body named on its head lines: the document's first mention, an agency on one of its
first lines, or the official name on the line under it (a line that is wholly one name of an agency). Its
"Jurisdiction" field names the state the agency belongs to (partOf), its "Agency executive" field the person who
heads it (leads).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.ruling import regulated_in
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import to_infinitive

_SEPARATORS = frozenset({"|", ":"})
#: a bracketed abbreviation after a name ("(CST)", "(BfDI)"): another name of the same thing, still the field's value
_BRACKETED_ABBREVIATION = re.compile(r"\(\s*[A-Z][A-Za-z0-9&.-]*[A-Z][A-Za-z0-9&.-]*\s*\)")
#: how far down the document the law a table is about is named (its title line and a "Title:" field under it)
_TITLE_LINES = 3
_LABEL_WORDS = 4
#: how far down the document a law's table head runs (its title, the body that made it, its long title)
_HEAD_LINES = 6
#: how far a name in a field without separators may run
_VALUE_WORDS = 12


def table_fields(ctx: Context) -> None:
    """enacts: each enactor named in an "Enacted by" field, of the law the table is about; regulates: the data its
    "Long title" field says it is an act to rule on (`long_title`)."""
    agency_fields(ctx)
    glued_jurisdictions(ctx)
    law = subject_law(ctx)
    if law is None:
        return
    enactors = ctx.vocab.relation("enacts").heads
    for tok in ctx.doc:
        if tok.idx <= ctx.m.items[law].start:
            continue
        purpose = field_value(ctx, tok, ctx.lex.purpose_fields) or _long_title_line(ctx, tok)
        if purpose is not None:
            long_title(ctx, law, purpose, tok)
        root = ctx.m.root(law)
        if root is None:
            continue
        laws = ctx.args([root], frozenset({"Law"}), expand=False)
        value = field_value(ctx, tok, ctx.lex.enactor_fields) or _bare_field_value(ctx, tok, ctx.lex.enactor_fields)
        names = value_names(ctx, value or [], enactors)
        if not names:
            continue
        heads = ctx.args(names, enactors, expand=False)
        # a table about a bill names the legislature it is before, not one that passed it (passed, it is an act)
        bill = any(t.lower_ in ctx.lex.bill_nouns for t in ctx.m.spans[law] or ())
        ctx.emit("enacts", heads, laws, "field", tok, modality="proposed" if bill else None)


def long_title(ctx: Context, law: int, value: list[Token], field: Token) -> None:
    """ "Long Title: An Act to provide for the processing of digital personal data ...": a statute's long title
    says what the act is for, so the law the table is about regulates the data its infinitives of ruling are about
    (as "X is an Act to provide for ..." would say; a table about a bill only proposes it)."""
    kinds = ctx.lex.law_kind_nouns | ctx.lex.bill_nouns
    nouns = [t for t in value if t.lower_ in kinds and t.pos_ in ("NOUN", "PROPN") and ctx.m.at(t) is None]
    acts = [c for n in nouns[:1] for c in n.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"]
    # the parse may read "AN ACT to establish ..." as a clause whose subject is the noun
    acts += [n.head for n in nouns[:1] if n.dep_ == "nsubj" and n.head.tag_ == "VB" and to_infinitive(n.head)]
    root = ctx.m.root(law)
    if not acts or root is None:
        return
    bill = any(t.lower_ in ctx.lex.bill_nouns for t in ctx.m.spans[law] or ()) or nouns[0].lower_ in ctx.lex.bill_nouns
    laws = ctx.args([root], frozenset({"Law"}), expand=False)
    tails = [d for a in acts for p in _purposes(a) for d in regulated_in(ctx, p) if a.i <= d[0].i <= value[-1].i]
    ctx.emit("regulates", laws, tails, "field", field, modality="proposed" if bill else None)


def _purposes(act: Token) -> list[Token]:
    """The infinitive of a long title and those listed after it ("An Act to establish X, to protect Y by regulating
    Z, to provide ..."): each purpose in the list, and the means "by" a purpose is reached, says what the act is for
    (the parse may hang a listed infinitive as a clause of the one before it)."""
    out = [act]
    for t in act.subtree:
        listed = t.dep_ in ("advcl", "conj") and to_infinitive(t)
        means = t.dep_ == "pcomp" and t.head.lower_ == "by" and t.tag_ == "VBG"
        if t is not act and (listed or means) and t.pos_ == "VERB":
            out.append(t)
    return out


def _long_title_line(ctx: Context, tok: Token) -> list[Token] | None:
    """ "• AN ACT to establish a Data Protection Commission, to protect ... personal data ...": a line of a law's
    table head (its first lines) that begins with "An Act to" is the statute's long title, as a "Long title" field
    is; its tokens to the end of the line."""
    doc = ctx.doc
    if not _line_start(doc, tok) or tok.lower_ not in ("a", "an") or ctx.m.text.count("\n", 0, tok.idx) >= _HEAD_LINES:
        return None
    head = doc[tok.i + 1 : tok.i + 3]
    if len(head) < 2 or head[0].lower_ not in ctx.lex.law_kind_nouns | ctx.lex.bill_nouns or head[1].lower_ != "to":
        return None
    end = tok.i
    while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end].whitespace_:
        end += 1
    return list(doc[tok.i : min(end + 1, len(doc))])


def subject_law(ctx: Context) -> int | None:
    """The law a "Title" field of the table's head names, or else the document's first law, if one of its first
    lines names it."""
    laws = [i for i, m in enumerate(ctx.m.items) if m.type == "Law"]
    head = [i for i in laws if ctx.m.text.count("\n", 0, ctx.m.items[i].start) < _HEAD_LINES]
    titled = next((i for i in head if is_field_value(ctx, i, ctx.lex.title_fields)), None)
    if titled is not None:
        return titled
    if not laws or ctx.m.text.count("\n", 0, ctx.m.items[laws[0]].start) >= _TITLE_LINES:
        return None
    return laws[0]


def is_field_value(ctx: Context, i: int, labels: frozenset[str]) -> bool:
    """The mention is the whole value of a field with one of the labels ("Title:", "Short Title |", "Agency
    Name:"): a label, a separator, the name, the end of the line."""
    text, item = ctx.m.text, ctx.m.items[i]
    before = text[text.rfind("\n", 0, item.start) + 1 : item.start].strip().lstrip("-*•").strip()
    end = text.find("\n", item.end)
    after = _without_abbreviation(text[item.end : end if end >= 0 else len(text)].strip())
    if not before or before[-1] not in _SEPARATORS or (after and after[0] != "|"):
        return False
    return before[:-1].strip().lower() in labels


def _without_abbreviation(after: str) -> str:
    """ "Agency Name: Communications Commission (CST)": a field's value may name the thing and then give its
    abbreviation in brackets; the abbreviation is another name of the same thing, so what follows the name on the
    line is what follows the bracket."""
    match = _BRACKETED_ABBREVIATION.match(after)
    return after[match.end() :].strip() if match else after


def _line_start(doc: Doc, tok: Token) -> bool:
    """The token begins a line (after a list bullet, if any), or a cell of a table whose rows the text runs
    together on one line ("| Formed | 1993 | Jurisdiction | Spain |")."""
    prev = doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.text in ("-", "*", "•") and prev.i:
        prev = doc[prev.i - 1]
    return prev is None or "\n" in prev.text or "\n" in prev.whitespace_ or prev.text == "|"


def field_value(ctx: Context, tok: Token, labels: frozenset[str], first_only: bool = False) -> list[Token] | None:
    """The tokens of the field's value when the line starts with one of the labels ("Enacted by |", "Made by:").
    A numbered repeat of the field ("Enacted By2") is the same field; with `first_only`, only the first of a
    numbered series counts ("Chief1 Name" heads the body, "Chief2 Name" ... list its other officers)."""
    doc, words = ctx.doc, []
    if not _line_start(doc, tok):
        return None
    for t in doc[tok.i : tok.i + _LABEL_WORDS + 1]:
        if t.text in _SEPARATORS:
            break
        word = t.lower_.rstrip("0123456789")
        if first_only and t.lower_[len(word) :] not in ("", "1"):
            return None
        words.append(word)
    else:
        return None
    if " ".join(words) not in labels:
        return None
    value = []
    for t in doc[tok.i + len(words) + 1 :]:
        if t.text in _SEPARATORS or "\n" in t.text:
            break
        value.append(t)
    return value


def agency_fields(ctx: Context) -> None:
    """partOf: the state an agency's "Jurisdiction" field names; leads: the person its "Agency executive" (or
    "Chief1 name") field names; of the agency the table is about (`_subject_agency`)."""
    agency = _subject_agency(ctx)
    if agency is None:
        return
    root = ctx.m.root(agency)
    if root is None:
        return
    body = [(root, Argument(agency))]  # the name the table is about, not the first of its names
    for tok in ctx.doc:
        if tok.idx <= ctx.m.items[agency].start:
            continue
        for labels, relation, types in (
            (ctx.lex.agency_state_fields, "partOf", frozenset({"State"})),
            (ctx.lex.agency_head_fields, "leads", frozenset({"Person"})),
        ):
            value_tokens = field_value(ctx, tok, labels, first_only=relation == "leads")
            names = value_names(ctx, value_tokens or [], types)
            if not names:
                continue
            value = ctx.args(names, types, expand=False)
            heads, tails = (body, value) if relation == "partOf" else (value, body)
            ctx.emit(relation, heads, tails, "field", tok)


def glued_jurisdictions(ctx: Context) -> None:
    """partOf: the state a "Jurisdiction" field glued to its value names ("JurisdictionGovernment of X"), of the
    agency the infobox is about (`overview_body`)."""
    states = frozenset({"State"})
    for tok in ctx.doc:
        names = value_names(ctx, glued_government(ctx, tok, ctx.lex.agency_state_fields) or [], states)
        body = overview_body(ctx, tok) if names else None
        if body is None:
            continue
        root = ctx.m.root(body)
        if root is not None:
            ctx.emit("partOf", [(root, Argument(body))], ctx.args(names, states, expand=False), "field", tok)


def overview_body(ctx: Context, field: Token) -> int | None:
    """ "Emblem of the Korea Communications Commission / Agency overview / ...": an infobox copied from a web page
    opens with a heading line (`overview_headings`) under the caption that names the body; the table is about the
    last agency named before the heading nearest above the field."""
    text = ctx.m.text
    heading = max(text.rfind(f"\n{h}", 0, field.idx) for h in _headings(ctx))
    if heading < 0:
        return None
    before = [i for i, item in enumerate(ctx.m.items) if item.end <= heading and ctx.m.type(i) == "Agency"]
    return before[-1] if before else None


def _headings(ctx: Context) -> list[str]:
    """The heading lines of an infobox, as written ("Agency overview")."""
    return [h.capitalize() for h in ctx.lex.overview_headings]


def glued_government(ctx: Context, tok: Token, labels: frozenset[str]) -> list[Token] | None:
    """ "JurisdictionGovernment of Singapore": an infobox copied from a web page may lose the break between a
    one-word label and its value, so the label runs into the value's first word; when that word is a government's
    noun ("Government of X", `government_nouns`), the field's value is the state its "of" phrase names, as in
    "Jurisdiction | Government of X" (`_government_of`). The tokens after "of" to the end of the line."""
    if not _line_start(ctx.doc, tok):
        return None
    label = next((w for w in labels if tok.lower_.startswith(w) and " " not in w), None)
    glued = tok.text[len(label) :] if label is not None else ""
    if not glued[:1].isupper() or glued.lower() not in ctx.lex.government_nouns:
        return None
    end = ctx.doc.text.find("\n", tok.idx)
    value: list[Token] = []
    for t in ctx.doc[tok.i + 1 :]:
        if t.text in _SEPARATORS or (end >= 0 and t.idx >= end):
            break  # (a line's break may be a token of its own or the whitespace after the last word)
        value.append(t)
    return value[1:] if value and value[0].lower_ == "of" else None


def _subject_agency(ctx: Context) -> int | None:
    """The agency a table is about: the document's first mention, when it is an agency named on one of the first
    lines, or the official name on the lines right under it (each line wholly one name of an agency)."""
    m = ctx.m
    caption = _table_caption(ctx)
    if caption is not None:
        return caption
    if not m.items or m.type(0) != "Agency" or m.text.count("\n", 0, m.items[0].start) >= _TITLE_LINES:
        return None
    head = [i for i, item in enumerate(m.items) if m.text.count("\n", 0, item.start) < _HEAD_LINES]
    named = next(
        (i for i in head if m.type(i) == "Agency" and is_field_value(ctx, i, ctx.lex.agency_name_fields)), None
    )
    if named is not None:  # "- Agency Name: X": the field's value, not the page's heading above the table
        return named
    subject = 0
    for i in range(1, len(m.items)):
        between = m.text[m.items[i - 1].end : m.items[i].start]
        if m.type(i) != "Agency" or between.strip() or "\n" not in between or not _whole_line(ctx, i):
            break
        subject = i
    return subject


#: what ends a sentence before a caption the view joined to it
_SENTENCE_ENDS = frozenset(".!?")


def _table_caption(ctx: Context) -> int | None:
    """ "Agencia Española de Protección de Datos | |": a line that is wholly one name of an agency followed by empty
    cells is the caption of the table under it, which is about that body (whatever the prose above named first)."""
    text = ctx.m.text
    for i, item in enumerate(ctx.m.items):
        if ctx.m.type(i) != "Agency":
            continue
        start = text.rfind("\n", 0, item.start) + 1
        end = text.find("\n", item.end)
        rest = text[item.end : end if end >= 0 else len(text)]
        before = text[start : item.start].rstrip()
        # (the view the pipeline reads joins the caption to a line of prose above it: "... agency. X | |")
        if (not before or before[-1] in _SENTENCE_ENDS) and "|" in rest and not rest.replace("|", "").strip():
            return i
    return None


def _whole_line(ctx: Context, i: int) -> bool:
    """The mention is all its line says."""
    text, item = ctx.m.text, ctx.m.items[i]
    start = text.rfind("\n", 0, item.start) + 1
    end = text.find("\n", item.end)
    return not text[start : item.start].strip() and not text[item.end : end if end >= 0 else len(text)].strip()


def _bare_field_value(ctx: Context, tok: Token, labels: frozenset[str]) -> list[Token] | None:
    """ "Enacted by Ghana Parliament": a field of a table laid out without separators, its label at the start of
    a line or run together after the last word of the field before (a capitalised participle right after a word
    is no English clause), then a name that ends the line or runs into the next capitalised label; the name's
    tokens, or None (also when a verb frame read the label as a participle with its agent)."""
    doc = ctx.doc
    prev = doc[tok.i - 1] if tok.i else None
    if not (
        _line_start(doc, tok)
        or (tok.is_title and prev is not None and prev.is_alpha and not prev.whitespace_.count("\n"))
    ):
        return None
    for n in range(1, _LABEL_WORDS + 1):
        label = doc[tok.i : tok.i + n]
        if " ".join(t.lower_ for t in label) not in labels or label.end >= len(doc):
            continue
        if any(tok.i <= c.pred < label.end for c in ctx.found):
            return None
        value = list(doc[label.end : label.end + _VALUE_WORDS])
        names = value_names(ctx, value, None, bare=True)
        if not names:
            return None
        index = ctx.m.at(names[0])
        span = ctx.m.spans[index] if index is not None else None
        return list(doc[label.end : span.end]) if span is not None else None
    return None


def value_names(ctx: Context, value: list[Token], types: frozenset[str] | None, bare: bool = False) -> list[Token]:
    """The first tokens of the names a field's value is (of one of `types`; "Lok Sabha and Rajya Sabha" is two):
    after a determiner or ordinal, up to the end of the value or a comma or parenthesis that adds to the last
    ("Michel Temer, President of Brazil"; `bare`: up to the end of the line or the next capitalised label); none
    when the value is anything else ("Federal Senate", of which only "Senate" is a name)."""
    rest = [t for t in value if not t.is_space]
    names: list[Token] = []
    while True:
        while rest and (rest[0].tag_ in ("DT", "CD") or rest[0].like_num or _ordinal(rest[0])):
            rest = rest[1:]
        rest = _government_of(ctx, rest, types)
        span = _name_at(ctx, rest[0], types) if rest else None
        if span is None:
            return []
        names.append(rest[0])
        rest = [t for t in rest if t.i >= span.end]
        if bare:
            ends = not rest or "\n" in span[-1].whitespace_ or rest[0].is_title or rest[0].is_upper
            return names if ends and len(names) == 1 else []
        joined = rest[1:] if rest and rest[0].lower_ in ("and", "&", ",") else []
        if joined and joined[0].lower_ == "and":
            joined = joined[1:]
        if not joined or _name_at(ctx, joined[0], types) is None:
            return names if not rest or rest[0].text in (",", "(") else []
        rest = joined


def _government_of(ctx: Context, rest: list[Token], types: frozenset[str] | None) -> list[Token]:
    """ "Jurisdiction | Government of Spain": the government of a state is the state itself (`government_nouns`)."""
    if types is None or "State" not in types or len(rest) < 3:
        return rest
    if rest[0].lower_ in ctx.lex.government_nouns and rest[1].lower_ == "of":
        return rest[2:]
    return rest


def _name_at(ctx: Context, tok: Token, types: frozenset[str] | None):
    """The span of the mention that starts at the token (of one of `types`), if one does."""
    i = ctx.m.at(tok)
    if i is None or (types is not None and ctx.m.type(i) not in types):
        return None
    span = ctx.m.spans[i]
    return span if span is not None and span[0].i == tok.i else None


def _ordinal(tok: Token) -> bool:
    """ "99th", "1st": a numeral's ordinal form."""
    return tok.text[:-2].isdigit() and tok.text[-2:].lower() in ("st", "nd", "rd", "th")
