"""The statistical components read prose in capitals re-cased (`recase`); the rule components read the original.

`pg_recase_in` (placed before a run of statistical components) gives the next components a Doc of the same tokens
whose text is the re-cased view, with every annotation made so far; `pg_recase_out` (after them) gives the
original text back, with the annotations the statistical components made over the view; `pg_recase_again` gives a
later run of statistical components (the NER, after the rulers) the view `pg_recase_in` made, without re-casing the
text twice. Tokens, offsets and lengths are the same in both, so every span found in the view is the same span of
the original text. A document with no paragraph in capitals passes through untouched.
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.recase import Vocabulary, recase, vocabulary_of
from pipelines.nlp.reference import load_reference
from pipelines.paths import REFERENCE_DIR

#: where the original text waits while the statistical components read the re-cased view
ORIGINAL_KEY = "pg_original_text"
#: where the view waits for `pg_recase_again`
VIEW_KEY = "pg_recased_view"


def _copy(source: Doc, text: str) -> Doc:
    """A Doc of `source`'s tokens over `text` (same length, same token offsets) with `source`'s annotations."""
    words = [text[t.idx : t.idx + len(t)] for t in source]
    doc = Doc(source.vocab, words=words, spaces=[bool(t.whitespace_) for t in source])
    attrs = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    attrs += [HEAD, DEP] if source.has_annotation("DEP") else [SENT_START]
    doc.from_array(attrs, source.to_array(attrs))  # type: ignore[arg-type]  # spaCy types its own array loosely
    doc.user_data.update(source.user_data)
    doc._context = source._context  # what `nlp.pipe(..., as_tuples=True)` carries with the document
    if source.tensor is not None and len(source.tensor):
        doc.tensor = source.tensor.copy()
    return doc


class RecaseIn:
    """Swap a document with paragraphs in capitals for its re-cased view (the module docstring)."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary

    def __call__(self, doc: Doc) -> Doc:
        swapped = _swap_in(doc, recase(doc.text, self.vocabulary))
        if swapped is not doc:
            swapped.user_data[VIEW_KEY] = swapped.text
        return swapped


def _swap_in(doc: Doc, view: str | None) -> Doc:
    """`doc` over `view`, the original text kept for `recase_out`; `doc` itself when there is no other view."""
    if view is None or view == doc.text:
        return doc
    swapped = _copy(doc, view)
    swapped.user_data[ORIGINAL_KEY] = doc.text
    return swapped


@Language.component("pg_recase_again")
def recase_again(doc: Doc) -> Doc:
    """The view `pg_recase_in` made of this document, swapped in again (taken from the document, not re-cased)."""
    return _swap_in(doc, doc.user_data.pop(VIEW_KEY, None))


def recase_out(doc: Doc) -> Doc:
    """Swap a re-cased view back for the original text, keeping the annotations made over the view."""
    original = doc.user_data.pop(ORIGINAL_KEY, None)
    if original is None:
        return doc
    return _copy(doc, original)


@Language.factory("pg_recase_in", default_config={"reference_dir": str(REFERENCE_DIR), "datatypes_ttl": ""})
def make_recase_in(nlp: Language, name: str, reference_dir: str, datatypes_ttl: str) -> RecaseIn:
    """The model's own common words (its stop words, its lemmatizer's tables: no download), the names the
    reference tables write in capitals and the lexicon's titles."""
    tables: dict[str, dict] = {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    for table in ("lemma_index", "lemma_exc"):
        if lookups is not None and lookups.has_table(table):
            tables[table] = {pos: lookups.get_table(table).get(pos, {}) for pos in ("noun", "verb", "adj", "adv")}
    index = load_reference(Path(reference_dir), Path(datatypes_ttl)) if datatypes_ttl else load_reference()
    surfaces = [(eid, a) for eid, names in index.surfaces.items() for a in names if " " not in a]
    acronyms = {a for _, a in surfaces if a.isupper() and a.isalpha() and len(a) > 1}
    names = [a for eid, a in surfaces if index.entities[eid].type != "DataType"]
    surnames = [e.label.split()[-1] for e in index.entities.values() if e.type == "Person" and e.label]
    return RecaseIn(
        vocabulary_of(
            nlp.Defaults.stop_words,
            tables.get("lemma_index", {}),
            tables.get("lemma_exc", {}),
            acronyms=acronyms,
            titles=load_lexicon().person_titles,
            names=names,
            surnames=surnames,
        )
    )


@Language.component("pg_recase_out")
def recase_out_component(doc: Doc) -> Doc:
    """`recase_out` as a pipeline component."""
    return recase_out(doc)
