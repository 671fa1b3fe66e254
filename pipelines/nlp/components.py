"""spaCy components of the extraction pipeline.

- `pg_sentence_starts` (before `parser`): a list item and a paragraph start a sentence ("... in Sweden  • Croatia
  stipulates ..." is two sentences), which the parser then respects.
- `pg_names` / `pg_datatype_terms` (EntityRulers, before `ner`): phrase patterns generated from the reference
  tables (states, agencies, IGOs, firms, laws, people; case-sensitive) and from the ontology's data-type labels
  (case-insensitive). NER then respects these spans.
- `pg_entities` (after `ner`): merges the rulers, the statistical NER and the rule finders of `rules.py` into typed
  mentions (State, Agency, IGO, Firm, Law, DataType, Person), cleans spans (no determiner, no possessive, outer name
  wins), types organisations (Agency vs IGO vs Firm vs State), applies abbreviation definitions and repeats a
  document's names, and resolves every mention to an entity. The result is stored as plain dicts in
  `doc._.pg_mentions` (plain data survives multi-process `nlp.pipe`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from pipelines.model import ENTITY_TYPES, slugify
from pipelines.nlp import rules, telegram, text_rules, textview
from pipelines.nlp.lexicon import Lexicon, load_lexicon
from pipelines.nlp.reference import DocContext, ReferenceIndex, Resolver, load_reference, normalize
from pipelines.nlp.rules import Cand
from pipelines.paths import REFERENCE_DIR
from pipelines.posts import PostResolver

if not Doc.has_extension("pg_mentions"):
    Doc.set_extension("pg_mentions", default=None)

# labels of the statistical NER we use, and what they may become
_NER_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
_REGION_BEFORE = re.compile(r"\b(?:North|South|East|West|Latin|Central|Northern|Southern|Eastern|Western)[\s-]+$")
_PREPOSITIONS = {"in", "at", "from", "to", "of", "near", "outside", "inside", "into", "via", "through", "around"}
_OF_TO = {"of", "to"}  # a possessive capital after these is the government ("out of Beijing's reach")
_CORP_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&-]*){0,2}(?:,?\s+)(Inc\.|Ltd\.|LLC|Corp\.|Co\.|plc|PLC|GmbH|AG|S\.A\.|N\.V\.|Limited|Corporation)(?![\w])"
)


#: "NOV 74", "Feb. 2019": a telegram's date, not a law the model saw in it
_DATE_LIKE = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,4}")
#: an abbreviation and "and" right before a span ("CBPR and " before "PRP Systems")
_ABBREVIATION_AND_BEFORE = re.compile(r"\b[A-Z]{2,}\s+and\s+$")
#: a capitalised noun and "of the" at the start of a span ("Overview of the ...")
_NOUN_OF_THE = re.compile(r"([A-Z][\w-]*)\s+of\s+the\s+")
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,12}")
#: a demonstrative or indefinite determiner (and an adjective) right before a word: a common noun phrase follows
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?|[Aa]nother|[Ee]ach|[Ee]very)\s+(?:(?!late\b)[a-z]+\s+)?$"
)


def _in_capitals(text: str, offset: int) -> bool:
    """The line around `offset` is written in capitals (at least 80% of its ten or more letters)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    letters = [ch for ch in text[start : end if end >= 0 else len(text)] if ch.isalpha()]
    return len(letters) >= 10 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _plural(noun: str) -> str:
    """A regex for a noun and its plural ("company" -> "compan(?:y|ies)")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return re.escape(noun[:-1]) + "(?:y|ies)"
    return re.escape(noun) + "(?:s|es)?"


# --- pattern generation ----------------------------------------------------------------------------------------


def name_patterns(index: ReferenceIndex) -> list[dict]:
    """Case-sensitive phrase patterns for every alias of every non-data-type entity (with an upper-case variant
    for all-caps telegrams: always for states, for other names when they have several words)."""
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for eid, surfaces in index.surfaces.items():
        entity = index.entities[eid]
        if entity.type == "DataType":
            continue
        for alias in surfaces:
            variants = {alias, alias.replace("'", "’")}
            if entity.type == "State" or (" " in alias and len(alias) > 6):
                variants |= {v.upper() for v in variants}
            for v in variants:
                if (entity.type, v) not in seen and len(v) > 1:
                    seen.add((entity.type, v))
                    patterns.append({"label": entity.type, "pattern": v})
    return patterns


def datatype_patterns(index: ReferenceIndex) -> list[dict]:
    """Case-insensitive phrase patterns from the data-type labels (skos:prefLabel/altLabel)."""
    patterns: list[dict] = []
    for eid, surfaces in index.surfaces.items():
        if index.entities[eid].type != "DataType":
            continue
        for alias in surfaces:
            for v in {alias, alias.replace("'", "’")}:
                patterns.append({"label": "DataType", "pattern": v})
    return patterns


# --- the typing / merging component ----------------------------------------------------------------------------


class EntityTyper:
    """Turns rulers + NER + rules into typed, cleaned, resolved mentions (see the module docstring)."""

    def __init__(self, index: ReferenceIndex, lexicon: Lexicon, common_words: frozenset[str] = frozenset()):
        #: ordinary English words (the model's own lemma lists), to tell them from names in capitals
        self.common_words = common_words
        self._fips = {e.fips: eid for eid, e in index.entities.items() if e.type == "State" and e.fips}
        #: last names of the people the tables know ("Trump", "Biden"): names, whatever the lemma lists say
        self._surnames = frozenset(
            e.label.split()[-1].lower() for e in index.entities.values() if e.type == "Person" and e.label
        )
        self.index = index
        self.lex = lexicon
        self.resolver = Resolver(index)
        self.posts = PostResolver()
        titles = "|".join(re.escape(x) for x in sorted(lexicon.person_titles, key=len, reverse=True))
        self._portfolio_before = re.compile(r"\b(?:" + titles + r")\s+(?:of\s+)?(?:the\s+)?$")
        self._firm_nouns = re.compile(r"\b(?:" + "|".join(_plural(n) for n in sorted(lexicon.firm_nouns)) + r")\b")

    # helpers the rule finders call back
    def is_known_name(self, text: str) -> bool:
        return bool(self.index.recognised(text)) or normalize(text) in self.index.capitals

    def is_state(self, text: str) -> bool:
        return self.index.type_of(text) == "State"

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        cands = self._from_ents(doc, text)
        cands += text_rules.find_law_citations(text)
        for run in rules.capitalised_runs(doc, self.lex, self.is_known_name, text):
            cands += rules.orgs_in_run(run, self.lex, self.is_state)
            cands += rules.laws_in_run(run, self.lex, self.is_state)
            cands += rules.persons_in_run(run, self.lex, self.is_known_name, self.common_words)
        cands += self._telegram_header(text)
        cands += self._governments(text)
        cands += text_rules.find_datatypes(text, self.lex)
        cands += rules.datatypes_by_grammar(doc, self.lex)
        cands += text_rules.find_firm_appositions(text, self.lex)
        cands += text_rules.find_heading_bodies(text, self.lex)
        cands += text_rules.find_person_appositions(text, self.lex)
        cands += text_rules.find_caps_appositions(text, self.lex, self.common_words)
        cands += text_rules.find_wrapped_titles(text, self.lex, self.common_words)
        cands += text_rules.find_portfolio_lists(text, self.lex)
        cands += text_rules.find_plural_title_lists(text, self.lex, self.common_words)
        cands += text_rules.find_quoted_law_titles(text)
        cands += text_rules.find_minister_abbreviations(text)
        cands += text_rules.find_joined_parties(text, self.index.type_of)
        cands += text_rules.find_coordinated_bodies(text, self.lex, self.is_known_name)
        cands += text_rules.find_salutations(text, self.lex)
        cands += self._signature(doc, text)
        cands += self._firms_in_capitals(text)
        cands += self._footnoted_names(text)
        cleaned = [self._clean(text, c) for c in cands]
        # no mention in a TAGS line or a classification marking ("LIMITED OFFICIAL USE")
        outside = telegram.tags_lines(text) + telegram.markings(text) + text_rules.reference_number_spans(text)
        outside += telegram.cited_cables(text)
        cands = [c for c in cleaned if c is not None and not any(a < c.end and c.start < b for a, b in outside)]
        # ... nor a post's name in a serial line ("UNCLAS IAEA VIENNA 2825"), but the header's own "STATE 163088"
        # ... nor a law or a data type in a pass line ("TREASURY FOR TFTP": the office, not the programme)
        passes = telegram.pass_lines(text)
        cands = [
            c
            for c in cands
            if c.type not in ("Law", "DataType") or not any(a < c.end and c.start < b for a, b in passes)
        ]
        serials = telegram.serial_lines(text)
        cands = [
            c for c in cands if c.source == "telegram-header" or not any(a < c.end and c.start < b for a, b in serials)
        ]
        outside += serials + passes  # no repeated name there either
        cands = [c for c in cands if not self._weak_in_capitals(text, c) and not self._ordinary_titled(text, c)]
        cands = [c for c in cands if not self._no_person_name(text, c) and not self._bare_head_after_of(text, c)]
        self._prefer_people(cands)
        chosen = self._split_law_abbreviations(text, self._split_possessors(text, self._select(cands)))
        chosen = self._extend_firms(text, chosen)
        chosen = self._extend_lists(text, chosen)
        chosen = self._data_of_states(text, chosen)
        chosen = self._add_implied(doc, text, chosen)
        chosen = self._examples_of_data(doc, text, chosen)
        mentions = self._without_presidencies(self._resolve(doc, chosen, text, outside))
        mentions = [m for m in mentions if not self._office_holder(text, m) and not self._term_of(text, m)]
        doc._.pg_mentions = mentions
        doc.user_data["pg_text"] = text  # for the relation finder (Doc.text is rebuilt on every access)
        return doc

    def _split_possessors(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A body's name that starts with another body's abbreviation in the possessive ("MITYC's Secretariat of
        State for Telecommunications") is two names: the abbreviation, a body of its own, and the name after it."""
        out = []
        for c in chosen:
            m = _ABBREVIATION_POSSESSOR.match(text, c.start) if c.type in ("Agency", "IGO") else None
            if m is not None and m.end() < c.end:
                known = self.index.type_of(m.group(1))
                kind = known if known in ("Agency", "IGO", "State", "Firm") else "Agency"
                out.append(Cand(c.start, c.start + len(m.group(1)), kind, "possessor", c.priority, c.confidence))
                c.start = m.end()
            out.append(c)
        return sorted(out, key=lambda c: c.start)

    def _split_law_abbreviations(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A law's abbreviation before the name of a rule made under it ("the GLBA Financial Privacy Rule", "HIPAA
        Security Rule") names two laws: the statute, by its abbreviation, and the rule. Not a name the tables know
        whole."""
        out = []
        for c in chosen:
            words = text[c.start : c.end].split(" ")
            first = words[0]
            if (
                c.type == "Law"
                and len(words) >= 3
                and first.isupper()
                and first.isalpha()
                and self.index.type_of(first) == "Law"
                and self.index.type_of(text[c.start : c.end]) is None
                and words[-1].lower() in self.lex.law_heads
            ):
                out.append(Cand(c.start, c.start + len(first), "Law", "law-abbreviation", c.priority, c.confidence))
                c.start += len(first) + 1
            out.append(c)
        return out

    def _firms_in_capitals(self, text: str) -> list[Cand]:
        """A company the tables know, written in capitals in a line of capitals ("SUBJECT: GOOGLE UPDATE: ..."): the
        rulers match one-word names in their own case only. Not a name that is also an ordinary word ("VISA",
        "APPLE"), which capitals cannot tell from the word, unless the document writes it as a name in its prose
        ("... said Apple would ..."); and not the company's word in a product's name the prose writes ("GOOGLE
        EARTH" where the text says "Google Earth")."""
        out = []
        for m in _CAPS_WORD.finditer(text):
            word = m.group(0)
            if not _in_capitals(text, m.start()) or self.index.type_of(word) != "Firm":
                continue
            name = word.capitalize()
            if word.lower() in self.common_words and not re.search(r"[a-z,]\s+" + re.escape(name) + r"\b", text):
                continue
            after = _CAPS_NEXT.match(text, m.end())
            if after and re.search(re.escape(name) + r"\s+" + re.escape(after.group(1).capitalize()) + r"\b", text):
                continue
            out.append(Cand(m.start(), m.end(), "Firm", "caps-firm", priority=3, confidence=0.7))
        return out

    def _footnoted_names(self, text: str) -> list[Cand]:
        """A name the tables know with a footnote's mark glued to its end ("the UK GDPR4", "the Republic of
        Korea8"): the tokenizer keeps the digit in the word, so the rulers miss the name; the name ends before it."""
        out = []
        for m in _GLUED_MARK.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            offset, end = max(line_start, m.start() - 60), m.start("mark")
            for w in re.finditer(r"\S+", text[offset:end]):  # the longest known name that ends at the mark
                name = text[offset + w.start() : end]
                kind = self.index.type_of(name)
                if kind is not None and kind != "DataType" and name[:1].isupper():
                    out.append(Cand(offset + w.start(), end, kind, "footnoted", 4, 0.85))
                    break
        return out

    def _ordinary_titled(self, text: str, c: Cand) -> bool:
        """A "person" after a title that is also an ordinary word, all of whose words are ordinary English too:
        "Official Reaction Negative" is a heading, not the official Mr. Negative."""
        if c.type != "Person" or c.source != "title":
            return False
        before = re.search(r"([A-Za-z.]+)\s+$", text[max(0, c.start - 30) : c.start])
        return before is not None and self._ordinary_after_title(before.group(1), text[c.start : c.end])

    def _no_person_name(self, text: str, c: Cand) -> bool:
        """What a "person" from any rule cannot be, by the words of the span: a title or a portfolio alone ("Prime
        Minister", "Foreign Affairs"); a name ending in a title's last word ("Bb General"), an event's noun
        ("Khrushchev-Mao Meeting"), a document's head ("Permanent Heads Report"), a day or month ("Representatives
        Tuesday") or a lower-case function word ("Assisting the"); one word that is the plural of a title or of a
        name's head noun ("Ministers", "Articles")."""
        if c.type != "Person":
            return False
        low = [w.strip(".,;:'’‘") for w in text[c.start : c.end].lower().split()]
        if not low or not low[-1]:
            return True
        lex = self.lex
        whole = " ".join(low)
        if whole in lex.person_titles or whole in lex.portfolios:
            return True
        last = low[-1]
        ends = lex.title_final_words | lex.event_nouns | lex.document_heads | lex.calendar_words
        if last in ends or text[c.start : c.end].split()[-1].islower():
            return True
        heads = lex.person_titles | lex.provision_words | lex.law_heads | lex.org_heads
        return len(low) == 1 and any(last.endswith(x) and last[: -len(x)] in heads for x in ("s", "es"))

    def _bare_head_after_of(self, text: str, c: Cand) -> bool:
        """A "law" that ends in a bare head after a preposition ("German Position on Treaty", "Consistency of Treaty
        with ..."): a heading about a treaty named elsewhere, for a title's head takes a name or an article."""
        if c.type != "Law":
            return False
        words = text[c.start : c.end].lower().split()
        return len(words) >= 3 and words[-2] in ("of", "on", "to", "from") and words[-1] in self.lex.law_heads

    @staticmethod
    def _without_footnote_mark(text: str, c: Cand) -> None:
        """A digit glued to the end of a name is a footnote's mark ("Ambassador Jansen2 said"), not part of it."""
        m = _FOOTNOTE_MARK.search(text, c.start, c.end)
        if c.type == "Person" and m is not None and m.end() == c.end:
            c.end = m.start()

    def _weak_in_capitals(self, text: str, c: Cand) -> bool:
        """In all-capitals text (telegrams) every word looks like a name, so the cues that rely on capitals say
        nothing: a company suffix that is an ordinary word ("MANAGEMENT INFORMATION SYSTEMS"), or a "person"
        with a number in the name."""
        if not _in_capitals(text, c.start):
            return False
        if c.source == "org-suffix":
            return text[c.start : c.end].split()[-1].lower().strip(".,") not in self.lex.legal_suffixes
        if c.type == "Person" and c.source in ("title", "ner"):
            return any(ch.isdigit() for ch in text[c.start : c.end])
        return False

    def _without_presidencies(self, mentions: list[dict]) -> list[dict]:
        """ "The Trump Administration", "the Biden-Harris Administration", "the Administration": a presidency (the
        government of a state for a term), not a government body of its own."""
        names = self._surnames | {m["text"].split()[-1].lower() for m in mentions if m["type"] == "Person"}

        def presidency(m: dict) -> bool:
            words = m["text"].split()
            if m["type"] != "Agency" or words[-1].lower() != "administration":
                return False
            return all(w.lower() in names for part in words[:-1] for w in part.split("-"))

        return [m for m in mentions if not presidency(m)]

    def _term_of(self, text: str, m: dict) -> bool:
        """A person's name before a government noun ("the 2019 to 2022 Johnson Conservative government", "the
        Johnson ministry") names a government's term of office, not the person."""
        if m["type"] != "Person":
            return False
        nxt = re.match(r"\s+(?:[A-Z][a-z]+\s+)?([a-z]+)\b", text[m["end"] : m["end"] + 40])
        return nxt is not None and nxt.group(1) in self.lex.government_nouns

    def _office_holder(self, text: str, m: dict) -> bool:
        """An office's title ("Information Commissioner", not "Office of the ... Commissioner") names its holder, a
        person, after a holder's adjective ("Kenya's first Data Protection Commissioner") or joined by "and" to a
        person's title ("the Secretary of State and the Information Commissioner sign ...")."""
        words = [re.sub(r"['’]s?$", "", w.lower()) for w in m["text"].split()]
        if m["type"] != "Agency" or words[-1] not in self.lex.office_heads:
            return False
        if any(w in self.lex.org_heads for w in words[:-1]):
            return False
        before = text[max(0, m["start"] - 60) : m["start"]]
        last = re.search(r"([A-Za-z]+)\s+$", before)
        if last and last.group(1).lower() in self.lex.holder_adjectives:
            return True
        joined = re.search(r"([^.;:,\n(]*)\s+and\s+(?:the\s+)?$", before)
        if joined is None:
            return False
        titles = [w.lower() for w in re.findall(r"\b[A-Z][a-z]+", joined.group(1))]
        return any(t in self.lex.person_titles and t not in self.lex.office_heads for t in titles)

    def _telegram_header(self, text: str) -> list[Cand]:
        """Addressees, originating offices and the executive order of a telegram header (`telegram.py`),
        resolved through the telegram address table, as the cable's own header fields are."""
        out = []
        headers = telegram.header_mentions(
            text,
            is_place=lambda word: normalize(word) in self.index.capitals,
            # a surname alone ("SZUBIN") is read as a name of two such words
            is_name=lambda words: self._plausible_caps_name([w.lower() for w in words] * (2 if len(words) == 1 else 1)),
            is_body=lambda word: self.index.type_of(word) in ("Agency", "IGO"),
        )
        for h in headers:
            if h.type in ("Law", "Person"):
                out.append(Cand(h.start, h.end, h.type, "telegram-header", priority=5, confidence=0.9))
                continue
            if self.index.type_of(h.designator) not in (None, "Agency", "IGO"):
                continue  # "TREASURY FOR TFTP": a programme the tables know, not an office
            post = self.posts.resolve(h.designator)
            known = self.resolver.resolve(h.designator, "Agency")
            eid, label = (known[0], known[1]) if self.resolver.entity(known[0]) else (post.entity_id, post.label)
            out.append(Cand(h.start, h.end, "Agency", "telegram-header", 5, 0.9, entity_id=eid, meta={"label": label}))
        return out

    def _governments(self, text: str) -> list[Cand]:
        """ "GOS", "GOL" in a telegram: the government of the state it is about whose name has that initial
        (`telegram.government_abbreviations`); never an ordinary word ("GOT", "GOD")."""
        about = {self._fips.get(code) for code in telegram.tag_codes(text)}
        about |= {self.index.capitals.get(normalize(text[a:b])) for a, b in telegram.serial_lines(text)}
        states = {sid: self.index.entities[sid].label for sid in about if sid in self.index.entities}
        out = [
            Cand(a, b, "State", "telegram-government", 3, 0.85, entity_id=sid)
            for a, b, sid in telegram.government_abbreviations(text, states)
            if text[a:b].lower() not in self.common_words
        ]
        # ... and its posts named in prose: "Embassy Berlin", "the Embassy in Austria"
        is_place = lambda word: normalize(word) in self.index.capitals  # noqa: E731
        for a, b, designator in telegram.embassies_in_prose(text, is_place, self.is_state):
            post = self.posts.resolve(designator) if designator.startswith("AMEMBASSY") else None
            meta = {"label": post.label} if post else {}
            out.append(Cand(a, b, "Agency", "telegram-post", 5, 0.85, post.entity_id if post else None, meta))
        return out

    # candidates from the rulers and the statistical NER
    def _from_ents(self, doc: Doc, text: str) -> list[Cand]:
        out: list[Cand] = []
        for ent in doc.ents:
            label = ent.label_
            if label in ENTITY_TYPES:
                out.append(Cand(ent.start_char, ent.end_char, label, "ruler", priority=4, confidence=0.95))
                continue
            if label not in _NER_TYPES:
                continue
            c = self._map_ner(doc, ent, text)
            if c is not None:
                out.append(c)
        return out

    def _map_ner(self, doc: Doc, ent, text: str) -> Cand | None:
        label, (start, end) = ent.label_, text_rules.clean_span(text, ent.start_char, ent.end_char)
        if end <= start:
            return None
        t = text[start:end]
        if normalize(t) in self.lex.not_entities:
            return None
        known = self.index.type_of(t)
        if known is not None and known != "DataType":
            return Cand(start, end, known, "ner+table", priority=3, confidence=0.9)
        if label == "PERSON" and self._in_firm_list(text, end):
            return Cand(start, end, "Firm", "firm-list", priority=2, confidence=0.6)
        if label == "PERSON":
            return self._person_from_ner(doc, text, start, end)
        if label in ("GPE", "LOC") or (label == "ORG" and normalize(t) in self.index.capitals):
            # a capital acting as its government is often read as an organisation ("Washington opened a review")
            if normalize(t) in ("kingdom", "republic", "federation") and t[0].isupper():
                return Cand(start, end, "State", "short-state", priority=2, confidence=0.6)
            return self._metonymy(doc, ent, start, end, text)
        if label == "ORG":
            return self._org_from_ner(doc, start, end, text)
        if label in ("LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"):
            start = self._after_heading_noun(text, start)
            t = text[start:end]
        if label == "LAW":
            first, last = t.split()[0].lower(), t.split()[-1].lower()
            provision = first in ("article", "section", "chapter", "part", "paragraph", "clause", "title")
            if self._no_law_by_model(t):
                return None
            if (
                re.match(r"[A-Z]", t)
                and re.search(r"[A-Za-z]{2}", t)
                and not provision
                and last not in self.lex.name_connectors
                and not _DATE_LIKE.fullmatch(t)
            ):
                return Cand(start, end, "Law", "ner", priority=2, confidence=0.6)
            return None
        if label in ("FAC", "PRODUCT", "WORK_OF_ART", "EVENT"):
            last = t.split()[-1].lower() if t.split() else ""
            if last in self.lex.law_heads and len(t.split()) > 1:
                return Cand(start, end, "Law", "ner", priority=2, confidence=0.55)
        return None

    def _person_from_ner(self, doc: Doc, text: str, start: int, end: int) -> Cand | None:
        """A span the model labels PERSON, kept when what surrounds it and its words allow a person's name (titles
        before it are stripped)."""
        titled, start = start, self._strip_titles(text, start, end)
        t = text[start:end]
        if self._ordinary_after_title(text[titled:start], t):
            return None  # "Official Reaction Negative": a heading's ordinary words after an ordinary title
        if not t or any(ch.isdigit() for ch in t) or not t[0].isupper() or t.lower() in self.lex.person_titles:
            return None
        low = t.lower().split()
        if low[-1] in self.lex.document_heads or " ".join(low[-2:]) in self.lex.document_heads:
            return None  # "Cloud Policy", "Digital Strategy": a document's or a programme's title
        heads = [w in self.lex.org_heads or w in self.lex.law_heads or w in self.lex.place_heads for w in low]
        if any(heads) and not (self._titled(text, start) and len(low) == 2 and not heads[-1]):
            return None  # "Bill Cassidy" after "Senator": a given name that is also a noun
        if any(w in ("secret", "confidential", "restricted", "unclassified", "classified") for w in low):
            return None  # a classification marking ("Top Secret Austeo")
        if t.isupper() and not self._plausible_caps_name(low):
            return None  # NER guesses badly on all-caps telegram text
        prev = text[max(0, start - 4) : start].lower()
        if len(low) == 1 and re.search(r"\b(?:the|a|an)\s$", prev):
            return None  # "the Clerk": a common noun
        if len(low) > 1 and low[0] not in self.lex.peerage_titles and self._with_article(text, t):
            return None  # "the Bronze Soldier issue": a monument, a work, a thing; no person takes "the"
        if _INDEFINITE_BEFORE.search(text, max(0, start - 30), start):
            return None  # "This Legal Sidebar", "a prior Legal Sidebar": a name takes no such determiner
        if len(low) == 1 and low[0] in self.common_words and low[0] not in self._surnames:
            return None  # "Background", "Journal": an ordinary word the model took for a name
        if self._outline_heading(text, start, low):
            return None  # "A. Background": an outline's item mark and heading, no initial and surname
        if _PARTY_STATE.fullmatch(t):
            return None  # "(R-Idaho)", "(D-OR)": a member of Congress's party and state
        if not self._one_name_by_grammar(doc, start, end):
            return None
        return Cand(start, end, "Person", "ner", priority=2, confidence=0.75)

    def _no_law_by_model(self, name: str) -> bool:
        """What the model's LAW label cannot be: one word that is neither a law's head nor an abbreviation in
        capitals ("Rippon", "Economist": a person, a newspaper), or a name ending in an event's noun ("Geneva
        Conference")."""
        words = name.split()
        last = words[-1].lower()
        if len(words) == 1 and last not in self.lex.law_heads and not name.isupper():
            return True
        return last in self.lex.event_nouns

    def _after_heading_noun(self, text: str, start: int) -> int:
        """ "Overview of the Recovery Act", "Review of the Law": a heading's noun and "of the" before a law's name
        are no part of it (a title that takes "of" does so without an article, "Freedom of Information Act", or
        starts with its head, "Law of the People's Republic of China on ...")."""
        m = _NOUN_OF_THE.match(text, start)
        if m is None or m.group(1).lower() in self.lex.law_heads or m.group(1).lower() in self.lex.law_heads_first:
            return start
        return m.end()

    def _outline_heading(self, text: str, start: int, low: list[str]) -> bool:
        """An outline's item mark at a line's start, then ordinary words ("A. Background", "B. Legal Authority"):
        a heading, not an initial and a surname."""
        line_start = start == 0 or text[:start].rstrip(" \t").endswith("\n")
        return (
            line_start
            and len(low) > 1
            and re.fullmatch(r"[a-z]\.", low[0]) is not None
            and all(w in self.common_words and w not in self._surnames for w in low[1:])
        )

    @staticmethod
    def _with_article(text: str, name: str) -> bool:
        """The text writes the name of several words with "the" before it somewhere as the head of its noun phrase
        ("moving the Bronze Soldier (Ref C)"): a thing or a group, for no person's name takes the article. A name
        that modifies the noun after it takes the noun's article ("the Joe Biden administration") and says nothing."""
        return re.search(r"\b[Tt]he\s+" + re.escape(name) + _NP_ENDS, text) is not None

    def _ordinary_after_title(self, title: str, rest: str) -> bool:
        """After a title that is also an ordinary word ("Official", "Head"), words that are all ordinary English
        ("Reaction Negative") are no name."""
        title = " ".join(title.split()).lower()
        if title not in self.lex.weak_person_titles:
            return False
        return all(w.lower() in self.common_words and w.lower() not in self._surnames for w in rest.split())

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
        if self.is_known_name(text[a:b]) and self.index.type_of(text[a:b]) != "Person":
            return []
        return [Cand(a, b, "Person", "signature", priority=4, confidence=0.7)]

    def _titled(self, text: str, start: int) -> bool:
        """The word before `start` is a person's title, singular or plural ("Senators Bill Cassidy, ...")."""
        m = re.search(r"([A-Za-z.]+)\s+$", text[max(0, start - 30) : start])
        word = m.group(1).lower() if m else ""
        return word in self.lex.person_titles or (word.endswith("s") and word[:-1] in self.lex.person_titles)

    def _plausible_caps_name(self, low: list[str]) -> bool:
        """An all-caps NER person is kept when it has two or three words that look like names."""
        if not 2 <= len(low) <= 3:
            return False
        for w in low:
            if w in self.lex.name_connectors or w in self.lex.name_stop_starters or w in self.lex.person_titles:
                return False
            if re.search(r"(?:ion|ing|ans|ence|ance|ment|ity|ive|ate|ary|ern|ed|ly)$", w):
                return False
        return True

    def _one_name_by_grammar(self, doc: Doc, start: int, end: int) -> bool:
        """What the tagger says about a span the model took for a person: a coordination names two people or none
        ("Tunku and Lee", "Articles I and II"); one word tagged as a plural of an ordinary noun is a group
        ("Ministers", "Missions", "Africans"), and one tagged as a verb is none ("Begins text")."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return True
        if any(t.tag_ == "CC" for t in span):
            return False
        if len(span) == 1:
            token = span[0]
            if token.tag_.startswith("VB") and token.lower_ in self.common_words:
                return False
            singulars = {token.lemma_.lower(), token.lower_.removesuffix("s"), token.lower_.removesuffix("es")}
            if token.tag_ in ("NNS", "NNPS") and singulars & self.common_words:
                return False
        return True

    def _strip_titles(self, text: str, start: int, end: int) -> int:
        words = text[start:end].split()
        k = 0
        for n in range(min(4, len(words) - 1), 0, -1):
            if " ".join(words[:n]).lower() in self.lex.person_titles:
                k = n
                break
        if k:
            return start + len(text[start:end]) - len(" ".join(words[k:]))
        return start

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
            return None
        if possessive or root.dep_ in ("nsubj", "nsubjpass", "poss"):
            return Cand(start, end, "State", "metonymy", priority=2, confidence=0.6)
        return None

    def _org_from_ner(self, doc: Doc, start: int, end: int, text: str) -> Cand | None:
        t = text[start:end]
        words = t.split()
        low = [w.lower().strip(",.") for w in words]
        if not words or not re.match(r"[A-Z0-9@]", t) or t.startswith("@"):
            return None
        if any(w in self.lex.org_heads for w in low):
            return None  # bodies with a head noun come from the run rules, which cut them better
        if any(w in ("government", "governments", "regime", "administration") for w in low):
            return None  # "Syrian Government": the state, named by an adjective (not annotated)
        if low[-1] in self.lex.corporate_suffixes:
            if words[0].isupper() and _ABBREVIATION_AND_BEFORE.search(text, max(0, start - 20), start):
                return None  # "the CBPR and PRP Systems": a plural head shared by two abbreviations, no company
            return Cand(start, end, "Firm", "ner", priority=2, confidence=0.7)
        if low[-1] in self.lex.place_heads or t.isupper():
            return None  # a building or place; or an undefined acronym / all-caps word of unknown kind
        before = text[max(0, start - 30) : start].lower()
        if self._portfolio_before.search(before):
            return None  # "Secretary of State", "Secretary of Defense": a portfolio
        if len(words) <= 3 and not self._modifier_word(doc, start, end) and self._firm_evidence(text, start, end):
            return Cand(start, end, "Firm", "ner", priority=1, confidence=0.55)
        return None

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
        return (
            re.match(r"(?:\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}|" + names + r"\s+)(?i:" + nouns + ")", after)
            is not None
        )

    def _clean(self, text: str, c: Cand) -> Cand | None:
        s, e = text_rules.clean_span(text, c.start, c.end)
        if e - s < 1:
            return None
        if c.type == "State" and _REGION_BEFORE.search(text[max(0, s - 12) : s]):
            return None  # "South America", "Latin America", "East Asia": a region, not the state
        c.start, c.end = s, e
        self._without_footnote_mark(text, c)
        if c.type == "DataType" and text_rules.inside_title(text, s, e):
            return None
        if normalize(text[s:e]) in self.lex.not_entities or _ABBREVIATION_PLURAL.fullmatch(text[s:e]):
            return None  # ... "MPs", "NGOs": the plural of a common noun's abbreviation, not a name
        if self._prefixed(text, s):
            return None  # "non-EU countries", "intra-EU transfers": an adjective made from the name
        return c

    def _prefixed(self, text: str, start: int) -> bool:
        """A prefix joined by a hyphen makes an adjective of the name that starts at `start` ("non-EU countries",
        "intra-EU transfers", "pan-African"): no mention of the name's bearer."""
        prefix = _PREFIX_BEFORE.search(text, max(0, start - 8), start)
        return prefix is not None and prefix.group(1).lower() in self.lex.name_prefixes

    @staticmethod
    def _prefer_people(cands: list[Cand]) -> None:
        """A person named by apposition ("Lisa Monaco, then the deputy attorney general") whose surname is a
        country's name: the person, not the state."""
        states = [c for c in cands if c.type == "State" and c.source == "ruler"]
        for c in cands:
            if c.type == "Person" and c.source.startswith("appos"):
                if any(c.start < st.start and st.end == c.end for st in states):
                    c.priority = 5

    @staticmethod
    def _select(cands: list[Cand]) -> list[Cand]:
        """Greedy: higher priority first, then longer (outer names win), then earlier. A body name built from a
        capitalised run that swallows two known names joined by "and"/"in" ("Senate and House of Representatives
        ... in Congress") is a run of several names, not one: it is dropped so the known names stand."""
        ruler = [c for c in cands if c.source == "ruler"]
        keep = []
        for c in cands:
            if c.source == "org-head":
                inside = sorted(
                    (
                        r
                        for r in ruler
                        if c.start <= r.start and r.end <= c.end and (r.start, r.end) != (c.start, c.end)
                    ),
                    key=lambda r: r.start,
                )
                # only names joined by a word ("X and Y", "X in Y"); "Nigeria Data Protection Commission" is one
                if len(inside) >= 2 and any(b.start - a.end > 1 for a, b in zip(inside, inside[1:], strict=False)):
                    continue
            keep.append(c)
        cands = sorted(keep, key=lambda c: (-c.priority, -c.length, c.start))
        taken: list[Cand] = []
        occupied = bytearray()
        for c in cands:
            if len(occupied) < c.end:
                occupied.extend(b"\0" * (c.end - len(occupied)))
            if any(occupied[c.start : c.end]):
                continue
            occupied[c.start : c.end] = b"\1" * (c.end - c.start)
            taken.append(c)
        return sorted(taken, key=lambda c: c.start)

    def _add_implied(self, doc: Doc, text: str, chosen: list[Cand]) -> list[Cand]:
        """Mentions implied by a neighbour: "X (formerly Twitter)" is a Firm like Twitter; "Turkey's
        constitution" is a Law of Turkey."""
        spans = {(c.start, c.end): c for c in chosen}
        taken = bytearray(len(text) + 1)
        for c in chosen:
            taken[c.start : c.end] = b"\1" * (c.end - c.start)
        added = []
        for (a, b), (x, y) in text_rules.renamed_pairs(text):
            old = spans.get((x, y))
            if old is not None and not any(taken[a:b]):
                added.append(Cand(a, b, old.type, "renamed", 3, 0.7))
        for c in chosen:
            if c.type == "Law" and c.source in ("law-head", "ruler"):
                # "Data Protection Act, 2019", "Indian Evidence Act, 1872": the year after a comma belongs to the
                # title
                m = re.match(r",\s+((?:1[6-9]|20)\d\d)\b", text[c.end :])
                if m and c.end + m.end() <= len(text):
                    c.end += m.end()
                    c.source = "law-head"
            if c.type == "Firm":
                added += self._coordinated_firms(doc, text, c, chosen, taken)
            if c.type == "State":
                m = re.match(r"['’]s\s+(constitution|Constitution)\b", text[c.end :])
                if m:
                    s = c.end + m.start(1)
                    if not any(taken[s : c.end + m.end(1)]):
                        added.append(Cand(s, c.end + m.end(1), "Law", "constitution", 3, 0.7))
        return sorted(chosen + added, key=lambda c: c.start)

    def _examples_of_data(self, doc: Doc, text: str, chosen: list[Cand]) -> list[Cand]:
        """The examples a text gives of a data type are data types too: "personal data such as names and email
        addresses", "user data: account names, IP addresses", "records, including call logs".
        An example is a bare noun phrase of one to three nouns and adjectives (no determiner: "including the content
        of emails" is no category) in a list right after the data type."""
        taken = bytearray(len(text) + 1)
        for c in chosen:
            taken[c.start : c.end] = b"\1" * (c.end - c.start)
        added = []
        for c in chosen:
            m = _EXAMPLES_AFTER.match(text, c.end) if c.type == "DataType" else None
            if m is None:
                continue
            for a, b in self._list_items(text, m.start("items"), m.end("items")):
                if any(taken[a:b]):
                    continue  # an example found already ("location data")
                span = doc.char_span(a, b)
                if span is None or not self._example_noun_phrase(span):
                    break  # the list of like examples ends at the first thing that is none
                added.append(Cand(a, b, "DataType", "data-example", 2, 0.6))
                taken[a:b] = b"\1" * (b - a)
        return sorted(chosen + added, key=lambda c: c.start)

    @staticmethod
    def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The items of a list between `start` and `end`; a first conjunct that is only a modifier shares the head
        of the next ("browsing and search histories")."""
        items = [m.span(1) for m in _LIST_ITEM.finditer(text, start, end)]
        out: list[tuple[int, int]] = []
        for a, b in items:
            joined = out and re.fullmatch(r"\s+(?:and|or)\s+", text[out[-1][1] : a])
            if joined and " " not in text[out[-1][0] : out[-1][1]] and text[out[-1][1] - 1] != "s":
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out

    def _example_noun_phrase(self, span) -> bool:
        """One to five nouns and adjectives (and a coordinator), headed by a plural noun or a data noun: "texts",
        "IP addresses", "browsing and search histories"; not "research", not "the content of emails"."""
        if not 1 <= len(span) <= 5 or span[-1].pos_ != "NOUN":
            return False
        if not all(t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB", "CCONJ") for t in span) or span[0].pos_ == "CCONJ":
            return False
        return span[-1].tag_ == "NNS" or span[-1].lower_ in self.lex.datatype_heads

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
            if _in_capitals(text, a):
                continue  # in capitals every word looks like a name
            if normalize(word) in self.index.capitals:
                continue  # "through X in Beijing and Y in Ningxia": a capital, not a second company
            out.append(Cand(a, b, "Firm", "coordination", 2, 0.5))
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

    def _without_products(self, doc: Doc, text: str, chosen: list[Cand]) -> list[Cand]:
        """A company's name before a capitalised ordinary noun names a product of it ("Google Maps", "Apple Maps"),
        not the company; a corporate word ("Huawei Technologies") or a title-case run (a headline) does not."""
        starts = {c.start for c in chosen}
        products = set()
        for c in chosen:
            m = _NEXT_WORD.match(text, c.end) if c.type == "Firm" else None
            if m is None or c.end + 1 in starts:
                continue
            word = m.group(1).lower()
            ordinary = word in self.common_words or word.rstrip("s") in self.common_words
            if not ordinary or word in self.lex.corporate_suffixes or word in self.lex.org_heads:
                continue
            span = doc.char_span(c.end + 1, c.end + 1 + len(m.group(1)))
            if span is None or span.root.pos_ not in ("NOUN", "PROPN") or _in_capitals(text, c.start):
                continue
            products.add(id(c))
        return [c for c in chosen if id(c) not in products]

    @staticmethod
    def _extend_firms(text: str, chosen: list[Cand]) -> list[Cand]:
        starts = {c.start for c in chosen}
        for c in chosen:
            if c.type == "Firm":
                m = _CORP_AFTER.match(text, c.end)
                if m and m.group(0).startswith(" ") and not any(c.end < s < m.end() for s in starts):
                    c.end = m.end()
        return _firms_national_arms(text, chosen)

    def _extend_lists(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A name continued by a list its abbreviation spells ("Department for Science, Innovation and Technology
        (DSIT)"), and a law's name continued by a capitalised head after it or after its abbreviation ("Privacy
        Shield Program", "Cross-Border Privacy Rules (CBPR) System"), take the continuation; what was found inside
        it goes."""
        for c in chosen:
            if c.type in ("Agency", "IGO", "Law"):
                c.end = text_rules.list_name_end(text, c.start, c.end)
            if c.type == "Law":
                c.end = text_rules.continued_name_end(text, c.end, self.lex.law_name_continuations)
                c.end = text_rules.status_end(text, c.end, self.lex.law_title_statuses)
            if c.type == "DataType":
                c.end = self._data_noun_head_end(text, c)
        return [x for x in chosen if not any(c is not x and c.start <= x.start and x.end <= c.end for c in chosen)]

    def _data_noun_head_end(self, text: str, c: Cand) -> int:
        """A data type ending in a data noun that modifies another data noun after it ("health data records",
        "location data files") is the modifier of that noun: the phrase ends at the second noun."""
        last = text[c.start : c.end].split()[-1].lower()
        m = _NEXT_LOWER_WORD.match(text, c.end)
        if m is None or last not in self.lex.datatype_open_heads or m.group(1) == last:
            return c.end
        return c.end + m.end() - m.start() if m.group(1) in self.lex.datatype_heads else c.end

    def _data_of_states(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A state or a union named right before a data type modifies it: "transfers of EU personal data", "six
        types of bulk U.S. sensitive personal data" are one data type each (not after "the" or "in": "in the EU
        personal data ..." names a place). A modifier before the name ("bulk") goes with it."""
        by_end = {c.end: c for c in chosen if c.type in ("State", "IGO")}
        dropped: set[int] = set()
        for c in chosen:
            if c.type != "DataType":
                continue
            state = by_end.get(c.start - 1)
            if state is None or text[state.end] != " ":
                continue
            before = re.search(r"([\w'’-]+)\s+$", text[max(0, state.start - 30) : state.start])
            word = before.group(1).lower() if before else ""
            if word in _PLACE_WORDS:
                continue
            dropped.add(id(state))
            c.start = state.start
            if word in self.lex.datatype_extra and word not in ("and", "or") and before is not None:
                c.start -= len(before.group(0))
        return [c for c in chosen if id(c) not in dropped]

    # resolution, abbreviations, repeated names
    def _resolve(self, doc: Doc, chosen: list[Cand], text: str, outside: list[tuple[int, int]]) -> list[dict]:
        """Abbreviations, repeated names (none in the spans `outside`: TAGS lines, markings), then each mention's
        entity."""
        ctx = DocContext()
        occupied = bytearray(len(text) + 1)
        for c in chosen:
            occupied[c.start : c.end] = b"\1" * (c.end - c.start)
        # abbreviation definitions and quoted titles add mentions that copy their parent's entity
        extra: list[Cand] = []
        for c in chosen:
            if c.type in ("?", "Person"):
                continue  # a parenthesis after a person gives a party and state, an age, a nickname: no alias
            for start, end in text_rules.abbreviations_after(text, c.end, self.lex.provision_words):
                if any(occupied[start:end]):
                    # an abbreviation the rulers/NER already typed: the definition still links it
                    extra.append(Cand(start, end, c.type, "abbrev", 4, 0.9, meta={"parent": c, "replace": True}))
                else:
                    extra.append(Cand(start, end, c.type, "abbrev", 4, 0.9, meta={"parent": c}))
                    occupied[start:end] = b"\1" * (end - start)
            if c.type in ("Law", "Agency", "IGO", "Firm"):
                for start, end in text_rules.foreign_names_after(text, c.end, self.lex.language_labels):
                    if not any(occupied[start:end]):
                        extra.append(Cand(start, end, c.type, "foreign-name", 4, 0.85, meta={"parent": c}))
                        occupied[start:end] = b"\1" * (end - start)
            if "abbreviation" in c.meta:
                start, end = c.meta["abbreviation"]
                c.meta["abbrev_key"] = normalize(text[start:end])
        by_span = {(c.start, c.end): c for c in chosen}
        for c in chosen:
            if "same_as" in c.meta and c.meta["same_as"] in by_span:
                c.meta["parent"] = by_span[c.meta["same_as"]]
        self._parenthesised_citations(text, chosen)
        for x in extra:
            if x.meta.get("replace"):
                old = next((c for c in chosen if c.start <= x.start and x.end <= c.end), None)
                if old is not None and (old.start, old.end) == (x.start, x.end):
                    if self._known_abbreviation(text, x.meta["parent"], old):
                        continue  # the long name is the table's entity: it takes the abbreviation's id
                    old.type, old.meta["parent"] = x.type, x.meta["parent"]
            else:
                chosen.append(x)
                by_span[(x.start, x.end)] = x
        chosen = self._with_parties(text, sorted(chosen, key=lambda c: c.start))
        for a, b in outside:
            occupied[a:b] = b"\1" * (b - a)
        chosen = self._without_products(doc, text, self._repeat_names(text, chosen, occupied))

        spans = self._state_spans(text, chosen)
        states = {end: sid for (_, end), sid in spans.items()}
        state_starts = {start: sid for (start, _), sid in spans.items()}
        mentions: list[dict] = []
        ids: dict[int, str] = {}
        unions = self._unions_named(text, chosen)
        # repeats copy their parent's entity, which may come later in the text: resolve them last
        for c in sorted(chosen, key=lambda c: (c.source == "repeat", c.start)):
            surface = text[c.start : c.end]
            parent = c.meta.get("parent")
            if c.type == "?":
                found = self._bare_head(text, c, ctx, chosen, unions)
                if found is None:
                    continue
                c.type, eid, label = found
                e = self.resolver.entity(eid)
                label, qid = (e.label, e.qid) if e else (label, None)
            elif "known_as" in c.meta:
                eid, label, qid = self.resolver.resolve(c.meta["known_as"], c.type, ctx)
            elif c.entity_id is not None:  # resolved where it was found (a telegram header's addressee)
                eid, label, qid = c.entity_id, c.meta.get("label", surface), None
                e = self.resolver.entity(eid)
                if e is not None:
                    label, qid = e.label, e.qid
            elif parent is not None and id(parent) in ids:
                eid = ids[id(parent)]
                e = self.resolver.entity(eid)
                label, qid = (
                    (e.label, e.qid) if e else (self.resolver.canonical(text[parent.start : parent.end], c.type), None)
                )
                ctx.abbreviations[normalize(surface)] = eid
            else:
                after = _state_after(text, c.end, state_starts) if c.type in ("Agency", "Law") else None
                if after is not None:  # "the Data Protection Commission (DPC) of Ireland": the name's country
                    ctx.states.append(after)
                eid, label, qid = self.resolver.resolve(surface, c.type, ctx)
                if self.resolver.entity(eid) is None and (
                    c.type == "Agency" or (c.type == "Law" and self.resolver.descriptive_title(surface))
                ):
                    eid = self._qualify_by_country(text, c, eid, states, after)
                    known = self.resolver.entity(eid)  # the country's body may be in the tables
                    label, qid = (known.label, known.qid) if known else (label, qid)
                if c.type in ("Agency", "IGO", "Firm", "State"):
                    # a table may know the name as another organisation type ("European Commission" is an IGO)
                    e = self.resolver.entity(eid)
                    if e is not None and e.type != c.type and e.type in ("Agency", "IGO", "Firm", "State"):
                        c.type = e.type
            if c.type == "State" and self.resolver.entity(eid) is None:
                continue  # a place name that is no country
            if "abbrev_key" in c.meta:
                ctx.abbreviations[c.meta["abbrev_key"]] = eid
            ids[id(c)] = eid
            ctx.note(eid, c.type, label)
            mentions.append(
                {
                    "start": c.start,
                    "end": c.end,
                    "text": surface,
                    "type": c.type,
                    "entity_id": eid,
                    "label": label,
                    "qid": qid,
                    "confidence": round(c.confidence, 3),
                    "source": c.source,
                }
            )
        return sorted(mentions, key=lambda m: (m["start"], m["end"]))

    def _unions_named(self, text: str, chosen: list[Cand]) -> list[Mapping[str, str]]:
        """The organs by head (`union_organs` in the lexicon) of each union the document names, itself or by one
        of its organs ("the Council of the EU")."""
        ids = {self.resolver.resolve(text[c.start : c.end], "IGO")[0] for c in chosen if c.type == "IGO"}
        return [organs for union, organs in self.lex.union_organs.items() if union in ids or ids & set(organs.values())]

    def _with_parties(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """An agreement named after its parties keeps them in its name: "the EU–U.S. DPF", "the U.S.-EU Terrorist
        Financing Tracking Program", "the EU – U.S. Privacy Shield Framework" (two states or bodies joined by a
        dash right before the name, or one before a name that starts with the other)."""
        for c in chosen:
            if c.type != "Law":
                continue
            before = text[max(0, c.start - 40) : c.start]
            m = _PARTIES_BEFORE.search(before)
            if m is None:
                continue
            raw = m.group("parties")
            parties = [p.strip() for p in re.split(r"\s?[-–]\s?", raw.strip(" -–")) if p.strip()]
            if raw.rstrip().endswith(("-", "–")):  # "EU – U.S. Privacy Shield": the name starts with a party
                first = _PARTY.match(text, c.start)
                if first is None or not any(self._is_party(" ".join(first.group(0).split()[:n])) for n in (1, 2)):
                    continue
            elif len(parties) < 2:
                continue  # "Japan Personal Information Protection Act": a country before a name is not a party
            if all(self._is_party(p) for p in parties):
                c.start = max(0, c.start - 40) + m.start("parties")
        return [x for x in chosen if not any(c is not x and c.start <= x.start and x.end <= c.end for c in chosen)]

    def _is_party(self, name: str) -> bool:
        return self.index.type_of(name) in ("State", "IGO")

    def _parenthesised_citations(self, text: str, chosen: list[Cand]) -> None:
        """ "its Data Protection Law (law no. 151 of 2020)": a numbered law in parentheses right after a law's name
        is its formal designation, one entity, also after the name's abbreviation in the same parenthesis ("... Act
        of 1999 (GLBA; P.L. 106-102)"). When the tables know the parenthesised one and not the name, the name
        takes the table's entity; otherwise the parenthesised one takes the name's."""
        laws = {c.start: c for c in chosen if c.type == "Law"}
        for c in list(laws.values()):
            m = _OPEN_PAREN.match(text, c.end)
            inner = laws.get(m.end()) if m else None
            if inner is None or "parent" in inner.meta or not text.startswith(")", inner.end):
                continue
            name, citation = text[c.start : c.end], text[inner.start : inner.end]
            if not any(ch.isdigit() for ch in citation):
                continue  # "(PIPL)": an abbreviation, which the document's own definition handles
            if self.index.type_of(citation) == "Law" and self.index.type_of(name) is None:
                c.meta["known_as"] = citation
            else:
                inner.meta["parent"] = c

    def _known_abbreviation(self, text: str, long: Cand, abbr: Cand) -> bool:
        """A document's "Long Name (ABBR)" where the tables know ABBR, not the long name, and its initials spell
        ABBR ("Private Information Protection Law (PIPL)"): one entity, the table's; `long` is marked to take it."""
        short, name = text[abbr.start : abbr.end], text[long.start : long.end]
        if abbr.source != "ruler" or self.index.type_of(short) != long.type or self.index.type_of(name) is not None:
            return False
        # a name joined by hyphens gives an initial for each part ("Gramm-Leach-Bliley Act": GLBA) or one in all
        initials = {
            "".join(w[0] for w in re.findall(pattern, name) if w[0].isupper())
            for pattern in (r"[A-Za-z][\w'’-]*", r"[A-Za-z][\w'’]*")
        }
        if short.replace(".", "").upper() not in initials:
            return False
        long.meta["known_as"] = short
        return True

    def _state_spans(self, text: str, chosen: list[Cand]) -> dict[tuple[int, int], str]:
        """(start, end) -> state id of every State mention the tables know."""
        out = {}
        for c in chosen:
            if c.type == "State":
                eid = self.resolver.resolve(text[c.start : c.end], "State")[0]
                if self.resolver.entity(eid) is not None:
                    out[(c.start, c.end)] = eid
        return out

    def _qualify_by_country(
        self, text: str, c: Cand, eid: str, states: dict[int, str], after: str | None = None
    ) -> str:
        """A body or law the tables do not know, with a generic name ("Ministry of Public Security", "Personal Data
        Protection Law"), is one per country:
        its id carries the country when the text says which ("Vietnam's Ministry ...") or the document is about one
        (the only state it names, or one named at least twice as often as all others together)."""
        surface = text[c.start : c.end]
        named = self.resolver.split_country(surface)
        if named is not None:  # the name says its country: "Vietnam Ministry of X", "Ministry of X of Vietnam"
            state, rest = named
            kind = eid.split("/", 1)[0]
            return f"{kind}/{state.split('/', 1)[1].lower()}-{slugify(self.resolver.canonical(rest, c.type))}"
        if self.resolver.names_a_state(surface.replace(",", " ")):
            return eid  # "U.S. Embassy", "Office of the United States Trade Representative"
        country = after  # "... (DPC) of Ireland"
        m = None if country else re.search(r"['’]s\s+$", text[max(0, c.start - 4) : c.start])
        if m:
            country = states.get(c.start - len(m.group(0)))  # the possessor ends where "'s " starts
        if country is None and states:
            # the document's country: the only state it names, or the one it names twice as often as all others
            # together (a telegram to an embassy names its own country and the host's often; a bare "the Ministry
            # of Justice" there is not clearly either's)
            counts = Counter(states.values())
            top, n = counts.most_common(1)[0]
            country = top if n * 3 >= 2 * sum(counts.values()) else None
        if country is None:
            return eid
        kind, key = eid.split("/", 1)
        return f"{kind}/{country.split('/', 1)[1].lower()}-{key}"

    def _bare_head(
        self, text: str, c: Cand, ctx: DocContext, chosen: list[Cand], unions: list[Mapping[str, str]]
    ) -> tuple[str, str, str] | None:
        """What a bare head ("the Commission", "Parliament") names, as (type, entity id, label: the body's full name,
        never the head alone): the last body of the document with that head so far, else the organ of that head of a
        union the document names ("the Commission" in an EU text), else a body named by its head alone. A bare head
        refers back: never to a body the document names only later. Not a field's label
        ("- Parliament: Parliament of the United Kingdom") nor a numbered term ("the 36th Parliament")."""
        surface = text[c.start : c.end]
        if not surface[:1].isupper() or surface.isupper():
            return None
        if _FIELD_LABEL.match(text, c.end) and _LINE_START.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start):
            return None
        if _ORDINAL_BEFORE.search(text, max(0, c.start - 12), c.start):
            return None
        key = normalize(surface)
        for eid, type_, label in reversed(ctx.seen):
            if type_ in ("Agency", "IGO") and key in normalize(label).split():
                return type_, eid, label
        organ = next((self.resolver.entity(u[key]) for u in unions if key in u), None)
        if organ is not None:
            return organ.type, organ.entity_id, organ.label
        if key in self.lex.bare_agency_heads:
            eid, label, _ = self.resolver.resolve(surface, "Agency", ctx)
            return "Agency", eid, label
        return None

    def _repeat_names(self, text: str, chosen: list[Cand], occupied: bytearray) -> list[Cand]:
        """Mark later (and earlier) occurrences of a name the document already typed: "ByteDance", "Blinken"."""
        surfaces: dict[str, Cand] = {}
        for c in chosen:
            if "abbreviation" in c.meta:
                a, b = c.meta["abbreviation"]
                surfaces.setdefault(text[a:b], c)
            if c.type in ("?", "DataType") or c.source in ("metonymy", "portfolio-list"):
                continue
            s = text[c.start : c.end]
            brand = c.type == "Firm" and len(s) > 3 and "." in s
            if len(s) < 2 or not (s[0].isupper() or s[0].isdigit() or brand) or "\n" in s:
                continue
            surfaces.setdefault(s, c)
            inner = _INNER_ABBREVIATION.search(s) if c.type == "Law" else None
            if inner:  # "Cross-Border Privacy Rules (CBPR) System": "the CBPR System"
                surfaces.setdefault(f"{inner.group(1)} {inner.group(2)}", c)
            if c.type == "Person" and " " in s:
                last = s.split()[-1]
                if len(last) > 2 and last[0].isupper() and last.lower() not in self.lex.name_particles:
                    particle = s.split()[-2]
                    if particle in self.lex.name_particles:  # "de Maiziere", "De Maiziere": the surname said alone
                        surfaces.setdefault(f"{particle} {last}", c)
                        surfaces.setdefault(f"{particle.capitalize()} {last}", c)
                    surfaces.setdefault(last, c)
        added: list[Cand] = []
        for s, c in surfaces.items():
            for m in re.finditer(r"(?<![\w.])" + re.escape(s) + r"(?![\w])", text):
                a, b = m.start(), m.end()
                if any(occupied[a:b]) or (c.type == "State" and _REGION_BEFORE.search(text[max(0, a - 12) : a])):
                    continue
                if self._prefixed(text, a):
                    continue  # "non-EU": an adjective
                occupied[a:b] = b"\1" * (b - a)
                added.append(
                    Cand(
                        a,
                        b,
                        c.type,
                        "repeat",
                        2,
                        c.confidence * 0.9,
                        meta={"parent": c} if c.type != "Person" or s == text[c.start : c.end] else {},
                    )
                )
        return sorted(chosen + added, key=lambda c: c.start)


_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,}s")
#: digits glued to the end of a word of letters: a footnote's mark ("Jansen2")
_FOOTNOTE_MARK = re.compile(r"(?<=[a-z]{2})\d{1,2}\b")
#: a lower-case prefix joined by a hyphen right before a name ("non-", "intra-")
_PREFIX_BEFORE = re.compile(r"(?<![\w-])([a-z]+)-$")
#: an unknown name right before "and"/"or" and a company, with the word before it: "... Department’s Flickr and "
_COORDINATED_BEFORE = re.compile(r"(?P<prev>[\w’']+)[ \t]+([A-Z][\w.&-]*[\w])(?:,?[ \t]+(?:and|or)|[ \t]*&)[ \t]+$")
#: a list of examples right after a noun phrase: ", such as names and addresses", "including ...", ": a, b" (not an
#: aside in parentheses, "(e.g., texts or emails)", which the relation finder would read as the data a law governs)
_EXAMPLES_AFTER = re.compile(r"(?:,?\s+(?:such\s+as|including)|:)\s+(?P<items>[^.;:()\n]{1,160})")
#: one item of such a list: the words up to the next comma, "and", "or" or the list's end
_LIST_ITEM = re.compile(r"(?:^|(?<=\s)|(?<=,))\s*((?:(?!and\b|or\b|etc\b)[\w’'-]+\s?)+?)\s*(?=,|\s+(?:and|or)\b|$)")
#: what may follow the head of a noun phrase: punctuation, the end, a verb of being or having, a preposition
_NP_ENDS = r"(?=\s*(?:[^\w\s’'-]|$)|\s+(?:is|was|has|had|will|would|and|or|of|in|on|at|to|from|for|with|by|as)\b)"
#: an abbreviation in the possessive at the start of a name: "MITYC's "
_ABBREVIATION_POSSESSOR = re.compile(r"([A-Z][A-Z0-9]{1,9})['’]s\s+(?=[A-Z])")
#: a word of four or more capitals ("GOOGLE")
_CAPS_WORD = re.compile(r"(?<![\w.&/-])[A-Z]{4,}(?![\w.&/-])")
#: the word in capitals right after another ("GOOGLE EARTH")
_CAPS_NEXT = re.compile(r"[ \t]+([A-Z]{2,})\b")
#: one or two digits glued to a word of letters, before a space or punctuation: a footnote's mark ("GDPR4")
_GLUED_MARK = re.compile(r"(?<![\w.])[A-Za-z][\w.'’-]*?[A-Za-z](?P<mark>\d{1,2})(?=[\s,.;:)]|$)")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_OPEN_PAREN = re.compile(r"\s*\(\s*(?:[A-Z][\w.&-]*[A-Z0-9.][;,]\s+)?")
#: the word right after a name, when it is capitalised and no other capitalised word follows it
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w-]| [A-Z])")
#: a field's label: a word at the start of a line (or of a list item) followed by a colon
_FIELD_LABEL = re.compile(r"(?:\s+[A-Z][a-z]+)*\s*:")
_LINE_START = re.compile(r"[ \t]*(?:[-*•|][ \t]*)?")
#: "the 36th Parliament", "the 116th Congress": a numbered term of a body
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")
#: an abbreviation inside a law's name followed by the name's last word: "... Rules (CBPR) System"
_INNER_ABBREVIATION = re.compile(r"\(([A-Z][A-Z0-9]+)\)\s+([A-Z][a-z]+)$")
#: words before a state's name that make it a place or a noun phrase of its own, not a modifier of what follows
_PLACE_WORDS = frozenset(
    {"the", "in", "within", "across", "throughout", "outside", "inside", "to", "from", "by", "into", "at", "with"}
)
#: a state or a body as a party to an agreement named after it ("U.S.", "EU", "Japan")
_PARTY = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*(?:\s[A-Z][a-z]+)?")
#: parties joined by dashes right before a name: "EU–U.S. " ("DPF"), "EU – " ("U.S. Privacy Shield")
_PARTIES_BEFORE = re.compile(
    r"(?<![\w.-])(?P<parties>(?:(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*)(?:\s?[-–]\s?(?:(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*))*"
    r"(?:\s+|\s?[-–]\s?))$"
)

_OF_STATE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,15}\))?\s+of\s+(?:the\s+)?")


#: what may follow a firm's national arm: the end of the noun phrase, not a possessive ("Apple Ireland's")
_ARM_AFTER = re.compile(r"(?=[\s,.;:)]|$)")


def _firms_national_arms(text: str, chosen: list[Cand]) -> list[Cand]:
    """A firm's name right before a country's, as one noun phrase, names the firm's arm in that country ("Samsung
    India said ...", "Baidu Japan employees"): one firm, no state. Not a country in capitals or abbreviated."""
    states = {c.start: c for c in chosen if c.type == "State" and text[c.start : c.end][:1].isupper()}
    arms: set[int] = set()
    for c in chosen:
        if c.type != "Firm" or text[c.end : c.end + 1] != " ":
            continue
        state = states.get(c.end + 1)
        name = text[state.start : state.end] if state else ""
        if state is None or name.isupper() or "." in name or not _ARM_AFTER.match(text, state.end):
            continue
        c.end = state.end
        arms.add(id(state))
    return [c for c in chosen if id(c) not in arms]


def _state_after(text: str, end: int, state_starts: dict[int, str]) -> str | None:
    """The state a name is said to be of right after it, past its abbreviation: "Data Protection Commission (DPC)
    of Ireland"."""
    m = _OF_STATE_AFTER.match(text, end)
    return state_starts.get(m.end()) if m else None


#: characters that mark a list item wherever they stand ("•"), and those that do only at the start of a line ("-")
_BULLETS = frozenset("•▪◦‣●■□○►")
_LINE_BULLETS = frozenset("-–—*")


@Language.component("pg_sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    """A sentence starts after a blank line, at a list item (the item marker is a sentence of its own), after a
    table row, a line that ends in a cell's bar ("Status: In force |"): a row holds no clause of the prose below,
    and after a heading's line."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        line_start = tok.i == 0 or (doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text)
        if tok.text in _BULLETS or (tok.text in _LINE_BULLETS and line_start):
            tok.is_sent_start = True
            nxt.is_sent_start = True
        elif tok.is_space and tok.text.count("\n") >= 2:
            nxt.is_sent_start = True
        elif tok.is_space and "\n" in tok.text and tok.i > 0 and doc[tok.i - 1].text == "|":
            nxt.is_sent_start = True
        elif tok.is_space and "\n" in tok.text and nxt.text[:1].isupper() and _heading_before(doc, tok.idx):
            nxt.is_sent_start = True
    return doc


def _heading_before(doc: Doc, end: int) -> bool:
    """The line that ends at `end` is a heading in title case ("FACT SHEET: X and Y Announce Z Framework"): the
    text view keeps its line break, and the sentence below it does not go on from it."""
    start = doc.text.rfind("\n", 0, end) + 1
    return textview.title_case(doc.text[start:end])


@Language.factory(
    "pg_entities",
    default_config={"reference_dir": "", "datatypes_ttl": "", "lexicon": ""},
)
def make_entity_typer(nlp: Language, name: str, reference_dir: str, datatypes_ttl: str, lexicon: str):
    index = load_reference(
        Path(reference_dir) if reference_dir else REFERENCE_DIR, Path(datatypes_ttl) if datatypes_ttl else None
    )
    lex = load_lexicon(Path(lexicon)) if lexicon else load_lexicon()
    return EntityTyper(index, lex, common_words(nlp))


def common_words(nlp: Language) -> frozenset[str]:
    """Ordinary English words: the model's stop words and the lemma lists of its lemmatizer (WordNet's nouns,
    verbs, adjectives and adverbs), when it has one."""
    words = set(nlp.Defaults.stop_words)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.lookups.has_table("lemma_index"):
        index = lemmatizer.lookups.get_table("lemma_index")
        for key in index.keys():
            words.update(index[key])
    return frozenset(words)
