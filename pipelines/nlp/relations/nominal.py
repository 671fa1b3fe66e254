"""Relations said by nouns: offices, membership, belonging, stance nouns, a possessor's law; and lists that extend a
data type ("sensitive data includes X, Y and Z").

- leads: "Marco Rubio, the head of the State Department", "FTC Chair Lina Khan", "Ghana's President John Mahama",
  "Oliver Dowden, Secretary of State for the Department for Digital, Culture, Media and Sport",
  "X is the director of Y" (a title noun tied to the person by apposition, compounding or a copula, and to the
  body by "of", a possessive or a compound);
- memberOf: "Japan is a member of the OECD", "France, an EU member,", "ASEAN members such as Vietnam";
- partOf: "Vietnam's Ministry of Public Security", "the ODPC, an agency of Kenya", "X is Kenya's regulator";
- opposes/supports: "X raised concerns about Y", "X's opposition to Y", "X expressed support for Y";
- requiresLocalization: "Indonesia's requirement that government data be stored locally" (a noun of requirement
  and its content clause);
- enacts: "the EU's data protection law, the GDPR" (a possessor's law, said in words; a bare "the EU's GDPR" is
  not, as both independent annotators agree).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Candidate, Context
from pipelines.nlp.relations.frames.admission import admitted_member
from pipelines.nlp.relations.frames.appointment import appointed_titles, appointing_verb
from pipelines.nlp.relations.frames.belonging import acting_through, described_body
from pipelines.nlp.relations.frames.demanded_stance import demanding_verb
from pipelines.nlp.relations.frames.governed import data_under_law, law_topic
from pipelines.nlp.relations.frames.lawmaking import law_apposition
from pipelines.nlp.relations.frames.localization import required_content
from pipelines.nlp.relations.frames.members import member_before_name, members_included, one_of_apposed
from pipelines.nlp.relations.frames.offices import (
    abbreviated_titles,
    pronoun_owners,
    title_subjects,
    title_word,
)
from pipelines.nlp.relations.frames.possession import (
    denied_noun,
    inner_possessors,
    shared_possessors,
    through_government,
    trailing_appositions,
)
from pipelines.nlp.relations.frames.qualified import qualifies_other_name
from pipelines.nlp.relations.frames.treaties import treaty_parties
from pipelines.nlp.relations.syntax import COPULAS, conjuncts, is_verbal, objects, prep_objects, subjects

_OF = frozenset({"of", "at", "in"})
#: what ties a title to the body it heads: "Director of X", "Chair at X", "Secretary of State for X"
_OFFICE_PREPS = _OF | {"for"}
#: a preposition that names whom a stance was voiced with ("raised concerns with the ministry about X"), on a verb
_COMPANY_PREPS = frozenset({"with"})
_COPULAS = COPULAS | {"serve"}  # "X serves as the head of Y"
_MODIFIERS = ("poss", "compound", "nmod")


def noun_frames(ctx: Context, tok: Token) -> None:
    lemma = tok.lemma_.lower()
    i = ctx.m.at(tok)
    if i is not None and ctx.m.items[i].start <= tok.idx and _is_root(ctx, tok, i):
        kind = ctx.m.type(i)
        if kind == "Person":
            office(ctx, tok)
        elif kind == "Agency":
            belongs(ctx, tok)
            acting_through(ctx, tok)
        elif kind == "Law":
            possessor_law(ctx, tok)
            law_apposition(ctx, tok)
            data_under_law(ctx, tok)
            law_topic(ctx, tok)
        return
    if tok.lower_ == "i" and tok.tag_ == "PRP":
        office(ctx, tok)  # "my name is X, and I am the Director of Y": the speaker (`References`)
    if lemma in ctx.lex.member_nouns or lemma in ctx.lex.member_group_nouns:
        membership(ctx, tok)
        members_included(ctx, tok)
        one_of_apposed(ctx, tok)
    if lemma in ctx.lex.member_nouns:
        admitted_member(ctx, tok)
        member_before_name(ctx, tok)
    if lemma in ctx.lex.collective_nouns and tok.pos_ == "NOUN":
        collective(ctx, tok)
    if lemma in ctx.lex.law_nouns and tok.pos_ == "NOUN":
        possessor_law_noun(ctx, tok)
    for relation, nouns in ctx.lex.stance_nouns.items():
        if lemma in nouns:
            stance_noun(ctx, tok, relation)
    for relation, nouns in ctx.lex.stance_agent_nouns.items():
        if lemma in nouns:
            stance_agent(ctx, tok, relation)
    if lemma in ctx.lex.evaluation_nouns and tok.pos_ == "NOUN":
        evaluation(ctx, tok)
    if lemma in ctx.lex.decision_nouns:
        decision(ctx, tok)
    if lemma in ctx.lex.requirement_nouns and tok.pos_ == "NOUN":
        required_content(ctx, tok)
    treaty_parties(ctx, tok)
    if lemma in ctx.lex.part_nouns and tok.pos_ == "NOUN":
        described_body(ctx, tok)


def _is_root(ctx: Context, tok: Token, i: int) -> bool:
    """The token is the syntactic head of its mention (its head lies outside the mention)."""
    return tok.head == tok or ctx.m.at(tok.head) != i


def _modifiers(tok: Token) -> list[Token]:
    """The nouns before a token that modify it, through compounds ("EU member states": EU, member)."""
    out = []
    for c in tok.children:
        if c.dep_ in _MODIFIERS and c.i < tok.i:
            out.append(c)
            if c.dep_ == "compound":
                out += _modifiers(c)
    return out


def _titles(tok: Token, words: frozenset[str]) -> list[Token]:
    """Title nouns tied to a person token: apposed, compounded before it, or predicated by a copula."""
    # (a title before the name may hang on it as a nominal modifier: "Minister of Trade (MITYC) Miguel Sebastian")
    found = [c for c in tok.children if c.dep_ in ("appos", "compound", "nmod") and c.lemma_.lower() in words]
    found += [t for c in tok.children if c.dep_ == "compound" for t in c.children if t.lemma_.lower() in words]
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in words:
        found.append(tok.head)
    if tok.dep_ in ("nsubj",) and tok.head.lemma_ in _COPULAS:
        found += [c for c in tok.head.children if c.dep_ == "attr" and c.lemma_.lower() in words]
    for rel in (c for c in tok.children if c.dep_ == "relcl" and c.lemma_ in _COPULAS):  # "X, who is head of Y"
        found += [c for c in rel.children if c.dep_ == "attr" and c.lemma_.lower() in words]
    found += [t for t in _apposed_after(tok, words) if t not in found] + title_subjects(tok, words)
    return found


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
        if _past_holder(ctx, title, person):
            continue  # "former President X" leads no more
        bodies = _office_bodies(ctx, title) + _modifiers(title) + [c for c in person.children if c.dep_ == "poss"]
        bodies += _nationality_states(ctx, title, person) + _possessor_across_abbreviation(ctx, title)
        # "Minister of Industry, Tourism and Trade (MITYC) X": the body named by the abbreviation after the list
        bodies += [a for b in _office_bodies(ctx, title) for c in conjuncts(b) for a in c.children
                   if a.dep_ == "appos"]  # fmt: skip
        if title.dep_ in ("compound", "nmod"):  # "Assistant Attorney General X of the National Security Division"
            bodies += prep_objects(person, _OF)
            # "Senate Finance Committee Chair Ron Wyden": the body before the title, compounded on the name
            bodies += [m for m in _modifiers(person) if m.i < title.i and m != title]
        elif title.dep_ == "appos" and title.head == person:
            # "Oliver Dowden, Secretary of State for the Department ...": the parse may hang the title's "for"
            # phrase on the name
            bodies += [o for o in prep_objects(person, _OFFICE_PREPS) if o.i > title.i]
        heads = ctx.args([person], frozenset({"Person"}), expand=False)
        tails = ctx.args([b for b in bodies if b != person], ctx.vocab.relation("leads").tails)
        if title in title_subjects(person, lex.lead_titles):  # "Its chair is X"
            tails += pronoun_owners(ctx, title, ctx.vocab.relation("leads").tails)
        mods = {c.lower_ for c in title.children if c.dep_ in ("amod", "compound")}
        heads_state = word in lex.state_titles or bool(mods & lex.state_title_modifiers.get(word, frozenset()))
        if not heads_state:
            tails = [t for t in tails if ctx.m.type(t[1].mention) != "State"]
        if word not in lex.lead_titles:
            tails = [t for t in tails if ctx.m.type(t[1].mention) == "State"]
        if word not in lex.firm_titles:
            tails = [t for t in tails if ctx.m.type(t[1].mention) != "Firm"]
        tails = [t for t in tails if not _portfolio_between(ctx, t[1].mention, title)]
        pred = appointing_verb(ctx, title) or (title if title.dep_ != "attr" else title.head)
        ctx.emit("leads", heads, tails, "title", pred)


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
    return [s for s in states for a in adjectives if a.lower_ in _demonyms(s.text)][:1]


def _demonyms(name: str) -> frozenset[str]:
    """The regular demonyms of a one-word state name: the name with -n, -an, -ian or -ese, after a final vowel too."""
    low = name.lower()
    if " " in low or len(low) < 4 or not low.isalpha():
        return frozenset()
    stems = {low, low[:-1]} if low[-1] in "aeiouy" else {low}
    return frozenset(s + suffix for s in stems for suffix in ("n", "an", "ian", "ese"))


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
    return any(ctx.m.at(t) is None and t.lower_ not in allowed for t in between)


def belongs(ctx: Context, agency: Token) -> None:
    """partOf: the state that owns the body, by possessive or by a noun of belonging."""
    states = frozenset({"State"})
    heads = ctx.args([agency], frozenset({"Agency"}), expand=False)
    own = [c for c in agency.children if c.dep_ == "poss"] + inner_possessors(ctx, agency)
    own += shared_possessors(ctx, agency)
    ctx.emit("partOf", heads, ctx.args(own, states), "possessive", agency)
    nouns = [c for c in agency.children if c.dep_ == "appos"] + trailing_appositions(ctx, agency)
    if agency.dep_ == "appos":
        nouns.append(agency.head)
    if agency.dep_ == "nsubj" and agency.head.lemma_ in _COPULAS:
        nouns += [c for c in agency.head.children if c.dep_ == "attr"]
    for n in nouns:
        if n.lemma_.lower() in ctx.lex.part_nouns and ctx.m.at(n) is None and not denied_noun(n):
            # "an agency of Kenya", "Kenya's regulator", "a U.S. agency" (the state named before the noun)
            owners = prep_objects(n, frozenset({"of"})) + [c for c in n.children if c.dep_ in ("poss", *_MODIFIERS)]
            owners += through_government(ctx, owners)
            ctx.emit("partOf", heads, ctx.args(owners, states), "apposition", n)


def possessor_law(ctx: Context, law: Token) -> None:
    """enacts: "the EU's principal data protection law, the GDPR"; "Turkey's constitution"."""
    enactors = ctx.vocab.relation("enacts").heads
    heads_of = []
    nouns = [c for c in law.children if c.dep_ == "appos"] + ([law.head] if law.dep_ == "appos" else [])
    for n in nouns:
        if n.lemma_.lower() in ctx.lex.law_nouns and ctx.m.at(n) is None:
            heads_of += [c for c in n.children if c.dep_ == "poss"]
    if law.pos_ == "NOUN" and law.is_lower:  # a common noun typed as a law: "Turkey's constitution"
        heads_of += [c for c in law.children if c.dep_ == "poss"]
    if heads_of:
        laws = ctx.args([law], frozenset({"Law"}), expand=False)
        ctx.emit("enacts", ctx.args(heads_of, enactors), laws, "possessor", law)


def possessor_law_noun(ctx: Context, noun: Token) -> None:
    """ "the EU's principal data protection law, the GDPR": a law noun with a possessor, followed by the name it
    is apposed to (read off the punctuation when the parse attaches the name elsewhere)."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or noun.i + 1 >= len(ctx.doc) or ctx.doc[noun.i + 1].text != ",":
        return
    nxt = noun.i + 2 + (ctx.doc[noun.i + 2].lower_ == "the" if noun.i + 2 < len(ctx.doc) else 0)
    if nxt >= len(ctx.doc) or ctx.m.at(ctx.doc[nxt]) is None:
        return
    name = ctx.doc[nxt]
    laws = [(name, a) for a in ctx.resolver.resolve(name, frozenset({"Law"}))]
    enactors = ctx.vocab.relation("enacts").heads
    ctx.emit("enacts", ctx.args(owners, enactors), laws, "possessor", noun)


def membership(ctx: Context, noun: Token) -> None:
    igo, states = ctx.vocab.relation("memberOf").tails, ctx.vocab.relation("memberOf").heads
    modifiers = [m for m in _modifiers(noun) if not qualifies_other_name(ctx, m, noun)]
    orgs = ctx.args(prep_objects(noun, frozenset({"of", "in"})) + modifiers, igo)
    if not orgs:
        return
    lemma = noun.lemma_.lower()
    member_word = lemma in ctx.lex.member_nouns or any(
        m.lemma_.lower() in ctx.lex.member_nouns for m in _modifiers(noun)
    )
    copula = _one_of(noun)
    if member_word and copula is not None:  # "Germany is one of the 27 member states of the EU"
        ctx.emit("memberOf", ctx.args(subjects(copula), states), orgs, "copula", copula)
    if lemma in ctx.lex.member_nouns:
        if noun.dep_ in ("attr", "acomp") and noun.head.lemma_ in _COPULAS:
            ctx.emit("memberOf", ctx.args(subjects(noun.head), states), orgs, "copula", noun.head)
        elif noun.dep_ == "appos":
            ctx.emit("memberOf", ctx.args([noun.head], states), orgs, "apposition", noun)
    listed = prep_objects(noun, ctx.lex.list_preps) + [c for c in noun.children if c.dep_ == "appos"]
    # "such as": the preposition "as" hangs from "such"
    listed += [p for s in noun.children if s.lower_ == "such" for p in prep_objects(s, frozenset({"as"}))]
    if listed and noun.tag_ in ("NNS", "NNPS"):
        ctx.emit("memberOf", ctx.args(listed, states), orgs, "list", noun)


def collective(ctx: Context, noun: Token) -> None:
    """A body said to be a collective of states has them as its members: "the X Forum, a coalition of the U.S.,
    Canada and Japan", "the X Group is an alliance of Chile and Peru" (apposition or copula)."""
    rel = ctx.vocab.relation("memberOf")
    if noun.dep_ == "appos":
        bodies, pred = [noun.head], noun
    elif noun.dep_ == "attr" and noun.head.lemma_ in COPULAS:
        bodies, pred = subjects(noun.head), noun.head  # the copula's clause says whether it is so
    else:
        return
    orgs = ctx.args(bodies, rel.tails, expand=False)
    if orgs:
        ctx.emit("memberOf", ctx.args(prep_objects(noun, frozenset({"of"})), rel.heads), orgs, "collective", pred)


def _one_of(noun: Token) -> Token | None:
    """The copula that says its subject is one of the plural noun's kind: "X is one of the members of Y", "X and Y
    are among the member states of Z"."""
    if noun.dep_ != "pobj" or noun.tag_ not in ("NNS", "NNPS"):
        return None
    prep = noun.head
    if prep.lower_ == "among" and prep.dep_ == "prep" and prep.head.lemma_ in _COPULAS:
        return prep.head
    one = prep.head
    if prep.lower_ == "of" and one.lower_ == "one" and one.dep_ == "attr" and one.head.lemma_ in _COPULAS:
        return one.head
    return None


def stance_noun(ctx: Context, noun: Token, relation: str) -> None:
    """ "X raised concerns about Y", "X voiced opposition to Y", "X's opposition to Y"."""
    rel = ctx.vocab.relation(relation)
    objs = prep_objects(noun, ctx.lex.stance_noun_preps)
    if noun.dep_ in ("dobj", "obj"):
        # "reaffirming the commitment of the United States to X": the parse may hang the noun's phrase on its verb
        objs += [o for o in prep_objects(noun.head, ctx.lex.stance_noun_preps - _COMPANY_PREPS) if o.i > noun.i]
    targets = ctx.args(objs, rel.tails)
    if not targets:  # "the commitment of the United States to ... the success of the Privacy Shield Framework"
        laws = [t for o in objs for t in o.subtree if (i := ctx.m.at(t)) is not None and ctx.m.type(i) == "Law"]
        targets = ctx.args(laws[:1], frozenset({"Law"}), expand=False)
    if not targets:  # "in opposition to USTR's decision to withdraw ...": a decision stands for its maker
        decided = [c for o in objs if o.lemma_.lower() in ctx.lex.decision_nouns for c in o.children]
        targets = ctx.args([c for c in decided if c.dep_ == "poss"], frozenset({"Agency"}), expand=False)
    if not targets:
        return
    holders = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, frozenset({"of"}))
    pred = noun
    verb = _stance_phrase_verb(ctx, noun)
    if verb is not None:
        pred = verb
        holders += subjects(verb)
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in ctx.lex.light_verbs:
        pred = noun.head
        holders += subjects(noun.head)
    if (demand := demanding_verb(ctx, noun)) is not None:  # "urged support for X": the urger's stance
        # "urged Germany's support for X": the one asked holds it only if it does as asked
        ctx.emit(relation, ctx.args(holders, rel.heads), targets, "noun", demand, modality="proposed")
        pred, holders = demand, subjects(demand)
    ctx.emit(relation, ctx.args(holders, rel.heads), targets, "noun", pred)


def _stance_phrase_verb(ctx: Context, noun: Token) -> Token | None:
    """ "A wrote to the President in opposition to X", "A led colleagues in a letter ... in opposition to X": a
    stance noun in an adverbial "in" phrase is the stance of the clause's subject; the phrase may hang on the
    letter the clause names (a document says what its author says)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ctx.lex.stance_phrase_preps:
        return None
    head = noun.head.head
    if head.lemma_.lower() in ctx.lex.document_nouns and head.dep_ == "pobj":
        head = head.head.head
    return head if head.pos_ in ("VERB", "AUX") and head is not noun else None


def evaluation(ctx: Context, noun: Token) -> None:
    """ "A and B gave a positive assessment of X", "A expressed a favourable opinion of X": in English a noun of
    evaluation says a stance only through the adjective that qualifies it (positive -> supports, negative ->
    opposes); its holder is the possessor or the subject of the light verb that takes it, its theme the object of
    "of"/"on". An unqualified ("a detailed assessment") evaluation says none."""
    adjectives = {a.lower_ for a in noun.children if a.dep_ == "amod"}
    for relation, words in ctx.lex.evaluation_adjectives.items():
        if not adjectives & words:
            continue
        rel = ctx.vocab.relation(relation)
        targets = ctx.args(prep_objects(noun, ctx.lex.evaluation_preps), rel.tails)
        holders = [c for c in noun.children if c.dep_ == "poss"]
        pred = noun
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in ctx.lex.light_verbs:
            pred = noun.head
            holders += subjects(noun.head)
        ctx.emit(relation, ctx.args(holders, rel.heads), targets, "evaluation", pred)


def stance_agent(ctx: Context, noun: Token, relation: str) -> None:
    """ "Microsoft is a strong supporter of the CLOUD Act", "Senator X, a vocal critic of the Act,": who someone is
    said to be (by a copula or an apposition) toward a law or a body."""
    rel = ctx.vocab.relation(relation)
    targets = ctx.args(prep_objects(noun, frozenset({"of"})), rel.tails)
    if noun.dep_ in ("attr", "acomp") and noun.head.lemma_ in _COPULAS:
        ctx.emit(relation, ctx.args(subjects(noun.head), rel.heads), targets, "agent-noun", noun.head)
    elif noun.dep_ == "appos":
        ctx.emit(relation, ctx.args([noun.head], rel.heads, expand=False), targets, "agent-noun", noun)


def decision(ctx: Context, noun: Token) -> None:
    """enacts: "the Supreme Court's decision in TikTok v. Garland" (a body's ruling named by its case)."""
    makers = ctx.args([c for c in noun.children if c.dep_ == "poss"], ctx.vocab.relation("enacts").heads)
    cases = ctx.args(prep_objects(noun, frozenset({"in"})), frozenset({"Law"}), expand=False)
    ctx.emit("enacts", makers, cases, "decision", noun)


def includes(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """ "Sensitive data includes X, Y and Z": what governs sensitive data governs X, Y and Z (the list comes in the
    same sentence as the statement or after it)."""
    by_entity: dict[str, list[Candidate]] = {}
    for c in found:
        if c.type in ("regulates", "requiresLocalization"):
            by_entity.setdefault(ctx.m.entity(c.tail), []).append(c)
    out = []
    for tok in ctx.doc:
        i = ctx.m.at(tok)
        if i is None or ctx.m.type(i) != "DataType" or ctx.m.entity(i) not in by_entity:
            continue
        for pred, listed in _extensions(ctx, tok):
            for _, arg in ctx.datatypes(listed):
                for c in by_entity[ctx.m.entity(i)]:
                    if ctx.doc[c.pred].sent.start <= pred.i and ctx.m.entity(arg.mention) != ctx.m.entity(i):
                        pattern = f"{c.type}/includes"
                        out.append(Candidate(c.type, c.head, arg.mention, pattern, pred.i, c.polarity, c.modality))
    return out


def _extensions(ctx: Context, tok: Token) -> list[tuple[Token, list[Token]]]:
    """Lists that name kinds of the data type: its verb "includes X" or its "such as X", "including X"."""
    out = []
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ctx.lex.include_verbs:
        out.append((tok.head, objects(tok.head)))
    listed = prep_objects(tok, ctx.lex.list_preps)
    listed += [p for s in tok.children if s.lower_ == "such" for p in prep_objects(s, frozenset({"as"}))]
    if listed:
        out.append((tok, listed))
    return [(p, [t for x in xs for t in conjuncts(x)]) for p, xs in out if not is_verbal(p) or xs]
