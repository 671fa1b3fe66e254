"""The US telegram grammar shared by Cablegate/PlusD text, Cablegate pages and FRUS telegrams.

A telegram reads: routing lines, the DTG line ("O 151856Z JAN 08"), "FM ...", "TO ..." and "INFO ..." blocks,
a classification/serial line ("C O N F I D E N T I A L BRASILIA 000093"), then "E.O. ...", "TAGS: ...",
"SUBJECT: ...", "REF: ...", "Classified By: ...", numbered paragraphs and a signature. Real cables bend every
rule (lines run together, fields missing, typos), so each field is found on its own and the body starts after
the last header field that was found.

The modules, by field: `header` (the reader that runs the field readers in telegram order: `parse_telegram_text`),
`markings` (precedence, classification, serial, E.O., Classified By), `addresses` (FM, TO, INFO), `subject`
(SUBJECT and TAGS), `references` (REF), `layout` (field keywords, paragraphs, page breaks), `signature`.
"""

from .addresses import is_office_block_line, parse_recipient
from .header import HeaderHints, HeaderReader, parse_telegram_text
from .layout import find_paragraphs
from .markings import CLASSIFICATION_WORDS, PRECEDENCES, classification_level, normalise_classification
from .references import ReferenceContext, normalise_reference, split_reference_items
from .signature import find_signature

__all__ = [
    "CLASSIFICATION_WORDS",
    "PRECEDENCES",
    "HeaderHints",
    "HeaderReader",
    "ReferenceContext",
    "classification_level",
    "find_paragraphs",
    "find_signature",
    "is_office_block_line",
    "normalise_classification",
    "normalise_reference",
    "parse_recipient",
    "parse_telegram_text",
    "split_reference_items",
]
