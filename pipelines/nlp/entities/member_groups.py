"""A legislature's noun inside the name of a group of people that is not the legislature. English names a members'
group after the chamber its members sit in ("the Senate India Caucus", "the House Freedom Caucus"): the chamber's
noun modifies the group's noun, and the phrase names the caucus, no mention of the chamber. A party or a
federation of unions takes the name "Congress" after the people it gathers ("the All Progressives Congress", "the
Trades Union Congress"): a plural noun of members before "Congress" names a movement, not a state's legislature,
which is named after its state or its rank ("the United States Congress", "the National Congress")."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import Cand

#: the capitalised words right after a span, on its line ("Senate| India Caucus")
_NAME_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)+")
#: how many words after a chamber's noun may still belong to the group's name ("Senate Cybersecurity Caucus")
_GROUP_NAME_REACH = 3
#: the capitalised words right before a span, on its line ("the All Progressives |Congress")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+)+)$")


def in_member_group_name(text: str, c: Cand, lex: Lexicon) -> bool:
    """The candidate is a chamber's or a movement's word inside a group's name: a chamber's noun followed within
    the name by a members' group noun (`Lexicon.member_group_nouns`), or a movement's head
    (`Lexicon.movement_heads`) whose name holds a plural noun of members (`Lexicon.movement_member_words`)."""
    return _group_after(text, c, lex) or _movement_of_members(text, c, lex)


def _group_after(text: str, c: Cand, lex: Lexicon) -> bool:
    """ "Senate India Caucus": the candidate ends in a chamber's noun (`Lexicon.chamber_nouns`: "Senate", "House")
    and a group noun is among the next capitalised words."""
    last = text[c.start : c.end].split()[-1:]
    if not last or last[0].lower() not in lex.chamber_nouns:
        return False
    after = _NAME_AFTER.match(text, c.end)
    words = after.group(0).split()[:_GROUP_NAME_REACH] if after else []
    return any(w.lower() in lex.member_group_nouns for w in words)


def _movement_of_members(text: str, c: Cand, lex: Lexicon) -> bool:
    """ "All Progressives Congress": the candidate's last word is a movement's head and a capitalised word of the
    name, in the candidate or right before it, is a plural noun of members."""
    words = text[c.start : c.end].split()
    if not words or words[-1].lower() not in lex.movement_heads:
        return False
    before = _NAME_BEFORE.search(text, max(0, c.start - 60), c.start)
    name_words = (before.group(1).split() if before else []) + words[:-1]
    return any(w.lower() in lex.movement_member_words for w in name_words)
