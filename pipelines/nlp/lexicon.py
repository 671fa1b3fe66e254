"""The word lists of the rule components, read from `patterns/lexicon.yaml` (data, not code)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

PATTERNS_DIR = Path(__file__).resolve().parent / "patterns"


@dataclass(frozen=True)
class Lexicon:
    name_connectors: frozenset[str]
    numbered_instrument_nouns: frozenset[str]
    dated_instrument_nouns: frozenset[str]
    name_stop_starters: frozenset[str]
    agency_heads: frozenset[str]
    plural_agency_heads: frozenset[str]
    igo_heads: frozenset[str]
    igo_cues: frozenset[str]
    corporate_suffixes: frozenset[str]
    legal_suffixes: frozenset[str]
    firm_nouns: frozenset[str]
    law_heads: frozenset[str]
    weak_law_heads: frozenset[str]
    titled_law_heads: frozenset[str]
    law_heads_first: frozenset[str]
    law_name_continuations: frozenset[str]
    law_title_statuses: frozenset[str]
    provision_words: frozenset[str]
    rule_adjectives: frozenset[str]
    person_titles: frozenset[str]
    peerage_titles: frozenset[str]
    weak_person_titles: frozenset[str]
    portfolios: frozenset[str]
    name_particles: frozenset[str]
    not_entities: frozenset[str]
    capital_exclusions: frozenset[str]
    bare_agency_heads: frozenset[str]
    office_heads: frozenset[str]
    holder_adjectives: frozenset[str]
    government_nouns: frozenset[str]
    place_heads: frozenset[str]
    datatype_heads: frozenset[str]
    datatype_core: frozenset[str]
    datatype_extra: frozenset[str]
    datatype_no_start: frozenset[str]
    datatype_open_heads: frozenset[str]
    datatype_not_modifiers: frozenset[str]
    datatype_modifying_followers: frozenset[str]
    document_heads: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    title_final_words: frozenset[str] = frozenset()
    identifier_nouns: frozenset[str] = frozenset()
    surname_particles: frozenset[str] = frozenset()
    state_form_heads: frozenset[str] = frozenset()
    #: a data-governance office's remit before its title ("Privacy Commissioner"; `rules.orgs._office_of_holder`)
    office_remit_words: frozenset[str] = frozenset()
    #: heads that first in a name are a body's people, not a body ("Staff of the Committee"; `rules.orgs._org_type`)
    personnel_heads: frozenset[str] = frozenset()
    weak_agency_heads: frozenset[str] = frozenset()
    staff_modifiers: frozenset[str] = frozenset()
    #: heads that name a body only after a word saying which command it heads ("Defence Headquarters")
    command_heads: frozenset[str] = frozenset()
    command_modifiers: frozenset[str] = frozenset()
    #: a head whose units are named by the head and a unit noun ("Khulna Sadar Police Station"; `rules.head_units`)
    unit_bearing_heads: frozenset[str] = frozenset()
    head_unit_nouns: frozenset[str] = frozenset()
    #: words that make a body's bare head before them an officer's title ("Police Chief"; `rules.head_titles`)
    head_title_words: frozenset[str] = frozenset()
    #: a members' group after a chamber's noun, a movement named after its members (`rules.member_groups`)
    member_group_nouns: frozenset[str] = frozenset()
    movement_heads: frozenset[str] = frozenset()
    movement_member_words: frozenset[str] = frozenset()
    #: a court's heads and its divisions' nouns ("Court of Appeal (Criminal Division)"; `entities.court_divisions`)
    court_heads: frozenset[str] = frozenset()
    court_division_nouns: frozenset[str] = frozenset()
    #: words before a lower-case chamber's noun that make it a common noun ("the senate"; `entities.common_chambers`)
    chamber_determiners: frozenset[str] = frozenset()
    #: heads that name only a state's organs ("the Ministry of Justice's report"; `rules.complement_possessors`)
    state_organ_heads: frozenset[str] = frozenset()
    attributive_heads: frozenset[str] = frozenset()
    state_form_qualifiers: frozenset[str] = frozenset()
    city_possessions: frozenset[str] = frozenset()
    file_extensions: frozenset[str] = frozenset()
    street_nouns: frozenset[str] = frozenset()
    #: "and" of other languages: a name joined by one is a body's or a law's (`entities.not_persons`)
    foreign_conjunctions: frozenset[str] = frozenset()
    #: titles written as a word of the name after them ("Sheikh Hasina"; `rules.persons`)
    name_honorifics: frozenset[str] = frozenset()
    party_member_words: frozenset[str] = frozenset()
    service_firm_nouns: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    foreign_noun_articles: frozenset[str] = frozenset()
    obligation_nouns: frozenset[str] = frozenset()
    body_kind_nouns: frozenset[str] = frozenset()
    body_scope_words: frozenset[str] = frozenset()
    nationality_nouns: frozenset[str] = frozenset()
    demonym_regions: frozenset[str] = frozenset()
    document_markers: frozenset[str] = frozenset()
    citation_words: frozenset[str] = frozenset()
    subject_named_instruments: frozenset[str] = frozenset()
    programme_nouns: frozenset[str] = frozenset()
    not_title_starts: frozenset[str] = frozenset()
    procedural_document_names: frozenset[str] = frozenset()
    body_apposition_nouns: frozenset[str] = frozenset()
    metonymy_object_verbs: frozenset[str] = frozenset()
    metonymy_act_nouns: frozenset[str] = frozenset()
    #: the words "with" a capital follows as a party, the verbs of a place as agent `entities.capital_roles`
    metonymy_partner_words: frozenset[str] = frozenset()
    place_agent_verbs: frozenset[str] = frozenset()
    instrument_kind_abbreviations: frozenset[str] = frozenset()
    datatype_core_only_heads: frozenset[str] = frozenset()
    datatype_bearing_heads: frozenset[str] = frozenset()
    datatype_bare_heads: frozenset[str] = frozenset()
    #: nouns that name a kind of data alone, wherever they head their noun phrase `rules.datatype_self_named`
    datatype_self_named: frozenset[str] = frozenset()
    #: law heads that also name a body's remit after "<head> of" ("Office of Financial Regulation")
    #: `rules.laws._name_by_last_head`
    remit_law_heads: frozenset[str] = frozenset()
    #: cues of exemplification before a list of a category's members ("such as", "e.g.") `rules.datatype_examples`
    datatype_example_cues: frozenset[str] = frozenset()
    #: nouns of knowledge or proof and the words of their electronic form ("electronic evidence") `rules.datatype_forms`
    datatype_form_heads: frozenset[str] = frozenset()
    datatype_forms: frozenset[str] = frozenset()
    data_handling_verbs: frozenset[str] = frozenset()
    data_handling_nouns: frozenset[str] = frozenset()
    headline_verbs: frozenset[str] = frozenset()
    common_addressees: frozenset[str] = frozenset()
    language_labels: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()
    state_portfolio_heads: frozenset[str] = frozenset()
    #: heads that name a body of state also in a capitals line of a mixed-case text ("THE NATIONAL ASSEMBLY")
    caps_cell_heads: frozenset[str] = frozenset()
    title_relative_pronouns: frozenset[str] = frozenset()
    #: a legislature's working units ("committee") and the words of their kind, not their subject ("standing")
    chamber_unit_heads: frozenset[str] = frozenset()
    chamber_unit_kinds: frozenset[str] = frozenset()
    #: lower-case words a quoted official name may hold besides `name_connectors` ("Service for Compliance with ...")
    quoted_name_connectors: frozenset[str] = frozenset()
    #: small lower-case words a title in title case holds besides the name connectors ("... of Concern or Covered
    #: Persons"); `text_rules.register_titles`
    title_small_words: frozenset[str] = frozenset()
    abbreviations: tuple[str, ...] = ()
    #: the English names of the days and the months, in calendar order
    weekdays: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    ordinary_word_endings: tuple[str, ...] = ()
    post_nominals: frozenset[str] = frozenset()  # case-sensitive: "MP" after a name, not "mp"
    #: union id -> {bare head: organ id}: what "the Commission" names in a document about the union
    union_organs: Mapping[str, Mapping[str, str]] = field(default_factory=dict, hash=False, compare=False)
    #: a chamber's bare head -> the chamber names it shortens, the default reading first ("house" -> ...)
    chamber_short_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    #: head nouns of state bodies' and laws' names in French, Portuguese, Spanish, Italian (`text_rules.foreign_names`)
    foreign_body_heads: frozenset[str] = frozenset()
    foreign_only_body_heads: frozenset[str] = frozenset()
    foreign_law_heads: frozenset[str] = frozenset()
    foreign_framework_heads: frozenset[str] = frozenset()
    foreign_law_nickname_heads: frozenset[str] = frozenset()
    german_title_prepositions: frozenset[str] = frozenset()
    #: the kinds of law whose title states its purpose ("Act to Improve ...": `text_rules.purpose_titles`)
    purpose_title_heads: frozenset[str] = frozenset()
    #: the nouns of a rule named after the abbreviation of its act ("Act (COPPA) Rule": `text_rules.name_ends`)
    abbreviated_act_rules: frozenset[str] = frozenset()
    #: words that alone before "Bill" make no bill's title ("House Bill", "Dear Bill": `rules.bill_titles`)
    not_bill_titles: frozenset[str] = frozenset()
    #: the parts of German and Swedish compounds that name a body or a law (`text_rules.germanic_names`)
    german_body_endings: frozenset[str] = frozenset()
    german_body_prefixes: frozenset[str] = frozenset()
    german_law_endings: frozenset[str] = frozenset()
    swedish_body_endings: frozenset[str] = frozenset()
    swedish_compound_body_endings: frozenset[str] = frozenset()
    #: the first word of a complex preposition ("pursuant" to), and a document's kinds (`rules.law_edges`)
    complex_preposition_heads: frozenset[str] = frozenset()
    document_kind_nouns: frozenset[str] = frozenset()
    paragraph_marker_words: frozenset[str] = frozenset()
    #: a party to a treaty, or joining one, before "to" and its name (`rules.law_edges.after_party_to`)
    party_words: frozenset[str] = frozenset()
    #: the head nouns of a newspaper's or an official gazette's name ("Rossiyskaya Gazeta", "the Washington Post")
    publication_heads: frozenset[str] = frozenset()
    #: irregular past forms of common verbs, which the tagger misreads as names in telegram capitals ("RUSK MET")
    irregular_past_verbs: frozenset[str] = frozenset()
    #: endings of abstract nouns besides `ordinary_word_endings` ("freedom", "diplomacy")
    abstract_noun_endings: frozenset[str] = frozenset()
    #: common nouns for a kind of press or media company that name it in apposition ("the newspaper Le Monde",
    #: "the Kommersant newspaper", "the legal journal LexisNexis", "the record label Naive") `text_rules.press_firms`
    press_firm_nouns: frozenset[str] = frozenset()
    #: words that end a newspaper's title ("Jakarta Post", "Asahi Shimbun") `text_rules.press_titles`
    press_title_heads: frozenset[str] = frozenset()
    #: words for "daily" that lead a newspaper's title ("Dainik Grameen Darpan") `text_rules.press_titles`
    press_title_starts: frozenset[str] = frozenset()
    #: ... of which these also follow the name they describe ("the Kommersant newspaper"; not "journal", "label")
    press_firm_nouns_after: frozenset[str] = frozenset()
    #: words right before "bank" that make it a state's bank ("the central bank, BCEAO,") `text_rules.comma_kind_firms`
    public_bank_modifiers: frozenset[str] = frozenset()
    #: kind nouns of the press that head an apposition after a paper's name ("El Tiempo, the largest newspaper in
    #: Bogota"): not the nouns of a person's trade ("publisher", "broadcaster") `text_rules.press_sources`
    press_apposition_nouns: frozenset[str] = frozenset()
    #: capitalised nouns of a line of business right before "Group" in a company's name ("Arab Media Group")
    #: `text_rules.firm_groups`
    business_group_nouns: frozenset[str] = frozenset()
    #: words that end a company's full name after its one-word short name ("ZTE Corporation", "MTN Group"): the
    #: short name alone names the company elsewhere in the document `text_rules.firm_short_names`
    firm_full_name_ends: frozenset[str] = frozenset()
    #: words after "and" in a firm named after its founders ("John Smith and Sons Ltd")
    founder_firm_words: frozenset[str] = frozenset()
    #: the roles of an infobox's numbered name fields that a person holds ("Chief3 Name: ...")
    #: `text_rules.infobox_names`
    infobox_person_roles: frozenset[str] = frozenset()
    #: nouns of autocratic rule named after the ruler ("the Asad regime"), and the words before them that name no
    #: ruler (creeds, armies, times: "the Communist regime") `text_rules.regime_names`
    ruler_rule_nouns: frozenset[str] = frozenset()
    ruler_rule_not_names: frozenset[str] = frozenset()
    #: words that end a portfolio's name after a title's "for" besides the last words of `portfolios`
    #: ("Minister for Trade Relations Grace Fu") `rules.persons`
    portfolio_final_words: frozenset[str] = frozenset()
    #: nouns that end a title of several words ("Chief Executive Officer"): after a title they go on naming the
    #: office, never a holder `rules.persons`
    title_final_nouns: frozenset[str] = frozenset()
    #: plural heads of a set of rules that runs a system named after it, and the system's lower-case nouns
    #: ("Cross-Border Privacy Rules (CBPR)" -> "the CBPR system")
    rule_system_heads: frozenset[str] = frozenset()
    rule_system_nouns: frozenset[str] = frozenset()
    #: heads whose title follows "of" after one modifier ("EU Charter of Fundamental Rights")
    of_titled_law_heads: frozenset[str] = frozenset()
    #: words after a statute's name that name an act amending it ("FISA Amendments Act")
    amending_act_words: frozenset[str] = frozenset()
    #: nouns of a contact point named after its subject ("the Section 301 line")
    contact_point_nouns: frozenset[str] = frozenset()
    #: the first noun of a report's subtitle after a colon ("Data Protection Law: An Overview")
    report_subtitle_words: frozenset[str] = frozenset()
    #: ordinal words, by which a constitution's amendments are named ("the Fourth Amendment")
    ordinal_words: frozenset[str] = frozenset()
    #: infobox field labels a body's name fills ("Enacted By", "Passedbody"); `text_rules.agency_names`
    infobox_body_fields: frozenset[str] = frozenset()
    #: rank words before an office's title that make it a person's post ("Assistant Privacy Commissioner")
    post_rank_words: frozenset[str] = frozenset()
    #: infobox field labels a post fills ("Chief1 Position")
    post_field_labels: frozenset[str] = frozenset()
    #: verbs whose agent after "by" is the head of a body, a person's post ("headed by the ... Commissioner")
    post_head_verbs: frozenset[str] = frozenset()
    #: titles that name a person's post whatever precedes them ("British High Commissioner", "Chef de Cabinet")
    post_titles: frozenset[str] = frozenset()
    #: data nouns named by the channel they travel on, the channel words, and nouns a data noun then modifies
    datatype_channel_heads: frozenset[str] = frozenset()
    datatype_channels: frozenset[str] = frozenset()
    datatype_name_followers: frozenset[str] = frozenset()
    #: channel words that also name a medium or a trade ("mobile communications") `rules.datatype_media`
    datatype_medium_channels: frozenset[str] = frozenset()
    #: head nouns of an association, a campaign or a network whose national chapter its name and the country's name
    #: name ("Transparency International Bangladesh") `entities.state_scope.chapter_of_body`
    chapter_body_heads: frozenset[str] = frozenset()
    #: heads of a body that states and private members alike form ("coalition") and the words that name its members
    #: as a trade or a cause ("Coalition of Creators", "Asia Internet Coalition") `rules.private_coalitions`
    member_body_heads: frozenset[str] = frozenset()
    private_member_words: frozenset[str] = frozenset()
    #: the nouns and verbs of an act on messages whose object such communications are ("access to", "the tracing
    #: of", "trace") `rules.datatype_media`
    message_act_nouns: frozenset[str] = frozenset()
    message_act_verbs: frozenset[str] = frozenset()
    #: nouns of published material and the judgements of legality or harm that make it content to take down
    datatype_material_heads: frozenset[str] = frozenset()
    datatype_legality_judgements: frozenset[str] = frozenset()
    #: nouns of a secret that opens a lock and the participles of keeping data safe by one ("protected by passwords")
    #: `text_rules.safeguard_means`
    credential_nouns: frozenset[str] = frozenset()
    safeguard_participles: frozenset[str] = frozenset()
    law_kind_adjectives: frozenset[str] = frozenset()
    law_act_nouns: frozenset[str] = frozenset()
    #: degree words and the adjectives of judgement they grade ("most sensitive information")
    datatype_degree_words: frozenset[str] = frozenset()
    datatype_gradable: frozenset[str] = frozenset()
    datatype_superlatives: frozenset[str] = frozenset()
    #: nouns of a sample or a scan and the words of a body's feature that make them data `rules.datatype_biometrics`
    datatype_sample_heads: frozenset[str] = frozenset()
    datatype_body_features: frozenset[str] = frozenset()
    #: nouns of a body's material that name data beside other data ("DNA and fingerprints")
    datatype_body_materials: frozenset[str] = frozenset()
    #: plural heads of a set of rules a bracket names ("the Supplementary Rules (Annex I)")
    bracketed_rule_heads: frozenset[str] = frozenset()
    #: articles of Romance, German and Dutch titles, in their written case ("Le", "Der")
    foreign_articles: tuple[str, ...] = ()
    #: heads of a government body's name whose short form keeps the "O" of "of" ("Ministry of Interior": MOI)
    #: `text_rules.agency_names.agency_initialisms`
    of_initial_heads: frozenset[str] = frozenset()
    #: heads of a law's name besides `law_heads` that a defined abbreviation shows to be a name ("Executive Order
    #: (E.O.)", "Joint Committee Decision (JCD)") `entities.defined_names`
    defined_law_heads: frozenset[str] = frozenset()
    #: a law's stage or age said before its kind or its name ("the Revised Law", "Final Paperwork Reduction Act")
    law_stage_words: frozenset[str] = frozenset()
    #: the stage words dropped before a full name ("Final Paperwork Reduction Act"; not "New Zealand ...")
    law_stage_prefixes: frozenset[str] = frozenset()
    #: the kinds of law a year before them names ("the 1964 Agreement") `text_rules.year_named_laws`
    year_named_law_heads: frozenset[str] = frozenset()
    #: the kinds of law whose lower-case noun before a bracketed short name describes a law ("a legislative decree
    #: (DL 1182)") `text_rules.bracketed_law_names`
    bracketed_law_kinds: frozenset[str] = frozenset()
    #: words before an order's or a decision's noun that say a government issues it ("Executive Order")
    instrument_issuer_words: frozenset[str] = frozenset()
    #: issuers written before the kind of a numbered act, part of its name ("Council of Ministers Regulation No.
    #: 130/2006") `text_rules.issuer_titles`
    law_issuer_names: frozenset[str] = frozenset()
    #: an institution's nouns that "Law", the field, modifies ("Harvard Law School", "National Consumer Law Center")
    #: `rules.law_institutions`
    law_institution_nouns: frozenset[str] = frozenset()
    #: title nouns a body's abbreviation modifies before a person's name ("FAA official", "EPA Administrator")
    #: `entities.initialisms`
    body_staff_titles: frozenset[str] = frozenset()
    #: military ranks' abbreviations written in capitals before a surname ("MG Heine") `text_rules.ranks`
    military_rank_abbreviations: frozenset[str] = frozenset()
    #: the abbreviations telegrams write for the host country's foreign ministry ("the MFA spokesperson", "MOFA
    #: officials") `telegram.prose.ministry_abbreviations`
    telegram_ministry_abbreviations: frozenset[str] = frozenset()
    #: plural nouns for the people who speak for a body, after its name in capitals ("MFA OFFICIALS")
    #: `rules.caps_verbs.caps_staff_noun`
    caps_staff_nouns: frozenset[str] = frozenset()
    #: adjectives of seniority that qualify a body's official, not the body ("Senior State Department Official")
    #: `entities.span_words`
    staff_seniority_words: frozenset[str] = frozenset()
    #: organ words besides `igo_heads` that end the name of an organisation's unit ("APEC Data Privacy Subgroup",
    #: "OECD Working Party") `text_rules.igo_organs`
    igo_organ_heads: frozenset[str] = frozenset()
    #: names of a union an institution's name ends on after "of the" ("Commission of the European Communities")
    igo_of_names: frozenset[str] = frozenset()
    #: nouns of an event that end an organ's name in capitals ("... WORKING PARTY ON PRIVACY MEETING")
    igo_event_nouns: frozenset[str] = frozenset()
    #: nouns of an instrument between states, whose bodies are named after it ("Committee of Convention 108")
    #: `text_rules.treaty_bodies`
    treaty_nouns: frozenset[str] = frozenset()
    #: nouns that name a political party inside an organ's name ("Party Secretariat") `rules.org_words`
    political_party_nouns: frozenset[str] = frozenset()
    #: the kinds of work an embassy's sections are named by ("Political Section") `text_rules.body_labels`
    mission_section_kinds: frozenset[str] = frozenset()
    #: capitalised words after a determinerless "House" that keep it the chamber ("House Speaker")
    #: `text_rules.chamber_words`
    chamber_role_words: frozenset[str] = frozenset()
    #: heads that alone describe the body named before, no mention ("the Court held") `rules.orgs._body_by_head`
    descriptive_heads: frozenset[str] = frozenset()
    #: a supervisory authority's short form after a nationality adjective ("Irish SA") `entities.national_bodies`
    supervisory_authority_forms: frozenset[str] = frozenset()
    #: chambers whose title is their own name, used bare ("the Senate"): no nationality adjective in it
    #: `entities.national_bodies`
    self_named_chambers: frozenset[str] = frozenset()
    #: heads of a body sent to another, named by where it is sent ("Mission to the EU") `rules.org_words`
    envoy_heads: frozenset[str] = frozenset()
    #: the powers a branch of government is named by ("the Executive Branch") `rules.org_words.government_branch`
    government_powers: frozenset[str] = frozenset()
    #: one-word names of a state's finance ministry ("Treasury") `text_rules.ministry_names`
    ministry_one_word_names: frozenset[str] = frozenset()
    #: heads of a committee a body names head-first by its remit ("COMMITTEE ON PRIVACY") `rules.org_words`
    committee_heads: frozenset[str] = frozenset()
    #: work nouns that make a committee named by the union a national parliament's ("European Scrutiny Committee")
    #: `rules.org_words.union_scrutiny_committee`
    union_scrutiny_words: frozenset[str] = frozenset()
    #: legal forms written after a comma and a company's name ("Outlogic, LLC"): `text_rules.legal_forms`
    comma_legal_forms: frozenset[str] = frozenset()
    #: nouns of a line of business after a state's name in a company's name ("China Mobile") `text_rules.state_firms`
    state_firm_nouns: frozenset[str] = frozenset()
    #: heads of a body's name that is no state organ ("Caucus", "League") `entities.state_scope`
    private_body_heads: frozenset[str] = frozenset()
    #: heads of a place's name after a state's name ("Mexico City") `entities.state_scope.in_place_name`
    state_place_heads: frozenset[str] = frozenset()
    #: nouns after a name that make it part of a company's or a school's name ("Common Sense Media") `entities.persons`
    name_extending_nouns: frozenset[str] = frozenset()
    #: heads that open a foundation's or a school's name in other languages ("Fundação ...") `entities.persons`
    foreign_institution_heads: frozenset[str] = frozenset()
    #: legal forms that end only a company's name, whatever names stand inside it ("Kenya Power Company Limited")
    #: `rules.company_names.named_by_legal_form`
    registered_legal_forms: frozenset[str] = frozenset()
    company_name_connectors: frozenset[str] = frozenset()
    #: endings of the abstract nouns that close an office's remit after a title ("Commissioner Stakeholder
    #: Management") `entities.persons._remit_after_title`
    remit_noun_endings: frozenset[str] = frozenset()
    #: one-word foreign names of a state's legislature ("Knesset") `text_rules.legislature_names`
    legislature_one_word_names: frozenset[str] = frozenset()
    #: German genitive endings of those names ("des Bundestages") `text_rules.legislature_names`
    legislature_name_endings: frozenset[str] = frozenset()
    #: the state's adjective in the name's own language, a word of the name ("Deutscher Bundesrat")
    #: `text_rules.legislature_names`
    legislature_name_adjectives: frozenset[str] = frozenset()
    #: German articles of the genitive, before an inflected name ("des Bundesrates") `text_rules.legislature_names`
    german_genitive_articles: frozenset[str] = frozenset()
    #: scope adjectives that open a body's name ("Federal Communications Commission") `rules.glued_names`
    name_opening_adjectives: frozenset[str] = frozenset()
    #: words that open the name of a building named after the body once housed there ("Old Hill Street Police
    #: Station") `entities.body_buildings`
    former_building_openers: frozenset[str] = frozenset()
    #: capitalised nouns before a project's or an operation's name ("Project Maven") `entities.project_names`
    undertaking_nouns: frozenset[str] = frozenset()
    #: a centre's heads and the causes that, after "for", name an advocacy group ("Center for Democracy and
    #: Technology") `rules.advocacy_centres`
    advocacy_body_heads: frozenset[str] = frozenset()
    advocacy_causes: frozenset[str] = frozenset()
    #: the plurals of private professions that name an association of their members ("International Commission of
    #: Jurists", "Committee to Protect Journalists") `rules.profession_bodies`
    profession_member_words: frozenset[str] = frozenset()
    #: nouns of a post that stand before its body's name after a comma in a signature or a list of officials ("John
    #: Smith, Chief, Public Safety and Homeland Security Bureau"), no portfolio of a name `text_rules.bodies`
    holder_post_nouns: frozenset[str] = frozenset()
    #: the heads of a body's units and the words of a unit's rank ("the Second Chamber of ...") `rules.body_units`
    body_unit_heads: frozenset[str] = frozenset()
    unit_rank_words: frozenset[str] = frozenset()
    #: a legislature's noun that, in lower case, names a state's chamber with the state's word ("the Nigeria
    #: parliament") `text_rules.state_parliaments`
    state_chamber_nouns: frozenset[str] = frozenset()
    #: verbs by which a state becomes a member of an organisation ("join INTELSAT") `entities.member_organisations`
    joining_verbs: frozenset[str] = frozenset()
    #: nouns for states as members ("a state", "other nations") `entities.member_organisations`
    state_member_nouns: frozenset[str] = frozenset()
    #: verbs that introduce a name ("an organization to be called X") `entities.member_organisations`
    naming_verbs: frozenset[str] = frozenset()
    #: words that make an organisation a private one ("non-governmental") `entities.member_organisations`
    private_organisation_modifiers: frozenset[str] = frozenset()

    @property
    def org_heads(self) -> frozenset[str]:
        cached = self.__dict__.get("_org_heads")
        if cached is None:
            cached = self.agency_heads | self.igo_heads
            object.__setattr__(self, "_org_heads", cached)  # frozen dataclass: cache by hand
        return cached

    @property
    def chamber_nouns(self) -> frozenset[str]:
        """A legislative chamber's nouns: its bare heads ("parliament", "senate") and the short forms of chambers'
        names ("house")."""
        cached = self.__dict__.get("_chamber_nouns")
        if cached is None:
            cached = self.bare_agency_heads | frozenset(self.chamber_short_forms)
            object.__setattr__(self, "_chamber_nouns", cached)  # frozen dataclass: cache by hand
        return cached

    @property
    def calendar_words(self) -> frozenset[str]:
        """Days and months: a date's word, never a name; all but "may" (a name, "Theresa May", and a verb)."""
        cached = self.__dict__.get("_calendar_words")
        if cached is None:
            cached = frozenset(self.weekdays + self.months) - {"may"}
            object.__setattr__(self, "_calendar_words", cached)  # frozen dataclass: cache by hand
        return cached


@lru_cache(maxsize=4)
def load_lexicon(path: Path = PATTERNS_DIR / "lexicon.yaml") -> Lexicon:
    # BaseLoader keeps every scalar a string (YAML 1.1 would read "on" and "no" as booleans)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    ordered = ("abbreviations", "weekdays", "months", "ordinary_word_endings", "foreign_articles")  # tuples, in order
    mappings = ("union_organs", "chamber_short_forms", "post_nominals")  # read below, each in its own form
    fields = [k for k in Lexicon.__dataclass_fields__ if k not in (*ordered, *mappings)]
    words = {k: frozenset(str(w).lower() for w in data.get(k, ())) for k in fields}
    organs = {
        str(u): {str(h).lower(): str(o) for h, o in heads.items()} for u, heads in data.get("union_organs", {}).items()
    }
    return Lexicon(
        **words,
        abbreviations=tuple(str(w) for w in data.get("abbreviations", ())),
        weekdays=tuple(str(w).lower() for w in data.get("weekdays", ())),
        months=tuple(str(w).lower() for w in data.get("months", ())),
        ordinary_word_endings=tuple(str(w).lower() for w in data.get("ordinary_word_endings", ())),
        foreign_articles=tuple(str(w) for w in data.get("foreign_articles", ())),
        union_organs=organs,
        chamber_short_forms={
            str(h).lower(): tuple(str(n).lower() for n in names)
            for h, names in data.get("chamber_short_forms", {}).items()
        },
        post_nominals=frozenset(str(w) for w in data.get("post_nominals", ())),
    )
