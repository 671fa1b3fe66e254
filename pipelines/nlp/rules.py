"""Rule-based mention finders over capitalised runs of tokens: bodies named by a head noun ("Ministry of
Culture", "Federal Trade Commission"), laws named by a head noun ("... Act", "Law on ..."), people named after a
title ("Secretary of Commerce Gina Raimondo"). Pure functions over a tokenised `Doc`; no model is loaded here
(the text-level finders are in `text_rules.py`).

Every finder returns `Cand`idates with character offsets; `components.py` merges them with the statistical NER.
The rules generalise from ordinary vocabulary (head nouns such as "Ministry" or "Act", titles such as "Secretary",
corporate suffixes, data-type modifiers) read from `patterns/lexicon.yaml`; none names a particular document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, ORTH, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipelines.nlp.lexicon import Lexicon


@dataclass
class Cand:
    """A candidate mention. Higher `priority` wins an overlap; at equal priority the longer span wins."""

    start: int
    end: int
    type: str
    source: str
    priority: int = 3
    confidence: float = 0.8
    entity_id: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


# --- capitalised runs ------------------------------------------------------------------------------------------


@dataclass
class Word:
    """One word of a capitalised run (tokens joined by hyphens without spaces form one word)."""

    text: str
    start: int
    end: int
    token: _Tok

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")

    @property
    def is_name(self) -> bool:
        """Capitalised, a number, or a name after an article joined by a hyphen ("el-Sisi", "al-Assad")."""
        t = self.text
        return bool(t) and (t[0].isupper() or t[0].isdigit() or _ARTICLE_JOINED.match(t) is not None)


_POSSESSIVE = {"'s", "’s", "'", "’"}
_JOINERS = {"-", "–", "/", "&"}
#: a name joined to its Arabic article by a hyphen: "el-Sisi", "al-Assad", "ad-Din"
_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ul|ud)-[A-Z]")


class _Tok:
    """The few token attributes the run scanner reads, taken from `Doc.to_array` (creating spaCy `Token` objects
    for every token is the scanner's main cost); the tagger/NER attributes are read lazily."""

    __slots__ = ("doc", "i", "text", "idx", "whitespace_", "is_punct", "is_space", "lower_")

    def __init__(self, doc, i, text, idx, ws, punct, space, lower):
        self.doc, self.i, self.text, self.idx, self.whitespace_ = doc, i, text, idx, ws
        self.is_punct, self.is_space, self.lower_ = punct, space, lower

    @property
    def tag_(self) -> str:
        return self.doc[self.i].tag_

    @property
    def ent_type_(self) -> str:
        return self.doc[self.i].ent_type_


def _tokens(doc: Doc) -> list[_Tok]:
    arr = doc.to_array([ORTH, LOWER, IDX, SPACY, IS_PUNCT, IS_SPACE])
    strings = doc.vocab.strings
    return [
        _Tok(doc, i, strings[int(o)], int(idx), " " if sp else "", bool(pu), bool(spc), strings[int(lo)])
        for i, (o, lo, idx, sp, pu, spc) in enumerate(arr.tolist())
    ]


def _name_token(tok) -> bool:
    t = tok.text
    return bool(t) and not tok.is_punct and not tok.is_space and (t[0].isupper() or t[0].isdigit())


#: function words that end a name in all-caps text, where every word looks like a name (telegrams); "OF", "THE",
#: "AND", "FOR", "ON" join names ("COUNCIL OF EUROPE")
CAPS_BREAKS = STOP_WORDS - {
    "of",
    "the",
    "and",
    "for",
    "on",
    "us",
    "it",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "eight",
    "nine",
    "ten",
}


def capitalised_runs(doc: Doc, lex: Lexicon, is_known_name=None, text: str | None = None) -> list[list[Word]]:
    """Maximal runs of capitalised words, with lower-case connectors ("of", "the", "and") and name particles
    inside. A possessive breaks the run after a head noun or a known name ("Justice Department’s Division",
    "Saudi Arabia's law") but not inside a name ("People's Republic", "Americans' Data")."""
    runs: list[list[Word]] = []
    cur: list[Word] = []
    text = doc.text if text is None else text
    toks = _tokens(doc)
    n = len(toks)
    connectors = lex.name_connectors | lex.name_particles | {"from"}
    heads = lex.org_heads | lex.law_heads
    i = 0

    def flush():
        nonlocal cur
        if cur:
            while cur and cur[-1].low in connectors:
                cur.pop()
            if cur:
                runs.append(cur)
        cur = []

    def next_name(j: int, max_skip: int = 2) -> bool:
        # a connector is kept only if a name follows within `max_skip` more connectors
        k = j
        while k < n and k - j <= max_skip:
            t = toks[k]
            if _name_token(t):
                return True
            if t.is_space and t.text.count("\n") == 1:
                k += 1
                continue
            if t.lower_ not in connectors or not t.text.islower():
                return False
            k += 1
        return False

    while i < n:
        tok = toks[i]
        if tok.text.isupper() and len(tok.text) > 1 and tok.lower_ in CAPS_BREAKS:
            flush()  # all-caps text: "RECEIVED INQUIRIES FROM ... ABOUT THE DATA ACT" is no name
            i += 1
            continue
        if tok.text in lex.post_nominals and cur and not cur[-1].text.isupper():
            flush()  # "Sir John Doe MP European Affairs Committee": honours and seats end the name
            i += 1
            continue
        skip = _enumerator(toks, i, cur, heads)
        if skip:
            flush()  # "D. Paperwork Reduction Act", "... Act V. Regulatory Flexibility Act": an outline's item mark
            i += skip
            continue
        if cur and _field_label(toks, i) and not cur[-1].text.isupper():
            flush()  # "Health Breach Notification Rule AGENCY: Federal Trade Commission": a form's next field
        if cur and _caps_heading_starts(cur, toks, i):
            flush()  # "Rules and Regulations DEPARTMENT OF JUSTICE": a heading in capitals starts a new name
        if _name_token(tok) and (cur or not tok.text[0].isdigit()):
            if re.search(r"[A-Za-z0-9][.\-,;:]*[-,;:]$", tok.text):
                # the tokenizer left punctuation on the word ("Commission.--"): the name ends before it
                core = re.sub(r"[.\-,;:]+$", "", tok.text)
                cur.append(Word(core, tok.idx, tok.idx + len(core), tok))
                flush()
                i += 1
                continue
            # hyphen-joined words form one word: "EU-U.S.", "U.S.-Iraq"
            if (
                cur
                and i > 0
                and toks[i - 1].text in _JOINERS
                and not toks[i - 1].whitespace_
                and cur[-1].end == toks[i - 1].idx
            ):
                last = cur[-1]
                cur[-1] = Word(
                    text[last.start : tok.idx + len(tok.text)], last.start, tok.idx + len(tok.text), last.token
                )
            else:
                cur.append(Word(tok.text, tok.idx, tok.idx + len(tok.text), tok))
            i += 1
            continue
        if cur:
            if (
                tok.text in _JOINERS
                and not tok.whitespace_
                and not toks[i - 1].whitespace_
                and i + 1 < n
                and _name_token(toks[i + 1])
            ):
                i += 1
                continue  # joined on the next word
            if (
                i + 2 < n
                and _ARTICLE_JOINED.match(tok.text + toks[i + 1].text + toks[i + 2].text[:1])
                and not tok.whitespace_
                and not toks[i + 1].whitespace_
            ):
                cur.append(Word(tok.text, tok.idx, tok.idx + len(tok.text), tok))
                i += 1
                continue  # "Abdel Fattah el-Sisi": the article, joined to the name after it
            if (
                tok.text.islower()
                and (tok.lower_ in connectors or _by_in_title(cur, tok, lex))
                and next_name(i + 1)
                and not _time_after(toks, i)
            ):
                cur.append(Word(tok.text, tok.idx, tok.idx + len(tok.text), tok))
                i += 1
                continue
            if _wrap_gap(tok) and i + 1 < n and _name_token(toks[i + 1]):
                i += 1
                continue  # a name wrapped at a line end that kept its space ("Western Hemisphere \nDivision")
            if (
                tok.is_space
                and tok.text.count("\n") == 1
                and i + 1 < n
                and toks[i + 1].text.islower()
                and toks[i + 1].lower_ in connectors
            ):
                i += 1
                continue  # a line break inside a name ("Data\nfrom Foreign Adversaries Act")
            if tok.text in _POSSESSIVE and i + 1 < n and _name_token(toks[i + 1]) and not tok.whitespace_ == "":
                prev = cur[-1].low
                so_far = text[cur[0].start : cur[-1].end]
                known = is_known_name(so_far) if is_known_name else False
                if prev not in heads and not known and not (is_known_name and is_known_name(cur[-1].text)):
                    cur.append(Word(tok.text, tok.idx, tok.idx + len(tok.text), tok))
                    i += 1
                    continue
        flush()
        i += 1
    flush()
    return runs


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})\.?")


def _enumerator(toks: list, i: int, cur: list[Word], heads: frozenset[str]) -> int:
    """How many tokens an outline's item mark at `i` takes ("D.", "IV" "."), or 0. A heading's letter or Roman
    numeral is no word of the name after it: a letter at the start of a line ("A person's initial" only starts a
    line in a signature, which has no head noun after it), a numeral of two letters or more where no name is going
    on, and either one right after a name's head noun ("Paperwork Reduction Act V. Regulatory Flexibility Act")."""
    tok = toks[i]
    dot = tok.text.endswith(".")
    if not dot and not (i + 1 < len(toks) and toks[i + 1].text == "." and not tok.whitespace_):
        return 0
    size = 1 if dot else 2
    if i + size >= len(toks) or not _name_token(toks[i + size]):
        return 0
    core = tok.text.rstrip(".")
    letter = len(core) == 1 and core.isupper()
    roman = bool(core) and _ROMAN.fullmatch(core) is not None
    if not (letter or roman):
        return 0
    line_start = i == 0 or (toks[i - 1].is_space and "\n" in toks[i - 1].text)
    after_head = bool(cur) and cur[-1].low in heads
    if after_head or (not cur and (line_start or (roman and len(core) >= 2))):
        return size
    return 0


def _field_label(toks: list, i: int) -> bool:
    """A word in capitals with a colon after it ("AGENCY:", "ACTION:", "SUMMARY:") labels the next field of a form
    or a notice: the text before it ends there."""
    tok = toks[i]
    return tok.text.isupper() and len(tok.text) > 1 and i + 1 < len(toks) and toks[i + 1].text == ":"


_TIME_PREPOSITIONS = frozenset({"on", "in", "since", "until", "from", "during"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _time_after(toks: list, i: int) -> bool:
    """A preposition before a day or a month starts a phrase of time, not a word of the name before it: "the
    Foreign Ministry on Monday", "the Council in May"."""
    nxt = next((t for t in toks[i + 1 : i + 3] if not t.is_space), None)
    return toks[i].lower_ in _TIME_PREPOSITIONS and nxt is not None and nxt.lower_ in _WEEKDAYS | _MONTHS


def _wrap_gap(tok) -> bool:
    """The blank left inside a line of text where a hard-wrapped line was joined after a trailing space: one extra
    space, no line break. A name goes on over it as over a single space."""
    return bool(tok.is_space) and tok.text in (" ", "  ")


def _caps_heading_starts(cur: list[Word], toks: list, i: int) -> bool:
    """A name in capitals with a capitals connector ("DEPARTMENT OF JUSTICE") right after title-case words."""
    if not (toks[i].text.isalpha() and toks[i].text.isupper() and len(toks[i].text) > 1):
        return False
    if not any(ch.islower() for ch in cur[-1].text):
        return False
    nxt = [t.text for t in toks[i + 1 : i + 4] if not t.is_space]
    return len(nxt) >= 2 and nxt[0] in ("OF", "FOR", "AND", "ON") and nxt[1].isupper() and nxt[1].isalpha()


def _by_in_title(cur: list[Word], tok, lex: Lexicon) -> bool:
    """ "by" after a capitalised participle inside a head-first law title continues the title: "Act on the
    Protection of Personal Information Held by Administrative Organs"."""
    if tok.lower_ != "by" or not cur or cur[-1].token.tag_ != "VBN":
        return False
    heads = lex.law_heads | lex.law_heads_first
    return any(a.low in heads and b.low in ("on", "for") for a, b in zip(cur, cur[1:], strict=False))


def _strip_start(words: list[Word], lex: Lexicon) -> int:
    """Where a name in the run may start: after leading determiners, connectors, numbers, a date or a day ("In
    October 2023 the Office of ..." names the Office) and a provision of the name ("Article 3 of the Act on ...")."""
    s = 0
    while s < len(words):
        if words[s].low in _MONTHS and s + 1 < len(words) and words[s + 1].text[0].isdigit():
            s += 2
        elif words[s].low in _WEEKDAYS:
            s += 1  # "Thursday and the Senate": a day names no body
        elif words[s].low in lex.provision_words and s + 2 < len(words) and words[s + 1].text[0].isdigit():
            s += 2
        elif (
            words[s].low in lex.name_stop_starters or words[s].low in lex.name_connectors or words[s].text[0].isdigit()
        ):
            s += 1
        else:
            break
    return s


def _is_state_word(word: Word, is_state) -> bool:
    return bool(is_state and is_state(word.text))


def orgs_in_run(words: list[Word], lex: Lexicon, is_state=None) -> list[Cand]:
    """Government, intergovernmental and company names with a head noun: "Ministry of Culture", "Federal Trade
    Commission", "Court of Justice of the European Union", "World Food Council", "ByteDance Ltd."."""
    s = _strip_start(words, lex)
    w = words[s:]
    if not w:
        return []
    low = [x.low for x in w]
    heads = [i for i, t in enumerate(low) if t in lex.org_heads]
    suffix = [i for i, t in enumerate(low) if t in lex.corporate_suffixes and i > 0]
    if not heads and len(w) >= 3 and low[-1] in lex.office_heads and not _is_state_word(w[0], is_state):
        # an office named after its holder, at the end of a run of three or more words: "Federal Data
        # Protection and Information Commissioner", "Privacy Commissioner of Canada" has its own head
        if not any(x.low in lex.person_titles for x in w[:-1]) and w[0].token.ent_type_ != "PERSON":
            return [Cand(w[0].start, w[-1].end, "Agency", "org-head", priority=4, confidence=0.65)]
    if not heads and not suffix:
        return []
    # two bodies joined by "and" ("the Senate and House of Representatives", "the Ministry of Foreign Affairs of
    # Iceland and the Iraqi Ministry of Culture"): each side with its own head noun is its own name; so is a state
    # after "and" ("Ministry of Public Security and Vietnam")
    splits = []
    for k, t in enumerate(low):
        if t != "and" or k == 0 or k + 1 >= len(w):
            continue
        if not any(i < k for i in heads) and not (w[k - 1].text.isupper() and low[k + 1] == "the"):
            continue  # "the RBI and the Ministry of Finance": an abbreviation is a name of its own
        if is_state and is_state(w[k + 1].text):
            splits.append((k, False))
            continue
        nxt = [i for i in heads if i > k]
        # the right side is a name of its own only if its head comes before any further "and"
        if nxt and "and" not in low[k + 1 : nxt[0]]:
            splits.append((k, True))
    if splits:
        k, right = next((x for x in splits if low[x[0] + 1] == "the"), splits[-1])
        return orgs_in_run(w[:k], lex, is_state) + (orgs_in_run(w[k + 1 :], lex, is_state) if right else [])
    if not heads:
        if suffix[-1] != len(w) - 1:
            return []  # "Missile Technology Control Regime": the suffix word is inside another name
        end = suffix[-1]
        if _shared_plural_head(w[: end + 1]):
            return []
        return [Cand(w[0].start, w[end].end, "Firm", "org-suffix", priority=3, confidence=0.7)]
    first = heads[0]
    # "Members of Congress", "Director of the Office of Museums": the name starts after the last "of" before
    # the first head when no head precedes that "of"; after a person's title it starts after the next connector
    # ("President Joe Biden and European Commission President ...")
    start = 0
    for k in range(first):
        if low[k] in ("of", "for", "to", "from", "at", "in", "with", "by", "on") and k + 1 <= first:
            start = k + 1
        elif low[k] == "the" and k > 0 and low[k - 1] not in lex.name_connectors:
            start = k + 1  # "Passed the Senate": "the" follows a connector inside a name, never a name's word
    titled = [k for k in range(first) if low[k] in lex.person_titles]
    if titled:
        after = [k for k in range(titled[-1] + 1, first) if low[k] in ("of", "for", "and")]
        if after:
            start = max(start, after[0] + 1)
    while start < first and low[start] in lex.name_connectors:
        start += 1
    last = heads[-1]
    end = last
    # head-first complement: "Office of the Director of National Intelligence", "Committee on Foreign Investment"
    if last + 1 < len(w) and (w[last + 1].text in ("of", "for", "on", "to", "OF")):
        k = last + 1
        end_k = end
        while k < len(w):
            if w[k].low in _MONTHS or w[k].text[0].isdigit():
                break  # "Supreme Court of the United States on April 17": a date, not the name
            if w[k].low in lex.law_heads and not any(x.is_name for x in w[k + 1 :]):
                break  # "Reserve Bank of India Act": a law named after the body, not the body
            if w[k].is_name:
                end_k = k
            elif w[k].low not in lex.name_connectors or w[k].low == "in":
                break
            k += 1
        end = end_k
    span_words = w[start : end + 1]
    if not span_words:
        return []
    span_low = [x.low for x in span_words]
    joined = " ".join(span_low)
    head = span_low[-1] if span_low[-1] in lex.org_heads else low[first]
    if len(span_words) == 1 and span_low[0] in lex.org_heads:
        # a bare head ("the Commission", "the Coalition") is a short form: it needs an earlier full name
        return [Cand(span_words[0].start, span_words[0].end, "?", "bare-head", priority=2, confidence=0.6)]
    starts_with_state = _is_state_word(span_words[0], is_state)
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
        return []  # a place; or several bodies ("European Data Protection Authorities"), no one name
    if head == "fund" and "international" not in span_low:
        return []  # "World ... Fund" names are mostly charities; intergovernmental funds say "International"
    if all(x.text.isupper() for x in span_words if x.text[:1].isalpha()):
        # all-caps telegram text capitalises every word: trust only a cue, or "DEPARTMENT OF STATE"-like names
        head_first = len(span_low) > 2 and span_low[0] in lex.org_heads and span_low[1] == "of"
        if not cue and not head_first:
            return []
    after_head = span_low[first_head + 1] if first_head + 1 < len(span_low) else None
    head_first_agency = span_low[first_head] in lex.agency_heads and after_head in ("of", "for", "on")
    if span_low[-1] in lex.corporate_suffixes and not cue and not head_first_agency:
        type_ = "Firm"  # not "Department of Payment and Settlement Systems": a body named by its remit
    elif cue and not starts_with_state and _igo_by_cue(before_head, head, lex):
        type_ = "IGO"
    elif head == "group" and re.search(r"\bgroup of \d+", joined):
        type_ = "IGO"
    elif head == "bank" and not re.search(r"\b(central|reserve|national|people's)\b|\bbank of\b", joined):
        type_ = "Firm"
    elif any(t in lex.agency_heads for t in span_low):
        type_ = "Agency"
    else:
        return []
    return [Cand(span_words[0].start, span_words[-1].end, type_, "org-head", priority=4, confidence=0.75)]


def _shared_plural_head(w: list[Word]) -> bool:
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


def _igo_by_cue(before_head: list[str], head: str, lex: Lexicon) -> bool:
    """A cue word makes a body intergovernmental, except a word of scope alone before a head that only national
    governments use ("International Trade Administration", "Global Engagement Bureau"): such a head needs a cue
    that names a union or the world's bodies ("European", "United Nations")."""
    cues = {c for c in lex.igo_cues if " " not in c and c in before_head}
    return head in lex.igo_heads or not cues or not cues <= _SCOPE_CUES


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


def laws_in_run(words: list[Word], lex: Lexicon, is_state=None) -> list[Cand]:
    """Named laws ending in a law head: "Federal Trade Commission Act", "Personal Data Protection Law",
    "Geneva Communique of 2012", "Protecting Americans' Data from Foreign Adversaries Act of 2024"; and
    head-first names: "Law on Cybersecurity"; and "Final Rule"."""
    out: list[Cand] = []
    s = _strip_start(words, lex)
    w = words[s:]
    low = [x.low for x in w]
    # two names joined by "and (the)": "the Implementing Regulation of the PDPL and the Regulation on Personal Data
    # Transfer" (the second starts with a law head; "Protection and Electronic Documents Act" is one name)
    first_heads = lex.law_heads | lex.law_heads_first
    for k in range(1, len(w) - 1):
        after = k + 2 if low[k + 1] == "the" and k + 2 < len(w) else k + 1
        before_law = any(t in lex.law_heads for t in low[:k])
        if low[k] == "and" and (
            (before_law and (low[after] in first_heads or _second_law_name(low, k, lex)))
            or _head_first_at(low, after, lex)
        ):
            return laws_in_run(w[:k], lex, is_state) + laws_in_run(w[k + 1 :], lex, is_state)
    for i, t in enumerate(low):
        if t == "rule" and i > 0 and low[i - 1] in lex.rule_adjectives:
            j = i - 1
            if j > 0 and f"{low[j - 1]} {low[j]}" in lex.rule_adjectives:
                j -= 1
            out.append(Cand(w[j].start, w[i].end, "Law", "law-rule", priority=4, confidence=0.7))
    # a date after the name is no part of it: "Agreement on Electronic Commerce in July 2024"
    for k in range(2, len(w)):
        if low[k - 1] in ("in", "on", "since", "from", "until", "of") and (
            low[k] in _MONTHS or re.fullmatch(r"(?:19|20)\d\d", w[k].text)
        ):
            if low[k - 1] == "of" and low[k - 2] in lex.law_heads:
                continue  # "Act of 2018" is the name's year
            w, low = w[: k - 1], low[: k - 1]
            break
    # head-first names: "Law on Cybersecurity", "Federal Act on Data Protection", "Measures for Security
    # Assessment of ...", "Provisions on ...", "Framework for Adoption of ...": the head (after at most one
    # capitalised modifier) is followed by "on"/"for" (or "of" right at the start) and more capitalised words
    for h0 in (0, 1, 2, 3):
        if h0 + 2 >= len(w):
            break
        if h0 >= 2 and (low[h0] not in lex.titled_law_heads or (is_state and is_state(w[h0 + 2].text))):
            continue  # "African Union Convention on Cyber Security ...": a treaty's title after its maker's name
        if low[h0] in first_heads and (
            low[h0 + 1] in ("on", "for") or (h0 == 0 and low[1] == "of" and low[0] in lex.law_heads)
        ):
            if h0 == 1 and w[0].text.isupper() and not w[1].text.isupper():
                break  # "CLOUD Act on Microsoft": an abbreviation's act is named already; "on" starts a phrase
            maker = low[3] if low[h0 + 1] == "of" and low[2] == "the" and len(low) > 3 else low[h0 + 2]
            if low[h0 + 1] == "of" and (maker in lex.bare_agency_heads or low[-1] in lex.bare_agency_heads):
                break  # "an Act of the Parliament of India", "Act of the Indian Parliament": a law by its maker
            k = len(w) - 1
            if "in" in low[h0 + 2 :]:
                k = low.index("in", h0 + 2) - 1  # "Convention on ... Protection in Malabo": a place, not the title
            while k > h0 + 1 and (low[k] in ("no", "nos", "no.") or low[k] in lex.name_connectors):
                k -= 1  # "Law on the Protection of Personal Data No. 6698": the number is a separate citation
            if w[k].is_name and low[k] not in lex.law_heads and k > h0 + 1:
                return out + [Cand(w[0].start, w[k].end, "Law", "law-head", priority=4, confidence=0.7)]
            break
    heads = [i for i, t in enumerate(low) if t in lex.law_heads]
    if not heads:
        return out
    last = heads[-1]
    end = last
    # "... Act of 2024", "... Resolution 2254", "... Act 2023"
    if last + 1 < len(w) and re.fullmatch(r"\d{1,4}", w[last + 1].text):
        end = last + 1
    elif last + 2 < len(w) and low[last + 1] == "of" and re.fullmatch(r"\d{4}", w[last + 2].text):
        end = last + 2
    start = 0
    # a finite verb in a headline ends the subject: "Congress Passes Data Act" -> "Data Act"
    for k in range(last):
        if w[k].token.tag_ in ("VBZ", "VBD", "VBP") and not w[k].text[0].isdigit():
            start = k + 1
        elif low[k] in lex.headline_verbs and not w[k].text.isupper():
            start = k + 1  # title case: the model reads the headline's verb as a name ("... Announce ...")
    # "Article 37 of the Cybersecurity Law", "Section 702 of FISA": the provision is not part of the law's name
    for k in range(start, last - 2):
        if low[k] in ("article", "section", "chapter", "part", "paragraph", "clause", "title") and low[k + 2] == "of":
            start = k + 3
    # "of the" before the head starts a definite noun phrase inside a heading: "Overview of the Recovery Act",
    # "Review of the Law" (a title that takes "of" does so without an article: "Freedom of Information Act")
    for k in range(start, last - 1):
        if low[k] == "of" and low[k + 1] == "the":
            start = k + 2
    # a person's title before the law ends the name's left side: "Secretary Raimondo on the Data Privacy Framework"
    titled = [k for k in range(start, last) if low[k] in lex.person_titles]
    if titled:
        conns = [k for k in range(titled[-1] + 1, last) if low[k] in ("on", "of", "for", "about", "regarding")]
        start = conns[-1] + 1 if conns else titled[-1] + 1
    while start < last and (low[start] in lex.name_connectors or low[start] in lex.name_stop_starters):
        start += 1
    # a leading state name separated by a space is its own mention ("U.S. Foreign Intelligence Surveillance Act"),
    # unless another state or demonym follows (then the states name the parties: "New Zealand Australian Free
    # Trade Agreement")
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
    # a leading demonym is an adjective, not part of the name ("the Chinese Cybersecurity Law")
    if start < last and _single_word_demonym(w[start].token) and "-" not in w[start].text:
        start += 1
    n_before = last - start
    head = low[last]
    if n_before < 1 and head not in ("constitution", "charter"):
        return out
    if head in lex.weak_law_heads and (n_before < 2 or all(x.text.isupper() for x in w[start : last + 1])):
        return out  # in capitals "USE OF PRIVACY RULES" looks like a title: weak heads need the case to tell
    if head == "resolution" and end == last:
        return out
    if head == "rule" and (low[last - 1] in lex.rule_adjectives or set(low[start:last]) & lex.name_connectors):
        return out  # "Final Rule" is found as such; "Analysis of the Rule" names no rule: its subject says which
    if head == "rules" and last != len(w) - 1:
        return out  # "... Data Transfer Rules Now Under Enforcement": a title-case headline, not a name
    out.append(Cand(w[start].start, w[end].end, "Law", "law-head", priority=4, confidence=0.75))
    return out


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


def _acronym_title(state: Word, nxt: Word, n: int) -> bool:
    """ "USA PATRIOT Act", "USA FREEDOM Act": a three-letter state abbreviation before another word in capitals
    is a word of an acronym title; a two-letter one or a dotted one is a modifier ("US CLOUD Act", "U.S. FISA")."""
    return n == 1 and state.text.isalpha() and state.text.isupper() and len(state.text) >= 3 and nxt.text.isupper()


def _single_word_demonym(tok) -> bool:
    """ "Chinese" in "the Chinese Cybersecurity Law"; not a title's first words the model took for a group
    ("Protecting Americans from ... Act")."""
    t = tok.doc[tok.i]
    return t.ent_type_ == "NORP" and t.ent_iob_ == "B" and (t.i + 1 == len(t.doc) or t.nbor(1).ent_iob_ != "I")


_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}
_TITLE_WORDS = {"assistant", "acting", "deputy", "senior", "chief", "principal", "former", "vice", "associate"}


def _caps_past_verb(word: Word) -> bool:
    """In all-capitals text a verb in the past ("WALDHEIM APPOINTED JOHN HANNAH") looks like a name's word; the
    tagger still reads its "-ED" form as a verb, which ends the name before it."""
    return word.text.isupper() and word.low.endswith("ed") and word.token.tag_ in ("VBD", "VBN")


def _title(words: str, lex: Lexicon) -> bool:
    """A person's title, also when written with a hyphen ("Director-General", "Vice-President", "Attorney-General":
    the same title as "Director General")."""
    return words in lex.person_titles or words.replace("-", " ") in lex.person_titles


def persons_in_run(
    words: list[Word], lex: Lexicon, is_known_name=None, common_words: frozenset[str] = frozenset()
) -> list[Cand]:
    """People named after a title: "Secretary of Commerce Gina Raimondo", "Foreign Minister Lavrov",
    "Assistant Attorney General Matthew G. Olsen", "Mrs. RODGERS". One word after a title is no name when it is a
    verb form ("The President Addressing the Threat ...") or an ordinary word after a title that is itself an
    ordinary word ("the Official Journal", "Head Office")."""
    out: list[Cand] = []
    low = [x.low for x in words]
    n = len(words)
    i = 0
    heads = lex.org_heads | lex.law_heads
    while i < n:
        # longest title starting at i (titles are up to four words)
        title_end = None
        for k in range(min(n, i + 4), i, -1):
            if _title(" ".join(low[i:k]), lex):
                title_end = k
                break
        if title_end is None:
            i += 1
            continue
        j = title_end
        if j < n and low[j] == "of":
            k = j + 1
            if k < n and low[k] == "the":
                k += 1
            matched = None
            for m in range(min(n, k + 4), k, -1):
                if " ".join(low[k:m]) in lex.portfolios:
                    matched = m
                    break
            if matched is None:
                i = title_end
                continue
            j = matched
            # "Minister of Information Technology Pramod Mahajan": ordinary words go on naming the portfolio while
            # two name words follow them
            while j + 2 < n and low[j] in common_words and words[j + 1].is_name and words[j + 2].is_name:
                j += 1
        name: list[Word] = []
        while j < n and len(name) < 5:
            word = words[j]
            if word.low in lex.name_particles and name:
                name.append(word)
            elif name and _caps_past_verb(word):
                break
            elif word.is_name and word.low not in lex.name_connectors and word.low not in lex.person_titles:
                name.append(word)
            else:
                break
            j += 1
        while name and name[-1].low in lex.name_particles:
            name.pop()
        ok = bool(name) and not any(x.low in heads or x.low in lex.person_titles or x.low in _TITLE_WORDS for x in name)
        if ok and all(x.text.isupper() for x in name):
            # all-caps telegram text: no function words ("FROM UNDER") or ordinary-word endings ("IMMEDIATE")
            ok = not any(
                x.low in lex.name_stop_starters
                or x.low in lex.name_connectors
                or x.low == "from"
                or re.search(r"(?:ion|ing|ans|ence|ance|ment|ity|ive|ate|ary|ern)$", x.low)
                for x in name
            )
        if ok and is_known_name is not None and is_known_name(" ".join(x.text for x in name)):
            ok = False
        if ok and len(name) == 1 and not name[0].text.isupper():
            title = " ".join(low[i:title_end])
            ordinary = title in lex.weak_person_titles and name[0].low in common_words
            ok = not ordinary and name[0].token.tag_ not in ("VBG", "VBN", "VBD")
        if ok and not re.search(r"[A-Za-z]", name[0].text):
            ok = False
        if ok:
            out.append(Cand(name[0].start, name[-1].end, "Person", "title", priority=4, confidence=0.8))
        i = max(j, i + 1)
    return out


# --- data types by grammar -------------------------------------------------------------------------------------

_DT_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def datatypes_by_grammar(doc: Doc, lex: Lexicon) -> list[Cand]:
    """Data types as open-class noun phrases: a data noun ("data", "information", "records" ...) with the nouns and
    adjectives before it ("accounting data", "state-led survey data", "sensitive personal and business
    information"). Modifiers that only say how much, which or how good ("more data", "the relevant information",
    "incomplete information") name no category, nor do modifiers graded by an adverb ("potentially dangerous
    information"); a data noun that itself modifies another ("data flows", "data
    brokers") is no data type; in capitals ("SCIENTIFIC AND TECHNICAL INFORMATION") the phrase may be a name."""
    out: list[Cand] = []
    for tok in doc:
        if tok.lower_ not in lex.datatype_open_heads or tok.pos_ not in ("NOUN", "PROPN") or tok.is_upper:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.dep_ == "compound" or (nxt is not None and nxt.lower_ in lex.datatype_modifying_followers):
            continue
        mods = [c for c in tok.children if c.dep_ in _DT_DEPS and c.i < tok.i]
        if not mods:
            continue
        start = min(m.left_edge.i for m in mods)
        while start < tok.i and (
            doc[start].lower_ in lex.datatype_not_modifiers
            or doc[start].pos_ in ("DET", "PRON", "NUM", "PUNCT", "CCONJ")
        ):
            start += 1
        span = doc[start : tok.i]
        if not any(t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for t in span):
            continue
        if tok.text[:1].isupper() and all(t.text[:1].isupper() for t in span):
            continue  # "Captured Data": in title case an open phrase is a heading or a name, not a category
        if any(t.text in ("(", ")", ",") or "\n" in t.text_with_ws for t in span):
            continue
        if any(t.pos_ == "ADV" and t.lower_ not in lex.datatype_core for t in span):
            continue  # "potentially dangerous information": a judgement of the data, graded by an adverb, no kind
        out.append(Cand(doc[start].idx, tok.idx + len(tok), "DataType", "datatype-np", 3, 0.7))
    return out
