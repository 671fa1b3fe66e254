"""The w3id.org redirect rules shipped in deploy/w3id cover every kind of IRI the graph mints."""

from __future__ import annotations

import re

from pipelines.kg.namespaces import DEFAULT_BASE, PG, Iris
from pipelines.paths import PROJECT_ROOT

RULES = PROJECT_ROOT / "deploy" / "w3id" / "policygraph" / ".htaccess"


def test_every_kind_of_iri_the_graph_mints_is_redirected():
    patterns = [re.compile(m.group(1)) for m in re.finditer(r"^RewriteRule\s+(\S+)\s", RULES.read_text(), re.M)]
    iris = Iris(DEFAULT_BASE)
    minted = [
        iris.entity("state/VN").value,
        iris.document("cable-26STATE15960").value,
        iris.document_graph("cable-26STATE15960").value,
        iris.facts_graph.value,
        iris.run("975afe5c8a8f49df").value,
        str(PG).rstrip("#"),  # the ontology's own IRI, which every term's IRI is a fragment of
    ]
    for iri in minted:
        path = iri.removeprefix(DEFAULT_BASE)
        assert any(p.search(path) for p in patterns), f"no w3id rule redirects {iri}"
