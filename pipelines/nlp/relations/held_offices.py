"""Offices said by nouns (leads): a title noun tied to a person's name by apposition, compounding or a copula
("Marco Rubio, the head of the State Department", "FTC Chair Lina Khan", "X is the director of Y"), and to the body
by "of", a possessive or a compound; a former holder, a deputy, a portfolio inside the body and a nationality
adjective each say what the holder heads, or that they head nothing."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.reference import regular_demonyms
from pipelines.nlp.relations.attitude import noun_standing
from pipelines.nlp.relations.bracketed_bodies import abbreviated_body_before
from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.collegial import names_member
from pipelines.nlp.relations.coordinated_titles import adjacent_of_objects, coordinated_titles
from pipelines.nlp.relations.frames.appointment import appointed_titles, appointing_verb
from pipelines.nlp.relations.frames.offices import (
    abbreviated_titles,
    pronoun_owners,
    title_subjects,
    title_word,
)
from pipelines.nlp.relations.frames.signers import signed_act_states
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.nationality import state_named_before
from pipelines.nlp.relations.ranks import post_of_function, rank_before, unit_seats
from pipelines.nlp.relations.syntax import COPULAS, conjuncts, prep_objects

_OF = frozenset({"of", "at", "in"})
#: what ties a title to the body it heads: "Director of X", "Chair at X", "Secretary of State for X"
_OFFICE_PREPS = _OF | {"for"}
_HYPHENS = frozenset({"-", "‐"})
#: how many words may stand between a title word and the name in one run of title words ("Vice - President")
_TITLE_RUN = 3
#: verbs that tie a name to a title or a class: the copulas and "serve" ("X serves as the head of Y")
SERVING_COPULAS = COPULAS | {"serve"}
#: the dependencies of nouns that modify a noun before it
MODIFIER_DEPS = ("poss", "compound", "nmod")


def noun_modifiers(tok: Token) -> list[Token]:
    """The nouns before a token that modify it, through compounds ("EU member states": EU, member)."""
    out = []
    for c in tok.children:
        if c.dep_ in MODIFIER_DEPS and c.i < tok.i:
            out.append(c)
            if c.dep_ == "compound":
                out += noun_modifiers(c)
    return out


def _titles(tok: Token, words: frozenset[str]) -> list[Token]:
    """Title nouns tied to a person token: apposed, compounded before it, or predicated by a copula."""
    # (a title before the name may hang on it as a nominal modifier: "Minister of Trade (MITYC) Miguel Sebastian")
    found = [c for c in tok.children if c.dep_ in ("appos", "compound", "nmod") and c.lemma_.lower() in words]
    found += [t for c in tok.children if c.dep_ == "compound" for t in c.children if t.lemma_.lower() in words]
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in words:
        found.append(tok.head)
    if tok.dep_ in ("nsubj",) and tok.head.lemma_ in SERVING_COPULAS:
        found += [c for c in tok.head.children if c.dep_ == "attr" and c.lemma_.lower() in words]
    for rel in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in SERVING_COPULAS):  # "X, who is head of Y"
        found += [c for c in rel.children if c.dep_ == "attr" and c.lemma_.lower() in words]
    found += [t for t in _apposed_after(tok, words) if t not in found] + title_subjects(tok, words)
    found += [t for t in coordinated_titles(tok, words) if t not in found]  # "X, a lawyer and director of Y"
    return found + [t for t in _apposed_to_phrase(tok, words) if t not in found]


def _apposed_to_phrase(tok: Token, words: frozenset[str]) -> list[Token]:
    """ "The sixth president of Iran, Mahmoud Ahmadinejad, ...", "the director of the FBI, X, said": a name after a
    comma is apposed to the whole noun phrase before it, the title with its "of" phrase, however the parse hangs it
    on the phrase's last noun (here the body or state)."""
    doc = tok.doc
    if tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != ",":
        return []
    obj = tok.head
    if tok.dep_ == "appos" and obj.dep_ == "pobj" and obj.head.lower_ == "of":
        title = obj.head.head
        return [title] if title.lemma_.lower() in words and title.i < obj.i else []
    if tok.dep_ != "nsubj":
        return []
    # "The president of Iran, Mahmoud Ahmadinejad also supports ...": without its closing comma the parse makes the
    # name a second subject of the verb; the title's phrase ends at the comma before the name
    titles = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i and c.lemma_.lower() in words]
    return [t for t in titles if t.right_edge.i == tok.left_edge.i - 2 and prep_objects(t, frozenset({"of"}))]


def _apposed_after(tok: Token, words: frozenset[str]) -> list[Token]:
    """ "In Lima, Maria Quispe, the national commissioner of X, said ...": an apposition belongs to the noun phrase
    right before its comma, whatever noun the parse hangs it on (here the place before the name): the title noun
    of a determiner-and-modifier phrase right after "<name>," that the parse makes an apposition."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    j = tok.i + 2
    while j < len(doc) and doc[j].dep_ in ("det", "amod", "compound") and doc[j].head.i > j:
        j += 1
    if j >= len(doc) or j == tok.i + 2 and doc[j].pos_ == "PROPN":
        return []  # "X, Kenya's ..." or a name list "X, Y and Z": a title needs its determiner or modifier
    title = doc[j]
    return [title] if title.dep_ == "appos" and title.head != tok and title.lemma_.lower() in words else []


def office(ctx: Context, person: Token) -> None:
    lex = ctx.lex
    words = lex.lead_titles | lex.state_titles | abbreviated_titles(lex.title_abbreviations)
    for title in _titles(person, words) + appointed_titles(ctx, person, words):
        word = title_word(title, lex.title_abbreviations)
        if {c.lower_ for c in title.children if c.dep_ in ("amod", "compound")} & lex.deputy_modifiers:
            continue  # a deputy does not lead
        if deputy_title(title, _name_start(ctx, person), lex.deputy_modifiers):
            continue  # "Executive Vice-President X": the same, where the parse hangs both words on the name
        if _past_holder(ctx, title, person):
            continue  # "former President X" leads no more
        if (rank_before(title, lex) and not counted_holder(title, lex)) or post_of_function(title, lex):
            continue  # "First Secretary X", "the FTC's chief of staff X": a rank or a post inside the body (`ranks`)
        bodies = _office_bodies(ctx, title) + noun_modifiers(title) + [c for c in person.children if c.dep_ == "poss"]
        bodies += _nationality_states(ctx, title, person) + _possessor_across_abbreviation(ctx, title)
        bodies += signed_act_states(ctx, person)  # "Cambodia's decree was signed by Prime Minister X"
        bodies += [o for o in adjacent_of_objects(title) if o not in bodies]  # "X, A and Director of Y"
        # "Minister of Industry, Tourism and Trade (MITYC) X": the body named by the abbreviation after the list
        bodies += [a for b in _office_bodies(ctx, title) for c in conjuncts(b) for a in c.children
                   if a.dep_ == "appos"]  # fmt: skip
        if title.dep_ in ("compound", "nmod"):  # "Assistant Attorney General X of the National Security Division"
            bodies += prep_objects(person, _OF)
            # "Senate Finance Committee Chair Ron Wyden": the body before the title, compounded on the name
            bodies += [m for m in noun_modifiers(person) if m.i < title.i and m != title]
        elif title.dep_ == "appos" and title.head == person:
            # "Oliver Dowden, Secretary of State for the Department ...": the parse may hang the title's "for"
            # phrase on the name
            bodies += [o for o in prep_objects(person, _OFFICE_PREPS) if o.i > title.i]
        heads = ctx.args([person], frozenset({"Person"}), expand=False)
        tails = ctx.args([b for b in bodies if b != person], ctx.vocab.relation("leads").tails)
        tails += abbreviated_body_before(ctx, title)  # "Federal Bureau of Investigation (FBI) Director X"
        if title in title_subjects(person, lex.lead_titles):  # "Its chair is X"
            tails += pronoun_owners(ctx, title, ctx.vocab.relation("leads").tails)
        mods = {c.lower_ for c in title.children if c.dep_ in ("amod", "compound")}
        tails = [t for t in tails if not names_member(ctx, word, mods, t[1].mention)]  # "FTC Commissioner X"
        heads_state = word in lex.state_titles or bool(mods & lex.state_title_modifiers.get(word, frozenset()))
        if not heads_state:
            tails = [t for t in tails if ctx.m.type(t[1].mention) != "State"]
        if word not in lex.lead_titles:
            tails = [t for t in tails if ctx.m.type(t[1].mention) == "State"]
        if word not in lex.firm_titles:
            tails = [t for t in tails if ctx.m.type(t[1].mention) != "Firm"]
        tails = [t for t in tails if not _portfolio_between(ctx, t[1].mention, title)]
        seats = unit_seats(title, person, lambda t: _names_body(ctx, t))  # "Head of Research at the FTC": `ranks`
        tails = [t for t in tails if t[0].i not in seats]
        pred = appointing_verb(ctx, title) or (title if title.dep_ != "attr" else title.head)
        polarity, modality = _appointment_standing(ctx, pred)
        ctx.emit("leads", heads, tails, "title", pred, modality=modality, polarity=polarity)


def counted_holder(title: Token, lex: RelationLexicon) -> bool:
    """ "X was the first President of the BSI", "Y became its second Director": an ordinal between a determiner or
    a possessive and a head's title counts the holders of the office (X was the first to hold it), so it makes no
    rank; before a diplomat's title it does ("the First Secretary of the Embassy": `ordinal_rank_titles`). Only the
    ordinal may stand there: any other word of rank keeps its rank ("the first Press Secretary")."""
    doc = title.doc
    if title.i < 2 or title.lemma_.lower() in lex.ordinal_rank_titles or title.lower_ in lex.ordinal_rank_titles:
        return False
    ordinal, before = doc[title.i - 1], doc[title.i - 2]
    if ordinal.lower_ not in lex.holder_ordinals:
        return False
    mods = [c for c in title.children if c.dep_ in ("amod", "compound", "nummod") and c.i < title.i]
    if any(m != ordinal and m.lower_ in lex.rank_title_modifiers for m in mods):
        return False
    return before.dep_ in ("det", "poss") or before.tag_ == "POS"


def _names_body(ctx: Context, tok: Token) -> bool:
    """The token is part of the name of a body one may lead (an agency, a state, a firm ...)."""
    i = ctx.m.at(tok)
    return i is not None and ctx.m.type(i) in ctx.vocab.relation("leads").tails


def _name_start(ctx: Context, person: Token) -> int:
    """The index of the first word of the person's name (the token's own when it is no mention)."""
    i = ctx.m.at(person)
    span = ctx.m.spans[i] if i is not None else None
    return span.start if span is not None else person.i


def deputy_title(title: Token, name_start: int, deputies: frozenset[str]) -> bool:
    """A word of deputy in the title set before a name: right before the title word, alone or joined by a hyphen
    ("Vice President X", "Vice-President X", "Deputy Director X"), or after it in the run of title words before the
    name ("Executive Vice-President X", where the title is the run's last noun and "Executive" says which vice-
    president). English makes the run one title, the deputy's, whatever words the parse attaches to the name."""
    doc = title.doc
    j = title.i - 1
    if j >= 1 and doc[j].text in _HYPHENS and not doc[j - 1].whitespace_:
        j -= 1  # "Vice-President": the word before the hyphen
    if j >= 0 and doc[j].lower_.rstrip("-") in deputies:
        return True
    run = list(doc[title.i + 1 : name_start]) if title.i < name_start else []
    return 0 < len(run) <= _TITLE_RUN and any(t.lower_.rstrip("-") in deputies for t in run)


def _appointment_standing(ctx: Context, pred: Token) -> tuple[str | None, str | None]:
    """ "MPs did not confirm the appointment of X as Y", "the proposed appointment of X": a noun of appointment
    holds the office as the clause around it says (`noun_standing`); any other predicate says it itself."""
    if pred.lemma_.lower() not in ctx.lex.appointment_nouns:
        return None, None
    return noun_standing(pred, ctx.lex)


def _past_holder(ctx: Context, title: Token, person: Token) -> bool:
    """ "former President X", "Kenya's ex-Minister X": a word before the title that puts its holding in the past
    (on the title or, as the parse may hang it, on the name)."""
    words = ctx.lex.past_holder_modifiers
    before = [c for t in (title, person) for c in t.children if c.i < title.i and c.dep_ in ("amod", "compound")]
    prefix = title.doc[title.i - 2 : title.i] if title.i >= 2 else title.doc[0:0]
    dashed = len(prefix) == 2 and prefix[1].text == "-" and prefix[0].lower_ in words  # "ex-President X"
    # "Former DHS Sec. X": the parse may hang the word on the body's name before the title
    fronted = person.i > title.i and any(t.lower_ in words for t in title.doc[person.left_edge.i : title.i])
    return dashed or fronted or any(c.lower_ in words for c in before)


def _nationality_states(ctx: Context, title: Token, person: Token) -> list[Token]:
    """ "Indian Prime Minister X": a state's nationality adjective before the title names the state of the office;
    it stands for the state the sentence names (a regular demonym of its name: India -> Indian, Kenya -> Kenyan,
    China -> Chinese), and for none when the sentence names no such state."""
    adjectives = [c for t in (title, person) for c in t.children if c.dep_ in ("amod", "compound") and c.i < title.i]
    adjectives = [a for a in adjectives if a.text[:1].isupper() and ctx.m.at(a) is None]
    if not adjectives:
        return []
    states = [t for t in title.sent if (i := ctx.m.at(t)) is not None and ctx.m.type(i) == "State"]
    same = [s for s in states for a in adjectives if a.lower_ in regular_demonyms(s.text)][:1]
    if same or _name_start(ctx, person) == person.i:
        return same  # a bare surname after a title: the sets split on the name's span ("King Abdullah"); left alone
    before = state_named_before(ctx.m, title, {a.lower_ for a in adjectives})
    return [before.root] if before is not None else []


def _possessor_across_abbreviation(ctx: Context, title: Token) -> list[Token]:
    """ "the Nigeria Data Protection Commission's (NDPC), National Commissioner, Dr X": in web text a possessive
    body may be parted from the title it owns by its abbreviation in brackets and a stray comma; the body is the
    possessor all the same."""
    doc = title.doc
    j = min([title.i] + [c.i for c in title.children if c.dep_ in ("amod", "compound") and c.i < title.i]) - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 2 and doc[j].text == ")" and doc[j - 2].text == "(":
        j -= 3
    if j < 1 or doc[j].tag_ != "POS" or doc[j].i == title.i - 1:
        return []  # no gap: the parse already ties "X's Title" (`_modifiers`, the name's possessor)
    owner = doc[j - 1]
    i = ctx.m.at(owner)
    return [owner] if i is not None and ctx.m.type(i) in ("Agency", "State") else []


def _office_bodies(ctx: Context, title: Token) -> list[Token]:
    """The bodies a title's prepositions tie it to: "Director of X", "Chair at Y"; "Director of the Bureau at the
    Commission": where a body is named with "of", a body after "at" or "in" is where that office sits, not what
    the holder heads."""
    of_bodies = prep_objects(title, frozenset({"of", "for"}))
    if ctx.args(of_bodies, ctx.vocab.relation("leads").tails, expand=False):
        return of_bodies
    return prep_objects(title, _OFFICE_PREPS)


def _portfolio_between(ctx: Context, body: int, title: Token) -> bool:
    """ "EU Trade Commissioner X", "State Department Counterterrorism Coordinator X": a word between the body's name
    and the title that is not a qualifier of the title ("Acting", "Chief") names a portfolio inside the body; the
    title holder heads that, not the body."""
    span = ctx.m.spans[body]
    if span is None or span.end > title.i:
        return False
    between = [t for t in title.doc[span.end : title.i] if t.is_alpha]
    if not between or any(t.dep_ not in ("compound", "amod") for t in between):
        return False  # not one noun phrase of modifiers before the title ("X, whose minister at the time, Y")
    allowed = ctx.lex.title_qualifiers | {w for ws in ctx.lex.state_title_modifiers.values() for w in ws}
    return any(ctx.m.at(t) is None and t.lower_ not in allowed and not _office_of_general(t, title) for t in between)


def _office_of_general(word: Token, title: Token) -> bool:
    """ "EICTDA's Director General", "the UN's Secretary General": "General" after an office word makes one title
    with it (the office's head, as a "Director-General"), not a portfolio inside the body."""
    return title.lower_ == "general" and word.head == title and word.i == title.i - 1
