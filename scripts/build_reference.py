"""Generate the project's reference tables from public data sets.

    python scripts/build_reference.py ../shared/data/reference/country-codes.csv [../shared/data/dpv/dpv_legal.csv]

Writes ontology/reference/countries.csv (one row per ISO 3166-1 country or territory) and capitals.csv (capital
-> ISO2, independent states only) from github.com/datasets/country-codes `data/country-codes.csv` (ODC Public
Domain Dedication and Licence); with the DPV legal CSV also dpv_laws.csv and dpv_authorities.csv (W3C DPV 2.3).
The generated tables are committed; the pipeline never reads the sources at run time.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

from tables import write_csv

OUT = Path(__file__).resolve().parent.parent / "ontology" / "reference" / "countries.csv"
COLUMNS = [
    "iso2",
    "iso3",
    "numeric",
    "fips",
    "geonames",
    "qid",
    "name",
    "official_name",
    "capital",
    "independent",
    "source",
]
SOURCE = "datasets/country-codes data/country-codes.csv (ODC-PDDL)"
#: Where the CLDR display name is an abbreviation, the readable short name is used as the label.
NAME_OVERRIDES = {"US": "United States", "GB": "United Kingdom"}


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
                    "name": NAME_OVERRIDES.get(iso2) or (r["CLDR display name"] or r["official_name_en"]).strip(),
                    "official_name": (r["UNTERM English Formal"] or r["official_name_en"]).strip(),
                    "independent": r["is_independent"].strip(),
                    "source": SOURCE,
                }
            )
    rows.sort(key=lambda row: row["iso2"])
    return rows


# --- DPV laws and authorities, capitals ------------------------------------------------------------------------
# The DPV legal module (W3C DPV 2.3, dpv_legal.csv) lists laws and data protection authorities with IRIs. We turn
# them into reference rows so the resolver links them; curated rows in laws.csv win where both name one law
# (same DPV IRI). Entity ids are "law/<cc>-<term>" and "agency/<cc>-<term>", from the DPV term and module.
DPV_SOURCE = "W3C DPV 2.3 legal module (dpv_legal.csv), W3C Document License"
LAW_COLUMNS = ["entity_id", "label", "aliases", "subtype", "qid", "country", "celex", "eli", "dpv", "dbpedia", "source"]
AUTHORITY_COLUMNS = ["entity_id", "label", "aliases", "subtype", "qid", "country", "dbpedia", "source"]
_PAREN = re.compile(r"\s*\(([^()]*)\)")


def _country_of(vocab: str) -> str:
    cc = vocab.removeprefix("legal-").upper()
    if cc == "EU":
        return "igo/eu"
    return f"state/{'GB' if cc == 'UK' else cc}"


def _is_alias(a: str) -> bool:
    """Abbreviations and citations ("BDSG", "Act No. 57 of 2003"), not words ("Privacy" in "Personal Data
    (Privacy) Ordinance") or glosses ("state data protection law - LDSG")."""
    upper = sum(ch.isupper() for ch in a)
    return len(a) > 2 and a[0].isupper() and (upper >= 2 or any(ch.isdigit() for ch in a)) and " - " not in a


def _split_label(label: str) -> tuple[str, list[str]]:
    """ "Federal Data Protection Act (BDSG)" -> ("Federal Data Protection Act", ["BDSG"]); a parenthesis that is
    part of the name stays ("Personal Data (Privacy) Ordinance")."""
    aliases = [m.group(1).strip() for m in _PAREN.finditer(label) if _is_alias(m.group(1).strip())]
    base = _PAREN.sub(lambda m: "" if _is_alias(m.group(1).strip()) else m.group(0), label).strip()
    return base, aliases


def build_dpv(
    src: Path, curated_laws: Path, curated_agencies: Path | None = None
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    curated_dpv = set()
    if curated_laws.exists():
        with curated_laws.open(newline="", encoding="utf-8") as fh:
            curated_dpv = {r["dpv"] for r in csv.DictReader(fh) if r.get("dpv")}
    # a country's authority curated in agencies.csv keeps its id: DPV's row only adds its names to it
    curated_dpa = {}
    if curated_agencies is not None and curated_agencies.exists():
        with curated_agencies.open(newline="", encoding="utf-8") as fh:
            curated_dpa = {
                r["country"]: r["entity_id"] for r in csv.DictReader(fh) if r["subtype"] == "DataProtectionAuthority"
            }
    laws, authorities = [], []
    with src.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            iri, term, vocab = r["iri"], r["term"], r["vocab"]
            base, aliases = _split_label(r["label"])
            country = _country_of(vocab)
            cc = vocab.removeprefix("legal-")
            key = re.sub(r"^(law|DPA)-", "", term)
            if term.startswith("DPA-") and country == "igo/eu":
                continue  # EU bodies (EDPB, EDPS) are IGO organs: curated in igos.csv
            if term.startswith("DPA-"):
                if base.lower() in ("data protection authority", "supervisory authority"):
                    # DPV labels many authorities generically; the abbreviation is the distinctive name
                    base = aliases[0] if aliases else f"{base} ({cc.upper()})"
                authorities.append(
                    {
                        "entity_id": curated_dpa.get(country, f"agency/{cc}-dpa-{slug(key)}"),
                        "label": base,
                        "aliases": "|".join(aliases),
                        "subtype": "DataProtectionAuthority",
                        "qid": "",
                        "country": country,
                        "dbpedia": "",
                        "source": DPV_SOURCE + f" <{iri}>",
                    }
                )
            elif r["dpvtype"].endswith(("#Law", "#AdequacyDecision")) and iri not in curated_dpv:
                laws.append(
                    {
                        "entity_id": f"law/{cc}-{slug(key)}",
                        "label": base,
                        "aliases": "|".join(aliases),
                        "subtype": "AdequacyDecision" if "Adequacy" in r["dpvtype"] else "Act",
                        "qid": "",
                        "country": country,
                        "celex": "",
                        "eli": "",
                        "dpv": iri,
                        "dbpedia": "",
                        "source": DPV_SOURCE,
                    }
                )
    return laws, authorities


def build_capitals(src: Path) -> list[dict[str, str]]:
    rows = []
    with src.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            iso2, capital = (r["ISO3166-1-Alpha-2"] or "").strip(), (r["Capital"] or "").strip()
            if iso2 and capital and r["is_independent"].strip() == "Yes":
                rows.append({"capital": capital, "iso2": iso2, "source": SOURCE})
    return sorted(rows, key=lambda row: row["capital"])


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    rows = build(Path(argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    write_csv(OUT, COLUMNS, rows)
    write_csv(OUT.parent / "capitals.csv", ["capital", "iso2", "source"], build_capitals(Path(argv[1])))
    if len(argv) == 3:
        laws, authorities = build_dpv(Path(argv[2]), OUT.parent / "laws.csv", OUT.parent / "agencies.csv")
        write_csv(OUT.parent / "dpv_laws.csv", LAW_COLUMNS, laws)
        write_csv(OUT.parent / "dpv_authorities.csv", AUTHORITY_COLUMNS, authorities)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
