"""Offline reference tables and the entity resolver.

The tables under `ontology/reference/` (CSV, each row with a `source`) name the states, agencies, IGOs, firms, laws
and people the project knows, with their aliases and identifiers (Wikidata QID, GeoNames, ISO/FIPS, CELEX, ELI,
DPV, DBpedia). `ontology/datatypes.ttl` names the data types. `load_reference()` reads them once into a
`ReferenceIndex`; a `Resolver` turns a typed mention into `(entity_id, label, qid)`:

    >>> resolver = Resolver(load_reference())
    >>> resolver.resolve("U.S.", "State")
    ('state/US', 'United States', 'Q30')

Unknown names get a deterministic id from their canonical form ("agency/ministry-of-culture"). A `DocContext`
remembers what a document has already named, so that short forms ("Rubio", "the Department", "CJEU" after
"Court of Justice of the European Union (CJEU)") resolve to the same entity when that is unambiguous. A name the
tables hold may be written otherwise ("DEPT OF JUSTICE", "EU Parliament", "Google Inc."), and a person the document
names by the surname alone links to the one person of the tables bearing it whose state the document names.

- `index`: `normalize` and the `ReferenceIndex`;
- `tables`: `load_reference`, the readers of each table;
- `resolver`: `Resolver` and `DocContext`.
"""

from __future__ import annotations

from pipelines.nlp.reference.index import KIND, ReferenceIndex, normalize, regular_demonyms
from pipelines.nlp.reference.resolver import MAX_SHARED_TITLE_WORDS, DocContext, Resolver, singular
from pipelines.nlp.reference.tables import load_reference

__all__ = [
    "KIND",
    "MAX_SHARED_TITLE_WORDS",
    "DocContext",
    "ReferenceIndex",
    "Resolver",
    "load_reference",
    "normalize",
    "regular_demonyms",
    "singular",
]
