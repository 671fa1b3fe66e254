"""From a token in an argument position to the mention it stands for.

An argument token is a mention (or inside one); or a noun that says which mention it is:
- a copula, an apposition or a naming participle: "X is a law that ...", "X, a law that ...", "the regulator, the
  CNIL, ...", "a circular titled X";
- an instrument or document named by its issuer: "the RBI rule that requires ...", "a State Department cable
  instructs ..." (the issuer takes the obligation or the stance: the text names no other author);
- people acting for a body, or a government named by its state: "lawmakers in the House of Representatives",
  "the government of Kenya";
- what a body decided, as the target of a stance: "attacked the DPC's decision";
- a part of a law, which says what the law says: "Article 16 of the Act prohibits ...";
- a definite description or a pronoun that refers back (`References`).
Of two names of one thing in apposition ("the LGPD, formally Law No. 13,709/2018"; "... Forum (CBPR)") the first is
the one the statement names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import COPULAS, conjuncts, is_verbal

#: how an argument was found, beyond the mention itself (part of a candidate's pattern, so calibrated apart)
REFERENCE, PRONOUN, ISSUER, APPOSITION, GROUP, OWNER, EXAMPLE, PROVISION, RELATIVE = (
    "reference",
    "pronoun",
    "issuer",
    "apposition",
    "group",
    "owner",
    "example",
    "provision",
    "relative",
)
_DEFINITE = frozenset({"the", "this", "that"})
_PRONOUNS = {"it": False, "they": True, "them": True}  # pronoun -> plural
_POSSESSIVES = {"its": False, "their": True}
#: what stands between two names of one thing: "X, formally Y", "X (officially Y)", "X, also known as Y"
_SECOND_NAME = re.compile(
    r"\s*[,(]\s*(?:formally|officially|also\s+known\s+as|known\s+as|also\s+called|i\.e\.,?|or)\s+(?:the\s+)?"
)

#: what stands between a name and a second name of it in parentheses: "X (", "X (ABBR) ("
_PARENTHESIS_GAP = re.compile(r"\s*\)?\s*\(\s*(?:the\s+)?")

#: an abbreviation: one word of capitals, digits and joining marks ("PDPA", "LGPD", "EU-U.S. DPF" is two words)
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9.&\-]*[A-Z0-9][a-z]?")


@dataclass(frozen=True)
class Argument:
    mention: int
    via: str = ""


class Mentions:
    """The document's mentions (plain dicts from `pg_entities`) indexed by token."""

    def __init__(self, doc: Doc, mentions: list[dict]):
        self.doc, self.items = doc, mentions
        self.text = doc.user_data.get("pg_text") or doc.text
        self.by_token: dict[int, int] = {}
        self.spans: list[Span | None] = []
        for i, m in enumerate(mentions):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            self.spans.append(span)
            if span is not None:
                for t in span:
                    self.by_token.setdefault(t.i, i)
        self.starts = [m["start"] for m in mentions]

    def type(self, i: int) -> str:
        return self.items[i]["type"]

    def entity(self, i: int) -> str:
        return self.items[i]["entity_id"]

    def at(self, tok: Token) -> int | None:
        return self.by_token.get(tok.i)

    def root(self, i: int) -> Token | None:
        span = self.spans[i]
        return span.root if span is not None else None

    def plural(self, i: int) -> bool:
        root = self.root(i)
        return root is not None and root.tag_ in ("NNS", "NNPS")

    def first_name(self, i: int) -> int:
        """The first of two names of one thing: the long form before "(ABBR)", the name before ", formally X".
        Two names merely next to each other ("Decree 53, Government Regulation 71 and ...") are a list."""
        if i == 0:
            return i
        m, prev = self.items[i], self.items[i - 1]
        if prev["type"] != m["type"]:
            return i
        gap = self.text[prev["end"] : m["start"]]
        if prev["entity_id"] == m["entity_id"] and gap.strip() == "(":
            return i - 1
        if _SECOND_NAME.fullmatch(gap):
            return i - 1
        root = self.root(i)
        if gap.strip() == "," and root is not None and root.dep_ == "appos" and self.at(root.head) == i - 1:
            return i - 1  # "the Personal Data Protection Law, Law No. 151 of 2020, which ...": the parse says so too
        return i

    def name_proper(self, i: int) -> int:
        """The name a later reference takes up: the long form before an abbreviation ("the Personal Data Protection
        Act (PDPA)") or the name an alias is given to ("Law No. 151, known as the Data Law"); a second full name in
        parentheses ("the Data Law (Law No. 151)") is the nearer name and stays."""
        first = self.first_name(i)
        if first == i:
            return i
        text = (
            self.items[i]["text"]
            if "text" in self.items[i]
            else self.text[self.items[i]["start"] : self.items[i]["end"]]
        )
        gap = self.text[self.items[first]["end"] : self.items[i]["start"]]
        return first if _ABBREVIATION.fullmatch(text) or _SECOND_NAME.fullmatch(gap) else i

    def renames(self, i: int) -> str | None:
        """The entity a mention names a second time in parentheses right after a name of it, of its type ("the X
        Act of 1999 (XA) (P.L. 106-102)": P.L. 106-102 is the X Act), when it is linked as another; else None."""
        j = i - 1
        while j >= 0 and self.items[j]["type"] == self.items[i]["type"]:
            gap = self.text[self.items[j]["end"] : self.items[j + 1]["start"]]
            if not _PARENTHESIS_GAP.fullmatch(gap):
                return None
            if self.items[j]["entity_id"] != self.items[i]["entity_id"]:
                return self.items[j]["entity_id"]
            j -= 1
        return None

    def abbreviates(self, i: int) -> int | None:
        """The long form a parenthesised abbreviation right after it shortens ("non-public personal information
        (NPI)"): the mention before it, of its type; None for any other mention."""
        if i == 0 or self.items[i - 1]["type"] != self.items[i]["type"]:
            return None
        gap = self.text[self.items[i - 1]["end"] : self.items[i]["start"]]
        name = self.text[self.items[i]["start"] : self.items[i]["end"]]
        return i - 1 if gap.strip() == "(" and _ABBREVIATION.fullmatch(name) else None

    def before(self, offset: int) -> range:
        """Indices of the mentions that start before `offset`."""
        return range(bisect_right(self.starts, offset - 1))


class References:
    """Definite descriptions ("the decree", "the central bank") and pronouns ("it", "they") resolved to an entity
    named earlier in the document, only when one fits.

    A description whose noun names a kind of law or body fits the earlier mentions whose name has that word ("the
    decree" -> Decree 53); a generic one ("the law", "the rule", "the regulator") fits any law or body. Going back
    sentence by sentence from the description, the first sentence that names a fitting entity decides: if it names
    one, that one; if it names several, the one that is its subject (what a text is about stays its subject); else
    nothing. Beyond the last few sentences, only the one entity that fits in the whole document before. A pronoun
    refers to the subject of a recent sentence only."""

    def __init__(self, mentions: Mentions, lex: RelationLexicon, window_sentences: int = 3):
        self.m, self.lex, self.window = mentions, lex, window_sentences
        self._subjects: dict[int, int | None] = {}
        self._kinds: list[tuple[int, str, str]] | None = None  # (offset, entity, noun) said of a named law

    def description(self, tok: Token) -> str | None:
        """The type a description refers to ("Law", "Agency"), if the token is one: a singular common noun of the
        lexicon ("the Act" too) with a definite determiner, not part of a name, with no complement that names
        something else ("the law on cybersecurity" may be a new law)."""
        if tok.pos_ not in ("NOUN", "PROPN") or (
            tok.pos_ == "PROPN" and any(c.dep_ == "compound" for c in tok.children)
        ):
            return None
        if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in ("rules", "regulations", "measures", "guidelines"):
            return None
        dets = [c.lower_ for c in tok.children if c.dep_ in ("det",)]
        if not dets or dets[0] not in _DEFINITE:
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("of", "on", "for") for c in tok.children):
            return None
        word = tok.lower_
        if word in self.lex.law_nouns:
            return "Law"
        if word in self.lex.agency_nouns_named | self.lex.agency_nouns_generic:
            return "Agency"
        return None

    def resolve(self, tok: Token, types: frozenset[str]) -> Argument | None:
        if tok.lower_ in _PRONOUNS and tok.tag_ == "PRP":
            i = self._pronoun(tok, types)
            return Argument(i, PRONOUN) if i is not None else None
        type_ = self.description(tok)
        if type_ is None or type_ not in types:
            return None
        i = self._description(tok, type_)
        return Argument(i, REFERENCE) if i is not None else None

    def _description(self, tok: Token, type_: str) -> int | None:
        repeated = self._repeated_description(tok, type_)
        if repeated is not None:
            return repeated
        earlier = [i for i in reversed(self.m.before(tok.idx)) if self.m.type(i) == type_]
        unnamed = self._unnamed_antecedent(tok)
        if unnamed is not None:
            # "A Department of Justice rule ... the final rule to carry out Executive Order 14117 ... The rule
            # covers ...": the description takes up the last noun phrase with its noun, a rule the text never
            # names, unless a name with that noun comes after it, or a name the text has called one ("X is a
            # framework for ... talks about a new framework ... approved X. The Commission adopted the framework")
            word = self._head_word(tok)
            kinds = self.kinds_before(tok.idx) if type_ == "Law" else {}
            if not any(
                self.m.items[i]["start"] > unnamed.idx
                and (word in self._name(i) or word in kinds.get(self.m.entity(i), ()))
                for i in earlier
            ):
                return None
        fits = self._fits(tok, type_)
        candidates = [i for i in earlier if fits(i)] or (
            earlier if len({self.m.entity(i) for i in earlier}) == 1 else []  # the one law the text has named
        )
        if not candidates:
            return None
        entities = {self.m.entity(i) for i in candidates}
        for sent in self._recent(tok):
            here = {self.m.entity(i) for i in candidates if sent.start_char <= self.m.items[i]["start"] < sent.end_char}
            subject = self.subject(sent) if sent.start_char < tok.idx else None
            if subject is not None and self.m.entity(subject) in entities and sent.end_char <= tok.idx:
                here.add(self.m.entity(subject))  # "The decree implements the Law on X": the decree counts too
            if len(here) == 1:
                if subject is None and self._described_subject(sent, type_, tok):
                    # "The law follows some of the provisions of the GDPR": the sentence is about a law it does
                    # not name; the one it names is another
                    return None
                return self._nearest(tok, next(iter(here)))
            if here:
                # two fit in the nearest sentence that names any: its subject decides, else nothing does
                if subject is not None and self.m.entity(subject) in here:
                    return self._nearest(tok, self.m.entity(subject))
                return None
        return self._nearest(tok, next(iter(entities))) if len(entities) == 1 else None

    def _repeated_description(self, tok: Token, type_: str) -> int | None:
        """ "The FTC is issuing this final rule ... The rule requires ...": a description repeats the nearest earlier
        description with its noun in the last few sentences, and refers to what that one refers to."""
        first = self._recent(tok)[-1].start
        for t in reversed(tok.doc[first : tok.i]):
            if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN" and self.m.at(t) is None:
                if self._named_noun(t) or self.description(t) != type_:
                    return None  # a named one is taken up by `_description`'s own reading
                return self._description(t, type_)
        return None

    def _described_subject(self, sent: Span, type_: str, tok: Token) -> bool:
        """The sentence's subject is another description of that type ("The law ..."), not a name. The description
        being resolved is not another ("X drafted the Data Act, which Parliament passed; the Act governs ...")."""
        subj = _subject_token(sent)
        return subj is not None and subj != tok and self.m.at(subj) is None and self.description(subj) == type_

    def _unnamed_antecedent(self, tok: Token) -> Token | None:
        """The nearest earlier noun phrase headed by the same noun that is not a name and not apposed to one
        ("a rule that restricts ...", "the final rule"), if any."""
        for t in reversed(tok.doc[: tok.i]):
            if t.lemma_ != tok.lemma_ or t.pos_ != "NOUN" or self.m.at(t) is not None:
                continue
            if self._named_noun(t):
                return None  # "the decree, Decree 53", "its Data Protection Law (law no. 151 of 2020)"
            type_ = self.description(t)
            if type_ is not None and self._description(t, type_) is not None:
                return None  # itself a description of a named one
            return t
        return None

    def _named_noun(self, t: Token) -> bool:
        """The noun is given a name: apposed to one, "called" one, said of one by a copula, or in parentheses after
        one."""
        named = [c for c in t.children if c.dep_ == "appos" and self.m.at(c) is not None]
        named += self._called(t)  # "the previous framework called the International Safe Harbor Principles"
        if t.dep_ == "attr" and t.head.lemma_ in COPULAS:  # "X is a framework for ...": X
            named += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and self.m.at(c) is not None]
        return bool(named) or (t.dep_ == "appos" and self.m.at(t.head) is not None) or self._parenthesised_name(t)

    def _called(self, t: Token) -> list[Token]:
        """The name right after a noun and a naming word ("the framework called X", "a circular titled X"), read
        off the words: the parse often hangs the participle elsewhere."""
        doc = t.doc
        if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ not in self.lex.naming_words:
            return []
        j = t.i + 2 + (doc[t.i + 2].lower_ in ("as", "the"))
        j += j < len(doc) and doc[j].lower_ == "the" and doc[j - 1].lower_ == "as"
        return [doc[j]] if j < len(doc) and self.m.at(doc[j]) is not None else []

    def _parenthesised_name(self, t: Token) -> bool:
        """The noun opens a parenthesis right after a name: a second name of the named thing."""
        return t.i >= 2 and t.doc[t.i - 1].text == "(" and self.m.at(t.doc[t.i - 2]) is not None

    def possessive(self, tok: Token, types: frozenset[str]) -> Argument | None:
        """ "One of its purposes is ...": a possessive pronoun refers back as its pronoun does."""
        if tok.lower_ not in _POSSESSIVES or tok.tag_ != "PRP$":
            return None
        i = self._pronoun(tok, types)
        return Argument(i, PRONOUN) if i is not None else None

    def _pronoun(self, tok: Token, types: frozenset[str]) -> int | None:
        plural = _PRONOUNS.get(tok.lower_, _POSSESSIVES.get(tok.lower_, False))
        unnamed_subject = False  # a nearer sentence is about something the text does not name ("The rule ...")
        linked = self._linked_clause_subject(tok)
        if linked is not None:
            verb, named = linked
            if self.m.type(named) in types and self.m.plural(named) == plural:
                return None if self._has_law(verb, named, types) else self._nearest(tok, self.m.entity(named))
        for sent in self._recent(tok):
            i = self.subject(sent)
            if i is not None and (root := self.m.root(i)) is not None and root.i < tok.i:
                if self.m.type(i) in types and self.m.plural(i) == plural:
                    return None if self._introduces_law(sent, i, types) else self._nearest(tok, self.m.entity(i))
                # "Kenya passed the Data Protection Act. It regulates ...": the subject cannot do what the clause
                # says (a state regulates nothing), so "it" is the one thing of the kind the sentence names
                return None if unnamed_subject else self._only_fitting(sent, tok, types, plural)
            subj = _subject_token(sent)
            if i is None and subj is not None and subj.i < tok.i and subj.pos_ != "PRON":
                unnamed_subject = True
        return None

    def _linked_clause_subject(self, tok: Token) -> tuple[Token, int] | None:
        """ "The Regulations go further than the statute: they require ...", "The Measures took effect in 2022, and
        they require ...": a pronoun subject of a clause joined to an earlier clause of its sentence (after a colon
        or a semicolon, or coordinated; not a reported clause, "the ministry said they ...") stands for that
        clause's named subject: (its verb, the mention)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        linked = [verb.head] if verb.dep_ in ("parataxis", "conj") else []
        if verb.dep_ == "ROOT":  # "X took effect: they require ...": the parse makes the first clause the complement
            linked += [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < tok.i]
        for v in linked:
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and (i := self.m.at(c)) is not None:
                    return v, self.m.first_name(i)
        return None

    def _has_law(self, verb: Token, subject: int, types: frozenset[str]) -> bool:
        """ "Kenya passed the Act, and it requires ...": a clause whose subject (not a law) has, passes or adopts a
        law brings in a second thing the pronoun may stand for (as `_introduces_law` for a sentence)."""
        if "Law" not in types or self.m.type(subject) == "Law":
            return False
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            i = self.m.at(obj)
            if (i is not None and self.m.type(i) == "Law") or obj.lemma_.lower() in self.lex.law_kind_nouns:
                return True
        return False

    def _introduces_law(self, sent: Span, subject: int, types: frozenset[str]) -> bool:
        """ "Since 2013, Kazakhstan has had the Law on Personal Data. It obliges ...": a sentence whose subject
        (here a state) has, passes or adopts a law brings in a second thing "it" may stand for; when both could do
        what the pronoun's clause says, the reference is ambiguous."""
        if "Law" not in types or self.m.type(subject) == "Law":
            return False
        objects = [c for c in sent.root.children if c.dep_ == "dobj"]
        for obj in objects:
            i = self.m.at(obj)
            if (i is not None and self.m.type(i) == "Law") or obj.lemma_.lower() in self.lex.law_kind_nouns:
                return True
        return False

    def _only_fitting(self, sent: Span, tok: Token, types: frozenset[str], plural: bool) -> int | None:
        """The one entity of the wanted types (and number) the sentence names before the pronoun, if only one."""
        named = [
            i
            for i in self.m.before(tok.idx)
            if sent.start_char <= self.m.items[i]["start"] < sent.end_char
            and self.m.type(i) in types
            and self.m.plural(i) == plural
        ]
        entities = {self.m.entity(i) for i in named}
        return self._nearest(tok, entities.pop()) if len(entities) == 1 else None

    def _recent(self, tok: Token) -> list[Span]:
        """The token's sentence and the ones before it within the window, nearest first."""
        sents = []
        for sent in tok.doc.sents:
            if sent.start > tok.i:
                break
            sents.append(sent)
        return list(reversed(sents[-(self.window + 1) :]))

    def subject(self, sent: Span) -> int | None:
        """The mention that is the subject of the sentence's main verb (directly or by a description)."""
        if sent.start not in self._subjects:
            self._subjects[sent.start] = None  # guards the recursion through descriptions
            subj = _subject_token(sent)
            found = None
            if subj is not None:
                found = self.m.at(subj)
                if found is None and (type_ := self.description(subj)) is not None:
                    found = self._description(subj, type_)
                if found is None:
                    found = self._provision_of(subj)
                if found is not None:
                    found = self.m.first_name(found)
            self._subjects[sent.start] = found
        return self._subjects[sent.start]

    def _provision_of(self, tok: Token) -> int | None:
        """ "Title V of the GLBA covers financial institutions. It prohibits ...": a part of a named law speaks for
        the law, so a sentence whose subject is one is about that law."""
        if not is_provision(tok, self.lex):
            return None
        laws = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        found = [i for p in laws if (i := self.m.at(p)) is not None and self.m.type(i) == "Law"]
        return found[0] if found else None

    def _nearest(self, tok: Token, entity: str) -> int:
        """The nearest naming of the entity before the token (the gold guidelines' convention for a relation stated
        through a reference: `tests/fixtures/gold/README.md`); a naming with an abbreviation or an alias ("the
        Personal Data Protection Act (PDPA)", "Law No. 151, known as the Data Law") is taken by its name
        proper (`Mentions.name_proper`); a second full name in parentheses after it ("the Gramm-Leach-Bliley Act
        (GLBA) (P.L. 106-102)") is a naming of it too, the nearer one (`Mentions.renames`)."""
        return self.m.name_proper(
            next(i for i in reversed(self.m.before(tok.idx)) if entity in (self.m.entity(i), self.m.renames(i)))
        )

    @staticmethod
    def _head_word(tok: Token) -> str:
        """The description's noun in the singular ("the rules" -> "rule")."""
        return tok.lower_.rstrip("s") if tok.tag_ in ("NNS", "NNPS") else tok.lower_

    def _name(self, i: int) -> str:
        m = self.m.items[i]
        return (m["label"] + " " + m["text"] + " " + m["entity_id"]).lower()

    def kinds_before(self, offset: int) -> dict[str, set[str]]:
        """The kind nouns the text has said of each named law before `offset`: "X is a framework for ...", "X, a
        program developed by ...", "the framework called X" (a later "the framework" may refer to X)."""
        if self._kinds is None:
            self._kinds = []
            for t in self.m.doc:
                if t.pos_ != "NOUN" or self.m.at(t) is not None or t.lemma_.lower() not in self.lex.law_kind_nouns:
                    continue
                named = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
                if t.dep_ == "attr" and t.head.lemma_ in COPULAS:
                    named += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                named += self._called(t)
                for n in named:
                    i = self.m.at(n)
                    if i is not None and self.m.type(i) == "Law":
                        self._kinds.append((t.idx, self.m.entity(i), t.lemma_.lower()))
        out: dict[str, set[str]] = {}
        for at, entity, noun in self._kinds:
            if at < offset:
                out.setdefault(entity, set()).add(noun)
        return out

    def _fits(self, tok: Token, type_: str):
        word = self._head_word(tok)
        kinds = self.kinds_before(tok.idx) if type_ == "Law" else {}
        generic = self.lex.law_nouns_generic if type_ == "Law" else self.lex.agency_nouns_generic
        qualifiers = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        # "the Indonesian rule", "the EU directive": a proper modifier names whose it is
        proper = [c.lower_[:4] for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()]

        def fits(i: int) -> bool:
            name = self._name(i) + " " + " ".join(sorted(kinds.get(self.m.entity(i), ())))
            if tok.lower_ not in generic and not re.search(rf"\b{re.escape(word)}", name):
                return False
            words = re.findall(r"\w+", name)
            return all(q in name for q in qualifiers) and all(any(w.startswith(p) for w in words) for p in proper)

        return fits


def is_provision(tok: Token, lex: RelationLexicon) -> bool:
    """A noun naming a part of a law: "Article 16", "the provisions", or "Title V" (whose numeral the parse may
    take for the head noun, with the part's word as its compound)."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
    return any(w.lemma_.lower() in lex.provision_nouns for w in words)


def _subject_token(sent: Span) -> Token | None:
    """The subject of the sentence's main verb."""
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


class Resolver:
    """Argument tokens to mentions of the wanted types."""

    def __init__(self, mentions: Mentions, lex: RelationLexicon):
        self.m, self.lex = mentions, lex
        self.references = References(mentions, lex)

    def resolve(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        i = self.m.at(tok)
        if i is not None:
            i = self.m.first_name(i)
            return [Argument(i)] if self.m.type(i) in types else []
        if tok.tag_ == "WP$":
            return self._whose(tok, types)
        if is_verbal(tok) or tok.pos_ not in ("NOUN", "PRON", "PROPN"):
            return []
        found_by = (self._named, self._examples, self._issuer, self._provision)
        for found in (*(f(tok) for f in found_by), self._acting_for(tok, types)):
            hits = [a for a in found if self.m.type(a.mention) in types]
            if hits:
                return hits
        ref = self.references.resolve(tok, types)
        return [ref] if ref is not None else []

    def _whose(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        """ "Kominfo, the Ministry of Communication, whose minister, Johnny G. Plate, ...": "whose" stands for the
        noun its relative clause modifies, as a possessive would ("the ministry's minister")."""
        clause = tok.head
        while clause.dep_ not in ("relcl", "appos") and clause.head != clause:
            clause = clause.head  # (the parse may hang "whose minister" on the noun as an apposition)
        if clause.dep_ not in ("relcl", "appos") or self.m.at(clause.head) is None:
            return []
        return [Argument(a.mention, RELATIVE) for a in self.resolve(clause.head, types)]

    def owner(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        """ "the DPC's decision", "Vietnam's rules": the body whose act the noun is (for stance targets)."""
        if tok.lower_ not in self.lex.act_nouns or self.m.at(tok) is not None:
            return []
        owners = (self.m.at(c) for c in tok.children if c.dep_ in ("poss", "compound"))
        return [Argument(self.m.first_name(i), OWNER) for i in owners if i is not None and self.m.type(i) in types]

    def _named(self, tok: Token) -> list[Argument]:
        """ "X is a law that ...", "X, a law that ...", "the law, X, ...", "a circular titled X"."""
        neighbours = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            neighbours.append(tok.head)
        if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ in COPULAS:
            neighbours += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in tok.children:  # "titled X", "known as X"
            if c.dep_ == "acl" and c.lower_ in self.lex.naming_words:
                neighbours += [t for t in c.subtree if t is not c and self.m.at(t) is not None][:1]
        out = []
        for n in neighbours:
            i = self.m.at(n)
            if i is not None:
                out.append(Argument(self.m.first_name(i), APPOSITION))
        return out

    def _examples(self, tok: Token) -> list[Argument]:
        """ "Mechanisms like Privacy Shield and the CBPR System protect ...": the named examples of a kind."""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("like", "including", "as")]
        # "such as X": "as" hangs from "such" or from the noun
        preps += [p for s in tok.children if s.lower_ == "such" for p in s.children if p.dep_ == "prep"]
        listed = [p for c in preps for p in c.children]
        out = []
        for p in listed:
            if p.dep_ != "pobj":
                continue
            for t in conjuncts(p):
                i = self.m.at(t)
                if i is not None:
                    out.append(Argument(self.m.first_name(i), EXAMPLE))
        return out

    def _issuer(self, tok: Token) -> list[Argument]:
        """ "the RBI rule", "India's rule", "the directive of the RBI", "a State Department cable": the
        body or state that issued an instrument or document the text does not name."""
        word = tok.lower_
        if word not in self.lex.instrument_nouns and word not in self.lex.document_nouns:
            return []
        out = []
        for c in tok.children:
            if c.dep_ in ("compound", "nmod", "poss") and c.i < tok.i:
                i = self.m.at(c)
                # right before the noun: not an earlier name, nor a name's first word ("the GLBA Privacy Rule")
                if i is not None and self._adjacent(i, tok) and not self._titled_between(i, tok):
                    out.append(Argument(self.m.first_name(i), ISSUER))
            elif (c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of")) or (
                c.dep_ == "acl" and c.lemma_ == "issue"
            ):
                for p in c.subtree:
                    i = self.m.at(p)
                    if i is not None and p.dep_ == "pobj":
                        out.append(Argument(self.m.first_name(i), ISSUER))
                        break
        return out

    def _provision(self, tok: Token) -> list[Argument]:
        """ "Article 16 of the Act", "the provisions of the PIPL": the law a part of it speaks for."""
        if not is_provision(tok, self.lex):
            return []
        # "Article 16, Paragraph 1 of that law"
        parts = [tok, *(c for c in tok.children if c.dep_ in ("appos", "conj", "npadvmod"))]
        laws = [p for t in parts for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        out = []
        for p in laws:
            i = self.m.at(p)
            if i is None:  # "of that law"
                ref = self.references.resolve(p, frozenset({"Law"}))
                i = ref.mention if ref is not None else None
            if i is not None:
                out.append(Argument(self.m.first_name(i), PROVISION))
        return out

    def _acting_for(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        """ "lawmakers in the House of Representatives", "officials of the ministry", "U.S. officials", "the
        government of Kenya", "Kenya's government": the body (or state) itself."""
        word = tok.lemma_.lower()
        if word in self.lex.government_nouns:
            owners = [c for c in tok.children if c.dep_ == "poss"]
            owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            return [Argument(self.m.first_name(i), GROUP) for o in owners if (i := self.m.at(o)) is not None]
        if word in self.lex.group_nouns and tok.tag_ in ("NNS", "NNPS", "NN"):
            bodies = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "at", "from")
                      for p in c.children if p.dep_ == "pobj"]  # fmt: skip
            # "U.S. officials", "State Department and Treasury officials": the body named before the noun
            bodies += [b for c in tok.children if c.dep_ in ("compound", "nmod", "poss") for b in conjuncts(c)]
            return [Argument(self.m.first_name(i), GROUP) for b in bodies if (i := self.m.at(b)) is not None]
        return []

    def _titled_between(self, i: int, tok: Token) -> bool:
        """ "The GLBA Financial Privacy Rule": capitalised words between the issuer and the instrument's noun make
        a title, the name of an instrument of its own (its issuer is not said), not "the RBI rule"."""
        span = self.m.spans[i]
        words = [t for t in tok.doc[span.end : tok.i] if t.is_alpha] if span is not None else []
        return tok.text.istitle() and bool(words) and all(t.text.istitle() for t in words)

    def _adjacent(self, i: int, tok: Token) -> bool:
        gap = self.m.text[self.m.items[i]["end"] : tok.idx]
        return re.fullmatch(r"(?:['’]s)?\s*(?:\([^()]{1,12}\))?\s*(?:[\w-]+\s+){0,2}", gap) is not None
