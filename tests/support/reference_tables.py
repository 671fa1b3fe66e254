"""The committed reference tables as the tests of the generated tables read them, and where a developer keeps the
open data sets those tables are rebuilt from (not part of the repository: `docs/open-reference-data.md`)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from pipelines.paths import PROJECT_ROOT, REFERENCE_DIR

#: where a developer keeps the fetched data sets to rebuild the tables
OPEN_DATA = Path(os.environ.get("POLICYGRAPH_OPEN_DATA", PROJECT_ROOT / "data" / "open"))


def rows(name: str) -> list[dict[str, str]]:
    """The rows of a table of `ontology/reference/`."""
    with (REFERENCE_DIR / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def header(name: str) -> list[str]:
    """The column names of a table of `ontology/reference/`."""
    with (REFERENCE_DIR / name).open(newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))
