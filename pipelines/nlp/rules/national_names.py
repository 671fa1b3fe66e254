"""A body's name opened by a state's name of several words ("United States International Trade Commission", "South
Korea Fair Trade Commission"): the state owns the body, so it is a national body, an Agency, whatever cue of an
intergovernmental body ("International", "Trade") its name holds. One word is not enough to read a state's name
made of several ("United" alone is none)."""

from __future__ import annotations

from pipelines.nlp.rules.runs import Word


def state_name_opens(span_words: list[Word], is_state) -> bool:
    """A state's name of one to three words opens the body's name ("United States International Trade Commission",
    "U.S. Department of Commerce"): a national body, whatever cue of an intergovernmental one ("International")
    follows."""
    if is_state is None:
        return False
    return any(is_state(" ".join(x.text for x in span_words[:n])) for n in range(1, min(3, len(span_words) - 1) + 1))
