"""Generate the open table of the members of the United States Congress (senators, representatives and delegates
in office at the data set's date, with Wikidata QIDs).

    python scripts/build_open_legislators.py --legislators DATA/congress-legislators

Writes ontology/reference/open_legislators.csv (columns as persons.csv) from a copy of `legislators-current.yaml` of
the congress-legislators data set (github.com/unitedstates/congress-legislators, CC0-1.0 public domain dedication;
docs/open-reference-data.md: commit, how to copy). Every QID comes from the data set (`id.wikidata`); nothing is
looked up. A member's names: the official full name, "first last" and "nickname last". A member already in
`persons.csv` or `open_persons.csv` (the same QID) is left out; a name another person of those tables or another
member bears is dropped (the resolver would abstain on it, and a known link must not turn into no link). The output
is sorted, its ids stable slugs of the labels, so a rerun on the same file gives the same bytes.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import yaml
from build_open_reference import norm, slug
from tables import table_rows, write_csv

REF = Path(__file__).resolve().parent.parent / "ontology" / "reference"
COLUMNS = ["entity_id", "label", "aliases", "qid", "country", "source"]
KNOWN = ["persons.csv", "open_persons.csv"]
QID = re.compile(r"^Q[1-9][0-9]*$")
COMMIT = "dfa9622263dd4c8d08636926e498f1845704d7eb"
SOURCE = (
    "congress-legislators github.com/unitedstates/congress-legislators legislators-current.yaml "
    f"commit {COMMIT} (2026-06-15): {{office}}; CC0-1.0"
)
_OFFICES = {"sen": "Senator", "rep": "Representative"}


def member_names(name: dict) -> list[str]:
    """The official full name first, then "first last" and "nickname last" (each once)."""
    first, last = name.get("first", ""), name.get("last", "")
    names = [name.get("official_full") or f"{first} {last}", f"{first} {last}"]
    if name.get("nickname"):
        names.append(f"{name['nickname']} {last}")
    out: list[str] = []
    for n in names:
        n = " ".join(n.split())
        if n and n not in out:
            out.append(n)
    return out


def office(terms: list[dict]) -> str:
    """ "Senator (WA)", "Representative (NY-12)": the member's latest term."""
    t = terms[-1]
    where = t["state"] + (f"-{t['district']}" if t.get("district") not in (None, 0) else "")
    return f"{_OFFICES.get(t['type'], t['type'])} ({where})"


def build(members: list[dict], reference: Path) -> list[dict[str, str]]:
    known = [r for _name, r in table_rows(reference, KNOWN)]
    known_qids = {r["qid"] for r in known if r["qid"]}
    known_names = {norm(n) for r in known for n in [r["label"], *r["aliases"].split("|")] if n}
    known_ids = {r["entity_id"] for r in known}
    kept = [m for m in members if QID.match(m["id"].get("wikidata") or "") and m["id"]["wikidata"] not in known_qids]
    counts = Counter(key for m in kept for key in {norm(n) for n in member_names(m["name"])})
    rows = []
    for m in kept:
        names = []
        for n in member_names(m["name"]):
            if counts[norm(n)] == 1 and norm(n) not in known_names and norm(n) not in map(norm, names):
                names.append(n)  # "Monica De La Cruz" and "Mónica De La Cruz" are one name
        if not names:
            continue  # every name is another person's too: no link could be trusted
        eid = f"person/{slug(names[0])}"
        rows.append(
            {
                "entity_id": eid if eid not in known_ids else f"{eid}-us",
                "label": names[0],
                "aliases": "|".join(names[1:]),
                "qid": m["id"]["wikidata"],
                "country": "state/US",
                "source": SOURCE.format(office=office(m["terms"])),
            }
        )
    return sorted(rows, key=lambda r: r["entity_id"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--legislators", type=Path, required=True, help="folder with legislators-current.yaml")
    ap.add_argument("--reference", type=Path, default=REF)
    args = ap.parse_args()
    members = yaml.safe_load((args.legislators / "legislators-current.yaml").read_text(encoding="utf-8"))
    write_csv(args.reference / "open_legislators.csv", COLUMNS, build(members, args.reference), lineterminator="\n")


if __name__ == "__main__":
    main()
