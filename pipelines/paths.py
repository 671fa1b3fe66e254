"""Where the project's data files live. The package is installed editable from its checkout, so the ontology,
queries and reference tables are read from the checkout (they are data files, not code)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
REFERENCE_DIR = ONTOLOGY_DIR / "reference"
QUERIES_DIR = PROJECT_ROOT / "queries"
SAMPLES_DIR = PROJECT_ROOT / "data" / "samples"
DEFAULT_SOURCES = PROJECT_ROOT / "data" / "sources.yaml"
#: The Dagster instance settings a home starts with (one run at a time: the home is single-writer).
INSTANCE_CONFIG = PROJECT_ROOT / "deploy" / "local" / "dagster.yaml"
