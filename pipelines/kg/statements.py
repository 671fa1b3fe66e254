"""Documents and extractions -> quads, one named graph per document.

Quads are built directly as pyoxigraph terms against the ontology's vocabulary (tests check that every `pg:` term
used here is declared in the ontology). Going through owlready2 individual by individual would cost a Python
object per triple; instead the produced graph is checked against the ontology by SHACL and by HermiT on a sample.

A document graph is a pure function of the document version and the extractor version: no run time, no run
counter. Re-running unchanged input therefore yields the identical graph, and a changed article replaces its graph.
What is shared between documents lives once in shared graphs: entity descriptions in the entities graph (from the
entity catalogue), what cables name by code (posts, TAGS, signers, cited cables) in the cables graph, direct
relation triples in the facts graph (derived from the documents' relation assertions, see `pipelines.kg.build`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from pipelines.kg.namespaces import DCTERMS, DEFAULT_BASE, NIF, OWL, PG, PROV, RDF, RDFS, SKOS, WD, XSD, Iris, Terms
from pipelines.model import CableRecord, Document, Extraction, cable_doc_id, short_id, slugify
from pipelines.posts import PostResolver
from pipelines.vocabulary import load_vocabulary

_PG, _NIF, _XSD, _RDF = str(PG), str(NIF), str(XSD), str(RDF)
_RDFS, _DCT, _PROV, _SKOS = str(RDFS), str(DCTERMS), str(PROV), str(SKOS)


def pg(local: str) -> NamedNode:
    return NamedNode(_PG + local)


RDF_TYPE = NamedNode(_RDF + "type")
RDFS_LABEL = NamedNode(_RDFS + "label")
XSD_INT = NamedNode(_XSD + "nonNegativeInteger")
XSD_DECIMAL = NamedNode(_XSD + "decimal")
XSD_DATETIME = NamedNode(_XSD + "dateTime")
XSD_DATE = NamedNode(_XSD + "date")
XSD_BOOLEAN = NamedNode(_XSD + "boolean")

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


#: The kind in an entity id ("igo/edpb") decides its class, so one entity never gets two disjoint types even
#: when mentions of it were typed differently in different sentences.
KIND_CLASSES = {
    "state": "State",
    "agency": "Agency",
    "igo": "IGO",
    "firm": "Firm",
    "law": "Law",
    "datatype": "DataType",
    "person": "Person",
    "post": "DiplomaticPost",
}


def entity_class(entity_id: str, fallback: str) -> str:
    return KIND_CLASSES.get(entity_id.split("/", 1)[0], fallback)


def date_literal(value: str | None) -> Literal | None:
    """An xsd:date or xsd:dateTime literal for an ISO string; None for anything else (never an invalid literal)."""
    if not value:
        return None
    if _DATE_RE.match(value):
        return Literal(value, datatype=XSD_DATE)
    if _DATETIME_RE.match(value):
        return Literal(value, datatype=XSD_DATETIME)
    return None


class GraphBuilder:
    """Builds the quads of one document's named graph."""

    def __init__(self, base: str = DEFAULT_BASE, posts: PostResolver | None = None):
        self.iris = Iris(base)
        self.posts = posts or PostResolver()
        vocabulary = load_vocabulary()
        #: extraction name -> ontology property, polarity and modality individuals (from the ontology)
        self.properties = {name: NamedNode(r.iri) for name, r in vocabulary.relations.items()}
        self.polarities = {name: NamedNode(iri) for name, iri in vocabulary.polarities.items()}
        self.modalities = {name: NamedNode(iri) for name, iri in vocabulary.modalities.items()}

    def entity(self, entity_id: str) -> NamedNode:
        return self.iris.entity(entity_id)

    def document_quads(self, doc: Document, extraction: Extraction | None) -> list[Quad]:
        g = self.iris.document_graph(doc.doc_id)
        d = self.iris.document(doc.doc_id)
        out: list[Quad] = []

        def add(s, p, o) -> None:
            if o is not None:
                out.append(Quad(s, p, o, g))

        add(d, RDF_TYPE, pg("Cable") if doc.kind == "cable" else pg("NewsArticle"))
        add(d, pg("contentHash"), Literal(doc.version))
        if doc.title:
            add(d, NamedNode(_DCT + "title"), Literal(doc.title))
        if doc.uri.startswith(("http://", "https://")):
            add(d, NamedNode(_DCT + "source"), NamedNode(doc.uri))
        elif doc.uri:
            add(d, NamedNode(_DCT + "source"), Literal(doc.uri))
        add(d, NamedNode(_DCT + "issued"), date_literal(doc.published))
        language = doc.language or (extraction.language if extraction is not None else None)
        if language:  # as the source declared it, else as detected from the text
            add(d, NamedNode(_DCT + "language"), Literal(language))
        if doc.author:
            add(d, NamedNode(_DCT + "creator"), Literal(doc.author))
        # a value the document does not give (an undated cable, a date that is no date) is no triple
        if doc.cable is not None:
            for s, p, o in self.cable_triples(d, doc.cable):
                add(s, p, o)
        if extraction is not None:
            for s, p, o in self.extraction_triples(doc, d, extraction):
                add(s, p, o)
            for s, p, o in self.reported_cable_triples(doc, d, extraction):
                add(s, p, o)
        return out

    def extraction_triples(self, doc: Document, d: NamedNode, ex: Extraction) -> Iterator[tuple]:
        activity = self.iris.run(short_id(ex.extractor + "|" + doc.version))
        yield activity, RDF_TYPE, pg("ExtractionRun")
        yield activity, pg("extractor"), Literal(ex.extractor)
        yield (
            d,
            NamedNode(_PROV + "wasGeneratedBy"),
            activity,
        )  # the document's graph content, not the document
        seen: set[str] = set()
        mention_nodes: list[NamedNode] = []
        for m in ex.mentions:
            node = self.iris.mention(doc.doc_id, m.start, m.end)
            mention_nodes.append(node)
            ent = self.entity(m.entity_id)
            yield node, RDF_TYPE, pg("Mention")
            yield node, NamedNode(_NIF + "beginIndex"), Literal(str(m.start), datatype=XSD_INT)
            yield node, NamedNode(_NIF + "endIndex"), Literal(str(m.end), datatype=XSD_INT)
            yield node, NamedNode(_NIF + "anchorOf"), Literal(m.text)
            yield node, NamedNode(_NIF + "referenceContext"), d
            yield node, NamedNode("http://www.w3.org/2005/11/its/rdf#taIdentRef"), ent
            yield node, pg("confidence"), Literal(f"{m.confidence:.3f}", datatype=XSD_DECIMAL)
            yield node, NamedNode(_PROV + "wasGeneratedBy"), activity
            if m.entity_id not in seen:  # the entity's own description lives once, in the entities graph
                seen.add(m.entity_id)
                yield d, pg("mentions"), ent
        for r, h, prop, t in self.relations(ex):
            head, tail = ex.mentions[r.head], ex.mentions[r.tail]
            key = short_id(f"{r.type}|{head.start}|{head.end}|{tail.start}|{tail.end}", 12)
            fact = self.iris.assertion(doc.doc_id, key)
            sentence = self.iris.mention(doc.doc_id, r.sentence_start, r.sentence_end)
            yield fact, RDF_TYPE, pg("RelationAssertion")
            yield fact, NamedNode(_RDF + "subject"), h
            yield fact, NamedNode(_RDF + "predicate"), prop
            yield fact, NamedNode(_RDF + "object"), t
            yield fact, pg("evidence"), sentence
            yield fact, pg("confidence"), Literal(f"{r.confidence:.3f}", datatype=XSD_DECIMAL)
            yield fact, pg("polarity"), self.polarities[r.polarity]
            yield fact, pg("modality"), self.modalities[r.modality]
            yield fact, pg("isFact"), Literal("true" if r.fact else "false", datatype=XSD_BOOLEAN)
            yield fact, NamedNode(_PROV + "wasDerivedFrom"), d
            yield fact, NamedNode(_PROV + "wasGeneratedBy"), activity
            yield fact, pg("headMention"), mention_nodes[r.head]
            yield fact, pg("tailMention"), mention_nodes[r.tail]
            yield sentence, RDF_TYPE, NamedNode(_NIF + "Sentence")
            yield sentence, NamedNode(_NIF + "beginIndex"), Literal(str(r.sentence_start), datatype=XSD_INT)
            yield sentence, NamedNode(_NIF + "endIndex"), Literal(str(r.sentence_end), datatype=XSD_INT)
            yield sentence, NamedNode(_NIF + "anchorOf"), Literal(doc.text[r.sentence_start : r.sentence_end])
            yield sentence, NamedNode(_NIF + "referenceContext"), d

    def relations(self, ex: Extraction) -> Iterator[tuple]:
        """(relation, head entity, property, tail entity) of each relation of an extraction the graph states."""
        for r in ex.relations:
            prop = self.properties.get(r.type)
            if prop is None or not (0 <= r.head < len(ex.mentions) and 0 <= r.tail < len(ex.mentions)):
                continue
            yield r, self.entity(ex.mentions[r.head].entity_id), prop, self.entity(ex.mentions[r.tail].entity_id)

    def relation_facts(self, ex: Extraction | None) -> set[tuple[NamedNode, NamedNode, NamedNode]]:
        """The direct triples (?head pg:enacts ?law) of the relations an extraction states as facts (asserted,
        stated, at or above the fact threshold: `Relation.fact`). They are not part of the document
        graph (which keeps the pg:RelationAssertion with its evidence as provenance): they live once in the facts
        graph, which `pipelines.kg.build` keeps equal to the set of facts at least one document asserts. A fact
        repeated in every document graph that states it would make the union default graph answer one row per
        document for each such pattern, and joins over them grow with a power of the corpus size."""
        return {(h, prop, t) for r, h, prop, t in self.relations(ex) if r.fact} if ex is not None else set()

    def entity_quads(self, catalogue: dict[str, dict], judgements: dict | None = None) -> Iterator[Quad]:
        """The entities graph: type, label and Wikidata id of every entity the documents mention, once, and the
        links reviewers confirmed (`judgements`, see `pipelines.linking`): `owl:sameAs` the reference entity or
        the Wikidata item.

        Written from the entity catalogue rather than into each document graph: a description repeated in every
        document graph makes the union default graph return one row per document for each pattern, and joins
        then grow with a power of the corpus size.
        """
        for entity_id, entry in sorted(catalogue.items()):
            yield from self.entity_description(entity_id, entry, judgements)

    def entity_description(self, entity_id: str, entry: dict, judgements: dict | None = None) -> Iterator[Quad]:
        """The quads of one entity in the entities graph (`entity_quads`); all have the entity as subject."""
        judgements = judgements or {}
        same_as = Terms(OWL)["sameAs"]
        g = self.iris.entities_graph
        ent = self.entity(entity_id)
        label = Literal(entry["label"], language="en")
        yield Quad(ent, RDF_TYPE, pg(entity_class(entity_id, entry["type"])), g)
        yield Quad(ent, RDFS_LABEL, label, g)
        if entry["type"] == "DataType":  # a category the taxonomy may not have yet: still a concept of it
            yield Quad(ent, NamedNode(_SKOS + "prefLabel"), label, g)
            yield Quad(ent, NamedNode(_SKOS + "inScheme"), pg("DataTypeScheme"), g)
        judged = judgements.get(entity_id)
        qid = entry.get("qid") or (judged.qid if judged is not None and judged.decision == "link" else None)
        if qid:  # (what the reference graph states already is left out when the graph is written)
            yield Quad(ent, pg("wikidataId"), Literal(qid), g)
            yield Quad(ent, same_as, Terms(WD)[qid], g)
        if judged is not None and judged.decision == "same":
            yield Quad(ent, same_as, self.entity(judged.target), g)

    def reported_cable_triples(self, doc: Document, d: NamedNode, ex: Extraction) -> Iterator[tuple]:
        """A cable an article describes becomes a pg:ReportedCable with what the article says of it."""
        for rc in ex.reported_cables:
            signer = ex.mentions[rc.signer].entity_id if rc.signer is not None else ""
            sender = ex.mentions[rc.sender].entity_id if rc.sender is not None else ""
            cable = self.iris.document("reported-cable-" + short_id(f"{rc.date}|{signer}|{sender}", 12))
            yield d, pg("reportsOn"), cable
            yield cable, RDF_TYPE, pg("ReportedCable")
            yield cable, RDF_TYPE, pg("Cable")
            yield cable, NamedNode(_PROV + "wasDerivedFrom"), d
            yield cable, NamedNode(_DCT + "description"), Literal(doc.text[rc.sentence_start : rc.sentence_end])
            if rc.date:
                yield cable, NamedNode(_DCT + "issued"), date_literal(rc.date)
            if signer:
                yield cable, pg("signedBy"), self.entity(signer)
            if sender:
                yield cable, pg("sentBy"), self.entity(sender)
            if doc.published and (reported := date_literal(doc.published)) is not None:
                yield cable, pg("firstReported"), reported

    def cable_triples(self, d: NamedNode, c: CableRecord) -> Iterator[tuple]:
        """The cable's own header fields and its links to what it names (posts, signer, TAGS, cited cables), whose
        descriptions are in the cables graph (`cable_description_quads`)."""
        if c.reference_id:
            yield d, pg("cableReference"), Literal(c.reference_id)
        yield d, pg("sentAt"), date_literal(c.date) if c.date and "T" in c.date else None
        for prop, value in (
            ("classification", c.classification),
            ("declassification", c.declassification),
            ("precedence", c.precedence),
            ("subject", c.subject),
        ):
            if value:
                yield d, pg(prop), Literal(value)
        if c.sender:
            yield d, pg("sentBy"), self.entity(self.posts.resolve(c.sender).entity_id)
        for r in c.recipients:
            role = pg("infoTo") if r.role == "info" else pg("sentTo")
            yield d, role, self.entity(self.posts.resolve(r.name).entity_id)
        if c.signed_by:
            yield d, pg("signedBy"), self._signer(c.signed_by)
        for code in (*c.tags_subject, *c.tags_country):
            yield d, pg("hasTag"), self.iris.tag(code)
        for ref in c.references:
            yield d, pg("cites"), self.iris.document(cable_doc_id(ref))

    def cable_description_quads(self, doc: Document) -> list[Quad]:
        """The cables graph's quads for what one cable names: its posts, signer, TAGS and cited cables, described as
        every cable that names them would describe them (they depend on the code or name only). Kept out of the
        document graphs so that the union default graph says each once, however many cables name it."""
        c = doc.cable
        if c is None:
            return []
        triples: list[tuple] = []
        for name in ([c.sender] if c.sender else []) + [r.name for r in c.recipients]:
            triples += self.post_triples(name)
        if c.signed_by:
            person = self._signer(c.signed_by)
            triples += [
                (person, RDF_TYPE, pg("Person")),
                (person, RDFS_LABEL, Literal(c.signed_by.title(), language="en")),
            ]
        for code in c.tags_subject:
            triples += self.tag_triples(code, None)
        for code in c.tags_country:
            triples += self.tag_triples(code, self.posts.state_for_fips(code))
        for ref in c.references:
            cited = self.iris.document(cable_doc_id(ref))
            triples += [(cited, RDF_TYPE, pg("Cable")), (cited, pg("cableReference"), Literal(ref))]
        g = self.iris.cables_graph
        return [Quad(s, p, o, g) for s, p, o in triples]

    def _signer(self, name: str) -> NamedNode:
        return self.entity("person/" + slugify(name))

    def post_triples(self, name: str) -> Iterator[tuple]:
        post = self.posts.resolve(name)
        node = self.entity(post.entity_id)
        yield node, RDF_TYPE, pg(post.type)
        yield node, RDFS_LABEL, Literal(post.label, language="en")
        if post.sending_state:
            yield node, pg("partOf"), self.entity(post.sending_state)
        if post.host_state:
            yield node, pg("locatedIn"), self.entity(post.host_state)

    def tag_triples(self, code: str, state_id: str | None) -> Iterator[tuple]:
        tag = self.iris.tag(code)
        yield tag, RDF_TYPE, pg("CableTag")
        yield tag, pg("tagCode"), Literal(code)
        yield tag, NamedNode(_SKOS + "prefLabel"), Literal(code)
        yield tag, NamedNode(_SKOS + "inScheme"), pg("CableTagScheme")
        if state_id:
            yield tag, pg("tagCountry"), self.entity(state_id)
