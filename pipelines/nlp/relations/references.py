"""References back: a definite description (`descriptions`) or a pronoun ("it", "they", "its") resolved to an entity
named earlier in the document.

The head of a rule published in a government's register (the Federal Register's layout) is the rule's title on its
own line, then an "AGENCY:" field naming the body that issues it and an "ACTION:" field saying what the document is
("Final rule.", "Proposed rule.", "Notice ..."). In the text under such a head, "this rule" or "this final rule" is
the rule the head titles: "This final rule, published by the Bureau of Industry and Security, sets forth ..." says
who issued the titled rule (`register_title`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipelines.nlp.relations.country_reference import is_state_description, state_antecedent
from pipelines.nlp.relations.descriptions import Descriptions, subject_token
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import PRONOUN, REFERENCE, Argument, Mentions
from pipelines.nlp.relations.own_title import own_title
from pipelines.nlp.relations.personal import is_person_pronoun, person_antecedent
from pipelines.nlp.relations.quotations import quoted_speaker
from pipelines.nlp.relations.syntax import agents, conjuncts, is_passive, prep_objects, subjects

_PRONOUNS = {"it": False, "they": True, "them": True}  # pronoun -> plural
_POSSESSIVES = {"its": False, "their": True}
_FIRST_PERSON = frozenset({"i", "me"})
#: what a speaker announces as "the following ..." before saying it
_SPEECH_NOUNS = frozenset({"remark", "remarks", "statement", "testimony", "speech", "address"})
# clauses joined to a verb that its subject does not govern (c-command): a name there may be what the subject is
_UNGOVERNED_CLAUSES = frozenset({"conj", "parataxis", "advcl"})
#: the prepositions that tie a sponsor noun to what it sponsors ("co-sponsors for X", "the sponsor of X")
_SPONSORED_PREPS = frozenset({"for", "of"})


class References(Descriptions):
    """Definite descriptions ("the decree", "the central bank") and pronouns ("it", "they") resolved to an entity
    named earlier in the document, only when one fits.

    A description whose noun names a kind of law or body fits the earlier mentions whose name has that word ("the
    decree" -> Decree 53); a generic one ("the law", "the rule", "the regulator") fits any law or body. Going back
    sentence by sentence from the description, the first sentence that names a fitting entity decides: if it names
    one, that one; if it names several, the one that is its subject (what a text is about stays its subject); else
    nothing. Beyond the last few sentences, only the one entity that fits in the whole document before. A pronoun
    refers to the subject of a recent sentence only."""

    #: the register head's titled rule, once looked for (`_register_rule`)
    _register: tuple[int | None] | None = None
    #: (offset, entity) of each law the text says was introduced as a bill, once looked for (`_introduced`)
    _bills: list[tuple[int, str]] | None = None

    def kinds_before(self, offset: int) -> dict[str, set[str]]:
        """The kind nouns said of each named law before `offset` (`Descriptions.kinds_before`), and "bill" of a law
        the text says was introduced (`_introduced`): a later "the bill" may refer to it."""
        out = super().kinds_before(offset)
        for at, entity in self._introduced():
            if at < offset:
                out.setdefault(entity, set()).add("bill")
        return out

    def _introduced(self) -> list[tuple[int, str]]:
        """The laws a verb of introducing (`introducing_verbs`) says were introduced: what a legislature has
        introduced before it is a bill ("H.R. 7521 was introduced by ...", "Rep. X introduced H.R. 7521"). With an
        "as" phrase, the name after "as" is the bill's ("PAFACA was introduced as H.R. 7521": the act was a bill by
        that name, not by its own). Each of coordinated names is one ("introduced the Data Act and the Cloud Act")."""
        if self._bills is None:
            self._bills = []
            for verb in (t for t in self.m.doc if t.lemma_.lower() in self.lex.introducing_verbs and t.pos_ == "VERB"):
                named = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
                if not named:
                    named = subjects(verb) if is_passive(verb) else [c for c in verb.children if c.dep_ == "dobj"]
                for n in (c for t in named for c in conjuncts(t)):
                    i = self.m.at(n)
                    if i is not None and self.m.type(i) == "Law":
                        self._bills.append((verb.idx, self.m.entity(i)))
            self._bills += self._sponsored_nouns()
        return self._bills

    def _sponsored_nouns(self) -> list[tuple[int, str]]:
        """ "six new co-sponsors for the Data Act", "the sponsors of H.R. 7521": what has sponsors is a bill."""
        out = []
        for noun in (t for t in self.m.doc if t.lower_ in self.lex.sponsor_nouns and t.pos_ == "NOUN"):
            for n in (c for t in prep_objects(noun, _SPONSORED_PREPS) for c in conjuncts(t)):
                i = self.m.at(n)
                if i is not None and self.m.type(i) == "Law":
                    out.append((noun.idx, self.m.entity(i)))
        return out

    def resolve(self, tok: Token, types: frozenset[str]) -> Argument | None:
        if tok.lower_ in _FIRST_PERSON and tok.tag_ == "PRP":
            i = quoted_speaker(tok, self.m, self.lex, types)
            i = self._speaker(tok, types) if i is None else i
            return Argument(i, PRONOUN) if i is not None else None
        if is_person_pronoun(tok):
            i = person_antecedent(tok, self.m, self.lex) if "Person" in types else None
            return Argument(i, PRONOUN) if i is not None else None
        if tok.lower_ in _PRONOUNS and tok.tag_ == "PRP":
            i = self._pronoun(tok, types)
            return Argument(i, PRONOUN) if i is not None else None
        if "Law" in types and (i := self._content_of(tok)) is not None:
            return Argument(i, REFERENCE)
        if "Law" in types and (i := own_title(tok, self.m, self.lex)) is not None:
            return Argument(i, REFERENCE)
        if "State" in types and is_state_description(tok, self.lex.state_nouns, self.lex.state_nouns_capitalised):
            i = state_antecedent(tok, self.m)
            return Argument(i, REFERENCE) if i is not None else None
        type_ = self.description(tok)
        if type_ is None or type_ not in types:
            return None
        if type_ == "Law" and (i := self._register_rule(tok)) is not None:
            return Argument(i, REFERENCE)
        i = self._description(tok, type_)
        return Argument(i, REFERENCE) if i is not None else None

    def _register_rule(self, tok: Token) -> int | None:
        """ "This final rule, published by X, sets forth ...": under a register's head, "this rule" is the rule
        the head titles (`register_title`)."""
        if tok.lower_ not in self.lex.register_rule_nouns or not any(c.lower_ == "this" for c in tok.children):
            return None
        if self._register is None:
            self._register = (register_title(tok.doc, self.m, self.lex),)
        title = self._register[0]
        span = self.m.spans[title] if title is not None else None
        if span is None or span.start > tok.i:
            return None
        return title

    def possessive(self, tok: Token, types: frozenset[str]) -> Argument | None:
        """ "One of its purposes is ...": a possessive pronoun refers back as its pronoun does."""
        if is_person_pronoun(tok):  # "his experience as commissioner"
            i = person_antecedent(tok, self.m, self.lex) if "Person" in types else None
            return Argument(i, PRONOUN) if i is not None else None
        if tok.lower_ not in _POSSESSIVES or tok.tag_ != "PRP$":
            return None
        i = self._pronoun(tok, types)
        return Argument(i, PRONOUN) if i is not None else None

    def _pronoun(self, tok: Token, types: frozenset[str]) -> int | None:
        plural = _PRONOUNS.get(tok.lower_, _POSSESSIVES.get(tok.lower_, False))
        unnamed_subject = False  # a nearer sentence is about something the text does not name ("The rule ...")
        if (changed := self._changed_by_law(tok, types)) is not None:
            laws, agent = changed
            return self._nearest(tok, agent) if laws == {agent} else None
        linked = self._linked_clause_subject(tok)
        if linked is not None:
            verb, named = linked
            if self.m.type(named) in types and self.m.plural(named) == plural:
                if self._has_law(verb, named, types):
                    return self._law_not_named_again(verb.sent, named, tok, types)
                return self._nearest(tok, self.m.entity(named))
        for sent in self._recent(tok):
            i = self.subject(sent)
            if i is not None and (root := self.m.root(i)) is not None and root.i < tok.i:
                if self.m.type(i) in types and self.m.plural(i) == plural:
                    if self._introduces_law(sent, i, types):
                        return self._law_not_named_again(sent, i, tok, types)
                    return self._nearest(tok, self.m.entity(i))
                # "Kenya passed the Data Protection Act. It regulates ...": the subject cannot do what the clause
                # says (a state regulates nothing), so "it" is the one thing of the kind the sentence names
                return None if unnamed_subject else self._only_fitting(sent, tok, types, plural)
            subj = subject_token(sent) or (sent.root if sent.root.pos_ == "NOUN" else None)
            if i is None and subj is not None and subj.i < tok.i and subj.pos_ != "PRON":
                if subj.lemma_.lower() in self.lex.law_kind_nouns | self.lex.bill_nouns:
                    # "The Data Act was passed. A new bill was drafted. It requires ...": the nearer sentence is
                    # about a law the text does not name, the likelier "it"; nothing rather than the older law
                    return None
                unnamed_subject = True
        return None

    def _content_of(self, tok: Token) -> int | None:
        """ "The Data Act refers to a set of legal requirements mandating that ...", "the Act consists of rules
        requiring ...": requirements (or a set of them) that a verb of content says a law is or holds are that
        law's, and they say what it requires. The law named as the verb's subject; not when the verb is negated
        or said with a modal of possibility ("may refer to")."""
        noun = self._content_phrase(tok)
        if noun is None:
            return None
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb, prep = verb.head, verb.lower_
            if prep not in self.lex.content_verbs.get(verb.lemma_.lower(), frozenset()):
                return None
        elif noun.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in self.lex.content_verbs:
            return None
        if any(c.dep_ == "neg" or (c.tag_ == "MD" and c.lower_ in self.lex.hedge_modals) for c in verb.children):
            return None
        laws = [i for s in subjects(verb) if (i := self.m.at(s)) is not None and self.m.type(i) == "Law"]
        return self.m.first_name(laws[0]) if len(laws) == 1 else None

    def _content_phrase(self, tok: Token) -> Token | None:
        """The noun phrase that says requirements: a noun of requirement, or a collection of them ("a set of
        legal requirements"; the collection, when the token is the requirement inside it)."""
        lex, lemma = self.lex, tok.lemma_.lower()
        of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if lemma in lex.content_nouns and of is not None and of.head.lemma_.lower() in lex.collection_nouns:
            return of.head  # "a set of requirements mandating ...": the set is what the verb says the law is
        if lemma in lex.collection_nouns:
            kinds = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            return tok if any(k.lemma_.lower() in lex.content_nouns for k in kinds) else None
        return tok if lemma in lex.content_nouns else None

    def _changed_by_law(self, tok: Token, types: frozenset[str]) -> tuple[set[str], str] | None:
        """ "This law was modified in 2015 by the Data Localization Law. It introduced a new obligation ...": after
        a sentence saying, in the passive, that a law was changed by another (amended, modified, supplemented),
        "it" as the subject of a verb that brings something new in (introduce, add, impose) is the changing law
        (what an amendment does is bring its rules into the changed one) or the changed one: ambiguous unless the
        sentence names one law, the by-agent (the changed one said by a description). The laws the sentence
        names and its by-agent's law; None when the pronoun does not follow such a sentence."""
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in self.lex.innovating_verbs:
            return None
        before = [s for s in tok.doc.sents if s.end <= tok.sent.start]
        if not before or "Law" not in types:
            return None
        sent = before[-1]
        root = sent.root
        if root.lemma_.lower() not in self.lex.amending_verbs or not is_passive(root):
            return None
        named = [i for a in agents(root) if (i := self.m.at(a)) is not None and self.m.type(i) == "Law"]
        if len(named) != 1:
            return None
        laws = {
            self.m.entity(i)
            for i in self.m.before(tok.idx)
            if sent.start_char <= self.m.items[i].start < sent.end_char and self.m.type(i) == "Law"
        }
        return laws, self.m.entity(named[0])

    def _speaker(self, tok: Token, types: frozenset[str]) -> int | None:
        """ "My name is Ana Lopez, and I am the Director of ...": in testimony and speeches "I" is the person the
        speaker introduced as "my name is X" earlier in the document, when the document introduces one person so."""
        named = [
            i
            for t in tok.doc[: tok.i]
            if t.lower_ == "name" and t.dep_ == "nsubj" and t.head.lemma_ == "be"
            and any(c.lower_ == "my" for c in t.children if c.dep_ == "poss")
            for a in t.head.children
            if a.dep_ == "attr" and (i := self.m.at(a)) is not None and self.m.type(i) in types
        ]  # fmt: skip
        named += self._announced_speakers(tok, types)
        return named[-1] if len({self.m.entity(i) for i in named}) == 1 else None

    def _announced_speakers(self, tok: Token, types: frozenset[str]) -> list[int]:
        """ "Chairman A delivered the following remarks: ... I introduced the bill", "Congressman A released the
        following statement": the words a person announces as "the following" speech are theirs, so "I" after
        the announcement is that person (the mentions of the announcers before `tok`)."""
        out = []
        for noun in tok.doc[: tok.i]:
            if noun.lemma_.lower() not in _SPEECH_NOUNS or noun.dep_ != "dobj":
                continue
            if any(c.lower_ == "following" for c in noun.children if c.dep_ == "amod"):
                speakers = [c for s in subjects(noun.head) for c in (s, *s.conjuncts)]
                found = (self.m.at(s) for s in speakers)
                out += [i for i in found if i is not None and self.m.type(i) in types]
        return out

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

    def _law_not_named_again(self, sent: Span, subject: int, tok: Token, types: frozenset[str]) -> int | None:
        """ "Russia adopted the Data Act. It requires banks to store data in Russia.": the state and the law it
        adopted could both be "it", but English does not name again, inside the clause of a pronoun subject, what
        that pronoun stands for (binding principle C: "it" would be "its territory", not "Russia"); a clause that
        names the subject's entity after the pronoun leaves the law, when the sentence names exactly one."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or not self._named_in_clause(tok, self.m.entity(subject)):
            return None
        laws = {
            self.m.entity(j)
            for j in self.m.before(tok.idx)
            if sent.start_char <= self.m.items[j].start and self.m.type(j) == "Law"
        }
        return self._nearest(tok, laws.pop()) if len(laws) == 1 else None

    def _named_in_clause(self, tok: Token, entity: str) -> bool:
        """Whether the clause of which `tok` is the subject names `entity` after it: the verb's subtree, without the
        clauses joined to it (coordinated, parenthetical, adverbial), which the subject does not govern."""
        stack = [c for c in tok.head.children if c.i > tok.i]
        while stack:
            t = stack.pop()
            if t.dep_ in _UNGOVERNED_CLAUSES:
                continue
            if (j := self.m.at(t)) is not None and self.m.entity(j) == entity:
                return True
            stack.extend(t.children)
        return False

    def _only_fitting(self, sent: Span, tok: Token, types: frozenset[str], plural: bool) -> int | None:
        """The one entity of the wanted types (and number) the sentence names before the pronoun, if only one."""
        named = [
            i
            for i in self.m.before(tok.idx)
            if sent.start_char <= self.m.items[i].start < sent.end_char
            and self.m.type(i) in types
            and self.m.plural(i) == plural
        ]
        entities = {self._one_thing(i) for i in named}  # "passed X, and signed it as Y": one law
        return self._nearest(tok, self._naming(entities.pop(), named)) if len(entities) == 1 else None


#: how far down the document a register's head may run, in tokens
_HEAD_TOKENS = 200


def register_title(doc: Doc, mentions: Mentions, lex: RelationLexicon) -> int | None:
    """The mention of the law titled on the line right above the register head's "AGENCY:" field, when the head's
    "ACTION:" field says the document is a rule (any action with a noun of rule); None for any other document."""
    head = doc[: min(len(doc), _HEAD_TOKENS)]
    labels = [t.i for t in head[:-1] if t.is_upper and doc[t.i + 1].text == ":"]
    agency = next((i for i in labels if doc[i].lower_ in lex.register_agency_labels), None)
    action = next((i for i in labels if doc[i].lower_ in lex.register_action_labels), None)
    if agency is None or action is None or agency == 0 or not doc[agency - 1].is_space:
        return None
    value = [t.lower_ for t in doc[action + 2 : action + 12]]
    if not set(value[: value.index(".")] if "." in value else value) & lex.register_rule_nouns:
        return None
    index = mentions.at(doc[agency - 2]) if agency >= 2 else None
    span = mentions.spans[index] if index is not None else None
    if span is None or index is None or mentions.type(index) != "Law" or span.end != agency - 1:
        return None
    return index
