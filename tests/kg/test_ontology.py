"""The ontology as a deliverable: it parses, loads in owlready2, documents every term, defines the vocabulary the
graph builder uses, aligns to outside vocabularies, and carries a DataType taxonomy the NLP patterns can use."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from collections import Counter

import owlready2
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from pipelines.kg.namespaces import PD, PG, PREFIXES
from pipelines.kg.ontology import (
    ONTOLOGY_IRI,
    declared_classes,
    declared_properties,
    load_ontology_graph,
    ontology_path,
    stale_build_files,
    write_build_files,
)
from pipelines.paths import ONTOLOGY_DIR, PROJECT_ROOT

DT = "https://w3id.org/policygraph/id/datatype/"
OWL_ALIGNMENT = (RDFS.subClassOf, OWL.equivalentClass, RDFS.subPropertyOf, OWL.equivalentProperty)
SKOS_MAPPING = (SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch, SKOS.broadMatch, SKOS.narrowMatch)

# The vocabulary contract (the names the graph builder uses), by kind.
CONTRACT_CLASSES = """State IGO Agency Ministry Regulator DataProtectionAuthority Legislature Court DiplomaticPost Firm
    Person Law Act Regulation Directive Decree Treaty TradeAgreement ExecutiveOrder CourtRuling DataType Document
    NewsArticle Cable ReportedCable Mention RelationAssertion Requirement LocalizationRequirement CableTag
    ExtractionRun""".split()
CONTRACT_OBJECT_PROPERTIES = """enacts issuedBy regulates requiresLocalizationOf restrictsTransferOf opposes supports
    lobbiesAgainst instructedBy targetState partOf subOrganizationOf memberOf leads jurisdiction headquarteredIn
    locatedIn mentions reportsOn sentBy sentTo infoTo signedBy cites hasTag tagCountry evidence imposedBy
    concernsDataType obligation headMention tailMention""".split()
CONTRACT_DATATYPE_PROPERTIES = """isoAlpha2 isoAlpha3 fipsCode geonamesId wikidataId celexId eliId officialIdentifier
    cableReference classification declassification precedence subject sentAt dateAdopted dateInForce firstReported
    lastReported confidence extractor contentHash tagCode""".split()
DISJOINT_CORE = "State IGO Agency Firm Person Law DataType Document Mention".split()


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology_graph()


def test_sources_parse_and_carry_release_metadata(onto):
    assert len(onto) > 1000
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    version = onto.value(ONTOLOGY_IRI, OWL.versionIRI)
    assert version is not None and str(version).startswith(str(ONTOLOGY_IRI) + "/")
    for prop in (DCTERMS.license, DCTERMS.description, DCTERMS.title, SKOS.changeNote):
        assert onto.value(ONTOLOGY_IRI, prop) is not None, prop


def test_every_pg_term_has_label_and_definition(onto):
    terms = declared_classes(onto) | declared_properties(onto)
    assert len(terms) > 80
    undocumented = [
        t
        for t in terms
        if onto.value(t, RDFS.label) is None
        or (onto.value(t, RDFS.comment) is None and onto.value(t, SKOS.definition) is None)
    ]
    assert undocumented == []


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (CONTRACT_CLASSES, OWL.Class),
        (CONTRACT_OBJECT_PROPERTIES, OWL.ObjectProperty),
        (CONTRACT_DATATYPE_PROPERTIES, OWL.DatatypeProperty),
    ],
)
def test_vocabulary_contract_is_declared(onto, names, kind):
    missing = [n for n in names if (PG[n], RDF.type, kind) not in onto]
    assert missing == []


def test_obligations_and_schemes_exist(onto):
    for name in ("StoreLocally", "ProcessLocally", "TransferOnlyWithApproval", "LocalCopy"):
        assert (PG[name], RDF.type, PG.LocalizationObligation) in onto
    for scheme in ("DataTypeScheme", "CableTagScheme"):
        assert (PG[scheme], RDF.type, SKOS.ConceptScheme) in onto
    assert (PG.enacts, OWL.inverseOf, PG.issuedBy) in onto
    assert (PG.infoTo, RDFS.subPropertyOf, PG.sentTo) in onto
    assert (PG.ReportedCable, RDFS.subClassOf, PG.Cable) in onto


def test_core_classes_are_pairwise_disjoint(onto):
    groups = [set(onto.items(onto.value(g, OWL.members))) for g in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert any({PG[c] for c in DISJOINT_CORE} <= g for g in groups)


def _alignments(onto: Graph, predicates) -> list[tuple]:
    return [
        (s, p, o)
        for p in predicates
        for s, o in onto.subject_objects(p)
        if str(s).startswith(str(PG)) and isinstance(o, URIRef) and not str(o).startswith(str(PG))
    ]


def test_at_least_25_owl_alignment_axioms_to_the_required_vocabularies(onto):
    axioms = _alignments(onto, OWL_ALIGNMENT)
    assert len(axioms) >= 25
    targets = {o for _, _, o in axioms}
    required = {
        PREFIXES["dpv"][n] for n in ("Law", "Jurisdiction", "DataProtectionAuthority", "CrossBorderTransfer")
    } | {
        URIRef("http://data.europa.eu/eli/ontology#LegalResource"),
        URIRef("http://www.w3.org/ns/org#FormalOrganization"),
        URIRef("http://www.w3.org/ns/org#subOrganizationOf"),
        URIRef("http://www.w3.org/ns/org#memberOf"),
        *(PREFIXES["schema"][n] for n in ("Country", "GovernmentOrganization", "Corporation", "Legislation")),
        *(PREFIXES["wd"][q] for q in ("Q6256", "Q327333", "Q4830453", "Q7748", "Q5", "Q245065")),
        PREFIXES["prov"]["Activity"],
        PREFIXES["nif"]["OffsetBasedString"],
    }
    assert required - targets == set()
    # Storage location is a SKOS mapping (a requirement is not a location).
    assert URIRef("https://w3id.org/dpv#StorageLocation") in {o for _, _, o in _alignments(onto, SKOS_MAPPING)}


def test_external_terms_in_axioms_are_declared_so_the_ontology_stays_owl2_dl(onto):
    undeclared = []
    for _s, p, o in _alignments(onto, OWL_ALIGNMENT):
        if p in (RDFS.subClassOf, OWL.equivalentClass):
            if (o, RDF.type, OWL.Class) not in onto:
                undeclared.append(o)
        elif not any((o, RDF.type, k) in onto for k in (OWL.ObjectProperty, OWL.DatatypeProperty)):
            undeclared.append(o)
    assert undeclared == []


def _concepts(onto: Graph) -> list[URIRef]:
    return sorted(s for s in onto.subjects(RDF.type, PG.DataType) if str(s).startswith(DT))


def test_datatype_concepts_are_skos_and_linked_to_dpv(onto):
    concepts = _concepts(onto)
    assert len(concepts) >= 30
    for c in concepts:
        assert (c, RDF.type, SKOS.Concept) in onto
        assert (c, SKOS.inScheme, PG.DataTypeScheme) in onto
        assert onto.value(c, SKOS.prefLabel).language == "en"
        assert onto.value(c, SKOS.definition) is not None
        assert onto.value(c, RDFS.label) == onto.value(c, SKOS.prefLabel)
        assert str(c)[len(DT) :] == str(c)[len(DT) :].lower()
    pd_linked = {c for c in concepts for p in SKOS_MAPPING for o in onto.objects(c, p) if str(o).startswith(str(PD))}
    assert len(pd_linked) >= 30


def test_datatype_hierarchy_is_a_tree_inside_the_scheme(onto):
    concepts = set(_concepts(onto))
    tops = set(onto.objects(PG.DataTypeScheme, SKOS.hasTopConcept))
    for c in concepts:
        parents = set(onto.objects(c, SKOS.broader))
        assert parents <= concepts
        assert bool(parents) != (c in tops), c  # a concept is a top concept exactly when it has no broader
        seen, node = {c}, c
        while (node := onto.value(node, SKOS.broader)) is not None:
            assert node not in seen, f"broader cycle at {c}"
            seen.add(node)


def test_datatype_labels_are_unique_lower_case_surface_forms(onto):
    labels = Counter()
    for c in _concepts(onto):
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for label in onto.objects(c, p):
                assert str(label) == str(label).lower().strip(), label
                labels[str(label)] += 1
    assert [label for label, n in labels.items() if n > 1] == []


@pytest.mark.parametrize(
    ("surface", "slug"),
    [
        ("personal data", "personal-data"),
        ("personally identifiable information", "personal-data"),
        ("personal information", "personal-data"),
        ("sensitive personal data", "sensitive-personal-data"),
        ("bulk personal data", "bulk-personal-data"),
        ("health records", "health-record"),
        ("medical records", "health-record"),
        ("health data", "health-data"),
        ("financial information", "financial-data"),
        ("payment data", "payment-data"),
        ("location histories", "location-data"),
        ("biometric identifiers", "biometric-data"),
        ("genetic data", "genetic-data"),
        ("call detail records", "communications-metadata"),
        ("government-related data", "government-data"),
        ("important data", "important-data"),
        ("critical information infrastructure data", "critical-information-infrastructure-data"),
        ("training data", "training-data"),
    ],
)
def test_news_surface_forms_resolve_to_the_right_concept(onto, surface, slug):
    owners = {
        c
        for c in _concepts(onto)
        for p in (SKOS.prefLabel, SKOS.altLabel)
        for lab in onto.objects(c, p)
        if str(lab) == surface
    }
    assert owners == {URIRef(DT + slug)}


def test_dpv_links_name_real_dpv_terms(onto, shared_dir):
    with (shared_dir / "data" / "dpv" / "pd.csv").open(newline="", encoding="utf-8") as fh:
        pd_terms = {row["iri"] for row in csv.DictReader(fh)}
    with (shared_dir / "data" / "dpv" / "dpv.csv").open(newline="", encoding="utf-8") as fh:
        dpv_terms = {row["iri"] for row in csv.DictReader(fh)}
    used = {o for p in SKOS_MAPPING + OWL_ALIGNMENT for o in onto.objects(None, p)}
    unknown_pd = sorted(str(o) for o in used if str(o).startswith(str(PD)) and str(o) not in pd_terms)
    unknown_dpv = sorted(str(o) for o in used if str(o).startswith("https://w3id.org/dpv#") and str(o) not in dpv_terms)
    assert unknown_pd == [] and unknown_dpv == []


def test_generated_owl_files_are_up_to_date():
    assert stale_build_files() == [], "run: python scripts/build_ontology.py"


def test_stale_build_is_detected_and_rebuilt(tmp_path):
    copy = tmp_path / "ontology"
    copy.mkdir()
    for name in ("policygraph.ttl", "datatypes.ttl"):
        shutil.copy(ONTOLOGY_DIR / name, copy / name)
    assert len(stale_build_files(copy)) == 2  # nothing built yet
    write_build_files(copy)
    assert stale_build_files(copy) == []
    with (copy / "policygraph.ttl").open("a", encoding="utf-8") as fh:
        fh.write('\npg:Extra a owl:Class ; rdfs:label "extra"@en ; skos:definition "x"@en .\n')
    assert len(stale_build_files(copy)) == 2


def test_a_rebuild_without_a_change_rewrites_the_same_bytes(tmp_path):
    """The committed build files were written by another process: equal bytes mean the build does not depend on
    hash order or blank-node numbering, so a rebuild after an unrelated edit leaves no diff to review."""
    copy = tmp_path / "ontology"
    copy.mkdir()
    for name in ("policygraph.ttl", "datatypes.ttl"):
        shutil.copy(ONTOLOGY_DIR / name, copy / name)
    for path in write_build_files(copy):
        committed = ONTOLOGY_DIR / path.relative_to(copy)
        assert path.read_bytes() == committed.read_bytes(), f"{committed} differs from a rebuild"


def test_owlready2_loads_the_generated_rdfxml():
    world = owlready2.World()
    onto = world.get_ontology(ontology_path("build/policygraph.owl").as_uri()).load()
    state = world[str(PG.State)]
    assert state is not None and isinstance(state, owlready2.ThingClass)
    assert world[str(PG.Act)] in world[str(PG.Law)].descendants()
    assert world[str(PG.enacts)].inverse_property is world[str(PG.issuedBy)]
    assert len(list(world[str(PG.DataType)].instances())) >= 30
    assert onto.base_iri == str(PG)
    world.close()


def test_build_script_writes_owl_and_docs(tmp_path):
    spec = importlib.util.spec_from_file_location("build_ontology", PROJECT_ROOT / "scripts" / "build_ontology.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    copy = tmp_path / "ontology"
    copy.mkdir()
    for name in ("policygraph.ttl", "datatypes.ttl"):
        shutil.copy(ONTOLOGY_DIR / name, copy / name)
    assert script.main(["--ontology-dir", str(copy), "--check"]) == 1
    assert script.main(["--ontology-dir", str(copy)]) == 0
    assert script.main(["--ontology-dir", str(copy), "--check"]) == 0
    page = (copy / "docs" / "reference.html").read_text(encoding="utf-8")
    assert "localisation requirement" in page and "health record" in page and "pd:HealthRecord" in page
    assert (copy / "docs" / "index.html").stat().st_size > 10_000
