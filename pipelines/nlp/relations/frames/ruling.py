"""Frames of ruling (regulates): what data a law rules on beyond a verb of ruling's object: content clauses, data
handled or obligations stated "under" a law, a law's aim or purpose, what it makes unlawful, what is subject to it,
the rules and the rights it sets."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import attitude
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.basis import basis_laws, fronted_basis, named_laws, obliged_clause
from pipelines.nlp.relations.frames.delegated_acts import guarded_against, made_rule_acts
from pipelines.nlp.relations.frames.localization import stored_inside
from pipelines.nlp.relations.frames.roles import OF, TO, agent_and_theme, agent_types, prep_objects_all
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import (
    COPULAS,
    clause_complements,
    conjuncts,
    content_clauses,
    directed_infinitives,
    is_passive,
    is_verbal,
    object_infinitives,
    objects,
    prep_governed,
    prep_objects,
    purpose_clauses,
    subjects,
)
from pipelines.vocabulary import FACT_MODALITY, FACT_POLARITY


def content_data(ctx: Context, verb: Token) -> list[tuple[Token, Argument]]:
    """The data types in what a verb of ruling is about beyond its object and complements (`content_clauses`, and
    a gerund of ruling it is done by: `_means`).
    A clause that pairs its items "respectively" gives each subject only its own item, which a pairing of every
    subject with every item would get wrong: none here (`rule_noun` pairs them in order)."""
    clauses = content_clauses(verb, ctx.lex.content_marks, ctx.lex.content_preps)
    if _respective(ctx, verb):
        return []
    return ctx.datatypes(t for c in clauses for t in c.subtree) + [
        d for g in _means(ctx, verb) for d in regulated_in(ctx, g)
    ]


def _means(ctx: Context, verb: Token) -> list[Token]:
    """ "The Act protects personal data by regulating the processing of health records": the gerund of a phrase of
    means (`gerund_means_preps`) on a verb of ruling; `regulated_in` keeps only a gerund of ruling ("by regulating
    X", not "by working with X")."""
    return [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ctx.lex.gerund_means_preps
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]


def _respective(ctx: Context, verb: Token) -> bool:
    """The clause says its coordinated items go with its coordinated subjects in order ("X and Y require A and B,
    respectively"): a word of `respective_words` anywhere in the verb's clause (not in a clause of its own)."""
    return any(t.lower_ in ctx.lex.respective_words and _clause_of(t) == verb for t in verb.subtree)


def _clause_of(tok: Token) -> Token:
    """The verb whose clause a token is in: up through nouns, prepositions and gerunds after a preposition."""
    while tok.head != tok and (not is_verbal(tok) or tok.dep_ == "pcomp"):
        tok = tok.head
    return tok


def respective_pairs(
    heads: list[tuple[Token, Argument]], tails: list[tuple[Token, Argument]]
) -> list[tuple[list[tuple[Token, Argument]], list[tuple[Token, Argument]]]]:
    """ "The DSL and the PIPL require an assessment before transferring important data and personal information,
    respectively": "respectively" pairs the n-th subject with the n-th item in the order the text names them;
    when the counts differ, the pairing is unknown and there is none."""
    hs = _distinct(heads)
    ts = _distinct(tails)
    if len(hs) != len(ts) or len(hs) < 2:
        return []
    return [([h], [t]) for h, t in zip(hs, ts, strict=True)]


def _distinct(args: list[tuple[Token, Argument]]) -> list[tuple[Token, Argument]]:
    """One argument per mention, in text order."""
    seen: dict[int, tuple[Token, Argument]] = {}
    for tok, a in sorted(args, key=lambda x: x[0].i):
        seen.setdefault(a.mention, (tok, a))
    return list(seen.values())


def handlers_data(ctx: Context, addressees: list[Token]) -> list[tuple[Token, Argument]]:
    """ "forced operators that handled large volumes of personal information to pass a review", "applies to
    businesses processing health data": a rule addressed to those who handle data (a relative clause or an active
    participle of handling on the addressee, not an infinitive of purpose) rules on that data."""
    clauses = [
        c
        for a in addressees
        for n in conjuncts(a)
        for c in n.children
        if c.dep_ in ("relcl", "acl")
        and c.lemma_.lower() in ctx.lex.handling_verbs
        and c.tag_ != "VB"  # "tools to transfer X": an infinitive says what the noun is for, not who handles X
        and not is_passive(c)
    ]
    return ctx.datatypes(o for c in clauses for o in objects(c))


def regulated_in(ctx: Context, clause: Token) -> list[tuple[Token, Argument]]:
    """The data a clause headed by a verb of ruling says something about: its objects (the passive subject), its
    prepositional themes, its complements and content clauses ("to prohibit brokers from transferring X")."""
    frames = [f for f in ctx.lex.frames_for(clause.lemma_.lower()) if f.relation == "regulates"]
    if not frames:
        return []
    _, themes = agent_and_theme(clause, frames[0])
    inner = clause_complements(clause) + content_clauses(clause, ctx.lex.content_marks, ctx.lex.content_preps)
    return ctx.datatypes(themes + [t for c in inner for t in c.subtree])


def handled_under(ctx: Context, verb: Token) -> None:
    """ "personal data transferred to the United States under the new framework", "one of the tools provided under
    the GDPR to transfer personal data": the law under (or through) which data is transferred, processed, stored
    ... regulates it (where it is said to be kept inside the country, `stored_under` says more). What may be done
    with data under a law is the law's rule as much as what must be ("under the Act, personal data may be
    transferred abroad only with consent"): its modal of permission is no hedge ("might", "could" still are)."""
    if verb.lemma_.lower() not in ctx.lex.handling_verbs or stored_inside(ctx, verb):
        return
    laws = ctx.args(_framework_laws(ctx, verb), frozenset({"Law"}))
    tails = ctx.datatypes(subjects(verb) + objects(verb))
    permission = any(c.dep_ == "aux" and c.lower_ in ctx.lex.permission_modals for c in verb.children)
    ctx.emit("regulates", laws, tails, "handled-under", verb, deontic=permission)


def _framework_laws(ctx: Context, verb: Token) -> list[Token]:
    """The objects of "under"/"through" said of a verb's act: on the verb, on the last noun of one of its
    prepositional phrases ("transferred to US companies under the GDPR"), on the verb it completes ("allowed to
    transfer X under Y"), or on a participle beside it on the same noun ("the tools provided under the GDPR to
    transfer X")."""
    spots = [verb]
    spots += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if verb.dep_ in ("xcomp", "advcl") and verb.head != verb:
        spots.append(verb.head)
    if verb.dep_ in ("acl", "relcl") and not is_verbal(verb.head):
        spots += [c for c in verb.head.children if c.dep_ == "acl" and c != verb]
    framed = [t for s in spots for p in ctx.lex.framework_preps for t in prep_governed(s, p)]
    return list(dict.fromkeys(framed + [t for s in spots for t in basis_laws(ctx, s)] + fronted_basis(ctx, verb)))


def ruled_under(ctx: Context, verb: Token) -> None:
    """ "Under the Health Act, hospitals must encrypt patient records", "under the Act, the Commission must issue
    rules requiring vendors of health records to notify ...": an obligation stated under a law (a clause with
    "must" or "shall" that the law's "under" phrase governs, or its subject's) is the law's rule, so the law
    regulates the data the obligation is about (in its subject, its objects and its complements). Verbs of ruling
    say it through their frame, and keeping the data inside through `stored_under`."""
    clause = obliged_clause(ctx, verb)
    if clause is None:
        return
    if any(f.relation == "regulates" for f in ctx.lex.frames_for(verb.lemma_.lower())) or stored_inside(ctx, verb):
        return
    # "Companies under the Act must ...": the phrase may hang on the obliged subject (the parse often puts it there)
    spots = list(dict.fromkeys([verb, clause, *subjects(clause)]))
    basis = [t for s in spots for t in basis_laws(ctx, s)] + fronted_basis(ctx, clause)
    laws = ctx.args(list(dict.fromkeys(basis)), frozenset({"Law"}))
    if not laws:
        return
    parts = subjects(clause) + objects(verb) + clause_complements(verb) + object_infinitives(verb)
    tails = ctx.datatypes(t for p in parts for t in p.subtree)
    # "must"/"shall" is the law's own word; "have to" is no modal, and one on it ("may have to") is a hedge
    ctx.emit("regulates", laws, tails, "ruled-under", clause, deontic=clause == verb)


def law_aim(ctx: Context, verb: Token) -> None:
    """ "The Health Data Regulation is intended to enhance the security of electronic health data", "the Act aims to
    make patient records portable": what a law is for is what it does, whatever the verb, so the law regulates the
    data in the objects (and small clauses) of the infinitive that a verb of purpose with the law as its subject
    takes (verbs of ruling
    say it through their frame; the aim's own clause says whether it is so)."""
    lemma = verb.lemma_.lower()
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or any(f.relation == "regulates" for f in ctx.lex.frames_for(lemma)):
        return
    gov = verb.head
    if gov.lemma_.lower() not in ctx.lex.purpose_governors:
        return
    heads = ctx.args(subjects(gov), frozenset({"Law"}), pred=gov)
    if heads:
        # "make X portable", not what a finite clause reports ("reassure the EU that the law protects X")
        small = [c for c in clause_complements(verb) if c.tag_ not in _FINITE_TAGS and not _marked(c)]
        small_clauses = [t for c in small for t in c.subtree]
        ctx.emit("regulates", heads, ctx.datatypes(objects(verb) + small_clauses), "aim", verb)


def law_purpose_noun(ctx: Context, verb: Token) -> None:
    """ "The Act's purpose is to protect patient records", "one of its purposes is to enable companies to receive
    personal data": a law's purpose said by a noun and a copula is what the law does, so the law regulates the data
    of the infinitive's clause."""
    copula = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or copula == verb or copula.lemma_ not in COPULAS:
        return
    nouns = []
    for s in subjects(copula):
        nouns += [s] if s.lower_ in ctx.lex.purpose_nouns else prep_objects(s, OF)  # "one of its purposes"
    nouns = [n for n in nouns if n.lower_ in ctx.lex.purpose_nouns]
    owners = [c for n in nouns for c in n.children if c.dep_ == "poss"] + prep_objects_all(nouns, OF)
    laws = frozenset({"Law"})
    heads = ctx.args([o for o in owners if o.tag_ != "PRP$"], laws, pred=copula)
    heads += [(o, a) for o in owners if (a := ctx.resolver.references.possessive(o, laws)) is not None]
    if heads:
        ctx.emit("regulates", heads, ctx.datatypes(_not_of_other_laws(ctx, verb)), "aim", verb)


def _not_of_other_laws(ctx: Context, verb: Token) -> list[Token]:
    """The infinitive's clause without the relative clauses of other laws in it: "its aim is to unify 40 laws that
    regulate the processing of personal data" says what those laws do, not the law whose aim it is."""
    other = {
        t.i
        for n in verb.subtree
        if n.lemma_.lower() in ctx.lex.law_kind_nouns
        for c in n.children
        if c.dep_ == "relcl"
        for t in c.subtree
    }
    return [t for t in verb.subtree if t.i not in other]


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _marked(clause: Token) -> bool:
    """The clause has a subordinator ("that", "whether") or an auxiliary of its own: a full clause."""
    return any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)


def made_unlawful(ctx: Context, verb: Token) -> None:
    """ "This bill makes it unlawful for a data broker to sell sensitive data": the law regulates what it forbids
    or mandates doing with the data."""
    for adj in (c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")):
        if adj.lemma_.lower() not in ctx.lex.regulating_adjectives:
            continue
        # what is made unlawful follows the adjective (a long list of verbs often leaves the parse in pieces)
        tails = ctx.datatypes(t for t in verb.subtree if t.i > adj.i)
        heads = ctx.args(subjects(verb), agent_types(ctx, "regulates"), pred=verb)
        ctx.emit("regulates", heads, tails, "made-unlawful", verb, deontic=True)


def subject_to(ctx: Context, verb: Token) -> None:
    """ "Health records are subject to HIPAA": the law that data is subject to regulates it; so does the law whose
    rules the data is subject to ("subject to strict requirements under HIPAA", "subject to the restrictions of the
    Act": the laws named in the phrase of a rule noun)."""
    for adj in (c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ctx.lex.subjection_adjectives):
        objs = prep_objects(adj, TO)
        data = ctx.datatypes(subjects(verb))
        ctx.emit("regulates", ctx.args(objs, frozenset({"Law"})), data, "subject-to", verb)
        rules = [o for o in objs if o.lemma_.lower() in ctx.lex.rule_nouns and ctx.m.at(o) is None]
        ctx.emit("regulates", named_laws(ctx, rules), data, "subject-to-rule", verb)


def rule_noun(ctx: Context, verb: Token) -> None:
    """ "The Act makes provision for the processing of personal data", "the law sets out rules for transfers of
    X", "establishes standards to protect medical records", "sets rules that govern transfers of X": a law whose
    clause's object is a noun of rule-making regulates the data in that noun phrase and in the noun's clause of
    ruling (an infinitive or relative clause whose verb is one of the regulating frame's). A verb of undoing says
    the opposite ("the Act repealed the rules on health records": those rules are gone, not the law's), and so does
    a verb of being without ("the Data Act lacks any rules on transfers of health data")."""
    if verb.lemma_.lower() in ctx.lex.undo_verbs | ctx.lex.privative_verbs:
        return
    objs = [o for o in objects(verb) + _scope_themes(ctx, verb) if _is_rule_noun(ctx, o)]
    objs = [o for o in objs if ctx.m.at(o) is None]
    if not objs or is_passive(verb):
        return
    heads = ctx.args(subjects(verb), frozenset({"Law"}), pred=verb)
    if not heads:
        return
    gerund_data = ctx.datatypes(o for g in _control_gerunds(ctx, verb) for o in objects(g))
    gerund_data += ctx.datatypes(t for o in objs for t in _topic_after(ctx, o))
    if _respective(ctx, verb):
        for hs, ts in respective_pairs(heads, ctx.datatypes(objs) + gerund_data):
            ctx.emit("regulates", hs, ts, "rule-noun", verb)
        return
    ctx.emit("regulates", heads, ctx.datatypes(objs) + gerund_data, "rule-noun", verb)
    clauses = [c for o in objs for c in o.children if c.dep_ in ("acl", "relcl")] + purpose_clauses(verb)
    tails = [d for c in clauses for d in regulated_in(ctx, c)]
    ctx.emit("regulates", heads, tails, "rule-noun", verb)


def _is_rule_noun(ctx: Context, noun: Token) -> bool:
    """A noun of rule-making, or a capitalised title headed by one ("a Code of Fair Information Practice that
    governs X"): English heads "Code of X" by its first noun, though the parse of a title in capitals often hangs
    that noun on the title's last word as a modifier."""
    if noun.lemma_.lower() in ctx.lex.rule_nouns:
        return True
    return any(
        c.dep_ == "nmod" and c.i < noun.i and c.is_title and c.lemma_.lower() in ctx.lex.rule_nouns
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in noun.children
    )  # fmt: skip


def _topic_after(ctx: Context, noun: Token) -> list[Token]:
    """ "establishes rules on the processing of personal data": a phrase of topic (`law_topic_preps`) right after a
    rule noun says what the rules are on, though the parse often hangs it on the verb; its objects."""
    k = noun.right_edge.i + 1
    if k >= len(noun.doc):
        return []
    prep = noun.doc[k]
    if prep.dep_ != "prep" or prep.lower_ not in ctx.lex.law_topic_preps or prep.head is noun:
        return []
    return [o for o in prep.children if o.dep_ == "pobj"]


def _scope_themes(ctx: Context, verb: Token) -> list[Token]:
    """What a verb of scope says a law applies to, by a preposition ("these measures apply to the security
    assessment ...", "the Act provides for an assessment ..."): the prepositional themes of its regulating frame."""
    frames = [f for f in ctx.lex.frames_for(verb.lemma_.lower()) if f.relation == "regulates"]
    if not frames or not frames[0].theme_preps(verb.lemma_.lower()):
        return []
    _, themes = agent_and_theme(verb, frames[0])
    return [t for t in themes if t.dep_ == "pobj"]


def _control_gerunds(ctx: Context, verb: Token) -> list[Token]:
    """ "apply to the security assessment for providing overseas the important data", "require a prior assessment
    before transferring personal information": a noun of control is said of an act of handling data by a
    preposition of purpose or time and a gerund, which the parse often hangs on the verb instead of the noun; the
    gerunds of those prepositions (`control_gerund_preps`), on the verb or on its rule noun."""
    spots = [verb] + [o for o in objects(verb) + _scope_themes(ctx, verb) if o.lemma_.lower() in ctx.lex.rule_nouns]
    return [
        g
        for s in spots
        for p in s.children
        if p.dep_ == "prep" and p.lower_ in ctx.lex.control_gerund_preps
        for g in p.children
        if g.dep_ == "pcomp" and g.tag_ == "VBG"
    ]


def entitlement(ctx: Context, verb: Token) -> None:
    """ "It grants patients the right to obtain their health records", "the Regulation gives individuals access to
    their health data", "introduces rights of access and portability of X": a law that gives a right to, over or
    of data (or access to it) rules on that data. The right's whole phrase says what it is a right to."""
    objs = [o for o in objects(verb) if o.lemma_.lower() in ctx.lex.entitlement_nouns and ctx.m.at(o) is None]
    if not objs or is_passive(verb):
        return
    heads = ctx.args(subjects(verb), frozenset({"Law"}), pred=verb)
    if heads:
        ctx.emit("regulates", heads, ctx.datatypes(t for o in objs for t in o.subtree), "entitlement", verb)


def delegated_rule(ctx: Context, verb: Token) -> None:
    """ "Executive Order 14117 directs the Department of Justice to restrict transfers of genomic data", "the Act
    empowers the Commission to prohibit the export of health records": a law that directs or empowers someone to do
    an act of ruling (an infinitive whose verb is one of the regulating frame's) rules through it on the data that
    act is about. Also said by a participle on the clause that makes the law ("Biden signed the order, directing
    the Department to restrict ...": `participle_laws`). The object's infinitive that the parse hangs on the verb as
    an adverbial is its complement all the same ("the Act obliges operators to protect X": `directed_infinitives`)."""
    complements = clause_complements(verb) + object_infinitives(verb)
    complements += directed_infinitives(verb, ctx.lex.delegation_verbs)
    acts = [c for c in complements if c.tag_ == "VB"]
    if not acts:
        return
    tails = [d for a in acts for d in regulated_in(ctx, a)]
    made = [m for a in acts for m in made_rule_acts(ctx, a)]  # "to issue rules to restrict X"
    tails += [d for m in made for d in regulated_in(ctx, m) + guarded_against(ctx, m)]
    laws = frozenset({"Law"})
    ctx.emit("regulates", ctx.args(subjects(verb), laws, pred=verb), tails, "delegated", verb)
    made = participle_laws(ctx, verb)
    if made:
        # the law says it only if the clause makes it: "is expected to sign X, directing ..." only proposes it
        making = attitude(verb.head, ctx.lex)
        stated = making.polarity == FACT_POLARITY and making.modality == FACT_MODALITY
        modality = None if stated else (making.modality if making.modality != FACT_MODALITY else "proposed")
        ctx.emit("regulates", ctx.args(made, laws, pred=verb), tails, "delegated", verb, modality=modality)


def participle_laws(ctx: Context, verb: Token) -> list[Token]:
    """ "President Biden signed Executive Order 14117, directing the Department to restrict ...", "Russia adopted
    the law, requiring operators to ...": a participle set off by a comma after a clause that makes a law says what
    that law does (the law, the made thing, is its instrument): the objects of the verb of enacting it hangs on."""
    gov = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or gov == verb or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return []
    if not any(f.relation == "enacts" for f in ctx.lex.frames_for(gov.lemma_.lower())) or is_passive(gov):
        return []
    return [o for o in objects(gov) if o.i < verb.i]
