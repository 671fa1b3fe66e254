"""Capitalised words that look like a person's name and are something else, by how they are written:

- a file's name ("Coat Of Arms.svg", "Logo Agency.png"): a page's image or attachment, which an extension ends;
- a name right after a noun of a kind of business ("the cloud provider Hetzner", "data broker Kochava Media"): a
  company's, for a person is named after a job title, never after the kind of business; a name there followed by
  a verb with no object of its own ("the company Sarah Lee founded") is a relative clause's subject, a person;
- one word right after a German or Dutch article in lower case ("für den Datenschutz"): a noun of that language,
  unless a surname particle stands before the article ("von der Leyen");
- a name of several words after "the" (and one adjective, not "late") that is the subject of the verb right after it
  ("The new Marco Civil requires ...", "the Bronze Soldier stands ..."): a thing, for no person's name takes the
  article (a name that modifies a noun, "the Obama administration", is followed by the noun, not a verb);
- a name right after a street noun of the Romance languages ("Calle Mayor", "Rue Royale", "Via Appia"): a street
  named after a person or a thing, in an address;
- ordinary words after a title that close in an abstract noun of a remit ("the Executive Commissioner Stakeholder
  Management", "Minister of Information Communication Technology"): the office's remit, capitalised with the title;
- words right before a number ("Schedule 13", "Godesberger Allee 185", "Office 365"): a part of a document, a street
  and its house number, a product and its version, for English writes no bare number after a person's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from pipelines.nlp.lexicon import Lexicon

#: the last characters of a file's name: a dot and the extension
_FILE_NAME = re.compile(r"\.[A-Za-z0-9]{2,4}$")


def is_file_name(name: str, lex: Lexicon) -> bool:
    """The span ends in a file's extension (`lexicon.file_extensions`): "Bundeswappen.svg"."""
    m = _FILE_NAME.search(name)
    return m is not None and m.group(0)[1:].lower() in lex.file_extensions


def after_street_noun(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The word right before the span, or its first word, is a capitalised street noun of a Romance language
    (`lexicon.street_nouns`: "Calle Jorge Juan, 6"): the words name a street."""
    first = re.match(r"([A-Za-zÀ-ÿ]+)[ \t]+\S", text[start:end])
    before = re.search(r"([A-Za-zÀ-ÿ]+)[ \t]+$", text[max(0, start - 20) : start])
    return any(
        m is not None and m.group(1)[0].isupper() and m.group(1).lower() in lex.street_nouns for m in (first, before)
    )


#: blanks and a number after a span: not a year ("Smith 2019" cites a work), not a telephone number ("Jane Roe
#: 202-224-1234" names the contact)
_NUMBER_AFTER = re.compile(r"[ \t]+(?!(?:1[5-9]|20)\d\d(?!\d))\d+(?![\d.-]*\d{3}[-. ]\d{3,4})")


def before_a_number(text: str, end: int) -> bool:
    """A bare number follows the words ("Schedule 13 Other Exemptions", "Godesberger Allee 185–189", "Eskişehir
    Yolu 10.Km"): they name a numbered part of a document, a street or a product, since English sets a number after a
    person's name only as a year of a cited work or a telephone number, which are not counted here."""
    return _NUMBER_AFTER.match(text, end) is not None


def after_business_noun(text: str, start: int, lex: Lexicon) -> bool:
    """The word (or two) right before the name on its line is a singular noun of a kind of business
    (`lexicon.firm_nouns`, `lexicon.service_firm_nouns`): "the messaging app Zangi", "retailer Jumia"."""
    m = re.search(r"(?<![\w-])([a-z]+(?:[ \t][a-z]+)?)[ \t]+$", text[max(0, start - 30) : start])
    if m is None:
        return False
    nouns = lex.firm_nouns | lex.service_firm_nouns
    words = m.group(1).split()
    return words[-1] in nouns or " ".join(words) in nouns


def relative_subject(doc: Doc, span: Span) -> bool:
    """The name is followed by a verb that has no object of its own ("the company Sarah Lee founded in 2010"): a
    relative clause without its pronoun, whose object is the noun before the name, and the name its subject."""
    if span.end >= len(doc):
        return False
    verb = doc[span.end]
    if not verb.tag_.startswith("VB") or (verb.tag_ in ("VBG", "VBN") and verb.dep_ != "relcl"):
        return False
    return not any(c.dep_ in ("dobj", "obj", "attr", "ccomp", "xcomp") for c in verb.children)


#: "the", "The" and at most one lower-case word (an adjective: "the new"), right before a span
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:(?P<adj>[a-z][\w-]*)[ \t]+)?$")


def article_subject(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    """The name of two or more words follows "the" (an adjective between, not "late": "the late John Smith"; no noun:
    "the company Sarah Lee founded"; no title first: "the Earl Howe spoke") and
    the word after it is a verb ("The new Marco Civil requires"): a thing named with the article, no person."""
    span = doc.char_span(start, end, alignment_mode="expand")
    m = _ARTICLE_BEFORE.search(doc.text, max(0, start - 30), start)
    if span is None or len(span) < 2 or m is None or m.group("adj") == "late" or span.end >= len(doc):
        return False
    if span[0].lower_ in titles:
        return False
    if m.group("adj") and not (doc[span.start - 1].pos_ == "ADJ" or doc[span.start - 1].tag_ == "VBN"):
        return False  # "the company Sarah Lee founded": a noun before the name, whose relative clause it opens
    return doc[span.end].pos_ in ("VERB", "AUX")


def generation_alone(name: str) -> bool:
    """A generational suffix alone ("Jr.", "Sr."): the last word of a name, never a name ("Martin Luther King Jr."
    after the title "King")."""
    return re.fullmatch(r"(?:Jr|Sr)\.?", name.strip()) is not None


def after_foreign_article(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """One word right after a German or Dutch article in lower case (`lexicon.foreign_noun_articles`), with no
    surname particle (`lexicon.name_particles`) before the article: a noun of that language."""
    if " " in text[start:end].strip():
        return False
    m = re.search(r"(?:([A-Za-z]+)[ \t]+)?([a-z]+)[ \t]+$", text[max(0, start - 30) : start])
    if m is None or m.group(2) not in lex.foreign_noun_articles:
        return False
    return m.group(1) is None or m.group(1).lower() not in lex.name_particles


#: a day and a year, or a year, after "May" ("May 5, 2015", "May 2015"); a day before it ("5 May")
_DATE_AFTER = re.compile(r"[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)?\d{4}(?!\d)|[ \t]+\d{1,2}(?:st|nd|rd|th)?(?!\d)")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?[ \t]+$")


def month_in_date(text: str, start: int, end: int) -> bool:
    """ "May" with a day or a year ("in May 2015", "May 5", "5 May"): the month of a date, not the surname "May"
    ("Theresa May"), which English never writes with a bare number beside it."""
    if text[start:end] != "May":
        return False
    return _DATE_AFTER.match(text, end) is not None or _DAY_BEFORE.search(text[max(0, start - 8) : start]) is not None


def part_of_longer_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The words open a longer name of a company, a foundation or a school: a capitalised noun of such a name right
    after them (`lexicon.name_extending_nouns`: "Common Sense Media", "Bill Gates Foundation"), or a head noun of
    such a name in another language as their first word or right before them (`lexicon.foreign_institution_heads`:
    "Fundação Getúlio Vargas"). A person's name is neither."""
    first = text[start:end].split()[0].lower() if text[start:end].strip() else ""
    before = re.search(r"(\w+)[ \t]+$", text[max(0, start - 30) : start])
    heads = lex.foreign_institution_heads
    if first in heads or (before is not None and before.group(1).lower() in heads):
        return True
    m = re.match(r"[ \t]+([A-Z][\w.]*)", text[end : end + 30])
    return m is not None and m.group(1).lower() in lex.name_extending_nouns


def foreign_coordination(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A coordinating conjunction of another language joins the words to a capitalised word after them, or joins
    a capitalised word before them to them (`lexicon.foreign_conjunctions`: "Kementerian Perhubungan dan
    Penerangan", "Hai'at al-Ittisalat wa Tiqniyyat al-Ma`lumat"): the words are part of a name of a body or a law
    in that language. English writes two people joined with "and", and a person's name holds no such word."""
    after = re.match(r"[ \t]+(\w+)[ \t]+[A-Z]", text[end : end + 40])
    before = re.search(r"[A-Za-z][\w'`’-]*[ \t]+(\w+)[ \t]+$", text[max(0, start - 40) : start])
    return any(m is not None and m.group(1) in lex.foreign_conjunctions for m in (after, before))


#: the bounds of a sentence or a line around a span
_SENTENCE_END = re.compile(r"[.;:!?\n](?=\s)")


def series_member(text: str, start: int, end: int) -> bool:
    """Two capitalised words whose first word opens two or more other names of two words in the same sentence
    ("Golden Tax, Golden Finance, Golden Credit and Golden Discipline", "Sky Net, Sky Eye and Sky Shield"): the
    shared first word names a series of projects or products and the second word tells its members apart. People
    listed together do not share their first name (relatives share the last)."""
    words = text[start:end].split()
    if len(words) != 2 or not words[0][:1].isupper():
        return False
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    right = _SENTENCE_END.search(text, end)
    sentence = text[left : right.start() if right else min(len(text), end + 400)]
    members = re.findall(r"(?<![\w-])" + re.escape(words[0]) + r"[ \t]+[A-Z][\w-]+", sentence)
    return len(members) >= 3


def remit_words(name: str, ordinary: Callable[[str], bool], lex: Lexicon) -> bool:
    """Words after a title that name the office's remit, not its holder: two or more ordinary English words
    (`ordinary`: no surname the tables know), the last an abstract noun by its ending (`lexicon.remit_noun_endings`:
    "Stakeholder Management", "Communication Technology", "Investigation Developments"). A person's name of
    ordinary words does not close in such a noun ("George Holding", "Mark Green", "Grace Banks")."""
    low = name.lower().split()
    if len(low) < 2 or not all(w.isalpha() and ordinary(w) for w in low):
        return False
    return low[-1].removesuffix("s").endswith(tuple(lex.remit_noun_endings))
