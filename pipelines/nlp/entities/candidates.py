"""Candidate mentions: the rulers' spans, the statistical NER's labels mapped to the project's types
(`ner_candidates.py`), the rule finders of `rules/` and `text_rules/`, and the telegram's own names
(`telegram_names.py`), in the order they are gathered, then which of them are kept."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipelines.nlp import rules, telegram, text_rules
from pipelines.nlp.entities.body_buildings import names_former_building
from pipelines.nlp.entities.chamber_of_state import chamber_word_of_state
from pipelines.nlp.entities.common_chambers import common_noun_chamber
from pipelines.nlp.entities.court_divisions import court_division_in_parentheses
from pipelines.nlp.entities.footnotes import FootnoteMarks
from pipelines.nlp.entities.headings import HeadingChecks
from pipelines.nlp.entities.holder_offices import holders_office
from pipelines.nlp.entities.initialisms import find_titled_initialisms
from pipelines.nlp.entities.member_groups import in_member_group_name
from pipelines.nlp.entities.member_organisations import find_member_organisations
from pipelines.nlp.entities.national_bodies import find_supervisory_authorities
from pipelines.nlp.entities.ner_candidates import NerCandidates
from pipelines.nlp.entities.place_offices import find_place_attorneys_general
from pipelines.nlp.entities.telegram_names import TelegramNames
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.company_kinds import kind_of_company
from pipelines.nlp.text_rules import igo_organs, union_formulas
from pipelines.nlp.text_rules.agency_names import find_infobox_bodies, find_remit_names
from pipelines.nlp.text_rules.agreement_titles import find_agreement_titles
from pipelines.nlp.text_rules.body_possessors import end_before_plural_possessor
from pipelines.nlp.text_rules.body_starts import fix_body_starts
from pipelines.nlp.text_rules.bracketed_law_names import find_bracketed_law_names
from pipelines.nlp.text_rules.branch_firms import find_branch_firms
from pipelines.nlp.text_rules.bullet_people import find_bulleted_people
from pipelines.nlp.text_rules.chamber_words import find_determinerless_house, find_parliament_by_name
from pipelines.nlp.text_rules.code_citations import find_code_citations
from pipelines.nlp.text_rules.comma_kind_firms import find_comma_kind_firms
from pipelines.nlp.text_rules.constitution_references import drop_referring_constitutions
from pipelines.nlp.text_rules.contact_lines import drop_phone_lines
from pipelines.nlp.text_rules.dated_titles import find_dated_titles
from pipelines.nlp.text_rules.firm_groups import find_business_groups
from pipelines.nlp.text_rules.firm_lists import find_example_firms, find_listed_firms
from pipelines.nlp.text_rules.firm_short_names import firm_short_name_repeats
from pipelines.nlp.text_rules.foreign_law_titles import find_foreign_law_titles
from pipelines.nlp.text_rules.hansard import find_portrait_captions
from pipelines.nlp.text_rules.hatnotes import hatnote_page_name
from pipelines.nlp.text_rules.igo_events import end_before_gathering, event_named_body
from pipelines.nlp.text_rules.infobox_names import find_infobox_persons
from pipelines.nlp.text_rules.kind_firms import find_kind_firms
from pipelines.nlp.text_rules.law_forms import find_lower_case_laws
from pipelines.nlp.text_rules.law_spans import find_capitalised_systems, fix_law_spans
from pipelines.nlp.text_rules.layout_persons import (
    find_byline_names,
    find_contact_names,
    find_term_list_names,
    find_titled_contacts,
)
from pipelines.nlp.text_rules.lead_titles import find_lead_titles
from pipelines.nlp.text_rules.legal_forms import find_comma_legal_forms, find_compound_legal_forms, retype_bare_repeats
from pipelines.nlp.text_rules.legislature_names import find_one_word_legislatures
from pipelines.nlp.text_rules.membership_acronyms import find_membership_acronyms
from pipelines.nlp.text_rules.ministry_names import find_one_word_ministries
from pipelines.nlp.text_rules.on_titles import end_with_on_subject
from pipelines.nlp.text_rules.parliament_units import find_meps_committees
from pipelines.nlp.text_rules.persons import find_sponsor_names
from pipelines.nlp.text_rules.prefixed_titles import find_prefixed_titles
from pipelines.nlp.text_rules.press_firms import find_press_firms
from pipelines.nlp.text_rules.press_sources import find_press_appositions, find_quoted_press_names
from pipelines.nlp.text_rules.press_titles import find_press_titles
from pipelines.nlp.text_rules.purpose_titles import find_purpose_titles
from pipelines.nlp.text_rules.ranks import find_ranked_names
from pipelines.nlp.text_rules.regime_names import find_regime_rulers
from pipelines.nlp.text_rules.rosters import crosses_glue, find_glued_known_names, find_roster_entries
from pipelines.nlp.text_rules.state_codes import find_state_codes
from pipelines.nlp.text_rules.state_firms import find_state_named_firms
from pipelines.nlp.text_rules.state_forms import find_formal_state_names, in_code_title
from pipelines.nlp.text_rules.state_parliaments import find_state_parliaments
from pipelines.nlp.text_rules.state_taxes import find_state_taxes
from pipelines.nlp.text_rules.subject_titles import find_subject_titles
from pipelines.nlp.text_rules.surname_first import find_surname_first_names
from pipelines.nlp.text_rules.treaty_bodies import find_treaty_bodies
from pipelines.nlp.text_rules.unions import find_state_unions
from pipelines.nlp.text_rules.year_named_laws import find_year_named_laws


class Candidates(NerCandidates, TelegramNames, FootnoteMarks, HeadingChecks):
    """Every candidate mention of a document, from every source, before clean-up."""

    def _candidates(self, doc: Doc, text: str) -> list[Cand]:
        """The candidates of the rulers and the NER, then of each rule finder, in this order; their ends trimmed,
        those no mention left out, and the short names of the companies among them added."""
        cands = self._found(doc, text)
        roster = find_roster_entries(text, self.lex, self.common_words)
        cands += roster + self._layout_names(doc, text)
        cands += find_membership_acronyms(doc, text, cands, self.index.type_of, self.lex.state_member_nouns)
        self._trim_ends(text, cands)
        cands = fix_body_starts(text, fix_law_spans(text, cands, self.lex))
        for c in cands:
            c.end = end_with_on_subject(text, c, self.lex, self.index.type_of)
        cands = drop_phone_lines(text, drop_referring_constitutions(text, cands, self.lex))
        retype_bare_repeats(text, cands, self.lex)
        kept = [c for c in cands if self._kept(text, c, cands, roster)]
        return firm_short_name_repeats(text, kept, self.lex, self.common_words, self._not_a_firm_name)

    def _found(self, doc: Doc, text: str) -> list[Cand]:
        """The candidates of the rulers and the NER, then of each rule finder but the layout's, in this order."""
        cands = self._from_ents(doc, text)
        cands += text_rules.find_law_citations(text, self.lex.agency_heads)
        cands += text_rules.find_law_forms(text, self.lex)
        cands += find_code_citations(text)
        cands += find_state_codes(text, self.index.type_of)
        cands += find_dated_titles(text)
        cands += find_year_named_laws(text, self.lex)
        cands += find_subject_titles(text, self.lex)
        cands += find_bracketed_law_names(text, self.lex, self.index.type_of)
        cands += find_foreign_law_titles(text, self.lex)
        cands += find_purpose_titles(text, self.lex)
        cands += find_prefixed_titles(text, self.lex)
        cands += find_state_taxes(text, self.index.type_of)
        cands += find_capitalised_systems(text, self.lex)
        runs = rules.capitalised_runs(doc, self.lex, self.is_known_name, text)
        for run in runs:
            cands += rules.orgs_in_run(run, self.lex, self.is_state)
            cands += rules.laws_in_run(run, self.lex, self.is_state)
            cands += rules.persons_in_run(run, self.lex, self.is_known_name, self.common_words)
        cands += rules.bodies_with_inner_abbreviation(runs, text, self.lex, self.is_state)
        cands += self._telegram_header(text)
        cands += self._governments(text, telegram.Header.of(doc.user_data))
        cands += text_rules.find_datatypes(text, self.lex)
        cands += rules.datatypes_by_grammar(doc, self.lex)
        cands += rules.datatypes_handled(doc, self.lex)
        cands += text_rules.find_firm_appositions(text, self.lex)
        cands += find_listed_firms(text, self.lex, self._known_other_kind)
        cands += find_example_firms(text, self.lex, self._known_other_kind, self._nationality)
        cands += find_press_firms(text, self.lex, self._not_a_firm_name, self.common_words)
        cands += find_kind_firms(text, self.lex, self._not_a_firm_name, self.common_words)
        cands += find_comma_kind_firms(text, self.lex, self._not_a_firm_name, self.common_words)
        cands += find_member_organisations(
            doc, self.lex, self.is_state, self._nationality, self.is_known_name, self.common_words
        )
        cands += find_press_appositions(text, self.lex, self._not_a_firm_name)
        cands += find_press_titles(text, self.lex, self._not_a_firm_name, self.common_words, self.is_known_name)
        cands += find_quoted_press_names(text, self.lex, self._not_a_firm_name)
        cands += find_business_groups(text, self.lex, self._not_a_firm_name)
        cands += find_comma_legal_forms(text, self.lex, self._not_a_firm_name)
        cands += find_compound_legal_forms(text, self.lex, self._not_a_firm_name)
        cands += find_state_named_firms(text, self.lex, self.is_state)
        cands += find_branch_firms(text, self.lex, self.common_words, self.is_state, self.is_known_name)
        cands += find_state_unions(text, self.is_known_name)
        cands += find_formal_state_names(text, self.lex, self._state_id, self.index.type_of)
        cands += find_infobox_persons(text, self.lex)
        cands += find_sponsor_names(text)
        cands += text_rules.find_heading_bodies(text, self.lex)
        cands += text_rules.find_bare_chambers(text, self.lex)
        cands += find_determinerless_house(text, self.lex)
        cands += find_parliament_by_name(text)
        cands += find_supervisory_authorities(text, self.lex, self._nationality)
        cands += find_place_attorneys_general(doc, self.index.type_of)
        cands += text_rules.find_person_appositions(text, self.lex)
        cands += text_rules.find_caps_appositions(text, self.lex, self.common_words)
        cands += text_rules.find_wrapped_titles(text, self.lex, self.common_words)
        cands += text_rules.find_portfolio_lists(text, self.lex)
        cands += text_rules.find_plural_title_lists(text, self.lex, self.common_words)
        cands += text_rules.find_quoted_law_titles(text)
        cands += find_lead_titles(text, self.lex)
        cands += find_agreement_titles(text)
        cands += find_lower_case_laws(text, self.lex, self.index.type_of)
        cands += text_rules.find_subject_named_instruments(text, self.lex, self.is_known_name, self.index.type_of)
        cands += text_rules.find_minister_abbreviations(text)
        cands += text_rules.find_joined_parties(text, self.index.type_of)
        cands += text_rules.find_state_portfolio_bodies(text, self.lex, self.index.type_of)
        cands += text_rules.find_coordinated_bodies(text, self.lex, self.is_known_name)
        cands += text_rules.find_quoted_bodies(text, self.lex)
        cands += find_infobox_bodies(text, self.lex, self.index.type_of)
        cands += find_remit_names(text, self.lex)
        cands += text_rules.find_foreign_names(text, self.lex, self.index.type_of)
        cands += text_rules.find_salutations(text, self.lex)
        cands += self._signature(doc, text)
        cands += self._firms_in_capitals(text)
        cands += self._footnoted_names(text)
        return cands

    def _trim_ends(self, text: str, cands: list[Cand]) -> None:
        """Each candidate ends before a gathering's or a plural possessor's words; a person's also before a dashed
        nationality or a headline's verb."""
        for c in cands:
            c.end = end_before_gathering(text, c, self.lex, self.index.type_of)
            c.end = end_before_plural_possessor(text, c, self.lex)
            if c.type == "Person":
                c.end = self._before_dashed_nationality(text, c.start, c.end)
                c.end = self._before_headline_verb(text, c.start, c.end)

    def _kept(self, text: str, c: Cand, cands: list[Cand], roster: list[Cand]) -> bool:
        """Whether a candidate may be a mention: not a heading's wording, an ordinary firm word, a unit after a title, a
        holder's office, a law's self-reference, a kind of company, data of no kind, a span across a roster's glue, a
        hatnote's page name, an organisation word that names none, a body named for an event, a stop word as a person,
        an act named only by its authors, a name inside a code's title, a chamber's noun used as a common noun, a
        chamber's or a movement's word inside a group's name, a court's division in parentheses, a building named after
        a body it housed, or a chamber's noun inside "<chamber> of <state>"."""
        return not (
            self._heading_wording(text, c)
            or self._ordinary_firm(text, c)
            or self._unit_after_title(text, c)
            or holders_office(text, c, cands, self.lex)
            or text_rules.law_self_reference(text, c, self.lex)
            or kind_of_company(text, c, self.lex)
            or text_rules.no_kind_of_data(text, c, self.lex)
            or crosses_glue(c, roster)
            or hatnote_page_name(text, c)
            or union_formulas.not_an_organisation_mention(text, c.start, c.end, c.type)
            or event_named_body(text, c, self.lex, self.index.type_of)
            or (c.type == "Person" and text[c.start : c.end].lower() in STOP_WORDS)  # "Chairman Now Calls ..."
            or union_formulas.act_of_authors_only(text, c, self.index.type_of, self.lex)
            or in_code_title(text, c)
            or common_noun_chamber(text, c, self.lex)
            or in_member_group_name(text, c, self.lex)
            or court_division_in_parentheses(text, c.start, c.end, self.lex)
            or names_former_building(text, c, self.lex)
            or chamber_word_of_state(text, c, cands, self.lex)
        )

    def _layout_names(self, doc: Doc, text: str) -> list[Cand]:
        """Names a document's layout or conventions give: initials before an official's title, ranks, Hansard
        captions, office holders listed by term, a press release's contact, a story's writers, surname-first names,
        known names glued to the next line, organs named with their organisation."""
        cands = find_titled_initialisms(text, self.lex, self.index.type_of) + find_one_word_ministries(doc, self.lex)
        cands += find_one_word_legislatures(doc, self.lex, self.index.type_of)
        cands += find_state_parliaments(doc, self.lex, self.index.type_of, self.index.demonyms)
        cands += find_ranked_names(text, self.lex, self.common_words, self.is_known_name)
        cands += find_portrait_captions(text)
        cands += find_term_list_names(text, self.lex, self.common_words, self.known_not_person)
        cands += find_contact_names(text, self.lex, self.known_not_person)
        cands += find_titled_contacts(text, self.lex, self.common_words, self.known_not_person)
        cands += find_byline_names(text, self.lex, self.known_not_person)
        cands += find_bulleted_people(doc, self.lex, self.common_words, self.known_not_person)
        cands += find_regime_rulers(doc, self.lex, self.known_not_person, self._nationality)
        cands += find_surname_first_names(text, self.common_words, self.is_known_name)
        cands += find_glued_known_names(text, self.lex, self.common_words, self.index.type_of)
        cands += igo_organs.find_prefixed_organs(text, self.lex, self.index.type_of)
        cands += igo_organs.find_article_bodies(text)
        cands += find_meps_committees(text, self.lex.igo_heads | self.lex.agency_heads)
        cands += igo_organs.find_organs_of(text, self.lex, self.index.type_of)
        cands += find_treaty_bodies(text, self.lex)
        return cands

    def _not_a_firm_name(self, name: str) -> bool:
        """A nationality, or a name the tables know as something other than a company."""
        return self.known_as_other(name, "Firm") or self._nationality(name)

    def _known_other_kind(self, name: str) -> bool:
        """The tables know the name as something other than a company (a state, a body, a law)."""
        known = self.index.type_of(name)
        return known is not None and known != "Firm"
