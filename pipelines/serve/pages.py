"""Dereferenceable IRIs: what the graph says about one entity or document, as HTML, Turtle or JSON-LD.

The data comes from the read-only SPARQL backend (never from the store files). IRIs placed in these queries are
either the requested IRI, validated by pyoxigraph's ``NamedNode``, or IRIs the store returned; literal values from
documents are HTML-escaped, and only http(s) links are rendered as links.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import jinja2
import pyoxigraph as ox
import rdflib

from pipelines.kg.dumps import serialized
from pipelines.kg.namespaces import PREFIXES, prefix_map
from pipelines.kg.query import run_query
from pipelines.kg.query.results import Term
from pipelines.serve.svg import neighbourhood

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
)
LINK_PROPERTIES = (
    "http://www.w3.org/2002/07/owl#sameAs",
    "http://www.w3.org/2004/02/skos/core#exactMatch",
    "http://www.w3.org/2004/02/skos/core#closeMatch",
    "http://www.w3.org/2000/01/rdf-schema#seeAlso",
)
_PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX pg: <https://w3id.org/policygraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""


@dataclass
class Fact:
    subject: str
    predicate: str
    object: ox.NamedNode | ox.Literal
    confidence: str | None
    document: str | None
    evidence: str | None


@dataclass
class ResourceView:
    iri: str
    outgoing: list[tuple[str, object]] = field(default_factory=list)
    incoming: list[tuple[str, str]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    mentions: list[tuple[str | None, str | None, str | None]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming)

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or local_name(iri)


def fetch_resource(query_url: str, iri: str, timeout_s: float = 30.0) -> ResourceView:
    """Everything the HTML page shows about ``iri`` (raises ValueError when it is not a valid IRI)."""
    node = str(ox.NamedNode(iri))

    def select(text: str) -> list[dict[str, Term]]:
        return run_query(text, endpoint=query_url, timeout_s=timeout_s).rows

    view = ResourceView(iri)
    view.outgoing = _outgoing(select, node)
    view.incoming = _incoming(select, node)
    view.facts = _facts(select, node)
    view.mentions = _mentions(select, node)
    view.labels = fetch_labels(query_url, _named_iris(view), timeout_s)
    return view


def _outgoing(select, node: str) -> list[tuple[str, object]]:
    """(predicate, object) of the triples about `node`."""
    return [
        (r["p"].value, r["o"])
        for r in select(f"SELECT DISTINCT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o LIMIT 2000")
    ]


def _incoming(select, node: str) -> list[tuple[str, str]]:
    """(subject, predicate) of the triples that point at `node`, the statement and mention plumbing aside."""
    return [
        (r["s"].value, r["p"].value)
        for r in select(
            _PREFIXES + f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} FILTER isIRI(?s) "
            "FILTER(?p NOT IN (rdf:subject, rdf:object, itsrdf:taIdentRef, nif:referenceContext, "
            "prov:wasDerivedFrom)) } LIMIT 500"
        )
    ]


def _facts(select, node: str) -> list[Fact]:
    """The relation assertions `node` takes part in (or a document supports), with confidence and evidence."""
    rows = select(
        _PREFIXES
        + f"""SELECT DISTINCT ?subj ?pred ?obj ?conf ?doc ?text WHERE {{
            {{ ?a rdf:subject {node} }} UNION {{ ?a rdf:object {node} }} UNION {{ ?a prov:wasDerivedFrom {node} }}
            ?a rdf:subject ?subj ; rdf:predicate ?pred ; rdf:object ?obj .
            OPTIONAL {{ ?a pg:confidence ?conf }}
            OPTIONAL {{ ?a prov:wasDerivedFrom ?doc }}
            OPTIONAL {{ ?a pg:evidence ?ev . ?ev nif:anchorOf ?text }}
        }} LIMIT 300"""
    )
    return [
        Fact(
            r["subj"].value,
            r["pred"].value,
            r["obj"],
            r["conf"].value if "conf" in r else None,
            r["doc"].value if "doc" in r else None,
            r["text"].value if "text" in r else None,
        )
        for r in rows
    ]


def _mentions(select, node: str) -> list[tuple[str | None, str | None, str | None]]:
    """(text, document, entity) of the mentions of an entity `node`, or in a document `node`."""
    return [
        (
            r["text"].value if "text" in r else None,
            r["doc"].value if "doc" in r else None,
            r["ent"].value if "ent" in r else None,
        )
        for r in select(
            _PREFIXES
            + f"""SELECT DISTINCT ?text ?doc ?ent WHERE {{
                {{ ?m itsrdf:taIdentRef {node} ; nif:referenceContext ?doc . BIND({node} AS ?ent) }}
                UNION {{ ?m nif:referenceContext {node} . BIND({node} AS ?doc) ?m itsrdf:taIdentRef ?ent }}
                OPTIONAL {{ ?m nif:anchorOf ?text }}
            }} LIMIT 300"""
        )
    ]


def _named_iris(view: ResourceView) -> set[str]:
    """Every IRI the page names (each is shown by its label)."""
    iris = {view.iri} | {o.value for _, o in view.outgoing if isinstance(o, ox.NamedNode)}
    iris |= {s for s, _ in view.incoming}
    for fact in view.facts:
        iris |= {fact.subject, fact.predicate} | ({fact.document} if fact.document else set())
        if isinstance(fact.object, ox.NamedNode):
            iris.add(fact.object.value)
    iris |= {d for _, d, _ in view.mentions if d} | {e for _, _, e in view.mentions if e}
    return iris


def fetch_labels(query_url: str, iris: set[str], timeout_s: float = 30.0) -> dict[str, str]:
    """Preferred label of each IRI (skos:prefLabel, else rdfs:label, else dcterms:title; English first)."""
    labels: dict[str, tuple[int, str]] = {}
    ordered = sorted(iris)
    for start in range(0, len(ordered), 200):
        values = " ".join(str(ox.NamedNode(i)) for i in ordered[start : start + 200])
        props = " ".join(f"<{p}>" for p in LABELS)
        rows = run_query(
            f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {values} }} VALUES ?p {{ {props} }} ?x ?p ?l }}",
            endpoint=query_url,
            timeout_s=timeout_s,
        ).rows
        for row in rows:
            literal, prop, subject = row["l"], row["p"], row["x"]
            if not (isinstance(literal, ox.Literal) and isinstance(prop, ox.NamedNode)):
                continue  # a label that is not a literal is not shown
            assert isinstance(subject, ox.NamedNode)  # one of the IRIs asked for
            rank = LABELS.index(prop.value) * 2 + (0 if literal.language in (None, "en") else 1)
            key = subject.value
            if key not in labels or rank < labels[key][0]:
                labels[key] = (rank, literal.value)
    return {key: value for key, (_, value) in labels.items()}


def describe_graph(query_url: str, iri: str, timeout_s: float = 30.0) -> list:
    """The triples about ``iri``: all it says (outgoing) and all that points to it (incoming)."""
    node = str(ox.NamedNode(iri))
    return run_query(
        f"CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{ {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }} }}",
        endpoint=query_url,
        timeout_s=timeout_s,
    ).triples


def graph_triples(query_url: str, iri: str, limit: int, timeout_s: float = 30.0) -> list:
    """The triples of the named graph ``iri``, at most ``limit``."""
    node = str(ox.NamedNode(iri))
    return run_query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }} LIMIT {int(limit)}",
        endpoint=query_url,
        timeout_s=timeout_s,
    ).triples


def render_triples(triples: list, media: str) -> bytes:
    """Turtle, JSON-LD or N-Triples."""
    if media == "text/turtle":
        return render_turtle(triples)
    if media == "application/ld+json":
        return render_jsonld(triples)
    return serialized(triples, ox.RdfFormat.N_TRIPLES)


def render_turtle(triples: list) -> bytes:
    return serialized(triples, ox.RdfFormat.TURTLE, prefix_map())


def render_jsonld(triples: list) -> bytes:
    """Compact JSON-LD with the project's prefixes as context (small graphs: one resource's description)."""
    graph = rdflib.Graph()
    graph.parse(data=serialized(triples, ox.RdfFormat.N_TRIPLES), format="nt")
    return graph.serialize(format="json-ld", context=prefix_map(), auto_compact=True).encode("utf-8")


# --- HTML --------------------------------------------------------------------------------------------------------


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri.rstrip(sep):
            tail = iri.rstrip(sep).rsplit(sep, 1)[-1]
            if tail:
                return tail
    return iri


def short(iri: str) -> str:
    """A prefixed name when a project prefix fits, else the IRI."""
    for name, ns in PREFIXES.items():
        if iri.startswith(str(ns)) and len(iri) > len(str(ns)):
            return f"{name}:{iri[len(str(ns)) :]}"
    return iri


def href(iri: str, base: str) -> str | None:
    """Where a link to ``iri`` points: our own IRIs to this server's paths, other http(s) IRIs as they are."""
    if iri.startswith(tuple(base + kind for kind in ("id/", "doc/", "run/", "graph/"))):
        return "/" + iri[len(base) :]  # a fragment (e.g. a fact inside a document) stays a fragment
    if iri.startswith(("http://", "https://")):
        return iri
    return None


def _term(term) -> dict:
    """An RDF term as the templates show it (macros.html `term`)."""
    if isinstance(term, ox.NamedNode):
        return {"iri": term.value, "text": term.value, "language": None}
    if isinstance(term, ox.Literal):
        return {"iri": None, "text": term.value, "language": term.language}
    return {"iri": None, "text": str(term), "language": None}


@functools.cache
def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("pipelines.serve", "templates"),
        autoescape=True,  # every value is escaped, in the pages and in the neighbourhood picture
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_page(template: str, base: str = "", **context) -> bytes:
    """A page from `templates/`: our own IRIs link to this server's paths (`base` is the data's base IRI)."""
    page = _templates().get_template(template)
    return page.render(href=lambda iri: href(iri, base), short=short, **context).encode("utf-8")


def render_html(view: ResourceView, base: str) -> bytes:
    """The page a browser gets for an entity or a document."""
    types = [o.value for p, o in view.outgoing if p == RDF_TYPE and isinstance(o, ox.NamedNode)]
    identifiers = [(p, _term(o)) for p, o in view.outgoing if isinstance(o, ox.Literal) and p not in LABELS]
    links = [(p, o.value) for p, o in view.outgoing if p in LINK_PROPERTIES and isinstance(o, ox.NamedNode)]
    relations = [
        (p, o.value)
        for p, o in view.outgoing
        if isinstance(o, ox.NamedNode) and p != RDF_TYPE and p not in LINK_PROPERTIES
    ]
    title = view.label(view.iri)
    neighbours = [(p, o, "out") for p, o in relations] + [(p, s, "in") for s, p in view.incoming]
    picture = neighbourhood(title, neighbours, view.label, lambda iri: href(iri, base), short) if neighbours else None
    return render_page(
        "resource.html",
        base,
        title=title,
        iri=view.iri,
        types=types,
        identifiers=identifiers,
        links=links,
        relations=relations,
        incoming=view.incoming,
        picture=picture,
        facts=[{**vars(f), "object": _term(f.object)} for f in view.facts],
        mentions=view.mentions,
        label=view.label,
    )


def render_graph_html(iri: str, triples: list, limit: int, base: str) -> bytes:
    """A named graph as a page: how many triples, its subjects (linked), and where to get all of it."""
    subjects = sorted({t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)})
    return render_page(
        "graph.html", base, iri=iri, count=len(triples), truncated=len(triples) >= limit, limit=limit, subjects=subjects
    )


def render_not_found(iri: str) -> bytes:
    return render_page("not_found.html", iri=iri)


def dump_listing_html(snapshot: str | None, files: list[dict]) -> bytes:
    """The dumps of the served snapshot as a table: name (a link), size and SHA-256."""
    return render_page("dumps.html", snapshot=snapshot, files=files)
