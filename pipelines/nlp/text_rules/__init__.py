"""Rule finders over the raw text (regular expressions): numbered law citations and court cases, data-type
phrases, people and companies named by apposition, abbreviation definitions, and span clean-up.

Pure functions returning `Cand`idates with character offsets (see `rules` for the finders over tokens).
The vocabulary comes from `patterns/lexicon.yaml`; no pattern here names a particular document.

- `laws`: numbered instruments, titles with a parenthesis, rule titles, court cases, quoted law titles;
- `quoted_bodies`: a body's official name in quotes;
- `bodies`: heading lines, companies by apposition, joined parties, bodies named by a list, portfolio lists;
- `persons`: names with a title in apposition, wrapped titles, plural-title lists, peers, salutations;
- `datatypes`: data-type phrases;
- `name_ends`: where a name found elsewhere ends (lists its abbreviation spells, continuing heads, a status);
- `abbreviations`: abbreviations, aliases and foreign-language names given right after a mention;
- `cleanup`: span clean-up and reference lines.
"""

from __future__ import annotations

from pipelines.nlp.text_rules.abbreviations import abbreviations_after, foreign_names_after
from pipelines.nlp.text_rules.bodies import (
    find_bare_chambers,
    find_coordinated_bodies,
    find_firm_appositions,
    find_heading_bodies,
    find_joined_parties,
    find_minister_abbreviations,
    find_portfolio_lists,
    find_state_portfolio_bodies,
    renamed_pairs,
)
from pipelines.nlp.text_rules.cleanup import clean_span, reference_number_spans
from pipelines.nlp.text_rules.datatypes import find_datatypes, inside_title, no_kind_of_data
from pipelines.nlp.text_rules.foreign_names import find_foreign_names
from pipelines.nlp.text_rules.law_forms import find_law_forms, law_self_reference
from pipelines.nlp.text_rules.laws import (
    CASE_NAME,
    LAW_CITATIONS,
    PAREN_TITLE,
    find_law_citations,
)
from pipelines.nlp.text_rules.name_ends import continued_name_end, list_name_end, status_end
from pipelines.nlp.text_rules.named_instruments import find_quoted_law_titles, find_subject_named_instruments
from pipelines.nlp.text_rules.persons import (
    find_caps_appositions,
    find_person_appositions,
    find_plural_title_lists,
    find_salutations,
    find_wrapped_titles,
)
from pipelines.nlp.text_rules.quoted_bodies import find_quoted_bodies

__all__ = [
    "CASE_NAME",
    "LAW_CITATIONS",
    "PAREN_TITLE",
    "abbreviations_after",
    "clean_span",
    "continued_name_end",
    "find_caps_appositions",
    "find_coordinated_bodies",
    "find_quoted_bodies",
    "find_datatypes",
    "find_firm_appositions",
    "find_foreign_names",
    "find_bare_chambers",
    "find_heading_bodies",
    "find_state_portfolio_bodies",
    "find_joined_parties",
    "find_law_citations",
    "find_law_forms",
    "find_minister_abbreviations",
    "find_person_appositions",
    "find_plural_title_lists",
    "find_portfolio_lists",
    "find_quoted_law_titles",
    "find_subject_named_instruments",
    "find_salutations",
    "find_wrapped_titles",
    "foreign_names_after",
    "inside_title",
    "law_self_reference",
    "list_name_end",
    "no_kind_of_data",
    "reference_number_spans",
    "renamed_pairs",
    "status_end",
]
