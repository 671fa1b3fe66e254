"""Where the project's data files live: the ontology with its reference tables, the query library, the sample
corpus with the default sources file, and the Dagster instance settings.

They are the folders ontology/, queries/, data/ and deploy/ at the top of the checkout. The package reaches them
through links of the same names beside this file (pipelines/ontology -> ../ontology, and so on), and a wheel holds
copies of them at the same place (pyproject.toml, [tool.setuptools.package-data]). So a checkout, an editable
install and an installed wheel read them the same way. data/open/ (the open data sets behind the generated
reference tables) is not among them: only scripts/ read it, from the checkout.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Resolved, so that in a checkout they name the top-level folders (ontology/, not pipelines/ontology/).
ONTOLOGY_DIR = (PACKAGE_DIR / "ontology").resolve()
REFERENCE_DIR = ONTOLOGY_DIR / "reference"
QUERIES_DIR = (PACKAGE_DIR / "queries").resolve()
SAMPLES_DIR = (PACKAGE_DIR / "data" / "samples").resolve()
DEFAULT_SOURCES = (PACKAGE_DIR / "data" / "sources.yaml").resolve()
#: The Dagster instance settings a home starts with (one run at a time: the home is single-writer).
INSTANCE_CONFIG = (PACKAGE_DIR / "deploy" / "local" / "dagster.yaml").resolve()
#: The checkout, for tests and scripts (an installed wheel has none: this is then the site-packages folder).
PROJECT_ROOT = PACKAGE_DIR.parent

#: What the package cannot work without (checked by `check_data_files`).
REQUIRED = (
    ONTOLOGY_DIR / "policygraph.ttl",
    REFERENCE_DIR / "countries.csv",
    QUERIES_DIR / "checks",
    SAMPLES_DIR,
    DEFAULT_SOURCES,
    INSTANCE_CONFIG,
)


class DataFilesMissing(Exception):
    """The package was installed or checked out without its data files."""


def check_data_files() -> None:
    """Raise DataFilesMissing, naming what is missing, unless every required data file is in place."""
    missing = [str(path) for path in REQUIRED if not path.exists()]
    if missing:
        raise DataFilesMissing(
            f"policygraph's data files are missing ({', '.join(missing)}): reinstall it from its wheel or its "
            "checkout (pip install .), or in a checkout restore the links pipelines/ontology, queries, data and "
            "deploy (git checkout -- pipelines)"
        )
