"""Rosters: a report's masthead or staff list gives one entry a line, a person's name, the title and the office
("Jane Q. Doe Director, Bureau of Competition", "JOHN ROE Commissioner").

Text taken from a laid-out page may lose the line breaks between the entries, gluing the last word of one entry to
the first of the next ("ChairmanJOHN ROE", "Bureau of CompetitionJane Doe"). In mixed-case English a capital letter
inside a word after lower-case letters marks such a lost break when the word before it is a title ("Chairman",
"Commissioner"), an ordinary English word of six letters or more ("Protection", "Practices"), or when the capital
starts a word written all in capitals ("ChairmanJOHN"); elsewhere it is a company's or a product's name written in
camel case ("DeepMind", "PricewaterhouseCoopers", "YouTube"), and no entry is read there."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a capitalised word whose last lower-case letter is followed by a capital: the place where two words are glued
_GLUED = re.compile(r"(?<![\w.’'-])(?P<left>[A-Z][a-z]+)(?=(?P<right>[A-Z][A-Za-z’'-]*))")
#: a word of a person's name in a roster: capitalised or in capitals (a hyphen or an apostrophe inside), or an
#: initial with its full stop
_NAME_WORD = r"(?:[A-Z][a-z’']*[a-z](?:-[A-Z][a-z’']*[a-z])*|[A-Z][A-Z’'-]*[A-Z]|[A-Z]\.)"
#: a capitalised word of a title or of an office's name, and the lower-case connectors inside an office's name
_CAP_WORD = re.compile(r"[A-Z][\w’'-]*")


def glue_points(text: str, lex: Lexicon, common_words: frozenset[str]) -> list[int]:
    """Where a lost line break glued two words of a roster: after a title ("ChairmanJOHN", "DirectorJane"), after
    an ordinary word of six letters or more ("ProtectionMary"), or before a word in capitals ("PracticesJOHN")."""
    points = []
    for m in _GLUED.finditer(text):
        left, right = m.group("left"), m.group("right")
        low = left.lower()
        caps_word = len(left) >= 3 and len(right) >= 2 and right.isupper()
        if caps_word or low in lex.person_titles or (len(left) >= 6 and _ordinary(low, common_words)):
            points.append(m.end("left"))
    return points


def _ordinary(word: str, common_words: frozenset[str]) -> bool:
    """An ordinary English word, perhaps in the plural ("practices")."""
    return bool({word, word.removesuffix("s"), word.removesuffix("es")} & common_words)


def crosses_glue(c: Cand, entries: list[Cand]) -> bool:
    """A span that runs over a lost line break that starts or ends a roster entry is no name: it glues two
    entries ("Bureau of CompetitionJane Doe Associate Director")."""
    return any(c.start < p < c.end for e in entries for p in (e.start, e.end))


def find_roster_entries(text: str, lex: Lexicon, common_words: frozenset[str]) -> list[Cand]:
    """Each roster entry between two lost line breaks (or a line's start or end) read as a person's name, then a
    title (rank words allowed: "Associate Director"), a comma and an office ("Director, Bureau of Competition"), a
    title alone ("JOHN ROE Commissioner") or an office alone ("Jane Doe Division of Advertising"): the person, and
    the office, a body. An entry must be glued to another, so a line of prose is never read as one."""
    points = glue_points(text, lex, common_words)
    out: list[Cand] = []
    for a, b in _segments(text, points):
        out += _entry(text, a, b, lex)
    return out


def _segments(text: str, points: list[int]) -> Iterator[tuple[int, int]]:
    """The stretches of text between lost line breaks, each cut to its line, that touch a lost break at one end."""
    for k, p in enumerate(points):
        line_start = text.rfind("\n", 0, p) + 1
        if k == 0 or points[k - 1] < line_start:
            yield line_start, p
        line_end = text.find("\n", p)
        line_end = len(text) if line_end < 0 else line_end
        yield p, points[k + 1] if k + 1 < len(points) and points[k + 1] < line_end else line_end


def _entry(text: str, a: int, b: int, lex: Lexicon) -> list[Cand]:
    """The person and the office of one roster entry `text[a:b]`, or nothing if it reads otherwise: the name may
    have two to four words, the longest that leaves a title or an office after it."""
    for n in (4, 3, 2):
        m = re.compile(rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{{n - 1}}})[ \t]+").match(text, a, b)
        if m is None or any(_is_title_or_head(w, lex) for w in m.group("name").split()):
            continue
        rest = text[m.end() : b].rstrip(" \t,;")
        office_at = _office_start(rest, lex)
        title = rest[:office_at].rstrip(" \t,") if office_at is not None else rest
        if (title and not _is_title(title, lex)) or (not title and office_at is None):
            continue
        out = [Cand.of(m.start("name"), m.end("name"), "Person", "roster-person")]
        if office_at is not None:
            out.append(Cand.of(m.end() + office_at, m.end() + len(rest), "Agency", "roster-office"))
        return out
    return []


def _is_title_or_head(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low in lex.person_titles or low in lex.agency_heads or low in lex.post_rank_words


def _is_title(title: str, lex: Lexicon) -> bool:
    """A person's title: rank words ("Associate", "Deputy") and a title the lexicon knows ("Director")."""
    words = title.split()
    if not words or not all(_CAP_WORD.fullmatch(w) for w in words):
        return False
    k = 0
    while k < len(words) - 1 and words[k].lower() in lex.post_rank_words:
        k += 1
    return " ".join(words[k:]).lower() in lex.person_titles


def _office_start(rest: str, lex: Lexicon) -> int | None:
    """Where an office's name starts in the rest of an entry and runs to its end: a body's head noun, "of" or
    "for", and capitalised words with connectors ("Division of Consumer and Business Education")."""
    for m in re.finditer(r"(?:(?<=^)|(?<=[ \t]))([A-Z][a-z]+)[ \t]+(?:of|for)[ \t]+", rest):
        if m.group(1).lower() not in lex.agency_heads:
            continue
        tail = rest[m.end() :].split()
        if tail and tail[0][:1].isupper() and all(w[:1].isupper() or w in lex.name_connectors for w in tail):
            return m.start(1)
    return None


def find_glued_known_names(
    text: str, lex: Lexicon, common_words: frozenset[str], type_of: Callable[[str], str | None]
) -> list[Cand]:
    """A name the tables know that ends at a lost line break ("Federal Trade CommissionFebruary 2007" on a report's
    cover): the tokenizer keeps the glued words as one, so the rulers miss the name; it ends at the break. The
    longest known name on the line that ends there, not a data type's."""
    out: list[Cand] = []
    for p in glue_points(text, lex, common_words):
        line_start = text.rfind("\n", 0, p) + 1
        offset = max(line_start, p - 80)
        for w in re.finditer(r"(?<![\w’'-])[A-Z]", text[offset:p]):
            name = text[offset + w.start() : p]
            kind = type_of(name)
            if kind is not None and kind != "DataType":
                out.append(Cand.of(offset + w.start(), p, kind, "glued-name"))
                break
    return out
