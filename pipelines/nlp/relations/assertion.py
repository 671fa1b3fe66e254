"""Whether a clause asserts what it says, beyond negation, modals and governors of planning (`attitude`).

English has more ways than "not" and "may" to say something without asserting it as a fact about the world:

- a direct question asks whether it is so ("Did the RBI require local storage of payment data?"): hedged;
- an indirect question leaves it open ("It is unclear whether Russia adopted X"): hedged;
- "has yet to" and "is yet to" say it has not happened ("Russia has yet to adopt X"): negated;
- "no longer" says it has stopped being so ("Russia no longer opposes X"): negated;
- a passive verb of saying or thinking that raises the subject ("Russia is said to have adopted X", "is reported
  to", "is thought to") is hearsay, like "reportedly": hedged;
- what is urged as due is not done yet ("it is time for Congress to pass X": `hortative`): proposed;
- a future or scheduled event ("Russia will adopt X", "is set to join the OECD", "is due to lead the agency") has
  not happened yet: making a law, joining a body and taking up an office are events, so in those relations the
  statement is only proposed. What a law will require is what it says, and stays stated (`attitude`);
- the holder of an office who has not taken it up ("the future Director of X", "President-elect X", "the incoming
  minister") does not lead it yet: proposed;
- a membership put in the past by an adverb of a former time on the member noun itself, where no verb carries it
  ("the United Kingdom, formerly a member of the EU, ..."), held no longer: negated;
- a noun predicate set against another by "not" ("Brazil is an observer, not a member, of the OECD"; "X, not a
  party to the treaty, ...") is denied of its subject: negated ("not only a member" adds, and is not read here).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.attitude import Attitude, negating, shares_modal
from pipelines.nlp.relations.bygone import past_only
from pipelines.nlp.relations.epistemic import judged_likely, unvouched
from pipelines.nlp.relations.framing import all_but_negated, contradicted_claim, partisan_source, unmarked_condition
from pipelines.nlp.relations.hortative import urged_as_due
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.syntax import governor_chain, to_infinitive


def clause_standing(pred: Token, relation: str, lex: RelationLexicon) -> Attitude:
    """The polarity and modality the clause of `pred` gives a `relation` by the means this module describes."""
    a = Attitude()
    if _questioned(pred):
        a.modalize("hedged")
    if _open_question(pred, lex):
        a.modalize("hedged")
    if _hearsay(pred, lex) or partisan_source(pred, lex):
        a.modalize("hedged")
    if judged_likely(pred, lex) or unvouched(pred, lex):
        a.modalize("hedged")
    if unmarked_condition(pred, lex):
        a.modalize("conditional")
    if all_but_negated(pred, lex):
        a.polarize("negated")
    if _not_yet(pred, lex) or _no_longer(pred, lex):
        a.polarize("negated")
    if _disputed(pred, lex) or _said_false(pred, lex) or contradicted_claim(pred, lex):
        a.polarize("denied")
    if _unsupported(pred, lex):
        a.modalize("hedged")
    if _under_proposal(pred, lex) or urged_as_due(pred, lex):
        a.modalize("proposed")
    if _stance_in_doubt(pred, lex):
        a.modalize("hedged")
    if _stance_faded(pred, lex) or past_only(pred, relation, lex):
        a.polarize("negated")
    if relation.lower() in lex.event_relations and not _not_yet(pred, lex):  # "is yet to": not done, not planned
        if _future(pred, lex) or _future_holder(pred, relation, lex) or _headline_infinitive(pred):
            a.modalize("proposed")
        if _obliged(pred, lex):
            a.modalize("proposed")
    if relation.lower() in lex.event_relations:
        if relation == "memberOf" and _aspiring_member(pred, lex):
            a.modalize("proposed")
        if _approximated(pred, lex) or (relation == "memberOf" and _past_member(pred, lex)):
            a.polarize("negated")
    if _contrasted_away(pred, lex):
        a.polarize("negated")
    return a


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headline_infinitive(pred: Token) -> bool:
    """ "Russia to adopt data law": a headline whose verb is a bare to-infinitive announces what is to come; the
    sentence has no finite verb."""
    if not to_infinitive(pred):
        return False
    return pred.dep_ in ("ROOT", "relcl", "acl") and not any(t.tag_ in _FINITE_TAGS for t in pred.sent)


def _approximated(pred: Token, lex: RelationLexicon) -> bool:
    """ "Russia almost adopted X", "nearly joined the OECD": an event that came close to happening did not."""
    return any(c.dep_ == "advmod" and c.lower_ in lex.approximating_adverbs for c in pred.children)


def _past_member(pred: Token, lex: RelationLexicon) -> bool:
    """ "Russia is a former member of the Council of Europe", "the UK, formerly a member of the EU": a member
    noun under a word that puts the membership in the past (the copula's attribute, or the noun itself in an
    apposition): an adjective of a past holder, or an adverb of a former time that is over on the noun."""
    nouns = [pred] + [c for c in pred.children if c.dep_ in ("attr", "acomp")]
    return any(n.lemma_.lower() in lex.member_nouns and _former_noun(n, lex) for n in nouns)


def _former_noun(noun: Token, lex: RelationLexicon) -> bool:
    """ "a former member", "formerly a member", "once a member": the noun's modifier puts it in the past."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in lex.past_holder_modifiers:
            return True
        if c.dep_ == "advmod" and c.i < noun.i and c.lower_ in lex.former_time_adverbs:
            return True
    return False


def _contrasted_away(pred: Token, lex: RelationLexicon) -> bool:
    """ "Brazil is an observer, not a member, of the OECD": a noun predicate (an apposition or a copula's
    attribute) whose phrase "not" opens, set against another noun, is denied of the subject. The parser hangs
    the "not" on the neighbouring noun, so it is read from the words: the word before the noun phrase's first
    word, when no focus word ("not only a member") follows it."""
    nouns = [pred] + [c for c in pred.children if c.dep_ in ("attr", "appos")]
    return any(_opened_by_not(n, lex) for n in nouns if n.pos_ in ("NOUN", "PROPN") and n.dep_ in ("appos", "attr"))


def _opened_by_not(noun: Token, lex: RelationLexicon) -> bool:
    """The phrase of `noun` is opened by a contrastive negator right before its first word ("..., not a member")."""
    first = noun.left_edge
    if first.i == 0 or first.lower_ in lex.negation_focus_words:
        return False
    before = noun.doc[first.i - 1]
    return before.lower_ in lex.contrastive_negators


def _obliged(pred: Token, lex: RelationLexicon) -> bool:
    """ "Germany must adopt X", "needs to adopt", "has to adopt", "is required to join": an obligation to make a
    law, join a body or take an office says it is not done yet (for what a law itself must do, see `attitude`)."""
    for verb in _clauses(pred)[:2]:
        if any(c.dep_ == "aux" and c.lower_ in lex.duty_modals for c in verb.children):
            return True
    return _complement_of(_clauses(pred), lex.obligation_governors)


def _aspiring_member(pred: Token, lex: RelationLexicon) -> bool:
    """ "Germany is a prospective member of the EU", "an aspiring member": membership still to come."""
    nouns = [pred] + [c for c in pred.children if c.dep_ in ("attr", "acomp")]
    return any(
        n.lemma_.lower() in lex.member_nouns
        and any(c.dep_ in ("amod", "compound") and c.lower_ in lex.future_holder_modifiers for c in n.children)
        for n in nouns
    )


def _under_proposal(pred: Token, lex: RelationLexicon) -> bool:
    """ "Under the proposal, the Act regulates X", "under the plan, Germany adopts X": what holds under a proposal
    or plan is only proposed."""
    return any(
        p.dep_ == "prep" and p.lower_ == "under" and o.dep_ == "pobj" and o.lemma_.lower() in lex.plan_nouns
        for p in pred.children
        for o in p.children
    )


def _stance_in_doubt(pred: Token, lex: RelationLexicon) -> bool:
    """ "Germany's support for X is in doubt", "remains uncertain", "is pending", "remains under discussion": a
    stance or event noun whose clause says it is open."""
    if pred.pos_ not in ("NOUN", "PROPN") or pred.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pred.head
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and c.lower_ in lex.doubt_words:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in lex.doubt_words for o in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "under" and any(o.lower_ in lex.deliberation_nouns for o in c.children):
            return True  # "remains under discussion", "is under review"
    return False


def _stance_faded(pred: Token, lex: RelationLexicon) -> bool:
    """ "Germany's opposition to X has faded", "ended": a stance noun whose verb says the stance is gone."""
    if pred.pos_ not in ("NOUN", "PROPN") or pred.dep_ != "nsubj":
        return False
    return pred.head.lemma_.lower() in lex.fading_verbs


def _said_false(pred: Token, lex: RelationLexicon) -> bool:
    """ "It is false that Russia adopted X", "it is untrue that ...": the clause is the extraposed subject of a
    copula whose complement says it is not so."""
    if pred.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in lex.falsity_adjectives for c in pred.head.children)


def _unsupported(pred: Token, lex: RelationLexicon) -> bool:
    """ "There is no evidence that Russia opposed X", "no sign that ...": the content clause of a noun of evidence
    that the text says is not there; what it says is not asserted. ("No requirement that X be stored" is the
    negated requirement itself, see `attitude`.) The parser may take the content clause for a relative one ("no
    information that Vietnam requires ..."); its "that" is then still a subordinator, no role in the clause."""
    if pred.dep_ not in ("acl", "ccomp", "relcl") or pred.head.lemma_.lower() not in lex.evidence_nouns:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children):
        return False
    return any(c.dep_ in ("det", "neg") and negating(c, lex) for c in pred.head.children)


def _disputed(pred: Token, lex: RelationLexicon) -> bool:
    """ "Critics say the law requires X, a claim the ministry rejects", "Press reports that Russia adopted X were
    false", "The company claimed that ..., which officials denied": the clause is the content of a verb of saying
    and the same sentence rejects what was said, by a denial that hangs on the saying or on a noun of claim, or
    by a word of falsity on a verb that hangs on the saying."""
    saying = next((gov for gov, how in governor_chain(pred) if how == "ccomp"), None)
    if saying is None or saying.lemma_.lower() not in lex.saying_verbs | lex.hearsay_verbs:
        return False
    for t in pred.sent:
        if t.i <= pred.i:
            continue
        low = {t.lemma_.lower(), t.lower_, t.lower_.rstrip("s")}
        if low & lex.denial_verbs and (t.head.i == saying.i or t.head.lemma_.lower() in lex.claim_nouns):
            return True
        if t.lower_ in lex.falsity_adjectives and t.head.head.i == saying.i:
            return True
    return False


def _questioned(pred: Token) -> bool:
    """The sentence of the predicate ends with a question mark: it asks, it does not state. A question quoted
    inside a stated sentence ends before the sentence does and is not read here."""
    last = next((t for t in reversed(pred.sent) if not t.is_space and t.text not in ('"', "”", "’", "'", ")")), None)
    return last is not None and last.text == "?"


def _clauses(pred: Token) -> list[Token]:
    """The predicate and the verbs it is the complement of or is coordinated under, up its clause chain; a
    coordinated verb with a tense or auxiliaries of its own ("the convention will bind its parties, and the US is
    not a member") does not share the first verb's auxiliaries and ends the chain (`shares_modal`)."""
    out, below = [pred], pred
    for gov, how in governor_chain(pred):
        if how not in ("conj", "xcomp") or (how == "conj" and not shares_modal(below, gov)):
            break
        out.append(gov)
        below = gov
    return out


def _open_question(pred: Token, lex: RelationLexicon) -> bool:
    """ "whether Russia adopted X": a clause opened by a subordinator of an indirect question."""
    return any(c.dep_ == "mark" and c.lower_ in lex.open_question_marks for v in _clauses(pred) for c in v.children)


def _hearsay(pred: Token, lex: RelationLexicon) -> bool:
    """ "Russia is said to have adopted X": the predicate is the complement of a passive verb of saying or
    thinking."""
    clauses = _clauses(pred)
    return any(
        below.dep_ == "xcomp"
        and gov.lemma_.lower() in lex.hearsay_verbs
        and any(c.dep_ == "auxpass" for c in gov.children)
        for below, gov in zip(clauses, clauses[1:], strict=False)
    )


def _not_yet(pred: Token, lex: RelationLexicon) -> bool:
    """ "has yet to adopt", "is yet to join": "yet" on the verb whose to-infinitive the predicate is."""
    for verb in _clauses(pred)[1:]:
        if verb.lemma_.lower() in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ in lex.not_yet_adverbs for c in verb.children
        ):
            return True
    return False


def _no_longer(pred: Token, lex: RelationLexicon) -> bool:
    """ "no longer opposes X", "is no longer a member": "longer" (or "more") under "no" on the predicate or on the
    verb it is coordinated under."""
    for verb in _clauses(pred)[:2]:
        for c in verb.children:
            if c.dep_ == "advmod" and c.lower_ in lex.cessation_adverbs:
                before = c.doc[c.i - 1] if c.i > 0 else None
                if before is not None and before.lower_ == "no":
                    return True
    return False


def _future(pred: Token, lex: RelationLexicon) -> bool:
    """ "will adopt", "shall join", "is set to adopt", "is due to take office": a future auxiliary on the
    predicate (or the verb it is coordinated with and shares it with), or a governor of schedule."""
    clauses = _clauses(pred)
    for verb in clauses:
        if any(c.dep_ == "aux" and c.lower_ in lex.future_auxiliaries for c in verb.children):
            return True
    return _complement_of(clauses, lex.schedule_governors)


def _complement_of(clauses: list[Token], lemmas: frozenset[str]) -> bool:
    """One verb of the clause chain is the to-infinitive complement (xcomp) of a verb with one of these lemmas."""
    return any(
        below.dep_ == "xcomp" and gov.lemma_.lower() in lemmas for below, gov in zip(clauses, clauses[1:], strict=False)
    )


def _future_holder(pred: Token, relation: str, lex: RelationLexicon) -> bool:
    """ "the future Director of X", "President-elect X", "the incoming minister": the title of a leader who has
    not taken office. The predicate of a title's relation is the title."""
    if relation != "leads":
        return False
    words = {c.lower_ for c in pred.children if c.dep_ in ("amod", "compound")}
    after = pred.doc[pred.i + 1 : pred.i + 3]
    dashed = len(after) == 2 and after[0].text == "-" and after[1].lower_ in lex.future_holder_modifiers
    head = pred.head if pred.dep_ == "compound" else None
    if head is not None:
        words |= {c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < pred.i}
    return dashed or bool(words & lex.future_holder_modifiers)


def address_parent(title: Token, tail: Token) -> bool:
    """ "Kenneth Strong, Director-General of Intelligence, Ministry of Defence": the title's "of" names a unit,
    and the body after a comma names where the unit sits (an address), not a second body the person leads. The
    parser reads the comma as coordination; a coordination with no "and" or "or" anywhere in it is such an
    address. True when `tail` is a later item of such a list under the title's "of"."""
    if tail.dep_ == "appos" and tail.doc[tail.left_edge.i - 1].text != "(":
        # "Director of the Bureau, Department of Finance": the parse may appose the second body to the first (an
        # abbreviation in brackets, "Ministry of Trade (MITYC)", is the same body)
        return _under_title_of(title, tail.head)
    if tail.dep_ != "conj":
        return False
    first = tail
    while first.dep_ == "conj":
        first = first.head
    if not _under_title_of(title, first):
        return False
    items = [first, *[t for t in first.subtree if t.dep_ == "conj"]]
    return not any(c.dep_ == "cc" for item in items for c in item.children)


def _under_title_of(title: Token, tok: Token) -> bool:
    """The token is the title's "of" object, or a word inside that object's name ("Director of the Bureau of Trade
    Policy, Department of Finance": the parse may hang the second body on "Policy")."""
    while not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == title.i):
        if tok.dep_ not in ("pobj", "prep", "compound") or tok.head == tok:
            return False
        tok = tok.head
    return True


def respective(pred: Token, pairs: list[tuple], lex: RelationLexicon) -> list[tuple]:
    """ "India and Russia adopted A and B respectively": "respectively" pairs the coordinated heads and tails in
    their order (India with A, Russia with B), not each with each. `pairs` are ((token, arg), (token, arg)); with
    as many heads as tails, only the pairs of the same rank stay."""
    if not any(t.lower_ in lex.respective_words for t in pred.sent if t.i > pred.i):
        return pairs
    heads = sorted({h[0].i for h, _ in pairs})
    tails = sorted({t[0].i for _, t in pairs})
    if len(heads) != len(tails) or len(heads) < 2:
        return pairs
    return [(h, t) for h, t in pairs if heads.index(h[0].i) == tails.index(t[0].i)]
