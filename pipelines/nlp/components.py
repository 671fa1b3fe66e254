"""spaCy components of the extraction pipeline.

- `pg_sentence_starts` (before `parser`): a list item and a paragraph start a sentence ("... in Sweden  • Croatia
  stipulates ..." is two sentences), which the parser then respects.
- `pg_names` / `pg_datatype_terms` (EntityRulers, before `ner`): phrase patterns generated from the reference
  tables (states, agencies, IGOs, firms, laws, people; case-sensitive) and from the ontology's data-type labels
  (case-insensitive). NER then respects these spans.
- `pg_entities` (after `ner`): merges the rulers, the statistical NER and the rule finders of `rules/` into typed
  mentions (State, Agency, IGO, Firm, Law, DataType, Person), cleans spans (no determiner, no possessive, outer name
  wins), types organisations (Agency vs IGO vs Firm vs State), applies abbreviation definitions and repeats a
  document's names, and resolves every mention to an entity. The result is stored as `pipelines.model.Mention`
  records in `doc._.pg_mentions` (`doc_records`). Its steps live in `entities/`, one module per concern;
  `EntityTyper` runs them in order.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from pipelines.nlp import doc_records as _doc_records  # noqa: F401  (registers `doc._.pg_mentions`)
from pipelines.nlp import headings, textview
from pipelines.nlp.entities.candidates import Candidates
from pipelines.nlp.entities.coordinated_bodies import split_person_and_firm
from pipelines.nlp.entities.firm_names import model_persons_named_as_firms
from pipelines.nlp.entities.implied import ImpliedMentions
from pipelines.nlp.entities.national_bodies import NationalBodies
from pipelines.nlp.entities.resolution import Resolution
from pipelines.nlp.entities.spans import SpanCleanup
from pipelines.nlp.entities.state_scope import without_chapter_states
from pipelines.nlp.lexicon import load_lexicon
from pipelines.nlp.reference import ReferenceIndex, load_reference
from pipelines.nlp.rules import Cand
from pipelines.paths import REFERENCE_DIR

# --- pattern generation ----------------------------------------------------------------------------------------


def name_patterns(index: ReferenceIndex) -> list[dict]:
    """Case-sensitive phrase patterns for every alias of every non-data-type entity (with an upper-case variant
    for all-caps telegrams: always for states, for other names when they have several words)."""
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for eid, surfaces in index.surfaces.items():
        entity = index.entities[eid]
        if entity.type == "DataType":
            continue
        for alias in surfaces:
            variants = {alias, alias.replace("'", "’")}
            if entity.type == "State" or (" " in alias and len(alias) > 6):
                variants |= {v.upper() for v in variants}
            for v in variants:
                if (entity.type, v) not in seen and len(v) > 1:
                    seen.add((entity.type, v))
                    patterns.append({"label": entity.type, "pattern": v})
    return patterns


def datatype_patterns(index: ReferenceIndex) -> list[dict]:
    """Case-insensitive phrase patterns from the data-type labels (skos:prefLabel/altLabel)."""
    patterns: list[dict] = []
    for eid, surfaces in index.surfaces.items():
        if index.entities[eid].type != "DataType":
            continue
        for alias in surfaces:
            for v in {alias, alias.replace("'", "’")}:
                patterns.append({"label": "DataType", "pattern": v})
    return patterns


# --- the typing / merging component ----------------------------------------------------------------------------


class EntityTyper(Candidates, SpanCleanup, ImpliedMentions, Resolution, NationalBodies):
    """Turns rulers + NER + rules into typed, cleaned, resolved mentions (see the module docstring). The steps are
    the methods of the classes it inherits, one module of `entities/` each; `__call__` runs them in order."""

    def __call__(self, doc: Doc) -> Doc:
        """Candidates, clean-up, choice, boundaries, implied mentions, resolution, then the checks of mentions."""
        text = doc.text
        cleaned = [self._clean(text, c) for c in self._candidates(doc, text)]
        cands, outside = self._outside_markings(text, cleaned)
        cands = [c for c in cands if not self._weak_in_capitals(text, c) and not self._ordinary_titled(text, c)]
        cands = [c for c in cands if not self._no_person_name(doc, text, c) and not self._bare_head_after_of(text, c)]
        self._prefer_people(cands)
        split_person_and_firm(text, cands, self.lex.founder_firm_words)
        chosen = self._split_law_abbreviations(text, self._split_possessors(text, self._select(cands)))
        chosen = self._titles_before_people(text, chosen)
        chosen = self._national_bodies(text, chosen)
        chosen = self._igo_organs(text, chosen)
        chosen = self._with_implied(doc, text, chosen)
        mentions = self._without_presidencies(self._resolve(doc, chosen, text, outside))
        mentions = [m for m in mentions if not self._office_holder(text, m) and not self._term_of(text, m)]
        mentions = self._without_labels(text, self._without_posts(text, mentions))
        doc._.pg_mentions = mentions
        doc.user_data["pg_text"] = text  # for the relation finder (Doc.text is rebuilt on every access)
        return doc

    def _with_implied(self, doc: Doc, text: str, chosen: list[Cand]) -> list[Cand]:
        """The chosen mentions with their boundaries extended (companies, lists, data of a state) and the mentions
        their neighbours imply added, less the states' names that end a body's chapter name."""
        model_persons_named_as_firms(text, chosen)
        chosen = self._extend_firms(text, chosen)
        chosen = self._extend_lists(text, chosen)
        chosen = self._data_of_states(text, chosen)
        chosen = without_chapter_states(text, self._add_implied(doc, text, chosen), self.lex)
        return self._examples_of_data(doc, text, chosen)


#: characters that mark a list item wherever they stand ("•"), and those that do only at the start of a line ("-")
_BULLETS = frozenset("•▪◦‣●■□○►")
_LINE_BULLETS = frozenset("-–—*")


@Language.component("pg_sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    """A sentence starts after a blank line, at a list item (the item marker is a sentence of its own), after a
    table row, a line that ends in a cell's bar ("Status: In force |"): a row holds no clause of the prose below,
    after a heading's line, and at a capitalised word right after a web address (a cover page or a source line run
    into the text: "... White Paper April 2019 www.justice.gov/CLOUDAct Introduction The United States enacted ...":
    no sentence goes on from an address to a capital without a full stop)."""
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        line_start = tok.i == 0 or (doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text)
        if tok.text in _BULLETS or (tok.text in _LINE_BULLETS and line_start):
            tok.is_sent_start = True
            nxt.is_sent_start = True
        elif tok.is_space and tok.text.count("\n") >= 2:
            nxt.is_sent_start = True
        elif tok.is_space and "\n" in tok.text and tok.i > 0 and doc[tok.i - 1].text == "|":
            nxt.is_sent_start = True
        elif tok.is_space and "\n" in tok.text and nxt.text[:1].isupper() and _heading_before(doc, tok.idx):
            nxt.is_sent_start = True
        elif tok.like_url and nxt.text[:1].isupper():
            nxt.is_sent_start = True
    return doc


def _heading_before(doc: Doc, end: int) -> bool:
    """The line that ends at `end` is a heading in title case ("FACT SHEET: X and Y Announce Z Framework"): the
    text view keeps its line break, and the sentence below it does not go on from it."""
    start = doc.text.rfind("\n", 0, end) + 1
    return textview.title_case(doc.text[start:end]) or headings.heading_ends_at(doc.text, end)


@Language.factory(
    "pg_entities",
    default_config={"reference_dir": "", "datatypes_ttl": "", "lexicon": ""},
)
def make_entity_typer(nlp: Language, name: str, reference_dir: str, datatypes_ttl: str, lexicon: str):
    index = load_reference(
        Path(reference_dir) if reference_dir else REFERENCE_DIR, Path(datatypes_ttl) if datatypes_ttl else None
    )
    lex = load_lexicon(Path(lexicon)) if lexicon else load_lexicon()
    return EntityTyper(index, lex, common_words(nlp))


def common_words(nlp: Language) -> frozenset[str]:
    """Ordinary English words: the model's stop words and the lemma lists of its lemmatizer (WordNet's nouns,
    verbs, adjectives and adverbs), when it has one."""
    words = set(nlp.Defaults.stop_words)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.lookups.has_table("lemma_index"):
        index = lemmatizer.lookups.get_table("lemma_index")
        for key in index.keys():
            words.update(index[key])
    return frozenset(words)
