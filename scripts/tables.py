"""Writing a reference table (CSV with a header row) for the generator scripts beside this file."""

from __future__ import annotations

import csv
from pathlib import Path


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]], lineterminator: str = "\r\n") -> None:
    """Write `rows` under the header `columns` and say how many (the line ending is the table's own: the tables
    generated from the shared data end lines as the csv module does, the open-data tables with a newline)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator=lineterminator)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}")
