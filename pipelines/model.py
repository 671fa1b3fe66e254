"""The records that flow between stages: plain, Dagster-free dataclasses.

These are the contract between `sources` (bytes -> Document), `nlp` (Document text -> Extraction) and `kg`
(Document + Extraction -> RDF quads). Every record is JSON-serialisable through `to_dict`/`from_dict` so stage
outputs can be written as JSON Lines under the run's home folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, ClassVar

#: The entity types of the ontology that extraction produces (names of classes in `pg:`).
ENTITY_TYPES = ("State", "Agency", "IGO", "Firm", "Law", "DataType", "Person")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def slugify(text: str) -> str:
    """ASCII lower-case slug: "U.S. Department of State" -> "us-department-of-state"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").replace(".", "")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def short_id(text: str, n: int = 16) -> str:
    """A deterministic id from a stable string (a canonical URL, a path, a cable reference)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def cable_doc_id(reference_id: str) -> str:
    """Cables are identified by their reference id, so a citation and the cited cable meet on one IRI."""
    return "cable-" + re.sub(r"[^A-Za-z0-9]+", "-", reference_id).strip("-").upper()


class _Record:
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]  # set by @dataclass on every subclass

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class CableRecipient:
    """One addressee of a cable: `role` is "action" or "info"; `precedence` as written (IMMEDIATE, PRIORITY...)."""

    name: str
    role: str = "action"
    precedence: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """A numbered cable paragraph: offsets into the cable's `body` (end exclusive)."""

    number: str | None
    classification: str | None
    start: int
    end: int


@dataclass(frozen=True)
class CableRecord(_Record):
    """The header facts and body of one diplomatic telegram, whatever format it came in.

    `date` is ISO 8601 UTC ("1975-07-03T18:55:00Z") from the date-time group when there is one.
    `tags_subject` are subject TAGS (EAGR, ECON, PREL...), `tags_country` country TAGS as written (FIPS 10-4
    style: JA, CH, BR); mapping them to states is the graph layer's job. `references` are cable ids
    ("07STATE12345") this cable cites. `body` is the text after the header; `paragraphs` index into it.
    """

    format: str  # "cablegate-text" | "cablegate-html" | "frus-tei" | "dfat-md" | ...
    reference_id: str | None
    date: str | None
    sender: str | None
    recipients: tuple[CableRecipient, ...] = ()
    classification: str | None = None
    declassification: str | None = None
    precedence: str | None = None
    tags_subject: tuple[str, ...] = ()
    tags_country: tuple[str, ...] = ()
    subject: str | None = None
    references: tuple[str, ...] = ()
    signed_by: str | None = None
    body: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CableRecord:
        d = dict(d)
        d["recipients"] = tuple(CableRecipient(**r) for r in d.get("recipients", ()))
        d["paragraphs"] = tuple(Paragraph(**p) for p in d.get("paragraphs", ()))
        for key in ("tags_subject", "tags_country", "references", "warnings"):
            d[key] = tuple(d.get(key, ()))
        return cls(**d)


@dataclass(frozen=True)
class RawDocument(_Record):
    """Bytes as fetched or read, before any parsing. `sha256` names the archived copy."""

    uri: str  # canonical URL, or file URI of a local file
    kind: str  # "article" | "cable" | "feed"
    sha256: str
    media_type: str | None = None
    fetched_at: str | None = None  # ISO 8601 UTC
    feed: str | None = None  # the feed URL an article came from

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RawDocument:
        return cls(**d)


@dataclass(frozen=True)
class Document(_Record):
    """Clean text plus metadata. `doc_id` is stable across versions (derived from the canonical URI or the cable
    reference id); `version` is the sha256 of the raw bytes, so a changed article keeps its id and replaces its
    named graph."""

    doc_id: str
    kind: str  # "article" | "cable"
    uri: str
    version: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    language: str | None = None
    author: str | None = None
    cable: CableRecord | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        if d.get("cable") is not None:
            d["cable"] = CableRecord.from_dict(d["cable"])
        return cls(**d)


@dataclass(frozen=True)
class ExtractionFailure:
    """A document the NLP pipeline could not read: which component failed and why. The extraction stage
    quarantines it; the other documents of the batch go on."""

    doc_id: str
    version: str
    reason: str


@dataclass(frozen=True)
class Mention(_Record):
    """A typed span of a document's text. `entity_id` is the canonical key the mention resolved to
    (e.g. "state/US", "law/gdpr", "agency/us-department-of-state"); `qid` the Wikidata item when linked."""

    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    entity_id: str
    label: str  # canonical label of the entity
    qid: str | None = None
    confidence: float = 1.0
    source: str = "ner"  # which extractor produced it: "ner", "ruler", "abbrev", ...

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(**d)


@dataclass(frozen=True)
class Relation(_Record):
    """A relation as one sentence states it: `head`/`tail` index into the extraction's mentions; the sentence span
    is the provenance. `type` is an extraction name of `pipelines.vocabulary`; `source` the pattern that found it;
    `confidence` its calibrated precision. `polarity` (asserted, negated, denied) and `modality` (stated, hedged,
    conditional, proposed) say how the sentence states it; `fact` is true for an asserted, stated relation at or
    above the extractor's fact threshold (only those reach the facts graph)."""

    head: int
    tail: int
    type: str
    sentence_start: int
    sentence_end: int
    confidence: float = 0.5
    source: str = "pattern"
    polarity: str = "asserted"
    modality: str = "stated"
    fact: bool = True

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relation:
        return cls(**d)


@dataclass(frozen=True)
class ReportedCable(_Record):
    """A cable known only because a document describes it ("a State Department cable signed by Secretary Rubio on
    February 18 instructs ..."). `signer`/`sender` index into the extraction's mentions; `date` is ISO."""

    sentence_start: int
    sentence_end: int
    date: str | None = None
    signer: int | None = None
    sender: int | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ReportedCable:
        return cls(**d)


@dataclass(frozen=True)
class Extraction(_Record):
    """What the NLP stage found in one document version. `extractor` names the extractor and its version;
    `language` is the language detected (paragraphs in another language than English are not read)."""

    doc_id: str
    version: str
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    extractor: str = ""
    reported_cables: tuple[ReportedCable, ...] = ()
    language: str | None = None  # detected: the language of most of the text ("en" when the text is too short)
    english_read: bool = True  # false when no paragraph of the text is English: the pipeline did not run on it

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extraction:
        return cls(
            doc_id=d["doc_id"],
            version=d["version"],
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
            relations=tuple(Relation.from_dict(r) for r in d.get("relations", ())),
            extractor=d.get("extractor", ""),
            reported_cables=tuple(ReportedCable.from_dict(c) for c in d.get("reported_cables", ())),
            language=d.get("language"),
            english_read=d.get("english_read", True),
        )


@dataclass
class Entity(_Record):
    """A resolved real-world entity: one IRI per `entity_id`. Identifiers link it to other data sets."""

    entity_id: str
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)
    qid: str | None = None
    geonames: str | None = None
    iso2: str | None = None
    iso3: str | None = None
    fips: str | None = None
    dpv: str | None = None  # IRI of the DPV term or law/authority
    dbpedia: str | None = None
    celex: str | None = None
    eli: str | None = None
    country: str | None = None  # entity_id of the state an agency or law belongs to (e.g. "state/US")
