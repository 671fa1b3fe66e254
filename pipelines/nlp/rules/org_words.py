"""Words inside a capitalised run that tell what kind of body a name is, or that it has ended: a political party's
name ("Party Secretariat"), the pronoun "I", a cue word that makes a body intergovernmental and the committees that
carry a union's name but belong to a state's chamber, a committee named by its remit in capitals, a plural head
shared by two abbreviations, "to the" that opens a recipient, not a name's words, and a branch of government."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


def party_organ_words(words: list[str], party_nouns: frozenset[str]) -> bool:
    """A political party's organ ("Communist Party Propaganda Department", "the Party Secretariat"): the word
    "Party" inside a national body's name names the party, whose organs are not government bodies of the state. An
    intergovernmental working party ("OECD Working Party on Privacy") is typed as an IGO before this is asked."""
    return any(w in party_nouns for w in words)


def first_person(word: Word) -> bool:
    """English writes the pronoun "I" in capitals wherever it stands; it is a clause's subject, never a word of a
    body's name ("the Department of Commerce and I met")."""
    return word.text == "I"


def union_scrutiny_committee(span_low: list[str], scrutiny_words: frozenset[str], organ_heads: frozenset[str]) -> bool:
    """A national parliament's committee on the union's business: a chamber names the committee that scrutinises the
    union by the union and the work ("European Scrutiny Committee", "European Affairs Committee", "EU Select
    Committee"), and its sub-committees by the union and their field ("EU Services Sub-Committee", "EU Justice
    Sub-Committee"). The union's own committees are named by their remit without such a work noun ("European
    Economic and Social Committee") and its parliament's sub-committees by "on" ("Subcommittee on Human Rights"), so
    these names are a state's bodies although they carry the union's name; a union organ's own committee names the
    organ before it ("European Parliament Subcommittee", "the European Parliament's Subcommittee")."""
    if len(span_low) < 3 or span_low[-1] not in ("committee", "subcommittee", "sub-committee"):
        return False
    words = span_low[:-1]
    sub = span_low[-1] != "committee" or words[-1] == "sub" or words[-2:] == ["sub", "-"]
    union_at = [k for k, w in enumerate(words) if w in ("eu", "european")]
    if not union_at or "of" in words or "on" in words:
        return False
    if any(re.sub(r"['’]s$", "", w) in organ_heads for w in words[union_at[0] + 1 :]):
        return False  # the committee of a union's organ named before it
    return sub or any(w in scrutiny_words for w in words[union_at[0] + 1 :])


def caps_remit_committee(span_low: list[str], committee_heads: frozenset[str], time_words: frozenset[str]) -> bool:
    """In capitals, where every word looks like a name, a committee named head-first by its remit is still a body's
    name: a legislature or a council names its committees "Committee on" or "for" their field ("SENATE COMMITTEE ON
    THE JUDICIARY", "DOMESTIC COUNCIL COMMITTEE ON PRIVACY", "SUBCOMMITTEE FOR PRIVACY, TECHNOLOGY AND THE LAW")."""
    for k, w in enumerate(span_low[:-1]):
        if w in committee_heads and span_low[k + 1] in ("on", "for"):
            rest = [x for x in span_low[k + 2 :] if x not in ("the", "and", "of")]
            return bool(rest) and rest[0] not in time_words  # "COMMITTEE ON MONDAY": when, not which
    return False


def caps_remit_follows(w: list[Word], last: int, committee_heads: frozenset[str]) -> bool:
    """ "COMMITTEE ON THE JUDICIARY": in capitals a committee's remit goes on after "ON" or "FOR" as in mixed case."""
    return w[last].low in committee_heads and w[last + 1].text in ("ON", "FOR") and w[last].text.isupper()


def shared_plural_head(w: list[Word]) -> bool:
    """A plural noun after two abbreviations joined by "and" is their shared head ("the CBPR and PRP Systems",
    "the GPS and GLONASS Networks"): two things named by their abbreviations, no company."""
    low = [x.low for x in w]
    return (
        low[-1].endswith("s")
        and "and" in low[1:-2]
        and all(w[k - 1].text.isupper() and w[k + 1].text.isupper() for k, t in enumerate(low[:-1]) if t == "and")
        and not w[-1].text.isupper()
    )


#: cue words that say only a body's scope: national bodies have them too ("International Trade Administration")
_SCOPE_CUES = frozenset({"international", "global", "world", "multilateral"})


def igo_by_cue(before_head: list[str], head: str, lex: Lexicon) -> bool:
    """A cue word makes a body intergovernmental, except a word of scope alone before a head that only national
    governments use ("International Trade Administration", "Global Engagement Bureau"): such a head needs a cue
    that names a union or the world's bodies ("European", "United Nations")."""
    cues = {c for c in lex.igo_cues if " " not in c and c in before_head}
    return head in lex.igo_heads or not cues or not cues <= _SCOPE_CUES


def recipient_after_to(w: list[Word], k: int, lex: Lexicon) -> bool:
    """ "to" and a noun phrase after a body's head open the recipient or the goal of what the clause does, no word
    of the name: "to the" ("the views of the Executive Branch to the FCC", "the Department reported to the
    Committee"), "to" before another body's name ("renamed Digital Security Agency to Cyber Security Agency"), and
    "to" after a body named as the source of a "from ... to ..." phrase ("a telegram from the Department of State
    to Certain Posts"). Only a body sent to another names itself by where it is sent ("Mission to the European
    Union", "Delegation to the OECD", `Lexicon.envoy_heads`), and "to" before a verb ("Coalition to Counter
    ISIL", "Committee to Protect Journalists") is no recipient: the name says what the body is for."""
    if w[k].low != "to" or k + 1 >= len(w) or w[k + 1].token.tag_ == "VB":
        return False
    if any(x.low in lex.envoy_heads for x in w[:k]):
        return False
    after = w[k + 1 :]
    return after[0].low == "the" or any(x.low in lex.org_heads for x in after) or _source_of_from(w, k)


def _source_of_from(w: list[Word], k: int) -> bool:
    """The body before the "to" at `k` is the source of a "from ... to ..." phrase: "From" in the run before it, or
    "from" (and "the") right before the run."""
    if any(x.low == "from" for x in w[:k]):
        return True
    doc, i = w[0].token.doc, w[0].token.i - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ == "from"


def government_branch(span_low: list[str], first_head: int, lex: Lexicon) -> bool:
    """ "the Executive Branch", "the Legislative Branch of the U.S. government": a branch of government named by
    its power (`Lexicon.government_powers`) is the whole of a state's bodies that hold that power, no one body; a
    branch named otherwise is a unit of one ("the Enforcement Branch of the Information Commissioner's Office")."""
    return span_low[first_head] == "branch" and first_head > 0 and span_low[first_head - 1] in lex.government_powers
