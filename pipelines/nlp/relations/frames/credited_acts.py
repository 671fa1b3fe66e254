"""Frame of a law's making praised or blamed (supports, opposes): one who praises, applauds or thanks another "for
passing the X Act" approves of the act, and so of the law it made ("Senators A and B applauded the Committee for
passing their bipartisan X Act", "the Chamber commended Parliament for adopting the Data Act"); one who criticizes or
condemns another for making a law is against the law ("the association criticized the Senate for passing X"). The
stance is the praising verb's own: a verb of thanks (`thanking_verbs`) or a verb with one stance frame in
`patterns/relations.yaml` (not one of effort with both, such as "vote" or "lobby"); what is praised is the gerund
after "for" whose verb makes a law (`bill_passing_verbs`: pass, adopt, enact, sign, ...), with a named law as its
object. The praising verb's own "not", modal or condition qualifies the stance ("did not praise", "may applaud");
a deed not done ("for not passing X", "for failing to pass X") or another deed ("for delaying X", "for its work on
X": `thanks.py`) gives none here. Who is praised is not said to support the law: a committee or a chamber passes
the bills put before it."""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.frames.roles import agent_types, theme_arguments
from pipelines.nlp.relations.frames.stance import named_law
from pipelines.nlp.relations.syntax import is_passive, objects, subjects

#: the preposition of the deed one is praised or blamed for ("applauded A for passing X")
_DEED = "for"
_STANCES = ("supports", "opposes")


def credited_making(ctx: Context, verb: Token) -> None:
    """ "A applauded B for passing X" (A supports X), "A criticized B for adopting X" (A opposes X)."""
    relation = _stance_of(ctx, verb)
    if relation is None or is_passive(verb):
        return
    laws = [o for g in _deeds(verb) if g.lemma_.lower() in ctx.lex.bill_passing_verbs for o in objects(g)]
    laws = [o for o in laws if named_law(ctx, o)]
    if not laws:
        return
    heads = ctx.args(subjects(verb), agent_types(ctx, relation), pred=verb)
    ctx.emit(relation, heads, theme_arguments(ctx, relation, laws, verb), "credited-making", verb)


def _stance_of(ctx: Context, verb: Token) -> str | None:
    """The one stance a verb of judging takes: thanks support; otherwise the verb's stance frames, if only one."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.lex.thanking_verbs:
        return "supports"
    stances = {f.relation for f in ctx.lex.frames_for(lemma) if f.relation in _STANCES}
    return stances.pop() if len(stances) == 1 else None


def _deeds(verb: Token) -> list[Token]:
    """The affirmed gerunds after "for" on the verb or on its object ("applauded [the Committee] for passing")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [p for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == _DEED]
    gerunds = [g for p in preps for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return [g for g in gerunds if not any(c.dep_ == "neg" for c in g.children)]
