"""A candidate relation, and the context every frame emits candidates through.

`Context.emit` resolves argument tokens to mentions, keeps only pairs whose types the ontology allows for the
relation, and reads the polarity and modality of the clause. The pattern id of a candidate (`enacts/verb`,
`requiresLocalization/oblige+reference`, ...) is what its confidence is calibrated on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipelines.nlp.relations.arguments import Resolver
from pipelines.nlp.relations.assertion import address_parent, clause_standing, respective
from pipelines.nlp.relations.attitude import Attitude, attitude, in_apposition, law_fate, law_status
from pipelines.nlp.relations.committee_votes import chamber_committee
from pipelines.nlp.relations.contrast import set_apart
from pipelines.nlp.relations.coordination import list_items
from pipelines.nlp.relations.epistemic import hedged_conjunct
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.list_relatives import modifies_whole_list
from pipelines.nlp.relations.mentions import Argument, Mentions
from pipelines.nlp.relations.name_words import clause_arguments
from pipelines.nlp.relations.party_lists import tagged_list_items
from pipelines.nlp.relations.syntax import antecedent, governor_chain, noun_phrase, subjects
from pipelines.vocabulary import Vocabulary

#: relations whose head is a law stating content: a draft law or bill only proposes that content
CONTENT_RELATIONS = frozenset({"regulates", "requiresLocalization"})


@dataclass(frozen=True)
class Candidate:
    """A relation one clause states: mentions `head` and `tail`, the pattern that found it, the predicate token
    (its sentence is the evidence), and the clause's polarity and modality."""

    type: str
    head: int
    tail: int
    pattern: str
    pred: int
    polarity: str = "asserted"
    modality: str = "stated"


class Context:
    """What every frame needs: the document, its mentions, the resolver, the lexicon and the vocabulary."""

    def __init__(self, doc: Doc, mentions: Mentions, lex: RelationLexicon, vocab: Vocabulary):
        self.doc, self.m, self.lex, self.vocab = doc, mentions, lex, vocab
        self.resolver = Resolver(mentions, lex)
        self.found: list[Candidate] = []

    def args(
        self, tokens: Iterable[Token], types: frozenset[str], expand: bool = True, pred: Token | None = None
    ) -> list[tuple[Token, Argument]]:
        """The mentions of the wanted types that argument tokens stand for; with `expand`, each coordinated noun
        too ("Japan, Canada and Singapore are members"), except the antecedent of the predicate `pred` when it is
        a relative clause or participle: that is the one noun it modifies ("X, which requires A, and Y, which
        requires B"), unless the clause follows the whole list ("Senators A and B, who introduced X")."""
        noun = antecedent(pred) if pred is not None and pred.dep_ in ("relcl", "acl") else None
        if noun is not None and pred is not None and modifies_whole_list(pred, noun):
            noun = None
        out = []
        for tok in tokens:
            for t in self._items(tok, types) if expand and tok != noun else [tok]:
                out += [(t, a) for a in self.resolver.resolve(t, types)]
        return out

    def _items(self, tok: Token, types: frozenset[str]) -> list[Token]:
        """The token and the items listed with it, in a list the parse builds or one of legislators tagged with
        their party and state ("Sen. A, D-Ore., and Sen. B, R-Wyo.")."""
        items = list_items(self.m, tok, types)
        return items + [t for t in tagged_list_items(self.m, tok, types, self.lex) if t not in items]

    def datatypes(self, tokens: Iterable[Token]) -> list[tuple[Token, Argument]]:
        """The data types inside the noun phrases of `tokens` ("the processing of personal data and health data")."""
        out, seen = [], set()
        for tok in tokens:
            for t in noun_phrase(tok, self.lex.excluding_preps):
                i = self.m.at(t)
                if i is not None and self.m.type(i) == "DataType" and i not in seen:
                    seen.add(i)
                    out.append((t, Argument(i)))
        return out

    def emit(
        self,
        relation: str,
        heads: list[tuple[Token, Argument]],
        tails: list[tuple[Token, Argument]],
        frame: str,
        pred: Token,
        deontic: bool = False,
        modality: str | None = None,
        polarity: str | None = None,
    ) -> None:
        """A candidate `relation` for each pair of a head and a tail whose types the ontology allows, with the
        clause's polarity and modality (`deontic`: the predicate's modal is what a law says; `modality`,
        `polarity`: at least these) and the pattern `relation/frame` (+ how the arguments were found)."""
        rel = self.vocab.relation(relation)
        tails = self._without_abbreviations(tails)
        pairs = [
            (h, t)
            for h in heads
            for t in tails
            if rel.allows(self.m.type(h[1].mention), self.m.type(t[1].mention))
            and self.m.entity(h[1].mention) != self.m.entity(t[1].mention)
        ]
        if not pairs:
            return
        arguments = clause_arguments(self.m, self.lex, (tok for tok, _ in heads + tails))
        base = attitude(pred, self.lex, arguments, deontic=deontic)
        purpose = self._law_purpose(pred, heads) if relation in CONTENT_RELATIONS else None
        if purpose is not None and base.modality == "proposed":
            # "the Regulation aims to give patients access to X": the aim's own clause says whether it is so
            own = attitude(purpose, self.lex, arguments)
            base = Attitude(base.polarity, own.modality)
            base.polarize(own.polarity)
        if modality:
            base.modalize(modality)
        if polarity:
            base.polarize(polarity)
        standing = clause_standing(pred, relation, self.lex)  # questions, "yet to", "no longer", the future ...
        base.polarize(standing.polarity)
        base.modalize(standing.modality)
        if relation == "leads":  # "Director of Intelligence, Ministry of Defence": an address, not a second body
            pairs = [(h, t) for h, t in pairs if not address_parent(pred, t[0])]
        pairs = respective(pred, pairs, self.lex)
        for (htok, h), (ttok, t) in pairs:
            att = Attitude(base.polarity, base.modality)
            if set_apart(htok, pred, self.lex) or set_apart(ttok, pred, self.lex):
                att.polarize("negated")  # "covers X but not Y", "rather than Y": Y is denied, X stated
            if hedged_conjunct(htok, pred, self.lex) or hedged_conjunct(ttok, pred, self.lex):
                att.modalize("hedged")  # "Japan and perhaps Korea ratified X": Korea's is hedged, Japan's stated
            if relation in CONTENT_RELATIONS or relation == "enacts":
                law, arg = (htok, h) if relation in CONTENT_RELATIONS else (ttok, t)
                if self.m.type(arg.mention) == "Law" and law_status(law, self.lex):
                    att.modalize("proposed")
                elif relation == "enacts" and self.unpassed_bill(t.mention, pred):
                    att.modalize("proposed")
                if relation == "enacts" and chamber_committee(htok, self.lex):
                    att.modalize("proposed")  # "the Senate Commerce Committee approved X": a step, not the law
                if self.m.type(arg.mention) == "Law":
                    self._fate(att, law, arg, pred, content=relation != "enacts")
            via = "+".join(sorted({h.via, t.via} - {""}))
            pattern = f"{relation}/{frame}" + (f"+{via}" if via else "")
            self.found.append(Candidate(relation, h.mention, t.mention, pattern, pred.i, att.polarity, att.modality))

    def _fate(self, att: Attitude, law: Token, arg: Argument, pred: Token, content: bool) -> None:
        """What the sentence says became of the law (`law_fate`), at the argument or, for a pronoun or a
        description, at its antecedent in the same sentence ("X was struck down; it required ..."). What an
        apposition says the law is stays true of it when it is undone (`in_apposition`)."""
        span = self.m.spans[arg.mention]
        tokens = {law} | ({span.root} if span is not None and span.sent == pred.sent else set())
        for tok in tokens:
            fate = law_fate(tok, self.lex, content and not in_apposition(pred, tok), pred)
            att.polarize(fate.polarity)
            att.modalize(fate.modality)

    def _law_purpose(self, pred: Token, heads: list[tuple[Token, Argument]]) -> Token | None:
        """ "The EHDS Regulation aims to give patients access to their health data", "the law is intended to protect
        X": a verb of purpose whose subject is a law (or stands for one) says what the law does, not what someone
        plans; the verb, when `pred` is its complement (or coordinated with it)."""
        laws = {tok for tok, a in heads if self.m.type(a.mention) == "Law"}
        for gov, how in governor_chain(pred):
            if how == "xcomp":
                purpose = gov.lemma_.lower() in self.lex.purpose_governors
                return gov if purpose and any(s in laws for s in subjects(gov)) else None
            if how != "conj":
                return None
        return None

    def _without_abbreviations(self, tails: list[tuple[Token, Argument]]) -> list[tuple[Token, Argument]]:
        """One thing named twice, "customers' non-public personal information (NPI)", is one argument: the long
        form, not the abbreviation in parentheses after it."""
        named = {a.mention for _, a in tails}
        return [(t, a) for t, a in tails if self.m.abbreviates(a.mention) not in named]

    def unpassed_bill(self, law: int, pred: Token) -> bool:
        """ "The Ministry released the Data Protection Bill for consultation": a bill that the clause does not pass
        (enact, adopt, sign ...) is only proposed by whoever issues it."""
        span = self.m.spans[law]
        is_bill = span is not None and any(tok.lower_ in self.lex.bill_nouns for tok in span)
        return is_bill and pred.lemma_.lower() not in self.lex.bill_passing_verbs
