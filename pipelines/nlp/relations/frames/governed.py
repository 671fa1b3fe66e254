"""Data a law governs said by a noun phrase, and who stands behind a law's localization rule: "data under its Act
(health records, identity registers)" (`data_under_law`), "Kenya adopted the Act, which obliges operators to store
X in Kenya", "Indonesia relaxed its rules with X, which requires Y to stay in the country" (`localizing_enactors`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.relations.attitude import attitude
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.changed import changing_enactor
from pipelines.nlp.relations.frames.roles import LAW, OF, STATE
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import antecedent, conjuncts, is_passive, is_verbal, objects, prep_objects, subjects
from pipelines.vocabulary import FACT_MODALITY, FACT_POLARITY


def data_under_law(ctx: Context, law: Token) -> None:
    """ "health records under the Data Act", "data under its Act (health records, identity registers etc)": data
    said to be under a law is data the law governs. The noun the "under" phrase modifies is a data type or a word
    for data; what its phrase names (its list in parentheses too, which the parse often hangs on the law's name, a
    list of data that cannot be the law itself) is regulated. Not a verb's "under" phrase ("stored under the Act"
    says more: `handled_under`, `stored_under`)."""
    prep = law.head
    if law.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep" or prep.head == prep:
        return
    noun = prep.head
    if is_verbal(noun) or not _is_data(ctx, noun):
        return
    heads = ctx.args([law], LAW, expand=False)
    ctx.emit("regulates", heads, ctx.datatypes([noun]), "data-under", noun)


def law_topic(ctx: Context, law: Token) -> None:
    """ "Directive 95/46/EC on the protection of personal data", "Regulation (EU) 2016/679 on the processing and
    transfer of personal data": a phrase of topic (`law_topic_preps`) right after a law's name says what the law is
    on, wherever the parse hangs it (often on the verb the name is the object of), when its object is a data type
    or a noun of handling data (`handling_nouns`; "the Act on Tuesday" is no topic). The name's aside in
    parentheses ("Directive 95/46/EC (the Data Protection Directive) on ...") stands between them as part of the
    name."""
    i = ctx.m.at(law)
    span = ctx.m.spans[i] if i is not None else None
    if span is None or span.end >= len(ctx.doc):
        return
    prep = _after_aside(ctx.doc[span.end])
    prep = _after_issuer_and_date(ctx, prep) if prep is not None else None
    topics = _topic_objects(ctx, prep) if prep is not None and prep.dep_ == "prep" else []
    data = [t for o in topics for t in _handled_data(ctx, o, respect=not _titled(ctx, span.start))]
    if data:
        heads = ctx.args([law], LAW, expand=False)
        ctx.emit("regulates", heads, ctx.datatypes(data), "topic", law)


def _topic_objects(ctx: Context, prep: Token) -> list[Token]:
    """The objects of a phrase of topic that opens at `prep`: a preposition of topic ("on", "regarding") or a
    compound preposition of respect ("with respect to", "in respect of", "with regard to", "in relation to": a
    preposition of `law_topic_respect_preps`, a noun of respect, then "to" or "of"), which English uses as one
    preposition of topic ("Regulation 45/2001 with respect to the processing of personal data"), when the parse hangs
    it on a noun (on a verb, "amended the Act with respect to X", it says what the verb's act was about)."""
    if prep.lower_ in ctx.lex.law_topic_preps:
        return [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ not in ctx.lex.law_topic_respect_preps or is_verbal(prep.head):
        return []  # "amended the Act with respect to X" says what the amending was about, not the Act
    nouns = [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in ctx.lex.regard_nouns]
    return [o for n in nouns for o in prep_objects(n, _REGARD_PREPS)]


def _after_aside(tok: Token) -> Token | None:
    """The token after a parenthesis that opens at `tok` ("Directive 95/46/EC (the Data Protection Directive) on
    ..."): a name's aside (its short name, its number) does not part it from the phrase that follows the name;
    `tok` itself when no parenthesis opens there, None when it does not close soon."""
    if tok.text != "(":
        return tok
    doc = tok.doc
    for t in doc[tok.i + 1 : min(tok.i + 1 + _ASIDE_WORDS, len(doc))]:
        if t.text == ")":
            return doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.text == "(":
            return None
    return None


def _after_issuer_and_date(ctx: Context, tok: Token) -> Token | None:
    """The token after the "of" phrases that name a law's issuers and its date: "Regulation (EU) 2016/679 of the
    European Parliament and of the Council of 27 April 2016 on the protection of personal data", "Organic Law
    3/2018 of December regarding ...". An official citation gives who made the law and when before what it is on,
    so its topic phrase follows them. `tok` itself when no such phrase starts there; None when an "of" phrase names
    anything else (then the phrase after it is not said of the law)."""
    doc, i = tok.doc, tok.i
    while i < len(doc) and doc[i].lower_ == OF_WORD:
        end = _issuer_end(ctx, i + 1) or _date_end(i + 1, doc)
        if end is None:
            return None
        i = end
        if i + 1 < len(doc) and doc[i].lower_ in _JOINERS and doc[i + 1].lower_ == OF_WORD:
            i += 1  # "of the European Parliament and of the Council"
    return doc[i] if i < len(doc) else None


def _issuer_end(ctx: Context, i: int) -> int | None:
    """The end of a maker's name ("the European Parliament", "the Council") that starts at `i`, after a determiner."""
    doc = ctx.doc
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    m = ctx.m.at(doc[i]) if i < len(doc) else None
    span = ctx.m.spans[m] if m is not None else None
    if m is None or span is None or ctx.m.type(m) not in _ISSUER_TYPES or span.start != i:
        return None
    return span.end


def _date_end(i: int, doc: Doc) -> int | None:
    """The end of a date that starts at `i` ("27 April 2016", "December", "15 March 2006"): numbers and a month."""
    j = i
    while j < len(doc) and (doc[j].like_num or doc[j].lower_ in _MONTHS) and j - i < 3:
        j += 1
    return j if any(t.lower_ in _MONTHS for t in doc[i:j]) else None


OF_WORD = "of"
_JOINERS = frozenset({"and", ","})
_ISSUER_TYPES = frozenset({"IGO", "Agency", "State"})
_MONTHS = frozenset(load_lexicon().months)


#: how long an aside after a law's name may be ("(the Data Protection Directive)", "(Regulation (EU) 2016/679)")
_ASIDE_WORDS = 10


def _titled(ctx: Context, start: int) -> bool:
    """The law's mention gives its official title: it follows a word of naming ("officially Directive 95/46/EC on
    the protection of individuals with regard to ...", "known as", "entitled") or opens a parenthesis: the words
    after it are the rest of the title, which the mention may not have taken in, not a statement of its topic."""
    before = ctx.doc[max(0, start - 2) : start]
    return any(t.text == "(" or t.lower_ in ctx.lex.naming_words | ctx.lex.title_adverbs for t in before)


def _handled_data(ctx: Context, topic: Token, respect: bool = True) -> list[Token]:
    """The data a topic names: a data type itself, or the data types that are the "of" objects of a noun of
    handling and its conjuncts ("the processing and transfer of personal data"), also through a phrase of respect
    (`regard_nouns`): "the protection of individuals with regard to the processing of personal data" is on the
    processing of the data (only a data type named apart from the law counts, so a law whose official title this
    is, named in full, is not read as ruling on its own title's words)."""
    if _is_data(ctx, topic):
        return conjuncts(topic)
    nouns = [n for n in conjuncts(topic) if _handling(ctx, n)]
    nouns += [h for n in nouns for h in _in_respect_of(ctx, n)] if respect else []
    return [d for n in nouns for o in prep_objects(n, OF) for d in conjuncts(o) if _is_data(ctx, d)]


def _in_respect_of(ctx: Context, noun: Token) -> list[Token]:
    """The nouns of handling a phrase of respect on the noun is about: "with regard to the processing and the
    free movement of ...", "in respect of the transfer of ..." (a preposition, a noun of respect, "to" or "of"),
    on the noun or, as the parse often attaches it, on its "of" object ("protection of persons with respect to")."""
    out = []
    holders = [noun, *prep_objects(noun, OF)]
    for p in (c for h in holders for c in h.children if c.dep_ == "prep"):
        for r in (c for c in p.children if c.dep_ == "pobj" and c.lemma_.lower() in ctx.lex.regard_nouns):
            out += [h for o in prep_objects(r, _REGARD_PREPS) for h in conjuncts(o) if _handling(ctx, h)]
    return out


_REGARD_PREPS = frozenset({"to", "of"})


def _handling(ctx: Context, noun: Token) -> bool:
    return ctx.m.at(noun) is None and noun.lemma_.lower() in ctx.lex.handling_nouns


def _is_data(ctx: Context, noun: Token) -> bool:
    """A data type's mention, or a plain word for data ("data", "information", "records")."""
    i = ctx.m.at(noun)
    if i is not None:
        return ctx.m.type(i) == "DataType"
    return noun.lemma_.lower() in ctx.lex.data_nouns or noun.lower_ in ctx.lex.data_nouns


def localizing_enactors(ctx: Context, verb: Token, tails: list[tuple[Token, Argument]]) -> None:
    """ "In 2014 Russia adopted Federal Law No. 242-FZ, which obliges operators to store the personal data of
    Russian citizens on servers located in Russia": a relative clause that says what a law obliges, on a law that
    the main clause says a state or body enacted (a verb of the enacting frame, active, with the law as its
    object), makes the enactor require what the law requires. The enacting clause says whether it is so ("did not
    adopt", "plans to adopt"), not only the relative clause. A verb coordinated with the relative clause's verb
    shares its subject, the law."""
    clause = _relative_clause(verb)
    if clause.dep_ != "relcl" or not tails:
        return
    law = antecedent(clause)
    i = ctx.m.at(law)
    if i is None or ctx.m.type(i) != "Law":
        return
    gov = _enacting_governor(ctx, law)
    if gov is None:
        return
    enactors = ctx.args(subjects(gov), STATE, pred=gov)
    making = attitude(gov, ctx.lex)
    modality = None if making.modality == FACT_MODALITY else making.modality
    polarity = None if making.polarity == FACT_POLARITY else making.polarity
    rel = "requiresLocalization"
    ctx.emit(rel, enactors, tails, "oblige+enactor", verb, modality=modality, polarity=polarity)


def _relative_clause(verb: Token) -> Token:
    """The verb of the relative clause a verb belongs to: itself, or the first of the verbs it is coordinated with
    ("X, which lets A keep B offshore but requires C to stay in the country"), which the parse may hang on the
    relative verb's complement ("keep ... but requires")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause is not verb and clause.dep_ == "ccomp" and clause.head.dep_ == "relcl":
        clause = clause.head
    return clause


def _enacting_governor(ctx: Context, law: Token) -> Token | None:
    """The verb that says who made the law: an active verb of the enacting frame with the law as its object
    ("Russia adopted X, which ..."), or a verb of changing rules with the law as its instrument ("Indonesia relaxed
    its rules with X, which ...": `changing_enactor`)."""
    changed = changing_enactor(ctx, law)
    if changed is not None:
        return changed
    gov = law.head
    if law.dep_ not in ("dobj", "obj") or gov == law or is_passive(gov) or law not in objects(gov):
        return None
    if not any(f.relation == "enacts" for f in ctx.lex.frames_for(gov.lemma_.lower())):
        return None
    return gov
