"""Verbs in telegram capitals. In a text printed all in capitals every word looks like a name's word, so a
capitalised run goes on from a name through the verb after it ("THE MINISTRY OF COMMUNICATIONS SAID THAT ...",
"BANK OF KOREA SIGNED A SWAP LINE", "THE SECRETARY MET WITH ..."). A name holds no finite verb: the tagger, which
reads such a paragraph in its re-cased view (`pipelines.nlp.recase`), tags the verb as one ("said", "signed",
"opposes"), and an irregular past form it may miss ("MET") is a word of the lexicon's `irregular_past_verbs`. A
participle ("UNITED STATES", "ASSOCIATED PRESS") and a head noun that is also a verb ("ACT", "RESERVE", "ORDER")
stay words of a name."""

from __future__ import annotations

#: the finite verb tags: past, third person present and other present; a participle ("VBN", "VBG") may be a
#: name's word ("UNITED KINGDOM", "RESTRICTED DATA")
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def caps_finite_verb(text: str, lower: str, tag: str, irregular_past: frozenset[str], heads: frozenset[str]) -> bool:
    """The word `text` (lower case `lower`, tagged `tag`), printed in capitals, is a finite verb and so ends the
    name before it: the tagger reads it as a finite verb or it is an irregular past form ("MET", "TOLD"); a word
    of two letters or fewer ("AS", "IS": function words, which break a run already) and a name's head noun
    ("ACT", "COUNCIL") are no such verb."""
    if len(text) < 3 or not text.isalpha() or not text.isupper() or lower in heads:
        return False
    return tag in FINITE_VERB_TAGS or lower in irregular_past
