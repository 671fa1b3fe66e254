"""Where a name ends in telegram capitals. In a text printed all in capitals every word looks like a name's word, so
a capitalised run goes on from a name through the words after it ("THE MINISTRY OF COMMUNICATIONS SAID THAT ...",
"BANK OF KOREA SIGNED A SWAP LINE", "THE SECRETARY MET WITH ...", "EC COMMISSION WILL PROPOSE A DIRECTIVE",
"MINISTRY OF INTERIOR OFFICIALS TOLD EMBOFF"). The tagger reads such a paragraph in its re-cased view
(`pipelines.nlp.recase`), where it tells a verb from a noun:

- a name holds no finite verb ("said", "signed", "opposes"), nor an irregular past form the tagger may miss ("MET",
  the lexicon's `irregular_past_verbs`), nor a verb's base form after a modal or "to" ("WILL PROPOSE"); a
  participle ("UNITED STATES", "ASSOCIATED PRESS"), a head noun that is also a verb ("ACT", "RESERVE", "ORDER") and
  a present form before "of", which is a plural noun ("TRANSBORDER FLOWS OF PERSONAL DATA"), stay words of a name;
- the people who speak for a body follow its name and are no word of it ("MFA OFFICIALS", "UNESCO SECRETARIAT
  SOURCES": the lexicon's `caps_staff_nouns`), unless "of" names them as the body's members ("COUNCIL OF
  OFFICIALS")."""

from __future__ import annotations

from functools import lru_cache

from pipelines.nlp.lexicon import Lexicon

#: the finite verb tags: past, third person present and other present; a participle ("VBN", "VBG") may be a
#: name's word ("UNITED KINGDOM", "RESTRICTED DATA")
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: the tags of what comes before a verb's base form: a modal ("WILL", "MAY"), "TO"
BEFORE_BASE_FORM_TAGS = frozenset({"MD", "TO"})


def caps_finite_verb(
    text: str, lower: str, tag: str, irregular_past: frozenset[str], heads: frozenset[str], before_tag: str = ""
) -> bool:
    """The word `text` (lower case `lower`, tagged `tag`; the word before it tagged `before_tag`), printed in
    capitals, is a verb and so ends the name before it: the tagger reads it as a finite verb, or as a base form
    after a modal or "to", or it is an irregular past form ("MET", "TOLD"); a word of two letters or fewer ("AS",
    "IS": function words, which break a run already) and a name's head noun ("ACT", "COUNCIL") are no such verb."""
    if len(text) < 3 or not text.isalpha() or not text.isupper() or lower in heads:
        return False
    if tag == "VB" and before_tag in BEFORE_BASE_FORM_TAGS:
        return True
    return tag in FINITE_VERB_TAGS or lower in irregular_past


def caps_staff_noun(text: str, lower: str, before: str | None, staff_nouns: frozenset[str], connectors) -> bool:
    """The word `text`, printed in capitals, names the people who speak for the body named before it ("MFA
    OFFICIALS", "SECRETARIAT SOURCES"): a word of `staff_nouns` right after a name's word (`before`, lower case),
    not after a connector ("COUNCIL OF OFFICIALS")."""
    return text.isupper() and lower in staff_nouns and before is not None and before not in connectors


def caps_name_ends(toks: list, i: int, last: str | None, lex: Lexicon) -> bool:
    """The token at `i` of the run scanner's tokens (`toks`, each with `text`, `lower_`, `tag_`, `is_space`),
    printed in capitals after the run's last word (`last`, lower case, or None), is a word no name holds: a verb,
    or the people who speak for the body named before it."""
    tok = toks[i]
    before = next((t for t in reversed(toks[max(0, i - 3) : i]) if not t.is_space), None)
    before_tag = before.tag_ if before is not None and before.text.isupper() else ""
    heads, connectors = _word_classes(lex)
    after = next((t for t in toks[i + 1 : i + 4] if not t.is_space), None)
    if tok.tag_ in ("VBZ", "VBP") and after is not None and after.text == "OF":
        return False  # a present form before "of" is a plural noun: "TRANSBORDER FLOWS OF PERSONAL DATA"
    if caps_finite_verb(tok.text, tok.lower_, tok.tag_, lex.irregular_past_verbs, heads, before_tag):
        return True
    return caps_staff_noun(tok.text, tok.lower_, last, lex.caps_staff_nouns, connectors)


@lru_cache(maxsize=4)
def _word_classes(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The head nouns of bodies' and laws' names, and the connectors inside a name (as the run scanner has them)."""
    return lex.org_heads | lex.law_heads, lex.name_connectors | lex.name_particles | {"from"}
