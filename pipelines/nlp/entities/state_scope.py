"""Where a state's name is no mention of the state: the short name a document gives a region of the state, and the
state's name inside the name of an organisation.

English names a part of a state by a phrase whose complement is the state ("the Hong Kong Special Administrative
Region of the People's Republic of China", "the Kurdistan Region of Iraq"), and a short name defined right after
the phrase in quotes or parentheses names what the phrase's head names when it repeats the head's own words
("... of the People's Republic of China (“Hong Kong”)"): the region, not the state. A company or a society named
after its state ("Nepal Telecommunications Corporation", "the University of Zimbabwe") holds the state's name as a
word of its own name, which names no state (guidelines: nested names, the outer name only); so does a body's
national chapter named by the body's name and then the country's ("Transparency International Bangladesh")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand
from pipelines.nlp.rules.company_names import carrier_business

#: capitalised words (up to six) then "of" (and "the") at the end of the text before a name: "Hong Kong SAR of the "
_HEAD_OF = re.compile(
    r"(?P<head>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,5})[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?$"
)


def _words(text: str) -> set[str]:
    """The words of a name, in lower case, curly apostrophes straight."""
    return {w.lower().replace("’", "'") for w in re.findall(r"[\w’'.-]+", text)}


def names_phrase_head(text: str, state_start: int, state_end: int, alias_start: int, alias_end: int) -> bool:
    """The short name at `alias_start:alias_end`, defined after the state's name at `state_start:state_end`, is
    made of words of the capitalised phrase whose "of" complement the state is, and of none of the state's own
    words: "the Hong Kong SAR of the People's Republic of China (“Hong Kong”)" names the region. A short name of
    the state's own words ("the Government of the Republic of Korea (“Korea”)") or of its initials ("(PRC)") is
    the state's."""
    m = _HEAD_OF.search(text, max(0, state_start - 120), state_start)
    if m is None:
        return False
    alias = _words(text[alias_start:alias_end])
    return bool(alias) and alias <= _words(m.group("head")) and not alias & _words(text[state_start:state_end])


#: the capitalised words (and the connectors of a name) right after a state's name, on its line: "Telecommunications
#: Corporation", "-Emirates Development Company", "Posts and Telecommunications Company Limited"
_NAME_AFTER = re.compile(r"(?:[ \t]+|[ \t]*-[ \t]*)((?:[A-Z][\w.&’'-]*)(?:[ \t]+(?:[A-Z][\w.&’'-]*|and|&|of)){0,6})")
#: capitalised words then "of" (and "the") right before a state's name: "the University of "
_OF_BEFORE = re.compile(r"(?P<head>[A-Z][\w’'-]*)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def in_body_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The state's name at `start:end` is a word of the name of a company or of a body that is no state's organ:
    capitalised words follow it, one of them a company's registered legal form, "Corporation" after a carrier's
    line of business (as `company_names.named_by_legal_form` reads them) or a head of such a body
    (`lexicon.private_body_heads`: "Nepal Telecommunications Corporation", "Uganda Post Limited", "the Senate India
    Caucus"), or it is the "of" complement of such a head ("the University of Zimbabwe"; "the Telephone
    Organization of Thailand" is left to the bodies' rules). A state's name before a government body's head ("U.S.
    Department of Commerce", "Korea Deposit Insurance Corporation") or an ordinary noun is not concerned."""
    heads = lex.private_body_heads | lex.registered_legal_forms
    after = _NAME_AFTER.match(text, end)
    words = [w.lower().rstrip(".,") for w in after.group(1).split()] if after is not None else []
    for before_word, word in zip(["", *words], words, strict=False):
        if word in heads or (word in ("corporation", "corp") and carrier_business(before_word, lex)):
            return True
    before = _OF_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group("head").lower() in heads


#: capitalised words (up to seven, "for"/"of"/"and" between them) right before a state's name, on its line, the last
#: one capitalised: "Transparency International ", "Forum for Freedom of Expression "
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:for|of|and|&)[ \t]+)?[A-Z][\w’'-]*){0,6})[ \t]+$")


def chapter_of_body(text: str, start: int, lex: Lexicon) -> bool:
    """The state's name at `start` ends the name of a body's national chapter or branch: English names the branch of
    an association, a campaign or a network in a country by the body's name and then the country's ("Transparency
    International Bangladesh", "Digital Rights Ireland", "Forum for Freedom of Expression Bangladesh"), so the name
    before it has the head of such a body (`lexicon.chapter_body_heads`). A capitalised word of another kind before
    a state ("Rural Indonesia", "Neighbouring Chile", "Communist China") is not concerned."""
    before = _NAME_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return False
    words = {w.lower().replace("’", "'") for w in before.group("name").split()}
    return bool(words & lex.chapter_body_heads)


def without_chapter_states(text: str, chosen: list[Cand], lex: Lexicon) -> list[Cand]:
    """The chosen mentions without the states' names that end a body's chapter name (`chapter_of_body`); run after a
    firm's name has taken the country of its national arm ("the Irish company Digital Rights Ireland": one firm)."""
    return [c for c in chosen if c.type != "State" or not chapter_of_body(text, c.start, lex)]


#: the capitalised word right after a state's name on its line, a full stop of an abbreviation kept off: "City",
#: "St."
_PLACE_WORD_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z]*)\b")


def in_place_name(text: str, end: int, lex: Lexicon) -> bool:
    """The state's name ending at `end` is the first word of a place's name: English names a city, a street or a
    structure by a name and its head noun after it ("Mexico City", "Kuwait City", "Ethio China St", "India Gate"),
    and the state's name there names the place, not the state. The head must be capitalised, as a word of the name:
    "the China road map" or "Japan street protests" are not concerned."""
    after = _PLACE_WORD_AFTER.match(text, end)
    return after is not None and after.group(1).lower() in lex.state_place_heads
