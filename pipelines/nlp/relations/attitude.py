"""Polarity and modality of a relation, read off the clause that states it and the clauses that embed it.

Polarity: `negated` when the predicate (or a verb it is coordinated under) is negated ("does not require"), an
argument is ("no law requires", "neither X nor Y"), it depends on "without", or an implicative verb says it did
not happen ("failed to pass", "refused to adopt"; but "did not hesitate to criticize X" says it did); `denied` when
the clause is the content of a denial ("denied that X opposes", "rejected claims that", "avoid any suggestion
that"). Otherwise `asserted`.

Modality: `conditional` under "if"/"unless", or a subordinator of time before a present clause ("once the ministry
orders them to"); `proposed` when a verb of planning embeds it ("plans to adopt",
"is considering") or the law it is about is a draft, a proposal or a bill; `hedged` under a hedging modal
(may, might, could, would, should, can), adverb (reportedly, possibly) or governor (is expected to, claims that).
Otherwise `stated`: "must", "shall" and "will" state what a law does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipelines.nlp.relations.committee_votes import committee_passed
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import (
    governor_chain,
    is_passive,
    is_verbal,
    noun_controller,
    temporal_gerund,
    to_infinitive,
)

if TYPE_CHECKING:
    from pipelines.nlp.relations.mentions import Mentions

_POLARITY_RANK = {"asserted": 0, "negated": 1, "denied": 2}
_MODALITY_RANK = {"stated": 0, "hedged": 1, "proposed": 2, "conditional": 3}


@dataclass
class Attitude:
    polarity: str = "asserted"
    modality: str = "stated"

    def polarize(self, value: str) -> None:
        if _POLARITY_RANK[value] > _POLARITY_RANK[self.polarity]:
            self.polarity = value

    def modalize(self, value: str) -> None:
        if _MODALITY_RANK[value] > _MODALITY_RANK[self.modality]:
            self.modality = value


def negating(word: Token, lex: RelationLexicon) -> bool:
    """A negative determiner ("no law requires", "neither X nor Y"), not the abbreviation of "number" that "No"
    is before a numeral in a citation ("Decision No 243/2012/EU", "Regulation (EU) No 1025/2012", "Law No 27")."""
    if word.lower_ not in lex.negative_determiners:
        return False
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    cited = word.text in ("No", "NO") and following is not None and following.text[:1].isdigit()
    return not cited


def attitude(
    pred: Token,
    lex: RelationLexicon,
    arguments: tuple[Token, ...] = (),
    deontic: bool = False,
) -> Attitude:
    """The polarity and modality of what `pred` states about `arguments`. With `deontic`, the predicate's own
    modal is part of what a law says ("under the PIPL, data must be stored ...") and is not read as a hedge."""
    a = Attitude()
    _own_clause(pred, lex, a, modal=not deontic)
    if _unfinished(pred, lex):
        a.modalize("proposed")
    if pred.dep_ == "acomp" and is_passive(pred):
        _own_clause(pred.head, lex, a, modal=not deontic)  # "is not co-sponsored by X": the copula's "not" and modal
    for arg in arguments:
        if any(negating(c, lex) for c in arg.children if c.dep_ in ("det", "preconj", "neg")):
            a.polarize("negated")
    below = pred
    owned = False  # "its decision to adopt X": the noun's owner does it, so the owner's clause qualifies it
    for gov, how in governor_chain(pred):
        if how in ("content", "noun"):
            if how == "content" and gov.lemma_.lower() in lex.proposal_nouns_governing and pred.tag_ == "VB":
                a.modalize("proposed")  # "its application to join the OECD", "a plan to adopt X": not done yet
                break
            if how == "content" and gov.lemma_.lower() in lex.owned_act_nouns and noun_controller(pred):
                owned = True
            elif how == "content" and gov.lemma_ not in lex.claim_nouns:
                break  # "a law requiring ...": the noun's clause does not qualify what the participle says
            elif how == "noun" and below.lemma_ not in lex.claim_nouns and not owned:
                break
        if how == "advcl":
            if _joined_for(below, gov, lex):  # "did not join Mexico to oppose X": the joining's attitude is the act's
                _take_on(a, attitude(gov, lex, arguments))
            break  # "because X requires ...", "although ...": the clause is stated in its own right
        if how == "pcomp":
            if gov.lower_ == "without":
                a.polarize("negated")
            elif _joined_for(below, gov.head, lex):  # "did not join the EU in opposing X"
                _take_on(a, attitude(gov.head, lex, arguments))
            elif temporal_gerund(below):  # "may speak after voting for X": the act is as far off as the clause's
                a.modalize(attitude(gov.head, lex, arguments).modality)  # (its "not" is its own: "did not comment")
            break
        if how == "xcomp" and _base_forms(gov) & lex.reluctance_verbs:
            _reluctance(gov, lex, a)  # "did not hesitate to criticize X": the act is done
            below = gov
            continue
        _governor(gov, how, lex, a)
        if how == "conj":
            _own_clause(gov, lex, a, modal=shares_modal(below, gov))
        elif is_verbal(gov):
            _own_clause(gov, lex, a, modal=True)
        below = gov
    return a


def _unfinished(verb: Token, lex: RelationLexicon) -> bool:
    """ "A and B are negotiating X", "were still finalising X": the progressive of a verb of making an agreement
    says the making goes on, so the agreement is not made (yet); its simple past ("negotiated X") made it."""
    if verb.lemma_.lower() not in lex.unfinished_progressives or verb.tag_ != "VBG":
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PERIPHRASTIC = frozenset({"have", "be"})


def shares_modal(verb: Token, first: Token) -> bool:
    """A verb coordinated with `first` is under its modal unless it has auxiliaries of its own or a tense of its
    own ("could adopt and enforce X": both hedged; "said it would appeal and attacked the decision": "attacked" is
    stated). After a perfect or progressive auxiliary a past form may be a participle, which shares it."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    own_tense = verb.tag_ in _FINITE
    periphrastic = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in _PERIPHRASTIC for c in first.children)
    return not own_tense or periphrastic


def _own_clause(tok: Token, lex: RelationLexicon, a: Attitude, modal: bool) -> None:
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "advmod" and low in ("never", "neither", "nor")) or _paired_negation(c):
            a.polarize("negated")
        elif low == "cannot" and c.i < tok.i:
            _fused_cannot(a, modal)
        elif c.dep_ == "aux" and modal and low in lex.hedge_modals:
            a.modalize("hedged")
        elif c.dep_ == "advmod" and low in lex.hedge_adverbs:
            a.modalize("hedged")
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in c.children):
            if not _exception(c, tok, lex):
                a.modalize("conditional")
    # a subordinate clause, or one the parser took for the main clause though its subordinator says it is not
    if tok.dep_ in ("advcl", "ROOT") and any(_subordinator(m, lex) and _conditions(m, tok, lex) for m in tok.children):
        a.modalize("conditional")


def _paired_negation(word: Token) -> bool:
    """ "Kenya neither signed nor ratified X": "neither" before the first of two coordinated verbs negates both
    (the parser hangs it on the first verb as a pre-conjunction; the second reaches it through its coordination)."""
    return word.dep_ == "preconj" and word.lower_ == "neither" and is_verbal(word.head)


def _fused_cannot(a: Attitude, modal: bool) -> None:
    """ "EMBASSY CANNOT CONFIRM THAT ...": "cannot" written as one word, which the tokenizer keeps whole in
    capitals, is the modal "can" and its "not": the verb is negated, and hedged as "can" hedges."""
    a.polarize("negated")
    if modal:
        a.modalize("hedged")


def _exception(clause: Token, verb: Token, lex: RelationLexicon) -> bool:
    """ "The regulations require companies to store X in the country, unless exemptions are granted": a clause of
    exception ("unless") on a verb that states what holds or held (present or past, with no modal or future
    auxiliary) names where the rule does not apply; the rule itself is stated. "Turkey will join the Forum unless
    its law is amended" is a condition on what will be."""
    if not any(m.dep_ == "mark" and m.lower_ in lex.exception_marks for m in clause.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return verb.tag_ in _FINITE or any(c.tag_ in _FINITE for c in auxiliaries)


def _subordinator(tok: Token, lex: RelationLexicon) -> bool:
    """The word that opens a subordinate clause: a subordinating conjunction, or "when" or "once" (which the parser
    may take for adverbs)."""
    if tok.dep_ == "mark":
        return True
    return tok.dep_ == "advmod" and (tok.tag_ == "WRB" or tok.lower_ in lex.contingent_marks)


_NOT_PAST = frozenset({"VBZ", "VBP", "VB"})


def _conditions(mark: Token, clause: Token, lex: RelationLexicon) -> bool:
    """The subordinator makes its clause a condition: "if", "unless" ...; or a subordinator of time before a clause
    in the present ("once the ministry orders them to", "when the regulator requires it"), which says what comes
    about only then. A past clause of time happened ("once the law was passed, ...")."""
    if mark.lower_ in lex.conditional_marks:
        return True
    if mark.lower_ not in lex.contingent_marks:
        return False
    if clause.tag_ == "VBN" and clause.dep_ == "advcl" and not _auxiliaries(clause):
        # a reduced clause ("once signed by X", "when ratified by Y") takes its time from the clause it modifies:
        # "could be implemented once signed", "will enter into force when ratified" (not signed yet); "took effect
        # once signed" (signed)
        return not _past(clause.head)
    present = clause.tag_ in _NOT_PAST or any(c.tag_ in _NOT_PAST for c in _auxiliaries(clause))  # "is adopted"
    return present and not _past(clause)


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _past(verb: Token) -> bool:
    """The verb or one of its auxiliaries is in the past tense ("took", "was passed", "had signed")."""
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in _auxiliaries(verb))


def _base_forms(tok: Token) -> frozenset[str]:
    """The word's lemma, and its third-person form without its "-s" ("hopes" -> "hope", which the lemmatizer may
    read as a form of "hop"): a governor is known by either; a phrasal verb also by its lemma and particle ("ruled
    out adopting X": "rule out")."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    forms |= {f"{tok.lemma_.lower()} {c.lower_}" for c in tok.children if c.dep_ == "prt"}
    if tok.tag_ == "VBZ" and low.endswith("s"):
        forms.add(low[:-1])
    return frozenset(forms)


def _reluctance(verb: Token, lex: RelationLexicon, a: Attitude) -> None:
    """A verb of reluctance over the infinitive ("hesitate to criticize X"): negated, it says the act was done
    ("did not hesitate to", "never hesitated to"), so its "not" is not the act's; affirmed, it leaves the act undecided
    ("hesitated to back X": hedged). Its own modal and conditions still qualify the act ("may not hesitate to")."""
    own = Attitude()
    _own_clause(verb, lex, own, modal=True)
    a.modalize(own.modality)
    if own.polarity == "asserted":
        a.modalize("hedged")


def _joined_for(act: Token, join: Token, lex: RelationLexicon) -> bool:
    """ "A joined B in opposing X", "A joined B to oppose X": the "in" gerund or the infinitive of purpose of a verb
    of joining names the act done together, which is done only as far as the joining is ("may join", "refused to
    join", "if A joins")."""
    if join.lemma_.lower() not in lex.companion_verbs:
        return False
    in_gerund = act.tag_ == "VBG" and act.head.lower_ == "in"
    return in_gerund or to_infinitive(act)


def _take_on(a: Attitude, other: Attitude) -> None:
    """The attitude `a` is at least as far from a plain statement as `other`."""
    a.polarize(other.polarity)
    a.modalize(other.modality)


def _governor(gov: Token, how: str, lex: RelationLexicon, a: Attitude) -> None:
    forms = _base_forms(gov)
    if how == "xcomp" and forms & lex.negative_implicatives:
        a.polarize("negated")
    elif forms & lex.denial_verbs and how in ("ccomp", "noun", "xcomp"):
        a.polarize("denied")
    elif forms & (lex.proposal_governors | lex.demand_verbs | lex.directive_governors) and how in ("xcomp", "ccomp"):
        # "pressed Kenya to adopt X", "urged Brazil to pass X": what one is urged to do is not yet done
        a.modalize("proposed")
    elif forms & lex.hedge_governors and how in ("xcomp", "ccomp", "content"):
        a.modalize("hedged")


def law_status(law: Token, lex: RelationLexicon) -> str | None:
    """`proposed` when the law argument is a draft, a proposal or a bill ("the draft law", "the bill")."""
    words = {law.lower_} | {c.lower_ for c in law.children if c.dep_ in ("amod", "compound", "nmod")}
    span_words = {t.lower_ for t in law.doc[max(0, law.i - 3) : law.i + 1]}
    if words & lex.proposed_modifiers or span_words & lex.proposed_modifiers or law.lower_ in lex.proposed_nouns:
        return "proposed"
    return None


def noun_standing(noun: Token, lex: RelationLexicon) -> tuple[str, str]:
    """The polarity and modality the clause around a noun gives the thing it names: "no requirement that ..."
    (negated), "a proposed requirement" (proposed), "plans a requirement that ...", "called for a requirement"
    (proposed), "scrapped its requirement" (negated: undone), "denied any requirement" (denied), and otherwise
    the polarity and modality of the verb whose argument the noun is ("the requirement may be dropped": hedged)."""
    a = Attitude()
    if any(negating(c, lex) for c in noun.children if c.dep_ in ("det", "neg")):
        a.polarize("negated")
    status = law_status(noun, lex)
    if status:
        a.modalize(status)
    gov = _governing_verb(noun)
    if gov is None:
        return a.polarity, a.modality
    around = attitude(gov, lex)
    a.polarize(around.polarity)
    a.modalize(around.modality)
    lemma = gov.lemma_.lower()
    if lemma in lex.proposal_verbs or lemma in lex.demand_verbs:
        a.modalize("proposed")
    if lemma in lex.undo_verbs or lemma in lex.negative_implicatives:
        a.polarize("negated")
    if lemma in lex.denial_verbs:
        a.polarize("denied")
    return a.polarity, a.modality


#: how a noun hangs inside the phrase or the clause of the verb it is an argument of
_ARGUMENT_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "pobj", "prep", "attr", "conj", "appos", "dative"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause the noun is an argument of ("drew criticism", "scrapped its requirement", "called
    for a requirement"), climbing prepositions, coordination and apposition; None when there is none."""
    t = noun
    while t.dep_ in _ARGUMENT_DEPS and t.head != t:
        t = t.head
        if is_verbal(t):
            return t
    return None


def draft_laws(mentions: Mentions, lex: RelationLexicon) -> frozenset[str]:
    """The laws a document introduces as drafts or proposals ("the draft Location Act of 2014 ("LPA")", "a
    proposed regulation") and no clause of it passes ("the draft law was adopted in May"): what such a law is said
    to do later in the text, under its name or its abbreviation ("The LPA addresses ..."), is still only proposed.
    Their entity ids."""
    drafts, passed = set(), set()
    for i, span in enumerate(mentions.spans):
        if span is None or mentions.type(i) != "Law":
            continue
        before = [
            t for t in span.doc[max(span.sent.start, span.start - 2) : span.start] if t.lower_ not in _DETERMINERS
        ]
        if any(t.lower_ in lex.proposed_modifiers for t in before[-1:]) or law_status(span.root, lex):
            drafts.add(mentions.entity(i))
        elif _introduced(span.root, lex) or committee_passed(span.root, lex):
            drafts.add(mentions.entity(i))
        if _passed(span.root, lex):
            passed.add(mentions.entity(i))
    return frozenset(drafts - passed)


def _introduced(law: Token, lex: RelationLexicon) -> bool:
    """ "Senators A and B introduced the X Act", "the X Act was introduced in the House": a law that is introduced
    or proposed is a bill, whatever its name says ("Act" names bills too), until a clause passes it."""
    return law.dep_ in ("dobj", "nsubjpass") and law.head.lemma_.lower() in lex.introducing_verbs


def _passed(law: Token, lex: RelationLexicon) -> bool:
    """ "The parliament adopted the draft law", "the bill was signed into law", "the bill, which the Senate passed
    in May": a clause, stated and asserted, whose verb of passing has the law as its object."""
    verbs = [c for c in law.children if c.dep_ == "relcl"]  # "the X Act, which Parliament passed in May"
    if law.dep_ in ("dobj", "nsubjpass"):
        verbs.append(law.head)
    for verb in verbs:
        if verb.lemma_.lower() in lex.bill_passing_verbs:
            a = attitude(verb, lex, (law,))
            if a.polarity == "asserted" and a.modality == "stated":
                return True
    return False


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their"})


#: how a law hangs on a verb that says what became of it: its object, or its subject in the passive
_UNDERGOES = frozenset({"dobj", "nsubjpass"})


def law_fate(law: Token, lex: RelationLexicon, content: bool = True, pred: Token | None = None) -> Attitude:
    """What the clause around a law says became of it, as the standing of what the law is said to do (`content`)
    or of its making. A law that was not passed ("was not adopted"), never came into force ("never entered into
    force", "did not take effect") or was voted down ("the Senate rejected the bill", "was vetoed") never became
    law: its content and its making are only proposed. A law undone ("was withdrawn", "was struck down", "the court
    invalidated X") no longer says what it said: its content is negated; that it was made stays true. The verbs
    are the law's own (it is their subject or object, or they are its relative clause), stated and asserted
    unless a negation is what says it did not happen. The predicate `pred` of the relation says its own attitude
    ("the Act was not adopted by Parliament": negated) and is not read again."""
    a = Attitude()
    for verb, dep in _fate_verbs(law):
        if pred is not None and verb.i == pred.i:
            continue
        lemma, around = verb.lemma_.lower(), attitude(verb, lex, (law,))
        stated = around.modality == "stated"
        if lemma in lex.bill_passing_verbs and dep in _UNDERGOES or _comes_into_force(verb, dep, lex):
            if stated and around.polarity == "negated":
                a.modalize("proposed")
        elif dep in _UNDERGOES and stated and around.polarity == "asserted":
            if lemma in lex.defeat_verbs:
                a.modalize("proposed")
            elif content and lemma in lex.undo_verbs and _undoing(verb):
                a.polarize("negated")
    return a


def in_apposition(pred: Token, law: Token) -> bool:
    """ "The CJEU invalidated the Privacy Shield, a program developed to facilitate transfers of personal data": an
    apposition to a law says which law is meant by what kind of law it is (was), which stays true of it whatever
    became of it; `pred` is in (or is) an apposition of `law`."""
    t = pred
    while t.i != t.head.i and t.i != law.i:
        if t.dep_ == "appos" and law.is_ancestor(t):
            return True
        t = t.head
    return False


def _fate_verbs(law: Token) -> list[tuple[Token, str]]:
    """The verbs a law is an argument of, with its role: the verb it is subject or object of, its relative
    clauses ("the Act, which was never adopted, ..."), whose relative pronoun takes the role, and its reduced
    relative clauses (`_reduced_passive`)."""
    out = []
    if law.dep_ in ("nsubj", "nsubjpass", "dobj") and is_verbal(law.head):
        out.append((law.head, law.dep_))
    for clause in (c for c in law.children if c.dep_ == "relcl"):
        rel = next((c for c in clause.children if c.tag_ in ("WDT", "WP") and c.dep_ in _ROLES), None)
        if rel is not None:
            out.append((clause, rel.dep_))
    out += [(c, "nsubjpass") for c in law.children if _reduced_passive(c)]
    return out


def _reduced_passive(clause: Token) -> bool:
    """ "the Act, repealed in 2018, ...", "the Act, vetoed by the President, ...": a past participle after the law
    (a reduced relative clause, set off by a comma) says what was done to the law, as "which was repealed" does;
    the law is its passive subject. One with a subject or an object of its own is no passive of the law."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.i < clause.head.i:
        return False
    if clause.i == 0 or clause.doc[clause.i - 1].text != ",":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in clause.children)


_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _comes_into_force(verb: Token, dep: str, lex: RelationLexicon) -> bool:
    """ "The Act entered into force", "took effect", "came into operation": the law is the subject of a verb of
    coming into force whose noun of force is its object or the object of its preposition."""
    if dep != "nsubj" or verb.lemma_.lower() not in lex.in_force_verbs:
        return False
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in lex.in_force_nouns for n in nouns)


def _undoing(verb: Token) -> bool:
    """ "struck down", not "struck a deal": "strike" undoes a law only with its particle "down"."""
    return verb.lemma_.lower() != "strike" or any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
