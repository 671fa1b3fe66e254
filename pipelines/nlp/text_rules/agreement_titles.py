"""The official title of an agreement between two parties: English names a bilateral instrument by its kind, its
parties after "between" (a state, a union, or "the Government of" one) and its subject after "on" or "concerning"
in title case: "the Agreement between the Government of the United States of America and the Government of Japan
on Enhancing Cooperation in Preventing Serious Crime", "the Agreement between Canada and the European Union on the
Transfer of Passenger Name Record Data". The whole title is one law; the parties inside it are no mentions of their
own (GUIDELINES.md: nested names, the outer name only). A lower-case subject ("an agreement between A and B on
data sharing") describes an agreement and names none."""

from __future__ import annotations

import re

from pipelines.nlp.rules import Cand

#: a capitalised word of a party's or a title's name, with the function words that join such words
_CAP = r"[A-Z][\w'’.-]*"
_JOINED = r"(?:[ \t\n]+(?:(?:of|and|the|for|to|in|on|with|against|between)[ \t\n]+)*" + _CAP + r")*"
#: a party: "the Government of the United States of America", "Canada", "the European Union"
_PARTY = r"(?:the[ \t\n]+)?(?:Government[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?)?" + _CAP + r"(?:[ \t\n]+" + _CAP + r")*"
#: the kinds of instrument two parties sign, capitalised as the first word of the title
_KINDS = r"(?:Agreement|Treaty|Convention|Arrangement|Memorandum[ \t]+of[ \t]+Understanding|Protocol|Accord)"
#: a day or a month after "on" dates the agreement ("the Agreement between the EU and Japan on Monday"): no subject
_NOT_A_DATE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)
#: a party's name goes on with "of" or "and" ("the United Kingdom of Great Britain and Northern Ireland")
_PARTY_REST = r"(?:[ \t\n]+(?:of|and)[ \t\n]+(?:the[ \t\n]+)?" + _CAP + r"(?:[ \t\n]+" + _CAP + r")*)*"
_TITLE = re.compile(
    r"\b"
    + _KINDS
    + r"[ \t\n]+between[ \t\n]+"
    + _PARTY
    + _PARTY_REST
    + r"[ \t\n]+and[ \t\n]+"
    + _PARTY
    + _PARTY_REST
    + r"[ \t\n]+(?i:on|concerning|regarding|relating[ \t\n]+to|for)[ \t\n]+(?:the[ \t\n]+)?"
    + _NOT_A_DATE
    + _CAP
    + _JOINED
)


def find_agreement_titles(text: str) -> list[Cand]:
    """Agreements named by their official title (kind, parties after "between", a title-case subject after "on"),
    from the kind to the subject's last capitalised word."""
    out = []
    for m in _TITLE.finditer(text):
        end = m.end()
        if text[end - 1] in ".," and text[end - 2].islower():
            end -= 1  # a sentence's full stop after the title's last word (not an abbreviation's: "U.S.")
        out.append(Cand.of(m.start(), end, "Law", "agreement-title"))
    return out
