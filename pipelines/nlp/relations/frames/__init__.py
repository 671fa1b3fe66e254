"""Verb frames: a predicate verb, its agent and its theme (see `patterns/relations.yaml`).

Each frame function looks at one verb and emits `Candidate`s through `Context.emit` (`candidates`). This module is
the registry: which frames a verb triggers (`verb_frames`), and the one frame every relation of the lexicon has
(`verb_frame`). The frames themselves are grouped by family:

- `lawmaking`: enacts (passive enactors, proposals, approval, a law of one's own, what a law is);
- `ruling`: regulates (content clauses, "under" a law, aims and purposes, rules and rights);
- `basis`: the law of a phrase of legal basis ("according to", "pursuant to", fronted), "have to", and complying
  with a law when handling data (regulates);
- `basis_clause`: the law an "as" clause names on an act on data ("share X as called for in HSPD-6") (regulates);
- `listed`: the bulleted list after a verb of ruling and a colon (regulates);
- `mechanisms`: the data handled through a process or mechanism a law sets up (regulates);
- `recipients`: the data handed to parties a law covers ("flow to companies participating in the Framework")
  (regulates);
- `handled_objects`: whatever a law does to the flows, transfers or access of data (regulates);
- `purpose_handling`: a law made to act on the flows, transfers or access of data (regulates);
- `amended_purpose`: a law amended to act on data (regulates);
- `breach_means`: a law broken by an act of handling data ("violated X by collecting Y") (regulates);
- `listed_agents`: the items of a passive verb's "by" list the parse hangs on the verb (regulates);
- `rule_holder`: what a noun of rule named with its law ("the regime established by the Act") rules on (regulates);
- `delegated_acts`: the act of ruling inside a delegated act of making ("directs X to issue rules to restrict Y"),
  read by `ruling.delegated_rule` (regulates);
- `localization`: requiresLocalization (obligations to store inside, forbidden exit, requirements); `designated`: a
  class of data a law designates with a rule that keeps it inside; `cited`: the law a rule cites in parentheses;
- `changed`: enacts (a state that changes its rules with a law made it);
- `stance`: supports and opposes (adjectives, instructions, demands to undo, barriers);
- `credited_acts`: the one who praises or blames another for passing a law supports or opposes the law;
- `roles`: the agent and theme of a frame, shared by all of them.

Organisation is said by verbs through `verb_frame` alone (leads, memberOf), and by nouns (`nominal`; partOf too).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.accusation import accused
from pipelines.nlp.relations.frames.amended_purpose import amended_for
from pipelines.nlp.relations.frames.basis import basis_laws, complied_when, complied_where, fronted_basis
from pipelines.nlp.relations.frames.basis_clause import as_required_by
from pipelines.nlp.relations.frames.breach_means import breached_by_handling
from pipelines.nlp.relations.frames.chambers import cleared_chambers
from pipelines.nlp.relations.frames.changed import changed_with
from pipelines.nlp.relations.frames.commitment import committed, kept_commitment
from pipelines.nlp.relations.frames.companions import companions
from pipelines.nlp.relations.frames.credited_acts import credited_making
from pipelines.nlp.relations.frames.designated import designated_storage
from pipelines.nlp.relations.frames.factive import feeling_subject, spender
from pipelines.nlp.relations.frames.favour import in_favour
from pipelines.nlp.relations.frames.found_barrier import found_barrier
from pipelines.nlp.relations.frames.handled_objects import acts_on_handling
from pipelines.nlp.relations.frames.lawmaking import (
    gave_approval,
    instrument_maker,
    law_is_a,
    listed_laws,
    own_law,
    part_of_law,
    passive_enactors,
    proposal,
    purpose,
)
from pipelines.nlp.relations.frames.lead_in import lead_in_subject
from pipelines.nlp.relations.frames.listed import bulleted_data
from pipelines.nlp.relations.frames.listed_agents import listed_agents
from pipelines.nlp.relations.frames.localization import (
    complement_tokens,
    forbidden_exit,
    forbids_exit,
    localization_in,
    localizing_requirement,
    oblige,
    requirement_noun,
    stored_under,
)
from pipelines.nlp.relations.frames.mechanisms import mechanism_for_handling
from pipelines.nlp.relations.frames.prohibition import prohibited_trade
from pipelines.nlp.relations.frames.recipients import handled_to_covered
from pipelines.nlp.relations.frames.role_as import law_as_way
from pipelines.nlp.relations.frames.roles import agent_and_theme, agent_types, fronted_instruments, theme_arguments
from pipelines.nlp.relations.frames.rule_holder import held_rule
from pipelines.nlp.relations.frames.ruling import (
    content_data,
    delegated_rule,
    entitlement,
    handled_under,
    handlers_data,
    law_aim,
    law_purpose_noun,
    made_unlawful,
    rule_noun,
    ruled_under,
    subject_to,
)
from pipelines.nlp.relations.frames.safeguards import legal_basis, safeguarded
from pipelines.nlp.relations.frames.seat import sector_regulator
from pipelines.nlp.relations.frames.sponsorship import sponsored
from pipelines.nlp.relations.frames.stance import (
    demanded_passing,
    demanded_undoing,
    instructed,
    labelled_barrier,
    stance_adjective,
    stance_adjective_verb,
)
from pipelines.nlp.relations.frames.thanks import thanked_for_law
from pipelines.nlp.relations.frames.treaties import joined_in_act
from pipelines.nlp.relations.frames.withdrawal import withdrew
from pipelines.nlp.relations.lexicon import VerbFrame
from pipelines.nlp.relations.syntax import (
    COPULAS,
    clause_complements,
    directed_infinitives,
    is_passive,
    noun_controller,
    object_infinitives,
    without_purposes,
)


def verb_frames(ctx: Context, verb: Token) -> None:
    """Every frame the verb's lemma triggers."""
    lemma = verb.lemma_.lower()
    localized = lemma in ctx.lex.oblige_verbs and localization_in(ctx, complement_tokens(ctx, verb))
    exit_forbidden = forbids_exit(ctx, verb)
    for frame in ctx.lex.frames_for(lemma):
        if frame.relation == "regulates" and (localized or exit_forbidden):
            continue  # said more precisely as requiresLocalization below
        if frame.relation == "leads" and clause_complements(verb):
            continue  # "directing the Department to restrict ...": an instruction, not leadership
        if frame.relation in ("memberOf", "enacts") and joined_in_act(ctx, verb):
            continue
        if not stance_adjective_verb(ctx, verb, frame.relation):
            verb_frame(ctx, verb, frame)
    if lemma in ctx.lex.proposal_verbs:
        proposal(ctx, verb)
    if localized:
        oblige(ctx, verb)
    if exit_forbidden:
        forbidden_exit(ctx, verb)
    _lemma_rules(ctx, verb, lemma)


#: a frame function: looks at one verb and emits what it finds through `Context.emit`
Rule = Callable[[Context, Token], None]


def _lemma_rules(ctx: Context, verb: Token, lemma: str) -> None:
    """The rules a verb's lemma (or its word list) calls for beyond its frames, in the order of the table."""
    lex = ctx.lex
    # (the lemmas that call for the rule, None for every verb; the rule)
    table: tuple[tuple[Collection[str] | None, Rule], ...] = (
        (lex.storage_verbs, stored_under),
        (lex.storage_verbs, designated_storage),
        (lex.rule_change_verbs, changed_with),
        (lex.amending_verbs, amended_for),
        (lex.requirement_verbs, requirement_noun),
        (None, handled_under),
        (None, ruled_under),
        (None, law_aim),
        (None, law_purpose_noun),
        (lex.instruct_verbs, instructed),
        (lex.delegation_verbs, delegated_rule),
        (lex.demand_verbs, demanded_undoing),
        (lex.demand_verbs, demanded_passing),
        (lex.own_law_verbs, own_law),
        (lex.instrument_verbs, instrument_maker),
        (lex.law_part_verbs, part_of_law),
        ({"make"}, made_unlawful),
        ({"be"}, law_is_a),
        (lex.bill_passing_verbs, listed_laws),
        (lex.chamber_clearing_verbs, cleared_chambers),
        (lex.sector_governing_verbs, sector_regulator),
        (COPULAS, subject_to),
        (COPULAS, stance_adjective),
        (lex.label_verbs, labelled_barrier),
        (lex.accusation_verbs, accused),
        (lex.accusation_verbs, found_barrier),
        (lex.prohibition_verbs, prohibited_trade),
        (lex.light_verbs, gave_approval),
        (None, rule_noun),
        (None, held_rule),
        (None, entitlement),
        (None, sponsored),
        (lex.compliance_verbs, complied_when),
        (None, complied_where),
        (ctx.lex.basis_clause_verbs, as_required_by),
        (None, bulleted_data),
        (lex.withdrawal_verbs | lex.withdrawal_particle_verbs, withdrew),
        (lex.favour_verbs, in_favour),
        (lex.thanking_verbs, thanked_for_law),
        (None, credited_making),
        (lex.commitment_words | COPULAS, committed),
        (lex.commitment_keeping_verbs, kept_commitment),
        (None, safeguarded),
        (None, legal_basis),
        (lex.mechanism_verbs, mechanism_for_handling),
        (None, law_as_way),
        (lex.handling_verbs, handled_to_covered),
        (lex.breach_verbs, breached_by_handling),
        (None, acts_on_handling),
    )
    for lemmas, rule in table:
        if lemmas is None or lemma in lemmas:
            rule(ctx, verb)


def verb_frame(ctx: Context, verb: Token, frame: VerbFrame) -> None:
    """One frame of the verb: its agent (the head) and its theme (the tail), in either voice."""
    heads, themes = agent_and_theme(verb, frame)
    heads = heads or feeling_subject(ctx, verb)  # "X is proud to cosponsor Y": the one proud does it
    heads = heads or lead_in_subject(ctx, verb)  # "The Act:\n- regulates X": the lead-in's noun (`lead_in`)
    heads += spender(ctx, verb)  # "X spent millions lobbying against Y": the spender lobbies
    heads += [h for h in companions(ctx, verb) if h not in heads]  # "A joined B in opposing X": A and B oppose X
    if heads == [verb.head] and verb.dep_ == "acl" and verb.head.lemma_.lower() in ctx.lex.owned_act_nouns:
        heads = noun_controller(verb) or heads  # "announced its decision to adopt X": the announcer adopts X
    heads += _under(ctx, verb, frame.relation)
    tails = theme_arguments(ctx, frame.relation, themes, verb)
    if frame.relation == "regulates":  # "governs how companies share personal data", "requires X to ..."
        # what a verb of ruling rules on follows it: a clause before it is a parse artefact ("... of X, namely: The
        # Rule: Restricts the sharing of Y" hangs the first sentence on "Restricts")
        # ("obliges operators to store X": the object's infinitive, which the parse may hang as an adverbial)
        complements = clause_complements(verb) + object_infinitives(verb)
        complements += directed_infinitives(verb, ctx.lex.object_control_verbs)
        after = [c for c in complements if c.i > verb.i]
        # what the required act is done for is not what it does ("to retain X in order to identify Y")
        tails += ctx.datatypes(t for c in after for t in without_purposes(c))
        tails += handlers_data(ctx, themes)
        heads += listed_agents(verb)  # "governed by A, B, C and D", the parse hanging B on the verb
        if localizing_requirement(ctx, heads):
            # "Decree 53's data localization requirements apply to user data": the requirement keeps the data inside
            rel = "requiresLocalization"
            ctx.emit(rel, ctx.args(heads, agent_types(ctx, rel), pred=verb), tails, "requirement-subject", verb)
            return
    agents_found = ctx.args(heads, agent_types(ctx, frame.relation), pred=verb)
    frame_id = "verb"
    if not agents_found and frame.relation == "enacts" and is_passive(verb):
        agents_found, frame_id = passive_enactors(ctx, verb, themes)
    ctx.emit(frame.relation, agents_found, tails, frame_id, verb)
    if frame.relation == "regulates":
        ctx.emit("regulates", agents_found, content_data(ctx, verb), "content", verb)
    elif frame.relation == "enacts":
        purpose(ctx, verb, themes)


def _under(ctx: Context, verb: Token, relation: str) -> list[Token]:
    """ "Under the PIPL, ...", "In the circular, the bank prohibits ...": the law the clause applies or is said
    through, as the head of a relation a law may head."""
    if "Law" not in ctx.vocab.relation(relation).heads or relation == "enacts":
        return []
    # "According to the Act, ...", "Pursuant to the Decree, ...": a phrase of legal basis (`basis`), as "under"
    basis = list(dict.fromkeys(basis_laws(ctx, verb) + fronted_basis(ctx, verb)))
    return basis + fronted_instruments(ctx, verb)
