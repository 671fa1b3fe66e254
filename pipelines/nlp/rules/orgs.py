"""Organisations in a capitalised run: government, intergovernmental and company names with a head noun
("Ministry of Culture", "Federal Trade Commission", "Court of Justice of the European Union", "ByteDance Ltd.").

`orgs_in_run` is an ordered cascade: each rule in `_ORG_RULES` either decides the run (returns its candidates,
possibly none) or passes it on to the next rule."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.advocacy_centres import advocacy_centre
from pipelines.nlp.rules.body_laws import law_of_named_body
from pipelines.nlp.rules.body_units import ranked_unit_of_body
from pipelines.nlp.rules.candidates import Cand
from pipelines.nlp.rules.caps_defined import caps_defined_name
from pipelines.nlp.rules.caps_names import caps_cell_name
from pipelines.nlp.rules.company_names import company_spans, named_by_legal_form
from pipelines.nlp.rules.glued_names import opener_after_plural
from pipelines.nlp.rules.head_titles import title_after_bare_head
from pipelines.nlp.rules.head_units import unit_name_end
from pipelines.nlp.rules.modifier_heads import head_modifies_remit
from pipelines.nlp.rules.org_spans import org_name_end, org_name_start
from pipelines.nlp.rules.org_words import (
    caps_remit_committee,
    government_branch,
    igo_by_cue,
    party_organ_words,
    recipient_after_to,
    shared_plural_head,
    union_scrutiny_committee,
)
from pipelines.nlp.rules.private_coalitions import private_coalition
from pipelines.nlp.rules.profession_bodies import profession_body
from pipelines.nlp.rules.run_dates import day_of_month
from pipelines.nlp.rules.run_words import Word
from pipelines.nlp.rules.runs import MONTHS, WEEKDAYS, strip_start
from pipelines.nlp.rules.titled_conjuncts import titled_person_after_and


def _is_state_word(word: Word, is_state) -> bool:
    return bool(is_state and is_state(word.text))


def _starts_with_state(words: list[Word], is_state) -> bool:
    """A name opens with a state's name of one to three words ("Japan International Cooperation Agency", "United
    States International Trade Commission", "Republic of Korea Navy"): the state owns the body, whatever words of
    an international body's name ("International", "World") follow."""
    texts = [x.text for x in words[:3]]
    return bool(is_state) and any(is_state(" ".join(texts[:n])) for n in range(1, len(texts) + 1))


@dataclass
class _OrgRun:
    """A run from where a name may start, with its lower-case words and the positions of its head nouns and
    corporate suffixes."""

    w: list[Word]
    lex: Lexicon
    is_state: Callable[[str], bool] | None

    def __post_init__(self) -> None:
        self.low = [x.low for x in self.w]
        self.heads = [
            i for i, t in enumerate(self.low) if t in self.lex.org_heads and _weak_head_is_head(self.low, i, self.lex)
        ]
        self.suffix = [
            i
            for i, t in enumerate(self.low)
            if t in self.lex.corporate_suffixes and i > 0 and not _hyphenated(self.w[i])
        ]


def _hyphenated(word: Word) -> bool:
    """The word is the first part of a hyphenated word ("Co" in "International Co-operation"), not a word of its
    own: no corporate suffix."""
    tok = word.token
    return not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("-", "‐", "‑")


def _numbered(word: Word) -> bool:
    """A number follows the word: "Section 301", "Office 365" name a numbered provision or a product; a day before
    its month ("the National Assembly 14 May 2021") is a date after the name."""
    tok = word.token
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num and not day_of_month(tok.doc, tok.i + 1)


def orgs_in_run(words: list[Word], lex: Lexicon, is_state=None) -> list[Cand]:
    """Government, intergovernmental and company names with a head noun: "Ministry of Culture", "Federal Trade
    Commission", "Court of Justice of the European Union", "World Food Council", "ByteDance Ltd."."""
    s = strip_start(words, lex)
    w = words[s:]
    if not w:
        return []
    run = _OrgRun(w, lex, is_state)
    for rule in _ORG_RULES:
        found = rule(run)
        if found is not None:
            return found
    return []


#: right after a name: its abbreviation in parentheses and one capitalised word ("... Rules (CBPR) Forum")
_ABBREVIATION_THEN_WORD = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&-]{1,11})\)[ \t\n]+([A-Z][a-z]+)\b")


def bodies_with_inner_abbreviation(runs: list[list[Word]], text: str, lex: Lexicon, is_state=None) -> list[Cand]:
    """A name, its abbreviation in parentheses and an organisation's head noun are one body's name: "the Global
    Cross-Border Privacy Rules (CBPR) Forum" is the Global CBPR Forum, not rules beside a forum. English names a
    body after the thing it is about and puts that thing's abbreviation where it is first spelled out; the
    abbreviation spells the words before the head (all or the last ones), and the body is known by its name with the
    abbreviation in their place (`Cand.known_as`). A head that continues a law's name ("... (CBPR) System") or no
    head (the "(ABBR)" of a law) is no body's."""
    words_at = {x.start: x for run in runs for x in run}
    heads = lex.org_heads - lex.law_name_continuations - lex.plural_agency_heads
    out: list[Cand] = []
    for run in runs:
        name = run[strip_start(run, lex) :]
        m = _ABBREVIATION_THEN_WORD.match(text, run[-1].end) if name else None
        if m is None or m.group(2).lower() not in heads or m.start(2) not in words_at:
            continue
        covered = _words_spelled(name, m.group(1))
        if covered is None:
            continue
        head = words_at[m.start(2)]
        type_ = _org_type([*name, head], head.low, lex, is_state)
        if type_ is None:
            continue
        before = " ".join(x.text for x in name[:covered])
        known_as = " ".join(filter(None, (before, m.group(1), head.text)))
        out.append(Cand.of(name[0].start, head.end, type_, "org-inner-abbreviation", known_as=known_as))
    return out


def _words_spelled(name: list[Word], abbreviation: str) -> int | None:
    """Where the words an abbreviation spells start among the last words of a name (each capitalised part of a
    hyphenated word gives its initial: "Cross-Border Privacy Rules" spells CBPR), or None if it spells none."""
    letters = re.sub(r"[^A-Z]", "", abbreviation)
    spelled = ""
    for k in range(len(name) - 1, -1, -1):
        parts = [p for p in re.split(r"[-‐‑]", name[k].text) if p[:1].isupper()]
        if not parts:
            return None
        spelled = "".join(p[0] for p in parts) + spelled
        if spelled == letters and len(letters) >= 2:
            return k
        if not letters.endswith(spelled):
            return None
    return None


def _office_of_holder(run: _OrgRun) -> list[Cand] | None:
    """An office named after its holder, at the end of a run of three or more words and with no head noun:
    "Federal Data Protection and Information Commissioner"; or a title after a remit of data governance alone,
    at the run's end or before "of" and a state ("Privacy Commissioner", "Privacy Commissioner of Canada")."""
    w, low, lex = run.w, run.low, run.lex
    if run.heads or _is_state_word(w[0], run.is_state):
        return None
    last = _before_state_complement(run)
    if last >= 2 and low[last] in lex.office_heads:
        if not any(x.low in lex.person_titles for x in w[:last]) and w[0].token.ent_type_ != "PERSON":
            return [Cand.of(w[0].start, w[last].end, "Agency", "office-of-holder")]
    if len(w) >= 2 and low[0] in lex.office_remit_words and low[1] in lex.office_heads:
        end = 1
        if len(w) == 4 and low[2] == "of" and _is_state_word(w[3], run.is_state):
            end = 3  # "Privacy Commissioner of Canada": the state's office
        elif len(w) > 2:
            return None  # "Privacy Commissioner Jane Roe": the title of a person
        return [Cand.of(w[0].start, w[end].end, "Agency", "office-of-remit")]
    return _office_for_remit(run)


def _before_state_complement(run: _OrgRun) -> int:
    """The last word of the run before an "of" and a state's name that end it ("Federal Data Protection and
    Information Commissioner of Switzerland", "... of the Republic of Korea"): the office's name stops there and
    the state is a name of its own. The run's last word when no state ends it."""
    w, texts = run.w, [x.text for x in run.w]
    for at in range(len(w) - 2, 0, -1):
        if run.low[at] != "of":
            continue
        start = at + 2 if run.low[at + 1] == "the" else at + 1
        if start < len(w) and run.is_state and run.is_state(" ".join(texts[start:])):
            return at - 1
    return len(w) - 1


def _office_for_remit(run: _OrgRun) -> list[Cand] | None:
    """An office named by its title, "for" and a remit of data governance, at the run's end: "the Federal
    Commissioner for Data Protection", "the Commissioner for the Retention and Use of Biometric Material". Not a
    union's member ("European Commissioner for Justice": a person's title), not a title with a name after it
    ("Commissioner for Data Protection Jane Roe": the remit ends the run only without one)."""
    w, low, lex = run.w, run.low, run.lex
    at = next((i for i, t in enumerate(low) if t in lex.office_heads), None)
    if at is None or at + 2 >= len(w) or low[at + 1] != "for":
        return None
    remit, before = low[at + 2 :], low[:at]
    if not any(t in lex.office_remit_words for t in remit) or any(t in lex.igo_cues for t in before):
        return None
    persons = [x.low for x in w[at + 2 :] if x.token.ent_type_ == "PERSON"]
    if persons and not any(t in lex.office_remit_words for t in persons) or any(t in lex.person_titles for t in before):
        return None  # a person's name after the remit (the model's "Biometric Material" is the remit's own words)
    start = _after_last_connector(low, at, lex)  # "Logo of the Federal Commissioner for ...": not "Logo of the"
    return [Cand.of(w[start].start, w[-1].end, "Agency", "office-for-remit")]


def _no_head_word(run: _OrgRun) -> list[Cand] | None:
    """Without a head noun or a corporate suffix a run names no organisation."""
    return [] if not run.heads and not run.suffix else None


def _two_bodies_joined(run: _OrgRun) -> list[Cand] | None:
    """Two bodies joined by "and" ("the Senate and House of Representatives", "the Ministry of Foreign Affairs of
    Iceland and the Iraqi Ministry of Culture"): each side with its own head noun is its own name; so is a state
    after "and" ("Ministry of Public Security and Vietnam"). Each side goes through the whole cascade again."""
    w, low, heads, is_state = run.w, run.low, run.heads, run.is_state
    splits = []
    for k, t in enumerate(low):
        if t != "and" or k == 0 or k + 1 >= len(w):
            continue
        if (
            not any(i < k for i in heads)
            and not (w[k - 1].text.isupper() and low[k + 1] == "the")
            and not (k == 1 and low[0] in run.lex.chamber_short_forms)
        ):
            # "the RBI and the Ministry of Finance": an abbreviation is a name of its own; "the House and Senate":
            # so is a chamber's bare head (`text_rules.find_bare_chambers`)
            continue
        if is_state and is_state(w[k + 1].text):
            splits.append((k, False))
            continue
        if titled_person_after_and(w, low, k, run.lex):
            splits.append((k, False))
            continue
        if _article_and_initialism(w, low, k):
            splits.append((k, False))
            continue
        if head_modifies_remit(w, low, heads, k, run.lex):
            continue  # "the Senate Energy and Natural Resources Committee": one committee, "Senate" its modifier
        nxt = [i for i in heads if i > k]
        # the right side is a name of its own only if its head comes before any further "and", or if an article
        # opens it ("the Council and the European Economic and Social Committee": "and the" starts a noun phrase)
        if nxt and ("and" not in low[k + 1 : nxt[0]] or low[k + 1] == "the"):
            splits.append((k, True))
    if not splits:
        return None
    k, right = next((x for x in splits if low[x[0] + 1] == "the"), splits[-1])
    return orgs_in_run(w[:k], run.lex, is_state) + (orgs_in_run(w[k + 1 :], run.lex, is_state) if right else [])


def _article_and_initialism(w: list[Word], low: list[str], k: int) -> bool:
    """ "the Ministry of Communications and the NCMC": after "and the" a word in capitals alone is another body's
    abbreviation, a noun phrase of its own; a name never goes on with an abbreviation after "and the" ("Department
    of Communications and the Arts" goes on with a word in mixed case). In capitals every word looks like an
    abbreviation ("EUROPEAN PARLIAMENT AND THE COUNCIL"): the left side must be in mixed case to tell."""
    if k + 3 != len(w) or low[k + 1] != "the" or w[k - 1].text.isupper():
        return False
    word = w[k + 2].text
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _body_to_body(run: _OrgRun) -> list[Cand] | None:
    """ "renamed Digital Security Agency to Cyber Security Agency": "to" between a body's head and a later one opens
    the recipient or goal of the clause (`org_words.recipient_after_to`): two names, not one."""
    w, low = run.w, run.low
    for k in range(1, len(w) - 1):
        if low[k] == "to" and any(i < k for i in run.heads) and any(i > k for i in run.heads):
            if recipient_after_to(w, k, run.lex):
                return orgs_in_run(w[:k], run.lex, run.is_state) + orgs_in_run(w[k + 1 :], run.lex, run.is_state)
    return None


def _unit_of_chamber(run: _OrgRun) -> list[Cand] | None:
    """A chamber's committee named by its subject, then "of" and the chamber: "the Energy and Commerce Committee of
    the U.S. House of Representatives" names the committee and the House, each a body. A unit named only by its
    kind ("Standing Committee of the National People's Congress") is the chamber's organ: one name."""
    w, low, lex = run.w, run.low, run.lex
    for j in run.heads:
        if low[j] not in lex.chamber_unit_heads or j + 2 >= len(w) or low[j + 1] != "of":
            continue
        if not any(x in lex.chamber_nouns for x in low[j + 2 :]):
            continue
        start = org_name_start(low, j, lex)
        if start == j or all(x in lex.chamber_unit_kinds or x in lex.name_connectors for x in low[start:j]):
            continue
        return orgs_in_run(w[: j + 1], lex, run.is_state) + orgs_in_run(w[j + 2 :], lex, run.is_state)
    return None


def _unit_of_body(run: _OrgRun) -> list[Cand] | None:
    """ "the Second Chamber of the Supreme Court": a unit named by its rank alone, "of the" and its parent body name
    the parent only (`rules.body_units`)."""
    head = ranked_unit_of_body(run.low, run.heads, run.lex)
    if head is None:
        return None
    return orgs_in_run(run.w[head + 2 :], run.lex, run.is_state)


def _company_by_suffix(run: _OrgRun) -> list[Cand] | None:
    """A company named by a corporate suffix at the run's end ("ByteDance Ltd."), when no head noun names a body."""
    if run.heads:
        return None
    w = run.w
    if run.suffix[-1] != len(w) - 1:
        return []  # "Missile Technology Control Regime": the suffix word is inside another name
    end = run.suffix[-1]
    if shared_plural_head(w[: end + 1]):
        return []
    return [_company(w[a : b + 1], run.lex) for a, b in company_spans(w[: end + 1], run.lex)]


def _company(w: list[Word], lex: Lexicon) -> Cand:
    """The company the words name: by its registered legal form, a name that wins over the names inside it (a
    state's: "Ghana Telecommunications Company Limited"), or by another corporate suffix."""
    if named_by_legal_form(w, lex):
        return Cand.of(w[0].start, w[-1].end, "Firm", "org-legal-form")
    return Cand.of(w[0].start, w[-1].end, "Firm", "org-suffix")


def _body_by_head(run: _OrgRun) -> list[Cand] | None:
    """A body named by its head noun, from where the name starts before the first head to the end of a head-first
    complement ("Office of the Director of National Intelligence"); a bare head is a short form."""
    w, low, lex = run.w, run.low, run.lex
    first = run.heads[0]
    start = opener_after_plural(w, org_name_start(low, first, lex), first, lex, run.is_state)
    end = unit_name_end(w, org_name_end(w, run.heads[-1], lex, run.is_state), lex)
    span_words = w[start : end + 1]
    if not span_words or (end + 1 < len(w) and low[end + 1] in lex.place_heads):
        return []  # ... or "Parliament Street", "Congress Avenue": a place named after the body
    if _attributive_head(w, end, lex):
        return []  # "Internet Service Providers", "Digital Service Taxes": a kind of thing named after a service
    if _numbered(span_words[-1]):
        return []  # "See Section 4", "Office 365": a numbered provision or product, no body
    if _kind_of_body(span_words, lex):
        return []
    if len(span_words) == 1 and span_words[0].low in lex.org_heads:
        if span_words[0].low.startswith("sub") or span_words[0].low in lex.descriptive_heads:
            return []  # "members of the Subcommittee", "the Court held": a sub-body's or a court's head alone describes
        if title_after_bare_head(w, end, lex):
            return []  # "Police Chief Esmail Ahmadi-Moqaddam": an officer's title
        # a bare head ("the Commission", "the Coalition") is a short form: it needs an earlier full name
        return [Cand.of(span_words[0].start, span_words[0].end, "?", "bare-head")]
    type_ = _org_type(span_words, low[first], lex, run.is_state)
    if type_ is None:
        return []
    return [Cand.of(span_words[0].start, span_words[-1].end, type_, "org-head")]


def _attributive_head(w: list[Word], end: int, lex: Lexicon) -> bool:
    """A head that also names a kind of activity, then another capitalised noun in the run, modifies that noun: the
    phrase is a common noun in title case, its head the last word ("Internet Service Providers", "Digital Service
    Taxes", "Electronic Communications Service Licenses"), no body. A title after the body ("Secret Service
    Director") or a connector ("Service of Ireland") does not count."""
    if w[end].low not in lex.attributive_heads or end + 1 >= len(w):
        return False
    nxt = w[end + 1].low
    titles = lex.person_titles | lex.weak_person_titles | lex.office_heads
    return w[end + 1].is_name and nxt not in titles and nxt not in lex.name_connectors


#: the cascade, in order: a rule returns the run's candidates (possibly none) or None to pass the run on
_ORG_RULES: tuple[Callable[[_OrgRun], list[Cand] | None], ...] = (
    _office_of_holder,
    _no_head_word,
    _two_bodies_joined,
    _body_to_body,
    _unit_of_chamber,
    _unit_of_body,
    _company_by_suffix,
    _body_by_head,
)


def _kind_of_body(span_words: list[Word], lex: Lexicon) -> bool:
    """A body's name says what it does or where it is ("Federal Agency for Communications", "State Council"); a
    word of scope or level and a noun of a body's kind alone ("the State Agency", "a Government Authority") name a
    kind of body, as the same words in lower case do, whatever the capitals."""
    low = [x.low for x in span_words]
    return len(low) == 2 and low[0] in lex.body_scope_words and low[1] in lex.body_kind_nouns


def _weak_head_is_head(low: list[str], i: int, lex: Lexicon) -> bool:
    """Whether a weak head noun names a body where it stands. "Staff" does only after a word saying which staff
    ("the General Staff", "the Joint Staff", "the Naval Staff"); first in a name or after a body's name it is the
    body's people ("STAFF OF THE COMMITTEE", "the Senate Staff"). "Establishment" does only right after two words or
    more of a name ("the Atomic Weapons Establishment"); after a place alone it is a clique ("the Washington
    Establishment"). "Headquarters" does only after a word saying which command or service it heads ("Defence
    Headquarters", "Government Communications Headquarters"); after an owner's name it is a building ("Google
    Headquarters"). Other heads always do."""
    if low[i] not in lex.weak_agency_heads:
        return True
    if low[i] in lex.personnel_heads:
        return i > 0 and low[i - 1] in lex.staff_modifiers
    if low[i] in lex.command_heads:
        return i > 0 and low[i - 1] in lex.command_modifiers
    return i - _after_last_connector(low, i, lex) >= 2


def _after_last_connector(low: list[str], i: int, lex: Lexicon) -> int:
    """Where the name that ends at word `i` starts: after the last connector ("of", "the", "for") before it."""
    while i > 0 and low[i - 1] not in lex.name_connectors:
        i -= 1
    return i


def _org_type(span_words: list[Word], first_head_word: str, lex: Lexicon, is_state) -> str | None:
    """The kind of body a name with a head noun is ("IGO", "Agency", "Firm"), or None when it names none (a place,
    several bodies, a charity's fund, an all-caps phrase without a cue)."""
    span_low = [x.low for x in span_words]
    joined = " ".join(span_low)
    head = span_low[-1] if span_low[-1] in lex.org_heads else first_head_word
    starts_with_state = _starts_with_state(span_words, is_state)
    # single-word cues count in the name up to its head ("World Food Council"); in an "of ..." complement only
    # whole IGO names do ("Court of Justice of the European Union", not "Bureau of International Security")
    head_pos = (
        max(i for i, t in enumerate(span_low) if t in lex.org_heads)
        if any(t in lex.org_heads for t in span_low)
        else len(span_low) - 1
    )
    first_head = min((i for i, t in enumerate(span_low) if t in lex.org_heads), default=head_pos)
    before_head = span_low[: first_head + 1]
    cue = any(c in before_head for c in lex.igo_cues if " " not in c) or any(
        c in joined for c in lex.igo_cues if " " in c
    )
    if span_low[-1] in lex.place_heads or span_low[-1] in lex.plural_agency_heads:
        return None  # a place; or several bodies ("European Data Protection Authorities"), no one name
    if span_low[first_head] in lex.plural_agency_heads or government_branch(span_low, first_head, lex):
        return None  # "Departments to Bunting": several bodies; "the Executive Branch": a branch of government
    if head == "fund" and "international" not in span_low:
        return None  # "World ... Fund" names are mostly charities; intergovernmental funds say "International"
    if all(x.text.isupper() for x in span_words if x.text[:1].isalpha()):
        # all-caps telegram text capitalises every word: trust only a cue, or "DEPARTMENT OF STATE"-like names, or a
        # body's name alone in its cell of a mixed-case text ("THE NATIONAL ASSEMBLY | |", rules/caps_names.py), or
        # one its initials follow in parentheses (rules/caps_defined.py)
        head_first = len(span_low) > 2 and span_low[0] in lex.org_heads and span_low[1] == "of"
        head_first = head_first or caps_remit_committee(span_low, lex.committee_heads, MONTHS | WEEKDAYS)
        caps_name = caps_cell_name(span_words, lex) or caps_defined_name(span_words, lex)
        if not cue and not head_first and not caps_name:
            return None
    after_head = span_low[first_head + 1] if first_head + 1 < len(span_low) else None
    head_first_agency = span_low[first_head] in lex.agency_heads and after_head in ("of", "for", "on")
    if span_low[-1] in lex.corporate_suffixes and not cue and not head_first_agency:
        return "Firm"  # not "Department of Payment and Settlement Systems": a body named by its remit
    union_committee = union_scrutiny_committee(span_low, lex.union_scrutiny_words, lex.igo_heads)
    if private_coalition(span_low, lex):
        return None  # "Coalition of Creators and Content Providers": companies or campaigners, no states
    if advocacy_centre(span_low, lex):
        return None  # "Center for Democracy and Technology": campaigners for a cause, no body of a state
    if profession_body(span_low, lex):
        return None  # "International Commission of Jurists": a profession's association, no body of states
    if law_of_named_body(span_low, first_head, lex):
        return None  # "Council of Europe Convention on Cybercrime": a law its maker's name modifies
    if cue and not starts_with_state and not union_committee and igo_by_cue(before_head, head, lex):
        return "IGO"
    if head == "group" and re.search(r"\bgroup of \d+", joined):
        return "IGO"
    if head == "bank" and not re.search(r"\b(central|reserve|people's)\b", joined):
        # "Bank of England" and "Bank of America", "National Bank of Belgium" and "National Bank of Greece": a
        # central bank and a lender are named alike, so the tables tell them apart (agencies.csv lists the central
        # banks named so); a bank they do not list is a lender
        return "Firm"
    if any(t in lex.agency_heads for t in span_low):
        return None if party_organ_words(span_low, lex.political_party_nouns) else "Agency"
    return None
