"""Mentions implied by a neighbour: a firm's new name ("X (formerly Twitter)"), a state's constitution, a law's
year after a comma, the companies coordinated with a company, and the examples a text gives of a data type."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipelines.nlp import text_rules
from pipelines.nlp.entities.coordinated_bodies import coordinated_defined_bodies
from pipelines.nlp.entities.hyphenated_given_names import join_given_name_syllables
from pipelines.nlp.entities.name_boundaries import (
    join_name_tails,
    join_particle_split_names,
    join_wrapped_surnames,
    without_data_before_law_heads,
)
from pipelines.nlp.entities.name_edges import extend_name_edges
from pipelines.nlp.entities.organisations import OrganisationTyping
from pipelines.nlp.rules import Cand

#: a list of examples right after a noun phrase: ", such as names and addresses", "including ...", ": a, b" (not an
#: aside in parentheses, "(e.g., texts or emails)", which the relation finder would read as the data a law governs)
_EXAMPLES_AFTER = re.compile(r"(?:,?\s+(?:such\s+as|including)|:)\s+(?P<items>[^.;:()\n]{1,160})")
#: one item of such a list: the words up to the next comma, "and", "or" or the list's end
_LIST_ITEM = re.compile(r"(?:^|(?<=\s)|(?<=,))\s*((?:(?!and\b|or\b|etc\b)[\w’'-]+\s?)+?)\s*(?=,|\s+(?:and|or)\b|$)")


class ImpliedMentions(OrganisationTyping):
    """Mentions added next to the chosen ones."""

    def _add_implied(self, doc: Doc, text: str, chosen: list[Cand]) -> list[Cand]:
        """Mentions implied by a neighbour: "X (formerly Twitter)" is a Firm like Twitter; "Turkey's
        constitution" is a Law of Turkey. A given name at a line's end takes its surname from the next line
        (`join_wrapped_surnames`), a name cut inside its surname the rest of it (`join_name_tails`), after a
        particle the name after it (`join_particle_split_names`) or at its given name's hyphen the lower-case
        syllable (`join_given_name_syllables`), a name cut at its edges its given names and last surname
        (`extend_name_edges`)."""
        chosen = join_wrapped_surnames(doc, text, chosen, self.lex, self.common_words, self.known_not_person)
        chosen = join_name_tails(text, chosen, self.common_words)
        chosen = join_particle_split_names(text, chosen, self.lex)
        chosen = join_given_name_syllables(text, chosen, self.common_words)
        chosen = extend_name_edges(text, chosen, self.lex, self.common_words, self.known_not_person, self._nationality)
        spans = {(c.start, c.end): c for c in chosen}
        taken = bytearray(len(text) + 1)
        for c in chosen:
            taken[c.start : c.end] = b"\1" * (c.end - c.start)
        added = coordinated_defined_bodies(text, chosen, taken)
        for (a, b), (x, y) in text_rules.renamed_pairs(text):
            old = spans.get((x, y))
            person = _model_person(spans.get((a, b)))
            if old is not None and old.type == "Firm" and person is not None:
                person.type, person.source = "Firm", "renamed"  # "Kestrelgram, now known as Meta"
            elif old is not None and not any(taken[a:b]):
                added.append(Cand.of(a, b, old.type, "renamed"))
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
                        added.append(Cand.of(s, c.end + m.end(1), "Law", "constitution"))
        return sorted(chosen + added, key=lambda c: c.start)

    def _examples_of_data(self, doc: Doc, text: str, chosen: list[Cand]) -> list[Cand]:
        """The examples a text gives of a data type are data types too: "personal data such as names and email
        addresses", "user data: account names, IP addresses", "records, including call logs".
        An example is a bare noun phrase of one to three nouns and adjectives (no determiner: "including the content
        of emails" is no category) in a list right after the data type. A data type in a law's short title is none
        (`without_data_before_law_heads`)."""
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
                added.append(Cand.of(a, b, "DataType", "data-example"))
                taken[a:b] = b"\1" * (b - a)
        return without_data_before_law_heads(text, sorted(chosen + added, key=lambda c: c.start), self.lex)

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


def _model_person(c: Cand | None) -> Cand | None:
    """The candidate if it is a "person" of the statistical model: a renaming to a company's name says it is the
    company."""
    return c if c is not None and c.type == "Person" and c.source == "ner" else None
