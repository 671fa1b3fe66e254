"""Reading and writing reference tables (CSV with a header row) for the generator scripts beside this file."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path


def table_rows(folder: Path, names: Iterable[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """(table name, row) for every row of the named tables in `folder` that exist (a generator run on a checkout
    where some table is not built yet reads the others)."""
    for name in names:
        path = folder / name
        if not path.is_file():
            continue
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                yield name, row


def write_csv(path: Path, columns: list[str], rows: list[dict[str, str]], lineterminator: str = "\r\n") -> None:
    """Write `rows` under the header `columns` and say how many (the line ending is the table's own: the tables
    generated from the shared data end lines as the csv module does, the open-data tables with a newline)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator=lineterminator)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}")
