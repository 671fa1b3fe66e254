"""The law a clause is said to apply, and the law one complies with when handling data (regulates).

A phrase of legal basis ("under the Act", "according to the Directive", "pursuant to the Decree", "in accordance
with the Regulation") names the law whose rule the clause states (`basis_laws`); opening the sentence, it modifies
the main clause wherever the parse hangs it (`fronted_basis`). An obligation is said by a modal ("must", "shall")
or by "have to" (`obliged_clause`). "Comply with the Act when hosting personal data" says the law rules on that
data (`complied_when`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.syntax import COPULAS, conjuncts, is_passive, noun_phrase, objects, subjects, to_infinitive


def basis_laws(ctx: Context, spot: Token) -> list[Token]:
    """The objects of the phrases of legal basis (`basis_phrases`: "under", "according to", "pursuant to", "in
    accordance with") attached to a token."""
    return [o for c in spot.children for o in _phrase_objects(ctx, c)]


def _phrase_objects(ctx: Context, first: Token) -> list[Token]:
    """The object of a phrase of legal basis that starts at `first`: the words down the chain of prepositions and
    their objects ("in" -> "accordance" -> "with") must spell one of `basis_phrases`; its last preposition's
    object is the law."""
    phrases = ctx.lex.basis_phrases
    if first.dep_ not in ("prep", "advcl", "advmod", "agent"):
        return []
    words, cur = [first.lower_], first
    while True:
        text = " ".join(words)
        if text in phrases:
            return [c for c in cur.children if c.dep_ == "pobj"]
        if not any(p.startswith(text + " ") for p in phrases):
            return []
        nxt = [c for c in cur.children if c.dep_ in ("prep", "pobj")]
        if not nxt:
            return []
        cur = nxt[0]
        words.append(cur.lower_)


def fronted_basis(ctx: Context, clause: Token) -> list[Token]:
    """ "SUMMARY: Under the Act (the 'Recovery Act'), the Commission must issue rules ...": a phrase of legal basis
    that opens the sentence (before the main clause's subject; after a label and its colon at most) modifies the
    main clause, however the parse attaches it (often to a noun in the parenthesis after the law's name)."""
    sent = clause.sent
    if clause != sent.root and not (clause.dep_ == "conj" and clause.head == sent.root):
        return []
    first = _opening(sent)
    if first is None:
        return []
    subj = subjects(sent.root)
    if subj and min(s.left_edge.i for s in subj) < first.i:
        return []
    return _phrase_objects(ctx, first)


def _opening(sent) -> Token | None:
    """The sentence's first word, past punctuation and a label that ends in a colon ("SUMMARY:")."""
    toks = [t for t in sent if not t.is_punct]
    if len(toks) > 1 and toks[0].i + 1 < len(sent.doc) and sent.doc[toks[0].i + 1].text == ":":
        toks = toks[1:]
    return toks[0] if toks else None


def obliged_clause(ctx: Context, verb: Token) -> Token | None:
    """The clause that states an obligation on the verb's act: the verb's own, with a modal of obligation
    (`obligation_modals`: "hospitals must encrypt X"), or the clause of "have" that takes the verb as its
    infinitive ("member states had to store X"); None when nothing obliges it."""
    if any(c.dep_ == "aux" and c.lower_ in ctx.lex.obligation_modals for c in verb.children):
        return verb
    head = verb.head
    to = to_infinitive(verb)
    if verb.dep_ == "xcomp" and to and head != verb and head.lemma_.lower() in ctx.lex.obligation_verbs:
        return head
    return None


def complied_when(ctx: Context, verb: Token) -> None:
    """ "Companies must comply with the Data Protection Regulation when hosting personal data", "adhere to the
    Guidelines whenever they process health data": a law one must comply with (`compliance_verbs`; the laws named
    in the phrase of what is complied with) when handling data (a clause of time or circumstance, `condition_marks`,
    whose verb handles or keeps data) rules on that data. An "if" clause makes it a condition, which is no fact."""
    if verb.lemma_.lower() not in ctx.lex.compliance_verbs:
        return
    complied = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ctx.lex.compliance_preps
        for o in p.children
        if o.dep_ == "pobj"
    ]
    laws = named_laws(ctx, complied)
    if not laws:
        return
    handled = [d for c in _condition_clauses(ctx, verb) for d in _handled(ctx, c)]
    # "must comply" is the law's demand; "might comply" stays a hedge
    deontic = any(c.dep_ == "aux" and c.lower_ in ctx.lex.obligation_modals for c in verb.children)
    ctx.emit("regulates", laws, ctx.datatypes(handled), "complied-when", verb, deontic=deontic)


def named_laws(ctx: Context, nouns: list[Token]) -> list:
    """The laws named in noun phrases ("various data protection provisions in Nigeria and the Guidelines on Data
    Protection"): each law mention once."""
    seen: set[int] = set()
    toks = []
    for n in nouns:
        for t in noun_phrase(n, ctx.lex.excluding_preps):
            i = ctx.m.at(t)
            if i is not None and ctx.m.type(i) == "Law" and i not in seen:
                seen.add(i)
                toks.append(t)
    return ctx.args(toks, LAW, expand=False)


def _condition_clauses(ctx: Context, verb: Token) -> list[Token]:
    """The adverbial clauses of time or circumstance on the verb ("when hosting X", "whenever they process X")."""
    marks = ctx.lex.condition_marks
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
    ]


def _handled(ctx: Context, clause: Token) -> list[Token]:
    """What a clause of circumstance is about: the objects of a verb that handles or keeps data ("when hosting X"),
    or the subject of a passive or a copula ("when personal data is transferred", "where personal data is
    involved", "where personal data is in consideration")."""
    lemmas = ctx.lex.handling_verbs | ctx.lex.storage_verbs
    out: list[Token] = []
    for v in conjuncts(clause):
        if is_passive(v) or v.lemma_ in COPULAS:
            out += subjects(v)
        elif v.lemma_.lower() in lemmas:
            out += objects(v)
    return out


def complied_where(ctx: Context, verb: Token) -> None:
    """ "Compliance with the Data Protection Regulation, where personal data is in consideration", "comply with the
    Act where patient records are involved": a clause of circumstance the parse hangs on the law complied with (a
    relative clause opened by `condition_marks`), after a verb or a noun of compliance (`compliance_nouns`), says
    the data the law rules on."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ctx.lex.condition_marks for c in verb.children
    ):
        return
    law, prep = verb.head, verb.head.head
    if law.dep_ != "pobj" or prep.lower_ not in ctx.lex.compliance_preps or prep.head == prep:
        return
    complier = prep.head
    if complier.lemma_.lower() not in ctx.lex.compliance_verbs | ctx.lex.compliance_nouns:
        return
    pred = complier if complier.lemma_.lower() in ctx.lex.compliance_verbs else verb
    ctx.emit("regulates", named_laws(ctx, [law]), ctx.datatypes(_handled(ctx, verb)), "complied-when", pred)
