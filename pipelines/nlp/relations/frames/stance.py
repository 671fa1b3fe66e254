"""Frames of stance (supports, opposes): a stance said by an adjective ("is committed to X", "is opposed to Y"), an
instruction to lobby, a demand that a law be undone, and the labelling of a law as a barrier."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import OF, TO, agent_and_theme, agent_types, theme_arguments
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
    clauses = [c for c in verb.children if c.dep_ == "xcomp"]
    # "calling on X to reaffirm Y by reversing Z": the means of what is demanded is demanded too
    clauses += [g for c in clauses for p in c.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children]
    undone = [o for c in clauses if c.lemma_.lower() in lex.undo_verbs and c.dep_ != "pobj" for o in objects(c)]
    nouns = prep_objects(verb, frozenset({"for"})) + objects(verb)
    undone += [o for n in nouns if n.lemma_.lower() in lex.undo_nouns for o in prep_objects(n, OF)]
    if not undone:
        return
    heads = ctx.args(_authors(ctx, subjects(verb)), agent_types(ctx, "opposes"), pred=verb)
    ctx.emit("opposes", heads, theme_arguments(ctx, "opposes", undone, verb), "undo", verb)


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
