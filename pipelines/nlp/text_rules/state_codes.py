"""A code of law named with the state whose code it is: "the Criminal Code of the Republic of Uzbekistan", "the
Labour Code of the Russian Federation", "the Civil Code of Ukraine".

A code's title names the state it belongs to after "of", as a law's title does ("Cybersecurity Law of the People's
Republic of China", "Constitution of Ghana"): the state is a word of the code's name, not a mention of its own
(GUIDELINES: nested names, the outer name only). The words after "of" must name a state the tables know, cut back
from the right until they do ("the Penal Code of Thailand Section 112" -> "Thailand"); a body, a region or a
common noun after "of" ("the Electoral Code of Conduct", "the Tax Code of Virginia") leaves the code's name as it
is."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.nlp.rules import Cand
from pipelines.nlp.text_rules.laws import CODE_NAME

#: "of", an optional "the" and up to five capitalised words (an inner "of" allowed: "Republic of Uzbekistan")
_OF_NAME = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*){0,4})"
)


def find_state_codes(text: str, type_of: Callable[[str], str | None]) -> list[Cand]:
    """Each code's name ("Criminal Code") with the state named after its "of", as one Law citation."""
    out: list[Cand] = []
    for m in CODE_NAME.finditer(text):
        after = _OF_NAME.match(text, m.end())
        if after is None:
            continue
        state = _state_words(after.group(1), type_of)
        if state is not None:
            out.append(Cand.of(m.start(), after.start(1) + len(state), "Law", "citation"))
    return out


def _state_words(words: str, type_of: Callable[[str], str | None]) -> str | None:
    """The longest run of the words, from their start, that the tables know as a state's name ("Republic of
    Uzbekistan. (Art" -> "Republic of Uzbekistan"); None when no run does."""
    ends = [m.end() for m in re.finditer(r"\S+", words)]
    for end in reversed(ends):
        run = words[:end].rstrip(".")
        if run.split()[-1] not in ("of", "the") and type_of(" ".join(run.split())) == "State":
            return run
    return None
