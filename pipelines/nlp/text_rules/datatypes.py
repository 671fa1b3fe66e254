"""Data-type phrases found in the raw text: modifiers ending in a data head noun, with at least one core modifier;
and whether a title-case phrase is a word of a proper name instead."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.safeguard_means import guarding_credential
from pipelines.nlp.text_rules.words import word_after

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
_DT_STOP_AFTER = {
    "infrastructure",
    "technology",
    "technologies",
    "security",
    "systems",
    "system",
    "center",
    "centers",
    "centre",
    "centres",
    "broker",
    "brokers",
    "flow",
    "flows",
}
# a capitalised word (not at a sentence start), "of"/"the"/"and" of a title, or a state's abbreviation with full stops
# ("U.S. Sensitive Personal Data") right before a capitalised phrase
_NAME_BEFORE = re.compile(
    r"(?:[^.!?:;\s]\s+[A-Z][\w-]*|\b[A-Z][\w-]*\s+(?:of|the|and|for|on)\s+(?:the\s+)?|[^\w.][A-Z]\.(?:[A-Z]\.)+)\s*$"
)
#: a capitalised word after a phrase on the same line: the phrase goes on as a name ("Personal Data Protection")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_STATE_PREFIX = re.compile(r"(?:U\.S\.|US|EU|UK|U\.K\.)\s+$")


#: the privative prefix: "non-educational records" are records of no kind the core word names
_PRIVATIVE = "non"


def _dt_core(word: str, lex: Lexicon) -> bool:
    """A core modifier of a data type, or a hyphenated word with one among its parts ("health-related"), unless
    the word denies it ("non-educational": what the data are not names no kind)."""
    w = word.lower().replace("’", "'")
    parts = w.split("-")
    if len(parts) > 1 and parts[0] == _PRIVATIVE:
        return w in lex.datatype_core
    return w in lex.datatype_core or any(p in lex.datatype_core for p in parts)


def find_datatypes(text: str, lex: Lexicon) -> list[Cand]:
    """Data-type phrases: modifiers ending in a head noun, with at least one core modifier ("bulk sensitive
    personal data", "precise geolocation information", "sensitive and personally identifiable data")."""
    words = list(_WORD.finditer(text))
    out: list[Cand] = []
    for idx, m in enumerate(words):
        if m.group(0).lower() not in lex.datatype_heads:
            continue
        if (
            idx + 1 < len(words)
            and words[idx + 1].group(0).lower() in _DT_STOP_AFTER | lex.datatype_name_followers
            and text[m.end() : words[idx + 1].start()].strip() == ""
        ):
            continue
        mods = _modifiers_before(text, words, idx, lex)
        # "and"/"or" only between two modifiers
        if any(x.group(0).lower() in ("and", "or") for x in mods[-1:]):
            continue
        core = [x for x in mods if _dt_core(x.group(0), lex)]
        core += [
            a for a, b in zip(mods, mods[1:], strict=False) if f"{a.group(0)} {b.group(0)}".lower() in lex.datatype_core
        ]
        if not core:
            continue
        start = mods[0].start()
        if mods[0].group(0).lower().startswith("government") and (
            prefix := _STATE_PREFIX.search(text[max(0, start - 6) : start])
        ):
            start -= len(prefix.group(0))
        out.append(Cand.of(start, m.end(), "DataType", "datatype-grammar"))
    return out


def _modifiers_before(text: str, words: list[re.Match], idx: int, lex: Lexicon) -> list[re.Match]:
    """The modifiers right before the head noun at `idx` (core words, two-word core phrases, extra words), up to a
    possessor, a gap or a second data type, without the words a data type does not start with; "and" or "or" join
    only two kinds of data ("health and financial data", not "the individual and personal data")."""
    j = idx
    mods: list[re.Match] = []
    while j > 0:
        prev = words[j - 1]
        gap = text[prev.end() : words[j].start()]
        if gap.strip() != "":
            break
        pw = prev.group(0).lower().replace("’", "'")
        if pw.endswith("'") or (pw.endswith("'s") and pw not in lex.datatype_core):
            break  # a possessor ("Americans' data") is not part of the data type
        if (
            j - 2 >= 0
            and f"{words[j - 2].group(0).lower()} {pw}" in lex.datatype_core
            and text[words[j - 2].end() : prev.start()].strip() == ""
        ):
            mods[:0] = [words[j - 2], prev]
            j -= 2
            continue
        if pw in ("and", "or") and j - 2 >= 0 and words[j - 2].group(0).lower() in lex.datatype_heads:
            break  # "health records and bank account details": two data types, not one
        if pw in ("and", "or") and (j - 2 < 0 or not _dt_core(words[j - 2].group(0), lex)):
            break  # "the individual and personal data": only a kind of data coordinates with a kind of data
        if _dt_core(pw, lex) or pw in lex.datatype_extra:
            mods.insert(0, prev)
            j -= 1
            continue
        break
    while mods and mods[0].group(0).lower() in lex.datatype_no_start:
        mods.pop(0)
    return mods


def inside_title(text: str, start: int, end: int) -> bool:
    """A title-case phrase after a capitalised word, an abbreviation with full stops ("U.S.") or a title's
    "of"/"the", or before a capitalised word on its line, is a word of a proper name ("My Health Record",
    "Protection of Personal Data", "Committee (JPC) on Personal Data Protection", "Preventing Access to U.S.
    Sensitive Personal Data"), not a data type; all-caps telegram text is not title case. So is a phrase in capitals
    after a connector in capitals on a line of mixed case (`_caps_title_in_prose`)."""
    phrase = text[start:end]
    if _caps_title_in_prose(text, start, end):
        return True
    if phrase.isupper() or not phrase.istitle():
        return False
    return _NAME_BEFORE.search(text[max(0, start - 30) : start]) is not None or _NAME_AFTER.match(text, end) is not None


#: a title's connector in capitals right before a phrase ("... N 152-FZ ON PERSONAL DATA")
_CAPS_CONNECTOR_BEFORE = re.compile(r"\b(?:ON|OF|FOR|AND|THE)[ \t]+$")


def _caps_title_in_prose(text: str, start: int, end: int) -> bool:
    """A phrase of several words in capitals that ends its line, after a connector in capitals and words in lower
    case on the line ("Federal Law of 27 July 2006 N 152-FZ ON PERSONAL DATA"): a title typed in capitals after a
    name in ordinary case, not a data type (telegram lines, all in capitals, are prose)."""
    phrase = text[start:end]
    if not phrase.isupper() or " " not in phrase.strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if re.match(r"[ \t]*(?:\n|$)", text[end:]) is None:
        return False  # the title ends its line
    before = text[line_start:start]
    return any(ch.islower() for ch in before) and _CAPS_CONNECTOR_BEFORE.search(before) is not None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def no_kind_of_data(text: str, c: Cand, lex: Lexicon) -> bool:
    """A data-type candidate that names no kind of data: the modifier of a name noun after it
    (`_modifies_name_noun`), a judgement graded by a degree word (`_graded_judgement`) or material judged by its
    legality (`_judged_material`), or a password that guards data (`safeguard_means`)."""
    if c.type != "DataType":
        return False
    return (
        _modifies_name_noun(text, c, lex)
        or _graded_judgement(text, c, lex)
        or _judged_material(text, c, lex)
        or guarding_credential(text, c, lex)
    )


def _judged_material(text: str, c: Cand, lex: Lexicon) -> bool:
    """ "criminal content", "illegal and harmful material": a noun of published material whose modifiers judge it by
    the law or by its harm names what a platform must take down (content moderation), not a category of data a law
    governs; "criminal" classifies data only as the records of a person ("criminal records")."""
    words = [w.lower() for w in _WORD.findall(text[c.start : c.end])]
    if len(words) < 2 or words[-1] not in lex.datatype_material_heads:
        return False
    return any(w in lex.datatype_legality_judgements for w in words[:-1])


def _modifies_name_noun(text: str, c: Cand, lex: Lexicon) -> bool:
    """A data type right before a noun that makes it a modifier of a place's or a safeguard's name ("European health
    data space", "consumer data protections"): the phrase names the space or the protections, not a kind of data."""
    return word_after(text, c.end) in lex.datatype_name_followers


def _graded_judgement(text: str, c: Cand, lex: Lexicon) -> bool:
    """ "our companies' most sensitive information", "Americans' most personal and sensitive information": a degree
    word ("highly", "most" after a possessor) grades the adjectives after it, which then judge the data rather than
    classify them; with only graded adjectives (and "and"/"or") before the data noun the phrase names no kind of
    data. A classifying modifier after them keeps it one ("most sensitive personal data": "sensitive personal
    data")."""
    if not _degree_word_before(text, c.start, lex):
        return False
    mods = [w.lower() for w in _WORD.findall(text[c.start : c.end])[:-1]]
    if not mods or mods[0] not in lex.datatype_gradable:
        return False
    i = 1  # the degree word grades the first adjective and those coordinated with it
    while i + 1 < len(mods) and mods[i] in ("and", "or") and mods[i + 1] in lex.datatype_gradable:
        i += 2
    return i == len(mods)


_POSSESSOR_BEFORE = re.compile(r"(?:\w['’]s?|\b(?:our|their|its|his|her|your|my))[ \t]+$", re.I)


def _degree_word_before(text: str, start: int, lex: Lexicon) -> bool:
    """A degree word right before `start`: an adverb of degree ("highly"), or a superlative "most" after a possessor
    ("our companies' most"), which cannot then say how much ("most financial data" is most of the data)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in lex.datatype_degree_words:
        return True
    return (
        word in lex.datatype_superlatives
        and _POSSESSOR_BEFORE.search(text, max(0, start - 60), before.start(1)) is not None
    )
