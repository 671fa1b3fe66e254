"""Hansard's web pages open each speech with the member's photograph, captioned by the member's name: the page's
text reads the name, the word "Portrait" and the member's office or seat ("Jane Doe Portrait The Minister for
Data (Jane Doe)"). The words before "Portrait" at a line's start are a person's name; the same name in brackets
after the office names the speaker again (the repeats of a name found are read elsewhere). An article opens no
name ("The National Portrait Gallery")."""

from __future__ import annotations

import re

from pipelines.nlp.rules import Cand

#: at a line's start, two to five capitalised words (a peer's style such as "Viscount" or "Baroness" kept), the
#: word "Portrait", and the office or seat, which Hansard always follows by a bracket on the same line (the
#: speaker's name or party: "(Jane Doe)", "(Con)"); a gallery's name ("The National Portrait Gallery") has none
_CAPTION = re.compile(
    r"(?m)^(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,4})[ \t]+Portrait[ \t]+(?=[A-Z][^\n]*\([A-Z])"
)


def find_portrait_captions(text: str) -> list[Cand]:
    """The member's name before "Portrait" at a speech's start ("Julia Roe Portrait The Minister for ...")."""
    return [
        Cand.of(m.start("name"), m.end("name"), "Person", "portrait-caption")
        for m in _CAPTION.finditer(text)
        if m.group("name").split()[0].lower() not in ("the", "a", "an", "this", "our")
    ]
