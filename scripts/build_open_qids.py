"""Give the curated agencies and international organisations that have no Wikidata QID the QID an open data set
gives the body of the same name.

    python scripts/build_open_qids.py --govdirectory DATA/govdirectory --supraverden DATA/supraverden \
        --nsi DATA/nsi --ror DATA/ror

Writes ontology/reference/open_qids.csv (entity_id, qid, name, source): one row per curated entity (agencies.csv,
igos.csv, dpv_authorities.csv) without a QID for which exactly one body of the data sets bears one of the
entity's names (label, alias or the title of its English Wikipedia article, the `dbpedia` column; compared as
`name_key` compares them: "Children’s" is "Children's", "Organisation" is "Organization"):

- `--govdirectory`: the country pages of Govdirectory (github.com/govdirectory/website, CC0-1.0, from Wikidata): a
  body of the country page of the entity's own country ("United States Department of Commerce" on the United States
  page, for the curated "U.S. Department of Commerce" whose aliases name it so); the European Union's page for the
  organs of the EU;
- `--supraverden`: SupraVerden's list of international bodies (github.com/confirmordeny/supraverden, CC BY-SA 4.0,
  its QIDs Wikidata's): a body whose English name or other English name is one of an organisation's names (never
  its abbreviation alone: "EP", "EC" name many bodies);
- `--nsi`: the operators of the OpenStreetMap name-suggestion-index (github.com/osmlab/name-suggestion-index,
  BSD-3-Clause; `data/operators/**`, their `operator:wikidata`) that NSI scopes to exactly one country, under their
  full names (`operator`, `operator:en`, `official_name`; never `operator:short`), on that country's scope
  ("National Security Agency", scoped to `us`, for the curated NSA);
- `--ror`: the Research Organization Registry's records (github.com/ror-community/ror-records, MIT; one folder per
  release, each holding the records it changed): the newest version of every active record located in exactly one
  country and bearing exactly one Wikidata id, under its full names (never its acronyms), on that country's scope
  ("Parliament of Canada", located in Canada).

Firms are not matched: a brand's name in the name-suggestion-index is often the name of its group too ("SoftBank" the
mobile operator's shops, not SoftBank Group), so a name alone does not say which item a curated firm is; and ROR's
company records may carry the company's item where the curated row means the platform ("Twitter (United States)":
a company item, its Wikipedia link the platform's article).

Every QID comes from the data set; nothing is looked up. A QID another reference entity already has, or a name that
two bodies of the data sets share, gives no row (a wrong link is worse than none). The output is sorted, so a rerun
on the same files gives the same bytes. docs/open-reference-data.md names the commits and how to copy the files.
"""

from __future__ import annotations

import argparse
import html
import json
import re
from collections import defaultdict
from pathlib import Path

import yaml
from build_open_reference import (
    _ROW,
    GOVDIR_COUNTRY,
    GOVDIR_SOURCE,
    NSI_SOURCE,
    clean_label,
    countries,
    name_key,
    read_text,
    title_of,
)
from tables import table_rows, write_csv

REF = Path(__file__).resolve().parent.parent / "ontology" / "reference"
COLUMNS = ["entity_id", "qid", "name", "source"]
#: curated tables whose rows may lack a QID
CURATED = ["agencies.csv", "igos.csv", "dpv_authorities.csv"]
#: every table whose QIDs are taken (a QID names one entity)
ALL_TABLES = [*CURATED, "firms.csv", "laws.csv", "persons.csv", "dpv_laws.csv"] + [
    f"open_{t}.csv" for t in ("agencies", "firms", "igos", "persons", "legislators", "regulators")
]
QID = re.compile(r"^Q[1-9][0-9]*$")
SUPRAVERDEN_SOURCE = (
    "SupraVerden github.com/confirmordeny/supraverden data/general_list.yaml ({key}) "
    "commit 59ab4fa0f92f3c75bb45e230908e612f15e8dbdf (2026-06-24), CC BY-SA 4.0 (QIDs from Wikidata, CC0-1.0)"
)
#: the full names an NSI operator goes by (never `operator:short`: "NSA", "ICO" name many bodies)
NSI_NAME_KEYS = ("operator", "operator:en", "official_name", "official_name:en")
ROR_SOURCE = (
    "ROR github.com/ror-community/ror-records {path} commit d93fc667872f8ef9386896bd6c68bd3c6103603e "
    "(2026-06-23), MIT (the repository's LICENSE; QIDs from Wikidata, CC0-1.0)"
)
#: a release folder of ror-records ("v1.17.1", "v2.9")
ROR_RELEASE = re.compile(r"^v[0-9]+(\.[0-9]+)*$")
#: where an organ of the European Union is listed among the Govdirectory country pages
EU_FOLDER = "european-union"

#: one body of a data set: (scope, normalized name) -> {qid: (name as written, source)}
Bodies = dict[tuple[str, str], dict[str, tuple[str, str]]]


def govdirectory_bodies(root: Path, ref: Path) -> Bodies:
    """The bodies of every Govdirectory country page, scoped by the country's entity id (`state/US`), the EU's
    page by `igo/eu`."""
    by_name, _independent = countries(ref)
    out: Bodies = defaultdict(dict)
    for page in sorted(root.glob("*/index.html*")):
        folder = page.parent.name
        scope = "igo/eu" if folder == EU_FOLDER else f"state/{GOVDIR_COUNTRY.get(folder, by_name.get(folder, ''))}"
        if scope == "state/":
            continue
        for qid, name, _type in _ROW.findall(read_text(page)):
            label = clean_label(html.unescape(name).strip())
            out[(scope, name_key(label))][qid] = (label, GOVDIR_SOURCE.format(path=f"{folder}/index.html"))
    return out


def supraverden_bodies(root: Path) -> Bodies:
    """The bodies of SupraVerden with a QID, under their English names (scope `igo`: any organisation)."""
    with (root / "general_list.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    out: Bodies = defaultdict(dict)
    for key, item in sorted(data.items()):
        qid = str((item or {}).get("Wikidata_code") or "")
        if not QID.match(qid):
            continue
        for field in ("Name_en", "Name_other_en", "Name_other_2_en"):
            name = item.get(field)
            if isinstance(name, str) and name.strip():
                out[("igo", name_key(name))][qid] = (name.strip(), SUPRAVERDEN_SOURCE.format(key=key))
    return out


def nsi_operator_bodies(root: Path) -> Bodies:
    """The operators of the name-suggestion-index's `data/operators/**` files that NSI scopes to one country
    (`locationSet.include` a single ISO code), under their full names, scoped by that country (`state/US`).
    An operator scoped to several countries or to sub-national areas says nothing about which state's body
    it is, and is left out."""
    out: Bodies = defaultdict(dict)
    for path in sorted((root / "data" / "operators").rglob("*.json")):
        rel = path.relative_to(root).as_posix()
        items = json.loads(path.read_text(encoding="utf-8")).get("items", [])
        for item in items:
            tags = item.get("tags", {})
            qid = str(tags.get("operator:wikidata") or "")
            include = item.get("locationSet", {}).get("include", [])
            if not QID.match(qid) or len(include) != 1 or not re.fullmatch(r"[a-z]{2}", str(include[0])):
                continue
            scope = f"state/{str(include[0]).upper()}"
            for key in NSI_NAME_KEYS:
                name = clean_label(str(tags.get(key) or "").strip())
                if name:
                    out[(scope, name_key(name))][qid] = (name, NSI_SOURCE.format(path=rel))
    return out


def _release_key(folder: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in folder.name[1:].split("."))


def ror_latest(root: Path) -> dict[str, Path]:
    """The newest file of every ROR record: each release folder of ror-records holds the records it changed."""
    releases = sorted((d for d in root.iterdir() if d.is_dir() and ROR_RELEASE.match(d.name)), key=_release_key)
    return {path.stem: path for folder in releases for path in sorted(folder.glob("*.json"))}


def ror_record(record: dict) -> tuple[list[str], set[str], list[str]]:
    """(full names, country codes, Wikidata ids) of one ROR record, of schema 1 or 2; never the acronyms, and of
    the schema-2 names only the English ones and those without a language."""
    if "names" in record:
        names = [n["value"] for n in record["names"] if "acronym" not in n["types"] and n.get("lang") in ("en", None)]
        countries = {loc["geonames_details"]["country_code"] for loc in record.get("locations", [])}
        ids = [q for e in record.get("external_ids", []) if e.get("type") == "wikidata" for q in e.get("all", [])]
        return names, countries, ids
    labels = [lab["label"] for lab in record.get("labels", []) if lab.get("iso639") == "en"]
    names = [record.get("name", ""), *record.get("aliases", []), *labels]
    wikidata = (record.get("external_ids", {}).get("Wikidata") or {}).get("all") or []
    ids = [wikidata] if isinstance(wikidata, str) else list(wikidata)
    return names, {(record.get("country") or {}).get("country_code", "")}, ids


def ror_bodies(root: Path) -> Bodies:
    """The active organisations of ROR (the Research Organization Registry, ror-records) located in one country
    and bearing one Wikidata id, under their full names, scoped by that country (`state/US`)."""
    out: Bodies = defaultdict(dict)
    for path in ror_latest(root).values():
        record = json.loads(path.read_text(encoding="utf-8"))
        names, countries, ids = ror_record(record)
        if record.get("status") != "active" or len(countries) != 1 or len(ids) != 1 or not QID.match(ids[0]):
            continue
        (country,) = countries
        if not re.fullmatch(r"[A-Z]{2}", country or ""):
            continue
        for name in names:
            if isinstance(name, str) and name_key(name):
                source = ROR_SOURCE.format(path=f"{path.parent.name}/{path.name}")
                out[(f"state/{country}", name_key(name))][ids[0]] = (name.strip(), source)
    return out


def scopes(table: str, row: dict[str, str]) -> list[str]:
    """Where a curated entity's namesakes are looked for: its country's page; an IGO also SupraVerden and, an
    organ of the EU, the EU's page."""
    country = (row.get("country") or "").strip()
    if table == "igos.csv":
        return ["igo", "igo/eu"] if country in ("", "igo/eu") else ["igo"]
    return [country] if country.startswith("state/") else []


def match(table: str, row: dict[str, str], bodies: Bodies) -> dict[str, tuple[str, str]]:
    """{qid: (name, source)} of the bodies bearing one of the row's names in its scopes."""
    names = [row["label"], *(a for a in (row.get("aliases") or "").split("|") if a.strip())]
    if (row.get("dbpedia") or "").strip():
        names.append(title_of(row["dbpedia"].strip()))  # the English Wikipedia article's title
    found: dict[str, tuple[str, str]] = {}
    for scope in scopes(table, row):
        for name in names:
            found.update(bodies.get((scope, name_key(name)), {}))
    return found


def build(bodies: Bodies, ref: Path) -> list[dict[str, str]]:
    """One row per QID-less curated entity with exactly one namesake whose QID no reference entity has yet."""
    taken = {r["qid"].strip() for _t, r in table_rows(ref, ALL_TABLES) if (r.get("qid") or "").strip()}
    rows, given = [], defaultdict(list)
    for table, row in table_rows(ref, CURATED):
        if (row.get("qid") or "").strip():
            continue
        found = match(table, row, bodies)
        if len(found) != 1:
            continue
        ((qid, (name, source)),) = found.items()
        if qid in taken:
            continue
        given[qid].append(row["entity_id"])
        rows.append({"entity_id": row["entity_id"], "qid": qid, "name": name, "source": source})
    # a QID two curated entities would both get names neither for sure
    rows = [r for r in rows if len(given[r["qid"]]) == 1]
    return sorted(rows, key=lambda r: r["entity_id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--govdirectory", type=Path, help="Govdirectory copy (folder of <country>/index.html[.gz])")
    ap.add_argument("--supraverden", type=Path, help="folder holding SupraVerden's general_list.yaml")
    ap.add_argument("--nsi", type=Path, help="name-suggestion-index copy (folder holding data/operators/)")
    ap.add_argument("--ror", type=Path, help="ror-records copy (folder of release folders v1.0 ... v2.9)")
    ap.add_argument("--reference", type=Path, default=REF, help="reference folder (default: ontology/reference)")
    args = ap.parse_args(argv)
    if not (args.govdirectory or args.supraverden or args.nsi or args.ror):
        ap.error("give at least one data set")
    bodies: Bodies = defaultdict(dict)
    for part in (
        govdirectory_bodies(args.govdirectory, args.reference) if args.govdirectory else {},
        supraverden_bodies(args.supraverden) if args.supraverden else {},
        nsi_operator_bodies(args.nsi) if args.nsi else {},
        ror_bodies(args.ror) if args.ror else {},
    ):
        for key, qids in part.items():
            for qid, found in qids.items():
                bodies[key].setdefault(qid, found)  # the first source to name the QID is cited
    write_csv(args.reference / "open_qids.csv", COLUMNS, build(bodies, args.reference), lineterminator="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
