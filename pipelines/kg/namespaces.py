"""Namespaces and IRI minting. IRIs are deterministic: derived from stable keys, never from run order.

The namespaces (`PG`, `SKOS`, ...) are rdflib's, for the graphs built with rdflib (ontology, SHACL, VoID); `Terms`
gives the same vocabularies as pyoxigraph terms, and `Iris` mints pyoxigraph terms: both feed the store.
"""

from __future__ import annotations

from pyoxigraph import NamedNode
from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD, DefinedNamespace

from pipelines.vocabulary import DEFAULT_BASE
from pipelines.vocabulary import PG as _PG_IRI

#: The ontology (classes and properties). Version IRIs live under .../ontology/<version>. `DEFAULT_BASE`, the
#: default base for data IRIs, and the IRI strings are `pipelines.vocabulary`'s, which nlp uses too.
PG = Namespace(_PG_IRI)

NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
OA = Namespace("http://www.w3.org/ns/oa#")
DPV = Namespace("https://w3id.org/dpv#")
PD = Namespace("https://w3id.org/dpv/pd#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "pg": PG,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "oa": OA,
    "dpv": DPV,
    "pd": PD,
    "eli": ELI,
    "org": ORG,
    "schema": SDO,
    "wd": WD,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "dcat": DCAT,
    "void": VOID,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sd": SD,
}


def prefix_map() -> dict[str, str]:
    """The project's prefixes as plain strings (for serialisers, JSON-LD contexts and pyoxigraph queries)."""
    return {name: str(ns) for name, ns in PREFIXES.items()}


class Terms:
    """The terms of one namespace as pyoxigraph terms, the store's: `Terms(SKOS)["prefLabel"]`."""

    def __init__(self, namespace: str | type[DefinedNamespace]) -> None:
        self.iri = str(namespace)

    def __getitem__(self, local: str) -> NamedNode:
        return NamedNode(self.iri + local)


class Iris:
    """Mints the IRIs of one deployment from its base (e.g. https://w3id.org/policygraph/), as pyoxigraph terms."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith("/") else base + "/"
        self.ns = Terms(self.base)

    def entity(self, entity_id: str) -> NamedNode:
        """entity_id is "<kind>/<key>", e.g. "state/US" -> <base>id/state/US."""
        return self.ns[f"id/{entity_id}"]

    def document(self, doc_id: str) -> NamedNode:
        return self.ns[f"doc/{doc_id}"]

    def document_graph(self, doc_id: str) -> NamedNode:
        """The named graph that holds everything extracted from one document (replaced on re-run)."""
        return self.ns[f"graph/doc/{doc_id}"]

    def mention(self, doc_id: str, start: int, end: int) -> NamedNode:
        return self.ns[f"doc/{doc_id}#char={start},{end}"]

    def assertion(self, doc_id: str, key: str) -> NamedNode:
        return self.ns[f"doc/{doc_id}#fact-{key}"]

    def run(self, run_id: str) -> NamedNode:
        return self.ns[f"run/{run_id}"]

    def tag(self, code: str) -> NamedNode:
        return self.ns[f"id/tag/{code}"]

    @property
    def reference_graph(self) -> NamedNode:
        """Entities from the reference tables (labels, identifiers, links), shared by all documents."""
        return self.ns["graph/reference"]

    @property
    def entities_graph(self) -> NamedNode:
        """Type, label and Wikidata id of each extracted entity, written once from the entity catalogue."""
        return self.ns["graph/entities"]

    @property
    def cables_graph(self) -> NamedNode:
        """What cables name by a code or a name, described once for all the cables that name it: TAGS, posts,
        signers and cited cables (each subject's description as the latest load that names it wrote it)."""
        return self.ns["graph/cables"]

    @property
    def facts_graph(self) -> NamedNode:
        """Direct relation triples (?head pg:enacts ?law) once each, derived from the documents' assertions."""
        return self.ns["graph/facts"]

    @property
    def facts_pending_graph(self) -> NamedNode:
        """An empty graph that exists only while document graphs and the facts graph are being updated: found at
        the start of a load, it means the last load stopped half-way and the facts graph is derived again whole."""
        return self.ns["graph/facts-pending"]

    @property
    def ontology_graph(self) -> NamedNode:
        return self.ns["graph/ontology"]
