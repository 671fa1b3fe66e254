"""Mentions in the header of a telegram found in a text: who sent it, to whom, the originating office and the
executive order it was classified under.

A telegram's header is not prose; the statistical NER reads it badly. Its lines follow conventions instead:

    FM AMEMBASSY PARIS                      -> "AMEMBASSY PARIS"   (a post: the designator with its city)
    TO SECSTATE WASHDC 5393                 -> "SECSTATE"          (a Washington agency: without WASHDC)
    INFO RUEHC/SECSTATE WASHDC PRIORITY     -> "SECSTATE"          (routing indicator and precedence dropped)
         RUEKJCS/JOINT STAFF WASHDC//J-5//     -> "JOINT STAFF"       (the office inside it, "//J-5//", dropped)
         RUEHXX/ODC ATHENS GR                  -> "ODC ATHENS"        (an office abroad: its city, not the country)
         RHMFISS/HQ USEUCOM VAIHINGEN GE       -> "USEUCOM"           (a headquarters abroad: the body it houses)
         USMISSION GENEVA                      continuation lines of the address list
         RUEHSS/OECD POSTS COLLECTIVE          (a group of posts: no mention; "OECD" is read as text)
    UNCLAS SECTION 01 OF 02 STATE 163088    -> "STATE"             (the originating office of the serial)
    STATE FOR EEB/CIP, EUR/ERA, INL         -> "STATE", "EEB/CIP", "EUR/ERA", "INL" (offices to pass it to)
    FCC FOR J SMITH AND M / JONES           -> "J SMITH", "M\\nJONES" (officers by initial, wrapped after it too)
    DEPT FOR EUR, L, S/CT, EEB              -> "DEPT", "EUR", "S/CT", "EEB" (a list of office symbols, however joined)
    E.O. 11652: N/A                         -> "E.O. 11652"        (a Law)

Addressees resolve through the telegram address table (`ontology/reference/posts.csv`, the same conventions the
cable parser and the graph use), so a header mention and the cable's sentBy/sentTo name the same entity.

- `header`: `header_mentions`, the reader of the address lines;
- `addressees`: pass lines ("X FOR offices", "PLEASE PASS") and lists of office symbols;
- `fields`: TAGS, serial, REF, markings and signature lines, `HeaderMention`, and `Header` (a parsed header's
  country TAGS and sender, for a text that is a telegram's body only);
- `prose`: embassies named the telegram way, "GO" + initial and "G" + country code government abbreviations, the
  foreign ministry's abbreviation ("MFA").
"""

from __future__ import annotations

from pipelines.nlp.telegram.addressees import PASS_LINE, pass_lines
from pipelines.nlp.telegram.fields import (
    LETTER_SPACED,
    Header,
    HeaderMention,
    cited_cables,
    markings,
    post_cities,
    serial_lines,
    signature,
    tag_codes,
    tags_lines,
)
from pipelines.nlp.telegram.header import header_mentions
from pipelines.nlp.telegram.prose import (
    MARKED_PARAGRAPH,
    coordinated_name,
    definite_government,
    department_in_prose,
    embassies_in_prose,
    government_abbreviations,
    government_codes,
    in_mixed_case_line,
    is_telegram,
    ministry_abbreviations,
)

__all__ = [
    "LETTER_SPACED",
    "MARKED_PARAGRAPH",
    "PASS_LINE",
    "Header",
    "HeaderMention",
    "cited_cables",
    "coordinated_name",
    "definite_government",
    "department_in_prose",
    "embassies_in_prose",
    "government_abbreviations",
    "government_codes",
    "in_mixed_case_line",
    "header_mentions",
    "is_telegram",
    "markings",
    "ministry_abbreviations",
    "pass_lines",
    "post_cities",
    "serial_lines",
    "signature",
    "tag_codes",
    "tags_lines",
]
