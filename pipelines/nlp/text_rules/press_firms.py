"""Press and media companies named by the common noun of their kind in apposition: "the newspaper Le Monde", "the
weekly newspaper Le Canard enchaîné", "the legal journal LexisNexis", "the record label Naive", "the
Kommersant newspaper".

English names a newspaper, a magazine, a publisher or a record label by putting the noun of its kind right before
its name (a close apposition, like "the river Thames") or, for a newspaper, right after it as a head noun ("the
Kommersant newspaper"). The kind noun says the name is a company's where the name itself says nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a word of a name: a capital, then letters (an inner capital, "&", "." or a hyphen allowed: "LexisNexis")
_WORD = r"[A-Z][\w’'&.-]*[\w]|[A-Z]"
#: a name of one to four such words, particles and articles of French, Spanish, Italian, German or Dutch names inside
_NAME = rf"(?:{_WORD})(?:[ \t]+(?:(?:de|du|des|la|le|di|del|der|von|van|of|the)[ \t]+)?(?:{_WORD})){{0,3}}"
#: a title in a Romance or German language capitalises its first noun only: after its article and that noun, an
#: adjective in lower case is still the title's ("Le Canard enchaîné", "Le Monde diplomatique")
_LOWER_TAIL = re.compile(r"[ \t]+([a-zà-ÿ][a-zà-ÿ]+)(?![\w’'-])")
#: what may follow a name in apposition: punctuation, the end, or a function word that starts the next phrase
_NAME_ENDS = (
    r"(?=[ \t]*(?:[^\w\s’'-]|$)|[ \t\n]+(?:is|was|has|had|will|would|and|or|of|in|on|at|to|from|for|with|by|as|"
    r"about|which|that|who|said|says|reported|reports|wrote|writes|published|publishes|produces|produced)\b)"
)
#: the words before a kind noun that make it a verb ("to label Huawei ...", "they journal ...")
_VERB_BEFORE = re.compile(r"(?:\b(?:to|will|would|can|could|may|might|must|should|not|we|they|you|I)[ \t]+)$")


def kind_nouns(words: frozenset[str]) -> str:
    """An alternation of the kind nouns, the longest first, spaces matching any run of blanks."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


def find_press_firms(
    text: str, lex: Lexicon, is_other_name: Callable[[str], bool], common_words: frozenset[str] = frozenset()
) -> list[Cand]:
    """Press and media companies named by their kind noun before the name ("the newspaper Le Monde", "the legal
    journal LexisNexis") or, for the nouns that also follow it, after it ("the Kommersant newspaper": there a name
    that ends in an ordinary word, "the Communist Party newspaper", names the paper's owner or subject). The name is
    no day, month, nationality or state nor another known name (`is_other_name`), and no phrase: a name before a
    lower-case noun ("daily Internet use") modifies that noun."""
    spans = names_after_kind_nouns(text, lex.press_firm_nouns, lex, is_other_name, common_words)
    out = [Cand.of(start, end, "Firm", "press-firm") for start, end in spans]
    if lex.press_firm_nouns_after:
        after = re.compile(
            rf"(?<![\w-])(?:the|The)[ \t]+(?P<name>{_NAME})[ \t]+(?:{kind_nouns(lex.press_firm_nouns_after)})(?![\w-])"
        )
        for m in after.finditer(text):
            name = m.group("name")
            low = [w.lower() for w in re.split(r"[\s-]+", name)]
            if any(w in lex.org_heads or w in lex.place_heads for w in low) or low[-1] in common_words:
                continue  # "the Communist Party newspaper": a body's paper, or a common noun's ("the Sunday paper")
            if company_name_ok(name, lex, is_other_name, common_words):
                out.append(Cand.of(m.start("name"), m.end("name"), "Firm", "press-firm"))
    return out


def names_after_kind_nouns(
    text: str,
    nouns: frozenset[str],
    lex: Lexicon,
    is_other_name: Callable[[str], bool],
    common_words: frozenset[str],
) -> list[tuple[int, int]]:
    """The spans of companies' names right after the noun of their kind in close apposition ("the newspaper Le
    Monde"): the name ends where punctuation or a word that opens the next phrase follows, and it is a company's
    (`_name_ok`); a kind noun after "to", a modal or a pronoun is a verb ("to label Huawei")."""
    out: list[tuple[int, int]] = []
    if not nouns:
        return out
    before = re.compile(rf"(?<![\w-])(?:{kind_nouns(nouns)})[ \t]+(?P<name>{_NAME})")
    for m in before.finditer(text):
        if _VERB_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        start, end = m.span("name")
        end = _with_lower_tail(text, start, end, lex, common_words)
        if re.match(_NAME_ENDS, text[end:]) and company_name_ok(text[start:end], lex, is_other_name, common_words):
            out.append((start, end))
    return out


def _with_lower_tail(text: str, start: int, end: int, lex: Lexicon, common_words: frozenset[str]) -> int:
    """A title that starts with a foreign article and a capitalised noun keeps the adjective in lower case after it
    ("Le Canard enchaîné"), when that word is no English word ("Le Monde said")."""
    words = text[start:end].split()
    if len(words) != 2 or words[0] not in lex.foreign_articles:
        return end
    m = _LOWER_TAIL.match(text, end)
    if m is None or m.group(1) in lex.name_stop_starters or m.group(1) in common_words:
        return end
    return m.end()


def company_name_ok(
    name: str, lex: Lexicon, is_other_name: Callable[[str], bool], common_words: frozenset[str]
) -> bool:
    """A name that can be a company's: not led by a function word ("The", "This") or a title, no day or month, no
    body's head noun, no event or document noun at its end, not all ordinary words ("Press Briefing"; initials in
    capitals are none, though a lower-case word may spell them: "RBC"), and neither it nor its first word (before a
    hyphen: "English-language") a nationality, a state or another known name."""
    words = name.split()
    first = words[0].lower()
    if first in lex.name_stop_starters or any(w.lower() in lex.calendar_words for w in words):
        return False
    if first in lex.person_titles:
        return False  # "the newspaper Minister ...": a title starts a person's name, no paper's
    low = [w.lower() for w in words]
    if any(w in lex.org_heads for w in low) or low[-1] in lex.event_nouns | lex.document_heads:
        return False  # "the weekly Cabinet.", "the daily Press Conference": a body or an event, no paper
    if all(w in common_words for w in low) and not any(_initials(w) for w in words):
        return False  # "the daily Press Briefing": ordinary words capitalised, a name of no company
    return not (is_other_name(name) or is_other_name(words[0].split("-")[0]))


def _initials(word: str) -> bool:
    """A word of two to five capital letters, a name's initials ("RBC", "MTN")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()
