"""Frame of treaty parties (enacts): the states an agreement is said to be between are its parties, and a party
adopts the treaty it is party to ("X is a trade agreement between A, B and C", "X, a treaty among the nations of A
and B", "A became a party to X"). Parties are read only where a clause says what a named law is (a copula's
attribute or the law's apposition) or who is party to it; a law whose own name holds its parties ("the Agreement
between A and B on ...") is a name, not a statement about it. The attitude is the copula's ("A is not a party to
X", "A would become a party to X" are no facts). Words: the treaty parties block of `patterns/relations.yaml`."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import law_status, noun_standing
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW, OF, TO, agent_types
from pipelines.nlp.relations.mentions import REFERENCE, Argument
from pipelines.nlp.relations.syntax import COPULAS, is_verbal, prep_objects, subjects


def treaty_parties(ctx: Context, noun: Token) -> None:
    """ "X is an agreement between A and B", "X, a treaty among A and B": A and B enact X; "A is (became) a
    party to X": A enacts X."""
    if ctx.m.at(noun) is not None:
        return
    lemma = noun.lemma_.lower()
    if lemma in ctx.lex.accession_nouns:
        accession(ctx, noun)
    elif lemma in ctx.lex.treaty_nouns and noun.pos_ == "NOUN":
        laws, pred = _described_law(ctx, noun)
        parties = _parties(prep_objects(noun, ctx.lex.treaty_party_preps))
        if laws and parties:  # "a proposed agreement between A and B": only proposed
            heads = ctx.args(parties, agent_types(ctx, "enacts"), pred=pred)
            ctx.emit("enacts", heads, laws, "parties", pred, modality=law_status(noun, ctx.lex))
    elif _party_word(ctx, noun):
        party_holders(ctx, noun)


def _described_law(ctx: Context, noun: Token) -> tuple[list[tuple[Token, Argument]], Token]:
    """The named law the noun says the kind of: the copula's subject ("X is an agreement ..."), or the name the
    noun is apposed to ("X, an agreement ..."); and the predicate whose attitude counts."""
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        return ctx.args(subjects(noun.head), LAW, pred=noun.head), noun.head
    if noun.dep_ == "appos":
        return ctx.args([noun.head], LAW, expand=False), noun
    return [], noun


def _parties(objects: list[Token]) -> list[Token]:
    """The parties a preposition names: its object, or the names after "of" when the object is a collective noun
    ("among the nations of A, B and C")."""
    out = []
    for obj in objects:
        named_after = prep_objects(obj, OF) if obj.pos_ == "NOUN" else []
        out += named_after or [obj]
    return out


def joined_in_act(ctx: Context, verb: Token) -> bool:
    """ "Canada joined the EU in opposing the Act": "join" with "in" and an act (a gerund) says whom one acts
    with, not a body one enters or a treaty one adopts."""
    if verb.lemma_.lower() not in ctx.lex.companion_verbs:
        return False
    acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    return any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in acts)


def _party_word(ctx: Context, noun: Token) -> bool:
    """A noun naming who is party to a treaty or founded it ("party", "States Parties", "the founders"), as a common
    noun or, capitalised as treaties write it, a proper one."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    word = noun.lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return bool({noun.lemma_.lower(), word, singular} & (ctx.lex.party_nouns | ctx.lex.founder_nouns))


def party_holders(ctx: Context, noun: Token) -> None:
    """ "A is (became) a party to X", "A, B and C, the founders of X", "X has 51 Parties, namely A, B and C": who the
    noun says is party to (or founded) the treaty adopts it. A party noun with no treaty of its own ("Tunisia
    becoming a Party on 1 November") is party to the treaty the clause it is coordinated with is about."""
    treaty = prep_objects(noun, TO | OF)
    if noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        laws = ctx.args(treaty, LAW) if treaty else ctx.args(_clause_treaty(noun.head), LAW, expand=False)
        heads = _named_parties(ctx, ctx.args(subjects(noun.head), agent_types(ctx, "enacts"), pred=noun.head))
        ctx.emit("enacts", heads, laws, "party", noun.head)
    elif (named := _apposed_to(ctx, noun)) is not None:
        heads = ctx.args([named], agent_types(ctx, "enacts"))
        ctx.emit("enacts", heads, ctx.args(treaty, LAW), "party-apposition", noun)
    elif noun.dep_ in ("dobj", "obj") and noun.head.lemma_ == "have" and noun.tag_ in ("NNS", "NNPS"):
        listed = [c for c in noun.children if c.dep_ == "appos"]
        heads = ctx.args(listed, agent_types(ctx, "enacts"))
        laws = ctx.args(subjects(noun.head), LAW, pred=noun.head)
        ctx.emit("enacts", heads, laws, "party-list", noun.head)


def _apposed_to(ctx: Context, noun: Token) -> Token | None:
    """The name a noun is apposed to: its head as an apposition, or, where the parse makes the apposition a second
    subject of the verb ("Chile, New Zealand and Singapore, the founders of X are ..."), the named subject before
    the comma that opens it."""
    if noun.dep_ == "appos":
        return noun.head if ctx.m.at(noun.head) is not None else None
    if noun.dep_ != "nsubj" or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    before = [c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i and ctx.m.at(c) is not None]
    return before[-1] if before else None


def _named_parties(ctx: Context, heads: list[tuple[Token, Argument]]) -> list[tuple[Token, Argument]]:
    """ "All the member states of the EU are signatories of X": a collective noun of members is its members, not the
    body they are members of; only what stands for one party itself (a name, a pronoun) is a party."""
    return [(t, a) for t, a in heads if t.lemma_.lower() not in ctx.lex.member_group_nouns]


def _clause_treaty(copula: Token) -> list[Token]:
    """The subject of the clause a copula is coordinated with ("X is open to all and has 51 Parties, Tunisia
    becoming a Party"): what an elliptical "a Party" is party to."""
    gov = copula
    while gov.dep_ == "conj" and gov.head != gov and is_verbal(gov.head):
        gov = gov.head
        if subjects(gov):
            return subjects(gov)
    return []


def accession(ctx: Context, noun: Token) -> None:
    """ "the accession of the Republic of Korea to the DEPA", "Japan's accession to the WTO": a completed accession
    makes the acceding state a party to the treaty (enacts) or a member of the body (memberOf). "Accession talks",
    "the accession process", "a bid for accession", "the planned accession" are not done: the noun as a modifier,
    after a noun of seeking, or with a modifier of the future (`noun_standing`) says so; so does a verb of seeking or
    awaiting it ("seeks accession to X", "its accession to X is expected")."""
    if noun.pos_ != "NOUN" or noun.dep_ in ("compound", "amod") or _sought(ctx, noun):
        return
    joiners = prep_objects(noun, OF) + [c for c in noun.children if c.dep_ == "poss"]
    targets = prep_objects(noun, TO) or _to_after(noun)
    if not joiners:
        return
    polarity, modality = noun_standing(noun, ctx.lex)
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.lemma_.lower() in ctx.lex.accession_pending_verbs:
        modality = "proposed"  # "Korea seeks accession to X", "the UK's accession to X is expected next year"
    if not targets:
        _accession_again(ctx, noun, joiners, polarity, modality)
        return
    for relation in ("enacts", "memberOf"):
        rel = ctx.vocab.relation(relation)
        heads = ctx.args(joiners, rel.heads)
        ctx.emit(relation, heads, ctx.args(targets, rel.tails), "accession", noun, modality=modality, polarity=polarity)


def _accession_again(
    ctx: Context, noun: Token, joiners: list[Token], polarity: str | None, modality: str | None
) -> None:
    """ "Accession of the ROK to the DEPA ... The ROK's successful accession is an important milestone": an
    accession said again without its treaty (a definite event: "the accession of X", "X's accession") is the one
    the text has stated X made (by the noun, or a verb of acceding: `acceding_verbs`), to the same treaty or body,
    named where the text last named it; nothing when the text has stated no accession of X before."""
    joined = {relation: ctx.args(joiners, ctx.vocab.relation(relation).heads) for relation in ("enacts", "memberOf")}
    entities = {ctx.m.entity(a.mention) for args in joined.values() for _, a in args}
    earlier = [
        c
        for c in ctx.found
        if (
            c.pattern.split("+", 1)[0].endswith("/accession")
            or ctx.doc[c.pred].lemma_.lower() in ctx.lex.acceding_verbs
        )
        and c.pred < noun.i
        and (c.polarity, c.modality) == ("asserted", "stated")
        and ctx.m.entity(c.head) in entities
    ]
    if not earlier:
        return
    last = earlier[-1]
    treaty = ctx.m.entity(last.tail)
    named = [i for i in ctx.m.before(noun.idx) if ctx.m.entity(i) == treaty and ctx.m.root(i) is not None]
    tail = ctx.m.root(named[-1]) if named else None
    if tail is None:
        return
    heads = joined[last.type]
    tails = [(tail, Argument(named[-1], REFERENCE))]
    ctx.emit(last.type, heads, tails, "accession", noun, modality=modality, polarity=polarity)


def _sought(ctx: Context, noun: Token) -> bool:
    """ "talks on Korea's accession to X", "its application for accession": the accession is the object of a noun
    of seeking, negotiating or preparing it (through a preposition or as a possessed noun), so not yet done."""
    gov = noun.head.head if noun.dep_ == "pobj" else None
    return gov is not None and gov.lemma_.lower() in ctx.lex.accession_pending_nouns


def _to_after(noun: Token) -> list[Token]:
    """ "met to welcome the accession of the ROK to the DEPA": a "to" phrase right after the noun's phrase that the
    parse hangs on the verb whose object the noun is belongs to the noun (a verb of welcoming takes no "to")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or not is_verbal(verb):
        return []
    nxt = noun.right_edge.i + 1
    return [c for p in verb.children if p.i == nxt and p.lower_ == "to" for c in p.children if c.dep_ == "pobj"]
