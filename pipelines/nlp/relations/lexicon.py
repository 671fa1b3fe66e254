"""The relation frames' word lists (`patterns/relations.yaml`) as one frozen, typed object."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

import yaml

PATTERNS = Path(__file__).resolve().parent.parent / "patterns" / "relations.yaml"

Words = frozenset[str]


@dataclass(frozen=True)
class VerbFrame:
    """A relation said by a verb: its lemmas, prepositions whose object is also its theme (`preps`), and verbs
    whose theme is only such an object (`prep_only`: "lobby against X", never "lobby X")."""

    relation: str
    lemmas: Words
    preps: dict[str, Words]
    prep_only: dict[str, Words]

    def theme_preps(self, lemma: str) -> Words:
        return self.prep_only.get(lemma, self.preps.get(lemma, frozenset()))


@dataclass(frozen=True)
class RelationLexicon:
    verb_frames: tuple[VerbFrame, ...]
    proposal_verbs: Words
    unfinished_progressives: Words
    agreement_verbs: Words
    approval_nouns: Words
    content_marks: Words
    content_preps: Words
    rule_nouns: Words
    entitlement_nouns: Words
    law_kind_nouns: Words
    oblige_verbs: Words
    instrument_verbs: Words
    requirement_verbs: Words
    own_law_verbs: Words
    law_part_verbs: Words
    law_part_nouns: Words
    legal_order_nouns: Words
    regulating_adjectives: Words
    subjection_adjectives: Words
    requirement_nouns: Words
    storage_verbs: Words
    data_nouns: Words
    handling_verbs: Words
    breach_verbs: Words
    framework_preps: Words
    obligation_modals: Words
    purpose_nouns: Words
    storage_nouns: Words
    local_modifiers: Words
    local_adverbs: Words
    localization_nouns: Words
    localizing_verbs: Words
    forbid_verbs: Words
    exit_words: Words
    outward_words: Words
    outbound_words: Words
    territory_nouns: Words
    lead_titles: Words
    deputy_modifiers: Words
    presiding_modifiers: Words
    firm_titles: Words
    state_titles: Words
    state_title_modifiers: dict[str, Words]
    member_nouns: Words
    member_group_nouns: Words
    title_qualifiers: Words
    collective_nouns: Words
    list_preps: Words
    part_nouns: Words
    stance_nouns: dict[str, Words]
    stance_noun_preps: Words
    stance_agent_nouns: dict[str, Words]
    stance_adjectives: dict[str, Words]
    label_verbs: Words
    barrier_nouns: Words
    barrier_adjectives: Words
    light_verbs: Words
    instruct_verbs: Words
    delegation_verbs: Words
    demand_verbs: Words
    privative_verbs: Words
    undo_verbs: Words
    undo_nouns: Words
    decision_nouns: Words
    law_nouns_named: Words
    law_nouns_generic: Words
    rulemaking_nouns: Words
    rulemaking_products: Words
    agency_nouns_named: Words
    agency_nouns_generic: Words
    state_nouns: Words
    state_nouns_capitalised: Words
    legislature_nouns: Words
    document_nouns: Words
    group_nouns: Words
    plural_group_nouns: Words
    faction_modifiers: Words
    government_nouns: Words
    act_nouns: Words
    law_event_nouns: Words
    kind_topic_words: Words
    same_kind_words: Words
    partner_nouns: Words
    naming_words: Words
    instrument_nouns: Words
    provision_nouns: Words
    form_nouns: Words
    form_rendering_modifiers: Words
    include_verbs: Words
    enactor_fields: Words
    purpose_fields: Words
    register_agency_fields: Words
    register_final_actions: Words
    register_proposed_actions: Words
    register_issuing_verbs: Words
    title_fields: Words
    sitting_nouns: Words
    chamber_passing_verbs: Words
    chamber_preps: Words
    chamber_clearing_verbs: Words
    sector_governing_verbs: Words
    headline_enacting_verbs: Words
    occasion_nouns: Words
    negative_determiners: Words
    negative_implicatives: Words
    reluctance_verbs: Words
    denial_verbs: Words
    claim_nouns: Words
    hedge_modals: Words
    permission_modals: Words
    hedge_adverbs: Words
    hedge_governors: Words
    proposal_governors: Words
    purpose_governors: Words
    owned_act_nouns: Words
    proposal_nouns_governing: Words
    conditional_marks: Words
    exception_marks: Words
    contingent_marks: Words
    proposed_modifiers: Words
    proposed_nouns: Words
    bill_nouns: Words
    bill_passing_verbs: Words
    stationed_body_nouns: Words
    introducing_verbs: Words
    excluding_preps: Words
    replacing_pairs: Words
    inclusive_after_not: Words
    # asking a rule's holder to relax it; past holders of a title
    relax_verbs: Words
    relaxed_rule_nouns: Words
    replacing_verbs: Words
    replacement_adverbs: Words
    past_holder_modifiers: Words
    # rows and fronted data types of localisation (frames/rows.py)
    row_separators: Words
    row_obligation_governors: Words
    topic_preps: Words
    # sponsorship (frames/sponsorship.py)
    sponsorship_verbs: Words
    sponsorship_phrasal: dict[str, Words]
    sponsorship_phrasal_preps: Words
    sponsorship_companion_preps: Words
    sponsorship_companion_adverbs: Words
    sponsor_nouns: Words
    sponsor_types: Words
    legislator_titles: Words
    plural_legislator_titles: Words
    party_marks: Words
    name_suffixes: Words
    # what a law rules on, said through a noun of control and verbs of scope
    control_gerund_preps: Words
    respective_words: Words
    judging_verbs: Words
    decision_object_preps: Words
    # duties said by a noun with an infinitive, and the law an amended law's pronoun stands for
    duty_nouns: Words
    amending_verbs: Words
    innovating_verbs: Words
    content_verbs: dict[str, Words]
    content_nouns: Words
    collection_nouns: Words
    # infobox fields: an agency's table
    agency_state_fields: Words
    agency_head_fields: Words
    agency_name_fields: Words
    # obligations put on others: verbs whose object's bare to-infinitive is its complement
    object_control_verbs: Words
    # the instrument a body rules through, named by a phrase of means
    means_preps: Words
    means_nouns: Words
    # --- stances said through bills and evaluations (nominal.evaluation, sponsorship.undoing_bill) ---
    evaluation_nouns: Words
    evaluation_adjectives: dict[str, Words]
    evaluation_preps: Words
    bill_content_deps: Words
    stance_phrase_preps: Words
    # --- accusations (frames/accusation.py) ---
    accusation_verbs: Words
    harm_verbs: Words
    effect_verbs: Words
    harm_adverbs: Words
    quantity_nouns: Words
    # --- roles of championship (frames/championship.py) ---
    champion_role_nouns: Words
    champion_role_preps: Words
    # --- measures against a state's trade (frames/prohibition.py) ---
    prohibition_verbs: Words
    trade_nouns: dict[str, Words]
    measure_nouns: Words
    unadopted_measure_modifiers: Words
    # --- negotiations of a law (frames/roles.py) ---
    negotiation_nouns: Words
    negotiation_preps: Words
    # --- what a law does by a means clause (ruling.content_data) ---
    gerund_means_preps: Words
    # --- what a law is on, said right after its name (frames/governed.law_topic) ---
    law_topic_preps: Words
    law_topic_respect_preps: Words
    handling_nouns: Words
    # --- treaty parties (frames/treaties.py) ---
    treaty_nouns: Words
    treaty_party_preps: Words
    party_nouns: Words
    companion_verbs: Words
    # --- phrases of legal basis and compliance (frames/basis.py) ---
    basis_phrases: Words
    basis_clause_verbs: Words
    obligation_verbs: Words
    compliance_verbs: Words
    compliance_preps: Words
    condition_marks: Words
    compliance_nouns: Words
    # --- a bulleted list after a verb of ruling (frames/listed.py) ---
    list_bullets: Words
    # --- what became of a law (attitude.law_fate) ---
    in_force_verbs: Words
    in_force_nouns: Words
    defeat_verbs: Words
    directive_governors: Words
    # --- the head of a rule in a government's register (references.register_title) ---
    register_agency_labels: Words
    register_action_labels: Words
    register_rule_nouns: Words
    # --- treaty parties, founders and accession (frames/treaties.py) ---
    founder_nouns: Words
    accession_nouns: Words
    accession_pending_nouns: Words
    accession_pending_verbs: Words
    # --- a body noun said of an agency (frames/belonging.py) ---
    role_verbs: Words
    # --- admitted as a member (frames/admission.py) ---
    admission_verbs: Words
    # --- clauses that do not assert (relations/assertion.py) ---
    open_question_marks: Words
    hearsay_verbs: Words
    not_yet_adverbs: Words
    cessation_adverbs: Words
    event_relations: Words
    future_auxiliaries: Words
    schedule_governors: Words
    future_holder_modifiers: Words
    approximating_adverbs: Words
    # states that held only in the past (relations/bygone.py)
    bygone_exempt_relations: Words
    former_time_adverbs: Words
    contrastive_negators: Words
    negation_focus_words: Words
    ending_preps: Words
    recent_time_words: Words
    contrast_coordinators: Words
    undone_state_nouns: Words
    ending_verbs: Words
    settled_claim_words: Words
    claim_kind_nouns: Words
    # clauses given as only likely or rumoured (relations/epistemic.py, round 18)
    likelihood_adjectives: Words
    rumour_nouns: Words
    unverified_modifiers: Words
    # a chamber's committee votes on a bill, it does not pass it (relations/committee_votes.py, round 18)
    chamber_committee_words: Words
    legislating_committee_words: Words
    # sources, conditions and near-negation that frame a clause (relations/framing.py)
    partisan_sources: Words
    claim_verdicts: Words
    conditional_participles: Words
    conditional_phrases: Words
    near_negative_adverbs: Words
    deliberation_nouns: Words
    saying_verbs: Words
    falsity_adjectives: Words
    duty_modals: Words
    obligation_governors: Words
    plan_nouns: Words
    doubt_words: Words
    fading_verbs: Words
    evidence_nouns: Words
    # --- law-centred relations, round 9 (frames/governed.py, frames/designated.py) ---
    regard_nouns: Words
    data_kind_nouns: Words
    designating_verbs: Words
    title_adverbs: Words
    acceding_verbs: Words
    rule_change_verbs: Words
    rule_change_preps: Words
    # withdrawal (frames/withdrawal.py)
    withdrawal_verbs: Words
    withdrawal_preps: Words
    withdrawal_particle_verbs: Words
    withdrawal_nouns: Words
    withdrawal_cause_preps: Words
    withdrawal_cause_words: Words
    # offices by appointment, membership before a name, "in favour of" (frames/appointment, members, favour)
    appointment_verbs: Words
    appointment_nouns: Words
    member_state_nouns: Words
    non_member_prefixes: Words
    inclusion_verbs: Words
    state_part_nouns: Words
    body_staff_nouns: Words
    address_honorifics: Words
    title_abbreviations: dict[str, Words]
    favour_nouns: Words
    favour_verbs: Words
    securing_verbs: Words
    data_qualities: Words
    grounding_nouns: Words
    keeping_words: Words
    abroad_words: Words
    # offices in word order, possessive membership dues (frames/titled_names.py, frames/dues.py)
    subordinate_title_modifiers: Words
    rank_title_modifiers: Words
    holder_ordinals: Words
    ordinal_rank_titles: Words
    membership_dues_nouns: Words
    roster_head_titles: Words
    sponsor_fields: Words
    bill_fields: Words
    # the purpose a law is made for, said by a noun of rule (frames/purposes.py)
    scope_extension_verbs: Words
    # a mechanism a law sets up for handling data (frames/mechanisms.py)
    mechanism_verbs: Words
    mechanism_nouns: Words
    way_nouns: Words
    # the speaker of a direct quotation (references.py, round 14)
    quoting_verbs: Words
    # the doer of an infinitive after an adjective of feeling (frames/factive.py, round 14)
    factive_adjectives: Words
    spending_verbs: Words
    # data handed to parties a law covers (frames/recipients.py)
    coverage_verbs: Words
    coverage_preps: Words
    # a law's act on the handling of data (frames/handled_objects.py)
    access_nouns: Words
    handling_effect_verbs: Words
    # the enacting formula of a statute, a secretary's department (round 13: frames/enacting_formula.py, departments.py)
    formula_words: Words
    department_heads: Words
    department_nouns: Words
    near_department_heads: Words
    # one's own bill in one's quoted words (round 13b: frames/own_bill.py)
    own_bill_nouns: Words
    own_bill_possessives: Words
    # a commitment to carry a law out (round 14: frames/commitment.py)
    commitment_words: Words
    commitment_nouns: Words
    commitment_keeping_verbs: Words
    carrying_out_verbs: Words
    # a legislature's committee as a bill's sponsor (round 14: frames/sponsorship.is_committee)
    sponsor_body_heads: Words
    # who takes an office from its holder (round 14: frames/appointment.succeeding_verb)
    succession_verbs: Words
    # the act of ruling inside a delegated act of making (round 15: frames/delegated_acts.py)
    making_verbs: Words
    # the modals of what a proposed bill would do (round 18: frames/named_next.py)
    bill_effect_modals: Words
    # the verbs of joining others in an act (round 18: frames/joined_partners.py)
    joining_verbs: Words
    # the nouns of a thing's name whose copula names it (round 19: relations/naming_copula.py)
    naming_nouns: Words
    # membership said by presiding over an organisation (frames/presidency.py, round 19)
    presiding_nouns: Words
    unheld_presiding_modifiers: Words
    # the verbs by which a head of state signs a state's act into law (round 20: frames/signers.py)
    signing_verbs: Words
    # the heading line under an infobox's caption (round 20: fields.overview_body)
    overview_headings: Words
    # the nouns of making a law, whose maker is their possessor, modifier or "by" phrase (round 21: frames/enactment.py)
    enactment_nouns: Words
    enactment_blocking_words: Words
    # whole titles of a body's head on an infobox's bulleted line (round 21: frames/listed_executives.py)
    executive_head_titles: Words
    # the verbs of thanks, the nouns of credit and their prepositions on a law, and the verbs of wanting by which one
    # performs thanks (round 22: frames/thanks.py)
    thanking_verbs: Words
    credit_nouns: Words
    credit_preps: Words
    performative_governors: Words
    # the nouns of sponsoring a bill and the verbs that make it known (round 22: frames/cosponsorship.py)
    sponsorship_nouns: Words
    sponsorship_announcing_verbs: Words
    # "it is time to adopt X", "the time has come for X to adopt Y": what is urged as due (round 25: hortative.py)
    due_time_nouns: Words
    due_time_subjects: Words
    arrival_verbs: Words

    def frames_for(self, lemma: str) -> list[VerbFrame]:
        return [f for f in self.verb_frames if lemma in f.lemmas]

    def frames_for_relation(self, relation: str) -> list[VerbFrame]:
        return [f for f in self.verb_frames if f.relation == relation]

    @property
    def law_nouns(self) -> Words:
        return self.law_nouns_named | self.law_nouns_generic


def _words(values) -> Words:
    return frozenset(str(v).lower() for v in values)


def _word_map(data: dict | None) -> dict[str, Words]:
    return {str(k).lower(): _words(v) for k, v in (data or {}).items()}


@lru_cache(maxsize=2)
def load_relation_lexicon(path: Path = PATTERNS) -> RelationLexicon:
    # BaseLoader keeps every scalar a string (YAML 1.1 would read "on" and "no" as booleans)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    frames = tuple(
        VerbFrame(
            relation=name,
            lemmas=_words(spec["lemmas"]),
            preps=_word_map(spec.get("preps")),
            prep_only=_word_map(spec.get("prep_only")),
        )
        for name, spec in data["verb_frames"].items()
    )
    values: dict = {"verb_frames": frames}
    for f in fields(RelationLexicon):
        if f.name == "verb_frames":
            continue
        raw = data[f.name]
        values[f.name] = _word_map(raw) if isinstance(raw, dict) else _words(raw)
    return RelationLexicon(**values)
