"""Relation extraction: the `pg_relations` spaCy component.

A relation holds only between arguments of one predicate (the clause is the unit): a verb and its agent and theme
(`frames`), or a noun of office, membership, belonging or stance and what it is tied to (`nominal`), or a field of a
table about a law (`fields`). Coordination, relative clauses, participles and control are followed on the dependency
parse (`syntax`, `coordination`); a definite description ("the decree", "the central bank") or a pronoun stands for
the one entity named earlier that fits it (`references`), and an unnamed instrument for its issuer (`arguments`).
Every candidate (`candidates`) carries the polarity and modality of its clause (`attitude`) and a confidence
calibrated on the development sets (`calibration`); only an asserted, stated candidate at or above the fact
threshold is a fact. Which types a relation connects is the ontology's (`pipelines.vocabulary`).

The component writes `doc._.pg_relations`: a list of `pipelines.model.Relation` records (`pipelines.nlp.doc_records`),
in text order.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipelines.model import Mention, Relation
from pipelines.nlp import doc_records as _doc_records  # noqa: F401  (registers `doc._.pg_relations`)
from pipelines.nlp.relations.attitude import draft_laws
from pipelines.nlp.relations.calibration import Calibration, load_calibration
from pipelines.nlp.relations.candidates import CONTENT_RELATIONS, Candidate, Context
from pipelines.nlp.relations.fields import table_fields
from pipelines.nlp.relations.frames import verb_frames
from pipelines.nlp.relations.frames.address_blocks import address_block_heads
from pipelines.nlp.relations.frames.authored import act_titles
from pipelines.nlp.relations.frames.championship import championed
from pipelines.nlp.relations.frames.departments import department_heads
from pipelines.nlp.relations.frames.enacting_formula import enacting_formulas
from pipelines.nlp.relations.frames.hansard import moved_readings
from pipelines.nlp.relations.frames.headline_act import headline_act
from pipelines.nlp.relations.frames.listed_executives import listed_executives
from pipelines.nlp.relations.frames.own_bill import own_bill
from pipelines.nlp.relations.frames.register_notice import register_rules
from pipelines.nlp.relations.frames.register_summary import summary_rules
from pipelines.nlp.relations.frames.rosters import roster_heads
from pipelines.nlp.relations.frames.rows import state_rows
from pipelines.nlp.relations.frames.sponsor_fields import sponsor_fields
from pipelines.nlp.relations.frames.withdrawal import withdrawal_noun
from pipelines.nlp.relations.lexicon import RelationLexicon, load_relation_lexicon
from pipelines.nlp.relations.mentions import Mentions
from pipelines.nlp.relations.nominal import includes, noun_frames
from pipelines.nlp.relations.syntax import is_verbal
from pipelines.vocabulary import FACT_MODALITY, FACT_POLARITY, Vocabulary, load_vocabulary


class RelationFinder:
    """Finds the relations among `doc._.pg_mentions` (see the package docstring)."""

    def __init__(self, lexicon: RelationLexicon, vocabulary: Vocabulary, calibration: Calibration):
        self.lex, self.vocab, self.calibration = lexicon, vocabulary, calibration

    def __call__(self, doc: Doc) -> Doc:
        mentions = doc._.pg_mentions or []
        found = self.find(doc, mentions) if mentions and doc.has_annotation("DEP") else []
        doc._.pg_relations = found
        return doc

    def candidates(self, doc: Doc, mentions: list[Mention]) -> list[Candidate]:
        ctx = Context(doc, Mentions(doc, mentions), self.lex, self.vocab)
        for tok in doc:
            headline_act(ctx, tok)  # any word: the parse reads a title's verb as a verb or as a word of a name
            if is_verbal(tok):
                verb_frames(ctx, tok)
            else:
                noun_frames(ctx, tok)
                championed(ctx, tok)
                withdrawal_noun(ctx, tok)
                own_bill(ctx, tok)
        table_fields(ctx)
        sponsor_fields(ctx)
        register_rules(ctx)
        summary_rules(ctx)
        enacting_formulas(ctx)
        act_titles(ctx)
        department_heads(ctx)
        state_rows(ctx)
        moved_readings(ctx)
        roster_heads(ctx)
        address_block_heads(ctx)
        listed_executives(ctx)
        return self._drafts_proposed(ctx, ctx.found + includes(ctx, ctx.found))

    def _drafts_proposed(self, ctx: Context, found: list[Candidate]) -> list[Candidate]:
        """What a law the document introduced as a draft is said to do, or who is said to make it, is only proposed
        wherever the text says it ("the draft X Act ("XA") ... The XA covers location data"), unless a clause of the
        document passes it ("the draft law was adopted in May", `draft_laws`)."""
        m = ctx.m
        drafts = draft_laws(m, self.lex) - passed_by_reference(ctx.doc, m, found, self.lex)
        if not drafts:
            return found
        return [
            replace(c, modality="proposed")
            if c.modality == FACT_MODALITY
            and (
                (c.type in CONTENT_RELATIONS and m.entity(c.head) in drafts)
                or (c.type == "enacts" and m.entity(c.tail) in drafts)
            )
            else c
            for c in found
        ]

    def find(self, doc: Doc, mentions: list[Mention]) -> list[Relation]:
        best: dict[tuple[str, int, int], Relation] = {}
        for c in self.candidates(doc, mentions):
            sent = doc[c.pred].sent
            confidence = self.calibration.confidence(c.pattern)
            fact = (
                c.polarity == FACT_POLARITY and c.modality == FACT_MODALITY and confidence >= self.calibration.threshold
            )
            r = Relation(
                head=c.head,
                tail=c.tail,
                type=c.type,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                confidence=confidence,
                source=c.pattern,
                polarity=c.polarity,
                modality=c.modality,
                fact=fact,
            )
            key = (c.type, c.head, c.tail)
            old = best.get(key)
            # one statement, several patterns: a reading that finds it negated, hedged or only proposed wins in its
            # sentence (a wrong fact is worse than a missing one); else the likelier reading, on a tie the one that
            # is not a fact
            if old is None or _rank(r, old) > _rank(old, r):
                best[key] = r
        return sorted(_most_precise(best).values(), key=lambda r: (r.sentence_start, r.head, r.tail, r.type))


def _rank(r: Relation, other: Relation) -> tuple[bool, float, bool]:
    """How a reading of a statement ranks against another reading of it: unreal in the same sentence first."""
    unreal = (r.polarity, r.modality) != ("asserted", "stated") and r.sentence_start == other.sentence_start
    return unreal, r.confidence, not r.fact


#: a relation that says more than another between the same arguments: requiring the data to stay in the country
#: is the rule a law has about it
_MORE_PRECISE = {"regulates": "requiresLocalization"}


def _most_precise(best: dict[tuple[str, int, int], Relation]) -> dict[tuple[str, int, int], Relation]:
    """ "X lets operators keep most data offshore but requires public-sector data to stay in the country": where
    the text states as a fact the more precise relation between two mentions, the vaguer one that a broader
    reading of the same words found is not stated again."""
    return {
        key: r
        for key, r in best.items()
        if not (
            key[0] in _MORE_PRECISE
            and (precise := best.get((_MORE_PRECISE[key[0]], key[1], key[2]))) is not None
            and precise.fact
        )
    }


@Language.factory("pg_relations", default_config={"patterns": "", "calibration": ""})
def make_relation_finder(nlp: Language, name: str, patterns: str, calibration: str) -> RelationFinder:
    lexicon = load_relation_lexicon(Path(patterns)) if patterns else load_relation_lexicon()
    cal = load_calibration(Path(calibration)) if calibration else load_calibration()
    return RelationFinder(lexicon, load_vocabulary(), cal)


def passed_by_reference(doc: Doc, mentions: Mentions, found: list[Candidate], lex: RelationLexicon) -> frozenset[str]:
    """ "Representatives introduced the X Act in March. The bill was passed by the House in April.": a clause that
    passes a law under a description or a pronoun that refers back to it ("the bill", "it"; `references`) passes
    it as its name would (`_passed`). Their entity ids: the enactments, asserted and stated, by a verb of passing
    whose law is such a reference."""
    return frozenset(
        mentions.entity(c.tail)
        for c in found
        if c.type == "enacts"
        and c.polarity == "asserted"
        and c.modality == "stated"
        and c.pattern.startswith("enacts/verb+")
        and any(via in c.pattern for via in ("reference", "pronoun"))
        and doc[c.pred].lemma_.lower() in lex.bill_passing_verbs
    )
