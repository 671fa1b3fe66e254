"""Verb frames: a predicate verb, its agent and its theme (see `patterns/relations.yaml`).

Each frame function looks at one verb and emits `Candidate`s through `Context.emit`, which resolves argument tokens
to mentions, keeps only pairs whose types the ontology allows for the relation, and reads the polarity and
modality of the clause. The pattern id of a candidate (`enacts/verb`, `requiresLocalization/oblige+reference`, ...)
is what its confidence is calibrated on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipelines.nlp.relations.arguments import Argument, Mentions, Resolver
from pipelines.nlp.relations.attitude import Attitude, attitude, law_status
from pipelines.nlp.relations.lexicon import RelationLexicon, VerbFrame
from pipelines.nlp.relations.syntax import (
    COPULAS,
    agents,
    antecedent,
    clause_complements,
    conjuncts,
    content_clauses,
    governor_chain,
    is_passive,
    is_verbal,
    noun_controller,
    noun_phrase,
    object_infinitives,
    objects,
    prep_governed,
    prep_objects,
    purpose_clauses,
    subjects,
)
from pipelines.vocabulary import Vocabulary

#: relations whose head is a law stating content: a draft law or bill only proposes that content
CONTENT_RELATIONS = frozenset({"regulates", "requiresLocalization"})


@dataclass(frozen=True)
class Candidate:
    """A relation one clause states: mentions `head` and `tail`, the pattern that found it, the predicate token
    (its sentence is the evidence), and the clause's polarity and modality."""

    type: str
    head: int
    tail: int
    pattern: str
    pred: int
    polarity: str = "asserted"
    modality: str = "stated"


class Context:
    """What every frame needs: the document, its mentions, the resolver, the lexicon and the vocabulary."""

    def __init__(self, doc: Doc, mentions: Mentions, lex: RelationLexicon, vocab: Vocabulary):
        self.doc, self.m, self.lex, self.vocab = doc, mentions, lex, vocab
        self.resolver = Resolver(mentions, lex)
        self.found: list[Candidate] = []

    def args(
        self, tokens: Iterable[Token], types: frozenset[str], expand: bool = True, pred: Token | None = None
    ) -> list[tuple[Token, Argument]]:
        """The mentions of the wanted types that argument tokens stand for; with `expand`, each coordinated noun
        too ("Japan, Canada and Singapore are members"), except the antecedent of the predicate `pred` when it is
        a relative clause or participle: that is the one noun it modifies ("X, which requires A, and Y, which
        requires B")."""
        noun = antecedent(pred) if pred is not None and pred.dep_ in ("relcl", "acl") else None
        out = []
        for tok in tokens:
            for t in self._list_items(tok, types) if expand and tok != noun else [tok]:
                out += [(t, a) for a in self.resolver.resolve(t, types)]
        return out

    def _list_items(self, tok: Token, types: frozenset[str]) -> list[Token]:
        """The token and the items listed with it: its conjuncts, and names the parse hangs on it as appositions
        in a list with parentheses ("developed the EU-U.S. DPF (...), the UK Extension (...), and the Swiss-U.S.
        DPF": a second, different name of the wanted type after a comma, not "X, formally Y")."""
        items = conjuncts(tok) + self._coordinated_after_parenthesis(tok, types)
        first = self.m.at(tok)
        span = self.m.spans[first] if first is not None else None
        if span is not None:  # the parse may split a name and hang the list on its last word ("the EU–U.S. DPF")
            items += [c for t in span for c in t.conjuncts if not span.start <= c.i < span.end and not is_verbal(c)]
        for c in tok.children:
            i = self.m.at(c)
            if c.dep_ != "appos" or i is None or first is None or self.m.type(i) not in types:
                continue
            if self.m.entity(i) == self.m.entity(first) or self.m.first_name(i) != i:
                continue  # "X (ABBR)", "X, formally Y": two names of one thing
            if self.doc[c.left_edge.i - 1].text == ",":
                items += conjuncts(c)
        return sorted(set(items), key=lambda t: t.i)

    def _coordinated_after_parenthesis(self, tok: Token, types: frozenset[str]) -> list[Token]:
        """ "developed by the European Union (EU) and the United States": after a name with a parenthesis (or a name
        in one) the parse often hangs the next conjunct on a noun higher up; the words "and"/"or" and a name of a
        wanted type right after the parenthesis say it is coordinated with this name."""
        i = self.m.at(tok)
        span = self.m.spans[i] if i is not None else None
        if span is None:
            return []
        doc, j = self.doc, span.end
        if j < len(doc) and doc[j].text == "(":
            j = next((k for k in range(j, min(j + 8, len(doc))) if doc[k].text == ")"), len(doc))
        if j >= len(doc) or doc[j].text != ")":
            return []
        j += 1 + (j + 1 < len(doc) and doc[j + 1].text == ",")
        if j >= len(doc) or doc[j].dep_ != "cc":
            return []
        j += 1 + (j + 1 < len(doc) and doc[j + 1].dep_ == "det")
        k = self.m.at(doc[j]) if j < len(doc) else None
        root = self.m.root(k) if k is not None and self.m.type(k) in types else None
        return conjuncts(root) if root is not None and root.dep_ == "conj" else []

    def datatypes(self, tokens: Iterable[Token]) -> list[tuple[Token, Argument]]:
        """The data types inside the noun phrases of `tokens` ("the processing of personal data and health data")."""
        out, seen = [], set()
        for tok in tokens:
            for t in noun_phrase(tok, self.lex.excluding_preps):
                i = self.m.at(t)
                if i is not None and self.m.type(i) == "DataType" and i not in seen:
                    seen.add(i)
                    out.append((t, Argument(i)))
        return out

    def emit(
        self,
        relation: str,
        heads: list[tuple[Token, Argument]],
        tails: list[tuple[Token, Argument]],
        frame: str,
        pred: Token,
        deontic: bool = False,
        modality: str | None = None,
    ) -> None:
        rel = self.vocab.relation(relation)
        tails = self._without_abbreviations(tails)
        pairs = [
            (h, t)
            for h in heads
            for t in tails
            if rel.allows(self.m.type(h[1].mention), self.m.type(t[1].mention))
            and self.m.entity(h[1].mention) != self.m.entity(t[1].mention)
        ]
        if not pairs:
            return
        base = attitude(pred, self.lex, tuple(tok for tok, _ in heads + tails), deontic=deontic)
        purpose = self._law_purpose(pred, heads) if relation in CONTENT_RELATIONS else None
        if purpose is not None and base.modality == "proposed":
            # "the Regulation aims to give patients access to X": the aim's own clause says whether it is so
            own = attitude(purpose, self.lex, tuple(tok for tok, _ in heads + tails))
            base = Attitude(base.polarity, own.modality)
            base.polarize(own.polarity)
        if modality:
            base.modalize(modality)
        for (htok, h), (ttok, t) in pairs:
            att = Attitude(base.polarity, base.modality)
            if relation in CONTENT_RELATIONS or relation == "enacts":
                law, arg = (htok, h) if relation in CONTENT_RELATIONS else (ttok, t)
                if self.m.type(arg.mention) == "Law" and law_status(law, self.lex):
                    att.modalize("proposed")
                elif relation == "enacts" and self._unpassed_bill(t.mention, pred):
                    att.modalize("proposed")
            via = "+".join(sorted({h.via, t.via} - {""}))
            pattern = f"{relation}/{frame}" + (f"+{via}" if via else "")
            self.found.append(Candidate(relation, h.mention, t.mention, pattern, pred.i, att.polarity, att.modality))

    def _law_purpose(self, pred: Token, heads: list[tuple[Token, Argument]]) -> Token | None:
        """ "The EHDS Regulation aims to give patients access to their health data", "the law is intended to protect
        X": a verb of purpose whose subject is a law (or stands for one) says what the law does, not what someone
        plans; the verb, when `pred` is its complement (or coordinated with it)."""
        laws = {tok for tok, a in heads if self.m.type(a.mention) == "Law"}
        for gov, how in governor_chain(pred):
            if how == "xcomp":
                purpose = gov.lemma_.lower() in self.lex.purpose_governors
                return gov if purpose and any(s in laws for s in subjects(gov)) else None
            if how != "conj":
                return None
        return None

    def _without_abbreviations(self, tails: list[tuple[Token, Argument]]) -> list[tuple[Token, Argument]]:
        """One thing named twice, "customers' non-public personal information (NPI)", is one argument: the long
        form, not the abbreviation in parentheses after it."""
        named = {a.mention for _, a in tails}
        return [(t, a) for t, a in tails if self.m.abbreviates(a.mention) not in named]

    def _unpassed_bill(self, law: int, pred: Token) -> bool:
        """ "The Ministry released the Data Protection Bill for consultation": a bill that the clause does not pass
        (enact, adopt, sign ...) is only proposed by whoever issues it."""
        span = self.m.spans[law]
        is_bill = span is not None and any(tok.lower_ in self.lex.bill_nouns for tok in span)
        return is_bill and pred.lemma_.lower() not in self.lex.bill_passing_verbs


def agent_and_theme(verb: Token, frame: VerbFrame) -> tuple[list[Token], list[Token]]:
    """Agent and theme tokens of a verb in a frame, for either voice."""
    lemma = verb.lemma_.lower()
    preps = frame.theme_preps(lemma)
    only = lemma in frame.prep_only
    if is_passive(verb):
        return agents(verb), subjects(verb) + objects(verb, preps, only_preps=True) + _noun_before_comma(verb)
    return subjects(verb), objects(verb, preps, only_preps=only)


def _noun_before_comma(verb: Token) -> list[Token]:
    """ "The Act is enforced by the Office of the Data Commissioner, led by Jane Mwangi": a passive participle set
    off by a comma right after a noun is a reduced relative clause on that noun, though the parse hangs it on the
    main verb as an adverbial (whose subject is the main clause's, also kept)."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return []
    noun = doc[verb.i - 2]
    return [noun] if noun.pos_ in ("NOUN", "PROPN") and noun.i > verb.head.i else []


def verb_frames(ctx: Context, verb: Token) -> None:
    """Every frame the verb's lemma triggers."""
    lemma = verb.lemma_.lower()
    localized = lemma in ctx.lex.oblige_verbs and localization_in(ctx, complement_tokens(verb))
    exit_forbidden = forbids_exit(ctx, verb)
    for frame in ctx.lex.frames_for(lemma):
        if frame.relation == "regulates" and (localized or exit_forbidden):
            continue  # said more precisely as requiresLocalization below
        if frame.relation == "leads" and clause_complements(verb):
            continue  # "directing the Department to restrict ...": an instruction, not leadership
        if not _stance_adjective_verb(ctx, verb, frame.relation):
            verb_frame(ctx, verb, frame)
    if lemma in ctx.lex.proposal_verbs:
        proposal(ctx, verb)
    if localized:
        oblige(ctx, verb)
    if exit_forbidden:
        forbidden_exit(ctx, verb)
    _lemma_rules(ctx, verb, lemma)


def _lemma_rules(ctx: Context, verb: Token, lemma: str) -> None:
    """The rules a verb's lemma (or its word list) calls for beyond its frames."""
    if lemma in ctx.lex.storage_verbs:
        stored_under(ctx, verb)
    if lemma in ctx.lex.requirement_verbs:
        requirement_noun(ctx, verb)
    handled_under(ctx, verb)
    ruled_under(ctx, verb)
    law_aim(ctx, verb)
    law_purpose_noun(ctx, verb)
    if lemma in ctx.lex.instruct_verbs:
        instructed(ctx, verb)
    if lemma in ctx.lex.demand_verbs:
        demanded_undoing(ctx, verb)
    if lemma in ctx.lex.own_law_verbs:
        own_law(ctx, verb)
    if lemma == "make":
        made_unlawful(ctx, verb)
    if lemma == "be":
        law_is_a(ctx, verb)
    if lemma in COPULAS:
        subject_to(ctx, verb)
        stance_adjective(ctx, verb)
    if lemma in ctx.lex.label_verbs:
        labelled_barrier(ctx, verb)
    if lemma in ctx.lex.light_verbs:
        gave_approval(ctx, verb)
    rule_noun(ctx, verb)
    entitlement(ctx, verb)


def _stance_adjective_verb(ctx: Context, verb: Token, relation: str) -> bool:
    """ "X is opposed to Y", "X is committed to Y" (a participle read as a passive verb): X takes the stance.
    True when the verb was read so."""
    if verb.lower_ not in ctx.lex.stance_adjectives.get(relation, frozenset()) or not is_passive(verb):
        return False
    themes = prep_objects(verb, _TO)
    if not themes:
        return False
    holders_found = ctx.args(subjects(verb), _agents(ctx, relation), pred=verb)
    ctx.emit(relation, holders_found, _themes(ctx, relation, themes, verb), "verb", verb)
    return True


def verb_frame(ctx: Context, verb: Token, frame: VerbFrame) -> None:
    """One frame of the verb: its agent (the head) and its theme (the tail), in either voice."""
    heads, themes = agent_and_theme(verb, frame)
    if heads == [verb.head] and verb.dep_ == "acl" and verb.head.lemma_.lower() in ctx.lex.owned_act_nouns:
        heads = noun_controller(verb) or heads  # "announced its decision to adopt X": the announcer adopts X
    heads += _under(ctx, verb, frame.relation)
    tails = _themes(ctx, frame.relation, themes, verb)
    if frame.relation == "regulates":  # "governs how companies share personal data", "requires X to ..."
        tails += ctx.datatypes(t for c in clause_complements(verb) + object_infinitives(verb) for t in c.subtree)
        if _localizing_requirement(ctx, heads):
            # "Decree 53's data localization requirements apply to user data": the requirement keeps the data inside
            rel = "requiresLocalization"
            ctx.emit(rel, ctx.args(heads, _agents(ctx, rel), pred=verb), tails, "requirement-subject", verb)
            return
    agents_found = ctx.args(heads, _agents(ctx, frame.relation), pred=verb)
    frame_id = "verb"
    if not agents_found and frame.relation == "enacts" and is_passive(verb):
        agents_found, frame_id = _passive_enactors(ctx, verb, themes)
    ctx.emit(frame.relation, agents_found, tails, frame_id, verb)
    if frame.relation == "regulates":
        ctx.emit("regulates", agents_found, _content_data(ctx, verb), "content", verb)
    elif frame.relation == "enacts":
        purpose(ctx, verb, themes)


def _passive_enactors(ctx: Context, verb: Token, themes: list[Token]) -> tuple[list[tuple[Token, Argument]], str]:
    """Who made a law said to be passed, adopted or signed without a by-agent, and the frame that says so."""
    enactors = _agents(ctx, "enacts")
    # "Thailand's Personal Data Protection Act was passed in 2019": the possessor passed it
    found = ctx.args(_possessors(themes), enactors)
    if found:
        return found, "passive-possessor"
    # "the PIPL was adopted at the 30th session of the Standing Committee": the body that sat
    found = ctx.args(_sitting_bodies(ctx, verb), enactors)
    if found or verb.lemma_.lower() not in ctx.lex.agreement_verbs:
        return found, "passive-sitting"
    # "the agreement between the United States and Japan was signed in 2019": its parties signed it
    return ctx.args(_prep_objects_all(themes, _BETWEEN), enactors), "passive-parties"


def proposal(ctx: Context, verb: Token) -> None:
    """ "The Commission proposed the Data Act": its subject only proposes the law (enacts, proposed)."""
    heads, themes = subjects(verb), objects(verb)
    if is_passive(verb):
        heads, themes = agents(verb), subjects(verb)
    heads_found = ctx.args(heads, _agents(ctx, "enacts"), pred=verb)
    ctx.emit("enacts", heads_found, _themes(ctx, "enacts", themes, verb), "proposal", verb, modality="proposed")


_TO = frozenset({"to"})
_OF = frozenset({"of"})


def _agents(ctx: Context, relation: str) -> frozenset[str]:
    return ctx.vocab.relation(relation).heads


def _themes(ctx: Context, relation: str, tokens: list[Token], pred: Token) -> list[tuple[Token, Argument]]:
    tails = ctx.vocab.relation(relation).tails
    if tails == {"DataType"}:
        return ctx.datatypes(tokens)
    found = ctx.args(tokens, tails, pred=pred)
    if relation == "enacts":
        found = [(t, a) for t, a in found if not _instrument(ctx, a.mention)]
    if not found and relation in ("opposes", "supports"):  # "attacked the DPC's decision"
        found = [(t, a) for tok in tokens for t in conjuncts(tok) for a in ctx.resolver.owner(t, tails)]
    if not found and relation in ("opposes", "supports"):
        found = ctx.args(_law_events(ctx, tokens), tails & {"Law"})
    return found


def _law_events(ctx: Context, tokens: list[Token]) -> list[Token]:
    """ "welcomed the adoption of the Data Privacy Framework", "opposed the passage of X": the law whose coming into
    being or into force the noun names (`law_event_nouns`), as the target of a stance."""
    events = [t for tok in tokens for t in conjuncts(tok) if t.lemma_.lower() in ctx.lex.law_event_nouns]
    return [o for e in events if e.pos_ == "NOUN" and ctx.m.at(e) is None for o in prep_objects(e, _OF)]


_INSTRUMENT_PREPS = frozenset({"by", "through", "via", "pursuant", "under"})


def _instrument(ctx: Context, mention: int) -> bool:
    """A law named after "by", "through", "under" is the instrument of the act, not its theme, even where the parse
    hangs part of its name on the verb ("issued the PDPL by Royal Decree No. M/19")."""
    item = ctx.m.items[mention]
    return any(
        t.dep_ in ("pobj", "agent")
        and t.head.lower_ in _INSTRUMENT_PREPS
        and not item["start"] <= t.head.idx < item["end"]
        for t in ctx.doc.char_span(item["start"], item["end"], alignment_mode="expand") or ()
    )  # not a "by" inside the name ("the Act on ... Held by Administrative Organs")


def _under(ctx: Context, verb: Token, relation: str) -> list[Token]:
    """ "Under the PIPL, ...": the law the clause applies, as the head of a relation a law may head."""
    if "Law" not in ctx.vocab.relation(relation).heads or relation == "enacts":
        return []
    return prep_governed(verb, "under")


def _sitting_bodies(ctx: Context, verb: Token) -> list[Token]:
    """The body whose sitting ("at the 30th session of X", "during a plenary sitting of X") the verb's act took
    place at."""
    sittings = [o for o in prep_objects(verb, _SITTING_PREPS) if o.lemma_.lower() in ctx.lex.sitting_nouns]
    return [b for s in sittings for b in prep_objects(s, frozenset({"of"}))]


_SITTING_PREPS = frozenset({"at", "during", "in"})


_BETWEEN = frozenset({"between", "among"})


def _prep_objects_all(tokens: list[Token], preps: frozenset[str]) -> list[Token]:
    return [o for t in tokens for o in prep_objects(t, preps)]


def _possessors(tokens: list[Token]) -> list[Token]:
    return [c for tok in tokens for c in tok.children if c.dep_ == "poss"]


def _content_data(ctx: Context, verb: Token) -> list[tuple[Token, Argument]]:
    """The data types in what a verb of ruling is about beyond its object and complements (`content_clauses`)."""
    clauses = content_clauses(verb, ctx.lex.content_marks, ctx.lex.content_preps)
    return ctx.datatypes(t for c in clauses for t in c.subtree)


def _regulated_in(ctx: Context, clause: Token) -> list[tuple[Token, Argument]]:
    """The data a clause headed by a verb of ruling says something about: its objects (the passive subject), its
    prepositional themes, its complements and content clauses ("to prohibit brokers from transferring X")."""
    frames = [f for f in ctx.lex.frames_for(clause.lemma_.lower()) if f.relation == "regulates"]
    if not frames:
        return []
    _, themes = agent_and_theme(clause, frames[0])
    inner = clause_complements(clause) + content_clauses(clause, ctx.lex.content_marks, ctx.lex.content_preps)
    return ctx.datatypes(themes + [t for c in inner for t in c.subtree])


def purpose(ctx: Context, verb: Token, themes: list[Token]) -> None:
    """ "Congress passed the Data Broker Act to prohibit brokers from transferring sensitive data", "the decree
    was issued to regulate transfers of X": the purpose for which a law is made is what the law does, so the law
    regulates the data its infinitive of purpose rules on. A bill the clause does not pass is only proposed."""
    laws = ctx.args(themes, frozenset({"Law"}), pred=verb)
    if not laws:
        return
    bill = any(ctx._unpassed_bill(a.mention, verb) for _, a in laws)
    for clause in purpose_clauses(verb):
        ctx.emit("regulates", laws, _regulated_in(ctx, clause), "purpose", verb, modality="proposed" if bill else None)


def complement_tokens(verb: Token) -> list[Token]:
    """What an obliging verb demands: its objects (with what the parse hangs on them: "requires operators to store
    X" is often read as a clause modifying "operators") and its clausal complements."""
    out: list[Token] = []
    for o in objects(verb, frozenset({"on", "upon", "for"})):
        out += list(o.subtree)
    for c in clause_complements(verb):
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
        if lemma in lex.storage_verbs and _stored_inside(ctx, t):
            return True
    return False


def _local(ctx: Context, noun: Token) -> bool:
    """A noun of storage said to be inside the country: "local storage", "domestic servers", or servers named by
    a nationality ("Russian servers", "on Indian data centres": the model's NORP entity, a demonym)."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return any(c.lower_ in ctx.lex.local_modifiers or c.ent_type_ == "NORP" for c in mods)


def _stored_inside(ctx: Context, verb: Token) -> bool:
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
    """ "store all payment data in India", where the parse hangs the place on the stored data rather than on the
    verb: a data type whose own phrase ends in "in"/"within" a named state or the country."""
    i = ctx.m.at(data)
    if i is None or ctx.m.type(i) != "DataType":
        return False
    for p in (c for c in data.children if c.dep_ == "prep" and c.lower_ in ("in", "within", "inside")):
        for t in (c for c in p.children if c.dep_ == "pobj"):
            j = ctx.m.at(t)
            if (j is not None and ctx.m.type(j) == "State") or t.lemma_.lower() in ctx.lex.territory_nouns:
                return True
    return False


def oblige(ctx: Context, verb: Token) -> None:
    """ "X requires local storage of Y", "X requires Y to be stored in India", "X mandated that Y be stored ..."."""
    heads = (agents(verb) if is_passive(verb) else subjects(verb)) + prep_governed(verb, "under")
    tails = ctx.datatypes(complement_tokens(verb))
    ctx.emit(
        "requiresLocalization", ctx.args(heads, _agents(ctx, "requiresLocalization"), pred=verb), tails, "oblige", verb
    )


def _leaves(ctx: Context, tokens: Iterable[Token]) -> bool:
    """The tokens move data out of the country: an export, or a word of moving with an outward word or a border
    as its complement ("transfer of X abroad", "crossing the boundaries of Korea", "leaving the country")."""
    for t in tokens:
        if t.lemma_.lower() in ctx.lex.outbound_words:
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


def _forbidden(verb: Token) -> list[Token]:
    """What a verb of forbidding forbids: its object (the passive subject) and its prepositional complements."""
    themes = subjects(verb) if is_passive(verb) else objects(verb)
    return themes + [c for c in verb.children if c.dep_ == "prep"]


def forbids_exit(ctx: Context, verb: Token) -> bool:
    """ "prohibits survey data from crossing the boundaries of Korea", "bans the transfer of health data abroad"."""
    if verb.lemma_.lower() not in ctx.lex.forbid_verbs:
        return False
    return _leaves(ctx, (t for f in _forbidden(verb) for t in f.subtree))


def forbidden_exit(ctx: Context, verb: Token) -> None:
    """ "Article 16 of the Act prohibits survey data from crossing the boundaries of Korea": forbidding data to
    leave is requiring it to stay."""
    heads = (agents(verb) if is_passive(verb) else subjects(verb)) + prep_governed(verb, "under")
    rel = "requiresLocalization"
    tails = ctx.datatypes(_forbidden(verb))
    ctx.emit(rel, ctx.args(heads, _agents(ctx, rel), pred=verb), tails, "forbidden-exit", verb)


def stored_under(ctx: Context, verb: Token) -> None:
    """ "Under the PIPL, personal data must be stored in China": the law says where the data stays."""
    laws = prep_governed(verb, "under")
    if not laws or not _stored_inside(ctx, verb):
        return
    tails = ctx.datatypes(subjects(verb) + objects(verb))
    heads = ctx.args(laws, _agents(ctx, "requiresLocalization"))
    ctx.emit("requiresLocalization", heads, tails, "stored-under", verb, deontic=True)


def handled_under(ctx: Context, verb: Token) -> None:
    """ "personal data transferred to the United States under the new framework", "one of the tools provided under
    the GDPR to transfer personal data": the law under (or through) which data is transferred, processed, stored
    ... regulates it (where it is said to be kept inside the country, `stored_under` says more)."""
    if verb.lemma_.lower() not in ctx.lex.handling_verbs or _stored_inside(ctx, verb):
        return
    laws = ctx.args(_framework_laws(ctx, verb), frozenset({"Law"}))
    tails = ctx.datatypes(subjects(verb) + objects(verb))
    ctx.emit("regulates", laws, tails, "handled-under", verb)


def ruled_under(ctx: Context, verb: Token) -> None:
    """ "Under the Health Act, hospitals must encrypt patient records", "under the Act, the Commission must issue
    rules requiring vendors of health records to notify ...": an obligation stated under a law (a clause with
    "must" or "shall" that the law's "under" phrase governs, or its subject's) is the law's rule, so the law
    regulates the data the obligation is about (in its subject, its objects and its complements). Verbs of ruling
    say it through their frame, and keeping the data inside through `stored_under`."""
    if not any(c.dep_ == "aux" and c.lower_ in ctx.lex.obligation_modals for c in verb.children):
        return
    if any(f.relation == "regulates" for f in ctx.lex.frames_for(verb.lemma_.lower())) or _stored_inside(ctx, verb):
        return
    # "Companies under the Act must ...": the phrase may hang on the obliged subject (the parse often puts it there)
    spots = [verb, *subjects(verb)]
    laws = ctx.args([t for s in spots for t in prep_governed(s, "under")], frozenset({"Law"}))
    if not laws:
        return
    parts = subjects(verb) + objects(verb) + clause_complements(verb) + object_infinitives(verb)
    tails = ctx.datatypes(t for p in parts for t in p.subtree)
    ctx.emit("regulates", laws, tails, "ruled-under", verb, deontic=True)


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
        nouns += [s] if s.lower_ in ctx.lex.purpose_nouns else prep_objects(s, _OF)  # "one of its purposes"
    nouns = [n for n in nouns if n.lower_ in ctx.lex.purpose_nouns]
    owners = [c for n in nouns for c in n.children if c.dep_ == "poss"] + _prep_objects_all(nouns, _OF)
    laws = frozenset({"Law"})
    heads = ctx.args([o for o in owners if o.tag_ != "PRP$"], laws, pred=copula)
    heads += [(o, a) for o in owners if (a := ctx.resolver.references.possessive(o, laws)) is not None]
    if heads:
        ctx.emit("regulates", heads, ctx.datatypes(verb.subtree), "aim", verb)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _marked(clause: Token) -> bool:
    """The clause has a subordinator ("that", "whether") or an auxiliary of its own: a full clause."""
    return any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)


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
    return [t for s in spots for p in ctx.lex.framework_preps for t in prep_governed(s, p)]


def _localizing_requirement(ctx: Context, tokens: list[Token]) -> bool:
    """One of the tokens is a noun of requirement whose phrase says the data stays inside ("the data localization
    requirements of Decree 53", "India's local storage rule")."""
    return any(
        t.lemma_.lower() in ctx.lex.requirement_nouns and ctx.m.at(t) is None and localization_in(ctx, noun_phrase(t))
        for t in tokens
    )


def requirement_noun(ctx: Context, verb: Token) -> None:
    """ "India adopted a data localisation requirement for payment data": the requirement, said by a noun."""
    for o in objects(verb):
        if o.lemma_.lower() not in ctx.lex.requirement_nouns:
            continue
        phrase = list(noun_phrase(o))
        if not localization_in(ctx, phrase):
            continue
        heads = subjects(verb) if not is_passive(verb) else agents(verb)
        rel = "requiresLocalization"
        ctx.emit(rel, ctx.args(heads, _agents(ctx, rel), pred=verb), ctx.datatypes([o]), "requirement-noun", verb)


def instructed(ctx: Context, verb: Token) -> None:
    """ "The Department instructed posts to lobby against X": the one who instructs takes the stance."""
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        for frame in ctx.lex.frames_for(comp.lemma_.lower()):
            if frame.relation not in ("opposes", "supports"):
                continue
            _, themes = agent_and_theme(comp, frame)
            heads = ctx.args(subjects(verb), _agents(ctx, frame.relation), pred=verb)
            ctx.emit(frame.relation, heads, _themes(ctx, frame.relation, themes, comp), "instructed", verb)


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
    undone += [o for n in nouns if n.lemma_.lower() in lex.undo_nouns for o in prep_objects(n, _OF)]
    if not undone:
        return
    heads = ctx.args(_authors(ctx, subjects(verb)), _agents(ctx, "opposes"), pred=verb)
    ctx.emit("opposes", heads, _themes(ctx, "opposes", undone, verb), "undo", verb)


def _authors(ctx: Context, tokens: list[Token]) -> list[Token]:
    """ "Senators wrote a letter calling on ...": a document says what its author says."""
    out = []
    for t in tokens:
        if t.lemma_.lower() in ctx.lex.document_nouns and ctx.m.at(t) is None and t.dep_ in ("dobj", "obj"):
            out += subjects(t.head)
        else:
            out.append(t)
    return out


def own_law(ctx: Context, verb: Token) -> None:
    """ "Saudi Arabia is enforcing its Personal Data Protection Law": the subject applies a law of its own."""
    laws = [o for o in objects(verb) if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children)]
    if laws and not is_passive(verb):
        heads = ctx.args(subjects(verb), _agents(ctx, "enacts"), pred=verb)
        ctx.emit("enacts", heads, ctx.args(laws, frozenset({"Law"})), "own-law", verb)


def made_unlawful(ctx: Context, verb: Token) -> None:
    """ "This bill makes it unlawful for a data broker to sell sensitive data": the law regulates what it forbids
    or mandates doing with the data."""
    for adj in (c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")):
        if adj.lemma_.lower() not in ctx.lex.regulating_adjectives:
            continue
        # what is made unlawful follows the adjective (a long list of verbs often leaves the parse in pieces)
        tails = ctx.datatypes(t for t in verb.subtree if t.i > adj.i)
        heads = ctx.args(subjects(verb), _agents(ctx, "regulates"), pred=verb)
        ctx.emit("regulates", heads, tails, "made-unlawful", verb, deontic=True)


def subject_to(ctx: Context, verb: Token) -> None:
    """ "Health records are subject to HIPAA": the law that data is subject to regulates it."""
    for adj in (c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ctx.lex.subjection_adjectives):
        laws = ctx.args(prep_objects(adj, _TO), frozenset({"Law"}))
        ctx.emit("regulates", laws, ctx.datatypes(subjects(verb)), "subject-to", verb)


def stance_adjective(ctx: Context, copula: Token) -> None:
    """ "The United States is committed to the Data Privacy Framework", "X is supportive of Y": what the subject is
    said to be toward a law or a body is its stance."""
    for adj in (c for c in copula.children if c.dep_ == "acomp"):
        for relation, words in ctx.lex.stance_adjectives.items():
            if adj.lower_ not in words:
                continue
            holders = ctx.args(subjects(copula), _agents(ctx, relation), pred=copula)
            themes = prep_objects(adj, frozenset({"to", "of", "toward", "towards"}))
            ctx.emit(relation, holders, _themes(ctx, relation, themes, copula), "adjective", copula)


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
        holders = ctx.args(subjects(verb), _agents(ctx, "opposes"), pred=verb)
        ctx.emit("opposes", holders, _themes(ctx, "opposes", [obj], verb), "label", verb)


def _label_adjectives(verb: Token) -> list[Token]:
    """The adjectives a verb of labelling says its object is ("labeled X as unnecessarily burdensome", "called X
    discriminatory"), however the parse hangs them on the verb, with those coordinated with them."""
    found = [c for c in verb.children if c.pos_ == "ADJ" and c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp")]
    found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.pos_ == "ADJ"]
    return [a for f in found for a in (f, *f.conjuncts) if a.pos_ == "ADJ"]


def gave_approval(ctx: Context, verb: Token) -> None:
    """ "The Council gave its final approval to the Data Act", "Parliament granted its assent to X": a body that
    gives a law the approval that makes it law enacts it."""
    nouns = [o for o in objects(verb) if o.lemma_.lower() in ctx.lex.approval_nouns and ctx.m.at(o) is None]
    if not nouns or is_passive(verb):
        return
    # "gave its approval to X": the parse may read "to X" as the verb's dative
    datives = [o for d in verb.children if d.dep_ == "dative" and d.lower_ == "to" for o in d.children]
    laws = prep_objects(verb, _TO) + _prep_objects_all(nouns, _TO) + datives
    heads = ctx.args(subjects(verb), _agents(ctx, "enacts"), pred=verb)
    ctx.emit("enacts", heads, _themes(ctx, "enacts", laws, verb), "approval-noun", verb)


def rule_noun(ctx: Context, verb: Token) -> None:
    """ "The Act makes provision for the processing of personal data", "the law sets out rules for transfers of
    X", "establishes standards to protect medical records", "sets rules that govern transfers of X": a law whose
    clause's object is a noun of rule-making regulates the data in that noun phrase and in the noun's clause of
    ruling (an infinitive or relative clause whose verb is one of the regulating frame's)."""
    objs = [o for o in objects(verb) if o.lemma_.lower() in ctx.lex.rule_nouns and ctx.m.at(o) is None]
    if not objs or is_passive(verb):
        return
    heads = ctx.args(subjects(verb), frozenset({"Law"}), pred=verb)
    if heads:
        ctx.emit("regulates", heads, ctx.datatypes(objs), "rule-noun", verb)
        clauses = [c for o in objs for c in o.children if c.dep_ in ("acl", "relcl")] + purpose_clauses(verb)
        tails = [d for c in clauses for d in _regulated_in(ctx, c)]
        ctx.emit("regulates", heads, tails, "rule-noun", verb)


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


def law_is_a(ctx: Context, copula: Token) -> None:
    """ "X is a framework for exchanges of personal data", "X is an act of the Parliament of India to provide for
    the processing of digital personal data": what a law is said to be says what it regulates and who made it."""
    laws = ctx.args(subjects(copula), frozenset({"Law"}), pred=copula)
    for kind in (c for c in copula.children if c.dep_ == "attr" and ctx.m.at(c) is None):
        if laws and kind.lemma_.lower() in ctx.lex.law_kind_nouns:
            law_kind(ctx, laws, kind, copula, "copula")


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
    # "X was a proposed legislation by the Parliament": only proposed
    status = law_status(kind, ctx.lex)
    ctx.emit("regulates", laws, data, frame, pred, modality=status)
    # "an act of the Parliament of India", "a law passed by Congress", "a European Union directive"
    named_kind = [c for c in kind.children if c.dep_ in ("compound", "nmod") and ctx.m.at(c) is not None]
    makers = ctx.args(prep_objects(kind, frozenset({"of", "by"})) + named_kind, _agents(ctx, "enacts"))
    ctx.emit("enacts", makers, laws, frame, pred, modality=status)
