"""Other names of a chosen mention in the same document: abbreviation definitions ("Long Name (ABBR)"), names in
another language, formal designations in parentheses ("(law no. 151 of 2020)"), the parties in an agreement's
name, and the later (and earlier) repeats of a name the document already typed."""

from __future__ import annotations

import re

from pipelines.nlp import telegram, text_rules
from pipelines.nlp.entities.court_divisions import court_division_in_parentheses
from pipelines.nlp.entities.defined_names import dated_short_forms, spelled_names
from pipelines.nlp.entities.knowledge import REGION_BEFORE, TyperKnowledge
from pipelines.nlp.entities.not_persons import month_in_date
from pipelines.nlp.entities.person_initials import person_initials_after
from pipelines.nlp.entities.provision_repeats import provision_of_named_law
from pipelines.nlp.entities.state_scope import chapter_of_body, in_body_name, in_place_name, names_phrase_head
from pipelines.nlp.reference import normalize
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.agency_names import agency_initialisms
from pipelines.nlp.text_rules.contact_lines import before_phone_line
from pipelines.nlp.text_rules.law_initials import law_initialisms, modifies_a_name
from pipelines.nlp.text_rules.law_spans import bare_law_head
from pipelines.nlp.text_rules.legal_forms import bare_name, coined_first_word
from pipelines.nlp.text_rules.state_forms import before_code_title
from pipelines.nlp.text_rules.words import word_after

_OPEN_PAREN = re.compile(r"\s*\(\s*(?:[A-Z][\w.&-]*[A-Z0-9.][;,]\s+)?")
#: an abbreviation inside a law's name followed by the name's last word: "... Rules (CBPR) System"
_INNER_ABBREVIATION = re.compile(r"\(([A-Z][A-Z0-9]+)\)\s+([A-Z][a-z]+)$")
#: a state or a body as a party to an agreement named after it ("U.S.", "EU", "Japan")
_PARTY = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*(?:\s[A-Z][a-z]+)?")
#: parties joined by dashes right before a name: "EU–U.S. " ("DPF"), "EU – " ("U.S. Privacy Shield")
_PARTIES_BEFORE = re.compile(
    r"(?<![\w.-])(?P<parties>(?:(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*)(?:\s?[-–]\s?(?:(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]*))*"
    r"(?:\s+|\s?[-–]\s?))$"
)


#: the rest of an e-mail address after a word of its local part: ".FIRS.data@usdoj.gov", "@bis.doc.gov"
_IN_EMAIL = re.compile(r"[\w.+-]*@[\w-]+\.")
#: letters a document defines in parentheses: "(OPC)"
_DEFINED = re.compile(r"\(([A-Z]{2,})\)")
#: ", or ANPD." right after a name: an abbreviation given as the name's alternative
_OR_ABBREVIATION = re.compile(r",[ \t]+or[ \t]+([A-Z][A-Z0-9]{1,9})(?=[.,;:)]|[ \t]*$)", re.M)


#: sources whose finder reads each occurrence itself, where a repeat of the word elsewhere is no name
#: ("Treasury" is the ministry, "Treasury Secretary" a title: `text_rules.ministry_names`)
_NO_REPEATS = frozenset({"metonymy", "portfolio-list", "telegram-post", "one-word-ministry"})


def _or_abbreviation(text: str, c: Cand) -> list[tuple[int, int]]:
    """ "the Autoridade Nacional de Proteção de Dados, or ANPD": an abbreviation after ", or" names the mention
    before it when its letters spell that name's capitalised words in order, from the first (else "or" offers
    another thing: "the Department of Commerce, or USTR")."""
    m = _OR_ABBREVIATION.match(text, c.end)
    if m is None:
        return []
    initials = [w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", text[c.start : c.end]) if w[0].isupper()]
    letters = m.group(1)
    if not initials or letters[0] != initials[0]:
        return []
    k = 0
    for ch in letters:
        while k < len(initials) and initials[k] != ch:
            k += 1
        if k == len(initials):
            return []
        k += 1
    return [m.span(1)]


def _acronym_numbers(acronym: str) -> tuple[str, ...]:
    """A data type's acronym in the singular and the plural ("PNR", "PNRs"): a kind of data defined by an acronym
    is named by it again, with or without the plural "s" (an acronym in capitals only, not a word)."""
    stem = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    if len(stem) < 2 or not stem.isupper() or not stem.isalpha():
        return ()
    return (stem, stem + "s")


def _before_law_head(text: str, end: int, law_heads: frozenset[str]) -> bool:
    """The word after `end` is a law's head noun ("PNR agreement", "PNR Act")."""
    return word_after(text, end) in law_heads


def _known_as_other_kind(text: str, found: Cand, alias: Cand) -> bool:
    """A parenthesis after a name that holds a state the tables know, or a name of several words the tables know as
    another kind of thing, is no alias of that name: the state says where the name belongs ("the Online Safety Bill
    (UK)"), the other name what the first worked on ("the Council (General Data Protection Regulation)"). One word
    in capitals may still be the name's abbreviation in its own language ("Authority (KVKK)", a law's abbreviation
    in the tables) or the text may say so ("also known as SWIFT")."""
    if found.source != "ruler" or found.type in ("?", alias.type):
        return False
    return found.type == "State" or " " in text[found.start : found.end].strip()


def _holds_only_inner(chosen: list[Cand], x: Cand) -> bool:
    """Every chosen mention that overlaps `x` lies inside it, and one does: a short name a company's definition gives
    ("(Meta IE)") around a name the finders took alone ("Meta")."""
    overlapping = [c for c in chosen if c.start < x.end and x.start < c.end]
    return bool(overlapping) and all(x.start <= c.start and c.end <= x.end for c in overlapping)


def _in_place_of_inner(text: str, chosen: list[Cand], x: Cand, occupied: bytearray) -> list[Cand]:
    """The chosen mentions with the company's short name `x` in place of the names inside it, there and at each later
    use of the short name that holds only names inside it ("Meta IE" over "Meta"): those are left free for the
    repeats to take."""
    surface = text[x.start : x.end]
    gone: set[int] = set()
    for m in re.compile(r"(?<![\w.])" + re.escape(surface) + r"(?!\w)").finditer(text, x.start):
        a, b = m.span()
        overlapping = [c for c in chosen if c.start < b and a < c.end]
        if all(a <= c.start and c.end <= b and (c.start, c.end) != (a, b) for c in overlapping):
            gone |= {id(c) for c in overlapping}
            if a != x.start:
                occupied[a:b] = b"\0" * (b - a)
    return [c for c in chosen if id(c) not in gone] + [x]


def _person_initials(text: str, c: Cand, occupied: bytearray) -> list[Cand]:
    """The initials a person's name defines right after it (`entities.person_initials`), as a mention of the person
    (one a finder typed already is marked to be replaced)."""
    span = person_initials_after(text, c.start, c.end)
    if span is None:
        return []
    found = any(occupied[span[0] : span[1]])
    mark_taken(occupied, *span)
    return [Cand.of(span[0], span[1], "Person", "abbrev", parent=c, replaces_found=found)]


def mark_taken(occupied: bytearray, start: int, end: int) -> None:
    """Mark the characters from `start` to `end` as taken by a mention."""
    occupied[start:end] = b"\1" * (end - start)


class Abbreviations(TyperKnowledge):
    """A document's other names for its mentions, each linked to the mention it repeats (`Cand.parent`)."""

    def _with_definitions(self, text: str, chosen: list[Cand], occupied: bytearray) -> list[Cand]:
        """The chosen mentions with the abbreviations and foreign names they define, their formal designations and
        the parties in their names; `occupied` marks what the new mentions take."""
        chosen = self._with_dated_short_forms(text, self._with_spelled_names(text, chosen, occupied), occupied)
        extra = self._definitions(text, chosen, occupied)
        by_span = {(c.start, c.end): c for c in chosen}
        for c in chosen:
            if c.same_as is not None and c.same_as in by_span:
                c.parent = by_span[c.same_as]
        self._parenthesised_citations(text, chosen)
        for x in extra:
            if x.replaces_found:
                old = next((c for c in chosen if c.start <= x.start and x.end <= c.end), None)
                if old is not None and (old.start, old.end) == (x.start, x.end):
                    # (a definition's abbreviation always has its long name as parent)
                    if x.parent is not None and self._known_abbreviation(text, x.parent, old):
                        continue  # the long name is the table's entity: it takes the abbreviation's id
                    if _known_as_other_kind(text, old, x):
                        continue  # "Online Safety Bill (UK)": the tables know it as another kind: no alias
                    if x.parent is not None and self._known_as_another(text, x.parent, old):
                        continue  # "... repealing Directive 95/46/EC (General Data Protection Regulation)"
                    old.type, old.parent = x.type, x.parent
                elif old is None and x.type == "Firm" and _holds_only_inner(chosen, x):
                    # "Meta Platforms Ireland Limited (Meta IE)": the short name holds the brand the tables know
                    chosen = _in_place_of_inner(text, chosen, x, occupied)
            else:
                chosen.append(x)
        return self._with_parties(text, sorted(chosen, key=lambda c: c.start))

    def _with_spelled_names(self, text: str, chosen: list[Cand], occupied: bytearray) -> list[Cand]:
        """The chosen mentions with the long names spelled out before a definition that the finders missed
        (`entities.defined_names`), in place of the parts of them they found."""
        added, replaced = spelled_names(text, chosen, self.lex, self.index.type_of)
        if not added:
            return chosen
        gone = {id(c) for c in replaced}
        for c in added:
            mark_taken(occupied, c.start, c.end)
        return sorted([c for c in chosen if id(c) not in gone] + added, key=lambda c: c.start)

    def _with_dated_short_forms(self, text: str, chosen: list[Cand], occupied: bytearray) -> list[Cand]:
        """The chosen mentions with the short forms and years of the dated laws they name ("the DPA 2018" after the
        "Data Protection Act 2018", `entities.defined_names`), each in place of the letters a finder took alone."""
        for start, end, law in dated_short_forms(text, chosen, self.lex):
            inside = {id(c) for c in chosen if c.start < end and start < c.end}
            if any(c.start < start or c.end > end for c in chosen if id(c) in inside):
                continue
            chosen = [c for c in chosen if id(c) not in inside]
            chosen.append(Cand.of(start, end, "Law", "abbrev", parent=law))
            mark_taken(occupied, start, end)
        return sorted(chosen, key=lambda c: c.start)

    def _definitions(self, text: str, chosen: list[Cand], occupied: bytearray) -> list[Cand]:
        """The abbreviations and foreign names defined right after a chosen name, as mentions that copy their
        parent's entity (an abbreviation the rulers or the NER typed already is marked to be replaced)."""
        extra: list[Cand] = []
        in_telegram = telegram.is_telegram(text)
        for c in chosen:
            if c.type == "Person" and in_telegram:  # but the person's initials: "Anibal Fernandez (AF)"
                extra += _person_initials(text, c, occupied)
            if c.type in ("?", "Person"):
                continue  # a parenthesis after a person gives a party and state, an age, a nickname: no alias
            # "(Article 5)" cites a part; "(Viscount Camrose)" after a department names its minister, a peer
            not_names = self.lex.provision_words | self.lex.peerage_titles
            for start, end in text_rules.abbreviations_after(text, c.end, not_names):
                if c.type == "Law" and bare_law_head(text[start:end], self.lex):
                    continue  # '(the "Rule")', '(the Protocol)': a description the document will use, no name
                if court_division_in_parentheses(text, start, end, self.lex):
                    continue  # "the Court of Appeal (Criminal Division)": the bench that sat, no other name
                if c.type == "State" and names_phrase_head(text, c.start, c.end, start, end):
                    continue  # "the Hong Kong SAR of the PRC (“Hong Kong”)": the region's short name, not the state's
                if any(occupied[start:end]):
                    # an abbreviation the rulers/NER already typed: the definition still links it
                    extra.append(Cand.of(start, end, c.type, "abbrev", parent=c, replaces_found=True))
                else:
                    extra.append(Cand.of(start, end, c.type, "abbrev", parent=c))
                    mark_taken(occupied, start, end)
            if c.type in ("Law", "Agency", "IGO", "Firm"):
                for start, end in _or_abbreviation(text, c):
                    extra.append(
                        Cand.of(start, end, c.type, "abbrev", parent=c, replaces_found=any(occupied[start:end]))
                    )
                    mark_taken(occupied, start, end)
                for start, end in text_rules.foreign_names_after(text, c.end, self.lex.language_labels):
                    if not any(occupied[start:end]):
                        extra.append(Cand.of(start, end, c.type, "foreign-name", parent=c))
                        mark_taken(occupied, start, end)
            if c.abbreviation is not None:
                start, end = c.abbreviation
                c.abbrev_key = normalize(text[start:end])
        return extra

    def _parenthesised_citations(self, text: str, chosen: list[Cand]) -> None:
        """ "its Data Protection Law (law no. 151 of 2020)": a numbered law in parentheses right after a law's name
        is its formal designation, one entity, also after the name's abbreviation in the same parenthesis ("... Act
        of 1999 (GLBA; P.L. 106-102)"). When the tables know the parenthesised one and not the name, the name
        takes the table's entity; otherwise the parenthesised one takes the name's."""
        laws = {c.start: c for c in chosen if c.type == "Law"}
        for c in list(laws.values()):
            m = _OPEN_PAREN.match(text, c.end)
            inner = laws.get(m.end()) if m else None
            if inner is None or inner.parent is not None or not text.startswith(")", inner.end):
                continue
            name, citation = text[c.start : c.end], text[inner.start : inner.end]
            if not any(ch.isdigit() for ch in citation):
                continue  # "(PIPL)": an abbreviation, which the document's own definition handles
            if self.index.type_of(citation) == "Law" and self.index.type_of(name) is None:
                c.known_as = citation
            else:
                inner.parent = c

    def _known_as_another(self, text: str, name: Cand, paren: Cand) -> bool:
        """A name of several words in parentheses after a name, which the tables know as two entities of one kind
        and one jurisdiction, is no second name of the first: an EU act's title ends in its own short title after
        the act it repeals ("... repealing Directive 95/46/EC (General Data Protection Regulation)"). Another
        country's law of that title ("Law No. 151 of 2020 (Personal Data Protection Law)", Saudi Arabia's in the
        tables) may still be the first's own name."""
        inner = text[paren.start : paren.end]
        if paren.source != "ruler" or " " not in inner.strip() or not text[: paren.start].rstrip().endswith("("):
            return False
        mine = {c.entity_id: c.country for c in self.index.candidates(text[name.start : name.end], name.type)}
        theirs = {c.entity_id: c.country for c in self.index.candidates(inner, name.type)}
        if not mine or not theirs or mine.keys() & theirs.keys():
            return False
        return len(set(mine.values()) | set(theirs.values())) == 1

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
        long.known_as = short
        return True

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
            if self._names_parties(parties):
                c.start = max(0, c.start - 40) + m.start("parties")
        return [x for x in chosen if not any(c is not x and c.start <= x.start and x.end <= c.end for c in chosen)]

    def _names_parties(self, parties: list[str]) -> bool:
        """Each word of a dashed pair names a party: a state or a body the tables know, or a state's demonym, which
        English uses for a party in such compounds ("the Swiss-U.S. Privacy Shield", "a Japanese-EU accord"); at
        least one of them is a known name (two demonyms, "Anglo-French", make an adjective of a people)."""
        known = [self._is_party(p) for p in parties]
        return any(known) and all(k or self._nationality(p) for k, p in zip(known, parties, strict=True))

    def _initialisms(self, c: Cand, name: str, defined: set[str]) -> set[str]:
        """A body's initials that the document uses undefined stand for it (`text_rules.agency_names`): not when the
        document defines those letters in parentheses (`defined`) or the tables know them as another name."""
        if c.type == "Law":  # "RIPA" after "Regulation of Investigatory Powers Act": `text_rules.law_initials`
            return {s for s in law_initialisms(name, self.lex) if s not in defined and self.index.type_of(s) is None}
        if c.type != "Agency":
            return set()
        return {s for s in agency_initialisms(name, self.lex) if s not in defined and self.index.type_of(s) is None}

    def _repeat_names(self, text: str, chosen: list[Cand], occupied: bytearray) -> list[Cand]:
        """Mark later (and earlier) occurrences of a name the document already typed: "ByteDance", "Blinken"."""
        surfaces: dict[str, Cand] = {}
        defined = set(_DEFINED.findall(text))  # letters the document defines in parentheses, read once
        coined: set[str] = set()  # initials the document never defines
        for c in chosen:
            if c.abbreviation is not None:
                a, b = c.abbreviation
                surfaces.setdefault(text[a:b], c)
            if c.type == "DataType" and c.source == "abbrev":
                for form in _acronym_numbers(text[c.start : c.end]):
                    surfaces.setdefault(form, c)
                continue
            if c.type in ("?", "DataType") or c.source in _NO_REPEATS:
                continue
            s = text[c.start : c.end]
            brand = c.type == "Firm" and len(s) > 3 and "." in s
            if len(s) < 2 or not (s[0].isupper() or s[0].isdigit() or brand) or "\n" in s:
                continue
            surfaces.setdefault(s, c)
            bare = bare_name(s, self.lex) if c.type == "Firm" else None
            if bare is not None and self.index.type_of(bare) in (None, "Firm"):
                surfaces.setdefault(bare, c)  # "Outlogic" after "Outlogic, LLC": `text_rules.legal_forms`
            short = coined_first_word(s) if c.type == "Firm" else None
            if short is not None and short.lower() not in self.common_words and self.index.type_of(short) is None:
                surfaces.setdefault(short, c)  # "X-Mode" after "X-Mode Social": `text_rules.legal_forms`
            for short in self._initialisms(c, s, defined):
                surfaces.setdefault(short, c)
                coined.add(short)
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
                if any(occupied[a:b]) or not self._repeat_at(text, c, a, b):
                    continue
                if c.type == "Law" and s in coined and modifies_a_name(text, b):
                    continue  # "COPPA Rule", "DPA 2018": the letters are a word of another name
                occupied[a:b] = b"\1" * (b - a)
                added.append(
                    Cand(
                        a,
                        b,
                        c.type,
                        "repeat",
                        2,
                        c.confidence * 0.9,
                        parent=c if c.type != "Person" or s == text[c.start : c.end] else None,
                    )
                )
        return sorted(chosen + added, key=lambda c: c.start)

    def _repeat_at(self, text: str, c: Cand, a: int, b: int) -> bool:
        """Whether the name of `c` found again at a..b is a repeat of it, not a word of something else there."""
        if c.type == "State" and REGION_BEFORE.search(text[max(0, a - 12) : a]):
            return False
        if self._prefixed(text, a):
            return False  # "non-EU": an adjective
        if c.type == "Law" and before_phone_line(text, b):
            return False  # "contact the Section 301 line at 202-...": a telephone line, `text_rules.contact_lines`
        if c.type == "Law" and provision_of_named_law(text, text[a:b], b):
            return False  # "Section 702 of the Foreign Intelligence Surveillance Act": `entities.provision_repeats`
        if c.type == "DataType" and _before_law_head(text, b, self.lex.law_heads):
            return False  # "the PNR agreement": the data's acronym is a word of the agreement's name
        if c.type == "State" and (text[b : b + 1] == "$" or before_code_title(text, b)):
            return False  # "US$13.5 trillion": a currency; "title 18, United States Code": a law's title
        if c.type == "State" and (in_body_name(text, a, b, self.lex) or chapter_of_body(text, a, self.lex)):
            return False  # "the Senate India Caucus", "Transparency International Kenya": a word of a body's name
        if c.type == "State" and in_place_name(text, b, self.lex):
            return False  # "Mexico City": a word of a place's name
        if c.type == "Person" and month_in_date(text, a, b):
            return False  # "in May 2015" after "Theresa May": the month of a date, `entities.not_persons`
        # "OCPA@bis.doc.gov", "NSD.FIRS.data@usdoj.gov": an e-mail address, no name
        return not _IN_EMAIL.match(text, b)
