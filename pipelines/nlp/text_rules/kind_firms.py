"""Companies named by the common noun of their kind in close apposition: "security company Sophos", "the Chinese
company HUAWEI", "the telecom operator MTN", "the Irish firm Accenture".

English puts a noun of a business's kind (company, firm, operator, maker: `lexicon.firm_nouns`) right before a name,
as it does with "the river Thames" or "the newspaper Le Monde" (`press_firms`): the noun says the name after it is a
company's, where the name itself says nothing. The name ends at punctuation or at a word that opens the next phrase
("which", "said", "and"); before any other verb the words may be a relative clause ("the firm Smith founded": Smith
founded it), so no name is read there. The name is neither a title, a body, a state nor another known name.

A singular count noun takes a determiner in English ("the firm Smith founded"), unless it is a label set before a
name with no article, as news writes "security company Sophos discovered ...": with no determiner (no article, no
possessive) before the kind noun and its modifiers, the noun heads no relative clause, so the name ends before any
verb that follows it."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.press_firms import _NAME, company_name_ok, kind_nouns, names_after_kind_nouns

#: the words (up to three) between the clause's last mark and the kind noun, on the same line
_MODIFIERS = re.compile(r"(?:^|[^\w\s’'-])((?:[ \t]*[\w’'-]+){0,3})[ \t]*$", re.M)
#: a possessive word ("Google's parent company Alphabet"): it determines the noun phrase as an article does
_POSSESSIVE = re.compile(r"[’']s?$")


def find_kind_firms(
    text: str, lex: Lexicon, is_other_name: Callable[[str], bool], common_words: frozenset[str]
) -> list[Cand]:
    """Companies named right after a noun of their kind ("the Irish firm Accenture said ...", "security company
    Sophos discovered ..."); `is_other_name` tells a nationality or a name known as something other than a
    company."""
    spans = set(names_after_kind_nouns(text, lex.firm_nouns, lex, is_other_name, common_words))
    spans |= set(_bare_label_subjects(text, lex, is_other_name, common_words))
    return [Cand.of(start, end, "Firm", "kind-firm") for start, end in sorted(spans)]


def _bare_label_subjects(
    text: str, lex: Lexicon, is_other_name: Callable[[str], bool], common_words: frozenset[str]
) -> list[tuple[int, int]]:
    """Names after a kind noun with no determiner before it, followed by a word in lower case ("telecom giant
    Huawei announced ..."): the label's name, which ends before that word (a verb or the noun it modifies)."""
    pattern = re.compile(rf"(?<![\w-])(?:{kind_nouns(lex.firm_nouns)})[ \t]+(?P<name>{_NAME})(?=[ \t]+[a-z])")
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if _determined(text, m.start(), lex):
            continue
        name = m.group("name")
        if company_name_ok(name, lex, is_other_name, common_words):
            out.append(m.span("name"))
    return out


def _determined(text: str, kind_start: int, lex: Lexicon) -> bool:
    """A determiner or a possessive stands among the (up to three) words before the kind noun in its clause, or
    they run on past three words, so the noun phrase may hold one: "the firm", "Google's parent company"."""
    line_start = text.rfind("\n", 0, kind_start) + 1
    m = _MODIFIERS.search(text, line_start, kind_start)
    if m is None:
        return True  # more than three words since the clause's last mark: a determiner may stand further back
    words = m.group(1).split()
    return any(w.lower() in lex.chamber_determiners or _POSSESSIVE.search(w) for w in words)
