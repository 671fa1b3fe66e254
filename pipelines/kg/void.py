"""Describe the published data set: VoID + DCAT (statistics, distributions, licence), VoID linksets to Wikidata,
GeoNames, DBpedia and DPV, and a SPARQL 1.1 Service Description of the endpoint.

All statistics are computed from the store with SPARQL over the union of its graphs, so they describe exactly what
the dumps hold (Turtle/N-Triples: distinct triples of the union; the N-Quads count is given per named graph kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, VOID, XSD

from pipelines.kg.namespaces import PREFIXES, SD, Iris
from pipelines.kg.sort import SORT_CHUNK_BYTES, ExternalSort

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
IANA = "https://www.iana.org/assignments/media-types/"

#: Predicates that link our entities to another data set.
LINK_PREDICATES = (OWL.sameAs, SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)


@dataclass(frozen=True)
class LinkTarget:
    key: str
    title: str
    homepage: str
    uri_spaces: tuple[str, ...]


#: The data sets we link to, by the IRI spaces of their resources (both schemes where both occur in the wild).
LINK_TARGETS = (
    LinkTarget("wikidata", "Wikidata", "https://www.wikidata.org/", ("http://www.wikidata.org/entity/",)),
    LinkTarget(
        "geonames",
        "GeoNames",
        "https://www.geonames.org/",
        ("https://sws.geonames.org/", "http://sws.geonames.org/"),
    ),
    LinkTarget(
        "dbpedia",
        "DBpedia",
        "https://www.dbpedia.org/",
        ("http://dbpedia.org/resource/", "https://dbpedia.org/resource/"),
    ),
    LinkTarget("dpv", "Data Privacy Vocabulary (DPV)", "https://w3id.org/dpv", ("https://w3id.org/dpv",)),
)


def dataset_iri(base: str) -> URIRef:
    return URIRef(Iris(base).base + "dataset")


def describe_dataset(
    store: ox.Store,
    base: str,
    endpoint_url: str,
    dumps: dict | None = None,
    *,
    download_base: str | None = None,
    modified: datetime | None = None,
    title: str = "policygraph: data-governance policy knowledge graph",
) -> Graph:
    """VoID + DCAT description of the data set in ``store``; ``dumps`` is what ``write_dumps`` returned."""
    iris = Iris(base)
    ds = dataset_iri(base)
    g = _graph()
    _add_identity(g, ds, iris, endpoint_url, title, modified or datetime.now(UTC))
    counted = (dumps or {}).get("statistics") or sparql_statistics(store)
    _add_statistics(g, ds, counted)
    _add_distributions(g, ds, (dumps or {}).get("files") or {}, download_base or iris.base + "dumps/")
    for triple in describe_linksets(store, base, counted.link_counts):
        g.add(triple)
    return g


def _add_identity(g: Graph, ds: URIRef, iris: Iris, endpoint_url: str, title: str, modified: datetime) -> None:
    """What the data set is: its title, description, licence, date, endpoint and IRI space."""
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal(title, lang="en")))
    g.add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "States, laws, agencies, firms and data types of data-governance policy, with facts extracted from "
                "news articles and diplomatic cables and their provenance.",
                lang="en",
            ),
        )
    )
    g.add((ds, DCTERMS.license, LICENSE))
    g.add((ds, DCTERMS.modified, Literal(modified.replace(microsecond=0), datatype=XSD.dateTime)))
    g.add((ds, VOID.sparqlEndpoint, URIRef(endpoint_url)))
    g.add((ds, VOID.uriSpace, Literal(iris.base + "id/")))
    g.add((ds, VOID.exampleResource, URIRef(iris.entity("state/US").value)))


def _add_statistics(g: Graph, ds: URIRef, counted: Statistics) -> None:
    """The totals, the class and property partitions and the vocabularies they use."""
    stats = counted.totals
    for total, key in (
        (VOID.triples, "triples"),
        (VOID.entities, "entities"),
        (VOID.distinctSubjects, "distinctSubjects"),
        (VOID.distinctObjects, "distinctObjects"),
        (VOID.properties, "properties"),
        (VOID.classes, "classes"),
    ):
        g.add((ds, total, Literal(stats[key], datatype=XSD.integer)))

    for n, (cls, count) in enumerate(counted.class_partitions):
        part = URIRef(f"{ds}/class/{n}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(count, datatype=XSD.integer)))
    used: set[str] = set()
    for n, (prop, count) in enumerate(counted.property_partitions):
        part = URIRef(f"{ds}/property/{n}")
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(count, datatype=XSD.integer)))
        used.add(prop)
    used.update(cls for cls, _ in counted.class_partitions)
    for vocabulary in sorted(vocabularies_used(used)):
        g.add((ds, VOID.vocabulary, URIRef(vocabulary)))


def _add_distributions(g: Graph, ds: URIRef, files: dict, download_base: str) -> None:
    """One dcat:Distribution per published dump file (and void:dataDump for the data dumps)."""
    for name, entry in files.items():
        dist = URIRef(f"{ds}/distribution/{name}")
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(name)))
        g.add((dist, DCAT.downloadURL, URIRef(download_base + name)))
        g.add((dist, DCAT.mediaType, URIRef(IANA + entry["media_type"])))
        if entry.get("compress_format"):
            g.add((dist, DCAT.compressFormat, URIRef(IANA + entry["compress_format"])))
        g.add((dist, DCAT.byteSize, Literal(entry["bytes"], datatype=XSD.nonNegativeInteger)))
        g.add((dist, DCTERMS.license, LICENSE))
        if name.endswith((".ttl", ".nt.gz")) and "ontology" not in name:
            g.add((ds, VOID.dataDump, URIRef(download_base + name)))
        count = entry.get("triples", entry.get("quads"))
        if count is not None:
            g.add((dist, VOID.triples, Literal(count, datatype=XSD.integer)))


def describe_linksets(store: ox.Store, base: str, counts: dict[tuple[str, str], int] | None = None) -> Graph:
    """One void:Linkset per (target data set, link predicate) with the number of distinct link triples."""
    ds = dataset_iri(base)
    g = _graph()
    counts = link_counts(store) if counts is None else counts
    for target in LINK_TARGETS:
        target_iri = URIRef(f"{ds}/target/{target.key}")
        g.add((target_iri, RDF.type, VOID.Dataset))
        g.add((target_iri, DCTERMS.title, Literal(target.title)))
        g.add((target_iri, FOAF.homepage, URIRef(target.homepage)))
        for space in target.uri_spaces:
            g.add((target_iri, VOID.uriSpace, Literal(space)))
        for predicate in LINK_PREDICATES:
            n = counts.get((target.key, str(predicate)), 0)
            if not n:
                continue
            local = str(predicate).rsplit("#", 1)[-1]
            linkset = URIRef(f"{ds}/linkset/{target.key}-{local}")
            g.add((ds, VOID.subset, linkset))
            g.add((linkset, RDF.type, VOID.Linkset))
            g.add((linkset, VOID.linkPredicate, predicate))
            g.add((linkset, VOID.subjectsTarget, ds))
            g.add((linkset, VOID.objectsTarget, target_iri))
            g.add((linkset, VOID.triples, Literal(n, datatype=XSD.integer)))
    return g


def describe_service(endpoint_url: str, base: str, store: ox.Store | None = None, triples: int | None = None) -> Graph:
    """SPARQL 1.1 Service Description of the read-only endpoint (union default graph, result formats)."""
    iris = Iris(base)
    g = _graph()
    service = URIRef(endpoint_url + "#service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(endpoint_url)))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for fmt in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ):
        g.add((service, SD.resultFormat, FORMATS[fmt]))
    dataset = BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, DCTERMS.source, dataset_iri(base)))
    default = BNode()
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, RDFS.comment, Literal("The union of all named graphs.", lang="en")))
    if store is not None:
        triples = dataset_statistics(store)["triples"] if triples is None else triples
        g.add((default, VOID.triples, Literal(triples, datatype=XSD.integer)))
    for name in (iris.reference_graph, iris.ontology_graph):
        named = BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, SD.name, URIRef(name.value)))
        if store is not None:
            graph = BNode()
            g.add((named, SD.graph, graph))
            count = sum(1 for _ in store.quads_for_pattern(None, None, None, name))
            g.add((graph, VOID.triples, Literal(count, datatype=XSD.integer)))
    return g


def write_descriptions(
    store: ox.Store, out_dir: Path, base: str, endpoint_url: str, dumps: dict | None = None, **kwargs
) -> dict:
    """Write ``void.ttl`` (VoID + DCAT + linksets) and ``service-description.ttl``; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    void_path = out_dir / "void.ttl"
    sd_path = out_dir / "service-description.ttl"
    counted = (dumps or {}).get("statistics") or sparql_statistics(store)
    describe_dataset(store, base, endpoint_url, {**(dumps or {}), "statistics": counted}, **kwargs).serialize(
        void_path, format="turtle"
    )
    describe_service(endpoint_url, base, store, counted.totals["triples"]).serialize(sd_path, format="turtle")
    return {"void": str(void_path), "service_description": str(sd_path)}


# --- statistics ------------------------------------------------------------------------------------------------

_RDF_TYPE = str(RDF.type)


@dataclass
class Statistics:
    """What the VoID description counts over the distinct triples of the union of all graphs."""

    totals: dict[str, int]  # triples, entities, distinctSubjects, distinctObjects, properties, classes
    class_partitions: list[tuple[str, int]]  # (class IRI, distinct subjects typed with it), sorted
    property_partitions: list[tuple[str, int]]  # (property IRI, distinct triples), sorted
    link_counts: dict[tuple[str, str], int]  # (link target key, predicate IRI) -> distinct link triples


def sparql_statistics(store: ox.Store) -> Statistics:
    """The statistics by SPARQL aggregates over the store (each keeps its distinct values in memory)."""
    totals = dataset_statistics(store)
    return Statistics(totals, class_partitions(store), property_partitions(store), link_counts(store))


class UnionStatistics(Statistics):
    """The same statistics counted in one streamed pass over the union's distinct triples sorted by subject (the
    sorted N-Triples the dumps are written from): per-subject counts need no set, and the distinct objects are
    counted by an external sort under ``work``, so memory stays bounded.

    ``observe(triples)`` passes the triples through while counting; ``finish()`` completes the counts."""

    def __init__(self, work: Path):
        super().__init__({}, [], [], {})
        self._objects = ExternalSort(work, SORT_CHUNK_BYTES)
        self._work = work

    def observe(self, triples):
        n = subjects = entities = 0
        previous = None
        properties: dict[str, int] = {}
        classes: dict[str, int] = {}  # rdf:type object -> triples (distinct triples of one subject: its classes)
        links: dict[tuple[str, str], int] = {}
        link_predicates = {str(p) for p in LINK_PREDICATES}
        spaces = [(t.key, space) for t in LINK_TARGETS for space in t.uri_spaces]
        objects = self._objects
        for t in triples:
            s, p, o = t.subject, t.predicate.value, t.object
            n += 1
            if s != previous:
                previous = s
                subjects += 1
                entities += isinstance(s, ox.NamedNode)
            properties[p] = properties.get(p, 0) + 1
            if p == _RDF_TYPE:
                key = str(o)
                classes[key] = classes.get(key, 0) + 1
            if p in link_predicates and isinstance(o, ox.NamedNode):
                for target, space in spaces:
                    if o.value.startswith(space):
                        links[(target, p)] = links.get((target, p), 0) + 1
            objects.write(str(o).encode("utf-8") + b"\n")
            yield t
        self.totals = {
            "triples": n,
            "distinctSubjects": subjects,
            "entities": entities,
            "properties": len(properties),
            "classes": len(classes),
        }
        self.property_partitions = sorted(properties.items())
        self.class_partitions = sorted((c[1:-1], k) for c, k in classes.items() if c.startswith("<"))
        self.link_counts = links

    def finish(self) -> None:
        self.totals["distinctObjects"] = sum(1 for _ in self._objects.unique_lines())


# --- statistics by SPARQL over the union of graphs ------------------------------------------------------------


def _select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)  # the query is a SELECT
    return list(solutions)


def dataset_statistics(store: ox.Store) -> dict[str, int]:
    row = _select(
        store,
        """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?distinctSubjects)
                  (COUNT(DISTINCT ?o) AS ?distinctObjects) (COUNT(DISTINCT ?p) AS ?properties)
           WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }""",
    )[0]
    stats = {key: int(row[key].value) for key in ("triples", "distinctSubjects", "distinctObjects", "properties")}
    stats["entities"] = int(
        _select(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER isIRI(?s) }")[0]["n"].value
    )
    stats["classes"] = int(_select(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }")[0]["n"].value)
    return stats


def class_partitions(store: ox.Store) -> list[tuple[str, int]]:
    rows = _select(
        store,
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER isIRI(?c) } GROUP BY ?c ORDER BY ?c",
    )
    return [(row["c"].value, int(row["n"].value)) for row in rows]


def property_partitions(store: ox.Store) -> list[tuple[str, int]]:
    rows = _select(
        store,
        "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p",
    )
    return [(row["p"].value, int(row["n"].value)) for row in rows]


def link_counts(store: ox.Store) -> dict[tuple[str, str], int]:
    """{(target key, predicate IRI): distinct link triples} for every target and link predicate."""
    predicates = " ".join(f"<{p}>" for p in LINK_PREDICATES)
    spaces = " ".join(
        f'("{t.key}" "{space}")' for t in LINK_TARGETS for space in t.uri_spaces
    )  # constants of this module, not user input
    rows = _select(
        store,
        f"""SELECT ?target ?p (COUNT(*) AS ?n) WHERE {{
              {{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o FILTER isIRI(?o) }} }}
              VALUES (?target ?space) {{ {spaces} }}
              FILTER STRSTARTS(STR(?o), ?space)
            }} GROUP BY ?target ?p""",
    )
    return {(row["target"].value, row["p"].value): int(row["n"].value) for row in rows}


def vocabularies_used(terms: set[str]) -> set[str]:
    """The namespaces of the classes and properties used: known prefixes first, else cut at the last # or /."""
    known = sorted((str(ns) for ns in PREFIXES.values()), key=len, reverse=True)
    found = set()
    for term in terms:
        match = next((ns for ns in known if term.startswith(ns)), None)
        if match is None:
            cut = max(term.rfind("#"), term.rfind("/"))
            match = term[: cut + 1] if cut > 0 else term
        found.add(match)
    return found


def _graph() -> Graph:
    g = Graph()
    for name, ns in PREFIXES.items():
        g.bind(name, ns)
    g.bind("foaf", FOAF)
    g.bind("formats", FORMATS)
    return g
