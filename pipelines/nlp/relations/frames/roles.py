"""The roles of a frame: a verb's agent and theme tokens in either voice, the types a relation allows as its head,
and the arguments that fill its theme (with the owner of a decision and the law of an adoption, for a stance)."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.lexicon import VerbFrame
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import (
    agents,
    conjuncts,
    is_passive,
    objects,
    prep_governed,
    prep_objects,
    subjects,
)

TO = frozenset({"to"})
OF = frozenset({"of"})
IN = frozenset({"in"})
LAW = frozenset({"Law"})
STATE = frozenset({"State"})


def agent_and_theme(verb: Token, frame: VerbFrame) -> tuple[list[Token], list[Token]]:
    """Agent and theme tokens of a verb in a frame, for either voice."""
    lemma = verb.lemma_.lower()
    preps = frame.theme_preps(lemma)
    only = lemma in frame.prep_only
    if is_passive(verb):
        return agents(verb), subjects(verb) + objects(verb, preps, only_preps=True) + _noun_before_comma(verb)
    if heading := heading_subject(verb):  # "<title>\n\nAdopted by the State Duma on 8 July 2006"
        return agents(verb), heading
    return subjects(verb), objects(verb, preps, only_preps=only)


def heading_subject(verb: Token) -> list[Token]:
    """ "Federal Law No. 152-FZ\n\nAdopted by the State Duma on 8 July 2006\nApproved by the Federation Council
    ...": a line that is only a past participle with a by-agent, under a heading that is only a noun phrase (or
    under other such lines), says what was done to what the heading names; the heading's noun is its subject."""
    if not _participle_line(verb):
        return []
    sent = verb.sent
    while sent.start > 0:
        sent = verb.doc[sent.start - 1].sent
        if _participle_line(sent.root):
            continue
        heading = sent.root
        if heading.pos_ in ("NOUN", "PROPN") and not any(t.pos_ in ("VERB", "AUX") for t in sent):
            return [heading]
        return []
    return []


def _whole_heading(ctx: Context, tok: Token, arg: Argument, pred: Token) -> bool:
    """A heading stands for what a participle line under it is about only when it is one name and nothing else
    (every word of the heading's line inside the mention): "Federal Law of 27 July 2006 N 152-FZ" read as three
    names is not one law the line says was adopted."""
    if tok not in heading_subject(pred):
        return True
    span = ctx.m.spans[arg.mention]
    return span is not None and all(span.start <= t.i < span.end for t in tok.sent if t.is_alpha or t.is_digit)


def _participle_line(verb: Token) -> bool:
    """The token is the root of a sentence that opens with it, a past participle with a by-agent and no subject or
    auxiliary, on its own line."""
    sent = verb.sent
    starts_line = sent.start == 0 or "\n" in verb.doc[sent.start - 1].text_with_ws
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VBN"
        and verb.i == sent.start
        and starts_line
        and bool(agents(verb))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)
    )


def _noun_before_comma(verb: Token) -> list[Token]:
    """ "The Act is enforced by the Office of the Data Commissioner, led by Jane Mwangi": a passive participle set
    off by a comma right after a noun is a reduced relative clause on that noun, though the parse hangs it on the
    main verb as an adverbial (whose subject is the main clause's, also kept)."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return []
    noun = doc[verb.i - 2]
    return [noun] if noun.pos_ in ("NOUN", "PROPN") and noun.i > verb.head.i else []


def agent_types(ctx: Context, relation: str) -> frozenset[str]:
    """The entity types the ontology allows as the head (the agent) of the relation."""
    return ctx.vocab.relation(relation).heads


def theme_arguments(ctx: Context, relation: str, tokens: list[Token], pred: Token) -> list[tuple[Token, Argument]]:
    """The arguments that theme tokens give the relation as its tail: data types in their phrases, or mentions of the
    allowed types (not a law that is the instrument of an enactment; for a stance, an owner or a law event too)."""
    tails = ctx.vocab.relation(relation).tails
    if tails == {"DataType"}:
        return ctx.datatypes(tokens)
    found = ctx.args(tokens, tails, pred=pred)
    found = [(t, a) for t, a in found if _whole_heading(ctx, t, a, pred)]
    if relation == "enacts":
        found = [(t, a) for t, a in found if not _instrument(ctx, a.mention) and not _changed_law(ctx, a.mention, pred)]
    if not found and relation in ("opposes", "supports"):  # "attacked the DPC's decision"
        found = [(t, a) for tok in tokens for t in conjuncts(tok) for a in ctx.resolver.owner(t, tails)]
    if not found and relation in ("opposes", "supports"):
        found = ctx.args(_law_events(ctx, tokens), tails & {"Law"})
    return found


def _law_events(ctx: Context, tokens: list[Token]) -> list[Token]:
    """ "welcomed the adoption of the Data Privacy Framework", "opposed the passage of X": the law whose coming into
    being or into force the noun names (`law_event_nouns`), as the target of a stance."""
    lex = ctx.lex
    nouns = [t for tok in tokens for t in conjuncts(tok) if t.pos_ == "NOUN" and ctx.m.at(t) is None]
    found = [o for e in nouns if e.lemma_.lower() in lex.law_event_nouns for o in prep_objects(e, OF)]
    found += [c for o in found if ctx.m.at(o) is None for c in _named_modifiers(ctx, o)]
    # "support negotiations on an agreement": the talks that would make it
    return found + [
        o for e in nouns if e.lemma_.lower() in lex.negotiation_nouns for o in prep_objects(e, lex.negotiation_preps)
    ]


def _named_modifiers(ctx: Context, noun: Token) -> list[Token]:
    """ "the completion of the Cross Border Privacy Rules system": an unnamed noun of kind after a name
    compounded on it ("system", "framework", "regime") is the named thing itself."""
    return [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and ctx.m.at(c) is not None]


_INSTRUMENT_PREPS = frozenset({"by", "through", "via", "pursuant", "under"})


def _instrument(ctx: Context, mention: int) -> bool:
    """A law named after "by", "through", "under" is the instrument of the act, not its theme, even where the parse
    hangs part of its name on the verb ("issued the PDPL by Royal Decree No. M/19")."""
    item = ctx.m.items[mention]
    return any(
        t.dep_ in ("pobj", "agent") and t.head.lower_ in _INSTRUMENT_PREPS and not item.start <= t.head.idx < item.end
        for t in ctx.m.spans[mention] or ()
    )  # not a "by" inside the name ("the Act on ... Held by Administrative Organs")


def _changed_law(ctx: Context, mention: int, pred: Token) -> bool:
    """A law named right after a participle of changing ("passed Law No. 242-FZ amending Law No. 149-FZ", "adopted
    the Act modifying the Data Protection Act") is what the passed law changes, not what was passed, even where the
    parse hangs both names on the verb."""
    span = ctx.m.spans[mention]
    j = span.start - 1 if span is not None else -1
    if j >= 0 and ctx.doc[j].dep_ == "det":
        j -= 1
    word = ctx.doc[j] if j >= 0 else None
    return word is not None and word != pred and word.tag_ == "VBG" and word.lemma_.lower() in ctx.lex.amending_verbs


def prep_objects_all(tokens: list[Token], preps: frozenset[str]) -> list[Token]:
    """The objects of the prepositions `preps` on any of the tokens."""
    return [o for t in tokens for o in prep_objects(t, preps)]


def possessors(tokens: list[Token]) -> list[Token]:
    """The possessors of the tokens ("Thailand's Act": Thailand)."""
    return [c for tok in tokens for c in tok.children if c.dep_ == "poss"]


def fronted_instruments(ctx: Context, verb: Token) -> list[Token]:
    """ "In a circular titled X, the central bank told operators to store payment data in India", "in Schrems II,
    the Court invalidated the Privacy Shield", "in its ruling in X, ...": the noun of an "in" phrase set before the
    clause's subject, with a verb of ruling (`instrument_verbs`), is the instrument the subject acts through (a
    decision noun, the case it was made in), when it stands for a law ("In India, the bank requires ..." names
    a place)."""
    if verb.lemma_.lower() not in ctx.lex.instrument_verbs or is_passive(verb):
        return []
    subj = subjects(verb)
    if not subj:
        return []
    start = min(s.left_edge.i for s in subj)
    out: list[Token] = []
    for noun in (o for o in prep_governed(verb, "in") if o.i < start):
        decision = noun.lemma_.lower() in ctx.lex.decision_nouns and ctx.m.at(noun) is None
        out += prep_objects(noun, IN) if decision else [noun]
    out += _means_instruments(ctx, verb)
    return [t for t in out if ctx.resolver.resolve(t, LAW)]


def _means_instruments(ctx: Context, verb: Token) -> list[Token]:
    """ "Through its circular on X, the central bank had directed ...", "the bank, via a circular, told ...", "by way
    of a notification": a phrase of means ("through", "via", `means_preps`; "by way of") on a verb of ruling names
    the instrument the subject acts through, wherever it stands in the clause; set between the subject and the verb
    ("RBI through circular X had directed ...") it still modifies the verb, though the parse hangs it on the
    subject."""
    out = [o for o in prep_governed_any(verb, ctx.lex.means_preps) if not _inside_finding(ctx, verb, o)]
    out += [o for s in subjects(verb) if s.i < verb.i for o in prep_objects(s, ctx.lex.means_preps)]
    for way in prep_governed(verb, "by"):
        if way.lemma_.lower() in ctx.lex.means_nouns:
            out += prep_objects(way, OF)
    return out


def _inside_finding(ctx: Context, verb: Token, noun: Token) -> bool:
    """ "The court ruled the collection of data via the Directive interferes with privacy": after a verb of judging
    (`judging_verbs`) what follows is the finding it reports, so a means phrase set after the start of its object
    belongs to the finding (the collection was made via the Directive), not to the court's act; "the court ruled
    via its judgment that ..." (the phrase before the finding) still names the court's instrument."""
    if verb.lemma_.lower() not in ctx.lex.judging_verbs:
        return False
    finding = [c.left_edge.i for c in verb.children if c.dep_ in ("dobj", "ccomp", "advcl") and c.i > verb.i]
    return bool(finding) and min(finding) < noun.i


def prep_governed_any(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the verb's prepositions named in `preps`."""
    return [o for p in preps for o in prep_governed(verb, p)]
