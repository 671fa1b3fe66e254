"""A mechanism a law sets up for handling data (regulates).

English says what a law is for by the way of doing things it sets up: "the framework establishes a process for
companies to transfer consumer data", "the Act provides a mechanism for transferring personal data abroad", "the
Regulation creates a procedure for the transfer of health data". The data handled through that way is handled under
the law, so the law regulates it (as `ruling.handled_under` says for "transferred under the framework"). The way is
a noun of mechanism (`mechanism_nouns`: process, mechanism, procedure, channel ...), never a body ("establishes a
commission to collect X" says nothing of the law's rule); the act of handling is an infinitive ("for companies to
transfer X", "a mechanism to share X"), a gerund or a noun of handling after "for" ("for transferring X", "for the
transfer of X"), or a relative clause ("a process by which companies transfer X"). Only a law that is the active
subject of the verb of setting up heads it; the verb's clause says whether it is so ("does not establish", "may
create": not facts).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import LAW
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import is_passive, objects, subjects, to_infinitive


def mechanism_for_handling(ctx: Context, verb: Token) -> None:
    """regulates: the law that sets up a way of handling data (the subject of a verb of `mechanism_verbs` whose
    object is a noun of `mechanism_nouns`) -> the data that way handles."""
    if is_passive(verb):
        return
    ways = [o for o in objects(verb) if o.lemma_.lower() in ctx.lex.mechanism_nouns and ctx.m.at(o) is None]
    if not ways:
        return
    laws = ctx.args(subjects(verb), LAW, pred=verb)
    if not laws:
        return
    data = [d for w in ways for d in _handled_data(ctx, verb, w)]
    ctx.emit("regulates", laws, data, "mechanism", verb)


def _handled_data(ctx: Context, verb: Token, way: Token) -> list[tuple[Token, Argument]]:
    """The data the way handles: the objects of its act of handling, or the phrase of its noun of handling."""
    acts = _handling_clauses(ctx, verb, way)
    out = ctx.datatypes(o for act in acts for o in objects(act))
    nouns = [n for p in _for_phrases(verb, way) for n in p.children if n.dep_ == "pobj"]
    out += ctx.datatypes(n for n in nouns if n.lower_ in ctx.lex.handling_nouns)
    return out


def _handling_clauses(ctx: Context, verb: Token, way: Token) -> list[Token]:
    """Verbs of handling (`handling_verbs`) that say what the way does: an infinitive on the verb or on the noun
    ("establishes a process for companies to transfer X", "a mechanism to share X"), a relative clause on the noun
    ("a process by which firms transfer X"), a gerund after "for" ("for transferring X")."""
    handling = ctx.lex.handling_verbs
    on_verb = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > way.i and to_infinitive(c)]
    on_noun = [c for c in way.children if c.dep_ in ("acl", "relcl", "advcl")]
    after_for = [g for p in _for_phrases(verb, way) for g in p.children if g.dep_ in ("pcomp", "pobj")]
    gerunds = [g for g in after_for if g.tag_ == "VBG"]
    return [c for c in on_verb + on_noun + gerunds if c.lemma_.lower() in handling]


def _for_phrases(verb: Token, way: Token) -> list[Token]:
    """The "for" phrase of the way: on the noun, or right after it on the verb (where the parse often hangs it)."""
    on_noun = [p for p in way.children if p.dep_ == "prep" and p.lower_ == "for"]
    after = way.right_edge.i + 1
    on_verb = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p.i == after]
    return on_noun + on_verb
