"""A state's name that ends a political party's name: "the Communist Party of China", "the Socialist Unity Party of
Germany", "the Workers' Party of Korea". English names a party by its creed and the noun "Party", then "of" and the
country it works in; the country's name is the last word of the party's name, which names the party, not the state.
In lower case ("the ruling party of Germany") the noun describes, and the state is named."""

from __future__ import annotations

import re

#: a capitalised word of a name (its creed: "Communist", "Workers'"), then the party noun and "of" (and "the")
#: right before the state's name; the party noun is matched by the caller against the lexicon
_PARTY_OF_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def ends_party_name(text: str, start: int, party_nouns: frozenset[str]) -> bool:
    """The span starting at `start` follows "<Capitalised word> Party of (the)": the last word of a party's name."""
    m = _PARTY_OF_BEFORE.search(text, max(0, start - 80), start)
    return m is not None and m.group(1).lower() in party_nouns
