"""Generate the open person table (heads of state and government, and ministers of foreign affairs, justice, trade
and digital/ICT portfolios, with Wikidata QIDs) from open data sets.

    python scripts/build_open_persons.py --epscrapers DATA/every-politician-scrapers

Writes ontology/reference/open_persons.csv (columns as persons.csv) from copies of files of the public
every-politician-scrapers repositories (github.com/every-politician-scrapers, the successor of EveryPolitician):
results of SPARQL queries against Wikidata, committed by their scheduled jobs. docs/open-reference-data.md says which
files, at which commits, how to copy them, and what their licence position is. The files are read from
`DATA/<repo>/<commit>/<path>`; `--list-files` prints the `<repo> <commit> <path>` lines to copy.

- `world-leaders-2021` `data/wikidata.csv`, three snapshots (2021, 2022, 2024): the holders of each state's
  head-of-state and head-of-government offices (Wikidata P1906 / P1313) current at the time, with the officeholder's
  QID.
- `world` `sources/foreign/wikidata.csv` (2023): the current minister of foreign affairs of each state.
- one cabinet repository per country (64 states): `html/holders21.csv`, every holder since 2000 of the positions the
  repository follows (head of state and government, ministers, judges, ambassadors ...), with the holder's QID;
  `wikidata/wanted-positions.csv` and `wikidata/xtra-positions.csv` (position title -> position QID),
  `html/positions.csv` (the position's jurisdiction) and `meta.json` (the country).

Kept: heads of state and government (position QID among the head-of-state / head-of-government offices of the
world-leaders snapshots, or a plain national title such as "Prime Minister"); cabinet-level ministers whose
portfolio names foreign affairs, justice, trade/commerce or digital/ICT/telecommunications (junior, deputy, shadow
and judicial posts are not); heads of data-protection and telecom regulators where a repository follows them.
Every QID comes from the data set; nothing is looked up. Rows whose QID or name is already in persons.csv are
skipped; names of one word, in a non-Latin script, in lower case, or a bare QID are left out. The output is sorted
and the ids are slugs of the labels (with the birth year, else the country, on a clash), so a rerun on the same files
gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tables import write_csv

REF = Path(__file__).resolve().parent.parent / "ontology" / "reference"
COLUMNS = ["entity_id", "label", "aliases", "qid", "country", "source"]
QID = re.compile(r"^Q[1-9][0-9]*$")
LICENCE = "Wikidata query results, CC0-1.0 (Wikidata's licence; the repository itself states none)"

# --- the pinned data sets ------------------------------------------------------------------------------------

#: repository -> [(commit, date of the commit)]
WORLD_LEADERS = (
    "world-leaders-2021",
    "data/wikidata.csv",
    [
        ("48023e8ead848caba77286d693576d27ed82e420", "2021-09-06"),
        ("be7039cf5952d8121c4f1e24eea64cc5dd465633", "2022-10-09"),
        ("85a38819b0b80b36a3469e16afef46c80a7a7a79", "2024-10-23"),  # branch data-update
    ],
)
FOREIGN = ("world", "sources/foreign/wikidata.csv", [("4a3b394d9a35d26d138cded8718d0805b7ce9336", "2023-01-10")])
#: one repository per country: the newest commit of its default branch in the snapshot taken
CABINETS: dict[str, tuple[str, str]] = {
    "argentina-ministers": ("98105f511ea6ad6c9730e979190909cf34d9343b", "2022-07-26"),
    "australia-cabinet": ("4c35a6ef087d076eb343b6177814574b2d6e43b8", "2022-07-30"),
    "austria-cabinet": ("d8d29777ec6abe3e2adfb82f5c308e944fb8f8a9", "2022-08-03"),
    "bangladesh-ministers": ("9bf8dcec085888ba0a57f9073a0d504b74c33441", "2022-07-23"),
    "belarus-ministers": ("3edd7c7cbcba709c6165f7df09653dcbf50c7712", "2022-08-03"),
    "belgium-cabinet": ("a1420fcaec8b2c2966eebb13f352b95725d3785b", "2022-07-23"),
    "brazil-ministers": ("de58065b42edc0c0f310185ffda9174540e9af5f", "2022-07-23"),
    "bulgaria-cabinet": ("2068236a3e5af84bd30f347afe86bcc089d6fd5d", "2022-07-26"),
    "canada-cabinet": ("3b3f0da86ca64c7e3ce6d0f073ed66612885d06f", "2022-07-25"),
    "chile-ministers": ("412eb050c5f72daf9c0f31b6482c61180501c83a", "2022-07-29"),
    "china-ministers": ("300341654d57cd10776238bae41c89b6ea315276", "2022-07-23"),
    "croatia-ministers": ("6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3", "2022-07-25"),
    "cyprus-cabinet": ("5fcbf4d37e23e62f820666403beb77e72c2f9916", "2022-08-02"),
    "czech-ministers": ("1e53f23f9405feacef64241294c342ab8eca0319", "2022-07-23"),
    "denmark-cabinet": ("1599847eacdd27202c9b84387407cef25458f309", "2022-07-30"),
    "egypt-ministers": ("f3820a30ce92a8557e3503202fed731e9d91275c", "2022-08-03"),
    "estonia": ("27ed68480fd69b680a523eab604b6ccf26ed4332", "2022-07-23"),
    "finland-cabinet": ("56412ba38703d3181b5dd5675b8410b95f6a5487", "2022-07-31"),
    "france-cabinet": ("7ff37baf3297a83711c90ac84b1d3b2ecb50a541", "2022-07-23"),
    "ghana-ministers": ("6301043ab47efa25fa0c944b6a4b523ea5a2eebe", "2022-07-22"),
    "greece-cabinet": ("34bf1d17b4c2afa95e6063f93742e53f3d4c7454", "2022-07-22"),
    "hungary-cabinet": ("aee95092e592403fee7a5d87f0d6b8eeeda1e9ca", "2022-07-24"),
    "india-ministers": ("66f344bbf207d35eaa3225edf5584ae0bb164fe8", "2022-07-23"),
    "indonesia-ministers": ("66eaaf57191eff7e9d28eea926358bf83d443114", "2022-07-31"),
    "iran-ministers": ("a8e7c2fb16372b8b77a09303ae27d46a9ea21e67", "2022-07-25"),
    "ireland-ministers": ("562aee81a3802e59acc4cf21c8fce6a8ca35f76e", "2022-07-22"),
    "israel-ministers": ("81da8707e865df568c7ba8b0b89bf95e7ffd4ae1", "2022-07-30"),
    "italy-ministers": ("4f9e038f62f3c71f737fd7e30a4e35df1686f4eb", "2022-07-23"),
    "japan-ministers": ("8ba3cb1992bee87f5b8dc566da87db2be8550a1a", "2022-07-24"),
    "kazakhstan-cabinet": ("caf651f97dc0efed4955887c17fd6fadcdf7b111", "2022-07-25"),
    "kenya": ("845fa144b1aa18652748624528d836b81e51b7d0", "2022-08-03"),
    "latvia-cabinet": ("5f141542ec29a0fa0dc91c29ee2b3d695b7d1e45", "2022-07-31"),
    "lithuania": ("2743892fbc8f4eca6fc0b2ead37936dc8d5229d9", "2022-08-03"),
    "luxembourg-cabinet": ("7b920a2e507deea1887539f7ebb4fea0db43e7da", "2022-07-23"),
    "malaysia-ministers": ("bab25025f0c68e7c1c623e0ee7e4888032550e16", "2022-07-23"),
    "malta-ministers": ("4cba0680d5436b0befc248615f230087fbd45be4", "2022-07-29"),
    "mexico-ministers": ("87f5ae7dc992a800173a7c9de53ccbe25661dc61", "2022-07-25"),
    "netherlands-cabinet": ("a542323a663b1a7232e6f8e4843eda1f019a8705", "2022-08-03"),
    "new-zealand-cabinet": ("dbf5f248a1d55fc1a111112bc904c8e7e8e26950", "2022-08-01"),
    "nigeria": ("1f5d4aad9ba42a810e353d0d7b4378fedc4429e6", "2022-07-24"),
    "norway-cabinet": ("c0bc52971dac1a8734320e298a714903adae5b83", "2022-07-30"),
    "pakistan-ministers": ("065accdb5d8d693e89c0bc559862c10f66d443d1", "2022-08-02"),
    "philippines-ministers": ("1f396f9a8c2e3397cfe392fca350c8943aa1d5f5", "2022-07-30"),
    "poland-cabinet": ("c6b228df3eed6e9ba89f02bf424f870a66ea47a6", "2022-07-22"),
    "portugal-cabinet": ("49dd0287a8d715a217ba067c04d574b2632864af", "2022-08-02"),
    "romania-cabinet": ("63e9c5d352fa9a477e708ecc2ac4523af9534cfe", "2022-08-03"),
    "russia-cabinet": ("3871831d9846a16c5017acc229e003ab706202ab", "2022-08-03"),
    "saudi-ministers": ("566c58806bee4d91167f3dcbd19abbb596e65497", "2022-07-26"),
    "singapore-ministers": ("7c68317a86e9ab14712685cc12d6e2afc028d410", "2022-07-30"),
    "slovakia-cabinet": ("db4bf5310f557452cd6140a61739d4103c35debf", "2022-08-03"),
    "slovenia-cabinet": ("7a1dca9809cba7fb945c7a21154edf494d043879", "2022-08-03"),
    "south-africa-cabinet": ("0558a872c69856bba752bd3b8b3604e4e4479252", "2022-07-30"),
    "south-korea-ministers": ("6f17960017c672790f0997885e5b2ff5937305de", "2022-08-03"),
    "spain-ministers": ("1e1550ca85af4c39b71e6a462fead133849fe078", "2022-07-23"),
    "sri-lanka-cabinet": ("a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee", "2022-07-25"),
    "sweden-cabinet": ("6756a7c9de57d94b64628365d3715a344c3ad9a7", "2022-07-23"),
    "swiss-federal-council": ("7cb72efe7f83e593d6be64fa649c993c5042e49c", "2022-08-03"),
    "taiwan": ("45c981ac5a15e4bdacfda83f77a64d275156ca4b", "2023-01-11"),
    "turkey-ministers": ("288fbd45ee3fa59f8a226437bf43d726c9845f4f", "2022-08-03"),
    "uae-ministers": ("9478e53b0ada6f31a1877fddb499f33207efa368", "2022-07-30"),
    "ukraine-cabinet": ("4fc6ab0f4d90d6170b674172a115f1bc98478e4b", "2022-07-23"),
    "united-kingdom-cabinet": ("3a5ec686630cbefc0fe4b96da38a2a50b52d2556", "2022-07-23"),
    "us-cabinet": ("0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600", "2022-08-03"),
    "vietnam": ("906e493fe5ae307bf6184baa4fa9e48d75f9866d", "2022-07-22"),
}
#: the files read from each cabinet repository (bio.csv only where holders21.csv has no DOB column)
CABINET_FILES = [
    "meta.json",
    "html/holders21.csv",
    "html/positions.csv",
    "html/bio.csv",
    "wikidata/wanted-positions.csv",
    "wikidata/xtra-positions.csv",
]
OPTIONAL_FILES = {"html/positions.csv", "html/bio.csv", "wikidata/xtra-positions.csv"}


def all_files() -> list[tuple[str, str, str]]:
    """(repo, commit, path) of every file the build reads."""
    out = []
    for repo, path, commits in (WORLD_LEADERS, FOREIGN):
        out += [(repo, commit, path) for commit, _ in commits]
    for repo, (commit, _) in sorted(CABINETS.items()):
        out += [(repo, commit, path) for path in CABINET_FILES]
    return out


# --- helpers ------------------------------------------------------------------------------------------------


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


_LATIN = re.compile(r"^[\u0020-\u024F\u02B0-\u02FF\u1E00-\u1EFF\u2010-\u2019]+$")


#: lower-case name particles ("Bashar al-Assad", "Daniel arap Moi", "Pere Aragonès i Garcia", "Ursula von der Leyen")
_PARTICLE = re.compile(
    r"^(?:al|el|ash|as|ad|ar|at|an|az|abu|bin|binti|bint|ibn|ben|ould|arap|d|l|de|da|do|das|dos|del|della|di|du|van|"
    r"von|der|den|ter|zu|af|la|le|y|i|e|á|of|the)(?:$|[-'’])"
)


def good_name(name: str) -> bool:
    """A person's name worth linking: Latin script, at least two words, each capitalised or a name particle, not a
    bare QID (a label in lower case is, in these data, a vandalised Wikidata label)."""
    name = name.strip()
    if not name or QID.match(name) or not _LATIN.match(name):
        return False
    words = [w for w in re.split(r"\s+", name) if w]
    if len([w for w in re.split(r"[\s-]+", name) if w]) < 2:
        return False
    return all(w[0].isupper() or not w[0].isalpha() or _PARTICLE.match(w) for w in words)


def tokens(name: str) -> set[str]:
    return {t for t in norm(name).split() if len(t) > 2}


def clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


def enwiki_title(title: str) -> str:
    """An English Wikipedia title as a name: "Jacques Chirac (politician)" -> "Jacques Chirac"."""
    return clean_name(re.sub(r"\s*\([^()]*\)\s*$", "", title.replace("_", " ")))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def year(date: str) -> int | None:
    m = re.match(r"^(\d{3,4})", date or "")
    return int(m.group(1)) if m else None


# --- roles ----------------------------------------------------------------------------------------------------

HOSG = "head of state or government"
#: national titles of heads of state or government, where the position QID is not among the world-leaders offices
_HOSG_TITLE = re.compile(
    r"^(?:President|Prime Minister|Premier|Premier of the State Council|Federal Chancellor|Taoiseach|"
    r"President of the Government|President of the Swiss Confederation|Monarch|King|Queen|Emperor|Emir|Sultan)$",
    re.I,
)
#: posts that are not the minister in charge (junior, deputy, shadow, judicial, diplomatic, spokespeople ...)
_NOT_MINISTER = re.compile(
    r"\bdeputy\b(?! prime minister)|\bvice\b|assistant|assisting|state secretary|minister of state|under-?secretary|"
    r"parliamentary|spokes|shadow|director|chief justice|^(?:associate |senior )?justices? of|supreme court|\bcourt\b|"
    r"judge|ambassador|permanent representative|intelligence|social justice|chancellor of justice|fair trade|"
    r"internal trade|domestic trade|white house|chamber|attorney general|\bpress\b|presidential communications|"
    # the Foreign Secretary of India, Pakistan ... is the ministry's senior civil servant
    r"^foreign secretary\b",
    re.I,
)
#: (portfolio, title pattern), first match wins
_PORTFOLIOS: list[tuple[str, re.Pattern[str]]] = [
    ("trade", re.compile(r"foreign trade(?!.*foreign affairs)", re.I)),
    (
        "foreign affairs",
        re.compile(
            r"foreign|external affairs|external relations|international relations|"
            r"^secretary of state$",
            re.I,
        ),
    ),
    ("justice", re.compile(r"\bjustice\b", re.I)),
    ("trade", re.compile(r"\btrade\b|\bcommerce\b", re.I)),
    (
        "digital and ICT",
        re.compile(
            r"digital|information technology|\bICT\b|communications?\b|telecommunications?|informati[sz]ation|"
            r"cyber|\bposts\b|multimedia",
            re.I,
        ),
    ),
]
#: position QIDs of ministers in charge whose title names no portfolio: the US Attorney General heads the
#: Department of Justice (elsewhere an attorney general is often a law officer, not the minister: left out)
_EXTRA_PORTFOLIO = {"Q636207": "justice"}
#: heads of data-protection and telecom regulators (any position the repository follows)
_REGULATOR = re.compile(
    r"privacy commissioner|information commissioner|data protection|communications commission|"
    r"telecommunications? regulat|\bofcom\b",
    re.I,
)


def minister_portfolio(title: str, qid: str, label: str = "") -> str | None:
    """The portfolio of a minister in charge, from the repository's title of the post and Wikidata's label of it
    (either may be the telling one: "Federal Minister of European and International Affairs" is labelled "Federal
    Minister of Foreign Affairs of Austria"; the title "Minister of Foreign Affairs" of India's repository is the
    post Wikidata labels "Foreign Secretary of India"). A junior or non-ministerial post by either name is not kept."""
    if qid in _EXTRA_PORTFOLIO:
        return _EXTRA_PORTFOLIO[qid]
    names = [n for n in (title, label) if n]
    if any(_NOT_MINISTER.search(n) for n in names):
        return None
    for name in names:
        for portfolio, pattern in _PORTFOLIOS:
            if pattern.search(name):
                return portfolio
    return None


# --- records --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    repo: str
    path: str
    commit: str
    date: str


@dataclass
class Person:
    qid: str
    names: Counter = field(default_factory=Counter)  # name -> how many records give it
    listed: set[str] = field(default_factory=set)  # names a cabinet repository or the foreign-minister list gives
    enwiki: set[str] = field(default_factory=set)
    births: set[int] = field(default_factory=set)
    countries: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # kind -> ISO2 codes
    roles: dict[Source, set[str]] = field(default_factory=lambda: defaultdict(set))
    confirmed: bool = False  # some record is not a stale open-ended term


#: states with limited recognition kept although countries.csv does not list them as independent (they have no
#: `state/XX` entity, so their leaders' rows have no country)
LIMITED_RECOGNITION = {"Q1246": "Kosovo", "Q219060": "State of Palestine"}


class Countries:
    """Wikidata QID of a state -> ISO2, and which ISO2 codes are independent states (`state/XX` entities)."""

    #: QIDs the data sets use for a state whose countries.csv QID is another item
    ALIASES = {"Q55": "NL", "Q756617": "DK"}

    def __init__(self, ref: Path):
        self.by_qid = dict(self.ALIASES)
        self.independent = set()
        for r in read_csv(ref / "countries.csv"):
            if r["qid"]:
                self.by_qid.setdefault(r["qid"], r["iso2"])
            if r["independent"] == "Yes":
                self.independent.add(r["iso2"])

    def same(self, jurisdiction: str, country: str) -> bool:
        """Whether a post's jurisdiction is the country (none given, the same item, or the same state: the Kingdom of
        the Netherlands and the Netherlands)."""
        if not jurisdiction or jurisdiction == country:
            return True
        cc = self.by_qid.get(jurisdiction)
        return bool(cc) and cc == self.by_qid.get(country)

    def iso2(self, qid: str) -> str:
        cc = self.by_qid.get(qid, "")
        return cc if cc in self.independent else ""


class Build:
    def __init__(self, root: Path, ref: Path):
        self.root = root
        self.countries = Countries(ref)
        self.people: dict[str, Person] = {}
        self.hosg_positions: set[str] = set()
        self.dropped: Counter = Counter()
        self.unnamed: list[str] = []

    def file(self, repo: str, commit: str, path: str) -> Path:
        return self.root / repo / commit / path

    def person(self, qid: str) -> Person:
        return self.people.setdefault(qid, Person(qid))

    def note(self, qid: str, name: str, role: str, source: Source, country_qid: str, kind: str, **extra) -> None:
        if not QID.match(qid or ""):
            self.dropped["no QID"] += 1
            return
        p = self.person(qid)
        p.confirmed = p.confirmed or not extra.get("weak")
        name = clean_name(name or "")
        if name and not QID.match(name):
            p.names[name] += 1
            if kind != "leaders":
                p.listed.add(name)
        p.roles[source].add(role)
        cc = self.countries.iso2(country_qid)
        if cc:
            p.countries[kind].add(cc)
        if extra.get("birth"):
            p.births.add(extra["birth"])
        if extra.get("enwiki"):
            p.enwiki.add(extra["enwiki"])

    # world-leaders-2021: heads of state and government --------------------------------------------------------

    def world_leaders(self) -> None:
        repo, path, commits = WORLD_LEADERS
        for commit, date in commits:
            rows = read_csv(self.file(repo, commit, path))
            src = Source(repo, path, commit, date)
            open_starts: dict[str, list[int]] = defaultdict(list)
            for r in rows:
                self.hosg_positions.add(r["position"])
                if not r.get("end_year") and year(r.get("start_year", "")):
                    open_starts[r["position"]].append(int(r["start_year"]))
            for r in rows:
                start, end = year(r.get("start_year", "")), year(r.get("end_year", ""))
                if end is not None and end < 2000:
                    continue
                if start is None or start < 1940:  # statements of medieval kings on today's office
                    self.dropped["world-leaders: start before 1940 or none"] += 1
                    continue
                country = r.get("countryid") or r.get("country", "")
                if not self.countries.iso2(country) and country not in LIMITED_RECOGNITION:
                    self.dropped["world-leaders: not an independent state (Abkhazia, Somaliland, SADR ...)"] += 1
                    continue
                # an older holder with no end date while a later one holds the office: the end date is missing.
                # Before 2000 the term is out of scope; after, it is kept only if another record confirms the person.
                stale = end is None and start < max(open_starts[r["position"]])
                if stale and start < 2000:
                    self.dropped["world-leaders: open-ended term from before 2000 superseded"] += 1
                    continue
                self.note(
                    r["officeholder"],
                    r.get("officeholderLabel") or r.get("officeholderItemLabel", ""),
                    "{} ({})".format(
                        r.get("positionLabel") or r.get("positionItemLabel"),
                        r.get("country") or r.get("countryItemLabel"),
                    ),
                    src,
                    country,
                    "leaders",
                    weak=stale,
                )

    # world: current ministers of foreign affairs -----------------------------------------------------------------

    def foreign_ministers(self) -> None:
        repo, path, commits = FOREIGN
        for commit, date in commits:
            src = Source(repo, path, commit, date)
            for r in read_csv(self.file(repo, commit, path)):
                if not r["person"]:
                    continue
                if not self.countries.iso2(r["country"]):
                    # sub-national "foreign" portfolios (Scotland, Quebec, Catalonia, the Faroes ...)
                    self.dropped["foreign: not a state's minister"] += 1
                    continue
                if minister_portfolio(r["positionLabel"], r["position"]) != "foreign affairs":
                    self.dropped["foreign: not the minister (deputy ...)"] += 1
                    continue
                self.note(
                    r["person"], r["name"], f"{r['positionLabel']} ({r['countryLabel']})", src, r["country"], "foreign"
                )

    # the country cabinet repositories ----------------------------------------------------------------------------

    def cabinets(self) -> None:
        for repo, (commit, date) in sorted(CABINETS.items()):
            base = self.root / repo / commit
            missing = [p for p in CABINET_FILES if p not in OPTIONAL_FILES and not (base / p).is_file()]
            if missing:
                raise SystemExit(f"{repo}: missing {', '.join(missing)} under {base}")
            country = json.loads((base / "meta.json").read_text(encoding="utf-8"))["jurisdiction"]["id"]
            wanted = {r["title"]: r["position"] for r in read_csv(base / "wikidata/wanted-positions.csv")}
            xtra = (
                {r["title"]: r["position"] for r in read_csv(base / "wikidata/xtra-positions.csv")}
                if (base / "wikidata/xtra-positions.csv").is_file()
                else {}
            )
            positions = (
                {r["id"]: r for r in read_csv(base / "html/positions.csv")}
                if (base / "html/positions.csv").is_file()
                else {}
            )
            births = (
                {r["id"]: year(r.get("dob", "")) for r in read_csv(base / "html/bio.csv")}
                if (base / "html/bio.csv").is_file()
                else {}
            )
            src = Source(repo, "html/holders21.csv", commit, date)
            for r in read_csv(base / "html/holders21.csv"):
                title = r["position"]
                role = None
                if title in wanted:
                    pos = wanted[title]
                    info = positions.get(pos, {})
                    if not self.countries.same(info.get("jurisdiction", ""), country):
                        continue  # a sub-national or other jurisdiction's post
                    if pos in self.hosg_positions or _HOSG_TITLE.match(title):
                        role = HOSG
                    else:
                        role = minister_portfolio(title, pos, info.get("position", ""))
                        if role and not minister_portfolio(title, pos):
                            title = f"{title} ({info['position']})"  # the post as Wikidata names it
                if role is None and (title in wanted or title in xtra) and _REGULATOR.search(title):
                    role = "regulator"
                if role is None:
                    continue
                self.note(
                    r["personID"],
                    r["person"],
                    title,
                    src,
                    country,
                    "cabinet",
                    birth=year(r.get("DOB", "")) or births.get(r["personID"]),
                    enwiki=r.get("enwiki", ""),
                )

    # rows ----------------------------------------------------------------------------------------------------------

    def rows(self, curated: Curated) -> list[dict[str, str]]:
        rows = []
        for qid in sorted(self.people, key=lambda q: int(q[1:])):
            p = self.people[qid]
            if not p.confirmed:
                self.dropped["only a superseded open-ended term, confirmed by no other record"] += 1
                continue
            titles = {norm(enwiki_title(t)) for t in p.enwiki}
            # the label: the English Wikipedia title if a record gives it, else the name most records give, else
            # the shorter (the full legal name is the longer)
            names = [
                n
                for n, _ in sorted(
                    p.names.items(), key=lambda kv: (norm(kv[0]) not in titles, -kv[1], len(kv[0]), kv[0])
                )
                if good_name(n)
            ]
            if not names:
                self.dropped["no usable name (one word, non-Latin or missing)"] += 1
                self.unnamed.append(f"{qid} {'/'.join(sorted(p.names))}")
                continue
            label = names[0]
            if qid in curated.qids or norm(label) in curated.names:
                self.dropped["already in persons.csv"] += 1
                continue
            seen, aliases = {norm(label)}, []
            # other spellings: those of the cabinet repositories, the foreign-minister list and Wikipedia, and a
            # world-leaders label only if two snapshots give it (one-off labels there include vandalised ones);
            # each must share a word with the label
            others = [n for n in names[1:] if n in p.listed or p.names[n] >= 2]
            for a in others + sorted(enwiki_title(t) for t in p.enwiki):
                if good_name(a) and norm(a) not in seen and norm(a) not in curated.names and tokens(a) & tokens(label):
                    seen.add(norm(a))
                    aliases.append(a)
            cc = ""
            for kind in ("cabinet", "leaders", "foreign"):
                if len(p.countries.get(kind, ())) == 1:
                    cc = next(iter(p.countries[kind]))
                    break
            rows.append(
                {
                    "entity_id": "",
                    "label": label,
                    "aliases": "|".join(aliases),
                    "qid": qid,
                    "country": f"state/{cc}" if cc else "",
                    "source": source_text(p),
                    "_birth": str(min(p.births)) if p.births else "",
                }
            )
        return rows


def source_text(p: Person) -> str:
    """Which files, at which commits, say so, and as what."""
    by_file: dict[tuple[str, str], list[tuple[str, str, set[str]]]] = defaultdict(list)
    for s, roles in p.roles.items():
        by_file[(s.repo, s.path)].append((s.commit, s.date, roles))
    parts = []
    for (repo, path), items in sorted(by_file.items()):
        items.sort(key=lambda i: i[1])
        roles = sorted(set().union(*(i[2] for i in items)))
        commits = ", ".join(f"{c} ({d})" for c, d, _ in items)
        parts.append(
            f"github.com/every-politician-scrapers/{repo} {path} commit{'s' if len(items) > 1 else ''} {commits}: "
            + "; ".join(roles)
        )
    return "every-politician-scrapers " + " | ".join(parts) + f"; {LICENCE}"


class Curated:
    """QIDs and names (labels and aliases) of persons.csv."""

    def __init__(self, ref: Path):
        self.qids: set[str] = set()
        self.names: set[str] = set()
        self.ids: set[str] = set()
        path = ref / "persons.csv"
        if path.is_file():
            for r in read_csv(path):
                self.ids.add(r["entity_id"])
                if r.get("qid"):
                    self.qids.add(r["qid"])
                for n in [r["label"], *(r.get("aliases") or "").split("|")]:
                    if n.strip():
                        self.names.add(norm(n))


def assign_ids(rows: list[dict[str, str]], taken: set[str]) -> list[dict[str, str]]:
    """`person/<slug of the label>`; where two rows share it, each gets the birth year, else the country code,
    else the QID appended."""
    rows = sorted(rows, key=lambda r: (norm(r["label"]), r["label"], int(r["qid"][1:])))
    base_count = Counter(f"person/{slug(r['label'])}" for r in rows)
    used = set(taken)
    for r in rows:
        base = f"person/{slug(r['label'])}"
        cc = r["country"].split("/", 1)[1].lower() if r["country"] else ""
        shared = base_count[base] > 1 or base in taken
        candidates = (
            [f"{base}-{r['_birth']}" if r["_birth"] else None, f"{base}-{cc}" if cc else None] if shared else [base]
        )
        candidates.append(f"{base}-{r['qid'].lower()}")
        r["entity_id"] = next(c for c in candidates if c and c not in used)
        used.add(r["entity_id"])
    for r in rows:
        del r["_birth"]
    return sorted(rows, key=lambda r: r["entity_id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument(
        "--epscrapers", type=Path, help="copy of the every-politician-scrapers files (DATA/<repo>/<commit>/<path>)"
    )
    ap.add_argument("--reference", type=Path, default=REF, help="reference folder (default: ontology/reference)")
    ap.add_argument(
        "--list-files", action="store_true", help="print '<repo> <commit> <path>' of every file read, and exit"
    )
    ap.add_argument("--verbose", action="store_true", help="list the persons left out for want of a usable name")
    args = ap.parse_args(argv)
    if args.list_files:
        for repo, commit, path in all_files():
            print(repo, commit, path)
        return 0
    if not args.epscrapers:
        ap.error("give --epscrapers")
    build = Build(args.epscrapers, args.reference)
    build.world_leaders()  # first: it names the head-of-state and head-of-government offices
    build.foreign_ministers()
    build.cabinets()
    curated = Curated(args.reference)
    rows = assign_ids(build.rows(curated), curated.ids)
    write_csv(args.reference / "open_persons.csv", COLUMNS, rows, lineterminator="\n")
    for reason, n in sorted(build.dropped.items()):
        print(f"note: {n} left out: {reason}", file=sys.stderr)
    if args.verbose:
        for u in build.unnamed:
            print(f"note: no usable name: {u}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
