"""The left edges of a law's name in a capitalised run (`LEFT_EDGE_STEPS`, which `laws` applies in turn), and
the runs that name no law at all: words a run picks up before a title that are no part of it ("Pursuant to the
Constitution of ...", "FACT SHEET on U.S.-Japan Digital Trade Agreement", "Congress Passes Data Act", a marker
such as "END SUMMARY" before a heading); and the short names an acronym makes with an instrument noun ("EEA
Agreement")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


@dataclass
class LawRun:
    """A run from where a law's name may start (cut before a date after it), with its lower-case words."""

    w: list[Word]
    low: list[str]
    lex: Lexicon
    is_state: Callable[[str], bool] | None


#: prepositions after which a name starts ("on", "about"); a document's subject follows them
_SUBJECT_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning"})


def after_complex_preposition(run: LawRun, start: int, last: int) -> int:
    """A complex preposition ("pursuant to", "according to", "subject to", "further to") capitalised at a sentence's
    start is no word of the name after it: "Pursuant to the Constitution of ..." names the Constitution."""
    low = run.low
    k = start
    if k + 1 < last and low[k] in run.lex.complex_preposition_heads and low[k + 1] == "to":
        k += 2
        while k < last and low[k] in ("the", "this", "that"):
            k += 1
        return k
    return start


def after_document_noun(run: LawRun, start: int, last: int) -> int:
    """A document's kind and "on" before a law's name make a heading about the law ("FACT SHEET on U.S.-Japan
    Digital Trade Agreement", "Statement on the Data Act"): the name starts after the preposition."""
    low = run.low
    for k in range(start, last - 1):
        two = f"{low[k]} {low[k + 1]}" if k + 1 < last else ""
        if low[k] in run.lex.document_kind_nouns and low[k + 1] in _SUBJECT_PREPOSITIONS:
            start = k + 2
        elif two in run.lex.document_kind_nouns and k + 2 < last and low[k + 2] in _SUBJECT_PREPOSITIONS:
            start = k + 3
    return start


def after_act_noun(run: LawRun, start: int, last: int) -> int:
    """A noun of what is done to a law and "of" before its name make a headline's phrase about the law ("Completion
    of Cross Border Privacy Rules", "Enactment of the Data Act"): the name starts after "of" (and "the")."""
    low = run.low
    for k in range(start, last - 2):
        if low[k] in run.lex.law_act_nouns and low[k + 1] == "of":
            start = k + 3 if low[k + 2] == "the" else k + 2
    return start


def after_capitals_marker(run: LawRun, start: int, last: int) -> int:
    """A paragraph marker in capitals ("END SUMMARY", "BEGIN TEXT", "COMMENT") before a name in title case ends a
    part of a telegram or a report, and the name starts after it: "END SUMMARY Terrorist Financing Tracking
    Program Interim Agreement" (the marker closes the summary; the heading of the next part follows)."""
    w, low = run.w, run.low
    if w[last].text.isupper():
        return start
    k = start
    while k < last and w[k].text.isupper() and low[k] in run.lex.paragraph_marker_words:
        k += 1
    return k if k > start and not w[k].text.isupper() else start


def after_party_to(run: LawRun, start: int, last: int) -> int:
    """A party to a treaty, or joining one, before "to" is no word of the treaty's name ("a Party to Convention
    108", "State Party to the Budapest Convention"); an instrument or a part of one is ("Additional Protocol to the
    Convention", "UK Extension to the EU-U.S. Data Privacy Framework")."""
    low = run.low
    for k in range(start + 1, last):
        if low[k] == "to" and low[k - 1] in run.lex.party_words:
            start = k + 1
    return start


def acronym_instrument(run: LawRun, start: int, last: int) -> bool:
    """An acronym and a capitalised instrument noun of a titled kind make a name ("EEA Agreement", "TFTP
    Agreement", "CBPR Framework"): the acronym says which agreement; a lower-case "agreement" stays a common
    noun."""
    first, head = run.w[start].text, run.w[last].text
    return (
        last == start + 1
        and len(first) >= 2
        and first.isalpha()
        and first.isupper()
        and head[:1].isupper()
        and not head.isupper()
        and run.low[last] in run.lex.titled_law_heads
    )


def of_titled_head(run: LawRun, h0: int) -> bool:
    """A charter's, a declaration's or a convention's title follows "of" also after one word before its head ("EU
    Charter of Fundamental Rights", "Universal Declaration of Human Rights"): the words after "of" are the title,
    as after "on" ("Convention on Cybercrime"). Not a year after "of" ("Geneva Convention of 1949")."""
    low = run.low
    return h0 == 1 and len(low) > 3 and low[1] in run.lex.of_titled_law_heads and low[2] == "of"


def name_after_act_at(w: list[Word], low: list[str], lex: Lexicon) -> int | None:
    """Where a second statute's name starts right after "Act" in a run ("Communications Assistance for Law
    Enforcement Act USA PATRIOT Act FISA Amendments Act", a list without commas): English ends a statute's short
    title at "Act", after which only its year or number ("Act of 1974", "Act 2018") or the words of an act that
    amends it ("Privacy Act Amendments Act") follow. The second name must reach a law head of its own."""
    for k in range(1, len(low) - 1):
        if low[k - 1] != "act" or not w[k].text[:1].isupper() or low[k] in lex.amending_act_words:
            continue
        if any(t in lex.law_heads for t in low[k + 1 :]):
            return k
    return None


#: an ordinal in figures: "14th"
_ORDINAL_FIGURES = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def amendment_to_at(w: list[Word], low: list[str], lex: Lexicon) -> int | None:
    """The "to" after a numbered amendment ("the Fourth Amendment to the U.S. Constitution"): a constitution's
    amendments are named by their ordinal, so the amendment is a name of its own and the constitution after "to"
    another. Not an instrument named after what it adds to ("Additional Protocol to the Convention", "UK Extension
    to the Data Privacy Framework"): no ordinal before it."""
    for k in range(2, len(low) - 1):
        if low[k] != "to" or low[k - 1] != "amendment":
            continue
        if low[k - 2] in lex.ordinal_words or _ORDINAL_FIGURES.fullmatch(low[k - 2]):
            return k
    return None


def two_names_at(w: list[Word], low: list[str], lex: Lexicon) -> tuple[int, int] | None:
    """Where a run of two law names side by side splits: the end of the first and the start of the second
    (`name_after_act_at`: no word between; `amendment_to_at`: "to" between)."""
    k = name_after_act_at(w, low, lex)
    if k is not None:
        return k, k
    k = amendment_to_at(w, low, lex)
    return (k, k + 1) if k is not None else None


#: instruments between several parties name them: a state at the start is part of the name
_PARTY_HEADS = {
    "agreement",
    "treaty",
    "convention",
    "accord",
    "framework",
    "protocol",
    "partnership",
    "communique",
    "communiqué",
    "declaration",
    "charter",
}


def _after_headline_verb(run: LawRun, start: int, last: int) -> int:
    """A finite verb in a headline ends the subject: "Congress Passes Data Act" -> "Data Act"."""
    w, low = run.w, run.low
    for k in range(last):
        if w[k].token.tag_ in ("VBZ", "VBD", "VBP") and not w[k].text[0].isdigit() and _verb_form(w[k], run.lex):
            start = k + 1
        elif low[k] in run.lex.headline_verbs and not w[k].text.isupper():
            start = k + 1  # title case: the model reads the headline's verb as a name ("... Announce ...")
    return start


#: prepositions a headline's predicate takes before its object ("Fines For ...", "Changes Proposed to ...")
_NEWS_PREPOSITIONS = frozenset({"for", "to", "against", "over", "after", "amid"})
#: a plural noun or a participle: what such a preposition follows in a headline, not inside a law's name
_NEWS_BEFORE_TAGS = frozenset({"NNS", "NNPS", "VBN", "VBD"})


def _after_news_preposition(run: LawRun, start: int, last: int) -> int:
    """A title-case headline ends in a law's name after its predicate's preposition: "Increased Fines For
    Violations Of Russian Localization Law", "Changes Proposed to Russian Data Localization Law". A law's name
    puts no such preposition after a plural noun or a participle before its head (its own prepositions follow a
    singular noun, "Right to Financial Privacy Act", or its head, "Act to ..."), so the name starts after it; a
    plural noun with "of" right after the cut is the predicate's object ("Violations Of"), not the name."""
    w, low = run.w, run.low
    cut = None
    for k in range(max(start, 1), last):
        if w[k - 1].text.isupper() or low[k] not in _NEWS_PREPOSITIONS:
            continue  # in capitals the tagger guesses ("SUBCOMMITTEE FOR PRIVACY, TECHNOLOGY AND THE LAW")
        if w[k - 1].token.tag_ in _NEWS_BEFORE_TAGS or low[k - 1].endswith("ed"):
            cut = k + 1
    if cut is None:
        return start
    if cut + 2 <= last and low[cut + 1] == "of" and w[cut].token.tag_ in ("NNS", "NNPS"):
        cut += 2
    return cut


def _verb_form(word: Word, lex: Lexicon) -> bool:
    """In capitals the tagger guesses ("LOCATION PRIVACY PROTECTION ACT": "PRIVACY" as a verb): there a word is
    taken for a finite verb only with a verb's ending (-S, -ED) or as a headline verb; in other text the tag
    decides."""
    if not word.text.isupper():
        return True
    return word.low in lex.headline_verbs or word.low.endswith(("s", "ed"))


def _after_provision(run: LawRun, start: int, last: int) -> int:
    """ "Article 37 of the Cybersecurity Law", "Section 702 of FISA": the provision is not part of the law's name."""
    low = run.low
    for k in range(start, last - 2):
        if low[k] in ("article", "section", "chapter", "part", "paragraph", "clause", "title") and low[k + 2] == "of":
            start = k + 3
    return start


def _after_of_the(run: LawRun, start: int, last: int) -> int:
    """ "of the" before the head starts a definite noun phrase inside a heading: "Overview of the Recovery Act",
    "Review of the Law" (a title that takes "of" does so without an article: "Freedom of Information Act")."""
    low = run.low
    for k in range(start, last - 1):
        if low[k] == "of" and low[k + 1] == "the":
            start = k + 2
    return start


def _after_inner_article(run: LawRun, start: int, last: int) -> int:
    """ "the" after a word that is no connector starts a new noun phrase ("... on S. 2171 THE LOCATION PRIVACY
    PROTECTION ACT"): a name has "the" only after a connector ("Freedom of the Press Act")."""
    low = run.low
    for k in range(start + 1, last):
        if low[k] == "the" and low[k - 1] not in run.lex.name_connectors:
            start = k + 1
    return start


def _after_body_and_preposition(run: LawRun, start: int, last: int) -> int:
    """A body's name and a preposition of place or topic end a phrase of their own ("intervention in the European
    Parliament on the EU-US TFTP Agreement"): the law's name starts after them."""
    low = run.low
    for k in range(start, last - 1):
        if low[k] in run.lex.org_heads and low[k + 1] in ("on", "in", "at", "before"):
            start = k + 2
    return start


def _after_person_title(run: LawRun, start: int, last: int) -> int:
    """A person's title (or titles: "Presidents X and Y") before the law ends the name's left side: "Secretary
    Raimondo on the Data Privacy Framework". Not an office right before the head: an act is named after the office
    it sets up ("Australian Information Commissioner Act 2010")."""
    low, titles = run.low, run.lex.person_titles
    titled = [k for k in range(start, last - 1) if low[k] in titles or (low[k][-1:] == "s" and low[k][:-1] in titles)]
    if titled:
        conns = [k for k in range(titled[-1] + 1, last) if low[k] in ("on", "of", "for", "about", "regarding")]
        start = conns[-1] + 1 if conns else titled[-1] + 1
    return start


def _after_holders_possessive(run: LawRun, start: int, last: int) -> int:
    """A person's title, a name and a possessive before a title ("Senator Markey's Children and Teens' Online
    Privacy Protection Act", "Rep. Ed Smith's Data Act"): the titled name is the bill's sponsor, whose "'s" says
    whose bill it is, and the law's name starts after it (a possessive inside a title follows a plural or a common
    noun: "Children's Online Privacy Protection Act")."""
    w, low, titles = run.w, run.low, run.lex.person_titles
    for k in range(start + 1, min(start + 4, last - 1)):
        if low[k] not in ("'s", "'"):
            continue
        holder = range(max(0, start - 1), k)
        if start > 0 and low[start - 1] in titles and all(w[i].is_name for i in holder):
            return k + 1
        break
    return start


def _after_connectors(run: LawRun, start: int, last: int) -> int:
    """A name starts with no connector and no word that starts a phrase ("the", "this", ...)."""
    low, lex = run.low, run.lex
    while start < last and (low[start] in lex.name_connectors or low[start] in lex.name_stop_starters):
        start += 1
    return start


def _after_leading_state(run: LawRun, start: int, last: int) -> int:
    """A leading state name separated by a space is its own mention ("U.S. Foreign Intelligence Surveillance Act"),
    unless another state or demonym follows (then the states name the parties: "New Zealand Australian Free
    Trade Agreement")."""
    w, low, is_state = run.w, run.low, run.is_state
    for n in (3, 2, 1):
        if start + n < last and is_state and is_state(" ".join(x.text for x in w[start : start + n])):
            nxt = w[start + n]
            # a country's full name as the first word is part of an official title ("Nigeria Data Protection
            # Act", "Kenya Information and Communications Act"); an abbreviation is a modifier ("U.S. FISA")
            spelled = any(ch.islower() for ch in w[start].text) and not w[start].text.endswith(".")
            party = (
                spelled
                or is_state(nxt.text)
                or nxt.token.ent_type_ in ("NORP", "GPE")
                or "-" in w[start + n - 1].text
                or low[last] in _PARTY_HEADS
                or _acronym_title(w[start], nxt, n)
            )
            if not party:
                start += n
            break
    return start


#: prepositions after which a state is the complement of a phrase, not the first word of a title
_STATE_PREPOSITIONS = frozenset({"from", "to", "for", "in", "on", "with", "by", "under", "against", "into", "at"})


def _after_state_and_preposition(run: LawRun, start: int, last: int) -> int:
    """A state (or states listed with "," and "and") followed by a preposition ends a phrase of its own and starts
    no title: "the benefit for Australia from the Agreement" names the Agreement, not "Australia from the
    Agreement"; "talks between Canada and Chile on the Data Act" names the Act."""
    w, low, is_state = run.w, run.low, run.is_state
    if is_state is None:
        return start
    k = start
    while k < last:
        n = next((n for n in (3, 2, 1) if k + n < last and is_state(" ".join(x.text for x in w[k : k + n]))), 0)
        if not n:
            return start
        k += n
        if low[k] in _STATE_PREPOSITIONS:
            return k + 1
        if low[k] not in (",", "and", "or"):
            return start
        k += 1
    return start


def _after_demonym(run: LawRun, start: int, last: int) -> int:
    """A leading demonym is an adjective, not part of the name ("the Chinese Cybersecurity Law"); before an office
    that names the act it is the office's own ("Australian Information Commissioner Act 2010")."""
    w, office = run.w, run.low[last - 1] in run.lex.person_titles
    if start < last and _single_word_demonym(w[start].token) and "-" not in w[start].text and not office:
        start += 1
    return start


#: the left edge of a name that ends in a law head, moved right by each step in turn
LEFT_EDGE_STEPS: tuple[Callable[[LawRun, int, int], int], ...] = (
    after_capitals_marker,
    after_complex_preposition,
    after_document_noun,
    after_party_to,
    _after_headline_verb,
    _after_news_preposition,
    _after_provision,
    _after_of_the,
    _after_inner_article,
    _after_body_and_preposition,
    _after_person_title,
    _after_holders_possessive,
    _after_state_and_preposition,
    _after_connectors,
    _after_leading_state,
    _after_demonym,
    after_act_noun,
)


def _acronym_title(state: Word, nxt: Word, n: int) -> bool:
    """ "USA PATRIOT Act", "USA FREEDOM Act": a three-letter state abbreviation before another word in capitals
    is a word of an acronym title; a two-letter one or a dotted one is a modifier ("US CLOUD Act", "U.S. FISA")."""
    return n == 1 and state.text.isalpha() and state.text.isupper() and len(state.text) >= 3 and nxt.text.isupper()


def _single_word_demonym(tok) -> bool:
    """ "Chinese" in "the Chinese Cybersecurity Law"; not a title's first words the model took for a group
    ("Protecting Americans from ... Act")."""
    t = tok.doc[tok.i]
    return t.ent_type_ == "NORP" and t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.nbor(1).ent_iob_ != "I")
