"""One relation vocabulary: the ontology, the SHACL shapes, the extractor's frames and the graph builder agree,
because all of them read it from the ontology (`pipelines.vocabulary`)."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from pipelines.kg.ontology import load_ontology_graph, load_shapes_graph
from pipelines.kg.statements import GraphBuilder
from pipelines.model import ENTITY_TYPES
from pipelines.nlp.relations.lexicon import load_relation_lexicon
from pipelines.vocabulary import PG, load_vocabulary


def test_every_relation_is_a_documented_object_property_with_a_signature():
    onto = load_ontology_graph()
    vocab = load_vocabulary()
    assert set(vocab.relations) == {
        "enacts", "regulates", "requiresLocalization", "opposes", "supports", "partOf", "memberOf", "leads",
    }  # fmt: skip
    for r in vocab.relations.values():
        prop = URIRef(r.iri)
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        assert onto.value(prop, RDFS.label) is not None and onto.value(prop, SKOS.definition) is not None
        assert r.heads and r.tails and (r.heads | r.tails) <= set(ENTITY_TYPES), r
    # the extension of the gold guidelines: a state or an agency may require localisation
    assert vocab.relation("requiresLocalization").heads == {"Law", "State", "Agency"}


def test_the_extractor_frames_use_only_the_vocabulary():
    vocab = load_vocabulary()
    lex = load_relation_lexicon()
    assert {f.relation for f in lex.verb_frames} <= set(vocab.relations)
    assert set(lex.stance_nouns) <= set(vocab.relations)


def test_the_graph_builder_writes_the_ontology_properties():
    vocab = load_vocabulary()
    builder = GraphBuilder()
    assert {k: v.value for k, v in builder.properties.items()} == {k: r.iri for k, r in vocab.relations.items()}
    assert {k: v.value for k, v in builder.polarities.items()} == vocab.polarities
    assert {k: v.value for k, v in builder.modalities.items()} == vocab.modalities


def test_the_shapes_allow_exactly_the_polarities_and_modalities_of_the_ontology():
    shapes = load_shapes_graph()
    vocab = load_vocabulary()
    allowed = {}
    for ps in shapes.objects(None, SH.property):
        path, values = shapes.value(ps, SH.path), shapes.value(ps, SH["in"])
        if path in (URIRef(PG + "polarity"), URIRef(PG + "modality")) and values is not None:
            allowed[str(path).removeprefix(PG)] = {str(v) for v in Collection(shapes, values)}
    assert allowed == {"polarity": set(vocab.polarities.values()), "modality": set(vocab.modalities.values())}
    # and the signature shapes select their offenders by the same schema:domainIncludes / schema:rangeIncludes as the
    # extractor reads
    for shape, used in (("RelationSignatureShape", "schema:domainIncludes"),
                        ("RelationObjectSignatureShape", "schema:rangeIncludes")):  # fmt: skip
        target = shapes.value(URIRef(f"https://w3id.org/policygraph/shapes#{shape}"), SH.target)
        select = str(shapes.value(target, SH.select))
        assert used in select and "pg:extractionName" in select, shape
