"""Frames of localization (requiresLocalization): a law that obliges data to be stored in the country, forbids it to
leave, says where it is stored ("Under the PIPL, personal data must be stored in China"), or sets a localization
requirement said by a noun; and the words that say data stays inside or moves out."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import noun_standing
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.cited import cited_source
from pipelines.nlp.relations.frames.governed import localizing_enactors
from pipelines.nlp.relations.frames.roles import agent_types, fronted_instruments
from pipelines.nlp.relations.syntax import (
    agents,
    bare_infinitive,
    clause_complements,
    directed_infinitives,
    is_passive,
    is_verbal,
    noun_phrase,
    objects,
    prep_governed,
    prep_objects,
    subjects,
    to_infinitive,
)


def complement_tokens(ctx: Context, verb: Token) -> list[Token]:
    """What an obliging verb demands: its objects (with what the parse hangs on them: "requires operators to store
    X" is often read as a clause modifying "operators"), its clausal complements, and in the passive its subject
    ("local storage of payment data is required by the Act", "personal data is required by X to be stored ...");
    and the object's infinitive the parse hangs as an adverbial ("directed providers to ensure that X is stored
    in India": `directed_infinitives`)."""
    out: list[Token] = [t for s in subjects(verb) for t in s.subtree] if is_passive(verb) else []
    for o in objects(verb, frozenset({"on", "upon", "for"})):
        out += list(o.subtree)
    for c in clause_complements(verb) + directed_infinitives(verb, ctx.lex.object_control_verbs):
        out += list(c.subtree)
    return out


def localization_in(ctx: Context, tokens: Iterable[Token]) -> bool:
    """The tokens say that data stays in the country: "local storage", "data localization", "stored in India",
    "kept on servers within the country", "hosted onshore"."""
    lex = ctx.lex
    for t in tokens:
        lemma, low = t.lemma_.lower(), t.lower_
        if low in lex.localization_nouns or lemma in lex.localization_nouns or low in lex.local_adverbs:
            return True
        if lemma in lex.storage_nouns and _local(ctx, t):
            return True
        if lemma in lex.storage_verbs and stored_inside(ctx, t):
            return True
        if lemma in lex.localizing_verbs and _localized_data(ctx, t):
            return True
    return False


def _localized_data(ctx: Context, verb: Token) -> bool:
    """ "to localize all user data", "personal data must be localised": a verb that means keeping inside the country
    says so of the data that is its object (its subject in the passive); of anything else ("localize the app") it
    means translating."""
    themes = subjects(verb) if is_passive(verb) else objects(verb)
    return bool(ctx.datatypes(themes)) or any(t.lemma_.lower() in ctx.lex.data_nouns for t in themes)


def _local(ctx: Context, noun: Token) -> bool:
    """A noun of storage said to be inside the country: "local storage", "domestic servers", servers named by
    a nationality ("Russian servers", "on Indian data centres": the model's NORP entity, a demonym), or placed there
    by a participle of place ("servers located in Russia", "databases based within the territory of X")."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in ctx.lex.local_modifiers or c.ent_type_ == "NORP" for c in mods):
        return True
    placed = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ctx.lex.storage_verbs]
    return any(_inside(ctx, p) for a in placed for p in a.children if p.dep_ == "prep")


def _inside(ctx: Context, prep: Token) -> bool:
    """ "in India", "within the country", "within the territory of the Russian Federation": a preposition of
    inside whose object is a named state or a noun that is the country itself."""
    if prep.lower_ not in ("in", "within", "inside"):
        return False
    for t in (c for c in prep.children if c.dep_ == "pobj"):
        j = ctx.m.at(t)
        if (j is not None and ctx.m.type(j) == "State") or t.lemma_.lower() in ctx.lex.territory_nouns:
            return True
    return False


def stored_inside(ctx: Context, verb: Token) -> bool:
    """The storage verb says the data stays inside: "stored in India", "kept locally", "hosted on servers within
    the country"; a trailing "within the country" that the parse hangs on the stored data's participle ("store
    personal information collected in China within the country") counts too, a named place there does not."""
    for o in objects(verb):
        if _placed_inside(ctx, o):
            return True
        for acl in (c for c in o.children if c.dep_ == "acl"):
            for p in acl.children:
                if p.dep_ == "advmod" and p.lower_ in ctx.lex.local_adverbs:
                    return True
                if p.dep_ == "prep" and p.lower_ in ("within", "inside"):
                    if any(t.lemma_.lower() in ctx.lex.territory_nouns for t in p.children if t.dep_ == "pobj"):
                        return True
    for p in verb.children:
        if p.dep_ == "advmod" and p.lower_ in ctx.lex.local_adverbs:
            return True
        if p.dep_ != "prep" or p.lower_ not in ("in", "within", "inside", "on", "onto", "at"):
            continue
        for t in p.subtree:
            i = ctx.m.at(t)
            if i is not None and ctx.m.type(i) == "State":
                return True
            if t.lemma_.lower() in ctx.lex.territory_nouns and t.dep_ == "pobj":
                return True
            if t.lemma_.lower() in ctx.lex.storage_nouns and _local(ctx, t):
                return True
    return False


def _placed_inside(ctx: Context, data: Token) -> bool:
    """ "store all payment data in India", "store that data in Vietnam", where the parse hangs the place on the
    stored data rather than on the verb: a data type, or a data noun that refers to one ("that data", "such
    information"), whose own phrase ends in "in"/"within" a named state or the country."""
    i = ctx.m.at(data)
    if (i is None or ctx.m.type(i) != "DataType") and data.lemma_.lower() not in ctx.lex.data_nouns:
        return False
    return any(_inside(ctx, p) for p in data.children if p.dep_ == "prep")


def rulers(ctx: Context, verb: Token) -> list[Token]:
    """Whose rule a verb of obliging or forbidding states: the law it is said through ("In a circular titled X, the
    central bank told operators to store payment data in India": the circular's, not the bank's, which made it),
    else its subject (a passive's by-agent); and a law "under" which it is said."""
    own = fronted_instruments(ctx, verb) or (agents(verb) if is_passive(verb) else subjects(verb))
    return own + prep_governed(verb, "under")


def oblige(ctx: Context, verb: Token) -> None:
    """ "X requires local storage of Y", "X requires Y to be stored in India", "X mandated that Y be stored ..."."""
    heads = rulers(ctx, verb)
    tails = ctx.datatypes(complement_tokens(ctx, verb))
    ctx.emit(
        "requiresLocalization",
        ctx.args(heads, agent_types(ctx, "requiresLocalization"), pred=verb),
        tails,
        "oblige",
        verb,
    )
    localizing_enactors(ctx, verb, tails)
    cited_source(ctx, verb, tails)


def _leaves(ctx: Context, tokens: Iterable[Token]) -> bool:
    """The tokens move data out of the country: an export, or a word of moving with an outward word or a border
    as its complement ("transfer of X abroad", "crossing the boundaries of Korea", "leaving the country")."""
    for t in tokens:
        if _to_recipients(ctx, t):
            continue
        if t.lemma_.lower() in ctx.lex.outbound_words or _kept_abroad(ctx, t):
            return True
        if t.lemma_.lower() not in ctx.lex.exit_words and t.lower_ not in ctx.lex.exit_words:
            continue
        for c in t.subtree:
            if c.i == t.i:
                continue
            low, lemma = c.lower_, c.lemma_.lower()
            if low in ctx.lex.outward_words and c.dep_ in ("advmod", "prep", "amod", "prt"):
                return True
            if lemma in ctx.lex.territory_nouns and c.dep_ == "dobj" and c.head.i == t.i:
                return True
    return False


def _kept_abroad(ctx: Context, keep: Token) -> bool:
    """ "prohibits storing health records overseas", "bans holding X outside Australia": a word of keeping data
    (`keeping_words`) with an adverb of abroad (`abroad_words`) or "outside" a state or the country puts the data
    out of the country as much as a transfer does; "storing X beyond the retention period", "outside the purposes"
    are about time and use, not place."""
    if keep.lemma_.lower() not in ctx.lex.keeping_words and keep.lower_ not in ctx.lex.keeping_words:
        return False
    for c in keep.subtree:
        if c.lower_ in ctx.lex.abroad_words and c.dep_ == "advmod":
            return True
        if c.lower_ == "outside" and c.dep_ == "prep":
            for o in (o for o in c.children if o.dep_ == "pobj"):
                i = ctx.m.at(o)
                if o.lemma_.lower() in ctx.lex.territory_nouns or (i is not None and ctx.m.type(i) == "State"):
                    return True
    return False


def _to_recipients(ctx: Context, move: Token) -> bool:
    """ "the export of personal data to foreign adversaries", "transfers abroad to China": a movement to named or
    chosen recipients restricts where data may go, not where it must stay; "to other countries" (a country of any
    kind) is the way out itself."""
    return any(
        obj.dep_ == "pobj" and obj.lemma_.lower() not in ctx.lex.territory_nouns
        for prep in move.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for obj in prep.children
    )


def _forbidden(verb: Token) -> list[Token]:
    """What a verb of forbidding forbids: its object (the passive subject), its prepositional complements, and an
    act it forbids as a gerund clause with that act's objects ("bans storing health records overseas")."""
    themes = subjects(verb) if is_passive(verb) else objects(verb)
    gerunds = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    return themes + [c for c in verb.children if c.dep_ == "prep"] + gerunds + [o for g in gerunds for o in objects(g)]


def forbids_exit(ctx: Context, verb: Token) -> bool:
    """ "prohibits survey data from crossing the boundaries of Korea", "bans the transfer of health data abroad"."""
    if verb.lemma_.lower() not in ctx.lex.forbid_verbs:
        return False
    return _leaves(ctx, (t for f in _forbidden(verb) for t in f.subtree))


def forbidden_exit(ctx: Context, verb: Token) -> None:
    """ "Article 16 of the Act prohibits survey data from crossing the boundaries of Korea": forbidding data to
    leave is requiring it to stay."""
    heads = rulers(ctx, verb)
    rel = "requiresLocalization"
    tails = ctx.datatypes(_forbidden(verb))
    ctx.emit(rel, ctx.args(heads, agent_types(ctx, rel), pred=verb), tails, "forbidden-exit", verb)


def stored_under(ctx: Context, verb: Token) -> None:
    """ "Under the PIPL, personal data must be stored in China": the law says where the data stays."""
    laws = prep_governed(verb, "under")
    if not laws or not stored_inside(ctx, verb):
        return
    tails = ctx.datatypes(subjects(verb) + objects(verb))
    heads = ctx.args(laws, agent_types(ctx, "requiresLocalization"))
    ctx.emit("requiresLocalization", heads, tails, "stored-under", verb, deontic=True)


def localizing_requirement(ctx: Context, tokens: list[Token]) -> bool:
    """One of the tokens is a noun of requirement whose phrase says the data stays inside ("the data localization
    requirements of Decree 53", "India's local storage rule")."""
    return any(
        t.lemma_.lower() in ctx.lex.requirement_nouns and ctx.m.at(t) is None and localization_in(ctx, noun_phrase(t))
        for t in tokens
    )


def requirement_noun(ctx: Context, verb: Token) -> None:
    """ "India adopted a data localisation requirement for payment data": the requirement, said by a noun."""
    for o in objects(verb):
        if o.lemma_.lower() not in ctx.lex.requirement_nouns | ctx.lex.duty_nouns:
            continue
        phrase = list(noun_phrase(o))
        rel = "requiresLocalization"
        heads = ctx.args(subjects(verb) if not is_passive(verb) else agents(verb), agent_types(ctx, rel), pred=verb)
        if localization_in(ctx, phrase):
            ctx.emit(rel, heads, ctx.datatypes([o]), "requirement-noun", verb)
        elif (duty := extraposed_duty(ctx, verb, o)) is not None and not is_passive(verb):
            ctx.emit(rel, heads, ctx.datatypes([*phrase, *duty.subtree]), "duty-infinitive", verb)


# the clauses an infinitive said after a duty noun may hang from when the parse takes it away from the noun
_DUTY_DETOURS = frozenset({"advcl", "xcomp"})


def extraposed_duty(ctx: Context, verb: Token, noun: Token) -> Token | None:
    """ "It introduced a new obligation on data controllers, when collecting personal data, to store such data in a
    database located within the territory of X": in English a noun of duty takes as its complement an infinitive of
    what must be done ("an obligation on X to store Y"), which may come after the noun's other phrases and an
    adverbial clause; the parse then hangs it on the verb or on that adverbial clause. The outermost such clause
    (whose subtree holds the data it names and the infinitive), when the infinitive keeps data inside the country;
    not an infinitive with a subject of its own or a purpose ("in order to")."""
    if noun.lemma_.lower() not in ctx.lex.duty_nouns:
        return None
    for clause in (c for c in verb.children if c.dep_ in _DUTY_DETOURS and c.i > noun.i):
        for t in _detour_chain(clause):
            if bare_infinitive(t) and localization_in(ctx, t.subtree):
                return clause
    return None


def _detour_chain(clause: Token) -> list[Token]:
    """The clause and the adverbial or open clauses it carries, depth first."""
    out, stack = [], [clause]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ in _DUTY_DETOURS)
    return out


def required_content(ctx: Context, noun: Token) -> None:
    """ "Indonesia's requirement that government data be stored locally", "the mandate of the Data Act for payment
    data to be kept in Brazil": a noun of requirement whose content clause keeps data inside the country is its
    owner's localisation rule (the owner: its possessor, or the object of "of", "by" or "under"). What the clause
    around the noun does with it qualifies it (`noun_standing`: "plans a requirement that ...", "scrapped its
    requirement that ...", "no requirement that ..."), and so does the content clause's own modal."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and _content_clause(c)]
    clauses = [c for c in clauses if localization_in(ctx, c.subtree)]
    if not clauses:
        return
    rel = "requiresLocalization"
    heads = ctx.args(_requirement_owners(ctx, noun), agent_types(ctx, rel), expand=False)
    heads += [
        (o, a)
        for o in _possessive_pronouns(noun)
        if (a := ctx.resolver.references.possessive(o, agent_types(ctx, rel))) is not None
    ]
    polarity, modality = noun_standing(noun, ctx.lex)
    for clause in clauses:
        tails = ctx.datatypes(clause.subtree)
        ctx.emit(rel, heads, tails, "requirement-clause", clause, deontic=True, modality=modality, polarity=polarity)


_OWNER_PREPS = frozenset({"of", "by", "under"})


def _requirement_owners(ctx: Context, noun: Token) -> list[Token]:
    """Whose requirement a noun names: its possessor ("Indonesia's requirement"), the object of "of", "by" or
    "under" ("the requirement of the Data Act"), or the subject of a verb by which a body has or sets it ("India
    has a requirement that ...", "Kenya imposed a requirement that ...")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"] + prep_objects(noun, _OWNER_PREPS)
    gov = noun.head
    if noun.dep_ in ("dobj", "obj") and gov.lemma_.lower() in ctx.lex.requirement_verbs and not is_passive(gov):
        owners += subjects(gov)
    return owners


def _possessive_pronouns(noun: Token) -> list[Token]:
    """ "its requirement that ...": the possessive pronoun, which a reference resolves."""
    return [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"]


def _content_clause(clause: Token) -> bool:
    """A clause that says what a noun is ("the requirement that X be stored", "a mandate for X to be kept"): a
    verb with the subordinator "that" or "for" (whatever the parse calls the clause), or an infinitive; not a
    relative clause ("the rule that X adopted": there "that" is the clause's object, not its subordinator)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    infinitive = to_infinitive(clause)
    return is_verbal(clause) and (bool(marks & {"that", "for"}) or infinitive)
