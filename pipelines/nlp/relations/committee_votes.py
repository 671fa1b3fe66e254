"""A chamber's committee votes on a bill; the chamber passes it.

A committee of one chamber of a legislature that approves, advances, reports or passes a bill moves it one step
through its chamber: the bill is not law by that vote ("the House Energy and Commerce Committee approved the
American Privacy Rights Act", "the Senate Judiciary Committee advanced the Kids Online Safety Act, which requires
..."). Its making is only proposed, and what the bill would do stays proposed as a bill's content does. A committee
is a chamber's when a chamber's word is part of its name or owns it ("Senate Commerce Committee", "the Lok Sabha's
committee", "a parliamentary committee"). A committee that legislates itself between a legislature's sessions
("the Standing Committee of the National People's Congress adopted the PIPL", "the National Assembly Standing
Committee adopted the Law on Cybersecurity") or an organisation's committee of ministers enacts as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.lexicon import RelationLexicon


def chamber_committee(tok: Token, lex: RelationLexicon) -> bool:
    """`tok` heads a committee (or subcommittee) named by, or owned by, one chamber of a legislature, and not a
    standing committee that legislates in the legislature's place."""
    if tok.lower_ not in lex.sponsor_body_heads:
        return False
    before = {t.lower_ for t in tok.subtree if t.i < tok.i}
    return bool(before & lex.chamber_committee_words) and not before & lex.legislating_committee_words


def committee_passed(law: Token, lex: RelationLexicon) -> bool:
    """ "The Senate Judiciary Committee advanced the X Act", "the X Act was approved by the House Energy and
    Commerce Committee": the law is the object (or passive subject) of a verb whose agent is a chamber's
    committee, so it is still a bill."""
    verb = law.head
    if law.dep_ == "dobj":
        agents = [c for c in verb.children if c.dep_ == "nsubj"]
    elif law.dep_ == "nsubjpass":
        agents = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    else:
        return False
    return any(chamber_committee(a, lex) for a in agents)
