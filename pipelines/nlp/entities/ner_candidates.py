"""Candidates from the rulers and the statistical NER: the rulers' spans as they are, and the NER's labels
(PERSON, ORG, GPE, LAW, ...) mapped to the project's types, with what English usage says each label cannot be here
(a date read as a law, a heading's noun before a law's name, a cited message, a unit of a firm read as a person)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipelines.model import ENTITY_TYPES
from pipelines.nlp import text_rules
from pipelines.nlp.entities.body_short_names import body_short_name
from pipelines.nlp.entities.double_barrelled import double_barrelled_name
from pipelines.nlp.entities.initialism_case import initialism_in_title_case
from pipelines.nlp.entities.name_lists import known_given_names
from pipelines.nlp.entities.not_persons import after_business_noun, relative_subject
from pipelines.nlp.entities.organisations import OrganisationTyping
from pipelines.nlp.entities.person_lists import person_in_person_list
from pipelines.nlp.entities.persons import PersonChecks
from pipelines.nlp.reference import normalize
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.holder_names import holder_after_complement

# labels of the statistical NER we use, and what they may become
_NER_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}

#: "NOV 74", "Feb. 2019": a telegram's date, not a law the model saw in it
_DATE_LIKE = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,4}")
#: a capitalised noun and "of the" at the start of a span ("Overview of the ...")
_NOUN_OF_THE = re.compile(r"([A-Z][\w-]*)\s+of\s+the\s+")


class NerCandidates(PersonChecks, OrganisationTyping):
    """The candidates of the rulers and the statistical NER, mapped to the project's types."""

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
        if known is not None and known != "DataType" and not initialism_in_title_case(t, self.index):
            return Cand.of(start, end, known, "ner+table")
        if label == "PERSON" and self._in_firm_list(text, end):
            return Cand.of(start, end, "Firm", "firm-list")
        if label == "PERSON" and after_business_noun(text, start, self.lex) and not self._named_person(doc, ent):
            return Cand.of(start, end, "Firm", "firm-noun-person")
        if label == "PRODUCT" and len(t.split()) <= 3 and after_business_noun(text, start, self.lex):
            return Cand.of(start, end, "Firm", "firm-noun-product")  # "data broker X-Mode Social": the kind named
        heads = self.lex.org_heads | self.lex.private_body_heads
        if label == "PERSON" and body_short_name(text, t, heads, self.lex.person_titles):
            return None  # "the association of Internet Service Providers (Redtel)": the body's short name
        if label == "PERSON" and self._continues_firm_name(text, start) and not self._named_person(doc, ent):
            return None  # "Director of Google Cloud Platform": a unit's or product's name, no person
        if label == "PERSON":
            return self._person_from_ner(text, start, end)
        if label in ("GPE", "LOC") or (label == "ORG" and normalize(t) in self.index.capitals):
            # a capital acting as its government is often read as an organisation ("Washington opened a review")
            if normalize(t) in ("kingdom", "republic", "federation") and t[0].isupper():
                return Cand.of(start, end, "State", "short-state")
            return self._metonymy(doc, ent, start, end, text)
        if label in ("ORG", "FAC") and double_barrelled_name(t, self.lex, self.common_words, self.is_known_name):
            return Cand.of(start, end, "Person", "double-barrelled-name")  # "Terje Roed-Larsen of the UN"
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


#: a possessive pronoun of the correspondents before a cited message ("as you recognise in your GATT 8")
_CORRESPONDENT_BEFORE = re.compile(r"\b(?:[Yy]our|[Oo]ur|[Mm]y)\s+$")


def _cited_message(text: str, start: int, name: str) -> bool:
    """A series name and a number after "your", "our" or "my" cite a message of the correspondents ("your GATT 8",
    "my Saving 12"), not a law or a provision of one."""
    return bool(re.search(r"\s\d+$", name)) and _CORRESPONDENT_BEFORE.search(text, max(0, start - 8), start) is not None
