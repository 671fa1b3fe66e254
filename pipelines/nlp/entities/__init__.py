"""The steps of the `pg_entities` component (`components.EntityTyper`), one module per concern.

Each module holds one class of steps over one document; `EntityTyper` inherits them all and runs them in order:

- `knowledge.py`: what every step consults (the reference tables, the lexicon, ordinary English words, the
  resolver) and the predicates they share;
- `candidates.py`: candidate mentions from the rulers, the statistical NER, the rule finders and telegram headers,
  with `ner_candidates.py` (the rulers' and the NER's spans, typed) and `telegram_names.py` (a telegram's own names);
- `persons.py`: what a person's name can and cannot be;
- `headings.py`: what a heading's title case and ordinary words in capitals cannot make a name of;
- `organisations.py`: typing organisations (firms, capitals standing for their governments) and firms' spans;
- `footnotes.py`: footnote marks glued to names;
- `spans.py`: span clean-up and boundaries, and the choice among overlapping candidates;
- `implied.py`: mentions implied by a neighbour (renamed firms, constitutions, examples of a data type);
- `abbreviations.py`: abbreviation definitions, formal designations, parties in a name, repeated names;
- `resolution.py`: each chosen mention's entity.
"""
