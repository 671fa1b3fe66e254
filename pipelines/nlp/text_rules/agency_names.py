"""How English names a government body where the sentence's grammar does not settle it:

- an infobox field whose label says a body fills it holds the body's whole name ("- Passedbody2: House");
- an office's title names a person's post, not the body, after a rank word, a person's name, a verb of heading or in
  a Position field ("Raymond D'Aoust, Assistant Privacy Commissioner"; "headed by the Information Commissioner");
- a body's initials stand for it where the document uses them undefined ("DCMS" for the Department for Digital,
  Culture, Media and Sport);
- a body named after an intergovernmental organisation is its organ ("ASEAN Secretariat", "Committee of Ministers
  of the Council of Europe");
- labels that are no names: a term quoted in a definitions clause, an abbreviation opening a document's number;
- an official name stating its remit "in the sphere of" keeps it ("Federal Service for Supervision in the Sphere
  of Telecom, ...").

Pure functions over the text; the vocabulary is in `patterns/lexicon.yaml` (`infobox_body_fields`,
`post_rank_words`, `post_field_labels`, `post_head_verbs`, `office_heads`, `igo_heads`, `agency_heads`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.org_words import union_scrutiny_committee

#: an infobox line: a bullet, a field label (words, an optional running number), a colon, the value to the line end
_INFOBOX_LINE = re.compile(
    r"(?m)^[-*•][ \t]*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)[ \t]*\d*:[ \t]*(?P<value>[^\n]*?)[ \t]*$"
)
#: the words of a value: capitalised words, connectors, commas
_VALUE_WORD = re.compile(r"[^\s,]+")


def _label_key(label: str) -> str:
    """A field label without case, spaces and running number: "Enacted By2", "Passedbody1" -> "enactedby",
    "passedbody"."""
    return re.sub(r"[^a-z]", "", label.lower())


def _reads_as_name(value: str, lex: Lexicon) -> bool:
    """A body's name fills the whole value: it starts and ends with a capitalised word, every word is capitalised
    or a name's connector ("of", "and", "the"), and no number or parenthesis stands in it ("93rd", "(PL-SP)")."""
    if not value or re.search(r"[\d()\[\]:;/]", value):
        return False
    words = _VALUE_WORD.findall(value)
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in lex.name_connectors for w in words)


def find_infobox_bodies(text: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> list[Cand]:
    """An infobox field whose label says a body fills it ("Passedbody", "Committees", "Parent Agency",
    "Administered By") holds one body's whole name as its value: "- Agreedbody3: Federal Senate",
    "- Passedbody2: House", "- Committees: Senate Homeland Security and Governmental Affairs". The value is the
    name as the tables type it, intergovernmental with an IGO cue word, a state's body otherwise; a value that is a
    state, a person or a law the tables know is left to them."""
    fields = {_label_key(f) for f in lex.infobox_body_fields}
    out = []
    for m in _INFOBOX_LINE.finditer(text):
        value = m.group("value")
        if _label_key(m.group("label")) not in fields or not _reads_as_name(value, lex):
            continue
        known = type_of(value)
        if known is not None and known not in ("Agency", "IGO"):
            continue
        words = {w.lower() for w in _VALUE_WORD.findall(value)}
        kind = known or ("IGO" if words & lex.igo_cues else "Agency")
        out.append(Cand.of(m.start("value"), m.end("value"), kind, "infobox-body"))
    return out


#: an infobox field label before a value ("- Chief1 Position: "), and any words of the value before the title
_FIELD_BEFORE = re.compile(r"[-*•][ \t]*(?P<label>[A-Za-z][A-Za-z0-9 ]{1,30}?):[ \t]")


#: a capitalised rank word right before a title ("Deputy Assistant " before "U.S. Trade Representative")
_RANK_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")


def office_title_is_post(text: str, start: int, end: int, lex: Lexicon, person_ends: frozenset[int]) -> bool:
    """An office's title ("... Commissioner") names a post a person holds, not the body, when a rank word opens it
    ("Assistant Privacy Commissioner", "Deputy Commissioner": an office has one commissioner and several
    assistants), when it stands in apposition right after a person's name ("Elizabeth Denham, Assistant ...";
    `person_ends`: where the document's people's names end), after a verb of heading ("headed by the Australian
    Information Commissioner": the head of a body is a person), or as the value of an infobox field for a post
    ("- Chief1 Position: Freedom of Information Commissioner"); and a title that names a post whatever precedes it
    ("British High Commissioner", `post_titles`)."""
    words = [re.sub(r"['’]s?$", "", w.lower()) for w in text[start:end].split()]
    if any(" ".join(words).endswith(title) for title in lex.post_titles):
        return True  # "the British High Commissioner" (the mission is the High Commission), "the Chef de Cabinet"
    rank_before = _RANK_BEFORE.search(text, max(0, start - 30), start)
    ranked = bool(words) and (
        words[0] in lex.post_rank_words or bool(rank_before and rank_before.group(1).lower() in lex.post_rank_words)
    )
    if ranked and words[-1] in lex.office_heads | lex.person_titles:
        return True  # "Deputy Assistant U.S. Trade Representative", "Assistant Privacy Commissioner"
    if not words or words[-1] not in lex.office_heads:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    field = _FIELD_BEFORE.match(before)
    if field is not None:
        key = _label_key(field.group("label"))
        return any(key.endswith(_label_key(f)) for f in lex.post_field_labels)
    comma = re.search(r",[ \t]+$", before)
    if comma is not None and line_start + comma.start() in person_ends:
        return True
    verb = re.search(r"\b([a-z]+)\s+by\s+(?:the\s+)?$", before)
    return verb is not None and verb.group(1) in lex.post_head_verbs


#: a name's words, hyphenated words kept whole ("Attorney-General")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def name_words(name: str) -> list[str]:
    """A name's words, hyphenated words kept whole."""
    return _NAME_WORD.findall(name)


def capitalised_words(words: list[str], lex: Lexicon) -> list[str]:
    """The capitalised words of a name, its connectors ("of", "and", "for") left out: the words initials are made
    of."""
    return [w for w in words if w[:1].isupper() and w.lower() not in lex.name_connectors]


def agency_initialisms(name: str, lex: Lexicon) -> set[str]:
    """The short forms English makes of a body's name from the initials of its capitalised words: all of them
    ("Department for Science, Innovation and Technology": DSIT), without the head noun that opens it ("Department
    for Digital, Culture, Media and Sport": DCMS), or without the state the name ends in ("Office of the Privacy
    Commissioner of Canada": OPC). Three letters at least; a name of fewer than three capitalised words has none but a
    ministry's or a department's that spells its "of" (`_of_initialisms`: "Ministry of Communications": MOC)."""
    words = name_words(name)
    caps = capitalised_words(words, lex)
    of_forms = _of_initialisms(name, words, caps, lex)
    if len(caps) < 3:
        return of_forms
    forms = {"".join(w[0] for w in caps)} | of_forms
    if caps[0].lower() in lex.agency_heads:
        forms.add("".join(w[0] for w in caps[1:]))
    of_state = re.search(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$", name)
    if of_state is not None:
        forms |= agency_initialisms(name[: of_state.start()], lex) if len(caps) > 3 else set()
    return {f for f in forms if len(f) >= 3}


def _of_initialisms(name: str, words: list[str], caps: list[str], lex: Lexicon) -> set[str]:
    """A ministry's or a department's short form spells the "of" after its head ("Ministry of Communications": MOC,
    "Department of Justice": DOJ, "Ministry of the Interior": MOI), with or without the state the name ends in
    ("Ministry of Foreign Affairs of Iraq": MOFA). Three letters at least, so a name of two words has one too."""
    if len(words) < 3 or len(caps) < 2 or words[1] != "of" or words[0].lower() not in lex.of_initial_heads:
        return set()
    rest = caps[1:]
    of_state = re.search(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$", name)
    forms = {caps[0][0] + "O" + "".join(w[0] for w in rest)}
    if of_state is not None and of_state.start() > len(words[0]) + 3:
        inner = [w for w in _NAME_WORD.findall(name[: of_state.start()])[2:] if w[:1].isupper()]
        inner = [w for w in inner if w.lower() not in lex.name_connectors]
        if inner:
            forms.add(caps[0][0] + "O" + "".join(w[0] for w in inner))
    return {f for f in forms if len(f) >= 3 and f.isalpha() and f.isupper()}


#: "of" and an optional article before a complement of a body's name ("... of the Council of Europe")
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def names_igo_organ(name: str, lex: Lexicon, type_of: Callable[[str], str | None]) -> bool:
    """A body named after an intergovernmental organisation is one of its organs, itself intergovernmental: the
    organisation's name or abbreviation before an organ's head ("EFTA Secretariat", "NATO Parliamentary Assembly",
    "OECD Ministerial Council"), or as a whole "of" complement that ends the name ("Committee of Ministers of the
    Council of Europe"). A national body's name says its state instead."""
    words = name.split()
    if len(words) < 2 or union_scrutiny_committee([w.lower() for w in words], lex.union_scrutiny_words, lex.igo_heads):
        return False
    if words[-1].lower() in lex.igo_heads and any(
        type_of(" ".join(words[:k])) == "IGO" for k in (1, 2, 3) if k < len(words)
    ):
        return True
    flat = " ".join(words)
    return any(type_of(flat[m.end() :]) == "IGO" for m in _OF.finditer(flat))


def organ_short_names(name: str, type_of: Callable[[str], str | None]) -> set[str]:
    """What a document later calls an organ it named with its organisation: the name without the organisation's
    name before it ("NATO Parliamentary Assembly": "Parliamentary Assembly") or without the "of" complement naming
    it ("Committee of Ministers of the Council of Europe": "Committee of Ministers")."""
    words = name.split()
    out = {" ".join(words[k:]) for k in (1, 2, 3) if k < len(words) - 1 and type_of(" ".join(words[:k])) == "IGO"}
    flat = " ".join(words)
    out |= {flat[: m.start()] for m in _OF.finditer(flat) if type_of(flat[m.end() :]) == "IGO"}
    return {x for x in out if len(x.split()) >= 2}


#: a closing quote and the verb of a legal definition after a defined term ("“Appeal Committee” means ...")
_DEFINES_AFTER = re.compile(r"[”\"][ \t]*(?:means|shall mean|refers to|has the meaning)\b")


def defined_term(text: str, start: int, end: int) -> bool:
    """A statute's definitions clause quotes the term it defines and gives the body after "means" ("“Appellate
    Tribunal” means the Telecom Disputes Settlement and Appellate Tribunal ..."): the quoted term is a label the
    law uses, not the body's name."""
    return text[start - 1 : start] in ("“", '"') and _DEFINES_AFTER.match(text, end) is not None


#: an article opening a sentence before a name
_ARTICLE = re.compile(r"(?:The|This|That|An?)[ \t]+")
#: a hyphen and a number right after a body's abbreviation: a docket or file number ("USTR-2020-0037")
_NUMBER_AFTER = re.compile(r"-(?:[A-Z]+-)*\d")


def document_number_prefix(text: str, end: int) -> bool:
    """A body's abbreviation joined by a hyphen to a number is the prefix of a document's number ("Docket Number
    USTR-2020-0037", "FTC-2023-0041"): an identifier, not a mention of the body."""
    return _NUMBER_AFTER.match(text, end) is not None


#: a body's name with its remit said "in the sphere (field, area) of" a list of capitalised domains
_REMIT_NAME = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w-]*[ \t]+){0,3}(?P<head>[A-Z][a-z]+)[ \t]+(?:for|of|on)[ \t]+"
    r"[A-Z][\w-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]*)*"
    r"[ \t]+in[ \t]+the[ \t]+(?:[Ss]phere|[Ff]ield|[Aa]rea|[Dd]omain)s?[ \t]+of[ \t]+"
    r"[A-Z][\w-]*(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)[A-Z][\w-]*)*)"
)


def find_remit_names(text: str, lex: Lexicon) -> list[Cand]:
    """Official names translated from Russian and other languages state a body's remit with "in the sphere (field)
    of" and a list of domains, all part of the name: "Federal Service for Supervision in the Sphere of Telecom,
    Information Technologies and Mass Communications". The name's head is a body's head noun."""
    out = []
    for m in _REMIT_NAME.finditer(text):
        if m.group("head").lower() not in lex.agency_heads:
            continue
        start = m.start("name")
        article = _ARTICLE.match(text, start)
        if article is not None:
            start = article.end()
        out.append(Cand.of(start, m.end("name"), "Agency", "remit-name"))
    return out
