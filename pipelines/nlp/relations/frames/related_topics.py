"""What a verb of ruling rules on, said through a noun of topic (regulates).

English often names what a law rules on with a general noun and a participle of relation after it: "This Law
regulates activities related to the processing of personal data", "the Act governs matters relating to the retention
of communications data", "the rules cover questions pertaining to health records". The general noun ("activities",
"matters", "questions") only frames the topic; the data in the participle's phrase is what the law rules on, as if it
were the verb's object. Only participles that say "is about" (`topic_participles`) are read: "companies based in X",
"fees charged for X" say something else. The attitude is the verb's ("does not regulate activities related to X"
is negated).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipelines.nlp.relations.candidates import Context
from pipelines.nlp.relations.mentions import Argument
from pipelines.nlp.relations.syntax import conjuncts


def related_topic_data(ctx: Context, themes: list[Token]) -> list[tuple[Token, Argument]]:
    """The data in the phrase of a participle of relation on the verb's themes ("activities related to X")."""
    tokens: list[Token] = []
    for noun in (n for theme in themes for n in conjuncts(theme)):
        for part in noun.children:
            if part.dep_ == "acl" and part.lemma_.lower() in ctx.lex.topic_participles:
                tokens += [t for c in part.children if c.dep_ in _TOPIC_DEPS for t in c.subtree]
    return ctx.datatypes(tokens)


#: "related to X" (a prepositional phrase), "concerning X", "regarding X" (the participle's object)
_TOPIC_DEPS = frozenset({"prep", "dobj", "obj"})
