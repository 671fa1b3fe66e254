"""Generate the project's country table from the public-domain country-codes data set.

    python scripts/build_reference.py ../shared/data/reference/country-codes.csv

Writes ontology/reference/countries.csv (one row per ISO 3166-1 country or territory). Source:
github.com/datasets/country-codes `data/country-codes.csv`, ODC Public Domain Dedication and Licence.
The generated table is committed; the pipeline never reads the source at run time.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ontology" / "reference" / "countries.csv"
COLUMNS = ["iso2", "iso3", "numeric", "fips", "geonames", "qid", "name", "official_name", "independent", "source"]
SOURCE = "datasets/country-codes data/country-codes.csv (ODC-PDDL)"


def build(src: Path) -> list[dict[str, str]]:
    rows = []
    with src.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            iso2 = (r["ISO3166-1-Alpha-2"] or "").strip()
            if not iso2:
                continue
            qid = (r["wikidata_id"] or "").rsplit("/", 1)[-1].strip()
            rows.append(
                {
                    "iso2": iso2,
                    "iso3": r["ISO3166-1-Alpha-3"].strip(),
                    "numeric": r["ISO3166-1-numeric"].strip().zfill(3) if r["ISO3166-1-numeric"].strip() else "",
                    "fips": r["FIPS"].strip(),
                    "geonames": r["Geoname ID"].strip(),
                    "qid": qid,
                    "name": (r["CLDR display name"] or r["official_name_en"]).strip(),
                    "official_name": (r["UNTERM English Formal"] or r["official_name_en"]).strip(),
                    "independent": r["is_independent"].strip(),
                    "source": SOURCE,
                }
            )
    rows.sort(key=lambda row: row["iso2"])
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    rows = build(Path(argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
