"""Generate the open IGO table (intergovernmental organisations and their organs with Wikidata QIDs and acronyms).

    python scripts/build_open_igos.py --supraverden DATA/supraverden

Writes ontology/reference/open_igos.csv (columns as igos.csv, with `country`) from a copy of `data/general_list.yaml`
of SupraVerden (github.com/confirmordeny/supraverden, CC BY-SA 4.0; its QIDs are Wikidata's, CC0), a list of
international organisations and the bodies of the EU, the UN and regional communities with their Wikidata QID,
English name, abbreviation and other English names (docs/open-reference-data.md: commit, licence, how to copy).

Every QID comes from the data set; nothing is looked up. The bodies the data set itself assesses as not
intergovernmental ("Excluded") and those without a QID are left out. An organisation already in `igos.csv` (the same
QID, or, for a curated row without one, the data set's one item of that full name) keeps its curated id: its row
here carries the curated `entity_id`, the data set's QID and names, and the loader merges it (a QID only where the
curated row has none). A name is dropped from a new row when it names another curated entity or two of the data
set's items (the resolver would abstain on it, and a curated link must not turn into no link). The output is
sorted, its entity ids stable slugs of the labels, so a rerun on the same file gives the same bytes.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import yaml
from build_open_reference import name_key, norm, slug
from tables import table_rows, write_csv

REF = Path(__file__).resolve().parent.parent / "ontology" / "reference"
COLUMNS = ["entity_id", "label", "aliases", "subtype", "qid", "country", "dbpedia", "source"]
CURATED = ["igos.csv", "agencies.csv", "firms.csv", "laws.csv", "dpv_authorities.csv", "dpv_laws.csv"]
QID = re.compile(r"^Q[1-9][0-9]*$")
COMMIT = "59ab4fa0f92f3c75bb45e230908e612f15e8dbdf"
SOURCE = (
    "SupraVerden github.com/confirmordeny/supraverden data/general_list.yaml ({key}) "
    f"commit {COMMIT} (2026-06-24), CC BY-SA 4.0 (QIDs from Wikidata, CC0-1.0)"
)
#: families whose members are organs of one organisation rather than organisations of their own
_HEADLESS = {"none", ""}
#: an abbreviation is a short token of capitals, digits and dashes ("ITSO", "CERN", "EU-OSHA", "G-20")
_ACRONYM = re.compile(r"^[A-Za-z0-9&\-\.']{2,15}$")


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _names(item: dict) -> tuple[str, list[str], list[str]]:
    """(English name, other English names, abbreviations) of one item; placeholders ("[...]") are not names."""
    label = _text(item.get("Name_en"))
    others = [_text(item.get("Name_other_en"))]
    abbrevs = [_text(item.get("Abbreviation_en")), _text(item.get("Abbreviation_other_en"))]
    others = [n for n in others if n and not n.startswith("[")]
    # an "abbreviation" that is a phrase is another name ("Southern Common Market")
    others += [a for a in abbrevs if a and not a.startswith("[") and not _ACRONYM.match(a)]
    abbrevs = [a for a in abbrevs if a and _ACRONYM.match(a)]
    return label, others, abbrevs


def _subtype(item: dict, label: str) -> str:
    family = _text(item.get("Org_family"))
    if family in _HEADLESS or norm(family) == norm(label) or norm(family).startswith(norm(label) + " "):
        return "Organization"
    return "Organ"


class Curated:
    """The curated IGO rows (by QID and by full name) and every name of any curated or DPV row."""

    def __init__(self, ref: Path):
        self.igo_by_qid: dict[str, str] = {}
        self.igo_without_qid: dict[str, str] = {}  # name_key(full name) -> entity id
        self.names: dict[str, set[str]] = {}  # name_key(name) -> entity ids
        self.ids: set[str] = set()
        for name, r in table_rows(ref, CURATED):
            eid = r["entity_id"]
            self.ids.add(eid)
            names = [r["label"], *(a for a in (r.get("aliases") or "").split("|") if a.strip())]
            for n in names:
                self.names.setdefault(name_key(n), set()).add(eid)
            if name != "igos.csv":
                continue
            if r.get("qid"):
                self.igo_by_qid[r["qid"].strip()] = eid
            else:
                for n in names:
                    if len(n.split()) > 1:  # a full name, not an acronym
                        self.igo_without_qid[name_key(n)] = eid

    def match(self, qid: str, label: str, others: list[str], counts: Counter) -> str | None:
        """The curated IGO an item is: the same QID, or the one item of a curated full name (the data set holding
        no other item of that name)."""
        if qid in self.igo_by_qid:
            return self.igo_by_qid[qid]
        hits = {self.igo_without_qid[name_key(n)] for n in [label, *others] if name_key(n) in self.igo_without_qid}
        if len(hits) == 1 and all(
            counts[name_key(n)] == 1 for n in [label, *others] if name_key(n) in self.igo_without_qid
        ):
            return hits.pop()
        return None


def read_items(path: Path) -> list[tuple[str, dict]]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return [(str(k).strip(), v) for k, v in data.items() if isinstance(v, dict)]


def build(root: Path, ref: Path) -> tuple[list[dict[str, str]], list[str]]:
    """The rows of open_igos.csv and the notes for a reviewer (curated rows given a QID)."""
    curated = Curated(ref)
    items = []
    for key, item in read_items(root / "general_list.yaml"):
        qid = _text(item.get("Wikidata_code"))
        if not QID.match(qid) or _text(item.get("Assessment_against_FATF_definition")) != "Included":
            continue
        label, others, abbrevs = _names(item)
        if label:
            items.append((key, item, qid, label, others, abbrevs))
    # how many items bear a name (one item's two spellings of a name count once)
    counts = Counter(
        k for _k, _i, _q, label, others, abbrevs in items for k in {name_key(n) for n in {label, *others, *abbrevs}}
    )
    qid_count = Counter(q for _k, _i, q, *_ in items)
    rows, notes, seen = [], [], set()
    for key, item, qid, label, others, abbrevs in items:
        if qid_count[qid] > 1 or qid in seen:
            continue  # two entries of one item: neither is trusted
        seen.add(qid)
        eid = curated.match(qid, label, others, counts)
        names = [label, *others, *abbrevs]
        if eid is None:
            # a new entity: only names no curated entity and no other item of the data set bears
            names = [n for n in names if name_key(n) not in curated.names and counts[name_key(n)] == 1]
            if not names or name_key(label) not in {name_key(n) for n in names}:
                continue
        else:
            names = [n for n in names if curated.names.get(name_key(n), {eid}) == {eid} and counts[name_key(n)] == 1]
            if eid not in curated.igo_by_qid.values():
                notes.append(f"note: curated {eid} gets {qid} ({label})")
        aliases = sorted({n for n in names if n != label}, key=lambda n: (n.casefold(), n))  # stable on ties
        rows.append(
            {
                "entity_id": eid or "",
                "label": label,
                "aliases": "|".join(aliases),
                "subtype": _subtype(item, label),
                "qid": qid,
                "country": "igo/eu" if _text(item.get("Country")).upper() == "EU" and eid != "igo/eu" else "",
                "dbpedia": "",
                "source": SOURCE.format(key=key),
            }
        )
    return assign_ids(rows, curated.ids), notes


def assign_ids(rows: list[dict[str, str]], taken: set[str]) -> list[dict[str, str]]:
    """Stable ids for the new rows: `igo/<slug of the label>`, the QID appended on a clash."""
    rows = sorted(rows, key=lambda r: (norm(r["label"]), int(r["qid"][1:])))
    used = set(taken)
    for r in rows:
        if r["entity_id"]:
            continue
        base = f"igo/{slug(r['label'])}"
        r["entity_id"] = base if base not in used else f"{base}-{r['qid'].lower()}"
        used.add(r["entity_id"])
    return sorted(rows, key=lambda r: r["entity_id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--supraverden", type=Path, required=True, help="folder holding SupraVerden's general_list.yaml")
    ap.add_argument("--reference", type=Path, default=REF, help="reference folder (default: ontology/reference)")
    args = ap.parse_args(argv)
    rows, notes = build(args.supraverden, args.reference)
    write_csv(args.reference / "open_igos.csv", COLUMNS, rows, lineterminator="\n")
    for n in notes:
        print(n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
