"""People named in a Wikipedia infobox's role fields: "- Chief3 Name: Jane Doe", "- Minister1 Name: John Roe".

An infobox lists the people who hold an organisation's roles as numbered pairs of fields, "<role><n> Name" and
"<role><n> Position" (Wikipedia's government-agency infobox: chief1_name, minister1_name, leader_name). The value of
a role's name field is that person's name; the value of a field named by no role ("Agency Name") is not. A field's
key ("Minister1 Pfo") is a label, no name."""

from __future__ import annotations

import functools
import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: a field line: an optional bullet, the role and its number, "Name" (its number after it too: "Leader Name2"), a
#: colon or an equals sign, then the value; the value's surname particles in lower case ("Jan van der Berg") go in
#: the PARTICLES slot
_ROLE_NAME_FIELD = (
    r"(?m)^[ \t]*[-*•|]?[ \t]*(?P<role>[A-Za-z]+?)[ \t]?\d{0,2}[ \t_]+[Nn]ame\d{0,2}[ \t]*[:=][ \t]*"
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?(?:(?:PARTICLES)[ \t]+)*[A-Z][\w’'-]+){1,3})[ \t]*$"
)


@functools.lru_cache(maxsize=8)
def _role_name_field(particles: frozenset[str]) -> re.Pattern[str]:
    """The field-line pattern with the lexicon's name particles ("van", "den", "de") allowed inside the name."""
    alternation = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True)) or "(?!)"
    return re.compile(_ROLE_NAME_FIELD.replace("PARTICLES", alternation))


#: an infobox field's key before its colon: a bullet, a word with the field's number, and the key's last word
_FIELD_KEY = re.compile(r"(?m)^[ \t]*[-*•|]?[ \t]*[A-Za-z]+\d{1,2}[ \t_]+$")


def find_infobox_persons(text: str, lex: Lexicon) -> list[Cand]:
    """The value of an infobox field "<role><n> Name" whose role holds a person (`infobox_person_roles`): the
    person's name, of two to four capitalised words."""
    return [
        Cand.of(m.start("name"), m.end("name"), "Person", "infobox-person")
        for m in _role_name_field(lex.name_particles).finditer(text)
        if m.group("role").lower() in lex.infobox_person_roles
    ]


def infobox_field_key(text: str, start: int, end: int) -> bool:
    """The span is the last word of a numbered infobox field's key, right before its colon ("Minister1 Pfo:")."""
    if not re.match(r"[ \t]*[:=]", text[end : end + 3]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _FIELD_KEY.fullmatch(text, line_start, start) is not None
