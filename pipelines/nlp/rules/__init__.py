"""Rule-based mention finders over capitalised runs of tokens: bodies named by a head noun ("Ministry of
Culture", "Federal Trade Commission"), laws named by a head noun ("... Act", "Law on ..."), people named after a
title ("Secretary of Commerce Gina Raimondo"). Pure functions over a tokenised `Doc`; no model is loaded here
(the text-level finders are in `text_rules`).

Every finder returns `Cand`idates with character offsets; `entities/` merges them with the statistical NER.
The rules generalise from ordinary vocabulary (head nouns such as "Ministry" or "Act", titles such as "Secretary",
corporate suffixes, data-type modifiers) read from `patterns/lexicon.yaml`; none names a particular document.

- `runs`: the capitalised-run scanner (`capitalised_runs`) and where a name in a run may start; `run_words`: the
  words of a run (`Word`) and the tokens the scanner reads;
- `orgs`, `laws`, `persons`: the finders over one run (`org_spans`: where a body's name starts and ends);
- `datatypes`: data types found by grammar over the whole `Doc`;
- `candidates`: the `Cand` every finder returns.
"""

from __future__ import annotations

from pipelines.nlp.rules.candidates import Cand
from pipelines.nlp.rules.datatypes import datatypes_by_grammar, datatypes_handled
from pipelines.nlp.rules.laws import laws_in_run
from pipelines.nlp.rules.orgs import bodies_with_inner_abbreviation, orgs_in_run
from pipelines.nlp.rules.persons import persons_in_run
from pipelines.nlp.rules.run_words import Word
from pipelines.nlp.rules.runs import CAPS_BREAKS, capitalised_runs

__all__ = [
    "bodies_with_inner_abbreviation",
    "CAPS_BREAKS",
    "Cand",
    "Word",
    "capitalised_runs",
    "datatypes_by_grammar",
    "datatypes_handled",
    "laws_in_run",
    "orgs_in_run",
    "persons_in_run",
]
