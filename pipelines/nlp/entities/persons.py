"""What a person's name can and cannot be.

The checks of a span the statistical model labels PERSON (`_person_from_ner` and the checks it calls), the checks of a
"person" from any source, the preference for a person over a state in an apposition, and the checks of resolved
mentions that name an office's holder, a government's term or a presidency rather than a body or a person.

One filter, `_no_person_name`, drops the "persons" of every source, after span clean-up, by two checks of their
words: `_no_person_words` reads the lexicon's word lists (titles, portfolios, event nouns, document heads, calendar
words), `_one_name_by_grammar` reads the tagger (a coordination, a plural noun, a verb).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipelines.model import Mention
from pipelines.nlp.entities.knowledge import TyperKnowledge
from pipelines.nlp.entities.name_marks import PARTY_STATE, after_slashed_title, initialism_after, party_state_after
from pipelines.nlp.entities.not_persons import (
    after_foreign_article,
    after_street_noun,
    article_subject,
    before_a_number,
    foreign_coordination,
    generation_alone,
    is_file_name,
    month_in_date,
    part_of_longer_name,
    remit_words,
    series_member,
)
from pipelines.nlp.entities.place_lists import among_places
from pipelines.nlp.entities.project_names import undertaking_name
from pipelines.nlp.entities.title_remits import remit_after_title
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.infobox_names import infobox_field_key

#: a word's first part up to a capital after lower-case letters ("Am" of "AmCham", "Mc" of "McGee")
_INNER_CAPITAL = re.compile(r"([A-Z][a-z]+['’]?)[A-Z]")
#: a demonstrative or indefinite determiner (and an adjective) right before a word: a common noun phrase follows
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?|[Aa]nother|[Ee]ach|[Ee]very)\s+(?:(?!late\b)[a-z]+\s+)?$"
)
#: what may follow the head of a noun phrase: punctuation, the end, a verb of being or having, a preposition
_NP_ENDS = r"(?=\s*(?:[^\w\s’'-]|$)|\s+(?:is|was|has|had|will|would|and|or|of|in|on|at|to|from|for|with|by|as)\b)"


class PersonChecks(TyperKnowledge):
    """The checks of what a person's name can be, before and after resolution."""

    def _person_from_ner(self, text: str, start: int, end: int) -> Cand | None:
        """A span the model labels PERSON, kept when what surrounds it and its words allow a person's name (titles
        before it are stripped)."""
        titled, start = start, self._strip_titles(text, self._after_party_word(text, start, end), end)
        start = after_slashed_title(text, start, end)
        t = text[start:end]
        if self._ordinary_after_title(text[titled:start], t) and not self._post_nominal_after(text, end):
            return None  # "Official Reaction Negative": a heading's ordinary words after an ordinary title
        if not t or any(ch.isdigit() for ch in t) or not t[0].isupper() or t.lower() in self.lex.person_titles:
            return None
        low = t.lower().split()
        if low[-1] in self.lex.document_heads or " ".join(low[-2:]) in self.lex.document_heads:
            return None  # "Cloud Policy", "Digital Strategy": a document's or a programme's title
        heads = [w in self.lex.org_heads or w in self.lex.law_heads or w in self.lex.place_heads for w in low]
        named = self._titled(text, start) or party_state_after(text, end)
        if any(heads) and not (named and len(low) == 2 and not heads[-1]):
            return None  # "Bill Cassidy" after "Senator" or before "(R-La.)": a given name that is also a noun
        if low[0] in self.lex.provision_words:
            return None  # "Annex XI", "Chapter II": a part of a law and its number
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
        if len(low) == 1 and self._common_stem(low[0]) and low[0] not in self._surnames:
            return None  # "Background", "States": an ordinary word (or its plural) the model took for a name
        if self._outline_heading(text, start, low):
            return None  # "A. Background": an outline's item mark and heading, no initial and surname
        if infobox_field_key(text, start, end):
            return None  # "- Minister1 Pfo: Attorney-General": a field's key, a label
        if PARTY_STATE.fullmatch(t):
            return None  # "(R-Idaho)", "(D-OR)": a member of Congress's party and state
        if len(low) == 1 and self._coined_word(t):
            return None  # "AmCham", "ByteDance": a coined name of a firm or a body
        if initialism_after(text, start, end):
            return None  # "Renseignements Généraux (RG)": a body defines its initials, a person seldom does
        if not self._titled(text, start) and self._ordinary_noun_phrase(low):
            return None  # "Key Barriers", "Artificial Intelligence": a capitalised common noun phrase
        return Cand.of(start, end, "Person", "ner-person")

    def _common_stem(self, word: str) -> bool:
        """An ordinary English word, also in the plural ("barriers"), whether or not some known person bears it."""
        return word in self.common_words or (word.endswith("s") and word[:-1] in self.common_words)

    def _ordinary_noun_phrase(self, low: list[str]) -> bool:
        """Words that are all ordinary English (those before the last also in an inflected form: "Implementing
        Decisions"), the last a plural of a common noun ("Key Barriers") or an abstract
        noun by its ending ("Artificial Intelligence"): a capitalised common noun phrase. A surname is a proper noun
        in the singular; a plural or an abstract noun closes a phrase of common nouns, not a person's name."""
        words = [w.strip(".,;:'’‘\"()") for w in low]
        if len(words) < 2 or not all(w.isalpha() and self._common_stem(w) for w in words[-1:]):
            return False
        if not all(w.isalpha() and (self._common_stem(w) or self._inflected_common(w)) for w in words[:-1]):
            return False  # the words before the head may be inflected too ("Implementing Decisions")
        last = words[-1]
        if last in self._surnames:
            return False
        plural = last.endswith("s") and last not in self.common_words
        endings = self.lex.ordinary_word_endings + tuple(self.lex.abstract_noun_endings)
        abstract = last in self.common_words and last.endswith(endings)
        return plural or abstract

    def _coined_word(self, word: str) -> bool:
        """One word with a capital inside after lower-case letters that are no surname particle: English spelling
        puts an inner capital in a person's name only after a particle ("McGee", "DeSantis", "O'Neill"), while
        firms and bodies coin names by joining words or their clippings ("AmCham", "ByteDance", "WeChat")."""
        m = _INNER_CAPITAL.match(word)
        if m is None or word.lower() in self._surnames:
            return False
        return m.group(1).lower().rstrip("'’") not in self.lex.surname_particles

    def _strip_titles(self, text: str, start: int, end: int) -> int:
        """Where the name starts after the titles (up to four words) at the start of the span."""
        words = text[start:end].split()
        k = 0
        for n in range(min(4, len(words) - 1), 0, -1):
            if " ".join(words[:n]).lower() in self.lex.person_titles:
                k = n
                break
        if k:
            return start + len(text[start:end]) - len(" ".join(words[k:]))
        return start

    def _after_party_word(self, text: str, start: int, end: int) -> int:
        """Where a name starts after a party's word for its member ("Tory Jane Roe"), an affiliation, when two words
        at least follow it."""
        words = text[start:end].split()
        if len(words) > 2 and words[0].lower() in self.lex.party_member_words:
            return start + re.match(r"\S+\s+", text[start:end]).end()  # type: ignore[union-attr]
        return start

    def _before_dashed_nationality(self, text: str, start: int, end: int) -> int:
        """A hyphen typed for a dash before a nationality word ("Mr Reginald Swartz-Australian Minister for ...")
        ends the name: the words after it describe the person."""
        m = re.search(r"-([A-Za-z]+)$", text[start:end])
        if m is not None and m.start() > 0 and self._nationality(m.group(1)):
            return start + m.start()
        return end

    def _before_headline_verb(self, text: str, start: int, end: int) -> int:
        """A headline capitalises its verb ("Secretary Bryson Applauds Completion of ...", "Senators Warnock, Rubio
        Introduce Bill"): a name never holds a finite verb of the headline list (`headline_verbs`) after its first
        word, whichever finder took the run, so the name ends before it. A release's headline also names its kind of
        document after its author ("Congresswoman Jane Doe Statement on ...", "Senator Smith Remarks at ..."): no
        name holds such a noun (`document_kind_nouns`) either."""
        stops = self.lex.headline_verbs | self.lex.document_kind_nouns
        for m in re.finditer(r"\s+([A-Za-z]+)", text[start:end]):
            if m.group(1).lower() in stops:
                return start + m.start()
        return end

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
            if w.endswith(self.lex.ordinary_word_endings) or w.endswith(("ed", "ly")):  # ... or a participle, an adverb
                return False
        return True

    def _ordinary_after_title(self, title: str, rest: str) -> bool:
        """After a title that is also an ordinary word ("Official", "Head"), words that are all ordinary English
        ("Reaction Negative") are no name."""
        title = " ".join(title.split()).lower()
        if title not in self.lex.weak_person_titles:
            return False
        return all(w.lower() in self.common_words and w.lower() not in self._surnames for w in rest.split())

    def _outline_heading(self, text: str, start: int, low: list[str]) -> bool:
        """An outline's item mark at a line's start, then ordinary words ("A. Background", "B. Legal Authority"):
        a heading, not an initial and a surname."""
        line_start = start == 0 or text[:start].rstrip(" \t").endswith("\n")
        ordinary = all(w.strip("_*") in self.common_words and w.strip("_*") not in self._surnames for w in low[1:])
        if line_start and len(low) > 1 and re.fullmatch(r"[a-z]\.", low[0]) is not None and ordinary:
            return True
        # "1.  _Import Licensing_", "(2) Market Access": a numbered item's heading, all ordinary words
        line = text[text.rfind("\n", 0, start) + 1 : start]
        return re.fullmatch(r"\s*\(?\d{1,3}[.)]\s*[_*]*", line) is not None and all(
            self._inflected_common(w.strip("_*")) for w in low
        )

    @staticmethod
    def _with_article(text: str, name: str) -> bool:
        """The text writes the name of several words with "the" before it somewhere as the head of its noun phrase
        ("moving the Bronze Soldier (Ref C)"): a thing or a group, for no person's name takes the article. A name
        that modifies the noun after it takes the noun's article ("the Joe Biden administration") and says nothing."""
        return re.search(r"\b[Tt]he\s+" + re.escape(name) + _NP_ENDS, text) is not None

    # the two filters by a span's words (see the module docstring)
    def _one_name_by_grammar(self, doc: Doc, start: int, end: int) -> bool:
        """What the tagger says about a "person"'s span: a coordination names two people or none
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

    def _no_person_name(self, doc: Doc, text: str, c: Cand) -> bool:
        """What a "person" from any source cannot be, by the words of its span (`_no_person_words`) or by what the
        tagger says of them (`_one_name_by_grammar`)."""
        if c.type != "Person":
            return False
        titles = self.lex.person_titles | self.lex.peerage_titles
        if article_subject(doc, c.start, c.end, titles) or generation_alone(text[c.start : c.end]):
            return True  # "The new Marco Civil requires ...": a thing named with the article
        if among_places(doc, c.start, c.end, self.lex):
            return True  # "located in Gulu, Mbale, Masindi and Mbarara": a place among places
        return self._no_person_words(text, c) or not self._one_name_by_grammar(doc, c.start, c.end)

    def _no_person_words(self, text: str, c: Cand) -> bool:
        """What a "person" from any rule cannot be, by the words of the span: a title or a portfolio alone ("Prime
        Minister", "Foreign Affairs"); a name ending in a title's last word ("Bb General"), an event's noun
        ("Khrushchev-Mao Meeting"), a document's head ("Permanent Heads Report"), a day or month ("Representatives
        Tuesday"), a lower-case function word ("Assisting the") or an identifier's noun ("Aadhaar Number": English
        names an identifier after what it identifies), a publication's head ("Rossiyskaya Gazeta"); a file's name or a
        street's name (`_written_as_no_person`); one word that is
        the plural of a title or of a name's head noun ("Ministers", "Articles"); an ampersand."""
        low = [w.strip(".,;:'’‘") for w in text[c.start : c.end].lower().split()]
        if not low or not low[-1] or "&" in text[c.start : c.end]:
            return True  # ... nor an ampersand, which joins the partners' names of a firm ("Covington & Burling")
        if self._written_as_no_person(text, c) or re.fullmatch(r"[IVX]+", text[c.start : c.end]):
            return True  # ... nor a Roman numeral alone, the number of a name ("King III": no name before it)
        lex = self.lex
        whole = " ".join(low)
        if whole in lex.person_titles or whole in lex.portfolios:
            return True
        last = low[-1]
        ends = lex.title_final_words | lex.event_nouns | lex.document_heads | lex.calendar_words | lex.identifier_nouns
        ends = ends | lex.publication_heads
        if last in ends or text[c.start : c.end].split()[-1].islower():
            return True
        if whole in lex.document_markers or low[0] in lex.citation_words or all(map(self._nationality, low)):
            return True  # "Begins:", "Reference Canberra", "Britons", "the Ugandan Asians"
        if len(low) > 1 and self._plural_demonym(last):
            return True  # "Hunting Frenchmen", "Loyal Americans": a group of people, no one person
        heads = lex.person_titles | lex.provision_words | lex.law_heads | lex.org_heads
        return len(low) == 1 and any(last.endswith(x) and last[: -len(x)] in heads for x in ("s", "es"))

    def _written_as_no_person(self, text: str, c: Cand) -> bool:
        """A file's name, a street's name, a German or Dutch noun after its article, the month of a date, the start of
        a longer name of a company or a school, a member of a series named by a shared first word, words before a
        number, words joined by another language's "and" (`not_persons`), a project's or an operation's name
        ("Project Maven", `project_names`)."""
        name = text[c.start : c.end]
        return (
            is_file_name(name, self.lex)
            or after_street_noun(text, c.start, c.end, self.lex)
            or after_foreign_article(text, c.start, c.end, self.lex)
            or month_in_date(text, c.start, c.end)
            or part_of_longer_name(text, c.start, c.end, self.lex)
            or series_member(text, c.start, c.end)
            or before_a_number(text, c.end)
            or foreign_coordination(text, c.start, c.end, self.lex)
            or undertaking_name(text, c.start, c.end, self.lex)
        )

    def _plural_demonym(self, word: str) -> bool:
        """A plural noun of nationality ("Frenchmen", "Americans", "Britons"): it names a people, and no surname is
        one (a singular adjective, "Bill English", may be)."""
        if word.endswith("men") and self._nationality(word[:-3]):
            return True
        return word.endswith("s") and self._nationality(word)

    def _ordinary_titled(self, text: str, c: Cand) -> bool:
        """A "person" after a title that is also an ordinary word, all of whose words are ordinary English too:
        "Official Reaction Negative" is a heading, not the official Mr. Negative (post-nominal letters after the
        words make them a name: "Chair Jane Rose MP"); after any title, an office's remit (`_remit_after_title`,
        `title_remits`)."""
        if c.type != "Person" or c.source not in ("title", "ner"):
            return False
        before = re.search(r"([A-Za-z.]+)\s+$", text[max(0, c.start - 30) : c.start])
        if before is None or self._post_nominal_after(text, c.end):
            return False
        ordinary = c.source == "title" and self._ordinary_after_title(before.group(1), text[c.start : c.end])
        return ordinary or self._remit_after_title(text, c) or remit_after_title(text, c.start, c.end, self.lex)

    def _remit_after_title(self, text: str, c: Cand) -> bool:
        """Ordinary words after a title that close in a remit's noun ("Commissioner Stakeholder Management")."""
        titled = c.source == "title" or self._titled(text, c.start)
        ordinary = lambda w: self._common_stem(w) and w not in self._surnames  # noqa: E731
        return titled and remit_words(text[c.start : c.end], ordinary, self.lex)

    def _post_nominal_after(self, text: str, end: int) -> bool:
        """Post-nominal letters follow the words ("Chair Jane Rose MP said"): they stand after a person's name only,
        so the words are a name even when each is an ordinary word."""
        m = re.match(r",?[ \t]+([A-Z]{2,4})(?![\w-])", text[end : end + 8])
        return m is not None and m.group(1) in self.lex.post_nominals

    @staticmethod
    def _prefer_people(cands: list[Cand]) -> None:
        """A person named by apposition ("Lisa Monaco, then the deputy attorney general") whose surname is a
        country's name: the person, not the state."""
        states = [c for c in cands if c.type == "State" and c.source == "ruler"]
        for c in cands:
            if c.type == "Person" and c.source.startswith("appos"):
                if any(c.start < st.start and st.end == c.end for st in states):
                    c.priority = 5

    def _titles_before_people(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A body's name that is also its head's title ("U.S. Trade Representative", "Information Commissioner")
        right before a person's name is that person's title ("U.S. Trade Representative Robert Lighthizer said"): no
        mention of the body; a state in front of it is still the state's."""
        people = {c.start for c in chosen if c.type == "Person"}
        out: list[Cand] = []
        for c in chosen:
            words = text[c.start : c.end].split()
            last = words[-1].lower() if words else ""
            titled = last in self.lex.person_titles or last in self.lex.office_heads
            if c.type != "Agency" or not titled or c.end + 1 not in people or text[c.end] != " ":
                out.append(c)
                continue
            for n in (3, 2, 1):
                if n < len(words) and self.is_state(" ".join(words[:n])):
                    end = c.start + len(" ".join(words[:n]))
                    out.append(Cand.of(c.start, end, "State", "title-state"))
                    break
        return out

    # checks of resolved mentions
    def _office_holder(self, text: str, m: Mention) -> bool:
        """An office's title ("Information Commissioner", not "Office of the ... Commissioner") names its holder, a
        person, after a holder's adjective ("Kenya's first Data Protection Commissioner") or joined by "and" to a
        person's title ("the Secretary of State and the Information Commissioner sign ..."); not when the phrase
        before "and" ends in a common noun of its own ("the Secretary of State's decision and the Information
        Commissioner's opinion": two things, of which the title only owns the first)."""
        words = [re.sub(r"['’]s?$", "", w.lower()) for w in m.text.split()]
        if m.type != "Agency" or words[-1] not in self.lex.office_heads:
            return False
        if any(w in self.lex.org_heads for w in words[:-1]):
            return False
        before = text[max(0, m.start - 60) : m.start]
        last = re.search(r"([A-Za-z]+)\s+$", before)
        if last and last.group(1).lower() in self.lex.holder_adjectives:
            return True
        joined = re.search(r"([^.;:,\n(]*)\s+and\s+(?:the\s+)?$", before)
        if joined is None or _ends_in_common_noun(joined.group(1)):
            return False
        titles = [w.lower() for w in re.findall(r"\b[A-Z][a-z]+", joined.group(1))]
        return any(t in self.lex.person_titles and t not in self.lex.office_heads for t in titles)

    def _term_of(self, text: str, m: Mention) -> bool:
        """A person's name before a government noun ("the 2019 to 2022 Johnson Conservative government", "the
        Johnson ministry") names a government's term of office, not the person; the common noun "administration" right
        after the name ("the Obama administration") names the president's team by the president, who is mentioned."""
        if m.type != "Person":
            return False
        if self._names_a_law(text, m):
            return True
        nxt = re.match(r"(\s+[A-Z][a-z]+)?\s+([a-z]+)\b", text[m.end : m.end + 40])
        if nxt is None or nxt.group(2) not in self.lex.government_nouns:
            return False
        # "the Obama administration": a president's name before the common noun "administration" (not the
        # title-case name "the Obama Administration") names the president who heads it
        return nxt.group(1) is not None or nxt.group(2) != "administration"

    def _names_a_law(self, text: str, m: Mention) -> bool:
        """A surname right before a law's head noun in lower case ("the Yarovaya law", "the Magnitsky act") is a
        word of the law's name (a law named after its sponsor), not a mention of the person: the outer name only."""
        nxt = re.match(r"[ \t]+([a-z]+)\b", text[m.end : m.end + 30])
        return " " not in m.text and nxt is not None and nxt.group(1) in self.lex.law_heads

    def _without_presidencies(self, mentions: list[Mention]) -> list[Mention]:
        """ "The Trump Administration", "the Biden-Harris Administration", "the Administration": a presidency (the
        government of a state for a term), not a government body of its own."""
        names = self._surnames | {m.text.split()[-1].lower() for m in mentions if m.type == "Person"}

        def presidency(m: Mention) -> bool:
            words = m.text.split()
            if m.type != "Agency" or words[-1].lower() != "administration":
                return False
            return all(w.lower() in names for part in words[:-1] for w in part.split("-"))

        return [m for m in mentions if not presidency(m)]


def _ends_in_common_noun(phrase: str) -> bool:
    """The phrase's last word is in lower case ("the Secretary of State's decision"): its head is a common noun,
    not a title, so what is joined to it is no title either."""
    words = phrase.split()
    return bool(words) and words[-1][:1].islower()
