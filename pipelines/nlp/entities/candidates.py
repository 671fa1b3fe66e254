"""Candidate mentions: the rulers' spans, the statistical NER's labels mapped to the project's types, the rule
finders of `rules/` and `text_rules/`, and the telegram's own names (header addressees, governments by
abbreviation, posts, the signature)."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipelines.model import ENTITY_TYPES
from pipelines.nlp import rules, telegram, text_rules
from pipelines.nlp.entities.footnotes import FootnoteMarks
from pipelines.nlp.entities.headings import HeadingChecks
from pipelines.nlp.entities.holder_offices import holders_office
from pipelines.nlp.entities.initialisms import find_titled_initialisms
from pipelines.nlp.entities.name_lists import known_given_names
from pipelines.nlp.entities.national_bodies import find_supervisory_authorities
from pipelines.nlp.entities.not_persons import after_business_noun, relative_subject
from pipelines.nlp.entities.organisations import OrganisationTyping
from pipelines.nlp.entities.person_lists import person_in_person_list
from pipelines.nlp.entities.persons import PersonChecks
from pipelines.nlp.entities.place_offices import find_place_attorneys_general
from pipelines.nlp.reference import normalize
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules import igo_organs
from pipelines.nlp.text_rules.agency_names import find_infobox_bodies, find_remit_names
from pipelines.nlp.text_rules.agreement_titles import find_agreement_titles
from pipelines.nlp.text_rules.body_possessors import end_before_plural_possessor
from pipelines.nlp.text_rules.body_starts import fix_body_starts
from pipelines.nlp.text_rules.chamber_words import find_determinerless_house, find_parliament_by_name
from pipelines.nlp.text_rules.code_citations import find_code_citations
from pipelines.nlp.text_rules.firm_groups import find_business_groups
from pipelines.nlp.text_rules.firm_lists import find_example_firms, find_listed_firms
from pipelines.nlp.text_rules.hansard import find_portrait_captions
from pipelines.nlp.text_rules.hatnotes import hatnote_page_name
from pipelines.nlp.text_rules.holder_names import holder_after_complement
from pipelines.nlp.text_rules.igo_events import end_before_gathering, event_named_body
from pipelines.nlp.text_rules.infobox_names import find_infobox_persons
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
from pipelines.nlp.text_rules.ministry_names import find_one_word_ministries
from pipelines.nlp.text_rules.parliament_units import find_meps_committees
from pipelines.nlp.text_rules.persons import find_sponsor_names
from pipelines.nlp.text_rules.press_firms import find_press_firms
from pipelines.nlp.text_rules.press_sources import find_press_appositions, find_quoted_press_names
from pipelines.nlp.text_rules.press_titles import find_press_titles
from pipelines.nlp.text_rules.ranks import find_ranked_names
from pipelines.nlp.text_rules.rosters import crosses_glue, find_glued_known_names, find_roster_entries
from pipelines.nlp.text_rules.state_firms import find_state_named_firms
from pipelines.nlp.text_rules.state_forms import find_formal_state_names, in_code_title
from pipelines.nlp.text_rules.surname_first import find_surname_first_names
from pipelines.nlp.text_rules.treaty_bodies import find_treaty_bodies
from pipelines.nlp.text_rules.unions import find_state_unions

# labels of the statistical NER we use, and what they may become
_NER_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}

#: "NOV 74", "Feb. 2019": a telegram's date, not a law the model saw in it
_DATE_LIKE = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,4}")
#: a capitalised noun and "of the" at the start of a span ("Overview of the ...")
_NOUN_OF_THE = re.compile(r"([A-Z][\w-]*)\s+of\s+the\s+")


class Candidates(PersonChecks, OrganisationTyping, FootnoteMarks, HeadingChecks):
    """Every candidate mention of a document, from every source, before clean-up."""

    def _candidates(self, doc: Doc, text: str) -> list[Cand]:
        """The candidates of the rulers and the NER, then of each rule finder, in this order; their ends trimmed, and
        those no mention kept."""
        cands = self._found(doc, text)
        roster = find_roster_entries(text, self.lex, self.common_words)
        cands += roster + self._layout_names(doc, text)
        self._trim_ends(text, cands)
        cands = fix_body_starts(text, fix_law_spans(text, cands, self.lex))
        retype_bare_repeats(text, cands, self.lex)
        return [c for c in cands if self._kept(text, c, cands, roster)]

    def _found(self, doc: Doc, text: str) -> list[Cand]:
        """The candidates of the rulers and the NER, then of each rule finder but the layout's, in this order."""
        cands = self._from_ents(doc, text)
        cands += text_rules.find_law_citations(text, self.lex.agency_heads)
        cands += text_rules.find_law_forms(text, self.lex)
        cands += find_code_citations(text)
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
        cands += find_press_appositions(text, self.lex, self._not_a_firm_name)
        cands += find_press_titles(text, self.lex, self._not_a_firm_name, self.common_words, self.is_known_name)
        cands += find_quoted_press_names(text, self.lex, self._not_a_firm_name)
        cands += find_business_groups(text, self.lex, self._not_a_firm_name)
        cands += find_comma_legal_forms(text, self.lex, self._not_a_firm_name)
        cands += find_compound_legal_forms(text, self.lex, self._not_a_firm_name)
        cands += find_state_named_firms(text, self.lex, self.is_state)
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
        """Whether a candidate may be a mention: not a heading's wording, an ordinary firm word, a unit after a
        title, a holder's office, a law's self-reference, data of no kind, a span across a roster's glue, a hatnote's
        page name, an organisation word that names none, a body named for an event, a stop word as a person, an
        act named only by its authors, or a name inside a code's title."""
        return not (
            self._heading_wording(text, c)
            or self._ordinary_firm(text, c)
            or self._unit_after_title(text, c)
            or holders_office(text, c, cands, self.lex)
            or text_rules.law_self_reference(text, c, self.lex)
            or text_rules.no_kind_of_data(text, c, self.lex)
            or crosses_glue(c, roster)
            or hatnote_page_name(text, c)
            or igo_organs.not_an_organisation_mention(text, c.start, c.end, c.type)
            or event_named_body(text, c, self.lex, self.index.type_of)
            or (c.type == "Person" and text[c.start : c.end].lower() in STOP_WORDS)  # "Chairman Now Calls ..."
            or igo_organs.act_of_authors_only(text, c, self.index.type_of, self.lex)
            or in_code_title(text, c)
        )

    def _layout_names(self, doc: Doc, text: str) -> list[Cand]:
        """Names a document's layout or conventions give: initials before an official's title, ranks, Hansard
        captions, office holders listed by term, a press release's contact, a story's writers, surname-first names,
        known names glued to the next line, organs named with their organisation."""
        cands = find_titled_initialisms(text, self.lex, self.index.type_of) + find_one_word_ministries(doc, self.lex)
        cands += find_ranked_names(text, self.lex, self.common_words, self.is_known_name)
        cands += find_portrait_captions(text)
        cands += find_term_list_names(text, self.lex, self.common_words, self.known_not_person)
        cands += find_contact_names(text, self.lex, self.known_not_person)
        cands += find_titled_contacts(text, self.lex, self.common_words, self.known_not_person)
        cands += find_byline_names(text, self.lex, self.known_not_person)
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

    # candidates from the rulers and the statistical NER
    def _from_ents(self, doc: Doc, text: str) -> list[Cand]:
        """The rulers' spans as they are, and the NER's spans of the labels we use, mapped to our types."""
        out: list[Cand] = []
        for ent in doc.ents:
            label = ent.label_
            if label in ENTITY_TYPES:
                out.append(Cand.of(ent.start_char, ent.end_char, label, "ruler"))
                continue
            if label not in _NER_TYPES:
                continue
            c = self._map_ner(doc, ent, text)
            if c is not None:
                out.append(c)
        return out

    def _map_ner(self, doc: Doc, ent, text: str) -> Cand | None:
        """What one NER span becomes: a type the tables know, a firm, a person, a state, a law, or nothing."""
        label, (start, end) = ent.label_, text_rules.clean_span(text, ent.start_char, ent.end_char)
        if end <= start:
            return None
        t = text[start:end]
        if normalize(t) in self.lex.not_entities:
            return None
        known = self.index.type_of(t)
        if known is not None and known != "DataType":
            return Cand.of(start, end, known, "ner+table")
        if label == "PERSON" and self._in_firm_list(text, end):
            return Cand.of(start, end, "Firm", "firm-list")
        if label == "PERSON" and after_business_noun(text, start, self.lex) and not self._named_person(doc, ent):
            return Cand.of(start, end, "Firm", "firm-noun-person")
        if label == "PRODUCT" and len(t.split()) <= 3 and after_business_noun(text, start, self.lex):
            return Cand.of(start, end, "Firm", "firm-noun-product")  # "data broker X-Mode Social": the kind named
        if label == "PERSON" and self._continues_firm_name(text, start) and not self._named_person(doc, ent):
            return None  # "Director of Google Cloud Platform": a unit's or product's name, no person
        if label == "PERSON":
            return self._person_from_ner(text, start, end)
        if label in ("GPE", "LOC") or (label == "ORG" and normalize(t) in self.index.capitals):
            # a capital acting as its government is often read as an organisation ("Washington opened a review")
            if normalize(t) in ("kingdom", "republic", "federation") and t[0].isupper():
                return Cand.of(start, end, "State", "short-state")
            return self._metonymy(doc, ent, start, end, text)
        if label == "ORG":
            holder = holder_after_complement(text, start, end, self.lex, self.common_words, self.is_known_name)
            if holder is not None:  # "Director at [Fairplay Josh Golin],": the holder's name, after the complement
                return Cand.of(holder[0], holder[1], "Person", "holder-after-complement")
            in_list = person_in_person_list(ent, self.lex, self.common_words, self.is_known_name)
            if in_list and not self._in_firm_list(text, end):
                return Cand.of(start, end, "Person", "person-list")  # "Aleksei Pushkov, and Nadezhda Gerasimova"
            return self._org_from_ner(doc, start, end, text)
        if label in ("LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"):
            start = self._after_heading_noun(text, start)
            t = text[start:end]
        if label == "LAW":
            first, last = t.split()[0].lower(), t.split()[-1].lower()
            provision = first in ("article", "section", "chapter", "part", "paragraph", "clause", "title")
            if self._no_law_by_model(t) or _cited_message(text, start, t):
                return None
            if (
                re.match(r"[A-Z]", t)
                and re.search(r"[A-Za-z]{2}", t)
                and not provision
                and last not in self.lex.name_connectors
                and not _DATE_LIKE.fullmatch(t)
            ):
                return Cand.of(start, end, "Law", "ner-law")
            return None
        if label in ("FAC", "PRODUCT", "WORK_OF_ART", "EVENT"):
            last = t.split()[-1].lower() if t.split() else ""
            if last in self.lex.law_heads and len(t.split()) > 1:
                return Cand.of(start, end, "Law", "ner-law-kind")
        return None

    def _known_other_kind(self, name: str) -> bool:
        """The tables know the name as something other than a company (a state, a body, a law)."""
        known = self.index.type_of(name)
        return known is not None and known != "Firm"

    def _continues_firm_name(self, text: str, start: int) -> bool:
        """The capitalised words right before the name, joined to it by one space, are a company's name the tables
        know ("Google Cloud Platform", "Microsoft Azure Stack"): the words go on with that name (a product, a unit),
        for a person's name is set off from a company's by a possessive, a title or punctuation."""
        m = re.search(r"(?<![\w.&'’-])((?:[A-Z][\w&.'’-]*[ \t]){1,3})$", text[max(0, start - 40) : start])
        if m is None:
            return False
        words = m.group(1).split()
        return any(self.index.type_of(" ".join(words[k:])) == "Firm" for k in range(len(words)))

    def _named_person(self, doc: Doc, ent) -> bool:
        """A name after a noun of a kind of business that is still a person's: the subject of a relative clause
        ("the company Sarah Lee founded"), or a given name the tables know and a surname ("the broker Mary Jones",
        a job's noun too)."""
        words = ent.text.split()
        given = len(words) > 1 and words[0].lower() in known_given_names(self.index)
        return given or relative_subject(doc, ent)

    def _no_law_by_model(self, name: str) -> bool:
        """What the model's LAW label cannot be: one word that is neither a law's head nor an abbreviation in
        capitals ("Rippon", "Economist"), or a name ending in an event's noun ("Geneva Conference"), a noun of what a
        law demands ("Localization Requirement") or a programme's ("Interception Modernisation Programme")."""
        words = name.split()
        last = words[-1].lower()
        if len(words) == 1 and last not in self.lex.law_heads and not name.isupper():
            return True
        return last in self.lex.event_nouns | self.lex.obligation_nouns | self.lex.programme_nouns

    def _after_heading_noun(self, text: str, start: int) -> int:
        """ "Overview of the Recovery Act", "Review of the Law": a heading's noun and "of the" before a law's name
        are no part of it (a title that takes "of" does so without an article, "Freedom of Information Act", or
        starts with its head, "Law of the People's Republic of China on ...")."""
        m = _NOUN_OF_THE.match(text, start)
        if m is None or m.group(1).lower() in self.lex.law_heads or m.group(1).lower() in self.lex.law_heads_first:
            return start
        return m.end()

    # a telegram's own names
    def _telegram_header(self, text: str) -> list[Cand]:
        """Addressees, originating offices and the executive order of a telegram header (`telegram/`),
        resolved through the telegram address table, as the cable's own header fields are."""
        out = []
        headers = telegram.header_mentions(
            text,
            is_place=lambda word: normalize(word) in self.index.capitals,
            # a surname alone ("SZUBIN") is read as a name of two such words; a body's head noun ("PRIVACY OFFICE")
            # names no one
            is_name=lambda words: (
                not any(w.lower() in self.lex.org_heads for w in words)
                and self._plausible_caps_name([w.lower() for w in words] * (2 if len(words) == 1 else 1))
            ),
            is_body=lambda word: self.index.type_of(word) in ("Agency", "IGO"),
            is_word=lambda word: word.lower() in self.common_words,
        )
        for h in headers:
            if h.type in ("Law", "Person"):
                out.append(Cand.of(h.start, h.end, h.type, "telegram-header"))
                continue
            if self.index.type_of(h.designator) not in (None, "Agency", "IGO"):
                continue  # "TREASURY FOR TFTP": a programme the tables know, not an office
            post = self.posts.resolve(h.designator)
            known = self.resolver.resolve(h.designator, "Agency")
            eid, label = (known[0], known[1]) if self.resolver.entity(known[0]) else (post.entity_id, post.label)
            out.append(Cand.of(h.start, h.end, "Agency", "telegram-header", entity_id=eid, label=label))
        return out

    def _governments(self, text: str, header: telegram.Header | None) -> list[Cand]:
        """ "GOS", "GOL" in a telegram: the government of the state it is about whose name has that initial
        (`telegram.government_abbreviations`); never an ordinary word ("GOD") but in a line of mixed case ("The GOB
        uses", `telegram.in_mixed_case_line`)."""
        states = {sid: self.index.entities[sid].label for sid in self._telegram_states(text, header)}
        out = [
            Cand.of(a, b, "State", "telegram-government", entity_id=sid)
            for a, b, sid in telegram.government_abbreviations(text, states)
            if text[a:b].lower() not in self.common_words or telegram.in_mixed_case_line(text, a)
        ]
        out += self._government_codes(text, set(states))
        dept = self.posts.resolve("DEPT")
        out += [
            Cand.of(a, b, "Agency", "telegram-post", entity_id=dept.entity_id, label=dept.label)
            for a, b in telegram.department_in_prose(text)
        ]
        ministries = telegram.ministry_abbreviations(text, self.lex.telegram_ministry_abbreviations)  # "the MFA"
        out += [Cand.of(a, b, "Agency", "telegram-ministry") for a, b in ministries]
        # ... and its posts named in prose: "Embassy Berlin", "the Embassy in Austria"
        is_place = lambda word: normalize(word) in self.index.capitals  # noqa: E731
        for a, b, designator in telegram.embassies_in_prose(text, is_place, self.is_state):
            post = self.posts.resolve(designator) if designator.startswith("AMEMBASSY") else None
            eid, label = (post.entity_id, post.label) if post else (None, None)
            out.append(Cand.of(a, b, "Agency", "telegram-post", entity_id=eid, label=label))
        return out

    def _government_codes(self, text: str, about: set[str]) -> list[Cand]:
        """ "GVN" in a telegram about Vietnam (`telegram.government_codes`): a state its TAGS or serial line say it is
        about (`about`), or, when they say none, a state it names and whose government it calls "the GVN"; never
        letters the tables know as another name. A body coordinated after it ("the GVN and National Assembly") is a
        name of its own."""

        def government(code: str) -> bool:
            if about:
                return f"state/{code}" in about
            return self._names_state(text, code) and telegram.definite_government(text, code)

        out = []
        for a, b, code in telegram.government_codes(text, government):
            if self.index.recognised(text[a:b]) or text[a:b].lower() in self.common_words:
                continue
            out.append(Cand.of(a, b, "State", "telegram-government-code", entity_id=f"state/{code}"))
            other = telegram.coordinated_name(text, b)
            if other and text[other[0] : other[1]].split()[-1].lower() in self.lex.org_heads:
                out.append(Cand.of(other[0], other[1], "Agency", "org-head"))
        return out

    def _names_state(self, text: str, code: str) -> bool:
        """The text names the state of two-letter code `code` by a name of four or more letters ("Vietnam")."""
        sid = f"state/{code}"
        if sid not in self.index.entities:
            return False
        names = [n for n in self.index.surfaces.get(sid, []) if len(n) >= 4]
        return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", text) for n in names)

    def _signature(self, doc: Doc, text: str) -> list[Cand]:
        """The surname that signs a telegram on its last line ("RIVKIN", "MacArthur"), when it reads as a name: no
        title, head noun or name the tables know as something else, and no ordinary word unless the statistical
        model reads it as a person too."""
        span = telegram.signature(text)
        if span is None:
            return []
        a, b = span
        low = [w.lower() for w in text[a:b].split()]
        heads = self.lex.person_titles | self.lex.org_heads | self.lex.law_heads | self.lex.name_stop_starters
        if any(w in heads for w in low):
            return []
        ner = any(e.label_ == "PERSON" and (e.start_char, e.end_char) == (a, b) for e in doc.ents)
        if not ner and any(w in self.common_words and w not in self._surnames for w in low):
            return []
        if self.known_not_person(text[a:b]):
            return []
        return [Cand.of(a, b, "Person", "signature")]


#: a possessive pronoun of the correspondents before a cited message ("as you recognise in your GATT 8")
_CORRESPONDENT_BEFORE = re.compile(r"\b(?:[Yy]our|[Oo]ur|[Mm]y)\s+$")


def _cited_message(text: str, start: int, name: str) -> bool:
    """A series name and a number after "your", "our" or "my" cite a message of the correspondents ("your GATT 8",
    "my Saving 12"), not a law or a provision of one."""
    return bool(re.search(r"\s\d+$", name)) and _CORRESPONDENT_BEFORE.search(text, max(0, start - 8), start) is not None
