"""A password that guards data is the lock, not the data.

English names the means by which data are kept safe in a "by" or "with" phrase after a participle of keeping safe:
"files protected by encryption or passwords", "phones locked with passcodes or PINs". There the credential noun
names what guards the data the clause is about; it is no data the text stores, sends or rules on. The same nouns
name data where something handles them ("hackers stole passwords", "must store passwords securely").
"""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the means after its participle: "by"/"with", an optional determiner or adjective, and at most one other means
#: coordinated before it ("by encryption or passwords")
_MEANS_BEFORE = r"\s+(?:by|with)\s+(?:(?:a|an|the|strong|their|its|secret)\s+)?(?:[\w-]+,?\s+(?:or|and)\s+)?$"


def guarding_credential(text: str, c: Cand, lex: Lexicon) -> bool:
    """A data-type candidate that is a credential noun (`lexicon.credential_nouns`) in the "by"/"with" phrase of a
    participle of keeping safe (`lexicon.safeguard_participles`): the means that guards the data."""
    if c.type != "DataType" or text[c.start : c.end].lower() not in lex.credential_nouns:
        return False
    participles = "|".join(sorted(re.escape(p) for p in lex.safeguard_participles))
    before = text[max(0, c.start - 60) : c.start]
    return re.search(rf"(?i)\b(?:{participles}){_MEANS_BEFORE}", before) is not None
