"""A centre named "for" a cause it argues for is a private advocacy or research group, not a body of a state.

Governments name centres after a task ("National Counterterrorism Center", "Centre for Cyber Assessment", "Centre for
the Protection of National Infrastructure"); campaigners and think tanks name theirs after the cause they stand for
("Center for Democracy and Technology", "Center for Digital Democracy", "European Center for Digital Rights",
"Centre for Human Rights"). A cause word (`lexicon.advocacy_causes`) in the "for" phrase after the head marks the
second kind: the name is no Agency, and a cue like "European" is no sign of an intergovernmental body.
"""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon


def advocacy_centre(span_low: list[str], lex: Lexicon) -> bool:
    """The lower-cased words of a name hold a centre's head, "for", and then a word naming a cause."""
    for i, word in enumerate(span_low[:-2]):
        if word in lex.advocacy_body_heads and span_low[i + 1] == "for":
            return any(w in lex.advocacy_causes for w in span_low[i + 2 :])
    return False
