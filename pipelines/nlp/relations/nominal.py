"""Relations said by nouns: offices, membership, belonging, stance nouns, a possessor's law; and lists that extend a
data type ("sensitive data includes X, Y and Z").

- leads: "Marco Rubio, the head of the State Department", "FTC Chair Lina Khan" (`held_offices`);
- memberOf: "Japan is a member of the OECD", "France, an EU member,", "ASEAN members such as Vietnam";
- partOf: "Vietnam's Ministry of Public Security", "the ODPC, an agency of Kenya", "X is Kenya's regulator";
- opposes/supports: "X raised concerns about Y", "X's opposition to Y", "X expressed support for Y";
- requiresLocalization: "Indonesia's requirement that government data be stored locally" (a noun of requirement
  and its content clause);
- enacts: "the EU's data protection law, the GDPR" (a possessor's law, said in words; a bare "the EU's GDPR" is
  not, as both independent annotators agree).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Candidate, Context
from pipelines.nlp.relations.clause_edges import conjunct_between
from pipelines.nlp.relations.frames.admission import admitted_member
from pipelines.nlp.relations.frames.authored import act_of_authors
from pipelines.nlp.relations.frames.belonging import acting_through, described_body
from pipelines.nlp.relations.frames.cosponsorship import sponsorship_noun
from pipelines.nlp.relations.frames.demanded_stance import demanding_verb
from pipelines.nlp.relations.frames.dues import membership_dues
from pipelines.nlp.relations.frames.enactment import enactment_noun
from pipelines.nlp.relations.frames.governed import data_under_law, law_topic
from pipelines.nlp.relations.frames.government_of import government_of
from pipelines.nlp.relations.frames.included_bodies import included_body
from pipelines.nlp.relations.frames.judgments import decision
from pipelines.nlp.relations.frames.lawmaking import law_apposition
from pipelines.nlp.relations.frames.localization import required_content
from pipelines.nlp.relations.frames.members import (
    fronted_relative_body,
    member_before_name,
    members_included,
    one_of_apposed,
)
from pipelines.nlp.relations.frames.possession import (
    denied_noun,
    inner_possessors,
    shared_possessors,
    through_government,
    trailing_appositions,
)
from pipelines.nlp.relations.frames.presidency import presiding_member
from pipelines.nlp.relations.frames.proponents import named_after_stance, one_of_apposed_stance
from pipelines.nlp.relations.frames.qualified import qualifies_other_name
from pipelines.nlp.relations.frames.same_kind import other_members, other_of_kind, partners_in
from pipelines.nlp.relations.frames.seat import placed_body
from pipelines.nlp.relations.frames.state_of import demonym_owners, listed_after, state_of
from pipelines.nlp.relations.frames.titled_names import apposed_office
from pipelines.nlp.relations.frames.treaties import treaty_parties
from pipelines.nlp.relations.held_offices import MODIFIER_DEPS, SERVING_COPULAS, noun_modifiers, office
from pipelines.nlp.relations.modified_possessors import modified_noun_possessors
from pipelines.nlp.relations.plural_possessors import apostrophe_possessors
from pipelines.nlp.relations.syntax import COPULAS, conjuncts, is_verbal, objects, prep_objects, subjects

#: a preposition that names whom a stance was voiced with ("raised concerns with the ministry about X"), on a verb
_COMPANY_PREPS = frozenset({"with"})


def noun_frames(ctx: Context, tok: Token) -> None:
    lemma = tok.lemma_.lower()
    i = ctx.m.at(tok)
    if i is not None and ctx.m.items[i].start <= tok.idx and _is_root(ctx, tok, i):
        kind = ctx.m.type(i)
        if kind == "Person":
            office(ctx, tok)
            apposed_office(ctx, tok)
        elif kind == "Agency":
            belongs(ctx, tok)
            acting_through(ctx, tok)
            government_of(ctx, tok)
            state_of(ctx, tok)
            included_body(ctx, tok)
        elif kind == "Law":
            possessor_law(ctx, tok)
            law_apposition(ctx, tok)
            data_under_law(ctx, tok)
            law_topic(ctx, tok)
            act_of_authors(ctx, tok)
        return
    if tok.lower_ == "i" and tok.tag_ == "PRP":
        office(ctx, tok)  # "my name is X, and I am the Director of Y": the speaker (`References`)
    if lemma in ctx.lex.member_nouns or lemma in ctx.lex.member_group_nouns:
        membership(ctx, tok)
        other_members(ctx, tok)
        members_included(ctx, tok)
        one_of_apposed(ctx, tok)
    if lemma in ctx.lex.member_nouns:
        admitted_member(ctx, tok)
        member_before_name(ctx, tok)
        membership_dues(ctx, tok)
    if lemma in ctx.lex.presiding_nouns and tok.pos_ == "NOUN":
        presiding_member(ctx, tok)
    if lemma in ctx.lex.partner_nouns and tok.pos_ == "NOUN":
        partners_in(ctx, tok)
    if lemma in ctx.lex.collective_nouns and tok.pos_ == "NOUN":
        collective(ctx, tok)
    if lemma in ctx.lex.law_nouns and tok.pos_ == "NOUN":
        possessor_law_noun(ctx, tok)
        other_of_kind(ctx, tok)
    for relation, nouns in ctx.lex.stance_nouns.items():
        if lemma in nouns:
            stance_noun(ctx, tok, relation)
    sponsorship_noun(ctx, tok)
    for relation, nouns in ctx.lex.stance_agent_nouns.items():
        if lemma in nouns:
            stance_agent(ctx, tok, relation)
            named_after_stance(ctx, tok, relation)
            one_of_apposed_stance(ctx, tok, relation)
    if lemma in ctx.lex.evaluation_nouns and tok.pos_ == "NOUN":
        evaluation(ctx, tok)
    if lemma in ctx.lex.decision_nouns:
        decision(ctx, tok)
    if lemma in ctx.lex.enactment_nouns and tok.pos_ in ("NOUN", "PROPN"):
        enactment_noun(ctx, tok)
    if lemma in ctx.lex.requirement_nouns and tok.pos_ == "NOUN":
        required_content(ctx, tok)
    treaty_parties(ctx, tok)
    if lemma in ctx.lex.part_nouns and tok.pos_ == "NOUN":
        described_body(ctx, tok)


def _is_root(ctx: Context, tok: Token, i: int) -> bool:
    """The token is the syntactic head of its mention (its head lies outside the mention)."""
    return tok.head == tok or ctx.m.at(tok.head) != i


def _copula_of(subject: Token) -> Token | None:
    """The copula the token is the subject of, also where the parse took a word of a parenthesis after it for the
    subject ("X (ABBR, Spanish: Y) is an agency of Spain": `syntax.subjects`)."""
    for verb in (subject.head, subject.head.head):
        if verb.lemma_ in SERVING_COPULAS and subject in subjects(verb):
            return verb
    return None


def belongs(ctx: Context, agency: Token) -> None:
    """partOf: the state that owns the body, by possessive or by a noun of belonging."""
    states = frozenset({"State"})
    heads = ctx.args([agency], frozenset({"Agency"}), expand=False)
    own = [c for c in agency.children if c.dep_ == "poss"] + inner_possessors(ctx, agency)
    own += shared_possessors(ctx, agency) + apostrophe_possessors(ctx, agency)
    own += modified_noun_possessors(ctx, agency)
    ctx.emit("partOf", heads, ctx.args(own, states), "possessive", agency)
    nouns = [c for c in agency.children if c.dep_ == "appos"] + trailing_appositions(ctx, agency)
    if agency.dep_ == "appos":
        nouns.append(agency.head)
    nouns += listed_after(agency)
    copula = _copula_of(agency)
    if copula is not None:
        nouns += [c for c in copula.children if c.dep_ == "attr"]
    for n in nouns:
        if n.lemma_.lower() in ctx.lex.part_nouns and ctx.m.at(n) is None and not denied_noun(n):
            # "an agency of Kenya", "Kenya's regulator", "a U.S. agency" (the state named before the noun)
            owners = prep_objects(n, frozenset({"of"})) + [c for c in n.children if c.dep_ in ("poss", *MODIFIER_DEPS)]
            owners += through_government(ctx, owners) + demonym_owners(ctx, n)
            ctx.emit("partOf", heads, ctx.args(owners, states), "apposition", n)
            placed_body(ctx, heads, n)


def possessor_law(ctx: Context, law: Token) -> None:
    """enacts: "the EU's principal data protection law, the GDPR"; "Turkey's constitution"."""
    enactors = ctx.vocab.relation("enacts").heads
    heads_of = []
    nouns = [c for c in law.children if c.dep_ == "appos"] + ([law.head] if law.dep_ == "appos" else [])
    for n in nouns:
        if n.lemma_.lower() in ctx.lex.law_nouns and ctx.m.at(n) is None and not conjunct_between(law, n):
            heads_of += [c for c in n.children if c.dep_ == "poss"]
    if law.pos_ == "NOUN" and law.is_lower:  # a common noun typed as a law: "Turkey's constitution"
        heads_of += [c for c in law.children if c.dep_ == "poss"]
    if heads_of:
        laws = ctx.args([law], frozenset({"Law"}), expand=False)
        ctx.emit("enacts", ctx.args(heads_of, enactors), laws, "possessor", law)


def possessor_law_noun(ctx: Context, noun: Token) -> None:
    """ "the EU's principal data protection law, the GDPR": a law noun with a possessor, followed by the name it
    is apposed to (read off the punctuation when the parse attaches the name elsewhere)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or noun.i + 1 >= len(ctx.doc) or ctx.doc[noun.i + 1].text != ",":
        return
    nxt = noun.i + 2 + (ctx.doc[noun.i + 2].lower_ == "the" if noun.i + 2 < len(ctx.doc) else 0)
    if nxt >= len(ctx.doc) or ctx.m.at(ctx.doc[nxt]) is None:
        return
    name = ctx.doc[nxt]
    laws = [(name, a) for a in ctx.resolver.resolve(name, frozenset({"Law"}))]
    enactors = ctx.vocab.relation("enacts").heads
    ctx.emit("enacts", ctx.args(owners, enactors), laws, "possessor", noun)


def membership(ctx: Context, noun: Token) -> None:
    igo, states = ctx.vocab.relation("memberOf").tails, ctx.vocab.relation("memberOf").heads
    modifiers = [m for m in noun_modifiers(noun) if not qualifies_other_name(ctx, m, noun)]
    orgs = ctx.args(prep_objects(noun, frozenset({"of", "in"})) + modifiers + fronted_relative_body(noun), igo)
    if not orgs:
        return
    lemma = noun.lemma_.lower()
    member_word = lemma in ctx.lex.member_nouns or any(
        m.lemma_.lower() in ctx.lex.member_nouns for m in noun_modifiers(noun)
    )
    copula = _one_of(noun)
    if member_word and copula is not None:  # "Germany is one of the 27 member states of the EU"
        ctx.emit("memberOf", ctx.args(subjects(copula), states), orgs, "copula", copula)
    if lemma in ctx.lex.member_nouns:
        if noun.dep_ in ("attr", "acomp") and noun.head.lemma_ in SERVING_COPULAS:
            ctx.emit("memberOf", ctx.args(subjects(noun.head), states), orgs, "copula", noun.head)
        elif noun.dep_ == "appos":
            ctx.emit("memberOf", ctx.args([noun.head], states), orgs, "apposition", noun)
    listed = prep_objects(noun, ctx.lex.list_preps) + [c for c in noun.children if c.dep_ == "appos"]
    # "such as": the preposition "as" hangs from "such"
    listed += [p for s in noun.children if s.lower_ == "such" for p in prep_objects(s, frozenset({"as"}))]
    if listed and noun.tag_ in ("NNS", "NNPS"):
        ctx.emit("memberOf", ctx.args(listed, states), orgs, "list", noun)


def collective(ctx: Context, noun: Token) -> None:
    """A body said to be a collective of states has them as its members: "the X Forum, a coalition of the U.S.,
    Canada and Japan", "the X Group is an alliance of Chile and Peru" (apposition or copula)."""
    rel = ctx.vocab.relation("memberOf")
    if noun.dep_ == "appos":
        bodies, pred = [noun.head], noun
    elif noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        bodies, pred = subjects(noun.head), noun.head  # the copula's clause says whether it is so
    else:
        return
    orgs = ctx.args(bodies, rel.tails, expand=False)
    if orgs:
        ctx.emit("memberOf", ctx.args(prep_objects(noun, frozenset({"of"})), rel.heads), orgs, "collective", pred)


def _one_of(noun: Token) -> Token | None:
    """The copula that says its subject is one of the plural noun's kind: "X is one of the members of Y", "X and Y
    are among the member states of Z"."""
    if noun.dep_ != "pobj" or noun.tag_ not in ("NNS", "NNPS"):
        return None
    prep = noun.head
    if prep.lower_ == "among" and prep.dep_ == "prep" and prep.head.lemma_ in SERVING_COPULAS:
        return prep.head
    one = prep.head
    if prep.lower_ == "of" and one.lower_ == "one" and one.dep_ == "attr" and one.head.lemma_ in SERVING_COPULAS:
        return one.head
    return None


def stance_noun(ctx: Context, noun: Token, relation: str) -> None:
    """ "X raised concerns about Y", "X voiced opposition to Y", "X's opposition to Y"."""
    rel = ctx.vocab.relation(relation)
    objs = prep_objects(noun, ctx.lex.stance_noun_preps)
    if noun.dep_ in ("dobj", "obj"):
        # "reaffirming the commitment of the United States to X": the parse may hang the noun's phrase on its verb
        objs += [o for o in prep_objects(noun.head, ctx.lex.stance_noun_preps - _COMPANY_PREPS) if o.i > noun.i]
    # "raised concerns with the Ministry about X": an actor after "with" is whom the concerns were raised with; only
    # a law after it is their subject ("concerns with the bill")
    addressed = [o for o in objs if o.head.lower_ == "with"]
    targets = ctx.args([o for o in objs if o not in addressed], rel.tails) + ctx.args(addressed, frozenset({"Law"}))
    if not targets:  # "the commitment of the United States to ... the success of the Privacy Shield Framework"
        laws = [t for o in objs for t in o.subtree if (i := ctx.m.at(t)) is not None and ctx.m.type(i) == "Law"]
        targets = ctx.args(laws[:1], frozenset({"Law"}), expand=False)
    if not targets:  # "in opposition to USTR's decision to withdraw ...": a decision stands for its maker
        decided = [c for o in objs if o.lemma_.lower() in ctx.lex.decision_nouns for c in o.children]
        targets = ctx.args([c for c in decided if c.dep_ == "poss"], frozenset({"Agency"}), expand=False)
    if not targets:
        return
    holders = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, frozenset({"of"}))
    pred = noun
    verb = _stance_phrase_verb(ctx, noun)
    if verb is not None:
        pred = verb
        holders += subjects(verb)
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in ctx.lex.light_verbs:
        pred = noun.head
        holders += subjects(noun.head)
    if (demand := demanding_verb(ctx, noun)) is not None:  # "urged support for X": the urger's stance
        # "urged Germany's support for X": the one asked holds it only if it does as asked
        ctx.emit(relation, ctx.args(holders, rel.heads), targets, "noun", demand, modality="proposed")
        pred, holders = demand, subjects(demand)
    ctx.emit(relation, ctx.args(holders, rel.heads), targets, "noun", pred)


def _stance_phrase_verb(ctx: Context, noun: Token) -> Token | None:
    """ "A wrote to the President in opposition to X", "A led colleagues in a letter ... in opposition to X": a
    stance noun in an adverbial "in" phrase is the stance of the clause's subject; the phrase may hang on the
    letter the clause names (a document says what its author says)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ctx.lex.stance_phrase_preps:
        return None
    head = noun.head.head
    if head.lemma_.lower() in ctx.lex.document_nouns and head.dep_ == "pobj":
        head = head.head.head
    return head if head.pos_ in ("VERB", "AUX") and head is not noun else None


def evaluation(ctx: Context, noun: Token) -> None:
    """ "A and B gave a positive assessment of X", "A expressed a favourable opinion of X": in English a noun of
    evaluation says a stance only through the adjective that qualifies it (positive -> supports, negative ->
    opposes); its holder is the possessor or the subject of the light verb that takes it, its theme the object of
    "of"/"on". An unqualified ("a detailed assessment") evaluation says none."""
    adjectives = {a.lower_ for a in noun.children if a.dep_ == "amod"}
    for relation, words in ctx.lex.evaluation_adjectives.items():
        if not adjectives & words:
            continue
        rel = ctx.vocab.relation(relation)
        targets = ctx.args(prep_objects(noun, ctx.lex.evaluation_preps), rel.tails)
        holders = [c for c in noun.children if c.dep_ == "poss"]
        pred = noun
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in ctx.lex.light_verbs:
            pred = noun.head
            holders += subjects(noun.head)
        ctx.emit(relation, ctx.args(holders, rel.heads), targets, "evaluation", pred)


def stance_agent(ctx: Context, noun: Token, relation: str) -> None:
    """ "Microsoft is a strong supporter of the CLOUD Act", "Senator X, a vocal critic of the Act,": who someone is
    said to be (by a copula or an apposition) toward a law or a body."""
    rel = ctx.vocab.relation(relation)
    targets = ctx.args(prep_objects(noun, frozenset({"of"})), rel.tails)
    if noun.dep_ in ("attr", "acomp") and noun.head.lemma_ in SERVING_COPULAS:
        ctx.emit(relation, ctx.args(subjects(noun.head), rel.heads), targets, "agent-noun", noun.head)
    elif noun.dep_ == "appos":
        ctx.emit(relation, ctx.args([noun.head], rel.heads, expand=False), targets, "agent-noun", noun)


def includes(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """ "Sensitive data includes X, Y and Z": what governs sensitive data governs X, Y and Z (the list comes in the
    same sentence as the statement or after it). A list hung on one mention of the data type ("Article 38 of the
    PIPL governs personal information, including sensitive personal information") names what that clause covers,
    and extends only the relation stated of that very mention, not what another law is said elsewhere to do with
    the data type."""
    by_entity: dict[str, list[Candidate]] = {}
    for c in found:
        if c.type in ("regulates", "requiresLocalization"):
            by_entity.setdefault(ctx.m.entity(c.tail), []).append(c)
    out = []
    for tok in ctx.doc:
        i = ctx.m.at(tok)
        if i is None or ctx.m.type(i) != "DataType" or ctx.m.entity(i) not in by_entity:
            continue
        for pred, listed in _extensions(ctx, tok):
            scoped = not is_verbal(pred)  # "including X", "such as X" on this mention: its own clause's relation
            for _, arg in ctx.datatypes(listed):
                for c in by_entity[ctx.m.entity(i)]:
                    if scoped and c.tail != i:
                        continue
                    if ctx.doc[c.pred].sent.start <= pred.i and ctx.m.entity(arg.mention) != ctx.m.entity(i):
                        pattern = f"{c.type}/includes"
                        out.append(Candidate(c.type, c.head, arg.mention, pattern, pred.i, c.polarity, c.modality))
    return out


def _extensions(ctx: Context, tok: Token) -> list[tuple[Token, list[Token]]]:
    """Lists that name kinds of the data type: its verb "includes X" or its "such as X", "including X"."""
    out = []
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ctx.lex.include_verbs:
        out.append((tok.head, objects(tok.head)))
    listed = prep_objects(tok, ctx.lex.list_preps)
    listed += [p for s in tok.children if s.lower_ == "such" for p in prep_objects(s, frozenset({"as"}))]
    if listed:
        out.append((tok, listed))
    return [(p, [t for x in xs for t in conjuncts(x)]) for p, xs in out if not is_verbal(p) or xs]
