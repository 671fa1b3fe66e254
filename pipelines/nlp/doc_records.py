"""What the pipeline leaves on a Doc: `doc._.pg_mentions`, the typed, resolved mentions `pg_entities` writes
(`pipelines.model.Mention` records in text order; their `text` is the slice of the text the pipeline read), and
`doc._.pg_relations`, the relations `pg_relations` finds among them (`pipelines.model.Relation` records).

A Doc crosses no process boundary in the extraction stage (its workers are forks that each run `nlp.pipe` on one
process: `pipelines.nlp.parallel`), but spaCy's own multi-process `nlp.pipe(n_process=N)` sends each Doc back from
its worker as `Doc.to_bytes()`, whose user data (where the extensions' values live) is written with msgpack: an
`Extractor` whose settings ask for several processes, called without the stage's `n_process=1`, does that, and so
does the bare side of `benchmarks/extraction.py`. That is the one boundary where the records are converted: they are
registered with srsly (spaCy's msgpack) as a map of the record's class name and field values, read back into the
record.
"""

from __future__ import annotations

from dataclasses import astuple
from typing import Any

import srsly  # type: ignore[import-untyped]
from spacy.tokens import Doc

from pipelines.model import Mention, Relation

for _name in ("pg_mentions", "pg_relations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: the records a Doc carries, by class name (the name is what their msgpack form holds)
_RECORDS: dict[str, type[Mention] | type[Relation]] = {"Mention": Mention, "Relation": Relation}
#: the key of a record's msgpack map that names its class
_TAG = "pg_record"


def _encode(obj: Any, chain=None) -> Any:
    """A record as a msgpack map (its class name and field values in order); anything else to the next encoder."""
    if type(obj) in (Mention, Relation):
        return {_TAG: type(obj).__name__, "fields": astuple(obj)}
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain=None) -> Any:
    """A map `_encode` wrote as its record again; any other map to the next decoder."""
    if _TAG in obj:
        return _RECORDS[obj[_TAG]](*obj["fields"])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("pg_records", func=_encode)
srsly.msgpack_decoders.register("pg_records", func=_decode)
