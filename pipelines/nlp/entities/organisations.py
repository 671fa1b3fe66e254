"""Typing organisations: a company by its suffix, its context or a list it shares with companies; a capital that
stands for its government; and the spans of companies (a corporate suffix or a national arm after the name, a
product's name after it)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipelines.model import Mention
from pipelines.nlp.entities.capital_roles import acting_after_preposition
from pipelines.nlp.entities.headline_capitals import headline_before
from pipelines.nlp.entities.knowledge import TyperKnowledge, in_capitals
from pipelines.nlp.reference import normalize
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules import igo_organs, remit_organs, union_formulas
from pipelines.nlp.text_rules.agency_names import (
    defined_term,
    document_number_prefix,
    names_igo_organ,
    office_title_is_post,
    organ_short_names,
)
from pipelines.nlp.text_rules.bodies import no_firm_apposition
from pipelines.nlp.text_rules.body_labels import (
    document_serial,
    generic_mission_section,
    infobox_kind,
    party_organ_mention,
)
from pipelines.nlp.text_rules.parliament_units import union_parliament_committees

_PREPOSITIONS = {"in", "at", "from", "to", "of", "near", "outside", "inside", "into", "via", "through", "around"}
_OF_TO = {"of", "to"}  # a possessive capital after these is the government ("out of Beijing's reach")
#: a legal form after a company's name, as written: the common forms only, case-sensitive ("AG", not "ag"), an
#: abbreviation with its period ("Inc.", not "Inc"); the lexicon's `corporate_suffixes` and `legal_suffixes` are
#: lower-case sets of words that end a name found already, not forms to look for after one
#: a company's legal form written after its name, with or without its full stop ("Ltd", "Ltd."), two of them in a row
#: too ("Co., Ltd.")
_LEGAL_FORM = r"(?:Inc\.?|Ltd\.?|LLC|Corp\.?|Co\.|plc|PLC|GmbH|AG|S\.A\.|N\.V\.|NV|B\.V\.|Limited|Corporation)"
_CORP_AFTER = re.compile(rf"(?:\s+[A-Z][\w&-]*){{0,2}}(?:,?\s+){_LEGAL_FORM}(?:,?\s+{_LEGAL_FORM})?(?![\w-])")
#: a legal form right after a firm's national arm ("Meta Platforms Ireland Limited", "Samsung India Ltd.")
_FORM_AFTER = re.compile(rf",?[ \t]+{_LEGAL_FORM}(?![\w-])")
#: an abbreviation and "and" right before a span ("CBPR and " before "PRP Systems")
_ABBREVIATION_AND_BEFORE = re.compile(r"\b[A-Z]{2,}\s+and\s+$")
#: an unknown name right before "and"/"or" and a company, with the word before it: "... Department’s Flickr and "
_COORDINATED_BEFORE = re.compile(r"(?P<prev>[\w’']+)[ \t]+([A-Z][\w.&-]*[\w])(?:,?[ \t]+(?:and|or)|[ \t]*&)[ \t]+$")
#: a word of four or more capitals ("GOOGLE")
_CAPS_WORD = re.compile(r"(?<![\w.&/-])[A-Z]{4,}(?![\w.&/-])")
#: the word in capitals right after another ("GOOGLE EARTH")
_CAPS_NEXT = re.compile(r"[ \t]+([A-Z]{2,})\b")
#: a place in capitals and a dash opening a paragraph: a dateline ("WASHINGTON – Today, ...")
_DATELINE = re.compile(r"[A-Z][A-Z .]+[ \t]+[–—-][ \t]")


def _line_start(text: str, start: int) -> bool:
    """Nothing but spaces between the line's start and `start`."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


#: a top-level domain glued to a name: ".cn", ".com"
_DOMAIN_AFTER = re.compile(r"\.[a-z]{2,3}\b")
#: the word right after a name, when it is capitalised and no other capitalised word follows it
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w-]| [A-Z])")
#: what may follow a firm's national arm: the end of the noun phrase, not a possessive ("Apple Ireland's")
_ARM_AFTER = re.compile(r"(?=[\s,.;:)]|$)")


#: an apposition after a name: "(ABBR), a/an/the", up to three modifiers, a lower-case head noun
_APPOSITION_HEAD = re.compile(
    r"(?:\s*\([A-Z][A-Za-z0-9&.-]{1,11}\))?\s*,\s+(?:an?|the)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}[a-z]+)\b(?![\w-])"
)


def _lower_after(doc: Doc, i: int) -> bool:
    """The word after token `i` is in lower case: the clause goes on, no place's name follows a comma."""
    return i + 1 < len(doc) and doc[i + 1].is_lower


class OrganisationTyping(TyperKnowledge):
    """Organisations from the statistical NER, companies found by context, and companies' spans."""

    # what the model labels ORG, GPE or LOC
    def _org_from_ner(self, doc: Doc, start: int, end: int, text: str) -> Cand | None:
        """What an ORG span of the model becomes: a firm by its suffix or a company noun near it, or nothing."""
        t = text[start:end]
        words = t.split()
        low = [w.lower().strip(",.") for w in words]
        if not words or not re.match(r"[A-Z0-9@]", t) or t.startswith("@"):
            return None
        if any(w in self.lex.org_heads for w in low):
            return None  # bodies with a head noun come from the run rules, which cut them better
        if any(w in ("government", "governments", "regime", "administration") for w in low):
            return None  # "Syrian Government": the state, named by an adjective (not annotated)
        if all(self._nationality(w) for w in low[:-1] or low) or (
            len(low) == 1 and low[0] in self.lex.corporate_suffixes
        ):
            return None  # "the Irish", "the Irish SA", "SA": a people, a body of a nationality, a form; no company
        if low[-1] in self.lex.corporate_suffixes:
            if words[0].isupper() and _ABBREVIATION_AND_BEFORE.search(text, max(0, start - 20), start):
                return None  # "the CBPR and PRP Systems": a plural head shared by two abbreviations, no company
            return Cand.of(start, end, "Firm", "ner-firm-suffix")
        if low[-1] in self.lex.place_heads or t.isupper():
            return None  # a building or place; or an undefined acronym / all-caps word of unknown kind
        before = text[max(0, start - 30) : start].lower()
        if self._portfolio_before.search(before):
            return None  # "Secretary of State", "Secretary of Defense": a portfolio
        if self._body_in_apposition(text, end):
            return Cand.of(start, end, "Agency", "ner+apposition")
        if len(words) <= 3 and not self._modifier_word(doc, start, end) and self._firm_evidence(text, start, end):
            return Cand.of(start, end, "Firm", "ner-firm-evidence")
        return None

    def _body_in_apposition(self, text: str, end: int) -> bool:
        """An apposition right after the name (past its abbreviation) whose head is a government body's common noun
        says what the name is: "Customs and Border Protection (CBP), an agency within DHS"; an apposition with an
        international cue ("an international agency") does not make a national body."""
        m = _APPOSITION_HEAD.match(text, end)
        words = m.group("words").split() if m else []
        head = next((i for i, w in enumerate(words) if w in self.lex.body_apposition_nouns), None)
        return head is not None and not any(w in self.lex.igo_cues for w in words[:head])

    @staticmethod
    def _modifier_word(doc: Doc, start: int, end: int) -> bool:
        """One word right before a common noun modifies it ("Atomic weapons", "some Pacific context"): an
        adjective or a noun's modifier, no company acting or named."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or span.end >= len(doc):
            return False
        return doc[span.end].pos_ == "NOUN" and doc[span.end].is_lower

    def _in_firm_list(self, text: str, end: int) -> bool:
        """A name in a list of names whose last one carries a plural company noun they all share ("Mitsubishi
        Shoji, Daiichi Bussan and Gosho Trading Companies"): a company, whatever the model says."""
        names = r"(?:(?:,|,?\s+and|,?\s+or)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)+"
        plural = r"(?i:compan(?:ies)|firms|corporations|conglomerates|groups)\b"
        return re.match(names + r"\s+(?:[A-Z][\w&-]*\s+)?" + plural, text[end : end + 120]) is not None

    def _firm_evidence(self, text: str, start: int, end: int) -> bool:
        """A company noun that governs the name ("companies such as Tesla, Rivian", "the firm Acme", "Acme, a
        Dutch company"): before it with no other name or sentence end between ("Swiss firm EGL and Iran. Calmy-Rey
        replied" says nothing of Calmy-Rey), or right after it. Brand-like spelling alone is not enough: products
        (JavaScript, Android) are spelled the same way."""
        before, after = text[max(0, start - 40) : start], text[end : end + 40]
        nouns = self._firm_nouns.pattern
        if re.search(nouns + r"(?:[^A-Z.;]|\b[A-Z][\w&-]*(?:,| and| or))*$", before):
            return True
        # ... or after it, also at the end of a list of names that share it ("Daiichi Bussan, Kanematsu and Gosho
        # Trading Companies")
        names = r"(?:(?:,|\s+and|\s+or)?\s+[A-Z][\w&-]*)*"
        m = re.match(r"(?:\s*,\s*(?P<det>a|an|the)\s+(?:[\w-]+\s+){0,3}|" + names + r"\s+)(?i:" + nouns + ")", after)
        if m is not None and m.group("det") is not None:  # "in Chennai, the company said": no apposition
            return not no_firm_apposition(text, end + m.end(), m.group("det") == "the", self.lex)
        return m is not None

    def _metonymy(self, doc: Doc, ent, start: int, end: int, text: str) -> Cand | None:
        """A capital standing for its government ("Washington’s message", "Beijing has argued")."""
        key = normalize(text[start:end])
        if key not in self.index.capitals or key in self.lex.capital_exclusions:
            return None
        root = ent.root
        prev = doc[ent.start - 1] if ent.start > 0 else None
        nxt = doc[ent.end] if ent.end < len(doc) else None
        possessive = nxt is not None and nxt.text in ("'s", "’s")
        # "in Beijing" is the city; "out of Beijing's reach", "to Washington's demands" the government
        if prev is not None and prev.lower_ in _PREPOSITIONS and not (possessive and prev.lower_ in _OF_TO):
            return None
        if nxt is not None and (nxt.text in (",", "D.C.", "DC") or nxt.text.startswith("D.C")):
            if not (nxt.text == "," and _lower_after(doc, nxt.i) and acting_after_preposition(root, self.lex)):
                return None  # "Beijing, China": the city in an address; "by Beijing, such as ...": the government
        if _DATELINE.match(text, start) and _line_start(text, start):
            return None  # "WASHINGTON – Today, ...": a press release's dateline, where it was written
        if possessive and self._owns_a_place(root):
            return None  # "Moscow's Tagansky District Court", "Beijing's suburbs": the city where it is
        if possessive or root.dep_ in ("nsubj", "nsubjpass", "poss") or self._acted_on_or_acting(root):
            return Cand.of(start, end, "State", "metonymy")
        return None

    def _owns_a_place(self, root) -> bool:
        """A capital's possessive before a court, a part of a city or a place ("Moscow's Tagansky District Court",
        "Beijing's suburbs", "Ankara's airport"): English names by it the city where the thing is, not the
        government of the state."""
        if root.dep_ != "poss":
            return False
        head = root.head
        while head.dep_ in ("compound", "poss") and head.head is not head:
            head = head.head  # "Beijing's Haidian District People's Court": the last noun of the possessed name
        return head.lower_ in self.lex.city_possessions or head.lower_ in self.lex.place_heads

    def _acted_on_or_acting(self, root) -> bool:
        """A capital as the object of a verb that needs an agent to act on ("accuse Moscow of ...") or as the
        modifier of a government act's noun ("the Beijing request"), as a passive clause's agent or a party dealt
        with (`capital_roles`: "rejected by Moscow", "work with Washington"); not "a Moscow court", "the Jakarta
        region"."""
        lemma = root.head.lemma_.lower()
        if acting_after_preposition(root, self.lex):
            return True  # "deemed sensitive by Beijing", "work with Washington"
        if root.dep_ == "dobj":
            return lemma in self.lex.metonymy_object_verbs
        return root.dep_ == "compound" and lemma in self.lex.metonymy_act_nouns

    # companies by what surrounds them
    def _firms_in_capitals(self, text: str) -> list[Cand]:
        """A company the tables know, written in capitals in a line of capitals ("SUBJECT: GOOGLE UPDATE: ..."): the
        rulers match one-word names in their own case only. Not a name that is also an ordinary word ("VISA",
        "APPLE"), which capitals cannot tell from the word, unless the document writes it as a name in its prose
        ("... said Apple would ..."); and not the company's word in a product's name the prose writes ("GOOGLE
        EARTH" where the text says "Google Earth")."""
        out = []
        for m in _CAPS_WORD.finditer(text):
            word = m.group(0)
            if not in_capitals(text, m.start()) or self.index.type_of(word) != "Firm":
                continue
            name = word.capitalize()
            if word.lower() in self.common_words and not re.search(r"[a-z,]\s+" + re.escape(name) + r"\b", text):
                continue
            after = _CAPS_NEXT.match(text, m.end())
            if after and re.search(re.escape(name) + r"\s+" + re.escape(after.group(1).capitalize()) + r"\b", text):
                continue
            out.append(Cand.of(m.start(), m.end(), "Firm", "caps-firm"))
        return out

    def _coordinated_firms(self, doc: Doc, text: str, c: Cand, chosen: list[Cand], taken: bytearray) -> list[Cand]:
        """ "Uber and Getir", "Flickr and Instagram": an unknown name coordinated with a company is a company (a
        list coordinates like things), after it or right before it."""
        spans = [
            (c.end + m.start(1), c.end + m.end(1))
            for m in re.finditer(
                r"(?:^(?:,?\s+and|,?\s+or|,|\s*&)\s+)([A-Z][\w.&-]*[\w])(?=[\s,.;:)])", text[c.end : c.end + 40]
            )
        ]
        before = _COORDINATED_BEFORE.search(text, max(0, c.start - 40), c.start)
        prev = before.group("prev") if before is not None else ""
        if before is not None and (not prev[:1].isupper() or re.search(r"['’]s$", prev)):
            spans.append(before.span(2))  # not "Palo Alto and Google": the last word of a longer name
        out = []
        for a, b in spans:
            word = text[a:b]
            span = doc.char_span(a, b)
            if span is not None and self._person_in_firm_list(chosen, a, b):
                continue  # retyped: "Naver, Kakao, or Daum" (the model took the last for a person)
            if span is None or any(taken[a:b]) or self.index.type_of(word) is not None:
                continue
            after = doc[span.end] if span.end < len(doc) else None
            if word.lower() in self.lex.name_stop_starters or (after is not None and after.pos_ == "NOUN"):
                continue  # "Saudi officials": an adjective, not a second company
            if after is not None and after.text[:1].isupper():
                continue  # "Palo Alto Networks": a longer name than the one word
            if in_capitals(text, a):
                continue  # in capitals every word looks like a name
            if normalize(word) in self.index.capitals:
                continue  # "through X in Beijing and Y in Ningxia": a capital, not a second company
            out.append(Cand.of(a, b, "Firm", "coordination"))
        return out

    @staticmethod
    def _person_in_firm_list(chosen: list[Cand], a: int, b: int) -> bool:
        """A one-word "person" of the statistical model coordinated with a company ("Naver, Kakao, or Daum") is a
        company too: a list coordinates like things. Retypes it in place."""
        for x in chosen:
            if (x.start, x.end) == (a, b) and x.type == "Person" and x.source == "ner":
                x.type, x.source = "Firm", "coordination"
                return True
        return False

    # companies' spans
    def _without_products(self, doc: Doc, text: str, chosen: list[Cand]) -> list[Cand]:
        """A company's name before a capitalised ordinary noun names a product of it ("Google Maps", "Apple Maps"),
        and one with a top-level domain glued to it a website ("Google.cn"), not the company; a corporate word
        ("Huawei Technologies") or a title-case run (a headline) does not."""
        starts = {c.start for c in chosen}
        products = set()
        for c in chosen:
            if c.type == "Firm" and _DOMAIN_AFTER.match(text, c.end):
                products.add(id(c))  # "Google.cn": a website's domain name, not the company
                continue
            m = _NEXT_WORD.match(text, c.end) if c.type == "Firm" else None
            if m is None or c.end + 1 in starts:
                continue
            word = m.group(1).lower()
            ordinary = word in self.common_words or word.rstrip("s") in self.common_words
            if not ordinary or word in self.lex.corporate_suffixes or word in self.lex.org_heads:
                continue
            span = doc.char_span(c.end + 1, c.end + 1 + len(m.group(1)))
            if span is None or span.root.pos_ not in ("NOUN", "PROPN") or in_capitals(text, c.start):
                continue
            if headline_before(text, c.start):
                continue  # "WeChat and TikTok Transactions": the headline's capital, no product
            products.add(id(c))
        return [c for c in chosen if id(c) not in products]

    @staticmethod
    def _extend_firms(text: str, chosen: list[Cand]) -> list[Cand]:
        """A firm's name takes the corporate suffix after it ("Acme, Inc.") and the country of its national arm."""
        starts = {c.start for c in chosen}
        for c in chosen:
            if c.type == "Firm":
                m = _CORP_AFTER.match(text, c.end)
                if m and m.group(0).startswith(" ") and not any(c.end < s < m.end() for s in starts):
                    c.end = m.end()
        return _firms_national_arms(text, chosen)

    def _igo_organs(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A body named after an intergovernmental organisation is its organ (`text_rules.agency_names`): "EFTA
        Secretariat", "Committee of Ministers of the Council of Europe" are intergovernmental."""
        for c in chosen:
            name = text[c.start : c.end]
            if c.type != "Agency" or c.entity_id is not None or self.index.type_of(name) is not None:
                continue
            if names_igo_organ(name, self.lex, self._organisation_type) or igo_organs.names_union_organ(
                name, self.lex, self.index.type_of
            ):
                c.type = "IGO"
        organs = {
            short
            for c in chosen
            if c.type == "IGO"
            for short in organ_short_names(text[c.start : c.end], self.index.type_of)
        }
        for c in chosen:
            if c.type == "Agency" and c.entity_id is None and " ".join(text[c.start : c.end].split()) in organs:
                c.type = "IGO"  # "the Parliamentary Assembly" after "the NATO Parliamentary Assembly"
        union_formulas.union_organ_heads(
            text, chosen, self.lex.union_organs, lambda name: self.resolver.resolve(name, "IGO")[0]
        )
        union_parliament_committees(text, chosen)
        return self._organs_by_remit(text, chosen)

    def _organisation_type(self, text: str) -> str | None:
        """The type the tables give a name, the link-only tables too when the others know none: an organisation's
        abbreviation before an organ's head ("EFTA Secretariat") says whose organ it is, even where the recogniser
        would not find the abbreviation alone."""
        found = self.index.type_of(text)
        if found is not None:
            return found
        types = {e.type for e in self.index.candidates(text)}
        return types.pop() if len(types) == 1 else None

    def _organs_by_remit(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """Units named by their remit alone in a document about an organisation of states
        (`text_rules.remit_organs`)."""
        states = [self.resolver.resolve(text[c.start : c.end], "State")[0] for c in chosen if c.type == "State"]
        states = [s for s in states if self.resolver.entity(s) is not None]
        about = remit_organs.document_of_organisation(chosen, text, self.lex, states, self._national_name)
        if not about:
            remit_organs.union_legislature_organs(text, chosen, self.lex, self._national_name)
        return remit_organs.organs_by_remit(text, chosen, self.lex, self._national_name, about)

    def _national_name(self, name: str) -> bool:
        """The name holds a state's name or a nationality ("Thai", "French")."""
        return self.resolver.names_a_state(name) or any(self._nationality(w) for w in re.findall(r"[\w-]+", name))

    def _without_labels(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Labels that are no names of a body (`text_rules.agency_names`, `text_rules.body_labels`): a term quoted
        in a definitions clause ("“Appeal Committee” means ..."), an abbreviation opening a document's number
        ("USTR-2020-0037", "FCC 22-84"), a document's number ("H.Rept. 117-669"), an organisation's abbreviation
        inside an act's number or scope label (`text_rules.union_formulas`), a party's organ ("Party Congress"), an
        embassy's section named by its kind of work ("the Political Section"), a body's kind in an infobox ("Data
        Protection Authority overview |", "Type | Independent Administrative Authority |")."""
        return [
            m
            for m in mentions
            if m.type not in ("Agency", "IGO")
            or not (
                defined_term(text, m.start, m.end)
                or document_number_prefix(text, m.end)
                or document_serial(text, m.start, m.end)
                or union_formulas.not_an_organisation_mention(text, m.start, m.end, m.type)
                or (m.type == "Agency" and party_organ_mention(text, m.start, self.lex.political_party_nouns))
                or (m.type == "Agency" and self._generic_section(text[m.start : m.end]))
                or (m.type == "Agency" and infobox_kind(text, m.start, m.end))
            )
        ]

    def _generic_section(self, name: str) -> bool:
        """An embassy's section named by its kind of work ("the Political Section"): `text_rules.body_labels`."""
        return generic_mission_section(name, self.lex.mission_section_kinds, self.lex.holder_adjectives)

    def _without_posts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """An office's title that names a post a person holds is no body (`text_rules.agency_names`): "Elizabeth
        Denham, Assistant Privacy Commissioner", "headed by the Australian Information Commissioner"."""
        person_ends = frozenset(m.end for m in mentions if m.type == "Person")
        return [
            m
            for m in mentions
            if m.type != "Agency" or not office_title_is_post(text, m.start, m.end, self.lex, person_ends)
        ]


def _firms_national_arms(text: str, chosen: list[Cand]) -> list[Cand]:
    """A firm's name right before a country's, as one noun phrase, names the firm's arm in that country ("Samsung
    India said ...", "Baidu Japan employees"): one firm, no state, with the legal form written after the arm
    ("Meta Platforms Ireland Limited", the arm's own company). Not a country in capitals or abbreviated."""
    states = {c.start: c for c in chosen if c.type == "State" and text[c.start : c.end][:1].isupper()}
    arms: set[int] = set()
    for c in chosen:
        if c.type != "Firm" or text[c.end : c.end + 1] != " ":
            continue
        state = states.get(c.end + 1)
        name = text[state.start : state.end] if state else ""
        if state is None or name.isupper() or "." in name or not _ARM_AFTER.match(text, state.end):
            continue
        form = _FORM_AFTER.match(text, state.end)
        c.end = form.end() if form else state.end
        arms.add(id(state))
    return [c for c in chosen if id(c) not in arms]
