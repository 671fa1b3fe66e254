"""What a probe sentence gives through the public extractor: the helpers the NLP tests share."""

from __future__ import annotations

from pipelines.nlp.extract import Extractor


def mentions(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    """(type, text) of every mention the extractor finds in the text."""
    return {(m.type, m.text) for m in extractor.extract("t", "v", text).mentions}


def of_type(extractor: Extractor, text: str, type_: str) -> set[str]:
    """The texts of the mentions of one type."""
    return {t for ty, t in mentions(extractor, text) if ty == type_}


def fact_pairs(extractor: Extractor, text: str, relation: str) -> set[tuple[str, str]]:
    """(head text, tail text) of the relations of one type the graph would hold as facts (stated, asserted and
    above the confidence threshold)."""
    x = extractor.extract("d", "v", text)
    return {(x.mentions[r.head].text, x.mentions[r.tail].text) for r in x.relations if r.type == relation and r.fact}


def any_pairs(extractor: Extractor, text: str, relation: str) -> set[tuple[str, str]]:
    """(head text, tail text) of every relation of one type the extractor reads, facts or not."""
    x = extractor.extract("d", "v", text)
    return {(x.mentions[r.head].text, x.mentions[r.tail].text) for r in x.relations if r.type == relation}
