"""The relation vocabulary, read from the ontology: the one place that says which relations the extractor produces,
which property each becomes, and which entity types each may connect.

A property of `ontology/policygraph.ttl` that carries `pg:extractionName` is an extracted relation; its
`schema:domainIncludes` / `schema:rangeIncludes` (restricted to the entity types extraction produces) are its
signature. The polarities and modalities of a relation assertion are the `pg:Polarity` / `pg:Modality` individuals,
named the same way. Extraction, the relation stage, the graph builder, the SHACL shapes (which read the same
triples from the ontology) and the docs all use these, so they cannot drift apart.

>>> v = load_vocabulary()
>>> v.relation("requiresLocalization").iri
'https://w3id.org/policygraph/ontology#requiresLocalizationOf'
>>> sorted(v.relation("requiresLocalization").heads)
['Agency', 'Law', 'State']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyoxigraph import NamedNode, QuerySolutions, RdfFormat, Store

from pipelines.model import ENTITY_TYPES
from pipelines.paths import ONTOLOGY_DIR

#: The project's namespace: the ontology's IRI, its data types' and the default base of the data IRIs are under it.
W3ID = "https://w3id.org/policygraph/"
#: The ontology's IRI (its versions live under .../ontology/<version>) and the namespace of its terms.
ONTOLOGY_IRI = W3ID + "ontology"
PG = ONTOLOGY_IRI + "#"
#: Default base for data IRIs (entities, documents, mentions, graphs); configurable per deployment.
DEFAULT_BASE = W3ID
_SCHEMA = "https://schema.org/"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"

#: The polarity and modality a relation must have to be a fact (the rest stay queryable assertions).
FACT_POLARITY = "asserted"
FACT_MODALITY = "stated"


@dataclass(frozen=True)
class RelationType:
    """One extracted relation: its extraction name, the ontology property, and the entity types it connects."""

    name: str
    iri: str
    heads: frozenset[str]
    tails: frozenset[str]
    label: str
    definition: str

    def allows(self, head_type: str, tail_type: str) -> bool:
        return head_type in self.heads and tail_type in self.tails


@dataclass(frozen=True)
class Vocabulary:
    relations: dict[str, RelationType]
    polarities: dict[str, str]  # extraction name -> IRI of the pg:Polarity individual
    modalities: dict[str, str]  # extraction name -> IRI of the pg:Modality individual

    def relation(self, name: str) -> RelationType:
        try:
            return self.relations[name]
        except KeyError:
            raise KeyError(f"{name!r} is not a relation of the ontology ({', '.join(self.relations)})") from None

    def relation_for_property(self, iri: str) -> RelationType | None:
        return next((r for r in self.relations.values() if r.iri == iri), None)


_QUERY = """
PREFIX pg: <https://w3id.org/policygraph/ontology#>
SELECT ?term ?name ?label ?definition WHERE {
  ?term pg:extractionName ?name .
  OPTIONAL { ?term <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  OPTIONAL { ?term <http://www.w3.org/2004/02/skos/core#definition> ?definition }
}"""


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = ONTOLOGY_DIR / "policygraph.ttl") -> Vocabulary:
    """The relation vocabulary of the ontology at `path` (parsed once per process)."""
    store = Store()
    store.load(path=str(path), format=RdfFormat.TURTLE)

    def objects(term: NamedNode, prop: NamedNode) -> list[NamedNode]:
        return [q.object for q in store.quads_for_pattern(term, prop, None) if isinstance(q.object, NamedNode)]

    def classes(term: NamedNode, prop: str) -> frozenset[str]:
        found = (o.value.removeprefix(PG) for o in objects(term, NamedNode(prop)))
        return frozenset(t for t in found if t in ENTITY_TYPES)

    relations: dict[str, RelationType] = {}
    polarities: dict[str, str] = {}
    modalities: dict[str, str] = {}
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    solutions = store.query(_QUERY)
    assert isinstance(solutions, QuerySolutions)  # the query is a SELECT
    for row in solutions:
        term, name = row["term"], row["name"].value
        types = {o.value for o in objects(term, rdf_type)}
        if PG + "Polarity" in types:
            polarities[name] = term.value
        elif PG + "Modality" in types:
            modalities[name] = term.value
        else:
            relations[name] = RelationType(
                name=name,
                iri=term.value,
                heads=classes(term, _SCHEMA + "domainIncludes"),
                tails=classes(term, _SCHEMA + "rangeIncludes"),
                label=row["label"].value if row["label"] else name,
                definition=row["definition"].value if row["definition"] else "",
            )
    return Vocabulary(dict(sorted(relations.items())), polarities, modalities)
