"""Data types found by grammar: a data noun with the nouns and adjectives that modify it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.candidates import Cand
from pipelines.nlp.rules.datatype_biometrics import biometric_samples
from pipelines.nlp.rules.datatype_body_materials import body_material_data
from pipelines.nlp.rules.datatype_coordination import elided_head_coordination
from pipelines.nlp.rules.datatype_examples import datatypes_by_example
from pipelines.nlp.rules.datatype_forms import data_by_form
from pipelines.nlp.rules.datatype_kinds import (
    communications_by_channel,
    compound_core_modifier,
    data_of_people,
)
from pipelines.nlp.rules.datatype_self_named import self_named_data
from pipelines.nlp.rules.datatype_terms import defined_data_terms

_DT_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
#: words that say which or how many, not what kind
_NO_KIND = frozenset({"DET", "PRON", "NUM", "PUNCT", "CCONJ"})


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
        if tok.dep_ == "compound" or (
            nxt is not None and nxt.lower_ in lex.datatype_modifying_followers | lex.datatype_name_followers
        ):
            continue
        mods = [c for c in tok.children if c.dep_ in _DT_DEPS and c.i < tok.i]
        if not mods:
            continue
        start = _kind_start(doc, mods, tok, lex)
        span = doc[start : tok.i]
        if not any(t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for t in span):
            continue
        if tok.text[:1].isupper() and (all(t.text[:1].isupper() for t in span) or _name_word(doc, tok)):
            continue  # "Captured Data", "the broker Acme Data": in title case a heading's or a name's word
        if _broken(span):
            continue
        if any(t.pos_ == "ADV" and t.lower_ not in lex.datatype_core for t in span):
            continue  # "potentially dangerous information": a judgement of the data, graded by an adverb, no kind
        if tok.lower_ in lex.datatype_core_only_heads and not _core_modified(span, lex):
            continue  # "background information", "the existing record": knowledge or a document, not data
        out.append(Cand.of(doc[start].idx, tok.idx + len(tok), "DataType", "datatype-np"))
    kinds = communications_by_channel(doc, lex) + compound_core_modifier(doc, lex) + biometric_samples(doc, lex)
    kinds += body_material_data(doc, lex) + self_named_data(doc, lex)
    grammar = data_of_people(doc, lex) + elided_head_coordination(doc, lex) + defined_data_terms(doc, lex)
    return out + kinds + grammar + datatypes_by_example(doc, lex) + data_by_form(doc, lex)


def _kind_start(doc: Doc, mods: list[Token], head: Token, lex: Lexicon) -> int:
    """Where a data type's phrase starts: at its leftmost modifier's first word (the head itself without one), past
    the words that only say which, how many or how good ("the", "their", "more", "relevant")."""
    start = min((m.left_edge.i for m in mods), default=head.i)
    while start < head.i and (doc[start].lower_ in lex.datatype_not_modifiers or doc[start].pos_ in _NO_KIND):
        start += 1
    return start


def _name_word(doc: Doc, head: Token) -> bool:
    """A capitalised data noun right after a capitalised word other than the sentence's first is the last word of
    a name ("the data broker Acme Data", "Global Data"), not a category's head, whatever words come before."""
    prev = doc[head.i - 1] if head.i > 0 else None
    return prev is not None and prev.text[:1].isupper() and not prev.is_sent_start


def _broken(span) -> bool:
    """A parenthesis, a comma or a line break among the words: they are no one phrase."""
    return any(t.text in ("(", ")", ",") or "\n" in t.text_with_ws for t in span)


def _core_modified(span, lex: Lexicon) -> bool:
    """A modifier of the phrase says whose data or what data they are ("subscriber", "health", "civil
    registration"): a word of the lexicon's core modifiers, alone or with the word after it; not one a privative
    prefix denies ("non-educational public records": what the data are not names no kind)."""
    words = [t.lower_.replace("’", "'") for t in span if not _denied(t)]
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool((set(words) | pairs) & lex.datatype_core)


def _denied(tok: Token) -> bool:
    """The word follows a privative prefix and its hyphen ("non-educational": "non", "-", "educational")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "non"


_KIND_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def datatypes_handled(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Data named by a noun of what holds them, where the clause handles them as data: the object of a verb of
    handling data, or of the noun of such an act, and each noun coordinated with it ("store recordings of phone
    conversations, text messages and users' internet traffic", "the retention of call records and emails"). The noun
    names a kind of data when a modifier says which ("text messages", "account names") or an "of" phrase of common
    nouns does ("recordings of phone conversations"); a few name one alone ("emails"). A possessive pronoun, a
    determiner or a number is no part of the kind ("their emails")."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_bearing_heads or tok.pos_ != "NOUN" or tok.is_upper:
            continue
        if tok.dep_ == "compound" or not _handled(tok, lex):
            continue
        mods = [c for c in tok.children if c.dep_ in _KIND_DEPS and c.i < tok.i and c.pos_ in ("NOUN", "ADJ", "VERB")]
        of_phrase = _kind_of_phrase(tok)
        if not mods and of_phrase is None and tok.lower_ not in lex.datatype_bare_heads:
            continue
        start = _kind_start(doc, mods, tok, lex)
        if start == tok.i and of_phrase is None and tok.lower_ not in lex.datatype_bare_heads:
            continue  # "certain communications": the modifiers say which, not what kind
        end = of_phrase.i + 1 if of_phrase is not None else tok.i + 1
        if _broken(doc[start : end - 1]):
            continue
        out.append(Cand.of(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "DataType", "datatype-handled"))
        for first, last in _list_members(doc, end, lex):
            out.append(Cand.of(doc[first].idx, doc[last].idx + len(doc[last]), "DataType", "datatype-handled"))
    return out


def _list_members(doc: Doc, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The members of a list that goes on after a handled noun phrase ending before `end` ("store recordings of
    calls, text messages and internet traffic"), read off the commas and the conjunction rather than the parse,
    which often attaches list members to the wrong word: each a phrase of nouns and adjectives headed by a noun of
    what holds data or a data noun; a member headed by any other noun, or a name, ends the list."""
    heads = lex.datatype_bearing_heads | lex.datatype_heads
    out: list[tuple[int, int]] = []
    i = end
    while i < len(doc) and (doc[i].text == "," or doc[i].lower_ in ("and", "or")):
        last_member = doc[i].lower_ in ("and", "or")
        i += 1
        if doc[i - 1].text == "," and i < len(doc) and doc[i].lower_ in ("and", "or"):
            last_member, i = True, i + 1
        first = i
        while i < len(doc) and (
            doc[i].pos_ in ("NOUN", "ADJ") or doc[i].dep_ == "compound" or doc[i].tag_ == "POS" or doc[i].text == "'"
        ):
            i += 1
        last = i - 1
        if last < first or doc[last].lower_ not in heads or (i < len(doc) and doc[i].pos_ == "PROPN"):
            break
        while first < last and (doc[first].lower_ in lex.datatype_not_modifiers or doc[first].pos_ == "DET"):
            first += 1
        out.append((first, last))
        if last_member:
            break
    return out


def _handled(tok: Token, lex: Lexicon) -> bool:
    """The noun (or the first of the nouns it is coordinated with) is the object of a verb of handling data, or what
    the noun of such an act is "of", or what such an object holds ("store recordings of calls and messages")."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        return tok.head.lemma_.lower() in lex.data_handling_verbs
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        owner = tok.head.head
        return owner.lower_ in lex.data_handling_nouns or (
            owner.lower_ in lex.datatype_bearing_heads and _handled(owner, lex)
        )
    return False


def _kind_of_phrase(tok: Token) -> Token | None:
    """ "recordings of phone conversations": an "of" phrase right after the noun whose object is a common noun
    without a determiner, a name or a number (not "the names of the ministers"); returns the phrase's last token,
    before any noun coordinated with its object."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.lower_ != "of" or nxt.head != tok:
        return None
    objs = [c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not objs:
        return None
    own = _own_subtree(objs[0])
    if any(t.pos_ in ("DET", "PROPN", "PRON", "PUNCT", "NUM") for t in own):
        return None
    return max(own, key=lambda t: t.i)


def _own_subtree(tok: Token) -> list[Token]:
    """The noun phrase of `tok` without the nouns coordinated with it."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("conj", "cc", "punct", "appos"):
            out += _own_subtree(c)
    return out
