"""Frames of law-making (enacts): who passes, adopts, signs, proposes or approves a law, who applies a law of its own,
the purpose a law is made for, and what a law is said to be ("X is an act of the Parliament of India to ...")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipelines.nlp.relations.attitude import law_status
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.chambers import voting_chambers
from pipelines.nlp.relations.frames.purpose_handling import purpose_handling
from pipelines.nlp.relations.frames.purposes import aside_purposes, purpose_rule_data
from pipelines.nlp.relations.frames.roles import (
    OF,
    TO,
    agent_types,
    fronted_instruments,
    possessors,
    prep_objects_all,
    theme_arguments,
)
from pipelines.nlp.relations.frames.ruling import regulated_in
from pipelines.nlp.relations.frames.safeguards import jurisdiction_free
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import (
    agents,
    is_passive,
    noun_phrase,
    objects,
    prep_objects,
    purpose_clauses,
    subjects,
)


def passive_enactors(ctx: Context, verb: Token, themes: list[Token]) -> tuple[list[tuple[Token, Argument]], str]:
    """Who made a law said to be passed, adopted or signed without a by-agent, and the frame that says so."""
    enactors = agent_types(ctx, "enacts")
    # "Thailand's Personal Data Protection Act was passed in 2019": the possessor passed it
    found = ctx.args(possessors(themes), enactors)
    if found:
        return found, "passive-possessor"
    # "the DEPA was signed in a virtual ceremony by New Zealand and Chile": the by-phrase the parse hung on the occasion
    found = ctx.args(_occasion_agents(ctx, verb), enactors)
    if found:
        return found, "passive-occasion"
    # "the Act was passed in the Bundestag": the chamber that voted it
    found = ctx.args(voting_chambers(ctx, verb), frozenset({"Agency"}))
    if found:
        return found, "passive-chamber"
    # "the PIPL was adopted at the 30th session of the Standing Committee": the body that sat
    found = ctx.args(_sitting_bodies(ctx, verb), enactors)
    if found or verb.lemma_.lower() not in ctx.lex.agreement_verbs:
        return found, "passive-sitting"
    # "the agreement between the United States and Japan was signed in 2019": its parties signed it
    return ctx.args(prep_objects_all(themes, _BETWEEN), enactors), "passive-parties"


def _sitting_bodies(ctx: Context, verb: Token) -> list[Token]:
    """The body whose sitting ("at the 30th session of X", "during a plenary sitting of X") the verb's act took
    place at."""
    sittings = [o for o in prep_objects(verb, _SITTING_PREPS) if o.lemma_.lower() in ctx.lex.sitting_nouns]
    return [b for s in sittings for b in prep_objects(s, frozenset({"of"}))]


_SITTING_PREPS = frozenset({"at", "during", "in"})


def _occasion_agents(ctx: Context, verb: Token) -> list[Token]:
    """ "signed in an online ceremony by New Zealand, Chile and Singapore", "adopted at a summit in Lima by Peru":
    a passive verb's by-phrase that the parse hangs on the noun of the occasion the act took place at (a ceremony
    is not made "by" anyone the way a law is) names who did the act. A participle of its own between them ("a
    ceremony attended by X", "hosted by X") takes its own by-phrase and is not this."""
    occasions = [o for o in prep_objects(verb, _SITTING_PREPS) if o.lemma_.lower() in ctx.lex.occasion_nouns]
    return [a for o in occasions for a in prep_objects(o, _BY)]


_BY = frozenset({"by"})


_BETWEEN = frozenset({"between", "among"})


def proposal(ctx: Context, verb: Token) -> None:
    """ "The Commission proposed the Data Act": its subject only proposes the law (enacts, proposed)."""
    heads, themes = subjects(verb), objects(verb)
    if is_passive(verb):
        heads, themes = agents(verb), subjects(verb)
    heads_found = ctx.args(heads, agent_types(ctx, "enacts"), pred=verb)
    ctx.emit("enacts", heads_found, theme_arguments(ctx, "enacts", themes, verb), "proposal", verb, modality="proposed")


def purpose(ctx: Context, verb: Token, themes: list[Token]) -> None:
    """ "Congress passed the Data Broker Act to prohibit brokers from transferring sensitive data", "the decree
    was issued to regulate transfers of X": the purpose for which a law is made is what the law does, so the law
    regulates the data its infinitive of purpose rules on. A bill the clause does not pass is only proposed."""
    decision_for(ctx, verb, themes)
    laws = ctx.args(themes, frozenset({"Law"}), pred=verb)
    if not laws:
        return
    bill = any(ctx.unpassed_bill(a.mention, verb) for _, a in laws)
    modality = "proposed" if bill else None
    for clause in purpose_clauses(verb):
        ctx.emit("regulates", laws, regulated_in(ctx, clause), "purpose", verb, modality=modality)
    for clause in purpose_clauses(verb) + aside_purposes(verb):
        ctx.emit("regulates", laws, purpose_rule_data(ctx, clause), "purpose-rules", verb, modality=modality)
    purpose_handling(ctx, verb, laws, modality)


def decision_for(ctx: Context, verb: Token, themes: list[Token]) -> None:
    """ "The European Commission adopted an adequacy decision for the EU-U.S. Data Privacy Framework": who adopts a
    decision "for" a named framework (an unnamed decision, the act that gives the framework legal force)
    makes that framework law (enacts); a draft decision only proposes it. A decision "on" a law is about it, not
    its making ("the Court adopted a decision on the Privacy Shield")."""
    if is_passive(verb):
        return
    decisions = [t for t in themes if t.lemma_.lower() in ctx.lex.decision_nouns and ctx.m.at(t) is None]
    for decision in decisions:
        laws = ctx.args(prep_objects(decision, ctx.lex.decision_object_preps), frozenset({"Law"}))
        if laws:
            heads = ctx.args(subjects(verb), agent_types(ctx, "enacts"), pred=verb)
            ctx.emit("enacts", heads, laws, "decision-for", verb, modality=law_status(decision, ctx.lex))


def judged_in(ctx: Context, verb: Token) -> list[Token]:
    """ "The Court of Justice held in the Schrems II ruling that ...", "the CJEU ruled in Schrems II that ...": the
    named ruling in which a court decides (an "in" phrase after a verb of judging) is the court's own; a decision
    noun stands for the name it carries ("the Schrems II ruling", "its decision C-311/18")."""
    if verb.lemma_.lower() not in ctx.lex.judging_verbs or is_passive(verb) or not subjects(verb):
        return []
    out: list[Token] = []
    for noun in (o for o in prep_objects(verb, frozenset({"in"})) if o.i > verb.i):
        if noun.lemma_.lower() in ctx.lex.decision_nouns and ctx.m.at(noun) is None:
            out += [c for c in noun.children if c.dep_ in ("compound", "appos", "nmod") and ctx.m.at(c) is not None]
        else:
            out.append(noun)
    return [t for t in out if ctx.resolver.resolve(t, frozenset({"Law"}))]


def own_law(ctx: Context, verb: Token) -> None:
    """ "Saudi Arabia is enforcing its Personal Data Protection Law": the subject applies a law of its own."""
    laws = [o for o in objects(verb) if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)]
    if laws and not is_passive(verb):
        heads = ctx.args(subjects(verb), agent_types(ctx, "enacts"), pred=verb)
        ctx.emit("enacts", heads, ctx.args(laws, frozenset({"Law"})), "own-law", verb)


def instrument_maker(ctx: Context, verb: Token) -> None:
    """ "In a circular titled X, the central bank told operators to ...", "in Schrems II, the Court invalidated the
    Privacy Shield": who rules through a law named as the clause's instrument (`fronted_instruments`) made it."""
    laws = ctx.args(fronted_instruments(ctx, verb) + judged_in(ctx, verb), frozenset({"Law"}), expand=False)
    if laws:
        heads = ctx.args(subjects(verb), agent_types(ctx, "enacts"), pred=verb)
        ctx.emit("enacts", heads, laws, "instrument", verb)


def part_of_law(ctx: Context, verb: Token) -> None:
    """ "the Personal Information Protection Act as that Act forms part of the law of the Republic of Korea", "the
    Convention is part of the law of Kenya": a law that forms part of a state's law (its legal order) is that
    state's, which made it (enacts)."""
    parts = [o for o in objects(verb) if o.lemma_.lower() in ctx.lex.law_part_nouns and ctx.m.at(o) is None]
    orders = [o for p in parts for o in prep_objects(p, OF) if o.lemma_.lower() in ctx.lex.legal_order_nouns]
    states = ctx.args([s for o in orders for s in prep_objects(o, OF)], agent_types(ctx, "enacts"))
    if states:
        laws = ctx.args(subjects(verb), frozenset({"Law"}), pred=verb)
        ctx.emit("enacts", states, laws, "part-of-law", verb)


def gave_approval(ctx: Context, verb: Token) -> None:
    """ "The Council gave its final approval to the Data Act", "Parliament granted its assent to X": a body that
    gives a law the approval that makes it law enacts it."""
    nouns = [o for o in objects(verb) if o.lemma_.lower() in ctx.lex.approval_nouns and ctx.m.at(o) is None]
    if not nouns or is_passive(verb):
        return
    # "gave its approval to X": the parse may read "to X" as the verb's dative
    datives = [o for d in verb.children if d.dep_ == "dative" and d.lower_ == "to" for o in d.children]
    laws = prep_objects(verb, TO) + prep_objects_all(nouns, TO) + datives
    heads = ctx.args(subjects(verb), agent_types(ctx, "enacts"), pred=verb)
    ctx.emit("enacts", heads, theme_arguments(ctx, "enacts", laws, verb), "approval-noun", verb)


def law_is_a(ctx: Context, copula: Token) -> None:
    """ "X is a framework for exchanges of personal data", "X is an act of the Parliament of India to provide for
    the processing of digital personal data": what a law is said to be says what it regulates and who made it."""
    laws = ctx.args(subjects(copula) or _fragment_subject(copula), frozenset({"Law"}), pred=copula)
    for kind in (c for c in copula.children if c.dep_ == "attr" and ctx.m.at(c) is None):
        if laws and kind.lemma_.lower() in ctx.lex.law_kind_nouns:
            law_kind(ctx, laws, kind, copula, "copula")


def _fragment_subject(copula: Token) -> list[Token]:
    """ "The Data Act, 2012 (the Act) [1] is legislation enacted by ...": the parse may leave a copula without a
    subject and read the noun phrase right before it (with its parenthesis and note mark) as a fragment of its own;
    that fragment's head noun, on the same line, is the copula's subject."""
    start = copula.left_edge.i
    if start == 0 or copula.dep_ != "ROOT":
        return []
    root = copula.doc[start - 1]
    while root.head.i != root.i:
        root = root.head
    between = copula.doc[root.i : start]
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or any("\n" in t.text for t in between):
        return []
    return [root]


def law_apposition(ctx: Context, law: Token) -> None:
    """ "the EU-U.S. Privacy Shield, a program developed by the EU to facilitate transfers of personal data": a
    law's apposition that says what kind of law it is says what it regulates and who made it, as a copula does."""
    kinds = [c for c in law.children if c.dep_ == "appos" and ctx.m.at(c) is None]
    kinds = [k for k in kinds if k.lemma_.lower() in ctx.lex.law_kind_nouns and k.pos_ == "NOUN"]
    if kinds:
        laws = ctx.args([law], frozenset({"Law"}), expand=False)
        for kind in kinds:
            law_kind(ctx, laws, kind, kind, "apposition")


def law_kind(ctx: Context, laws: list[tuple[Token, Argument]], kind: Token, pred: Token, frame: str) -> None:
    """What a law is said to be (`kind`, a noun such as framework, act, program): the data in its phrase and in its
    relative clauses and participles are what it regulates; "of"/"by" a body, or a body's name before it, made it."""
    scope = [kind, *(c for c in kind.children if c.dep_ in ("acl", "relcl"))]
    data = ctx.datatypes(t for s in scope for t in (s.subtree if s != kind else noun_phrase(s)))
    # "X was a proposed legislation by the Parliament", "a European Union regulation proposed by X": only proposed
    status = law_status(kind, ctx.lex) or _proposed_kind(kind, ctx.lex)
    ctx.emit("regulates", laws, data, frame, pred, modality=status)
    # "an act of the Parliament of India", "a law passed by Congress", "a European Union directive"
    named_kind = [c for c in kind.children if c.dep_ in ("compound", "nmod") and ctx.m.at(c) is not None]
    # "legislation enacted by the Parliament of Ghana": the agent of a participle that passes it
    passed = [c for c in kind.children if c.dep_ == "acl" and c.lemma_.lower() in ctx.lex.bill_passing_verbs]
    bodies = prep_objects(kind, frozenset({"of", "by"})) + [a for c in passed for a in agents(c)]
    makers = ctx.args(bodies, agent_types(ctx, "enacts")) + jurisdiction_free(ctx, named_kind)
    ctx.emit("enacts", makers, laws, frame, pred, modality=status)


def _proposed_kind(kind: Token, lex: RelationLexicon) -> str | None:
    """ "X is a European Union regulation proposed by the Commissioner": a kind of law that a participle of
    proposing follows (`proposal_verbs`) is a proposal, not a law its maker adopted."""
    proposing = any(c.dep_ == "acl" and c.lemma_.lower() in lex.proposal_verbs for c in kind.children)
    return "proposed" if proposing else None


def listed_laws(ctx: Context, verb: Token) -> None:
    """ "Japan enacted a series of laws on data protection: the A Act; the B Act; the C Act": the laws listed after
    a colon that ends the verb's object, when the object announces laws (a plural kind noun, or "a series of laws"),
    are what the subject passed, each of them; the list must be wholly names of laws."""
    if is_passive(verb):
        return
    for obj in objects(verb):
        kinds = [obj, *prep_objects(obj, OF)]
        if not any(k.tag_ in ("NNS", "NNPS") and k.lemma_.lower() in ctx.lex.law_kind_nouns for k in kinds):
            continue
        laws = _colon_list(ctx, obj)
        if laws:
            heads = ctx.args(subjects(verb), agent_types(ctx, "enacts"), pred=verb)
            ctx.emit("enacts", heads, ctx.args(laws, frozenset({"Law"}), expand=False), "listed", verb)


def _colon_list(ctx: Context, obj: Token) -> list[Token]:
    """The first tokens of the items of the list after the colon that ends the object's phrase (items split by
    ";", or by "," and "and" when there is no ";"), each wholly a law's name (with its abbreviation in
    parentheses); none when an item is anything else."""
    doc, end = ctx.doc, obj.sent.end
    colon = next((t.i for t in doc[obj.i + 1 : end] if t.text == ":"), end)
    if colon >= end or doc[colon].text != ":" or any(not obj.is_ancestor(t) for t in doc[obj.i + 1 : colon]):
        return []
    rest = _list_run(doc[colon + 1 : colon + 1 + _LIST_TOKENS])
    seps = {";"} if any(t.text == ";" for t in rest) else {",", "and"}
    items: list[list[Token]] = [[]]
    for t in rest:
        if t.lower_ in seps:
            items.append([])
        elif t.lower_ not in ("and", "the") or items[-1]:
            items[-1].append(t)
    out = []
    for item in (i for i in items if i):
        index = ctx.m.at(item[0])
        if index is None or ctx.m.type(index) != "Law":
            return []
        span = ctx.m.spans[index]
        if span is None or span.start != item[0].i:
            return []
        if any(t.i >= span.end for t in _outside_brackets(item)):
            return []
        out.append(item[0])
    return out


#: how far a list after a colon may run
_LIST_TOKENS = 150


def _list_run(tokens: Span) -> list[Token]:
    """The tokens of a list after a colon, on its line or on the lines under it (a list laid out one item a line,
    which the parse reads as sentences of their own): up to the full stop that ends it or a blank line."""
    out: list[Token] = []
    for t in tokens:
        if t.text == "." or "\n\n" in t.text:
            break
        if not t.is_space:
            out.append(t)
    return out


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens not within parentheses ("the A Act (APPI-IAA)": the abbreviation is no more of the item)."""
    out, depth = [], 0
    for t in tokens:
        depth += t.text == "("
        if not depth:
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out
