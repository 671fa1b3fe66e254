"""Generate the open reference tables (firms and government bodies with Wikidata QIDs) from open data sets.

    python scripts/build_open_reference.py --nsi DATA/nsi --govdirectory DATA/govdirectory

Writes ontology/reference/open_firms.csv and open_agencies.csv (columns as firms.csv / agencies.csv) from copies of
public data sets (docs/open-reference-data.md says where each comes from, its commit and licence, and how to copy it):

- `--nsi`: the OpenStreetMap name-suggestion-index (github.com/osmlab/name-suggestion-index, BSD-3-Clause): the
  brand and operator files of telecom shops and operators, data centres, electronics and computer shops, banks and
  payment services. Every kept item names its Wikidata QID (`brand:wikidata` / `operator:wikidata`).
- `--govdirectory`: Govdirectory (github.com/govdirectory/website, CC0-1.0), a Wikidata-based directory of
  government bodies: the country pages list each body's QID, English label and Wikidata type, the body pages its
  English Wikipedia article.

Every QID comes from the data set; nothing is looked up. Rows whose QID, label or DBpedia name is already in a
curated table (firms, agencies, igos, laws, dpv_authorities, dpv_laws) are skipped, and so are data-protection
authorities of countries whose DPA is already in dpv_authorities.csv or agencies.csv. The output is sorted and its
entity ids are stable slugs of the labels, so a rerun on the same files gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

from tables import table_rows, write_csv

REF = Path(__file__).resolve().parent.parent / "ontology" / "reference"
COLUMNS = ["entity_id", "label", "aliases", "subtype", "qid", "country", "dbpedia", "source"]
CURATED = ["firms.csv", "agencies.csv", "igos.csv", "laws.csv", "dpv_authorities.csv", "dpv_laws.csv"]
QID = re.compile(r"^Q[1-9][0-9]*$")

NSI_SOURCE = (
    "name-suggestion-index github.com/osmlab/name-suggestion-index {path} "
    "commit c8b272ef0f882ee76c5ac8bd2912d5db4d63cf30 (2026-08-22), BSD-3-Clause"
)
GOVDIR_SOURCE = (
    "Govdirectory github.com/govdirectory/website gh-pages {path} "
    "commit f65ddc736e28b2a6b5af0a47e08c29dde50917fc (data of 2026-04-06, from Wikidata), CC0-1.0"
)


# --- helpers ------------------------------------------------------------------------------------------------------


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def norm(text: str) -> str:
    """Comparison key of a name: accents, case, punctuation and a leading "the" do not count."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


#: typographic apostrophes and single quotes, written for the ASCII apostrophe ("Children’s Fund")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})
#: the British -isation of a noun is the American -ization ("organisation", "authorisation")
_ISATION = re.compile(r"(?<=[a-z])isation(s?)\b")


def name_key(text: str) -> str:
    """`norm`, and two spellings of one English name compare equal: a typographic apostrophe is the ASCII one
    ("United Nations Children’s Fund" = "United Nations Children's Fund") and a noun's British "-isation" is
    the American "-ization" ("World Customs Organisation" = "World Customs Organization")."""
    return _ISATION.sub(r"ization\1", norm(text.translate(_APOSTROPHES)))


def read_text(path: Path) -> str:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return fh.read()
    return path.read_text(encoding="utf-8")


def find(path: Path) -> Path | None:
    """`path` or its gzipped copy."""
    for candidate in (path, path.with_name(path.name + ".gz")):
        if candidate.is_file():
            return candidate
    return None


_LATIN = re.compile(r"^[\u0020-\u024F\u1E00-\u1EFF\u2010-\u2019\u00B7]+$")


def latin(text: str) -> bool:
    return bool(text) and bool(_LATIN.match(text))


_PAREN = re.compile(r"\s*\([^()]*\)\s*$")


def clean_label(text: str) -> str:
    """ "The Norwegian Data Protection Authority" -> "Norwegian Data Protection Authority"; a trailing
    disambiguator ("Vodacom (Moçambique)", "Ministry of Commerce and Industry (India)") goes."""
    text = html.unescape(text).strip()
    text = re.sub(r"\s+", " ", text)
    text = _PAREN.sub("", text).strip() or text
    text = re.sub(r"^(?:The|the)\s+(?=[A-Z])", "", text)
    return text.strip(" ,;")


def dbpedia_name(title: str) -> str:
    """A DBpedia resource name as firms.csv writes it (Wikipedia title with underscores, `%` escapes kept for `,`
    and `&`)."""
    title = unquote(title).replace(" ", "_")
    return title.replace(",", "%2C").replace("&", "%26")


def title_of(dbpedia: str) -> str:
    return clean_label(unquote(dbpedia).replace("_", " "))


class Curated:
    """What the curated and DPV tables already hold."""

    def __init__(self, ref: Path):
        self.qids: set[str] = set()
        self.names: set[str] = set()
        self.dbpedia: set[str] = set()
        self.ids: set[str] = set()
        self.dpa_countries: set[str] = set()
        for name, r in table_rows(ref, CURATED):
            self.ids.add(r.get("entity_id", ""))
            if r.get("qid"):
                self.qids.add(r["qid"].strip())
            for n in [r.get("label", "")] + (r.get("aliases") or "").split("|"):
                if n.strip():
                    self.names.add(norm(n))
            if r.get("dbpedia"):
                self.dbpedia.add(unquote(r["dbpedia"]).lower())
            if r.get("subtype") == "DataProtectionAuthority" and (r.get("country") or "").startswith("state/"):
                cc = r["country"].split("/", 1)[1].lower()
                # national authorities only: DPV's sub-national ones are "agency/de-dpa-de-bb" etc.
                if name == "agencies.csv" or re.fullmatch(rf"agency/{cc}-(dpa-{cc}|cnil|ico|dpc)", r["entity_id"]):
                    self.dpa_countries.add(cc.upper())

    def holds(self, qid: str, names: list[str], dbpedia: str = "") -> bool:
        if qid in self.qids:
            return True
        if dbpedia and unquote(dbpedia).lower() in self.dbpedia:
            return True
        return any(norm(n) in self.names for n in names[:1])


def countries(ref: Path) -> tuple[dict[str, str], set[str]]:
    """name slug -> ISO2, and the ISO2 codes of independent states (only those are `state/XX` entities)."""
    by_name, independent = {}, set()
    with (ref / "countries.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for n in (r["name"], r["official_name"].removeprefix("the ")):
                by_name[slug(n)] = r["iso2"]
            if r["independent"] == "Yes":
                independent.add(r["iso2"])
    return by_name, independent


# --- Govdirectory: government bodies --------------------------------------------------------------------------

#: Govdirectory country folder -> ISO2, where the folder is not the country's CLDR name.
GOVDIR_COUNTRY = {
    "east-timor": "TL",
    "czech-republic": "CZ",
    "united-states": "US",
    "united-kingdom": "GB",
    "russia": "RU",
    "eswatini": "SZ",
    "european-union": "",  # EU bodies are IGO organs (igos.csv), not national agencies
}
_ROW = re.compile(
    r'<tr>\s*<td lang="[^"]*"><a href="(Q\d+)/">([^<]*)</a></td>\s*<td>.*?</td>\s*<td lang="[^"]*">([^<]*)</td>', re.S
)
_NOT_NATIONAL = re.compile(
    r"embassy|consulate|delegation|permanent mission|municipal|district|province|prefecture|regency|county|"
    r"kmetstvo|suco|inkhundla|court|police|city|federated state|canton|region|administrative post|local",
    re.I,
)
#: central banks by name (a bank data set lists some among commercial banks: they become agencies). "Central Bank
#: of India" and the "National Bank of <country>" of many countries are commercial banks, hence the exceptions.
CENTRAL_BANK = re.compile(
    r"^(?:central bank of (?!india$).+|.+ central bank|reserve bank of .+|.+ reserve bank|monetary authority of .+|"
    r"bank of (?:japan|england|canada|korea|thailand|israel|russia|ghana|uganda|tanzania|mexico|italy|spain|"
    r"portugal|greece|finland|estonia|latvia|lithuania|slovenia|albania|jamaica|namibia|botswana|zambia|"
    r"mauritius|sierra leone|guyana|papua new guinea)|banque de france|banque centrale .+|banco central .+|"
    r"banco de (?:españa|portugal|méxico|mexico)|banca d'italia|deutsche bundesbank|bundesbank|norges bank|"
    r"sveriges riksbank|riksbank|swiss national bank|de nederlandsche bank|danmarks nationalbank|"
    r"oesterreichische nationalbank|national bank of (?:belgium|poland|romania|serbia|ukraine|kazakhstan|"
    r"slovakia|hungary|georgia|moldova|north macedonia|the kyrgyz republic|cambodia|ethiopia|rwanda)|"
    r"bangko sentral ng pilipinas|federal reserve(?: system| bank of .+)?)$",
    re.I,
)
_BODY = (
    r"authority|agency|commission|commissioner|regulat|council|office|inspectorate|board|bureau|centre|center|"
    r"directorate"
)
_MINISTRY = re.compile(
    r"^(?:(?:federal |deputy |coordinating )?ministry|(?:federal )?department|undersecretariat|"
    r"federal public service)\b",
    re.I,
)
#: what a ministry must be in charge of to be kept: digital and ICT policy, telecommunications, media, technology
_MINISTRY_TOPIC = re.compile(
    r"digital|\bICT\b|information technology|information and communications?|communications?|telecommunications|"
    r"electronic|multimedia|posts|technology|innovation|\bmedia\b",
    re.I,
)
#: (subtype, name pattern) for bodies that are not ministries, in order; the first that matches wins.
GOVDIR_RULES: list[tuple[str, re.Pattern[str] | None]] = [
    ("DataProtectionAuthority", re.compile(r"data protection|privacy|personal data|information commissioner", re.I)),
    (
        "Agency",
        re.compile(
            r"cyber|information security|communications security|digital (?:government|agency|development|services)|"
            r"electronic govern|d[ée]veloppement digital|digitali[sz]ation agency|information technology services|"
            r"science and technology policy",
            re.I,
        ),
    ),
    (
        "Regulator",
        re.compile(
            rf"(?:telecom|communications|post and telecom|postal regulation|electronic media|media authority|"
            rf"agency for the media|broadcasting standards|competition|financial supervis|digital infrastructure)"
            rf".*(?:{_BODY})|(?:{_BODY}).*(?:telecom|communications|competition|electronic media|"
            rf"financial supervision|digital infrastructure)",
            re.I,
        ),
    ),
    ("Agency", None),  # central banks: CENTRAL_BANK below
]
#: bodies a pattern above catches that are outside the brief (funding bodies, state-owned operators, archives)
_GOVDIR_SKIP = re.compile(r"funding|accessible media|postal services$|customs|bioeconomy|nuclear", re.I)


def classify_govdir(name: str, type_: str) -> str | None:
    if _NOT_NATIONAL.search(type_) or _GOVDIR_SKIP.search(name) or re.search(r"chamb(er|re) de? ?commerce", name, re.I):
        return None
    if _MINISTRY.match(name):
        if not _MINISTRY_TOPIC.search(name):
            return None
        # Cyprus's "government departments" are offices inside ministries, not ministries
        return "Agency" if re.search(r"government department$", type_, re.I) else "Ministry"
    for subtype, pattern in GOVDIR_RULES:
        if pattern.search(name) if pattern else CENTRAL_BANK.search(name):
            return subtype
    return None


def govdir_candidates(root: Path, by_name: dict[str, str]) -> list[dict[str, str]]:
    """Every national body of the country pages that the rules keep: country folder, ISO2, QID, label, type."""
    out = []
    for page in sorted(root.glob("*/index.html*")):
        folder = page.parent.name
        iso2 = GOVDIR_COUNTRY.get(folder, by_name.get(folder, ""))
        if not iso2:
            continue
        for qid, name, type_ in _ROW.findall(read_text(page)):
            name, type_ = html.unescape(name).strip(), html.unescape(type_).strip()
            subtype = classify_govdir(name, type_)
            if subtype:
                out.append(
                    {"folder": folder, "iso2": iso2, "qid": qid, "name": name, "type": type_, "subtype": subtype}
                )
    return out


_WIKI = re.compile(r'href="https?://en\.wikipedia\.org/wiki/([^"#?]+)"')


def build_agencies(root: Path, curated: Curated, ref: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(rows, skipped DPAs that DPV already has: country, QID, label, for a human to merge)."""
    by_name, independent = countries(ref)
    rows, dpv_overlap = [], []
    for c in govdir_candidates(root, by_name):
        label = clean_label(c["name"])
        page = find(root / c["folder"] / c["qid"] / "index.html")
        wiki = _WIKI.search(read_text(page)) if page else None
        dbpedia = dbpedia_name(wiki.group(1)) if wiki else ""
        if c["subtype"] == "DataProtectionAuthority" and c["iso2"] in curated.dpa_countries:
            dpv_overlap.append({"country": c["iso2"], "qid": c["qid"], "label": label})
            continue
        if curated.holds(c["qid"], [label], dbpedia):
            continue
        aliases = []
        if dbpedia:
            title = title_of(dbpedia)
            if norm(title) != norm(label) and not curated.holds("", [title]):
                aliases.append(title)
        rows.append(
            {
                "entity_id": "",
                "label": label,
                "aliases": "|".join(aliases),
                "subtype": c["subtype"],
                "qid": c["qid"],
                "country": f"state/{c['iso2']}" if c["iso2"] in independent else "",
                "dbpedia": dbpedia,
                "source": GOVDIR_SOURCE.format(path=f"{c['folder']}/index.html ({c['type']})"),
            }
        )
    return rows, dpv_overlap


# --- name-suggestion-index: telecom, technology, payment and financial brands and operators --------------------

#: NSI file -> (subtype, tag that must be present as key=value, or None). Order = priority when a QID recurs.
NSI_FILES: list[tuple[str, str, tuple[str, str] | None]] = [
    ("operators/telecom/exchange", "Telecom", None),
    ("brands/shop/mobile_phone", "Telecom", None),
    ("operators/shop/mobile_phone", "Telecom", None),
    ("brands/shop/telecommunication", "Telecom", None),
    ("brands/office/telecommunication", "Telecom", None),
    ("operators/amenity/telephone", "Telecom", None),
    ("operators/internet_access/wlan", "Telecom", None),
    ("operators/man_made/mast", "Telecom", ("tower:type", "communication")),
    ("operators/man_made/street_cabinet", "Telecom", ("street_cabinet", "telecom")),
    ("operators/telecom/data_center", "Cloud", None),
    ("brands/office/it", "Technology", None),
    ("brands/shop/computer", "Technology", None),
    ("brands/shop/electronics", "Technology", None),
    ("brands/amenity/money_transfer", "Payments", None),
    ("brands/amenity/payment_centre", "Payments", None),
    ("brands/amenity/payment_terminal", "Payments", None),
    ("brands/amenity/bank", "Finance", None),
    ("brands/office/financial", "Finance", None),
    ("brands/amenity/bureau_de_change", "Finance", None),
]
#: shop names, not firm names ("Telekom Shop", "3 Store", "Vodafone Center")
_SHOPPY = re.compile(r"\b(shop|store|butiken|centre|center|point|punkt|express|self-service|kiosk|atm)\b", re.I)


def _nsi_names(tags: dict[str, str], display: str, role: str) -> tuple[str, list[str]]:
    """(label, aliases) of one NSI item for its `role` ("brand" or "operator")."""
    own = tags.get(role, "")
    english = tags.get(f"{role}:en") or (tags.get("name:en") if role == "brand" else "")
    shown = clean_label(display)
    if english and latin(english):
        label = english
    elif own and latin(own):
        label = own
        # a longer display name that contains the brand is the more specific name ("Slovak Telekom" for "Telekom")
        if latin(shown) and own in shown and len(shown) > len(own) and not _SHOPPY.search(shown):
            label = shown
    elif latin(shown):
        label = shown
    else:
        return "", []
    label = clean_label(label)
    aliases = []
    for key in (role, f"{role}:short", "official_name:en", "official_name", "alt_name", "short_name:en"):
        value = clean_label(tags.get(key, ""))
        if value and latin(value) and value != label and not _SHOPPY.search(value) and len(value) > 1:
            aliases.append(value)
    if latin(shown) and shown != label and not _SHOPPY.search(shown):
        aliases.append(shown)
    return label, aliases


def _nsi_country(location: dict, independent: set[str]) -> str:
    include = location.get("include", [])
    if len(include) == 1 and isinstance(include[0], str) and re.fullmatch(r"[a-z]{2}", include[0]):
        cc = include[0].upper()
        return cc if cc in independent else ""
    return ""


def _national(location: dict) -> bool:
    """False for items NSI scopes to sub-national areas only ("us-tx.geojson", "es-b.geojson")."""
    include = location.get("include", [])
    return any(not (isinstance(i, str) and i.endswith(".geojson")) for i in include)


def nsi_firms(root: Path, independent: set[str]) -> dict[str, dict]:
    """QID -> {labels: Counter, aliases, subtype, countries: Counter, paths}."""
    firms: dict[str, dict] = {}
    for path, subtype, required in NSI_FILES:
        src = find(root / "data" / f"{path}.json")
        if src is None:
            print(f"warning: {root}/data/{path}.json missing", file=sys.stderr)
            continue
        for item in json.loads(read_text(src))["items"]:
            tags = item.get("tags") or {}
            if required and tags.get(required[0]) != required[1]:
                continue
            if not _national(item.get("locationSet", {})):
                continue
            for role in ("brand", "operator"):
                qid = tags.get(f"{role}:wikidata", "")
                if not QID.match(qid):
                    continue
                label, aliases = _nsi_names(tags, item.get("displayName", ""), role)
                if not label:
                    continue
                f = firms.setdefault(
                    qid, {"labels": Counter(), "aliases": [], "subtype": subtype, "countries": Counter(), "paths": []}
                )
                f["labels"][label] += 1
                f["aliases"].extend(aliases)
                cc = _nsi_country(item.get("locationSet", {}), independent)
                f["countries"][cc] += 1
                if path not in f["paths"]:
                    f["paths"].append(path)
                break  # brand first: an item's operator is often a different firm (a bank running a kiosk)
    return firms


def nsi_agencies(root: Path, curated: Curated, ref: Path) -> list[dict[str, str]]:
    """Government operators of NSI (`operators/office/government`) that the Govdirectory rules keep."""
    _, independent = countries(ref)
    path = "operators/office/government"
    src = find(root / "data" / f"{path}.json")
    if src is None:
        return []
    rows, seen = [], set()
    for item in json.loads(read_text(src))["items"]:
        tags = item.get("tags") or {}
        qid = tags.get("operator:wikidata", "")
        label, aliases = _nsi_names(tags, item.get("displayName", ""), "operator")
        subtype = classify_govdir(label, "") if label else None
        if not QID.match(qid) or not subtype or qid in seen or curated.holds(qid, [label]):
            continue
        seen.add(qid)
        cc = _nsi_country(item.get("locationSet", {}), independent)
        rows.append(
            {
                "entity_id": "",
                "label": label,
                "aliases": "|".join(a for a in aliases if norm(a) != norm(label) and not curated.holds("", [a])),
                "subtype": subtype,
                "qid": qid,
                "country": f"state/{cc}" if cc else "",
                "dbpedia": "",
                "source": NSI_SOURCE.format(path=f"data/{path}.json"),
            }
        )
    return rows


def build_firms(nsi_root: Path, curated: Curated, ref: Path) -> list[dict[str, str]]:
    _, independent = countries(ref)
    nsi = nsi_firms(nsi_root, independent)
    rows = []
    for qid in sorted(nsi, key=lambda q: int(q[1:])):
        n = nsi[qid]
        # the most frequent label; among equals the longer, more specific one; then alphabetical
        label = clean_label(sorted(n["labels"].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0])
        known = [c for c in n["countries"] if c]
        # a country only when every item of the firm is scoped to that one country
        cc = known[0] if len(known) == 1 and "" not in n["countries"] else ""
        if len(label) < 2 or curated.holds(qid, [label], ""):
            continue
        seen = {norm(label)}
        kept = []
        for a in [*sorted(n["labels"]), *n["aliases"]]:
            a = clean_label(a)
            if a and norm(a) and norm(a) not in seen and not curated.holds("", [a]):
                seen.add(norm(a))
                kept.append(a)
        rows.append(
            {
                "entity_id": "",
                "label": label,
                "aliases": "|".join(kept),
                "subtype": n["subtype"],
                "qid": qid,
                "country": f"state/{cc}" if cc else "",
                "dbpedia": "",
                "source": NSI_SOURCE.format(path=", ".join(f"data/{p}.json" for p in n["paths"])),
            }
        )
    return rows


# --- ids, output ----------------------------------------------------------------------------------------------


def assign_ids(rows: list[dict[str, str]], kind: str, taken: set[str], with_country: bool) -> list[dict[str, str]]:
    """Sort rows (label, QID) and give each a stable id: `<kind>/<slug>` (agencies `agency/<cc>-<slug>`); on a
    clash the country code, then the QID, is appended."""
    rows = sorted(rows, key=lambda r: (norm(r["label"]), r["label"], int(r["qid"][1:])))
    used = set(taken)
    for r in rows:
        cc = r["country"].split("/", 1)[1].lower() if r["country"].startswith("state/") else ""
        base = f"{kind}/{cc}-{slug(r['label'])}" if with_country and cc else f"{kind}/{slug(r['label'])}"
        candidates = [base, f"{base}-{cc}" if cc and not with_country else None, f"{base}-{r['qid'].lower()}"]
        r["entity_id"] = next(c for c in candidates if c and c not in used)
        used.add(r["entity_id"])
    return sorted(rows, key=lambda r: r["entity_id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--nsi", type=Path, help="name-suggestion-index copy (folder holding LICENSE.md and data/)")
    ap.add_argument("--govdirectory", type=Path, help="Govdirectory copy (folder of <country>/index.html[.gz])")
    ap.add_argument("--reference", type=Path, default=REF, help="reference folder (default: ontology/reference)")
    ap.add_argument(
        "--list-govdirectory-pages",
        action="store_true",
        help="print the Govdirectory body pages the agency table reads (to copy them from the snapshot) and exit",
    )
    args = ap.parse_args(argv)
    ref = args.reference
    if args.list_govdirectory_pages:
        by_name, _ = countries(ref)
        for c in govdir_candidates(args.govdirectory, by_name):
            print(f"{c['folder']}/{c['qid']}/index.html")
        return 0
    if not (args.nsi or args.govdirectory):
        ap.error("give at least one data set")
    curated = Curated(ref)
    central_banks: list[dict[str, str]] = []
    if args.nsi:
        firms = build_firms(args.nsi, curated, ref)
        central_banks = [dict(r, subtype="Agency") for r in firms if CENTRAL_BANK.search(r["label"])]
        firms = [r for r in firms if not CENTRAL_BANK.search(r["label"])]
        firm_rows = assign_ids(firms, "firm", curated.ids, with_country=False)
        write_csv(ref / "open_firms.csv", COLUMNS, firm_rows, lineterminator="\n")
    if args.govdirectory or args.nsi:
        agencies, overlap = build_agencies(args.govdirectory, curated, ref) if args.govdirectory else ([], [])
        for extra in (nsi_agencies(args.nsi, curated, ref) if args.nsi else []) + central_banks:
            if extra["qid"] not in {r["qid"] for r in agencies}:
                agencies.append(extra)
        agency_rows = assign_ids(agencies, "agency", curated.ids, with_country=True)
        write_csv(ref / "open_agencies.csv", COLUMNS, agency_rows, lineterminator="\n")
        for o in overlap:
            print(f"note: DPV already lists the DPA of {o['country']}: {o['label']} ({o['qid']}) not repeated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
