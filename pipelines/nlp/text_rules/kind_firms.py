"""Companies named by the common noun of their kind in close apposition: "security company Sophos", "the Chinese
company HUAWEI", "the telecom operator MTN", "the Irish firm Accenture".

English puts a noun of a business's kind (company, firm, operator, maker: `lexicon.firm_nouns`) right before a name,
as it does with "the river Thames" or "the newspaper Le Monde" (`press_firms`): the noun says the name after it is a
company's, where the name itself says nothing. The name ends at punctuation or at a word that opens the next phrase
("which", "said", "and"); before any other verb the words may be a relative clause ("the firm Smith founded": Smith
founded it), so no name is read there. The name is neither a title, a body, a state nor another known name."""

from __future__ import annotations

from collections.abc import Callable

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.press_firms import names_after_kind_nouns


def find_kind_firms(
    text: str, lex: Lexicon, is_other_name: Callable[[str], bool], common_words: frozenset[str]
) -> list[Cand]:
    """Companies named right after a noun of their kind ("the Irish firm Accenture said ..."); `is_other_name`
    tells a nationality or a name known as something other than a company."""
    spans = names_after_kind_nouns(text, lex.firm_nouns, lex, is_other_name, common_words)
    return [Cand.of(start, end, "Firm", "kind-firm") for start, end in spans]
