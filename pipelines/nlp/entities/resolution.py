"""Resolution: each chosen mention's entity, by cases in a fixed order (bare heads, names the tables know under
another name, entities found with the mention, repeats and abbreviations of an earlier mention, then the tables,
with a country for a generic name), and the mention as the typed record (`pipelines.model.Mention`) that
`doc._.pg_mentions` holds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipelines.model import Mention, slugify
from pipelines.nlp import telegram
from pipelines.nlp.entities.abbreviations import Abbreviations, mark_taken
from pipelines.nlp.entities.caps_repeats import caps_repeats
from pipelines.nlp.entities.given_names import given_name_repeats
from pipelines.nlp.entities.name_lists import known_given_names, listed_surnames
from pipelines.nlp.entities.organisations import OrganisationTyping
from pipelines.nlp.reference import DocContext, normalize
from pipelines.nlp.rules import Cand

#: "of" (and "the") inside a name, before the law a title is made under
_OF_LAW = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_OF_STATE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,15}\))?\s+of\s+(?:the\s+)?")
#: a field's label: a word at the start of a line (or of a list item) followed by a colon
_FIELD_LABEL = re.compile(r"(?:\s+[A-Z][a-z]+)*\s*:")
_LINE_START = re.compile(r"[ \t]*(?:[-*•|][ \t]*)?")
#: "the 36th Parliament", "the 116th Congress": a numbered term of a body
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")

#: a capitalised word in lower case after its initial, one space before a name: its given name ("Cecilia ")
_GIVEN_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s—–(\"“]))([A-Z][a-zà-ÿ]+) $")

#: what stands between two bodies of one list: "Treasury and USTR", "the Department, Treasury, and the FBI"
_COORDINATION = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")

#: a list's first item the finders did not take, before a body: "the Department, Treasury and USTR"
_ITEM_BEFORE = re.compile(r"\b[Tt]he\s+[A-Z][\w.-]*,\s+(?:the\s+)?$")

#: a possessive right before a name: "Germany's Finance Ministry", "Germany's the ..."
_POSSESSED = re.compile(r"['’]s\s+(?:the\s+)?$")

#: an entity id, its label and its Wikidata id
Resolved = tuple[str, str, str | None]


@dataclass
class DocumentEntities:
    """What the resolution of one document knows so far: earlier mentions (`ctx`), the entity id of each resolved
    candidate (by `id()`), the state ids by where their mentions end and start, and the organs of the unions it
    names."""

    ctx: DocContext
    states: dict[int, str]
    state_starts: dict[int, str]
    unions: list[Mapping[str, str]]
    ids: dict[int, str] = field(default_factory=dict)
    #: the one state a telegram's header says it is about (`TyperKnowledge._telegram_states`), if it names one
    telegram_state: str | None = None
    #: (start, end) of every body (Agency or IGO candidate) the document names, in text order
    bodies: list[tuple[int, int]] = field(default_factory=list)


def _state_after(text: str, end: int, state_starts: dict[int, str]) -> str | None:
    """The state a name is said to be of right after it, past its abbreviation: "Data Protection Commission (DPC)
    of Ireland"."""
    m = _OF_STATE_AFTER.match(text, end)
    return state_starts.get(m.end()) if m else None


class Resolution(Abbreviations, OrganisationTyping):
    """Other names and repeats first, then each mention's entity."""

    def _resolve(self, doc: Doc, chosen: list[Cand], text: str, outside: list[tuple[int, int]]) -> list[Mention]:
        """Abbreviations, repeated names (none in the spans `outside`: TAGS lines, markings), then each mention's
        entity."""
        occupied = bytearray(len(text) + 1)
        for c in chosen:
            mark_taken(occupied, c.start, c.end)
        # abbreviation definitions and quoted titles add mentions that copy their parent's entity
        chosen = self._with_definitions(text, chosen, occupied)
        for a, b in outside:
            mark_taken(occupied, a, b)
        chosen = listed_surnames(
            text, chosen, occupied, self.common_words, self.known_not_person, known_given_names(self.index)
        )
        chosen = self._without_products(doc, text, self._repeat_names(text, chosen, occupied))
        chosen = caps_repeats(text, chosen, occupied, self.common_words, self.known_not_person)
        chosen = given_name_repeats(doc, text, chosen, occupied, self.lex, self.common_words, self.index.type_of)
        for c in chosen:
            self._with_given_name(text, c, occupied)
        return self._mentions(text, chosen, telegram.Header.of(doc.user_data))

    def _with_given_name(self, text: str, c: Cand, occupied: bytearray) -> None:
        """A surname found alone with a capitalised word right before it that is no ordinary word, title,
        nationality or known name is the person's full name ("Cecilia Malmström" on a line of its own,
        "creators—Irina Yarovaya"): the mention takes the given name."""
        if c.type != "Person" or " " in text[c.start : c.end]:
            return
        m = _GIVEN_NAME_BEFORE.search(text, max(0, c.start - 30), c.start)
        if m is None or any(occupied[m.start(1) : m.end(1)]):
            return
        word = m.group(1)
        low = word.lower()
        lex = self.lex
        singular = re.sub(r"(?:ies)$", "y", low).removesuffix("s")
        if {low, singular} & (lex.person_titles | lex.calendar_words | lex.citation_words):
            return  # "Secretaries Clinton, Geithner": a plural title
        if self._inflected_common(low) or self._nationality(low) or self.is_known_name(word):
            return
        c.start = m.start(1)

    def _mentions(self, text: str, chosen: list[Cand], header: telegram.Header | None) -> list[Mention]:
        """The mentions of the chosen candidates that resolve, in text order (`header`: a telegram body's parsed
        header, if the pipeline was given one)."""
        spans = self._state_spans(text, chosen)
        known = DocumentEntities(
            DocContext(named_states=frozenset(spans.values())),
            states={end: sid for (_, end), sid in spans.items()},
            state_starts={start: sid for (start, _), sid in spans.items()},
            unions=self._unions_named(text, chosen),
            telegram_state=_only(self._telegram_states(text, header)),
            bodies=sorted((c.start, c.end) for c in chosen if c.type in ("Agency", "IGO")),
        )
        mentions: list[Mention] = []
        # repeats copy their parent's entity, which may come later in the text: resolve them last
        for c in sorted(chosen, key=lambda c: (c.source == "repeat", c.start)):
            found = self._entity_of(text, c, known)
            if found is None:
                continue
            eid, label, qid = found
            if c.type == "State" and self.resolver.entity(eid) is None:
                continue  # a place name that is no country
            if c.abbrev_key is not None:
                known.ctx.abbreviations[c.abbrev_key] = eid
            known.ids[id(c)] = eid
            known.ctx.note(eid, c.type, label)
            mentions.append(_mention(text, c, eid, label, qid))
        return sorted(mentions, key=lambda m: (m.start, m.end))

    def _entity_of(self, text: str, c: Cand, known: DocumentEntities) -> Resolved | None:
        """The candidate's entity, by the first case that applies (a bare head may name none)."""
        if c.type == "?":
            return self._bare_head_entity(text, c, known)
        if c.known_as is not None:
            return self.resolver.resolve(c.known_as, c.type, known.ctx)
        if c.entity_id is not None:  # resolved where it was found (a telegram header's addressee)
            return self._entity_found(text, c)
        if c.parent is not None and id(c.parent) in known.ids:
            return self._parent_entity(text, c, c.parent, known)
        return self._table_entity(text, c, known)

    def _bare_head_entity(self, text: str, c: Cand, known: DocumentEntities) -> Resolved | None:
        """A bare head's body (see `_bare_head`); the candidate takes the body's type."""
        found = self._bare_head(text, c, known.ctx, known.unions)
        if found is None:
            return None
        c.type, eid, label = found
        e = self.resolver.entity(eid)
        label, qid = (e.label, e.qid) if e else (label, None)
        return eid, label, qid

    def _entity_found(self, text: str, c: Cand) -> Resolved:
        """The entity a finder gave the candidate, with the tables' label when they know it."""
        eid, label, qid = c.entity_id or "", c.label if c.label is not None else text[c.start : c.end], None
        e = self.resolver.entity(eid)
        if e is not None:
            label, qid = e.label, e.qid
        return eid, label, qid

    def _parent_entity(self, text: str, c: Cand, parent: Cand, known: DocumentEntities) -> Resolved:
        """The entity of the mention this one repeats or abbreviates, noted as the document's meaning of it."""
        eid = known.ids[id(parent)]
        e = self.resolver.entity(eid)
        label, qid = (e.label, e.qid) if e else (self.resolver.canonical(text[parent.start : parent.end], c.type), None)
        known.ctx.abbreviations[normalize(text[c.start : c.end])] = eid
        return eid, label, qid

    def _table_entity(self, text: str, c: Cand, known: DocumentEntities) -> Resolved:
        """The entity the tables give the name, one per country for a generic body's or law's name; an
        organisation takes the type the tables know it by."""
        surface = text[c.start : c.end]
        after = _state_after(text, c.end, known.state_starts) if c.type in ("Agency", "Law") else None
        if after is not None:  # "the Data Protection Commission (DPC) of Ireland": the name's country
            known.ctx.states.append(after)
        eid, label, qid = self.resolver.resolve(surface, c.type, known.ctx)
        if self.resolver.entity(eid) is None and (
            c.type == "Agency" or (c.type == "Law" and self.resolver.descriptive_title(surface))
        ):
            eid = self._qualify_by_country(text, c, eid, known, after)
            found = self.resolver.entity(eid)  # the country's body may be in the tables
            label, qid = (found.label, found.qid) if found else (label, qid)
        if c.type == "Law" and self.resolver.entity(eid) is None:
            eid = self._qualify_by_parent_law(surface, eid)
        if c.type in ("Agency", "IGO", "Firm", "State"):
            # a table may know the name as another organisation type ("European Commission" is an IGO)
            e = self.resolver.entity(eid)
            if e is not None and e.type != c.type and e.type in ("Agency", "IGO", "Firm", "State"):
                c.type = e.type
        return eid, label, qid

    def _qualify_by_parent_law(self, surface: str, eid: str) -> str:
        """A law made under a law the tables know ("the Implementing Regulation of the PDPL", see
        `rules.laws._title_under_law`) is a law of that law's country: its id carries the country, as a generic
        title's does ("law/sa-implementing-regulation-of-the-pdpl"); a union's law gives no country."""
        for m in _OF_LAW.finditer(surface):
            parent = self.resolver.entity(self.resolver.resolve(surface[m.end() :], "Law")[0])
            country = parent.country if parent is not None and parent.type == "Law" else None
            if country and country.startswith("state/"):
                kind, key = eid.split("/", 1)
                return f"{kind}/{country.split('/', 1)[1].lower()}-{key}"
        return eid

    def _unions_named(self, text: str, chosen: list[Cand]) -> list[Mapping[str, str]]:
        """The organs by head (`union_organs` in the lexicon) of each union the document names, itself or by one
        of its organs ("the Council of the EU")."""
        ids = {self.resolver.resolve(text[c.start : c.end], "IGO")[0] for c in chosen if c.type == "IGO"}
        return [organs for union, organs in self.lex.union_organs.items() if union in ids or ids & set(organs.values())]

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
        self, text: str, c: Cand, eid: str, known: DocumentEntities, after: str | None = None
    ) -> str:
        """A body or law the tables do not know, with a generic name ("Ministry of Public Security", "Personal Data
        Protection Law"), is one per country:
        its id carries the country when the text says which ("Vietnam's Ministry ...") or the document is about one
        (`_document_state`)."""
        states = known.states
        surface = text[c.start : c.end]
        named = self.resolver.split_country(surface)
        if named is not None:  # the name says its country: "Vietnam Ministry of X", "Ministry of X of Vietnam"
            state, rest = named
            kind = eid.split("/", 1)[0]
            return f"{kind}/{state.split('/', 1)[1].lower()}-{slugify(self.resolver.canonical(rest, c.type))}"
        if self.resolver.names_a_state(surface.replace(",", " ")):
            return eid  # "U.S. Embassy", "Office of the United States Trade Representative"
        if self._country_given_before(eid, known):
            return eid  # "the Departments of Treasury and Justice and the NSC ... Justice": the US one still
        country = after  # "... (DPC) of Ireland"
        m = None if country else _POSSESSED.search(text, max(0, c.start - 4), c.start)
        if m:
            country = states.get(c.start - len(m.group(0)))  # the possessor ends where "'s " starts
        if country is None and c.type == "Agency":
            country = self._list_country(text, c, known)
            same = [e for e in self.resolver.index.candidates(surface, "Agency") if country and e.country == country]
            if same:  # "Treasury and USTR": the tables' Treasury of the United States
                return same[0].entity_id
        if country is None and states:
            country = _document_state(states, known.telegram_state)
        if country is None:
            return eid
        kind, key = eid.split("/", 1)
        prefix = f"{country.split('/', 1)[1].lower()}-"
        return f"{kind}/{prefix}{key}"

    def _country_given_before(self, eid: str, known: DocumentEntities) -> bool:
        """The name resolved to a body an earlier mention named, whose id carries a country already: a repeated
        name means what it meant first."""
        key = eid.split("/", 1)[-1]
        state = f"state/{key[:2].upper()}"
        return key[2:3] == "-" and self.resolver.entity(state) is not None and any(s[0] == eid for s in known.ctx.seen)

    def _list_country(self, text: str, c: Cand, known: DocumentEntities) -> str | None:
        """A body named in a list with bodies of one known country is that country's: "Post recommends that the
        Department, Treasury and USTR ..." names the United States' Treasury even in a telegram about India. Only
        bodies the tables know by their own name count; a body whose name says its country ("the US Treasury",
        "Germany's Finance Ministry") marks it against the others', so it decides nothing. None when the list holds
        no such body or bodies of two countries."""
        countries = set()
        for start, end in _coordinated(text, (c.start, c.end), known.bodies):
            surface = text[start:end]
            if self.resolver.names_a_state(surface) or _POSSESSED.search(text, max(0, start - 8), start):
                continue
            entity = self.resolver.entity(self.resolver.resolve(surface, "Agency", known.ctx)[0])
            if entity is not None and (entity.country or "").startswith("state/"):
                countries.add(entity.country or "")
        return _only(countries)

    def _bare_head(
        self, text: str, c: Cand, ctx: DocContext, unions: list[Mapping[str, str]]
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
        if key in self.lex.chamber_short_forms:
            return self._chamber(self.lex.chamber_short_forms[key], ctx)
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

    def _chamber(self, names: tuple[str, ...], ctx: DocContext) -> tuple[str, str, str] | None:
        """The chamber a bare head names: the last one of `names` the document has named ("the House of Commons
        ... the House"), else the one the tables know by the first name."""
        for eid, type_, label in reversed(ctx.seen):
            if type_ == "Agency" and any(n in normalize(label) for n in names):
                return type_, eid, label
        eid, label, _ = self.resolver.resolve(names[0], "Agency", ctx)
        entity = self.resolver.entity(eid)
        return ("Agency", eid, entity.label) if entity is not None else None


def _document_state(states: dict[int, str], telegram_state: str | None) -> str | None:
    """The country a document is about: the only state it names, or the one it names twice as often as all others
    together (a telegram to an embassy names its own country and the host's often; a bare "the Ministry of Justice"
    there is not clearly either's); or, in a telegram whose header says it is about one state (its TAGS country
    code, its post's country), that state when the text names no other more often (an embassy's telegram names
    the United States as often as its host). The header is the telegram's own statement of its subject; the count
    only confirms that the text is about it too."""
    counts = Counter(states.values())
    (top, n), *_ = counts.most_common()
    if n * 3 >= 2 * sum(counts.values()):
        return top
    if telegram_state is not None and counts[telegram_state] == n:
        return telegram_state
    return None


def _coordinated(text: str, span: tuple[int, int], bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The bodies of the list a body's span belongs to, but itself: its neighbours joined to it by commas, "and" or
    "or" (an article allowed), and theirs in turn. Only a list of three or more, with a comma ("the Department,
    Treasury and USTR"): two bodies joined by "and" are often the two sides of a meeting or a deal ("the Interior
    Ministry and the FBI met in Berlin"), each of its own country."""
    if span not in bodies:
        return []
    i = j = bodies.index(span)
    while i > 0 and _COORDINATION.fullmatch(text, bodies[i - 1][1], bodies[i][0]):
        i -= 1
    while j + 1 < len(bodies) and _COORDINATION.fullmatch(text, bodies[j][1], bodies[j + 1][0]):
        j += 1
    commas = any("," in text[a[1] : b[0]] for a, b in zip(bodies[i:j], bodies[i + 1 : j + 1], strict=True))
    if not commas and not _ITEM_BEFORE.search(text, max(0, bodies[i][0] - 40), bodies[i][0]):
        return []
    return [b for b in bodies[i : j + 1] if b != span]


def _only(items: set[str]) -> str | None:
    """The one item of a set, or None when it has none or several."""
    return next(iter(items)) if len(items) == 1 else None


def _mention(text: str, c: Cand, eid: str, label: str, qid: str | None) -> Mention:
    """The record of a resolved mention (its text: the slice of the text the pipeline read)."""
    return Mention(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        type=c.type,
        entity_id=eid,
        label=label,
        qid=qid,
        confidence=round(c.confidence, 3),
        source=c.source,
    )
