"""Data types found by grammar: a data noun with the nouns and adjectives that modify it."""

from __future__ import annotations

from spacy.tokens import Doc

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand

_DT_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def datatypes_by_grammar(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Data types as open-class noun phrases: a data noun ("data", "information", "records" ...) with the nouns and
    adjectives before it ("accounting data", "state-led survey data", "sensitive personal and business
    information"). Modifiers that only say how much, which or how good ("more data", "the relevant information",
    "incomplete information") name no category, nor do modifiers graded by an adverb ("potentially dangerous
    information"); a data noun that itself modifies another ("data flows", "data
    brokers") is no data type; in capitals ("SCIENTIFIC AND TECHNICAL INFORMATION") the phrase may be a name."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_open_heads or tok.pos_ not in ("NOUN", "PROPN") or tok.is_upper:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.dep_ == "compound" or (nxt is not None and nxt.lower_ in lex.datatype_modifying_followers):
            continue
        mods = [c for c in tok.children if c.dep_ in _DT_DEPS and c.i < tok.i]
        if not mods:
            continue
        start = min(m.left_edge.i for m in mods)
        while start < tok.i and (
            doc[start].lower_ in lex.datatype_not_modifiers
            or doc[start].pos_ in ("DET", "PRON", "NUM", "PUNCT", "CCONJ")
        ):
            start += 1
        span = doc[start : tok.i]
        if not any(t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for t in span):
            continue
        if tok.text[:1].isupper() and all(t.text[:1].isupper() for t in span):
            continue  # "Captured Data": in title case an open phrase is a heading or a name, not a category
        if any(t.text in ("(", ")", ",") or "\n" in t.text_with_ws for t in span):
            continue
        if any(t.pos_ == "ADV" and t.lower_ not in lex.datatype_core for t in span):
            continue  # "potentially dangerous information": a judgement of the data, graded by an adverb, no kind
        if tok.lower_ in lex.datatype_core_only_heads and not _core_modified(span, lex):
            continue  # "background information", "the existing record": knowledge or a document, not data
        out.append(Cand.of(doc[start].idx, tok.idx + len(tok), "DataType", "datatype-np"))
    return out


def _core_modified(span, lex: Lexicon) -> bool:
    """A modifier of the phrase says whose data or what data they are ("subscriber", "health", "civil
    registration"): a word of the lexicon's core modifiers, alone or with the word after it."""
    words = [t.lower_.replace("’", "'") for t in span]
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool((set(words) | pairs) & lex.datatype_core)
