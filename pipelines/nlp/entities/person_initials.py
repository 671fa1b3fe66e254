"""A person's initials defined in parentheses after the full name ("President Cristina Fernandez de Kirchner's (CFK)
promotion of Anibal Fernandez (AF)"): telegrams, like the press of the countries they report on, then name the person
by the initials alone ("AF has been the most accessible member of CFK's cabinet").

A parenthesis after a person holds many things (a party and state "(R-Idaho)", an age "(67)", a nickname, a
translation); it defines the person's initials only when its letters, two to five capitals, are the initials of the
capitalised words of the name, in order ("Cristina Fernandez de Kirchner": CFK, the particle left out), all of them
or all but a middle one ("Andres Manuel Lopez Obrador": AMLO; "Luiz Inacio Lula da Silva": LILS or LIS). The
parenthesis may follow the possessive ("Kirchner's (CFK)")."""

from __future__ import annotations

import re

#: a parenthesis of capitals right after a name, past its possessive: "'s (CFK)", " (AF)"
_INITIALS_AFTER = re.compile(r"(?:['’]s)?[ \t]*\((?P<letters>[A-Z]{2,5})\)")


def _initials(name: str) -> str:
    """The first letters of the capitalised words of a name, in order ("Cristina Fernandez de Kirchner": CFK)."""
    return "".join(w[0] for w in re.findall(r"[^\s\-]+", name) if w[0].isupper())


def person_initials_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the letters in parentheses right after the person's name at start..end when they are the name's
    initials (the module docstring)."""
    m = _INITIALS_AFTER.match(text, end)
    if m is None:
        return None
    letters, initials = m.group("letters"), _initials(text[start:end])
    if len(initials) < 2:
        return None
    # all the initials, or all but one inside the name (a second given name or a mother's surname left out)
    fits = letters == initials or any(letters == initials[:i] + initials[i + 1 :] for i in range(1, len(initials) - 1))
    return m.span("letters") if fits else None
