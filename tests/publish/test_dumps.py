"""Dumps re-load into a fresh store with the same counts; the VoID/DCAT description parses and its counts match."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import namespace as ns

from pipelines.kg import dumps as d
from pipelines.kg import namespaces as pgns
from pipelines.kg.sort import ExternalSort
from pipelines.kg.void import dataset_iri, describe_dataset, describe_service, write_descriptions

BASE = "https://w3id.org/policygraph/"
ENDPOINT = "http://127.0.0.1:7878/query"


def _distinct_triples(store: ox.Store) -> int:
    return len(list(d.union_triples(store)))


@pytest.fixture()
def written(fixture_store: ox.Store, tmp_path: Path) -> dict:
    ontology = tmp_path / "policygraph.ttl"
    ontology.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<https://w3id.org/policygraph/ontology> a owl:Ontology .\n"
    )
    return d.write_dumps(fixture_store, tmp_path / "dumps", BASE, ontology_file=ontology)


def test_dumps_reload_with_the_same_counts(fixture_store: ox.Store, written: dict, tmp_path: Path):
    files = {name: Path(entry["path"]) for name, entry in written["files"].items()}
    union = _distinct_triples(fixture_store)
    assert union < len(fixture_store)  # the fixture repeats some triples in two graphs: dedup is exercised
    assert written["triples"] == union and written["quads"] == len(fixture_store)

    turtle = ox.Store()
    turtle.bulk_load(path=str(files[d.TURTLE]))
    assert len(turtle) == union

    nt = ox.Store()
    nt.bulk_load(gzip.open(files[d.NTRIPLES_GZ]).read(), ox.RdfFormat.N_TRIPLES)
    assert len(nt) == union

    nq = ox.Store()
    nq.bulk_load(gzip.open(files[d.NQUADS_GZ]).read(), ox.RdfFormat.N_QUADS)
    assert len(nq) == len(fixture_store)
    assert {str(g) for g in nq.named_graphs()} == {str(g) for g in fixture_store.named_graphs()}

    jsonld = rdflib.Graph().parse(files[d.JSONLD], format="json-ld")
    assert len(jsonld) == union
    assert "pg" in json.loads(files[d.JSONLD].read_text())["@context"]

    assert (tmp_path / "dumps" / d.ONTOLOGY).read_text().startswith("@prefix owl:")
    for entry in written["files"].values():
        assert entry["bytes"] == Path(entry["path"]).stat().st_size > 0


def test_big_graphs_get_streamed_expanded_jsonld(fixture_store: ox.Store, tmp_path: Path):
    result = d.write_dumps(fixture_store, tmp_path, BASE, ontology_file=tmp_path / "absent.ttl", jsonld_compact_limit=0)
    assert result["files"][d.JSONLD]["jsonld_form"] == "expanded"
    assert d.ONTOLOGY not in result["files"]  # no ontology file yet: skipped, not an error
    graph = rdflib.Graph().parse(tmp_path / d.JSONLD, format="json-ld")
    assert len(graph) == _distinct_triples(fixture_store)


def test_void_parses_and_counts_match(fixture_store: ox.Store, written: dict, tmp_path: Path):
    paths = write_descriptions(fixture_store, tmp_path / "meta", BASE, ENDPOINT, written)
    void = rdflib.Graph().parse(paths["void"], format="turtle")
    ds = dataset_iri(BASE)

    def value(s, p):
        return void.value(s, p).toPython()

    reloaded = ox.Store()
    reloaded.bulk_load(path=written["files"][d.TURTLE]["path"])
    assert value(ds, ns.VOID.triples) == len(reloaded)
    assert value(ds, ns.DCTERMS.license) == "https://creativecommons.org/licenses/by/4.0/"
    assert void.value(ds, ns.VOID.sparqlEndpoint) == rdflib.URIRef(ENDPOINT)
    assert void.value(ds, ns.DCTERMS.modified).datatype == ns.XSD.dateTime

    states = next(
        p for p in void.objects(ds, ns.VOID.classPartition) if void.value(p, ns.VOID["class"]) == pgns.PG.State
    )
    assert value(states, ns.VOID.entities) == 3
    enacts = next(
        p for p in void.objects(ds, ns.VOID.propertyPartition) if void.value(p, ns.VOID.property) == pgns.PG.enacts
    )
    assert value(enacts, ns.VOID.triples) == 1
    vocabularies = {str(v) for v in void.objects(ds, ns.VOID.vocabulary)}
    assert {str(pgns.PG), str(ns.SKOS), str(ns.OWL)} <= vocabularies

    distributions = list(void.objects(ds, ns.DCAT.distribution))
    assert len(distributions) == 5
    for dist in distributions:
        name = str(void.value(dist, ns.DCTERMS.title))
        assert value(dist, ns.DCAT.byteSize) == written["files"][name]["bytes"]
        assert str(void.value(dist, ns.DCAT.mediaType)).endswith(written["files"][name]["media_type"])
    nq = next(x for x in distributions if str(void.value(x, ns.DCTERMS.title)) == d.NQUADS_GZ)
    assert value(nq, ns.VOID.triples) == len(fixture_store)

    linksets = {
        (str(void.value(ls, ns.VOID.objectsTarget)).rsplit("/", 1)[-1], void.value(ls, ns.VOID.linkPredicate)): value(
            ls, ns.VOID.triples
        )
        for ls in void.subjects(ns.RDF.type, ns.VOID.Linkset)
    }
    assert linksets == {
        ("wikidata", ns.OWL.sameAs): 3,
        ("geonames", ns.SKOS.exactMatch): 3,
        ("dbpedia", ns.SKOS.exactMatch): 3,
        ("dpv", ns.SKOS.exactMatch): 1,
    }
    for ls in void.subjects(ns.RDF.type, ns.VOID.Linkset):
        assert void.value(ls, ns.VOID.subjectsTarget) == ds

    service = rdflib.Graph().parse(paths["service_description"], format="turtle")
    node = next(service.subjects(ns.RDF.type, pgns.SD.Service))
    assert service.value(node, pgns.SD.endpoint) == rdflib.URIRef(ENDPOINT)
    assert (node, pgns.SD.feature, pgns.SD.UnionDefaultGraph) in service


def test_descriptions_without_dumps_still_describe_the_data(fixture_store: ox.Store):
    graph = describe_dataset(fixture_store, BASE, ENDPOINT)
    assert graph.value(dataset_iri(BASE), ns.VOID.triples).toPython() == _distinct_triples(fixture_store)
    assert len(describe_service(ENDPOINT, BASE)) > 5


def test_union_is_deduplicated_on_disk_with_bounded_chunks(fixture_store: ox.Store, tmp_path: Path, monkeypatch):
    expected = {str(t) for t in d.union_triples(fixture_store)}
    spills: list[int] = []
    spill = ExternalSort._spill
    monkeypatch.setattr(ExternalSort, "_spill", lambda self: spills.append(len(self.lines)) or spill(self))
    for chunk_bytes in (200, 10**9):  # many sorted runs merged, or one chunk in memory
        spills.clear()
        work = tmp_path / f"work-{chunk_bytes}"
        work.mkdir()
        n = d.write_union_ntriples(fixture_store, tmp_path / "union.nt", work, chunk_bytes=chunk_bytes)
        lines = (tmp_path / "union.nt").read_bytes().splitlines()
        assert lines == sorted(set(lines)) and n == len(lines) == len(expected)
        assert {str(t.triple) for t in ox.parse(path=str(tmp_path / "union.nt"))} == expected
        assert (len(spills) > 3 and max(spills) <= 3) if chunk_bytes == 200 else not spills
        assert not list(work.iterdir())  # run files merged, then removed


def test_statistics_counted_with_the_dumps_equal_the_sparql_aggregates(fixture_store: ox.Store, written: dict):
    from pipelines.kg.void import sparql_statistics

    counted, sparql = written["statistics"], sparql_statistics(fixture_store)
    assert counted.totals == sparql.totals and counted.totals["triples"] == written["triples"]
    assert counted.class_partitions == sparql.class_partitions and counted.class_partitions
    assert counted.property_partitions == sparql.property_partitions
    assert counted.link_counts == sparql.link_counts and counted.link_counts
    assert not list(Path(written["files"][d.TURTLE]["path"]).parent.glob(".union-*"))  # work files removed
