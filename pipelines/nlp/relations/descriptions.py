"""Definite descriptions ("the decree", "the central bank") resolved to an entity named earlier in the document, and
the subject of a sentence, which descriptions and pronouns (`references`) both go back to.

A description takes up what the nearest sentence that names a fitting entity is about: its subject, or, when the
subject is none of the fitting laws (a lawmaker, a chamber), the law its main verb introduces ("Senators A
and B introduced the X Act, to reauthorize Section 702 of the Y Act. The legislation is cosponsored by ...": the X
Act). A bill's number and the title set after it ("H.R. 7521, the X Act") are one bill, whose title "this bill" takes
up. Two that fit equally leave the description unresolved."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import _PARENTHESIS_GAP, Mentions
from pipelines.nlp.relations.naming_copula import named_by_copula
from pipelines.nlp.relations.nationality import names_another_state
from pipelines.nlp.relations.renaming import as_name_of
from pipelines.nlp.relations.syntax import COPULAS, is_passive, objects

# determiners that make a description definite; the plural demonstratives take up a law whose name is plural ("the
# Assessment Measures ... these measures apply to ...": only "rules", "regulations", "measures", "guidelines" may be
# plural descriptions, `description`)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class Descriptions:
    """Definite descriptions resolved to an entity named earlier, only when one fits (see `References`), and the
    subjects of sentences."""

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

    def owned_law(self, tok: Token) -> int | None:
        """ "our bill", "my legislation": a law noun under a possessive determiner is as definite as "the bill" and
        refers back the same way (`_description`), but only to a bill: a law the text calls a bill or says was
        introduced (`kinds_before`). Not "our own bill" (another than the one named), not a noun with a complement
        ("our bill on X" may be new), and not a law named in the noun's own sentence: "The Data Act is flawed, and
        our bill fixes it" sets the speaker's bill against the one it names."""
        if tok.lower_ not in self.lex.law_nouns or tok.tag_ not in ("NN", "NNP"):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("of", "on", "for") or c.lower_ == "own" for c in tok.children):
            return None
        i = self._description(tok, "Law")
        if i is None:
            return None
        entity = self.m.entity(i)
        if "bill" not in self._name(i).split() and "bill" not in self.kinds_before(tok.idx).get(entity, ()):
            return None
        named_here = (s for j, s in enumerate(self.m.spans) if s is not None and self.m.entity(j) == entity)
        return None if any(s.sent == tok.sent for s in named_here) else i

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
                self.m.items[i].start > unnamed.idx
                and (word in self._name(i) or word in kinds.get(self.m.entity(i), ()))
                for i in earlier
            ):
                return None
        mates = self._clause_mates(tok)
        earlier = [i for i in earlier if self.m.entity(i) not in mates]
        fits = self._fits(tok, type_)
        # the one law the text has named, unless a modifier says the description means another state's
        one = len({self._one_thing(i) for i in earlier}) == 1 and not names_another_state(tok, earlier[0], self.m)
        one = one and self._kind_may_differ(tok, type_, earlier[0])
        candidates = [i for i in earlier if fits(i)] or (earlier if one else [])
        if not candidates:
            return None
        # two names of one thing ("Federal Law 242-FZ, commonly referred to as the Data Law") are one candidate
        entities = {self._one_thing(i) for i in candidates}
        for sent in self._recent(tok):
            here = {self._one_thing(i) for i in candidates if sent.start_char <= self.m.items[i].start < sent.end_char}
            subject = self.subject(sent) if sent.start_char < tok.idx else None
            if subject is not None and self.m.entity(subject) in entities and sent.end_char <= tok.idx:
                here.add(self.m.entity(subject))  # "The decree implements the Law on X": the decree counts too
            if len(here) == 1:
                if subject is None and self._described_subject(sent, type_, tok):
                    # "The law follows some of the provisions of the GDPR": the sentence is about a law it does
                    # not name; the one it names is another
                    return None
                return self._nearest(tok, self._naming(next(iter(here)), candidates))
            if here:
                # two fit in the nearest sentence that names any: its subject decides, else the law its main verb
                # makes or brings in, else nothing does
                if subject is not None and self.m.entity(subject) in here:
                    return self._nearest(tok, self.m.entity(subject))
                made = self._made_law(sent, here) if subject is None or self.m.type(subject) != type_ else None
                return self._nearest(tok, made) if made is not None else None
        return self._nearest(tok, self._naming(entities.pop(), candidates)) if len(entities) == 1 else None

    def _one_thing(self, i: int) -> str:
        """The entity a candidate names, two names of one thing counted once: the first of "X (ABBR)", "X, formally
        Y" (`Mentions.first_name`), the law a name after "as" renames ("signed it as Law No. 8", `as_name_of`) and the
        title set after a bill's number ("H.R. 7521, the X Act ... This bill": the X Act, `Mentions.titled`)."""
        j = as_name_of(i, self.m, self.lex)
        return self.m.titled(self.m.first_name(i if j is None else j))

    def _naming(self, thing: str, candidates: list[int]) -> str:
        """The entity of the last candidate naming `thing`: of a law renamed by "as", the nearer, second name is the
        naming a reference takes up (the nearest mention by name, as the gold guidelines say)."""
        last = next((i for i in reversed(sorted(candidates)) if self._one_thing(i) == thing), None)
        return self.m.entity(last) if last is not None and as_name_of(last, self.m, self.lex) is not None else thing

    def _clause_mates(self, tok: Token) -> set[str]:
        """The entities named as the subject of the verb whose object the description is: a noun phrase that is not
        a reflexive never refers to its own clause's subject ("the new Act replaced the 1998 law, which governed
        ...": the 1998 law is not the new Act; "the Commission adopted the decision" is not the Commission)."""
        head = tok
        while head.dep_ in ("dobj", "pobj", "prep", "attr", "oprd", "dative", "conj", "appos") and head.head != head:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                break
        if head.pos_ not in ("VERB", "AUX") or head.lemma_ in COPULAS:
            return set()
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return {self.m.entity(i) for c in subjects if (i := self.m.at(c)) is not None}

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
        subj = subject_token(sent)
        return subj is not None and subj != tok and self.m.at(subj) is None and self.description(subj) == type_

    def _unnamed_antecedent(self, tok: Token) -> Token | None:
        """The nearest earlier noun phrase headed by the same noun that is not a name and not apposed to one
        ("a rule that restricts ...", "the final rule"), if any; for a generic noun ("the rule", "the measure"),
        also one headed by a noun that names a kind of instrument ("the RBI issued a directive on storage of payment
        data ... The directive requires ... Payment firms support the rule": the rule is that directive)."""
        kinds = self.lex.law_nouns_named if tok.lower_ in self.lex.law_nouns_generic else frozenset()
        for t in reversed(tok.doc[: tok.i]):
            if self._rulemaking(t, tok):
                return t
            if t.pos_ != "NOUN" or self.m.at(t) is not None:
                continue
            if t.lemma_ != tok.lemma_ and not self._instrument_phrase(t, kinds):
                continue
            if self._named_noun(t):
                return None  # "the decree, Decree 53", "its Data Protection Law (law no. 151 of 2020)"
            type_ = self.description(t)
            if type_ is not None and self._description(t, type_) is not None:
                return None  # itself a description of a named one
            return t
        return None

    def _rulemaking(self, t: Token, tok: Token) -> bool:
        """A rulemaking ("a Notice of Proposed Rulemaking under HIPAA") makes a rule the text does not name: "the
        rule" or "this proposed rule" after it is that rule, not the law it is made under."""
        return (
            tok.lower_ in self.lex.rulemaking_products
            and t.lower_ in self.lex.rulemaking_nouns
            and self.m.at(t) is None
        )

    @staticmethod
    def _instrument_phrase(t: Token, kinds: frozenset[str]) -> bool:
        """A singular noun of an instrument's kind with a determiner of its own ("a directive", "the circular"):
        one instrument the text talks about."""
        return (
            t.lower_ in kinds
            and t.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that") for c in t.children)
        )

    def _named_noun(self, t: Token) -> bool:
        """The noun is given a name: apposed to one, "called" one, said of one by a copula, or in parentheses after
        one."""
        named = [c for c in t.children if c.dep_ == "appos" and self.m.at(c) is not None]
        named += self._called(t)  # "the previous framework called the International Safe Harbor Principles"
        named += [n for n in _as_kind_of(t) if self.m.at(n) is not None]  # "X was passed as an amendment to Y"
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
            subj = subject_token(sent) or _fragment_head(sent)
            found = None
            if subj is not None:
                found = self.m.at(subj)
                if found is None:
                    found = named_by_copula(subj, self.m, self.lex, self.description)
                if found is None and (type_ := self.description(subj)) is not None:
                    found = self._description(subj, type_)
                if found is None:
                    found = self._provision_of(subj)
                if found is not None:
                    found = self.m.first_name(found)
                if found is not None and self._coordinated_subject(subj, found):
                    found = None
            self._subjects[sent.start] = found
        return self._subjects[sent.start]

    def _made_law(self, sent: Span, fitting: set[str]) -> str | None:
        """ "Senators A and B introduced the Government Surveillance Reform Act, to reauthorize Section 702 of the
        Foreign Intelligence Surveillance Act. The legislation is cosponsored by ...": a sentence whose subject is
        no law is about the law its main verb brings in, the object of a verb of introducing one
        (`introducing_verbs`), not a law its purpose or a complement names; a later description takes that law up
        (a verb of adopting is not enough: "the NPC adopted a new Foreign Investment law" under a heading that names
        it too). Only when one such law fits ("introduced X and Y": none) and the sentence is
        one clause ("A approved X, and B signed Y": each clause brings in its own)."""
        verb = sent.root
        if verb.lemma_.lower() not in self.lex.introducing_verbs or is_passive(verb):
            return None
        if any(c.pos_ in ("VERB", "AUX") for c in verb.conjuncts):
            return None
        # "passed X and Y": the parse may hang Y on the verb
        nouns = objects(verb) + [c for c in verb.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        made = {self._one_thing(i) for o in nouns for c in _noun_phrase(o) if (i := self.m.at(c)) is not None}
        made &= fitting
        return made.pop() if len(made) == 1 else None

    def _coordinated_subject(self, subj: Token, found: int) -> bool:
        """ "The Data Privacy Law and the Cloud Privacy Law were debated. The law ...": a subject coordinated with
        a name of another thing is the two together; the sentence is about both, so neither is its subject, and a
        later description or pronoun cannot be decided by it."""
        thing = self._one_thing(found)
        others = (self.m.at(c) for c in subj.conjuncts)
        return any(i is not None and self._one_thing(i) != thing for i in others)

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
        (GLBA) (P.L. 106-102)") is a naming of it too, the nearer one (`Mentions.renames`), and so is a short name
        defined in quotes after it ("Decision 2000/520/EC (hereafter “the Safe Harbour Decision”)",
        `Mentions.short_name_of`)."""
        m = self.m
        i = m.name_proper(
            next(i for i in reversed(m.before(tok.idx)) if entity in (m.entity(i), m.renames(i), m.short_name_of(i)))
        )
        return self._named_by_noun(tok, entity, i)

    def _named_by_noun(self, tok: Token, entity: str, i: int) -> int:
        """ "The RESTRICT Act (S. 686) was introduced ... the Act proposed ...": a description repeats the name that
        calls the thing by its noun, not a second name in parentheses right after it that lacks the noun (a bill or
        code number): "the Act" is the RESTRICT Act. The nearest naming `i` stays when it has the noun ("the Data
        Law (Law No. 151) ... the law": Law No. 151) and when the token is a pronoun."""
        m = self.m
        if tok.pos_ not in ("NOUN", "PROPN") or i == 0:
            return i
        word = re.compile(rf"\b{re.escape(self._head_word(tok))}", re.IGNORECASE)
        j = i
        while j > 0 and m.items[j - 1].type == m.items[i].type and not word.search(m.items[j].text):
            if not _PARENTHESIS_GAP.fullmatch(m.text[m.items[j - 1].end : m.items[j].start]):
                return i
            j -= 1  # back over the parenthesised names to the one the parentheses follow
        named = entity in (m.entity(j), m.renames(j), m.short_name_of(j))
        return m.name_proper(j) if j != i and named and word.search(m.items[j].text) else i

    @staticmethod
    def _head_word(tok: Token) -> str:
        """The description's noun in the singular ("the rules" -> "rule")."""
        return tok.lower_.rstrip("s") if tok.tag_ in ("NNS", "NNPS") else tok.lower_

    def _name(self, i: int) -> str:
        m = self.m.items[i]
        return (m.label + " " + m.text + " " + m.entity_id).lower()

    def kinds_before(self, offset: int) -> dict[str, set[str]]:
        """The kind nouns the text has said of each named law before `offset`: "X is a framework for ...", "X, a
        program developed by ...", "the framework called X" (a later "the framework" may refer to X)."""
        if self._kinds is None:
            self._kinds = []
            for t in self.m.doc:
                kinds = self.lex.law_kind_nouns | (self.lex.law_nouns_named if _as_kind_of(t) else frozenset())
                if t.pos_ != "NOUN" or self.m.at(t) is not None or t.lemma_.lower() not in kinds:
                    continue
                named = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
                if t.dep_ == "attr" and t.head.lemma_ in COPULAS:
                    named += [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                named += self._called(t)
                named += _as_kind_of(t)
                for n in named:
                    i = self.m.at(n)
                    if i is not None and self.m.type(i) == "Law":
                        self._kinds.append((t.idx, self.m.entity(i), t.lemma_.lower()))
        out: dict[str, set[str]] = {}
        for at, entity, noun in self._kinds:
            if at < offset:
                out.setdefault(entity, set()).add(noun)
        return out

    def _kind_may_differ(self, tok: Token, type_: str, i: int) -> bool:
        """Whether a description may stand for the one body named before though the body's name has not its noun:
        a generic noun may ("the regulator", "the agency": any body); a noun of kind may stand for a body whose
        name gives no kind ("the parliament" for the State Duma or the Knesset), and a legislature's noun for any
        legislature ("the parliament" for the National Assembly); it never stands for a body whose name gives
        another kind ("the parliament" is not the Telecommunications Regulatory Commission, "the ministry" not
        the Central Bank). Laws keep their rule (`_description`)."""
        if type_ != "Agency" or tok.lower_ in self.lex.agency_nouns_generic:
            return True
        words = set(re.findall(r"[a-z]+", self.m.items[i].label.lower()))
        kinds = words & (self.lex.agency_nouns_named | self.lex.legislature_nouns)
        if tok.lower_ in self.lex.legislature_nouns:
            return not kinds or bool(kinds & self.lex.legislature_nouns)
        return not kinds

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


#: what joins a noun phrase's own parts, not a clause or a phrase about it ("X (hereafter "Y") and Z")
_OUTSIDE_PHRASE = frozenset({"acl", "relcl", "prep", "advcl", "ccomp", "xcomp"})


def _noun_phrase(tok: Token) -> list[Token]:
    """The noun and what it is coordinated or set in apposition with, however deep ("X (hereafter "Y") and Z": X, Y
    and Z), not the clauses and phrases that modify them ("X, which amends Z": X)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _OUTSIDE_PHRASE)
    return out


def is_provision(tok: Token, lex: RelationLexicon) -> bool:
    """A noun naming a part of a law: "Article 16", "the provisions", or "Title V" (whose numeral the parse may
    take for the head noun, with the part's word as its compound)."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
    return any(w.lemma_.lower() in lex.provision_nouns for w in words)


def subject_token(sent: Span) -> Token | None:
    """The subject of the sentence's main verb."""
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _fragment_head(sent: Span) -> Token | None:
    """ "The law that came into effect on 1 September 2015. It requires ...": a sentence that is a noun phrase (a
    heading, a fragment; its root a noun) is about that noun phrase, as a sentence is about its subject."""
    root = sent.root
    return root if root.pos_ in ("NOUN", "PROPN") and root.tag_ != "NNS" else None


def _as_kind_of(t: Token) -> list[Token]:
    """ "X was passed in 1974 as an amendment to Y", "X was adopted as a regulation": an indefinite noun after "as"
    on a verb says what kind of instrument the verb's subject is (a later "the amendment" is X, not Y)."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return []
    subjects = [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "BACKGROUND The X Act (XA) was passed ...": a name set beside the subject (a run-in heading's) names it too
    return subjects + [a for c in subjects for a in c.children if a.dep_ == "appos"]
