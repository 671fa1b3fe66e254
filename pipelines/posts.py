"""Cable addressees ("AMEMBASSY BRASILIA", "SECSTATE WASHDC") -> typed posts and agencies.

An embassy is a post of the sending state (pg:partOf) located in the host state (pg:locatedIn). The address
conventions are a data file (`ontology/reference/posts.csv`); host states come from
`ontology/reference/capitals.csv`, and country TAGS (FIPS 10-4 style) map through the `fips` column of
`countries.csv`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pipelines.model import slugify
from pipelines.paths import REFERENCE_DIR

_AGENCY_WORDS = ("DEPARTMENT", "MINISTRY", "MINISTER", "OFFICE", "GOVERNMENT")


@dataclass(frozen=True)
class Post:
    entity_id: str
    type: str  # "DiplomaticPost" | "Agency"
    label: str
    sending_state: str | None = None  # entity id, e.g. "state/US"
    host_state: str | None = None


class PostResolver:
    def __init__(self, reference_dir: Path = REFERENCE_DIR):
        self.reference_dir = reference_dir
        self._resolved: dict[str, Post] = {}  # addressee as written -> its post (a corpus names a few hundred)

    @cached_property
    def _countries(self) -> list[dict[str, str]]:
        with (self.reference_dir / "countries.csv").open(newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    @cached_property
    def _by_fips(self) -> dict[str, str]:
        return {r["fips"].upper(): r["iso2"] for r in self._countries if r["fips"]}

    @cached_property
    def _by_capital(self) -> dict[str, str]:
        with (self.reference_dir / "capitals.csv").open(newline="", encoding="utf-8") as fh:
            return {r["capital"].upper(): r["iso2"] for r in csv.DictReader(fh)}

    @cached_property
    def _rules(self) -> list[dict[str, str]]:
        with (self.reference_dir / "posts.csv").open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        return sorted(rows, key=lambda r: -len(r["prefix"]))  # longest prefix first

    def state_for_fips(self, code: str) -> str | None:
        iso2 = self._by_fips.get(code.upper())
        return f"state/{iso2}" if iso2 else None

    def resolve(self, name: str) -> Post:
        """Resolve an addressee as written in a cable header (once per name: a cable's link to its posts and the
        cables graph's description of them both ask, and batches repeat the same few posts)."""
        found = self._resolved.get(name)
        if found is None:
            found = self._resolved[name] = self._resolve(name)
        return found

    def _resolve(self, name: str) -> Post:
        text = " ".join(name.split()).upper()
        for rule in self._rules:
            prefix = rule["prefix"].upper()
            if text == prefix or text.startswith(prefix + " "):
                place = text[len(prefix) :].strip()
                sending = f"state/{rule['sending_state']}" if rule["sending_state"] else None
                if rule["entity_id"]:
                    return Post(rule["entity_id"], rule["type"], rule["label"], sending)
                label = rule["label"].format(place=place.title()).strip()
                host = self._by_capital.get(place.split(",")[0].strip())
                return Post("post/" + slugify(label), rule["type"], label, sending, f"state/{host}" if host else None)
        label = " ".join(name.split())
        if any(word in text for word in _AGENCY_WORDS):
            return Post("agency/" + slugify(label), "Agency", label)
        return Post("post/" + slugify(label), "DiplomaticPost", label)
