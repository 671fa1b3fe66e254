"""People found by their form in the raw text: a name with a title in apposition (also in telegram capitals), a
title at a line's end and the name on the next line, the names listed after a plural title, a peer's title, the
holder of an office ("led by ..."), a letter's salutation."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+|(?:van|von|de|der|al|bin|da|di|el)\s+[A-Z][a-z'’-]+)){1,3}"


def find_person_appositions(text: str, lex: Lexicon) -> list[Cand]:
    """ "Kashifu Inuwa Abdullahi, director general of the agency," / "Helen Dixon, the commissioner,": a name
    followed by a title in apposition is a person."""
    titles = sorted((t for t in lex.person_titles if len(t) > 3), key=len, reverse=True)
    rx = re.compile(
        r"(?<![\w.])("
        + _NAME
        + r"),\s+(?:then\s+|now\s+|formerly\s+|currently\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:"
        + "|".join(re.escape(t) for t in titles)
        + r")\b(?!-)",
    )
    # "Theresa May, as Home Secretary": a capitalised office after "as" is the person's role
    as_rx = re.compile(
        r"(?<![\w.])("
        + _NAME
        + r"),\s+as\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?i:"
        + "|".join(re.escape(t) for t in titles)
        + r")\b(?!-)"
    )
    out = []
    for m in [*rx.finditer(text), *as_rx.finditer(text)]:
        name = m.group(1)
        if name.split()[0].lower() in lex.name_stop_starters:
            continue
        out.append(Cand.of(m.start(1), m.end(1), "Person", "appos-title"))
    out += _peers(text, lex)
    # the holder of an office: "led by Philippe Dufresne", "Immaculate Kassait, who headed the ODPC", "which
    # Pansy Tlakula chaired"
    for rx_led in _LED:
        for m in rx_led.finditer(text):
            words = [w.lower() for w in m.group(1).split()]
            if words[0] in lex.name_stop_starters or any(
                w in lex.org_heads or w in lex.law_heads or w in lex.place_heads or w in lex.office_heads for w in words
            ):
                continue  # "led by the European Commission": a body, not a person
            out.append(Cand.of(m.start(1), m.end(1), "Person", "appos-led"))
    return out


#: a name in capitals of one to three words ("BRUNENKANT", "SAYID MAREI")
_CAPS_NAME = r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2}"


def find_caps_appositions(text: str, lex: Lexicon, common_words: frozenset[str] = frozenset()) -> list[Cand]:
    """Telegram capitals: a name followed by a title in apposition, perhaps after the person's nationality in
    parentheses ("MET WITH BRUNENKANT (U.S.), DIRECTOR, IAEA DIVISION ...", "MAREI, AS COUNCIL PRESIDENT, ..."), or
    after a title and before the person's country ("COUNCIL PRESIDENT, SAYID MAREI OF EGYPT").
    In capitals every word looks like a name, so the name is only the words before the comma that are no ordinary
    English ("EGYPTIAN MAREI": the adjective is not part of it) nor a title, function word or body's head."""
    titles = "|".join(re.escape(t.upper()) for t in sorted(lex.person_titles, key=len, reverse=True) if len(t) > 3)
    rx = re.compile(
        r"(?<![\w.])("
        + _CAPS_NAME
        + r")(?:[ \t]+\([A-Z.]{2,12}\))?,\s+(?:AS\s+|THE\s+)*(?:[A-Z]+\s+)?(?:"
        + titles
        + r")\b(?!-)"
    )
    # ... and a title before the name, the name followed by its country ("COUNCIL PRESIDENT, SAYID MAREI OF EGYPT")
    before = re.compile(r"\b(?:" + titles + r"),\s+(" + _CAPS_NAME + r")\s+OF\s+[A-Z]")
    stop = lex.person_titles | lex.org_heads | lex.law_heads | lex.name_stop_starters | lex.name_connectors
    out = []
    for m in [*rx.finditer(text), *before.finditer(text)]:
        words = list(re.finditer(r"[A-Z'’-]+", m.group(1)))
        k = len(words)
        while k > 0 and words[k - 1].group(0).lower() not in common_words | stop:
            k -= 1
        if k > 0 and words[k - 1].group(0).lower() in lex.person_titles:
            continue  # the rest of a title ("THE MINISTER, DIRECTOR GENERAL OF ..."), no name
        if k == len(words) or not _in_caps_line(text, m.start(1)):
            continue
        start = m.start(1) + words[k].start()
        out.append(Cand.of(start, m.end(1), "Person", "appos-title-caps"))
    return out


def _in_caps_line(text: str, offset: int) -> bool:
    """The line around `offset` has no lower-case letter (telegram capitals)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return not any(ch.islower() for ch in text[start : end if end >= 0 else len(text)])


#: a head noun of a body, "of", an optional "the" and up to five capitalised words, at the end of what is before
_OF_THE_NAME = re.compile(r"\b([A-Za-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,5}$")


def _ends_a_body_name(text: str, title_start: int, lex: Lexicon) -> bool:
    """The title is the last word of a body's name on its line ("Office of the Data Protection Commissioner"): it
    names the office, and the next line starts something else, not the holder's name."""
    line_start = text.rfind("\n", 0, title_start) + 1
    m = _OF_THE_NAME.search(text, line_start, title_start)
    return m is not None and m.group(1).lower() in lex.org_heads


_WRAPPED_NAME = re.compile(r"[ \t]*\n[ \t]*([A-Z][a-z'’-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’-]+)?)(?![\w-])")


def find_wrapped_titles(text: str, lex: Lexicon, common_words: frozenset[str] = frozenset()) -> list[Cand]:
    """A person's title at the end of a line and the name that starts the next ("Attorney General\\nHolder",
    "Counterterrorism Coordinator\\nBenjamin"): hard-wrapped text (telegrams) breaks a title from its holder, which
    the name finders, reading one line at a time, miss. The title is capitalised; the name is one or two words in
    title case that are no title, head noun or function word. After a title that is also an ordinary word
    ("Head", "Official"), an ordinary word is no name; after a title that ends a body's name ("Office of the Data
    Protection Commissioner\nLegal status ..."), the next line is no holder's name."""
    titles = sorted(lex.person_titles, key=len, reverse=True)
    rx = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(t) for t in titles) + r")(?=[ \t]*\n)", re.I)
    blocked = lex.name_stop_starters | lex.person_titles | lex.org_heads | lex.law_heads | lex.place_heads
    out = []
    for m in rx.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        name = _WRAPPED_NAME.match(text, m.end())
        if name is None:
            continue
        words = [w.lower().strip(".") for w in name.group(1).split()]
        if any(w in blocked for w in words):
            continue
        if len(words) == 1 and m.group(0).lower() in lex.weak_person_titles and words[0] in common_words:
            continue
        if len(words) == 1 and _abstract_noun(words[0], lex, common_words):
            continue
        if _ends_a_body_name(text, m.start(), lex):
            continue
        out.append(Cand.of(name.start(1), name.end(1), "Person", "title-wrapped"))
    return out


#: a word of a name, also two joined by a hyphen ("Alliot-Marie", "Roed-Larsen")
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
_LISTED_NAME = re.compile(_NAME_WORD + r"(?:[ \t]+(?:[A-Z]\.[ \t]+)?" + _NAME_WORD + r"){0,2}(?![\w.-])")
_NAME_SEPARATOR = re.compile(r",?\s+and\s+|,\s*")


def find_plural_title_lists(text: str, lex: Lexicon, common_words: frozenset[str] = frozenset()) -> list[Cand]:
    """Each name of a list after a title in the plural is a person: "Secretaries Clinton, Geithner, the Attorney
    General ...", "AAGs Fisher and Wainstein", "Congressmen Josh Gottheimer (NJ-05) and ...". The list ends at its
    first item that is no name (a title, a head noun, a function word)."""
    plurals = {_plural_title(t) for t in lex.person_titles if not t.endswith((".", "s"))}
    alternatives = "|".join(re.escape(p) for p in sorted(plurals, key=len, reverse=True))
    rx = re.compile(r"(?<![\w.])(?i:" + alternatives + r")\s+")
    blocked = lex.name_stop_starters | lex.person_titles | lex.org_heads | lex.law_heads | lex.place_heads
    out = []
    for m in rx.finditer(text):
        if not m.group(0)[0].isupper():
            continue
        pos = m.end()
        while True:
            name = _LISTED_NAME.match(text, pos)
            words = [w.lower().strip(".") for w in name.group(0).split()] if name else []
            if name is None or any(w in blocked for w in words):
                break
            ordinary = all(w in common_words for w in words) and not _listed_after_and(text, m.end(), name)
            if ordinary and _weak_plural(m.group(0), lex):
                break  # "the Lords Spiritual and Temporal": ordinary words after a title that is one too name no one
            if all(w in common_words for w in words) and not _listed_after_and(text, m.end(), name):
                if not _NAME_SEPARATOR.match(text, name.end()):
                    break  # "Senators Wyden and Crapo": a list; "Ministers Agree ...", "the Presidents Executive Order"
                # (a possessive without its apostrophe): ordinary words, no name
            out.append(Cand.of(name.start(), name.end(), "Person", "title-list"))
            sep = _NAME_SEPARATOR.match(text, name.end())
            if sep is None:
                break
            pos = sep.end()
    return out + find_caps_title_lists(text, lex, common_words)


def _plural_title(title: str) -> str:
    """The plural of a title: "-y" after a consonant becomes "-ies" ("Secretaries", "Deputies"), a compound of
    "man" or "woman" takes "-men"/"-women" ("Congressmen", "Chairwomen", "Spokesmen"), any other adds "-s"."""
    if title.endswith("y") and title[-2:-1] not in "aeiou":
        return title[:-1] + "ies"
    if title.endswith("man"):
        return title[:-3] + "men"
    return title + "s"


#: a title of the peerage and a name, with its territorial designation, a place's name of up to three words:
#: "Lord Anderson of Ipswich", "Lord Parkinson of Whitley Bay", "Earl Howe"
_PEER = re.compile(
    r"(?<![\w.])([A-Z][a-z]+)\s+([A-Z][a-z'’-]+)(?:\s+of\s+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?(?![\w-]|\s+[A-Z])"
)


def _peers(text: str, lex: Lexicon) -> list[Cand]:
    """A peer is named with the title: "Lord Anderson of Ipswich", "The Earl Howe" ("Lord Chancellor" is an
    office: the word after the title is a title itself)."""
    out = []
    for m in _PEER.finditer(text):
        if m.group(1).lower() not in lex.peerage_titles or m.group(2).lower() in lex.person_titles:
            continue
        out.append(Cand.of(m.start(), m.end(), "Person", "peer"))
    return out


_LEAD_VERBS = r"(?:led|headed|chaired|run|directed)"
_LED = [
    re.compile(
        r"\b"
        + _LEAD_VERBS
        + r"(?:\s+(?:from|since)\s+(?:its|their|the)\s+[a-z]+)?\s+by\s+("
        + _NAME
        + r")\b(?![.'’]?\w)"
    ),
    re.compile(
        r"(?:^|(?<=[.;:]\s)|(?<=\n))(" + _NAME + r"),\s+who\s+(?:now\s+|currently\s+|then\s+)?"
        r"(?:leads|led|heads|headed|chairs|chaired|runs|ran|directs|directed)\b"
    ),
    re.compile(r"\bwhich\s+(" + _NAME + r")\s+(?:has\s+|had\s+)?(?:chaired|headed|led|ran|runs|chairs|heads|leads)\b"),
]


#: a letter's salutation on a line of its own: "Dear Bill,", "Dear Jane Doe:"
_SALUTATION = re.compile(r"(?m)^[ \t]*Dear[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})[ \t]*[,:]?[ \t]*$")


def find_salutations(text: str, lex: Lexicon) -> list[Cand]:
    """A letter's salutation names the person it is written to ("Dear Bill," "Dear Jane Doe:"), unless it
    addresses a title or a group ("Dear Minister", "Dear Colleagues", "Dear Sir or Madam")."""
    out = []
    for m in _SALUTATION.finditer(text):
        words = [w.lower() for w in m.group(1).split()]
        if any(w in lex.person_titles or w in lex.common_addressees or w in lex.name_connectors for w in words):
            continue
        out.append(Cand.of(m.start(1), m.end(1), "Person", "salutation"))
    return out


def _abstract_noun(word: str, lex: Lexicon, common_words: frozenset[str]) -> bool:
    """An ordinary English word with an abstract noun's ending (`ordinary_word_endings`: "Certification",
    "Determination", "Management") is no surname: on the line after a title it starts a heading or a sentence
    ("Attorney General\nCertification and Determination")."""
    return word in common_words and word.endswith(lex.ordinary_word_endings)


def _weak_plural(title: str, lex: Lexicon) -> bool:
    """A plural title whose singular is also an ordinary word (`weak_person_titles`: "Lords", "Heads", "Leaders",
    "Deputies"): ordinary words after it ("the Lords Spiritual and Temporal", "Heads Agree ...") name no one."""
    low = title.strip().lower()
    singular = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
    return singular in lex.weak_person_titles


def _listed_after_and(text: str, list_start: int, name: re.Match) -> bool:
    """The last item of a list after a plural title, after "and", one word and no capitalised word after it
    ("Ambassadors Kennard and Murphy"): the list names people, so its last item is a name even when it is also an
    ordinary word ("murphy", "cash")."""
    before = text[list_start : name.start()]
    after = text[name.end() : name.end() + 2]
    return (
        before != ""
        and re.search(r"\sand\s+$", before) is not None
        and " " not in name.group(0)
        and not re.match(r"\s[A-Z]", after)
    )


#: a name in capitals after a plural title in capitals, up to three words ("MINISTERS PAET AND RIEKSTINS")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]+")


def find_caps_title_lists(text: str, lex: Lexicon, common_words: frozenset[str] = frozenset()) -> list[Cand]:
    """Telegram capitals: each name of a list after a title in the plural is a person ("MINISTERS PAET AND
    RIEKSTINS MET ..."). In capitals every word looks like a name, so a name is the words that are no ordinary
    English word, title, head noun or function word, and the list ends at the first item that has none."""
    plurals = {t + "s" for t in lex.person_titles if not t.endswith((".", "y", "s")) and len(t) > 3}
    plurals |= {t[:-1] + "ies" for t in lex.person_titles if t.endswith("y")}
    alternatives = "|".join(re.escape(p.upper()) for p in sorted(plurals, key=len, reverse=True))
    rx = re.compile(r"(?<![\w.])(?:" + alternatives + r")[ \t]+")
    stop = (
        common_words
        | lex.person_titles
        | lex.name_stop_starters
        | lex.org_heads
        | lex.law_heads
        | lex.place_heads
        | lex.name_connectors
    )
    out = []
    for m in rx.finditer(text):
        if not _in_caps_line(text, m.start()):
            continue
        pos = m.end()
        while True:
            words: list[re.Match[str]] = []
            for w in _CAPS_WORD.finditer(text, pos):
                gap = text[pos : w.start()] if not words else text[words[-1].end() : w.start()]
                if gap.strip(" \t") or _ordinary_caps(w.group(0).lower(), stop, lex) or len(words) == 3:
                    break
                words.append(w)
            if not words:
                break
            out.append(Cand.of(words[0].start(), words[-1].end(), "Person", "title-list"))
            sep = re.match(r",?[ \t]+AND[ \t]+|,[ \t]*", text[words[-1].end() :])
            if sep is None:
                break
            pos = words[-1].end() + sep.end()
    return out


def _ordinary_caps(low: str, stop: frozenset[str], lex: Lexicon) -> bool:
    """A word in capitals that is ordinary English (or a title, head noun, function word), also inflected ("MET",
    "AGREED", "TALKS"), or ends like one (`ordinary_word_endings`): no word of a name."""
    low = low.strip("'’-")
    if low in stop or low.endswith((*lex.ordinary_word_endings, "ed", "ly")):
        return True
    return (low.endswith("s") and low[:-1] in stop) or low in lex.irregular_past_verbs


#: a member of Congress as a bill's record lists its sponsor: "Rep. Pallone, Frank, Jr. [D-NJ-6]", surname first
_SPONSOR = re.compile(
    r"\b(?:Rep|Sen|Del)\.[ \t]+(?P<name>[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?,[ \t]+[A-Z][a-z'’-]+"
    r"(?:[ \t]+[A-Z]\.)?)(?:,[ \t]+(?:Jr|Sr|II|III|IV)\.?)?[ \t]*\[[DRI]-[A-Z]{2}(?:-(?:\d{1,2}|At Large))?\]"
)


def find_sponsor_names(text: str) -> list[Cand]:
    """A bill's record lists its sponsor and cosponsors surname first, with a title before and the party, state and
    district in brackets after ("Rep. Pallone, Frank, Jr. [D-NJ-6]"): the surname, a comma and the given name (an
    initial after it) are one person's name; the suffix "Jr." is not part of the name the record gives."""
    return [Cand.of(m.start("name"), m.end("name"), "Person", "sponsor-name") for m in _SPONSOR.finditer(text)]
