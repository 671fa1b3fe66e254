"""A case-restored view of prose written in capitals, for the statistical model only.

Telegrams before about 1990 are typed in capitals ("THE SECRETARY MET WALDHEIM IN VIENNA"). The statistical tagger,
parser and NER were trained on mixed case and read such prose badly: persons are missed, common words taken for
names. For a paragraph whose letters are mostly capitals, the model reads the same characters re-cased the way
English prints them:

- a function word or a common English word (the model's own word lists: its stop words and its lemmatizer's index
  of nouns, verbs, adjectives and adverbs) is printed in lower case;
- a word of three letters or fewer, or one with no vowel, that is no common word is an abbreviation and stays in
  capitals ("USG", "IAEA", "CST");
- any other word is a name and is printed in title case ("WALDHEIM" -> "Waldheim");
- the first word of a sentence (after a full stop, a paragraph's or a numbered item's start) is capitalised.

Header and field lines ("TAGS:", "SUBJECT:", "REF", "FM"/"TO"/"INFO" addressee lines, routing lines) stay as they
are, but for the headline of a subject line in capitals ("SUBJECT: PARLIAMENT DEBATES DATA PROTECTION ACT"), which
is re-cased, however short, so that the model reads its verb as a verb (`subject_headlines`), unless it names a
person after a title, whose surname may be a common word ("DEPUTY SECRETARY NICHOLAS BURNS MEETS ..."). Every
change keeps the length, so offsets in the re-cased text are offsets in the original; the rule components read the
original text (`components.RecaseSwap`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

#: a paragraph is re-cased when this share of its letters are capitals ...
MIN_CAPS_SHARE = 0.9
#: ... and it has this many letters (shorter blocks are headers and fragments)
MIN_LETTERS = 60
#: ... and a line of it when it has this many function words (a line of prose, no routing line or list of codes)
MIN_FUNCTION_WORDS = 2

_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_LINE = re.compile(r"[^\n]+")
# a header line of a telegram: "TAGS:", "SUBJECT:", "REF:", "E.O. 11652:", addressee, routing and marking lines
_FIELD_LINE = re.compile(
    r"^\s*(?:(?:TAGS?|SUBJECT|SUBJ|REFS?|E\.\s?O\.|FM|TO|INFO|XMT|DE|BT|NNNN|CONFIDENTIAL|SECRET|UNCLAS\w*"
    r"|LIMITED OFFICIAL USE)\b|R[A-Z]{3,7}/|[A-Z]\s\d)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_VOWELS = frozenset("AEIOUY")


#: endings of inflected forms and the endings of their base forms ("MEETINGS" -> "meeting", "STUDIES" -> "study")
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""))


@dataclass(frozen=True)
class Vocabulary:
    """What a re-cased text prints in lower case, keeps in capitals, or capitalises (the module docstring)."""

    function_words: frozenset[str]  # the model's stop words
    words: frozenset[str]  # common words of every part of speech, lower case
    nouns: frozenset[str]  # ... those only the noun list has (it also holds names: "waldheim", "vienna")
    acronyms: frozenset[str] = frozenset()  # names the reference tables write in capitals ("IAEA", "OECD")
    names: dict[str, str] = field(default_factory=dict)  # one-word names of the tables, in capitals -> their form
    titles: frozenset[str] = frozenset()  # titles before a person's name ("secretary", "fonmin", "mr")

    def common(self, lower: str) -> bool:
        """A common English word, or an inflected form of one."""
        if lower in self.words:
            return True
        return any(
            lower.endswith(end) and len(lower) - len(end) >= 3 and lower[: len(lower) - len(end)] + base in self.words
            for end, base in _INFLECTIONS
        )

    def form(self, word: str, after_title: bool = False) -> str:
        """The printed form of one word written in capitals; `after_title`: it follows a person's title, where a
        word the dictionaries know only as a noun is a name ("SECRETARY KISSINGER", "FONMIN WALDHEIM")."""
        lower = word.lower()
        if word in self.acronyms:
            return word
        if lower in self.function_words:
            return lower
        if word in self.names:
            return self.names[word]
        noun_only = lower in self.nouns
        if self.common(lower) and not (after_title and noun_only and lower not in self.titles):
            return lower
        letters = word.replace("'", "")
        if len(letters) <= 3 or not _VOWELS.intersection(letters):
            return word
        return word[0] + lower[1:]


def vocabulary_of(
    stop_words: Iterable[str],
    lemma_index: dict[str, list[str]],
    lemma_exc: dict[str, dict[str, list[str]]],
    acronyms: Iterable[str] = (),
    titles: Iterable[str] = (),
    names: Iterable[str] = (),
    surnames: Iterable[str] = (),
) -> Vocabulary:
    """The model's stop words and lemmatizer's index ("noun", "verb", "adj", "adv" lists) and irregular forms; the
    tables' one-word names, and the last names of the people they know unless they are common words ("Said",
    "King": a surname that is a word of the language is read as the word)."""
    others: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        others.update(w for w in lemma_index.get(pos, ()) if w.isalpha())
    for table in lemma_exc.values():
        others.update(w for w in table if w.isalpha())
    nouns = {w for w in lemma_index.get("noun", ()) if w.isalpha()}
    words = nouns | others
    named = [*names, *(s for s in surnames if s.lower() not in words)]
    return Vocabulary(
        function_words=frozenset(w.lower() for w in stop_words),
        words=frozenset(words),
        nouns=frozenset(nouns - others),
        acronyms=frozenset(acronyms),
        names={n.upper(): n for n in named if n.isalpha() and n[:1].isupper() and not n.isupper()},
        titles=frozenset(t.lower().rstrip(".") for t in titles if " " not in t),
    )


def capitals_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph written in capitals (`MIN_CAPS_SHARE` of `MIN_LETTERS` or more letters)."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        upper = sum(ch.isupper() for ch in m.group(0))
        letters = upper + sum(ch.islower() for ch in m.group(0))
        if letters >= MIN_LETTERS and upper >= MIN_CAPS_SHARE * letters:
            spans.append((m.start(), m.end()))
    return spans


def _sentence_start(text: str, start: int, block_start: int) -> bool:
    """A word at `start` begins a sentence: first in its block, after a full stop or a numbered item's label."""
    before = text[block_start:start].rstrip()
    return not before or before.endswith((".", "!", "?", ":", ";")) and not before.endswith(("E.O.", "U.S."))


def recase(text: str, vocabulary: Vocabulary) -> str:
    """`text` with its paragraphs in capitals and its subject headlines in capitals re-cased (the module
    docstring); the same length."""
    chars = list(text)
    for p_start, p_end in capitals_paragraphs(text):
        for line in _LINE.finditer(text, p_start, p_end):
            if _prose(line.group(0), vocabulary) and not _FIELD_LINE.match(line.group(0)):
                _recase_line(text, chars, line.start(), line.end(), p_start, vocabulary)
    for h_start, h_end in subject_headlines(text):
        if _titled_person(text[h_start:h_end], vocabulary):
            continue
        for line in _LINE.finditer(text, h_start, h_end):
            _recase_line(text, chars, max(line.start(), h_start), line.end(), h_start, vocabulary)
    return "".join(chars)


#: a telegram's subject line: the label, then the headline ("SUBJECT: PARLIAMENT DEBATES DATA PROTECTION ACT")
_SUBJECT = re.compile(r"^[ \t]*SUBJ(?:ECT)?:[ \t]+(?=\S)", re.M)
#: a line that ends the subject's wrapped headline: a blank line, a field line, a numbered paragraph ("1. ") or a
#: line with lower case letters (the headline is in capitals)
_HEADLINE_END = re.compile(
    r"[ \t]*(?:$|[^\n]*[a-z]|\d{1,2}\.\s|\(\w{1,3}\)|(?:REFS?|TAGS?|E\.\s?O\.|CLASSIFIED|SUMMARY)\b)", re.M
)


def subject_headlines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the headline of each telegram subject line printed in capitals, with the lines it wraps
    onto: a headline is prose in the telegraphic style of a newspaper's ("GOVERNMENT DEFENDS CYBERSECURITY LAW"),
    whose verb the model can only tell in print case; the label stays as printed."""
    spans = []
    for m in _SUBJECT.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end < len(text) and not _HEADLINE_END.match(text, end + 1):
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt < 0 else nxt
        headline = text[m.end() : end]
        upper = sum(ch.isupper() for ch in headline)
        if upper and upper >= MIN_CAPS_SHARE * (upper + sum(ch.islower() for ch in headline)):
            spans.append((m.end(), end))
    return spans


def _titled_person(headline: str, vocabulary: Vocabulary) -> bool:
    """The headline names a person after a title ("DEPUTY SECRETARY NICHOLAS BURNS MEETS ..."): a surname that is
    also a common word ("BURNS") would be printed as that word, so the headline stays in capitals, where the rules
    for names in capitals read it."""
    words = _WORD.findall(headline)
    return any(w.lower() in vocabulary.titles and nxt.isupper() for w, nxt in zip(words, words[1:], strict=False))


def _prose(line: str, vocabulary: Vocabulary) -> bool:
    """A line of prose: it has function words ("THE", "OF", "TO"); a routing line, a list of TAGS or a name
    block has none, and its codes and names stay as they are printed."""
    words = _WORD.findall(line)
    return sum(w.lower() in vocabulary.function_words for w in words) >= MIN_FUNCTION_WORDS


def _recase_line(text: str, chars: list[str], start: int, end: int, block: int, vocabulary: Vocabulary) -> None:
    """Re-case the words in capitals of one line (in `chars`); a title before a name is capitalised with it."""
    previous: tuple[int, str] | None = None  # (offset, word) of the title the word before was
    for w in _WORD.finditer(text, start, end):
        word = w.group(0)
        if not word.isupper():
            previous = None
            continue
        adjacent = previous is not None and not text[previous[0] + len(previous[1]) : w.start()].strip(". ")
        form = vocabulary.form(word, after_title=adjacent)
        if _sentence_start(text, w.start(), block) and form.islower():
            form = form[0].upper() + form[1:]
        if adjacent and previous is not None and form[:1].isupper() and not form.isupper():
            chars[previous[0] : previous[0] + len(previous[1])] = previous[1][0] + previous[1][1:].lower()
        chars[w.start() : w.end()] = form
        previous = (w.start(), word) if word.lower() in vocabulary.titles else None
