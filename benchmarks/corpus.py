"""Synthetic corpus for the benchmarks: news articles and Cablegate-style cables about data-governance policy.

Deterministic by seed: the same (seed, index) always gives the same file, so "add 1% new documents" means
writing indices that were not written before. The sentences imitate the sample corpus (`data/samples/`): real
states, agencies, laws, firms and IGOs from the reference tables (`ontology/reference/*.csv`) in sentences that
the extraction rules recognise (enacts, regulates, requires localisation, opposes, supports, leads, member of).

    python -m benchmarks.corpus OUT_DIR --docs 500 --seed 7     # writes OUT_DIR/{articles,cables,sources.yaml}
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "ontology" / "reference"

DATA_TYPES = [
    "personal data",
    "payment data",
    "health data",
    "financial data",
    "government data",
    "location data",
    "biometric data",
    "genetic data",
    "map data",
    "critical data",
    "important data",
    "traffic data",
]

#: (sending city as in telegram addresses, host state ISO code)
POSTS = [
    ("JAKARTA", "ID"),
    ("HANOI", "VN"),
    ("NEW DELHI", "IN"),
    ("MOSCOW", "RU"),
    ("BEIJING", "CN"),
    ("BRASILIA", "BR"),
    ("RIYADH", "SA"),
    ("SEOUL", "KR"),
    ("NAIROBI", "KE"),
    ("ABUJA", "NG"),
    ("ANKARA", "TR"),
    ("BRUSSELS", "BE"),
]
TAGS = ["ECON", "ETRD", "EINT", "PGOV", "PREL", "ECPS", "KIPR"]
SIGNERS = ["OKAFOR", "LINDQVIST", "MARCHETTI", "HALVORSEN", "ABERNATHY", "TANAKA", "DUARTE", "KOWALSKI"]


@dataclass(frozen=True)
class Names:
    states: list[str]
    agencies: list[str]
    laws: list[str]
    firms: list[str]
    igos: list[str]
    persons: list[str]


def _column(name: str, column: str, limit: int | None = None) -> list[str]:
    with (REFERENCE_DIR / f"{name}.csv").open(encoding="utf-8") as fh:
        rows = [row[column] for row in csv.DictReader(fh) if row.get(column)]
    return rows[:limit] if limit else rows


@lru_cache(maxsize=1)
def reference_names() -> Names:
    wanted = {"CN", "IN", "ID", "VN", "RU", "BR", "SA", "KR", "KE", "NG", "TR", "US", "JP", "DE", "FR", "GB"}
    with (REFERENCE_DIR / "countries.csv").open(encoding="utf-8") as fh:
        states = [row["name"] for row in csv.DictReader(fh) if row["iso2"] in wanted]
    return Names(
        states=states,
        agencies=_column("agencies", "label"),
        laws=_column("laws", "label"),
        firms=_column("firms", "label"),
        igos=_column("igos", "label"),
        persons=_column("persons", "label"),
    )


def _sentence(rng: random.Random, n: Names) -> str:
    s, s2 = rng.sample(n.states, 2)
    a, law, firm, igo, person = (
        rng.choice(n.agencies),
        rng.choice(n.laws),
        rng.choice(n.firms),
        rng.choice(n.igos),
        rng.choice(n.persons),
    )
    dt, dt2 = rng.sample(DATA_TYPES, 2)
    year = rng.randint(2012, 2026)
    templates = [
        f"{s} enacted the {law} in {year}.",
        f"The {law} regulates transfers of {dt} outside {s}.",
        f"The {law} requires companies to store {dt} inside {s}.",
        f"{s} requires operators to keep {dt} and {dt2} on local servers.",
        f"The {a} enforces the {law} and supervises processors of {dt}.",
        f"{firm} opposed the {law}, saying the rule would raise the cost of cloud services.",
        f"{s2} opposes data localisation rules and supports the {law}.",
        f"{person}, who leads the {a}, said the rules on {dt} would be reviewed next year.",
        f"{s} is a member of the {igo}.",
        f"Officials from the {a} met representatives of {firm} and {rng.choice(n.firms)} in {year}.",
        f"Trade officials in {s2} said the measure on {dt} could breach commitments made at the {igo}.",
        f"Analysts expect the {law} to change how firms such as {firm} handle {dt} across borders.",
        f"The ministry published a draft that would extend the localisation requirement to {dt2}.",
        f"Business groups asked for a grace period of {rng.randint(6, 36)} months before enforcement begins.",
    ]
    return rng.choice(templates)


def _paragraphs(rng: random.Random, n: Names, words: int) -> list[str]:
    paras, count = [], 0
    while count < words:
        para = " ".join(_sentence(rng, n) for _ in range(rng.randint(3, 6)))
        paras.append(para)
        count += len(para.split())
    return paras


def article_text(seed: int, index: int, words: int = 400) -> str:
    """A plain-text article (title line, date line, blank line, body) of about `words` words."""
    rng = random.Random(f"article|{seed}|{index}")
    n = reference_names()
    law, state = rng.choice(n.laws), rng.choice(n.states)
    title = f"{state} weighs new rules under the {law} (report {index})"
    date = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"{title}\n{date}\n\n" + "\n\n".join(_paragraphs(rng, n, words)) + "\n"


def cable_reference(seed: int, index: int) -> str:
    rng = random.Random(f"cable|{seed}|{index}")
    city, _ = rng.choice(POSTS)
    year = rng.randint(2005, 2026) % 100
    return f"{year:02d}{city.replace(' ', '')}{seed % 100:02d}{index:05d}"


def cable_text(seed: int, index: int, words: int = 400) -> str:
    """A Cablegate-style telegram of about `words` words, unclassified, with header, TAGS, REF and signature."""
    rng = random.Random(f"cable|{seed}|{index}")
    n = reference_names()
    city, iso = rng.choice(POSTS)
    year = rng.randint(2005, 2026) % 100
    number = f"{seed % 100:02d}{index:05d}"
    day, hour = rng.randint(1, 28), rng.randint(0, 23)
    month = rng.choice(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])
    tags = " ".join(sorted(rng.sample(TAGS, 3)) + [iso])
    law = rng.choice(n.laws)
    paras = _paragraphs(rng, n, words)
    body = "\n\n".join(f"{i}. (SBU) {p}" for i, p in enumerate(paras, 1))
    ref_city, _ = rng.choice(POSTS)
    return (
        f"VZCZCXRO{rng.randint(1000, 9999)}\n"
        f"RR RUEHDT\n"
        f"DE RUEH #{number} {rng.randint(1000000, 3650000)}\n"
        f"ZNR UUUUU ZZH\n"
        f"R {day:02d}{hour:02d}00Z {month} {year:02d}\n"
        f"FM AMEMBASSY {city}\n"
        f"TO RUEHC/SECSTATE WASHDC {rng.randint(1000, 9999)}\n"
        f"BT\n"
        f"UNCLAS {city} {number}\n\n"
        f"SENSITIVE\nSIPDIS\n\n"
        f"E.O. 13526: N/A\n"
        f"TAGS: {tags}\n"
        f"SUBJECT: {rng.choice(n.states).upper()}: NEW RULES UNDER THE {law.upper()}\n\n"
        f"REF: {year:02d} {ref_city} {rng.randint(100, 9999)}\n\n"
        f"{body}\n"
        f"{rng.choice(SIGNERS)}\n"
    )


def document_text(seed: int, index: int, words: int = 400, cable_share: float = 0.3) -> tuple[str, str]:
    """(kind, text) of document `index`: a cable for about `cable_share` of the indices, else an article."""
    is_cable = random.Random(f"kind|{seed}|{index}").random() < cable_share
    return ("cable", cable_text(seed, index, words)) if is_cable else ("article", article_text(seed, index, words))


def write_corpus(
    root: Path, docs: int, seed: int = 7, start: int = 0, words: int = 400, cable_share: float = 0.3
) -> Path:
    """Write documents `start` .. `start + docs - 1` under root/articles and root/cables, and root/sources.yaml.

    Returns the sources file. Calling it again with a higher `start` adds new documents to the same folders.
    """
    root = Path(root)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "cables").mkdir(parents=True, exist_ok=True)
    for i in range(start, start + docs):
        kind, text = document_text(seed, i, words, cable_share)
        if kind == "cable":
            path = root / "cables" / f"{cable_reference(seed, i)}.txt"
        else:
            path = root / "articles" / f"gen-{seed}-{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
    sources = root / "sources.yaml"
    sources.write_text("feeds: []\narticles:\n  - articles\ncables:\n  - cables\n", encoding="utf-8")
    return sources


def texts(docs: int, seed: int = 7, words: int = 400) -> list[str]:
    """The texts of documents 0 .. docs-1 (for benchmarks of the NLP alone)."""
    return [document_text(seed, i, words)[1] for i in range(docs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--words", type=int, default=400)
    args = parser.parse_args()
    print(write_corpus(args.out, args.docs, args.seed, args.start, args.words))


if __name__ == "__main__":
    main()
