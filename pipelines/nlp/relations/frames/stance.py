"""Frames of stance (supports, opposes): a stance said by an adjective ("is committed to X", "is opposed to Y"), an
instruction to lobby, a demand that a law be undone, and the labelling of a law as a barrier."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import OF, TO, agent_and_theme, agent_types, theme_arguments
from pipelines.nlp.relations.mentions import GROUP
from pipelines.nlp.relations.syntax import is_passive, objects, prep_objects, subjects


def stance_adjective_verb(ctx: Context, verb: Token, relation: str) -> bool:
    """ "X is opposed to Y", "X is committed to Y" (a participle read as a passive verb): X takes the stance.
    True when the verb was read so."""
    if verb.lower_ not in ctx.lex.stance_adjectives.get(relation, frozenset()) or not is_passive(verb):
        return False
    themes = prep_objects(verb, TO)
    if not themes:
        return False
    holders_found = ctx.args(subjects(verb), agent_types(ctx, relation), pred=verb)
    ctx.emit(relation, holders_found, theme_arguments(ctx, relation, themes, verb), "verb", verb)
    return True


def instructed(ctx: Context, verb: Token) -> None:
    """ "The Department instructed posts to lobby against X": the one who instructs takes the stance."""
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        for frame in ctx.lex.frames_for(comp.lemma_.lower()):
            if frame.relation not in ("opposes", "supports"):
                continue
            _, themes = agent_and_theme(comp, frame)
            heads = ctx.args(subjects(verb), agent_types(ctx, frame.relation), pred=verb)
            ctx.emit(frame.relation, heads, theme_arguments(ctx, frame.relation, themes, comp), "instructed", verb)


def demanded_undoing(ctx: Context, verb: Token) -> None:
    """ "Microsoft called for the repeal of the Data Act", "the United States urged Vietnam to withdraw Decree 53",
    "senators wrote a letter calling on the President to reverse a decision by USTR": who demands that a law (or a
    body's decision) be undone opposes it."""
    lex = ctx.lex
    clauses = _demanded_clauses(verb)
    # "calling on X to reaffirm Y by reversing Z": the means of what is demanded is demanded too
    clauses += [g for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children]
    undone = [o for c in clauses if c.lemma_.lower() in lex.undo_verbs and c.dep_ != "pobj" for o in objects(c)]
    # "urged Vietnam to relax Decree 53": a named law asked to be weakened is opposed as one asked to be undone
    undone += [o for c in clauses if c.lemma_.lower() in lex.relax_verbs for o in objects(c) if named_law(ctx, o)]
    nouns = prep_objects(verb, frozenset({"for"})) + objects(verb)
    undone += [o for n in nouns if n.lemma_.lower() in lex.undo_nouns for o in prep_objects(n, OF)]
    holders = _asked_holders(ctx, verb, clauses)
    if not undone and not holders:
        return
    heads = ctx.args(_authors(ctx, subjects(verb)), agent_types(ctx, "opposes"), pred=verb)
    ctx.emit("opposes", heads, theme_arguments(ctx, "opposes", undone, verb), "undo", verb)
    # "US senators urged India to ...": people of a state ask for themselves, not as the state
    own = [h for h in heads if h[1].via != GROUP]
    ctx.emit("opposes", own, ctx.args(holders, frozenset({"State", "Agency"})), "undo", verb)


def demanded_passing(ctx: Context, verb: Token) -> None:
    """ "Senator A urged the House to approve the Data Act", "the United States pressed Japan to ratify the
    agreement": who asks that a named law be passed, adopted or ratified supports it (a clause asking not to is no
    support: "urged the House not to pass X"); in the passive, who asks is not the subject."""
    if is_passive(verb):
        return
    passed = [
        o
        for c in _demanded_clauses(verb)
        if c.lemma_.lower() in ctx.lex.bill_passing_verbs and not any(n.dep_ == "neg" for n in c.children)
        for o in objects(c)
        if named_law(ctx, o)
    ]
    if not passed:
        return
    heads = ctx.args(_authors(ctx, subjects(verb)), agent_types(ctx, "supports"), pred=verb)
    ctx.emit("supports", heads, theme_arguments(ctx, "supports", passed, verb), "demand-pass", verb)


def _demanded_clauses(verb: Token) -> list[Token]:
    """The clauses that say what is demanded: "urged X to withdraw Y" (a complement), "lobbying X to relax Y" (an
    infinitive the parse may hang on the verb as an adverbial clause)."""
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    clauses += [c for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)]
    return clauses


def _asked_holders(ctx: Context, verb: Token, clauses: list[Token]) -> list[Token]:
    """ "lobbied the ministry to relax the guidelines", "urged the Prime Minister to soften India's stance",
    "urged India to instead adopt a light-touch framework": whom one asks to weaken, take back, put off or
    replace a rule holds it (the one asked, or the rule's possessor); a named law asked to be undone is what is
    opposed, not its holder (`demanded_undoing`)."""
    lex = ctx.lex
    if is_passive(verb):
        return []  # "India was urged to ...": who asks is in a "by" phrase, if anywhere
    asked = objects(verb) + prep_objects(verb, frozenset({"on"}))
    out: list[Token] = []
    for clause in clauses:
        lemma = clause.lemma_.lower()
        if lemma in lex.undo_verbs | lex.relax_verbs:
            rules = [o for o in objects(clause) if _unnamed_rule(ctx, o)]
            out += asked + [p for r in rules for p in r.children if p.dep_ == "poss"] if rules else []
        elif lemma in lex.replacing_verbs and any(
            a.dep_ == "advmod" and a.lower_ in lex.replacement_adverbs for a in clause.children
        ):
            out += asked
    return out


def named_law(ctx: Context, tok: Token) -> bool:
    """The token is in a mention typed Law."""
    i = ctx.m.at(tok)
    return i is not None and ctx.m.type(i) == "Law"


def _unnamed_rule(ctx: Context, noun: Token) -> bool:
    """A noun of a rule or a position that stands for no named law ("its rules", "the guidelines", "India's
    stance")."""
    if noun.lemma_.lower() not in ctx.lex.relaxed_rule_nouns:
        return False
    return ctx.m.at(noun) is None and not ctx.args([noun], frozenset({"Law"}), expand=False)


def _authors(ctx: Context, tokens: list[Token]) -> list[Token]:
    """ "Senators wrote a letter calling on ...": a document says what its author says."""
    out = []
    for t in tokens:
        if t.lemma_.lower() in ctx.lex.document_nouns and ctx.m.at(t) is None and t.dep_ in ("dobj", "obj"):
            out += subjects(t.head)
        else:
            out.append(t)
    return out


def stance_adjective(ctx: Context, copula: Token) -> None:
    """ "The United States is committed to the Data Privacy Framework", "X is supportive of Y": what the subject is
    said to be toward a law or a body is its stance."""
    for adj in (c for c in copula.children if c.dep_ == "acomp"):
        for relation, words in ctx.lex.stance_adjectives.items():
            if adj.lower_ not in words:
                continue
            holders = ctx.args(subjects(copula), agent_types(ctx, relation), pred=copula)
            themes = prep_objects(adj, frozenset({"to", "of", "toward", "towards"}))
            ctx.emit(relation, holders, theme_arguments(ctx, relation, themes, copula), "adjective", copula)


def labelled_barrier(ctx: Context, verb: Token) -> None:
    """ "USTR identified Decree 53 as a barrier to digital trade", "the United States considers X a trade barrier":
    who names a law or a measure an obstacle opposes it."""
    if is_passive(verb):
        return
    for obj in objects(verb):
        labels = [c for c in obj.children if c.dep_ in ("oprd", "attr", "appos")] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
        ]
        labels += [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ == "NOUN"]
        labels += [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
        labels += _label_adjectives(verb)
        if not any(label.lemma_.lower() in ctx.lex.barrier_nouns | ctx.lex.barrier_adjectives for label in labels):
            continue
        holders = ctx.args(subjects(verb), agent_types(ctx, "opposes"), pred=verb)
        ctx.emit("opposes", holders, theme_arguments(ctx, "opposes", [obj], verb), "label", verb)


def _label_adjectives(verb: Token) -> list[Token]:
    """The adjectives a verb of labelling says its object is ("labeled X as unnecessarily burdensome", "called X
    discriminatory"), however the parse hangs them on the verb, with those coordinated with them."""
    found = [c for c in verb.children if c.pos_ == "ADJ" and c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp")]
    found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.pos_ == "ADJ"]
    return [a for f in found for a in (f, *f.conjuncts) if a.pos_ == "ADJ"]
