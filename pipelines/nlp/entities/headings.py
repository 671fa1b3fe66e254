"""Headings: lines that capitalise every word, so that their capitals say nothing about names.

A heading (a title, a section heading, a list item of a summary, the kicker before a colon at a line's start) is a
short line in title case that ends without a sentence's full stop. English capitalises every content word there, so
ordinary words in a heading look like a name to the statistical model and to the capitalised-run rules ("Legislative
Background", "Quick Answer", "Data Center", "Restrictions on Cloud Computing Services"). A name of the body text keeps
its capitals when the body writes it; a "name" made only of ordinary English words that the body never writes with a
capital is the heading's wording, not a person, company or body (laws are named by ordinary words, "Foreign
Investment Law", and headings name them: they are left to the law rules, which cut a headline's predicate).

The same holds for ordinary words in capitals in the body that make a noun phrase rather than a name: a "company" of
ordinary words with a preposition inside (a law's subtitle, "the Clarification of the Processing of Personal Data in
... Networks") or before a lower-case plural noun it classifies ("all Payment System providers").
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.nlp.entities.knowledge import TyperKnowledge
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.listed_holders import in_holder_title

#: the longest line (in words) read as a heading; a sentence of prose is longer or ends in a full stop
_HEADING_WORDS = 24
#: the sources that guess a name from capitals alone (the statistical model, a capitalised run's head noun or
#: company suffix, a coordination's other conjunct); the others have evidence of their own (the tables, a
#: citation's form, a title before a person, a telegram's header) and are not second-guessed here
_GUESSED_SOURCES = frozenset({"ner", "org-head", "bare-head", "org-suffix", "coordination", "caps-firm"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: a list item's mark at a line's start
_ITEM_MARK = re.compile(r"\s*(?:[-–—*•▪◦‣●■□○►]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+")
#: the function words title case leaves in lower case (prepositions, conjunctions, articles)
_LOWER_IN_TITLES = frozenset(
    "about above across after against along amid among around before behind below beneath beside between beyond "
    "down during except from inside into like near onto over past since than that through toward towards under "
    "until upon versus with within without".split()
)
#: forms of "be" and "have" that title case capitalises as verbs ("Data Is the New Oil"): written in lower case,
#: they make the line a sentence ("X is an International Trade Specialist at the International Trade Administration")
_LOWER_VERBS = frozenset("is are was were has have had".split())
#: a telephone number: "(202) 326-2098", "202-326-2098", "+66 2 141 6747", "020 7219 3000"
_TELEPHONE = re.compile(
    r"\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\+\d{1,3}(?:[ -]\d{1,4}){2,5}\b|\b0\d{2,4} \d{3,4} \d{3,4}\b"
)
#: a web address: "www.gpo.gov", "https://..."
_WEB_ADDRESS = re.compile(r"\bwww\.[\w-]+\.\w|\bhttps?://")
#: where a sentence ends inside a line of the text view (which joins a heading to the paragraph above it)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")


def heading_span(line: str) -> bool:
    """`line` (without its line break) is a heading: at most `_HEADING_WORDS` words, no full stop at its end,
    every word of four letters or more capitalised (at least two of them), no verb in lower case, no telephone
    number or web address and no brackets around it (a contact line, a letterhead or a source note lists names,
    offices, numbers and addresses without a full stop)."""
    line = _ITEM_MARK.sub("", line, count=1).strip()
    if not line or line.endswith((".", ";", ",")) or line.isupper():
        return False
    if _TELEPHONE.search(line) or _WEB_ADDRESS.search(line) or (line.startswith("[") and line.endswith("]")):
        # a contact line ("Jane Roe, (202) 326-2098, Division of ..."), a source line ("... via the Government
        # Publishing Office [www.gpo.gov]") or a database's bracketed note ("[From the U.S. Government Publishing
        # Office]"): no heading has a telephone number or a web address, or stands in brackets
        return False
    words = _WORD.findall(line)
    if any(w in _LOWER_VERBS for w in words):
        return False  # title case capitalises every verb: a lower-case "is" makes a sentence
    long = [w for w in words if len(w) >= 4 and w not in _LOWER_IN_TITLES]
    return len(words) <= _HEADING_WORDS and len(long) >= 2 and all(w[0].isupper() for w in long)


def heading_bounds(text: str, start: int) -> tuple[int, int] | None:
    """The heading (line, or a line's kicker before a colon: "Data Center Policy Update: Only strategic ...")
    that holds the offset `start`, as (start, end); None when it is in body text. The text view joins a short
    line to the paragraph above it when that one ends a sentence at the line's end ("... with MOCI. Data
    Center\nThe Previous ..."): what follows a sentence's end up to the line break may be the heading."""
    line = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    starts = [line] + [m.end() for m in _SENTENCE_END.finditer(text, line, start)]
    for a in starts:
        if heading_span(text[a:b]):
            return a, b
        colon = text.find(": ", a, b)
        if colon > start and not _in_parenthesis(text[a:colon]) and heading_span(text[a:colon]):
            return a, colon
    return None


def _in_parenthesis(before: str) -> bool:
    """A colon inside a parenthesis labels what follows it there ("... Protection (French: Commission ...)"): the
    words before it are no heading's kicker."""
    return before.count("(") > before.count(")")


class HeadingChecks(TyperKnowledge):
    """What a heading's capitals cannot make a name of."""

    def _ordinary(self, word: str) -> bool:
        """An ordinary English word, inflected too, or a closed compound of two ("Whitelist" = white + list)."""
        w = word.lower().strip("'’\"“”‘()[]:,")
        if w and (self.is_state(word) or self._nationality(w)):
            return False  # the lemma lists hold some proper names ("Austria")
        if not w or self._inflected_common(w):
            return True
        if "-" in w:
            return all(self._ordinary(p) for p in w.split("-") if p)
        return any(w[:k] in self.common_words and self._inflected_common(w[k:]) for k in range(3, len(w) - 2))

    def _holds_state_name(self, words: list[str]) -> bool:
        """Two or three words in a row are a state's name made of ordinary words ("United States", "United
        Kingdom"): a name, as a one-word state's name is (`_ordinary`), so the phrase is no heading's wording."""
        return any(self.is_state(" ".join(words[i : i + n])) for n in (2, 3) for i in range(len(words) - n + 1))

    def _person_words(self, words: list[str]) -> bool:
        """A title ("Earl Howe", "Senator ...") or a given name or surname of a person the tables know among the
        words: a person's name may be made of ordinary words ("Mark Warner")."""
        low = [w.lower() for w in words]
        if low[0] in self.lex.person_titles or low[0] in self.lex.peerage_titles:
            return True
        return any(w in self._surnames or w in self._given_names for w in low)

    @functools.cached_property
    def _given_names(self) -> frozenset[str]:
        """The first names of the people the tables know ("Mark", "Lina")."""
        return frozenset(
            e.label.split()[0].lower()
            for e in self.index.entities.values()
            if e.type == "Person" and e.label and len(e.label.split()) > 1
        )

    def _written_in_body(self, text: str, word: str) -> bool:
        """The body text (outside headings) writes `word` with its capital (or in capitals) inside a sentence, not
        at its start."""
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text, flags=re.IGNORECASE):
            if m.group(0).islower() or heading_bounds(text, m.start()) is not None:
                continue
            before = text[max(0, m.start() - 3) : m.start()]
            if re.search(r"(?:^|[.!?:\n]\s*|[\"“‘]\s*)$", before) is None and m.start() > 0:
                return True
        return False

    def _heading_wording(self, text: str, c: Cand) -> bool:
        """A Person, Firm or Agency candidate in a heading, made of ordinary words only (its function words aside),
        none of them a title or a name the tables give a person, that no source knows and whose last word the body
        never writes with a capital: the heading's wording ("Legislative Background", "Restrictions on Cloud
        Computing Services"), not a name. (Laws are named by ordinary words and headings name them: "Foreign
        Investment Law" as a section's heading is a law.)"""
        if c.type not in ("Person", "Firm", "Agency") or c.source not in _GUESSED_SOURCES:
            return False
        if text[c.start : c.end].isupper() or heading_bounds(text, c.start) is None:
            return False  # a name in capitals is no title case
        if in_holder_title(text, c.start, self.lex, self.common_words, self.known_not_person):
            return False  # a list's line "Jane Roe, Director of the ... Agency" is no heading
        words = _WORD.findall(text[c.start : c.end])
        content = [w for w in words if w.lower() not in self.lex.name_connectors]
        if not content or not all(self._ordinary(w) for w in content) or self._person_words(content):
            return False
        if self._holds_state_name(content) or self.is_known_name(text[c.start : c.end]):
            return False
        return not self._written_in_body(text, content[-1])

    def _ordinary_firm(self, text: str, c: Cand) -> bool:
        """A "company" of ordinary English words only that no table knows and no legal form (Inc., Ltd.) ends is
        a noun phrase in capitals, not a company's name, when it holds a preposition ("Clarification of the
        Processing of Personal Data in ... Networks": a law's subtitle; "Operation of Electronic Systems"), or when
        it modifies a plural noun written in lower case right after it ("all Payment System providers": providers
        of payment systems; a company's name stands before a noun only as a name, "Acme products", never for the
        kind of the things named)."""
        if c.type != "Firm" or c.source not in _GUESSED_SOURCES or self.is_known_name(text[c.start : c.end]):
            return False
        words = _WORD.findall(text[c.start : c.end])
        if not words or words[-1].lower().rstrip(".") in self.lex.legal_suffixes:
            return False
        content = [w for w in words if w.lower() not in self.lex.name_connectors]
        if not content or not all(self._ordinary(w) for w in content):
            return False
        if len(content) < len(words):
            return True
        nxt = re.match(r"\s+([a-z]+)\b", text[c.end : c.end + 30])
        if nxt is None or nxt.group(1) in STOP_WORDS:
            return False  # "Forbes has also reported": an auxiliary verb, no plural noun, follows the name
        return nxt.group(1).endswith("s") and self._inflected_common(nxt.group(1))

    def _unit_after_title(self, text: str, c: Cand) -> bool:
        """Between a person's title and the person's name, set off by commas ("Head, Legal Enforcement and
        Regulations, Jane Doe"), English names the unit or portfolio the person heads: no law, company or body of
        its own; a name the tables know there stays."""
        if c.type not in ("Law", "Firm", "Agency") or c.source not in _GUESSED_SOURCES | {"law-head"}:
            return False
        before = re.search(r"\b([A-Za-z]+),\s*$", text[max(0, c.start - 30) : c.start])
        if before is None:
            return False
        title = before.group(1).lower()
        if title not in self.lex.person_titles and title not in self.lex.weak_person_titles:
            return False
        if re.match(r",\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+", text[c.end : c.end + 60]) is None:
            return False
        return not self.is_known_name(text[c.start : c.end])
