"""Argument roles on spaCy's dependency parse (ClearNLP labels, as the English models produce them).

A relation holds between arguments of one predicate. These functions find, for a predicate token, its subject,
object, by-agent and prepositional objects, and follow what English does to move an argument away from its
predicate:

- coordination: "Singapore, Chile and New Zealand signed X" (each conjunct is a subject), "X and Y requires" ...;
  a verb coordinated with another shares its subject ("adopted the law and enforced it") when the two agree in form
  (a bare "ban" joined to "answers" by the parse belongs to another clause);
- relative clauses: "Decree 53, which requires ..." (the relative pronoun stands for its antecedent), "the rule
  Congress passed" (the antecedent is the object);
- participles: "a law requiring ..." (the noun is the subject), "the rule adopted by X" (the noun is the theme),
  "Adopted in 2021, the law ..." (the main clause's subject is the theme);
- control: "requires companies to store X" (the object of `require` is the subject of `store`).

Nothing here crosses into another clause by itself: `noun_phrase` walks only the dependencies inside a noun
phrase (compounds, modifiers, prepositional complements, coordination, apposition, gerunds).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from pipelines.nlp.relations.clause_edges import heading_subjects, reduced_relative_noun
from pipelines.nlp.relations.named_subjects import described_noun

VERBAL = frozenset({"VERB", "AUX"})
RELATIVE = frozenset({"WDT", "WP", "WP$"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
#: verbs that tie a subject to what it is said to be ("X is a law", "Y became a member", "Z remains subject to")
COPULAS = frozenset({"be", "become", "remain"})
#: dependencies that stay inside a noun phrase
NP_INTERNAL = frozenset(
    {"compound", "amod", "nmod", "prep", "pobj", "conj", "appos", "poss", "nummod", "quantmod", "cc", "punct", "pcomp"}
)


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass"})


def is_verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun but the parser gave a subject or an object ("Decree 13
    protects personal data", with "protects" tagged as a plural noun)."""
    return tok.pos_ in VERBAL or tok.tag_.startswith("VB") or any(c.dep_ in _CLAUSE_DEPS for c in tok.children)


def is_passive(verb: Token) -> bool:
    """A passive verb ("was adopted", "be stored"), or a past participle modifying a noun ("the rule adopted by")."""
    if any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children):
        return True
    deps = {c.dep_ for c in verb.children}
    if verb.dep_ == "acl" and "agent" in deps and "nsubj" not in deps:
        return True  # "the law, passed in 2021 by X": a by-agent, though the tagger took the participle for a past
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":  # "Adopted in 2021, the law ...": a bare participle
        return not any(c.dep_ in ("aux", "nsubj", "mark") for c in verb.children)
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and "agent" in deps:
        return True  # "the bill is co-sponsored by X": a participle with its by-agent parsed as a complement
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def conjuncts(tok: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("X, Y and Z"), in text order; verbs are clauses, not kept, and
    nor is a conjunct set apart by "not" ("Ireland, but not France, is a member": France is not)."""
    items = (c for c in tok.conjuncts if (not is_verbal(c) or c.pos_ == "PROPN") and not negated_conjunct(c))
    return sorted([tok, *items], key=lambda t: t.i)


def negated_conjunct(tok: Token) -> bool:
    """ "X and not Y", "X, but not Y", "X (and not Y)", "X, not Y": the word before the conjunct's phrase is "not"
    (or the parse hangs "not" on it); "not only X but also Y" coordinates, and "not only" is not this."""
    first = min((t for t in tok.subtree if t.i <= tok.i), key=lambda t: t.i)
    before = tok.doc[first.i - 1] if first.i > 0 else None
    hung = any(c.dep_ == "neg" and c.i < tok.i for c in tok.children)
    return hung or (before is not None and before.lower_ == "not" and tok.doc[first.i].lower_ != "only")


_TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: how a time phrase hangs inside the phrase of the noun it dates ("a directive adopted in 1995")
_TIME_PHRASE_DEPS = frozenset({"pobj", "prep", "npadvmod", "nummod", "compound"})


def _is_time(tok: Token) -> bool:
    return tok.like_num or tok.ent_type_ in _TIME_ENTITIES


def antecedent(clause: Token) -> Token:
    """The noun a relative clause or participle modifies. A relative pronoun does not stand for a year or a date
    the parse hangs the clause on ("a European Union directive adopted in 1995 which regulates ...": "which" is
    the directive): the antecedent is then the noun whose phrase holds the date, through its participle."""
    head = clause.head
    if not _is_time(head):
        return head
    t = head
    while t.dep_ in _TIME_PHRASE_DEPS or (t.dep_ == "acl" and is_verbal(t)):
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and not _is_time(t):
            return t
    return head


def subjects(verb: Token) -> list[Token]:
    """Who or what the verb's clause is about (the passive subject for a passive verb)."""
    own = [_before_parenthesis(described_noun(c)) for c in verb.children if c.dep_ in SUBJECTS and c.dep_ != "expl"]
    own = heading_subjects(own)
    if own:
        return [antecedent(verb) if (c.tag_ in RELATIVE and verb.dep_ == "relcl") else c for c in own]
    if verb.dep_ in ("relcl", "acl") and not is_verbal(verb.head):
        return [verb.head]  # "the rule requiring ...", "the law adopted by ..."
    if verb.dep_ == "conj" and is_verbal(verb.head) and verb.head != verb and _shares_subject(verb):
        if _bare_after_finite(verb):
            return []
        return subjects(_coordinated_with(verb))  # "adopted the law and enforced it"
    if verb.dep_ == "acomp" and is_passive(verb) and verb.head != verb:
        return subjects(verb.head)  # "the bill is co-sponsored by X": the copula's subject
    if verb.dep_ == "xcomp" and verb.head != verb:
        gov = verb.head
        if extraposed(verb):
            return []  # "it is necessary to require X": the infinitive is the subject; "it" refers to nothing
        controllers = [c for c in gov.children if c.dep_ in ("dobj", "obj")]
        return controllers or subjects(gov)  # "requires companies to store" / "agreed to adopt"
    if _means_gerund(verb) or temporal_gerund(verb):  # "responded by passing X", "spoke after voting for X"
        return subjects(verb.head.head)
    modified = reduced_relative_noun(verb)
    if modified is not None:
        return [modified]  # "based on the Model Law adopted by X": the Model Law, not the clause's subject
    if verb.dep_ == "advcl" and verb.head != verb and (verb.tag_ == "VBG" or is_passive(verb)):
        # "..., requiring firms to ...", "Adopted in 2021, the law ...": the main clause's subject
        return subjects(verb.head)
    return []


def _before_parenthesis(subject: Token) -> Token:
    """ "The Spanish Data Protection Agency (AEPD, Spanish: X) is an agency of Spain": a parenthesis adds to the noun
    before it and is never the clause's subject, though the parse may take a word in it for one; the subject is
    then the noun the opening parenthesis hangs on."""
    doc = subject.doc
    opened = next((j for j in range(subject.i - 1, max(subject.sent.start, subject.i - 12) - 1, -1)
                   if doc[j].text in "()"), None)  # fmt: skip
    if opened is None or doc[opened].text != "(" or opened == 0:
        return subject
    closes = any(t.text == ")" for t in doc[subject.i + 1 : subject.head.i]) if subject.head.i > subject.i else False
    owner = doc[opened].head
    if not closes or owner.i >= opened or owner.pos_ not in ("NOUN", "PROPN"):
        return subject
    return owner


def _means_gerund(verb: Token) -> bool:
    """ "A responded by passing X": a gerund after "by" on an active verb is the means by which that verb's subject
    acts, so the subject does it too (on a passive verb the subject is acted upon: no such reading)."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ == "by"
        and prep.dep_ == "prep"
        and prep.head != prep
        and is_verbal(prep.head)
        and not is_passive(prep.head)
    )


#: prepositions of time that take a gerund with no subject of its own ("after voting against X")
TEMPORAL_PREPS = frozenset({"after", "before", "upon", "since"})


def temporal_gerund(verb: Token) -> bool:
    """ "Senator A issued a statement after voting against X", "After cosponsoring X, B said ...": a gerund with no
    subject of its own after a preposition of time says what the subject of the clause the phrase modifies did
    before or after it; so does the passive subject ("A was censured after criticizing X"), unless a "by" phrase
    names another actor who may be the one meant ("X was introduced by A after consulting B")."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ in TEMPORAL_PREPS
        and prep.dep_ == "prep"
        and prep.head != prep
        and is_verbal(prep.head)
        and not any(c.dep_ == "agent" for c in prep.head.children)
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


#: verb forms that do not agree with a third-person singular subject: the bare form and the plural present
_NOT_THIRD_SINGULAR = frozenset({"VB", "VBP"})


def _shares_subject(verb: Token) -> bool:
    """English joins coordinated verbs that share a subject with a coordinator ("adopted X and enforced it", "A, B
    or C"): some verb of the coordination has a "cc". A verb joined by a comma alone to a verb the parse gives two
    subjects ("the Act, which Parliament passed but the court struck down, required ...": "Act" and "court" both
    hang on "struck") is the parser mistaking the end of a relative clause for a coordination: neither subject is
    the joined verb's. With one subject ("the Law, adopted in 2021, regulates X") it is still the subject."""
    first = verb.head
    if any(c.dep_ in ("cc", "preconj") for v in (first, *first.conjuncts) for c in v.children):
        return True
    return sum(c.dep_ in SUBJECTS and c.dep_ != "expl" for c in first.children) < 2


def _bare_after_finite(verb: Token) -> bool:
    """Coordinated verbs share their tense and agreement ("adopts X and enforces it", "will adopt X and enforce
    it"), so a bare or plural-present verb with no auxiliary of its own ("ban", "demand", "require") is no conjunct
    of a third-person present verb that has none either ("answers"). Where the parse joins them ("This bill answers
    the call ..., when I said it was time to strengthen privacy protections, ban targeted advertising ... and demand
    tech companies stop collecting personal data"), the bare verb belongs to another clause (here the infinitive of
    "time"), and the present verb's subject is not its subject."""
    first = verb.head
    if verb.tag_ not in _NOT_THIRD_SINGULAR or first.tag_ != "VBZ":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for v in (verb, first) for c in v.children)


def extraposed(infinitive: Token) -> bool:
    """ "It is necessary to require operators to keep X in China", "it was important to protect X": an infinitive
    that hangs on the copula itself, beside an adjective complement, is the clause's real subject, moved to the end;
    "it" stands for that clause and refers to nothing, so the infinitive has no subject. An adjective that takes the
    infinitive as its own complement keeps "it" a pronoun ("it is able to regulate X", "it is likely to require X",
    "it is ready to adopt X"), and so does "be to" with no adjective ("it is to take effect in May")."""
    copula = infinitive.head
    if not to_infinitive(infinitive) or copula.lemma_.lower() != "be" or infinitive.i < copula.i:
        return False
    if not any(c.dep_ == "acomp" and c.i < infinitive.i for c in copula.children):
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)


def _coordinated_with(verb: Token) -> Token:
    """The verb a coordinated verb shares its subject with. A third-person singular verb does not share the
    subject of a bare or plural one: in "X, which lets operators keep data offshore but still requires Y to ...",
    where the parse hangs "requires" on "keep", "requires" agrees with the subject of the verb that governs the
    complement ("lets")."""
    first = verb.head
    if (
        verb.tag_ == "VBZ"
        and first.tag_ in _NOT_THIRD_SINGULAR
        and first.dep_ in ("ccomp", "xcomp")
        and first.head != first
    ):
        return first.head
    return first


def to_infinitive(verb: Token) -> bool:
    """The verb is an infinitive with "to" ("to store", "to be stored")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def noun_controller(verb: Token) -> list[Token]:
    """ "the Council's decision to adopt X", "the Council announced its decision to adopt X": the possessor of a
    noun controls the noun's infinitive; a possessive pronoun is the subject of the verb whose object the noun is
    (English binding: "its" is the announcer)."""
    noun = verb.head
    if verb.tag_ != "VB" or not to_infinitive(verb):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        return []
    if owners[0].tag_ == "PRP$":
        return subjects(noun.head) if noun.dep_ in ("dobj", "obj") and is_verbal(noun.head) else []
    return owners


def objects(verb: Token, preps: frozenset[str] = frozenset(), only_preps: bool = False) -> list[Token]:
    """The verb's object(s), the antecedent of an object relative ("the rule Congress passed"), and the objects of
    the prepositions in `preps` ("object to X"); with `only_preps`, those alone."""
    out: list[Token] = []
    if not only_preps:
        own = [c for c in verb.children if c.dep_ in OBJECTS]
        relative = [c for c in own if c.tag_ in RELATIVE and verb.dep_ == "relcl"]
        # "which Saudi Arabia promulgated by Royal Decree M/19": the relative pronoun is the object; another
        # noun read as a second object is a misparse
        out += [antecedent(verb)] if relative else own
        has_subject = any(c.dep_ in ("nsubj",) and c.tag_ not in RELATIVE for c in verb.children)
        if not out and verb.dep_ == "relcl" and has_subject and not is_verbal(verb.head):
            out.append(verb.head)  # "the law (that) Congress passed"
        if not out:
            out += raised_objects(verb)
    if preps:
        out += prep_objects(verb, preps)
    return out


def raised_objects(verb: Token) -> list[Token]:
    """ "The Bundestag passed and the president signed the Data Act": a verb left without its object, with "and"
    right after it and another clause with its own subject coordinated, shares the object that closes the second
    clause (right-node raising). Nothing may stand between the verb and "and" ("Japan joined in 2019 and ...")."""
    after = [c for c in verb.children if c.i > verb.i]
    if len(after) != 2 or after[0].dep_ != "cc" or after[0].lower_ != "and" or after[0].i != verb.i + 1:
        return []
    second = after[1]
    if second.dep_ != "conj" or not is_verbal(second) or not any(c.dep_ == "nsubj" for c in second.children):
        return []
    return [c for c in second.children if c.dep_ in ("dobj", "obj")]


def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions named in `preps` ("against X", "to protecting X": a gerund too)."""
    out = []
    for p in tok.children:
        if p.dep_ in ("prep", "agent", "prt") and p.lower_ in preps:
            out += [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
            # "push back against X": the preposition hangs from the particle
            out += [
                c for q in p.children if q.dep_ == "prep" and q.lower_ in preps for c in q.children if c.dep_ == "pobj"
            ]
    return out


def agents(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb ("adopted by the National Assembly")."""
    return [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]


def prep_governed(verb: Token, prep: str) -> list[Token]:
    """Objects of a preposition attached to the verb or its clause ("Under the PIPL, ...")."""
    return [c for p in verb.children if p.dep_ == "prep" and p.lower_ == prep for c in p.children if c.dep_ == "pobj"]


def noun_phrase(tok: Token, stop: frozenset[str] = frozenset()) -> Iterator[Token]:
    """The tokens of the noun phrase headed by `tok`, walking only phrase-internal dependencies; a preposition
    whose word is in `stop` ("except", "other than") is not entered. A gerund inside it ("consent before
    transferring personal data") brings its object along."""
    seen = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        yield t
        for c in t.children:
            if c.i in seen:
                continue
            ok = c.dep_ in NP_INTERNAL or (c.dep_ in ("dobj", "obj") and t.dep_ == "pcomp")
            if c.dep_ == "conj" and is_verbal(c) and c.pos_ != "PROPN":
                ok = False  # a coordinated clause, not a coordinated noun
            if c.dep_ == "prep" and c.lower_ in stop:
                ok = False
            if ok:
                seen.add(c.i)
                stack.append(c)


def clause_complements(verb: Token) -> list[Token]:
    """Clauses the verb takes as its content ("requires X to be stored", "mandated that X be stored"); not a clause
    the parse hangs on it across a semicolon ("X does not require local storage; it requires ...")."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and not _semicolon_between(c, verb)]


def directed_infinitives(verb: Token, control_verbs: frozenset[str]) -> list[Token]:
    """ "directed all providers to ensure that X is stored in India", "required companies to store X in India":
    after a verb of obliging or directing with an object (`control_verbs`), English reads a bare to-infinitive as
    what the object must do (object control), though the parse may hang it as an adverbial; a purpose is marked
    ("in order to", "so as to") or has a subject of its own, and is no such complement."""
    if verb.lemma_.lower() not in control_verbs or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VB" and bare_infinitive(c) and not _semicolon_between(c, verb)
    ]


def bare_infinitive(verb: Token) -> bool:
    """ "to store X", "to be stored": "to" before the verb, no subject or subordinator of its own, no "in order" or
    "so as" before it (a purpose)."""
    if not _tos_before(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    return not marked_purpose(verb)


def _tos_before(verb: Token) -> list[int]:
    """The positions of the infinitive marker "to" before the verb."""
    return [c.i for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i]


#: the words right before the "to" of an infinitive of purpose ("in order to", "so as to")
_PURPOSE_MARKS = frozenset({"order", "as"})


def marked_purpose(verb: Token) -> bool:
    """ "in order to assist X", "so as to protect X": an infinitive whose "to" follows "in order" or "so as" says
    why something is done, not what is done."""
    tos = _tos_before(verb)
    return bool(tos) and min(tos) >= 1 and verb.doc[min(tos) - 1].lower_ in _PURPOSE_MARKS


def without_purposes(clause: Token) -> Iterator[Token]:
    """The clause's words without those of an infinitive of purpose inside it ("to retain X in order to assist the
    authorities in identifying Y": what the clause does is retain X; Y is only why)."""
    stack = [clause]
    while stack:
        tok = stack.pop()
        if tok is not clause and tok.tag_ == "VB" and marked_purpose(tok):
            continue
        yield tok
        stack.extend(tok.children)


def object_infinitives(verb: Token) -> list[Token]:
    """ "requires providers and health plans to have safeguards to protect X": the infinitive the parse hangs on
    the verb's object (or on a noun coordinated with it) as a modifier, where English has the verb's complement
    (object control: the object is the infinitive's subject)."""
    nouns = [n for o in verb.children if o.dep_ in ("dobj", "obj") for n in conjuncts(o)]
    found = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VB" and to_infinitive(c)]
    return found or [c for n in nouns for c in _relative_clause_infinitives(n)]


def _relative_clause_infinitives(noun: Token) -> list[Token]:
    """ "requires vendors that are not covered by HIPAA to notify X": a passive relative clause on the object is
    complete before the infinitive that closes the sentence, which is the governing verb's complement (object
    control), though the parse hangs it on the relative clause's participle as an adverbial of purpose. Only the
    clause's last dependent, never an infinitive the participle itself takes ("entities required to notify")."""
    out = []
    for clause in (c for c in noun.children if c.dep_ == "relcl" and is_passive(c)):
        last = max(clause.children, key=lambda t: t.i, default=None)
        if last is not None and last.dep_ == "advcl" and last.tag_ == "VB" and to_infinitive(last):
            out.append(last)
    return out


def content_clauses(verb: Token, marks: frozenset[str], preps: frozenset[str]) -> list[Token]:
    """Clauses that say what a verb of ruling is about though the parse hangs them as adverbials: an embedded
    question or a clause of time ("governs when personal data may leave", "requires consent before companies
    process X": its mark or wh-word in `marks`), and a gerund after a preposition of `preps` ("prohibits brokers
    from transferring X"). A condition ("if", "unless") is no such clause: its mark is not in `marks`."""
    out = []
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            out += [g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return out


def purpose_clauses(verb: Token) -> list[Token]:
    """Infinitives of purpose on a verb ("passed the bill to prohibit X", "was adopted to protect X", "sets
    standards to protect X"): a "to"-clause with no subject of its own, adverbial or read as a complement."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and c.tag_ == "VB"
        and to_infinitive(c)
        and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)
    ]


def predicate_verbs(pred: Token, through: frozenset[str], copulas: frozenset[str] | None = None) -> list[Token]:
    """The predicate, the verb it is the attribute of ("was once a member": only a copula when `copulas` is given),
    and the verbs above it by the clause relations in `through` ("xcomp": "required banks to store X" gives `store`
    and `required`; "conj": coordinated verbs)."""
    out = [pred]
    if pred.dep_ in ("attr", "acomp") and (copulas is None or pred.head.lemma_.lower() in copulas):
        out.append(pred.head)
    for gov, how in governor_chain(pred):
        if how not in through:
            break
        out.append(gov)
    return out


def governor_chain(tok: Token) -> Iterator[tuple[Token, str]]:
    """Up from a predicate through the clauses that embed it: (governor, how the clause below hangs from it).

    Climbs complements (xcomp, ccomp, csubj), coordinated verbs, a gerund of means ("responded by passing X") and
    content clauses of nouns ("any suggestion that ..."); stops at a relative clause or a participle that modifies a
    noun, and at an adverbial clause (whose subordinator is yielded with the clause for the caller to read)."""
    t = tok
    while t.head != t:
        dep, gov = t.dep_, t.head
        if dep in ("ccomp", "conj") and _semicolon_between(t, gov):
            return  # "X applies to A; however, X does not cover B": a semicolon ends a sentence's clause
        if dep in ("xcomp", "ccomp", "csubj", "csubjpass"):
            yield gov, dep
        elif dep == "conj" and is_verbal(gov):
            yield gov, dep
        elif dep in ("acl", "ccomp") and not is_verbal(gov):
            yield gov, "content"  # "the suggestion that ...": the noun, then whatever governs it
        elif dep == "advcl":
            yield gov, "advcl"
            return
        elif _means_gerund(t):  # "did not respond by passing X": the means is qualified as the act it is of
            yield gov.head, "means"
            t = gov.head
            continue
        elif dep == "pcomp":
            yield gov, "pcomp"
            return
        elif dep in ("dobj", "pobj", "nsubj", "attr") and not is_verbal(t) and t.dep_ != "ROOT":
            # a noun carrying a content clause ("avoid any suggestion that"): continue to its verb
            yield gov, "noun"
        else:
            return
        t = gov


def _semicolon_between(dependent: Token, governor: Token) -> bool:
    """A semicolon hangs from `governor` between it and `dependent`: the two are clauses of their own, which the
    parser has joined as one embedding the other."""
    lo, hi = sorted((dependent.i, governor.i))
    return any(c.text == ";" and lo < c.i < hi for c in governor.children)
