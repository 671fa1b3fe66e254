"""Laws in a capitalised run: names that end in a law head ("Federal Trade Commission Act", "Personal Data
Protection Law", "Geneva Communique of 2012"), head-first names ("Law on Cybersecurity") and "Final Rule".

`laws_in_run` reads a run in a fixed order: two names joined by "and" are split first; "Final Rule"-like names are
collected; a date after the name is cut off; then a head-first name decides the run if there is one, and otherwise
the name ending in the last law head does, its left edge found by the steps of `law_edges.LEFT_EDGE_STEPS`."""

from __future__ import annotations

import re

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import bill_titles, law_edges, law_slogans
from pipelines.nlp.rules.candidates import Cand
from pipelines.nlp.rules.law_edges import LawRun
from pipelines.nlp.rules.law_institutions import after_law_institution
from pipelines.nlp.rules.run_words import Word
from pipelines.nlp.rules.runs import MONTHS, strip_start


def laws_in_run(words: list[Word], lex: Lexicon, is_state=None) -> list[Cand]:
    """Named laws ending in a law head: "Federal Trade Commission Act", "Personal Data Protection Law",
    "Geneva Communique of 2012", "Protecting Americans' Data from Foreign Adversaries Act of 2024"; and
    head-first names: "Law on Cybersecurity"; and "Final Rule"."""
    s = law_slogans.negated_run_start(words, strip_start(words, lex))
    w = words[s:]
    low = [x.low for x in w]
    k = _second_name_at(w, low, lex)
    if k is not None:
        return laws_in_run(w[:k], lex, is_state) + laws_in_run(w[k + 1 :], lex, is_state)
    institution = after_law_institution(w, lex)  # "Harvard Law School": the law's kind modifies the school
    if institution is not None:
        return laws_in_run(w[institution:], lex, is_state)
    pair = law_edges.two_names_at(w, low, lex)  # "... Act USA PATRIOT Act", "Fourth Amendment to the Constitution"
    if pair is not None:
        return laws_in_run(w[: pair[0]], lex, is_state) + laws_in_run(w[pair[1] :], lex, is_state)
    out = _rules_by_adjective(w, low, lex)
    cut = _date_after_name(w, low, lex)
    run = LawRun(w[:cut], low[:cut], lex, is_state)
    head_first = _head_first_name(run)
    if head_first is not None:
        return out + [head_first]
    under_law = _title_under_law(run)
    if under_law is not None:
        return out + [under_law]
    return out + _name_by_last_head(run)


def _second_name_at(w: list[Word], low: list[str], lex: Lexicon) -> int | None:
    """The "and" that joins two names: "the Implementing Regulation of the PDPL and the Regulation on Personal Data
    Transfer" (the second starts with a law head; "Protection and Electronic Documents Act" is one name); and "and
    the" before a name ending in a law head ("the GDPR and the Data Act", "Kenya and the Data Act"): inside a title
    "and" joins bare words, an article after it starts a noun phrase of its own; and two complete titles side by
    side ("the Cybersecurity Law and Data Security Law", `_two_titles_at`)."""
    first_heads = lex.law_heads | lex.law_heads_first
    for k in range(1, len(low) - 1):
        after = k + 2 if low[k + 1] == "the" and k + 2 < len(low) else k + 1
        before_law = any(t in lex.law_heads for t in low[:k])
        if low[k] == "and" and (
            (before_law and (low[after] in first_heads or _second_law_name(low, k, lex)))
            or _head_first_at(low, after, lex)
            or (after == k + 2 and low[-1] in lex.law_heads)
            or _two_titles_at(w, low, k, lex)
        ):
            return k
    return None


def _two_titles_at(w: list[Word], low: list[str], k: int, lex: Lexicon) -> bool:
    """English joins two titles with a bare "and" as it joins any two nouns: when a law head ends the words before
    "and" and the words after it start with a capitalised word that is no law head and go on to a law head of their
    own, each side is a complete title ("the Data Security Law and Personal Information Protection Law" are two
    laws). Inside one title "and" joins modifiers, and the part before it ends in no head ("Personal Information
    Protection and Electronic Documents Act"); a head alone after "and" is a shared head ("Act and Regulations")."""
    if k + 2 >= len(low) or not (low[k - 1] in lex.law_heads or _dated_head_before(w, low, k, lex)):
        return False
    first = w[k + 1].text
    return (
        first[:1].isupper()
        and low[k + 1] not in lex.law_heads | lex.law_heads_first
        and any(t in lex.law_heads for t in low[k + 2 :])
    )


def _dated_head_before(w: list[Word], low: list[str], k: int, lex: Lexicon) -> bool:
    """A title dated by its year after "<head> of" ends complete before "and" ("the Privacy Act of 1974 and
    E-Government Act of 2002"), as a bare head does."""
    return (
        k >= 3
        and low[k - 2] == "of"
        and low[k - 3] in lex.law_heads
        and bool(re.fullmatch(r"(?:1[89]|20)\d\d", w[k - 1].text))
    )


def _rules_by_adjective(w: list[Word], low: list[str], lex: Lexicon) -> list[Cand]:
    """ "Final Rule", "Interim Final Rule": a rule named by the adjectives of its stage."""
    out: list[Cand] = []
    for i, t in enumerate(low):
        if t == "rule" and i > 0 and low[i - 1] in lex.rule_adjectives:
            j = i - 1
            if j > 0 and f"{low[j - 1]} {low[j]}" in lex.rule_adjectives:
                j -= 1
            out.append(Cand.of(w[j].start, w[i].end, "Law", "law-rule"))
    return out


def _date_after_name(w: list[Word], low: list[str], lex: Lexicon) -> int:
    """Where a date after the name starts (the run's length if there is none): a date is no part of the name
    ("Agreement on Electronic Commerce in July 2024"), a year after "Act of" is ("Act of 2018")."""
    for k in range(2, len(w)):
        if low[k - 1] in ("in", "on", "since", "from", "until", "of") and (
            low[k] in MONTHS or re.fullmatch(r"(?:19|20)\d\d", w[k].text)
        ):
            if low[k - 1] == "of" and low[k - 2] in lex.law_heads:
                continue  # "Act of 2018" is the name's year
            if low[k - 1] == "of" and k == len(w) - 1 and _head_first_start(low, lex):
                continue  # "Proclamation on Telecom Fraud Offences of 2012": a head-first title's year ends it
            return k - 1
    return len(w)


def _head_first_start(low: list[str], lex: Lexicon) -> bool:
    """The run opens with a law's head and "on"/"for" ("Law on ...", "Proclamation on ..."): a head-first title,
    which English dates by "of" and the year after its subject, at its end."""
    return len(low) > 2 and low[0] in lex.law_heads | lex.law_heads_first and low[1] in ("on", "for")


def _head_first_name(run: LawRun) -> Cand | None:
    """Head-first names: "Law on Cybersecurity", "Federal Act on Data Protection", "Measures for Security
    Assessment of ...", "Provisions on ...", "Framework for Adoption of ...": the head (after at most one
    capitalised modifier) is followed by "on"/"for" (or "of" right at the start) and more capitalised words."""
    w, low, lex, is_state = run.w, run.low, run.lex, run.is_state
    first_heads = (lex.law_heads | lex.law_heads_first) - {"acts"}  # a series of statutes is named head-last
    for h0 in (0, 1, 2, 3):
        if h0 + 2 >= len(w):
            break
        of_title = law_edges.of_titled_head(run, h0)
        if h0 >= 2 and (low[h0] not in lex.titled_law_heads or (is_state and is_state(w[h0 + 2].text))):
            continue  # "African Union Convention on Cyber Security ...": a treaty's title after its maker's name
        if (
            low[h0] in first_heads
            and w[h0 + 2].text[:1].isalpha()
            and (  # "on 1 June" is a date, no title
                low[h0 + 1] in ("on", "for") or (h0 == 0 and low[1] == "of" and low[0] in lex.law_heads) or of_title
            )
        ):
            titled = low[1] in lex.titled_law_heads or of_title  # "EU Charter of Fundamental Rights"
            if h0 == 1 and w[0].text.isupper() and not w[1].text.isupper() and not titled:
                break  # "CLOUD Act on Microsoft": an abbreviation's act is named already; "on" starts a phrase
                # (a titled kind takes its title: "ASEAN Framework on Digital Data Governance")
            maker = low[3] if low[h0 + 1] == "of" and low[2] == "the" and len(low) > 3 else low[h0 + 2]
            if low[h0 + 1] == "of" and (maker in lex.bare_agency_heads or low[-1] in lex.bare_agency_heads):
                break  # "an Act of the Parliament of India", "Act of the Indian Parliament": a law by its maker
            k = len(w) - 1
            if "in" in low[h0 + 2 :]:
                k = low.index("in", h0 + 2) - 1  # "Convention on ... Protection in Malabo": a place, not the title
            while k > h0 + 1 and (low[k] in ("no", "nos", "no.") or low[k] in lex.name_connectors):
                k -= 1  # "Law on the Protection of Personal Data No. 6698": the number is a separate citation
            if w[k].is_name and low[k] not in lex.law_heads and k > h0 + 1:
                return Cand.of(w[0].start, w[k].end, "Law", "law-head-first")
            break
    return None


def _title_under_law(run: LawRun) -> Cand | None:
    """A law's title, "of" and another law's name are one name: the instrument made under that law ("the
    Implementing Regulation of the Personal Data Protection Law", "Enforcement Decree of the X Act", "Implementing
    Rules of the GDPR"). English names a regulation by the statute it implements this way; the statute after "of"
    is a name ending in a law head or a name the tables know as a law (never a state, a body or a year: "the Act of
    2018", "Regulation of the Minister of ...", "Data Act of Sweden" are other constructions). The title before "of"
    needs a word before its head ("Implementing"): a bare head and "of" is a phrase ("the Regulation of the Act")."""
    w, low, lex = run.w, run.low, run.lex
    for k in range(1, len(w) - 2):
        if low[k] not in lex.law_heads or low[k + 1] != "of":
            continue
        law = k + 3 if low[k + 2] == "the" else k + 2
        if law >= len(w) or not _names_a_law_after_of(run, law):
            continue
        start = 0
        for step in law_edges.LEFT_EDGE_STEPS:
            start = step(run, start, k)
        if start < k and w[start].is_name and low[start] not in lex.name_connectors:
            return Cand.of(w[start].start, w[-1].end, "Law", "law-under-law")
        return None
    return None


def _remit_of_body(run: LawRun, start: int, last: int, end: int) -> bool:
    """A body's head, "of" and words ending in a head that also names an activity, with no number after it, name the
    body and its remit ("the Office of Financial Regulation", "the Ministry of Posts and Telecommunications
    Regulation (MPTR) has blocked ..."), not a law; with a number it is the body's instrument ("Ministry of
    Communication and Informatics Regulation No. 5 of 2020")."""
    low, lex = run.low, run.lex
    return (
        end == last
        and low[last] in lex.remit_law_heads
        and start + 1 < last
        and low[start] in lex.org_heads
        and low[start + 1] == "of"
    )


def _names_a_law_after_of(run: LawRun, i: int) -> bool:
    """Whether the run's words from `i` to its end are one law's name: all of them a name the tables know as a
    law (the rulers' label on every token), or capitalised words ending in a law head that is no weak one."""
    w, low, lex = run.w, run.low, run.lex
    rest = w[i:]
    if all(x.token.ent_type_ == "Law" for x in rest):
        return True
    return (
        len(rest) >= 2
        and low[-1] in lex.law_heads
        and low[-1] not in lex.weak_law_heads
        and all(x.is_name for x in rest)
        and not any(t in lex.law_heads for t in low[i:-1])
    )


def _name_by_last_head(run: LawRun) -> list[Cand]:
    """The name that ends in the run's last law head (and its year or number), from the left edge the steps of
    `law_edges.LEFT_EDGE_STEPS` leave; weak heads and bare heads name no law."""
    w, low = run.w, run.low
    heads = [i for i, t in enumerate(low) if t in run.lex.law_heads]
    if not heads:
        return []
    last = heads[-1]
    end = _number_after_head(w, low, last)
    end = _title_of_instrument_referred_to(run, last, end)
    start = 0
    for step in law_edges.LEFT_EDGE_STEPS:
        start = step(run, start, last)
    start = law_slogans.negated_title_start(run, start, last)
    if not _names_a_law(run, start, last, end) or _remit_of_body(run, start, last, end):
        return []
    return [Cand.of(w[start].start, w[end].end, "Law", "law-head-last")]


def _number_after_head(w: list[Word], low: list[str], last: int) -> int:
    """Where the name ends: "... Act of 2024", "... Resolution 2254", "... Act 2023" take their year or number."""
    if last + 1 < len(w) and re.fullmatch(r"\d{1,4}", w[last + 1].text):
        return last + 1
    if last + 2 < len(w) and low[last + 1] == "of" and re.fullmatch(r"\d{4}", w[last + 2].text):
        return last + 2
    return last


def _title_of_instrument_referred_to(run: LawRun, last: int, end: int) -> int:
    """ "Additional Protocol to the Convention on Cybercrime": an instrument named "to the" another instrument names
    that one in full, its title after "on" too (a treaty's kind, `Lexicon.titled_law_heads`, then "on" and
    capitalised words to the run's end; not a day or a month: "the Protocol to the Convention on Monday")."""
    w, low, lex = run.w, run.low, run.lex
    rest = w[last + 2 :]
    if (
        end != last
        or "to" not in low[:last]
        or low[last] not in lex.titled_law_heads
        or last + 2 >= len(w)
        or low[last + 1] != "on"
        or low[last + 2] in (*lex.weekdays, *lex.months)
        or not rest[-1].is_name
        or not all(x.is_name or x.low in lex.name_connectors for x in rest)
    ):
        return end
    return len(w) - 1


def _names_a_law(run: LawRun, start: int, last: int, end: int) -> bool:
    """Whether the words from `start` to the head at `last` name a law: a bare head needs a word before it (except
    "Constitution", "Charter"), a weak head two and the case to tell, a resolution its number, a plural head
    ("the Data Protection Acts") the case to tell."""
    w, low, lex = run.w, run.low, run.lex
    n_before = last - start
    head = low[last]
    if n_before < 1 and head not in ("constitution", "charter"):
        return False
    if head in lex.weak_law_heads and not law_edges.acronym_instrument(run, start, last):
        if n_before == 1 and _year_after_head(w, last, end) and low[start] not in lex.law_title_statuses:
            return True  # "Telecommunications Bill 2023": the year makes a title of one word and a weak head
        if n_before == 1 and end == last and bill_titles.one_word_bill_title(w[start], w[last], lex):
            return True  # "the Intelligence Bill": a bill's one-word title
        if n_before < 2 or all(x.text.isupper() for x in w[start : last + 1]):
            return False  # in capitals "USE OF PRIVACY RULES" looks like a title: weak heads need the case to tell
    if head == "resolution" and end == last:
        return False
    if head == "acts" and all(x.text.isupper() for x in w[start : last + 1]):
        return False  # in capitals a plural head cannot tell a title from a heading ("IMPACT OF ... PRIVACY ACTS")
    if head == "acts" and end == last and low[last - 1] in lex.bare_agency_heads | lex.org_heads:
        return False  # "Senate Acts on ...": a body's verb in a headline; "the Parliament Acts 1911 and 1949" cite
    if head == "rule" and (low[last - 1] in lex.rule_adjectives or set(low[start:last]) & lex.name_connectors):
        return False  # "Final Rule" is found as such; "Analysis of the Rule" names no rule: its subject says which
    if head == "rules" and last != len(w) - 1:
        return False  # "... Data Transfer Rules Now Under Enforcement": a title-case headline, not a name
    return True


def _year_after_head(w: list[Word], last: int, end: int) -> bool:
    """The name ends in a year right after its head ("Broadcasting Bill 2024", "Telecommunications Bill 2023"):
    English dates a title, not a common noun, so a weak head with its year names one instrument. The head and a
    word before it in title case (not a heading in capitals); a status before the head is no title ("Draft Bill
    2023": `_names_a_law`)."""
    return (
        end == last + 1
        and re.fullmatch(r"(?:19|20)\d\d", w[end].text) is not None
        and w[last].text[:1].isupper()
        and not w[last].text.isupper()
        and not w[last - 1].text.isupper()
    )


def _second_law_name(low: list[str], k: int, lex: Lexicon) -> bool:
    """ "and the" after a law's head (or its year) starts a second law's name: "the Freedom of Information Act and
    the Prevention of Terrorism Act" are two laws ("Protection and Electronic Documents Act", no article, is one)."""
    prev = low[k - 1]
    year = re.fullmatch(r"\d{4}", prev) is not None
    return (
        k + 2 < len(low)
        and low[k + 1] == "the"
        and (prev in lex.law_heads or year)
        and any(t in lex.law_heads for t in low[k + 2 :])
    )


def _head_first_at(low: list[str], i: int, lex: Lexicon) -> bool:
    """A title that starts with its head and "on"/"for" ("Guidelines on Data Protection", "Rules for ...") starts a
    name of its own after "and": "the rules of Nigeria and Guidelines on Data Protection" joins two things."""
    return i + 2 < len(low) and low[i] in lex.law_heads_first and low[i + 1] in ("on", "for")
