"""Span clean-up and boundaries: trimming a candidate, dropping it where no mention stands (telegram markings,
TAGS, serial and pass lines) or where its words cannot be a name, choosing among overlapping candidates, and
moving the boundaries of the chosen ones (possessor abbreviations, law abbreviations, lists, data types)."""

from __future__ import annotations

import re

from pipelines.nlp import telegram, text_rules
from pipelines.nlp.entities.datatype_verbs import after_base_verb
from pipelines.nlp.entities.footnotes import FootnoteMarks
from pipelines.nlp.entities.knowledge import REGION_BEFORE, in_capitals
from pipelines.nlp.entities.span_words import after_title_portfolio, with_letter_prefix, without_staff_seniority
from pipelines.nlp.entities.state_scope import in_body_name, in_place_name
from pipelines.nlp.reference import DocContext, normalize
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.org_spans import style_goes_on
from pipelines.nlp.text_rules.handled_in_headings import handled_in_heading
from pipelines.nlp.text_rules.name_ends import rule_after_abbreviation_end
from pipelines.nlp.text_rules.party_names import ends_party_name

_ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,}s")
#: an abbreviation in the possessive at the start of a name: "MITYC's "
_ABBREVIATION_POSSESSOR = re.compile(r"([A-Z][A-Z0-9]{1,9})['’]s\s+(?=[A-Z])")
#: a body's name in the possessive at the start of another's ("the Commerce Committee's Subcommittee on ...")
_NAME_POSSESSOR = re.compile(
    r"([A-Z][\w&.-]*(?:[ \t]+(?:(?:and|of|for|on)[ \t]+(?:the[ \t]+)?)?[A-Z][\w&.-]*){0,6})['’]s[ \t]+(?=[A-Z])"
)
#: "of" (and "the") right after a name
_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]+)\b")
#: words before a state's name that make it a place or a noun phrase of its own, not a modifier of what follows
_PLACE_WORDS = frozenset(
    {"the", "in", "within", "across", "throughout", "outside", "inside", "to", "from", "by", "into", "at", "with"}
)


def _overlaps(c: Cand, spans: list[tuple[int, int]]) -> bool:
    """The candidate overlaps one of `spans`."""
    return any(a < c.end and c.start < b for a, b in spans)


class SpanCleanup(FootnoteMarks):
    """Candidates' spans: cleaned, filtered, chosen, then their boundaries moved."""

    def _clean(self, text: str, c: Cand) -> Cand | None:
        """The candidate trimmed (`text_rules.clean_span`, footnote mark), or None where it is no name."""
        s, e = text_rules.clean_span(text, c.start, c.end)
        if c.source == "telegram-header" and c.type == "Person" and re.fullmatch(r"[A-Z]\s+", text[c.start : s]):
            s = c.start  # "FCC FOR A THOMAS": in a pass list the lone capital is the officer's initial, no article
        if e - s < 1:
            return None
        if c.type == "State" and REGION_BEFORE.search(text[max(0, s - 12) : s]):
            return None  # "South America", "Latin America", "East Asia": a region, not the state
        if c.type == "State" and ends_party_name(text, s, self.lex.political_party_nouns):
            return None  # "the Communist Party of China": the party's name, not the state
        if c.type == "State" and in_body_name(text, s, e, self.lex):
            return None  # "Nepal Telecommunications Corporation", "the Senate India Caucus": a word of a body's name
        if c.type == "State" and in_place_name(text, e, self.lex):
            return None  # "Mexico City", "Ethio China St": a word of a place's name
        c.start, c.end = s, e
        self._without_footnote_mark(text, c)
        with_letter_prefix(text, c)
        without_staff_seniority(text, c, self.lex)
        after_title_portfolio(text, c, self.lex)
        if (
            c.type == "DataType"
            and text_rules.inside_title(text, s, e)
            and not handled_in_heading(text, s, e, self.lex)
        ):
            return None
        if c.type == "DataType":
            c.start = after_base_verb(text, self._after_handling_verb(text, c.start, c.end), c.end, self.lex)
            if c.start != s and text[c.start : c.end].lower() in self.lex.datatype_open_heads:
                return None  # "stores data": "data" alone names no kind of data
        if normalize(text[s:e]) in self.lex.not_entities or _ABBREVIATION_PLURAL.fullmatch(text[s:e]):
            return None  # ... "MPs", "NGOs": the plural of a common noun's abbreviation, not a name
        if self._prefixed(text, s):
            return None  # "non-EU countries", "intra-EU transfers": an adjective made from the name
        return c

    def _after_handling_verb(self, text: str, start: int, end: int) -> int:
        """Where a data type's phrase starts when the tagger took the clause's verb for a modifier ("ByteDance
        stores user data", "the bank collects payment data"): after the last word before the head that is a verb of
        handling data in the third person singular (`lexicon.data_handling_verbs` + "-s"), which no data type's
        name holds before its head noun."""
        words = list(re.finditer(r"\S+", text[start:end]))
        for k in range(len(words) - 2, -1, -1):
            low = words[k].group(0).lower()
            if low.endswith("s") and {low[:-1], low[:-2]} & self.lex.data_handling_verbs:
                return start + words[k + 1].start()
        return start

    def _outside_markings(self, text: str, cleaned: list[Cand | None]) -> tuple[list[Cand], list[tuple[int, int]]]:
        """The cleaned candidates outside a telegram's markings, and those spans (where no repeated name goes
        either)."""
        # no mention in a TAGS line or a classification marking ("LIMITED OFFICIAL USE")
        outside = telegram.tags_lines(text) + telegram.markings(text) + text_rules.reference_number_spans(text)
        outside += telegram.cited_cables(text)
        cands = [c for c in cleaned if c is not None and not _overlaps(c, outside)]
        # ... nor a post's name in a serial line ("UNCLAS IAEA VIENNA 2825"), but the header's own "STATE 163088"
        # ... nor a law or a data type in a pass line ("TREASURY FOR TFTP": the office, not the programme)
        passes = telegram.pass_lines(text)
        cands = [c for c in cands if c.type not in ("Law", "DataType") or not _overlaps(c, passes)]
        serials = telegram.serial_lines(text)
        cands = [c for c in cands if c.source == "telegram-header" or not _overlaps(c, serials)]
        outside += serials + passes  # no repeated name there either
        # ... nor a person named as the post's city in prose ("in La Paz"): a place
        cities = telegram.post_cities(text)
        cands = [c for c in cands if c.type != "Person" or _folded(text, c) not in cities]
        return cands, outside

    def _weak_in_capitals(self, text: str, c: Cand) -> bool:
        """In all-capitals text (telegrams) every word looks like a name, so the cues that rely on capitals say
        nothing: a company suffix that is an ordinary word ("MANAGEMENT INFORMATION SYSTEMS"), or a "person"
        with a number in the name."""
        if c.source == "org-suffix":
            last = text[c.start : c.end].split()[-1:]
            weak = bool(last) and last[0].lower().strip(".,") not in self.lex.legal_suffixes
        elif c.type == "Person" and c.source in ("title", "ner"):
            weak = any(ch.isdigit() for ch in text[c.start : c.end])
        else:
            return False
        return weak and in_capitals(text, c.start)

    def _bare_head_after_of(self, text: str, c: Cand) -> bool:
        """A "law" that ends in a bare head after a preposition ("German Position on Treaty", "Consistency of Treaty
        with ..."): a heading about a treaty named elsewhere, for a title's head takes a name or an article."""
        if c.type != "Law":
            return False
        words = text[c.start : c.end].lower().split()
        return len(words) >= 3 and words[-2] in ("of", "on", "to", "from") and words[-1] in self.lex.law_heads

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

    # boundaries of the chosen mentions
    def _split_possessors(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A body's name that starts with another body's abbreviation in the possessive ("MITYC's Secretariat of
        State for Telecommunications"), or with another body's name with a head noun ("the Commerce Committee's
        Subcommittee on Communications", "the Ministry of Justice's Data Office"), is two names: the possessor, a
        body of its own, and the name after it."""
        out = []
        for c in chosen:
            m = _ABBREVIATION_POSSESSOR.match(text, c.start) if c.type in ("Agency", "IGO") else None
            if m is None and c.type in ("Agency", "IGO"):
                m = _NAME_POSSESSOR.match(text, c.start)
                words = m.group(1).lower().split() if m is not None else []
                # the possessor ends in its head ("Committee's") or starts with it ("Ministry of Justice's"); not
                # a name that holds a possessive ("the Standing Committee of the National People's Congress")
                m = m if words and (words[-1] in self.lex.agency_heads or words[0] in self.lex.agency_heads) else None
                m = None if m is not None and self._state_style_after(text, m.end()) else m
            if m is not None and m.end() < c.end:
                known = self.index.type_of(m.group(1))
                kind = known if known in ("Agency", "IGO", "State", "Firm") else "Agency"
                out.append(Cand(c.start, c.start + len(m.group(1)), kind, "possessor", c.priority, c.confidence))
                c.start = m.end()
                if normalize(text[c.start : c.end]) in self.lex.not_entities:
                    continue  # "ONA's Board of Directors": the possessor's own organ, named by its kind
            out.append(c)
        return sorted(out, key=lambda c: c.start)

    def _state_style_after(self, text: str, at: int) -> bool:
        """The words at `at`, after a possessive, go on with a state's formal style (`style_goes_on`): the
        possessive is the style's own word ("the Ministry of Foreign Affairs of the People's Republic of China"),
        no possessor's."""
        return style_goes_on(re.findall(r"[a-z]+", text[at : at + 60].lower())[:2], self.lex)

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
                and words[1].lower() not in self.lex.amending_act_words  # "FISA Amendments Act": one name
            ):
                out.append(Cand(c.start, c.start + len(first), "Law", "law-abbreviation", c.priority, c.confidence))
                c.start += len(first) + 1
            out.append(c)
        return out

    def _extend_lists(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A name continued by a list its abbreviation spells ("Department for Science, Innovation and Technology
        (DSIT)"), and a law's name continued by a capitalised head after it or after its abbreviation ("Privacy
        Shield Program", "Cross-Border Privacy Rules (CBPR) System"), take the continuation; what was found inside
        it goes."""
        states = {c.start: c for c in chosen if c.type == "State"}
        for c in chosen:
            if c.type in ("Agency", "IGO", "Law"):
                c.end = text_rules.list_name_end(text, c.start, c.end)
            if c.type == "Law":
                c.end = self._state_of_law_end(text, c, states)
                c.end = text_rules.continued_name_end(text, c.end, self.lex.law_name_continuations)
                c.end = rule_after_abbreviation_end(text, c.end, self.lex.abbreviated_act_rules)
                c.end = text_rules.status_end(text, c.end, self.lex.law_title_statuses)
            if c.type == "DataType":
                c.end = self._data_noun_head_end(text, c)
        return [x for x in chosen if not any(c is not x and c.start <= x.start and x.end <= c.end for c in chosen)]

    def _state_of_law_end(self, text: str, c: Cand, states: dict[int, Cand]) -> int:
        """A law's title that ends in its head goes on with "of" and the state that made it ("Personal Information
        Protection Law of China", "Cybersecurity Law of the People's Republic of China"): one name (not before a
        possessive: "the Data Act of Sweden's ..." is a phrase)."""
        words = text[c.start : c.end].split()
        m = _OF_THE.match(text, c.end)
        if not words or words[-1].lower() not in self.lex.law_heads or m is None:
            return c.end
        state = states.get(m.end())
        if state is None or re.match(r"['’]s?\b|['’]", text[state.end : state.end + 2]):
            return c.end
        # the tables know the law by its name with the country in front ("China Personal Information ...")
        front = f"{text[state.start : state.end]} {text[c.start : c.end]}"
        found = self.resolver.resolve(front, "Law", DocContext())
        if found is not None and self.resolver.entity(found[0]) is not None:
            c.known_as = front
        return state.end

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


def _folded(text: str, c: Cand) -> str:
    """A candidate's words in lower case, joined by single spaces (a name wrapped over a line as one)."""
    return " ".join(text[c.start : c.end].lower().split())
