"""Central banks, national telecommunications regulators and national cyber-security agencies from the Research
Organization Registry, as Agency rows.

    python scripts/build_open_regulators.py --ror DATA/ror

Writes ontology/reference/open_regulators.csv (columns as agencies.csv) from the records of ROR
(github.com/ror-community/ror-records, MIT; the Wikidata ids are Wikidata's, CC0-1.0): the newest version of every
record that is active, located in exactly one country, bears exactly one Wikidata id and is not typed a company,
and whose own names say what the body is:

- a central bank: one of its names (any language ROR gives, Latin script) is "... central bank", "central bank of
  ...", "reserve bank", "monetary authority", or the same words in the languages of the Latin-script central
  banks ("Banco Central", "Banque centrale", "Banca centrale", "Bangko Sentral", "Zentralbank", "Centralbank");
  ROR's "Norges Bank" is kept because ROR also names it "Central Bank of Norway". A name that merely begins
  "Bank of" says nothing (ROR's "Bank of Brazil" and "Agricultural Bank of China" are commercial banks), so it
  is not a cue;
- a telecommunications regulator or a cyber-security agency: a record ROR types `government` whose name says it
  regulates telecommunications or communications, or is a national cyber-security agency, centre or authority.

Every row is subtype `Regulator` (the ontology's class of "a telecommunications, internet or central-bank
regulator", as agencies.csv types the Reserve Bank of India). Its label is ROR's English display name, its aliases
ROR's other Latin-script names (never its acronyms: "BI", "MAS", "NB" name many things), its `dbpedia` the English
Wikipedia article ROR links. A record whose Wikidata id or one of whose names a curated or generated table already
holds gives no row (that body keeps its row; `build_open_qids.py` gives curated rows their ids). `EXCLUDED` names
the records whose names carry a cue but which are not the country's central bank, each with the reason.
The output is sorted, so a rerun on the same files gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote

from build_open_qids import ALL_TABLES, QID, ror_latest
from build_open_reference import dbpedia_name, latin, name_key, slug
from tables import table_rows, write_csv

REF = Path(__file__).resolve().parent.parent / "ontology" / "reference"
COLUMNS = ["entity_id", "label", "aliases", "subtype", "qid", "country", "dbpedia", "source"]
SOURCE = (
    "ROR github.com/ror-community/ror-records {path} ({kind}) commit d93fc667872f8ef9386896bd6c68bd3c6103603e "
    "(2026-06-23), MIT (the repository's LICENSE; QIDs from Wikidata, CC0-1.0)"
)
#: names that say a body is a central bank, in English and the Latin-script languages of central banks' names
CENTRAL_BANK = re.compile(
    r"\bcentral bank\b|\breserve bank\b|\bmonetary authority\b|\bbanco central\b|\bbanque centrale\b|"
    r"\bbanca centrale\b|\bbangko sentral\b|zentralbank\b|\bcentralbank(?:en)?\b",
    re.I,
)
#: names that say a government body regulates telecommunications or communications
TELECOM_REGULATOR = re.compile(
    r"\b(?:tele)?communications? regulat|\bregulat\w* (?:\w+ )?(?:of |for )?(?:the )?telecommunications?\b|"
    r"\br[ée]glementation des t[ée]l[ée]communications\b|\b(?:tele)?communications (?:commission|authority)\b",
    re.I,
)
#: names that say a government body is a national cyber-security agency, centre or authority
CYBER_AGENCY = re.compile(r"\bcyber[ -]?(?:and information )?security (?:agency|cent(?:re|er)|authority)\b", re.I)
#: names of things that are not the body itself, or not a regulator, though a cue word occurs in them
NOT_A_BODY = re.compile(
    r"\b(?:assistance|capacity building|development bank|commercial|savings|research|institute|studies|"
    r"laborator(?:y|ies)|foundation|association|university|college|school)\b",
    re.I,
)
#: ROR records whose names carry a cue but which are not a central bank (id: reason)
EXCLUDED = {
    "04xzeep21": "Central Bank of India: a commercial bank of that name (India's central bank: the Reserve Bank)",
}
#: the tables whose Wikidata ids and names a new row may not repeat (all but this table itself)
TABLE = "open_regulators.csv"
TAKEN_TABLES = [*(t for t in ALL_TABLES if t != TABLE), "open_qids.csv"]


def record_names(record: dict) -> tuple[str, list[str], set[str], list[str], list[str]]:
    """(English display name, other full names, country codes, Wikidata ids, types) of a ROR record of schema 1
    or 2; acronyms left out."""
    if "names" in record:
        full = [n for n in record["names"] if "acronym" not in n["types"]]
        english = [n["value"] for n in full if n.get("lang") in ("en", None)]
        display = next((n["value"] for n in full if "ror_display" in n["types"] and n.get("lang") in ("en", None)), "")
        display = display or (english[0] if english else full[0]["value"] if full else "")
        others = [n["value"] for n in full if n["value"] != display]
        countries = {loc["geonames_details"]["country_code"] for loc in record.get("locations", [])}
        ids = [q for e in record.get("external_ids", []) if e.get("type") == "wikidata" for q in e.get("all", [])]
        return display, others, countries, ids, [t.lower() for t in record.get("types", [])]
    labels = [lab["label"] for lab in record.get("labels", [])]
    names = [*record.get("aliases", []), *labels]
    wikidata = (record.get("external_ids", {}).get("Wikidata") or {}).get("all") or []
    ids = [wikidata] if isinstance(wikidata, str) else list(wikidata)
    country = {(record.get("country") or {}).get("country_code", "")}
    return record.get("name", ""), names, country, ids, [t.lower() for t in record.get("types", [])]


def wikipedia_title(record: dict) -> str:
    """The English Wikipedia article ROR links, as a DBpedia resource name ("" if none)."""
    links = [link for link in record.get("links", []) if isinstance(link, dict)]  # schema 1: plain URLs
    urls = [link["value"] for link in links if link.get("type") == "wikipedia"]
    urls += [record["wikipedia_url"]] if record.get("wikipedia_url") else []
    for url in urls:
        match = re.match(r"https?://en\.wikipedia\.org/wiki/(.+)$", url)
        if match:
            return dbpedia_name(unquote(match.group(1)))
    return ""


def kind_of(names: list[str], types: list[str]) -> str | None:
    """What a record's own names say it is: "central bank", "telecommunications regulator", "cyber-security
    agency", or None."""
    if "company" in types or any(NOT_A_BODY.search(n) for n in names):
        return None
    if any(CENTRAL_BANK.search(n) for n in names):
        return "central bank"
    if "government" not in types:
        return None
    if any(TELECOM_REGULATOR.search(n) for n in names):
        return "telecommunications regulator"
    if any(CYBER_AGENCY.search(n) for n in names):
        return "cyber-security agency"
    return None


def taken(ref: Path) -> tuple[set[str], set[str]]:
    """(Wikidata ids, name keys) that the reference tables already hold."""
    qids: set[str] = set()
    keys: set[str] = set()
    for _, row in table_rows(ref, TAKEN_TABLES):
        if row.get("qid"):
            qids.add(row["qid"])
        for name in [row.get("label", ""), row.get("name", ""), *(row.get("aliases") or "").split("|")]:
            if name_key(name):
                keys.add(name_key(name))
    return qids, keys


def regulator_row(path: Path, record: dict) -> dict[str, str] | None:
    """The Agency row of one ROR record, or None when the record is not a regulator this table takes."""
    display, others, countries, ids, types = record_names(record)
    if record.get("status") != "active" or len(countries) != 1 or len(ids) != 1 or not QID.match(ids[0]):
        return None
    (country,) = countries
    if not re.fullmatch(r"[A-Z]{2}", country or "") or path.stem in EXCLUDED or not latin(display):
        return None
    kind = kind_of([display, *others], types)
    if kind is None:
        return None
    aliases = sorted({n.strip() for n in others if latin(n) and name_key(n) != name_key(display)})
    return {
        "entity_id": f"agency/{country.lower()}-{slug(display)}",
        "label": display.strip(),
        "aliases": "|".join(aliases),
        "subtype": "Regulator",
        "qid": ids[0],
        "country": f"state/{country}",
        "dbpedia": wikipedia_title(record),
        "source": SOURCE.format(path=f"{path.parent.name}/{path.name}", kind=kind),
    }


def build(ror: Path, ref: Path) -> list[dict[str, str]]:
    """The rows of the records that are regulators and that no reference table holds yet."""
    qids, keys = taken(ref)
    rows = []
    for path in ror_latest(ror).values():
        row = regulator_row(path, json.loads(path.read_text(encoding="utf-8")))
        if row is None:
            continue
        names = [row["label"], *row["aliases"].split("|")]
        if row["qid"] in qids or any(name_key(n) in keys for n in names if n):
            print(f"skip (already in a table): {row['label']} {row['qid']}", file=sys.stderr)
            continue
        rows.append(row)
    return sorted(rows, key=lambda r: r["entity_id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ror", type=Path, required=True, help="ror-records copy (folder of release folders)")
    ap.add_argument("--reference", type=Path, default=REF, help="folder of the reference tables (read and written)")
    args = ap.parse_args(argv)
    rows = build(args.ror, args.reference)
    write_csv(args.reference / TABLE, COLUMNS, rows, lineterminator="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
