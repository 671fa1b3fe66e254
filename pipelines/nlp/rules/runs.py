"""Capitalised runs: the stretches of name-like words (with connectors such as "of" and "the" inside) that the
organisation, law and person finders read. The scanner breaks a run where a name cannot go on: function words in
all-caps text, honours, an outline's item marks, a form's field labels, a heading in capitals, possessives after a
head noun or a known name."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipelines.nlp.lexicon import Lexicon, load_lexicon
from pipelines.nlp.rules.caps_verbs import caps_name_ends
from pipelines.nlp.rules.run_dates import MONTHS, day_month_starts
from pipelines.nlp.rules.run_words import ARTICLE_JOINED, Tok, Word, name_token, tokens

_POSSESSIVE = {"'s", "’s", "'", "’"}
_JOINERS = {"-", "–", "/", "&"}


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
    return _RunScanner(doc, lex, is_known_name, doc.text if text is None else text).scan()


class _RunScanner:
    """One scan over a document's tokens: the run being built (`cur`) and the runs found so far."""

    def __init__(self, doc: Doc, lex: Lexicon, is_known_name, text: str) -> None:
        self.lex, self.is_known_name, self.text = lex, is_known_name, text
        self.toks = tokens(doc)
        self.n = len(self.toks)
        self.connectors = lex.name_connectors | lex.name_particles | {"from"}
        self.heads = lex.org_heads | lex.law_heads
        self.runs: list[list[Word]] = []
        self.cur: list[Word] = []

    def scan(self) -> list[list[Word]]:
        """Reads every token once; each step says where the next one starts."""
        i = 0
        while i < self.n:
            i = self._step(i)
        self._flush()
        return self.runs

    def _step(self, i: int) -> int:
        """Reads the token at `i` (breaks the run, adds a word, keeps the run going, or ends it) and returns the
        index of the next token to read."""
        skip = self._break_width(i)
        if skip:
            self._flush()
            return i + skip
        if self.cur and self._new_name_starts(i):
            self._flush()
        tok = self.toks[i]
        if name_token(tok) and (self.cur or not tok.text[0].isdigit()):
            self._add_name_word(i)
            return i + 1
        if self.cur and self._continues_name(i):
            return i + 1
        self._flush()
        return i + 1

    def _flush(self) -> None:
        """Ends the current run (without its trailing connectors) and keeps it if a word is left."""
        cur = self.cur
        while cur and cur[-1].low in self.connectors:
            cur.pop()
        if cur:
            self.runs.append(cur)
        self.cur = []

    def _word(self, i: int) -> Word:
        """The token at `i` as a word of its own."""
        tok = self.toks[i]
        return Word(tok.text, tok.idx, tok.idx + len(tok.text), tok)

    def _break_width(self, i: int) -> int:
        """How many tokens at `i` break the run and are no word of any name, or 0."""
        tok, cur = self.toks[i], self.cur
        if tok.text.isupper() and len(tok.text) > 1 and tok.lower_ in CAPS_BREAKS:
            return 1  # all-caps text: "RECEIVED INQUIRIES FROM ... ABOUT THE DATA ACT" is no name
        if tok.text.isupper() and caps_name_ends(self.toks, i, self.cur[-1].low if cur else None, self.lex):
            return 1  # all-caps text: "THE MINISTRY OF COMMUNICATIONS SAID ...", "MFA OFFICIALS" (rules/caps_verbs.py)
        if tok.text in self.lex.post_nominals and cur and not cur[-1].text.isupper():
            return 1  # "Sir John Doe MP European Affairs Committee": honours and seats end the name
        # "D. Paperwork Reduction Act", "... Act V. Regulatory Flexibility Act": an outline's item mark
        return _enumerator(self.toks, i, cur, self.heads)

    def _new_name_starts(self, i: int) -> bool:
        """The token at `i` starts a new name after the current run."""
        if _field_label(self.toks, i) and not self.cur[-1].text.isupper():
            return True  # "Health Breach Notification Rule AGENCY: Federal Trade Commission": a form's next field
        if day_month_starts(self.toks, i, self.cur[-1].low, self.connectors):
            return True  # "the Federal Senate 3 July 2020": a date after the name
        return _caps_heading_starts(self.cur, self.toks, i)  # "Rules and Regulations DEPARTMENT OF JUSTICE"

    def _add_name_word(self, i: int) -> None:
        """Adds the name word at `i`: joined to the word before it over a hyphen, or cut before the punctuation
        the tokenizer left on it."""
        toks, tok, cur = self.toks, self.toks[i], self.cur
        if re.search(r"[A-Za-z0-9][.\-,;:]*[-,;:]$", tok.text):
            # the tokenizer left punctuation on the word ("Commission.--"): the name ends before it
            core = re.sub(r"[.\-,;:]+$", "", tok.text)
            cur.append(Word(core, tok.idx, tok.idx + len(core), tok))
            self._flush()
            return
        # hyphen-joined words form one word: "EU-U.S.", "U.S.-Iraq"
        if (
            cur
            and i > 0
            and toks[i - 1].text in _JOINERS
            and not toks[i - 1].whitespace_
            and cur[-1].end == toks[i - 1].idx
        ):
            last = cur[-1]
            end = tok.idx + len(tok.text)
            cur[-1] = Word(self.text[last.start : end], last.start, end, last.token)
        else:
            cur.append(self._word(i))

    def _continues_name(self, i: int) -> bool:
        """Whether the token at `i`, no name word, keeps the run going; the first rule that applies decides
        whether it is also kept as a word of the name."""
        rules = (
            (self._joiner_before_name, False),
            (self._article_before_name, True),
            (self._connector_inside, True),
            (self._wrap_gap_before_name, False),
            (self._line_break_before_connector, False),
            (self._possessive_inside, True),
        )
        for applies, kept in rules:
            if applies(i):
                if kept:
                    self.cur.append(self._word(i))
                return True
        return False

    def _joiner_before_name(self, i: int) -> bool:
        """A hyphen, slash or ampersand with no space around it: the next word is joined to the last one."""
        toks, tok = self.toks, self.toks[i]
        return (
            tok.text in _JOINERS
            and not tok.whitespace_
            and not toks[i - 1].whitespace_
            and i + 1 < self.n
            and name_token(toks[i + 1])
        )

    def _article_before_name(self, i: int) -> bool:
        """ "Abdel Fattah el-Sisi": the article, joined to the name after it."""
        toks, tok = self.toks, self.toks[i]
        return (
            i + 2 < self.n
            and ARTICLE_JOINED.match(tok.text + toks[i + 1].text + toks[i + 2].text[:1]) is not None
            and not tok.whitespace_
            and not toks[i + 1].whitespace_
        )

    def _connector_inside(self, i: int) -> bool:
        """A lower-case connector ("of", "the", "and", "&", a name particle) with a name after it, not a phrase of
        time ("House Energy & Commerce Committee")."""
        tok = self.toks[i]
        return (
            (tok.text.islower() or tok.text == "&")
            and (
                tok.lower_ in self.connectors
                or _by_in_title(self.cur, tok, self.lex)
                or _relative_in_title(self.cur, self.toks, i, self.lex)
            )
            and self._name_follows(i + 1)
            and not _time_after(self.toks, i)
        )

    def _name_follows(self, j: int, max_skip: int = 2) -> bool:
        """A connector is kept only if a name follows within `max_skip` more connectors."""
        toks, k = self.toks, j
        while k < self.n and k - j <= max_skip:
            t = toks[k]
            if name_token(t):
                return True
            if t.is_space and (t.text.count("\n") == 1 or _wrap_gap(t)):
                k += 1  # a line break, or a blank doubled where a wrapped line was joined ("Affairs and  Worship")
                continue
            if t.lower_ not in self.connectors or not t.text.islower():
                return False
            k += 1
        return False

    def _wrap_gap_before_name(self, i: int) -> bool:
        """A name wrapped at a line end that kept its space ("Western Hemisphere \\nDivision")."""
        return _wrap_gap(self.toks[i]) and i + 1 < self.n and name_token(self.toks[i + 1])

    def _line_break_before_connector(self, i: int) -> bool:
        """A line break inside a name ("Data\\nfrom Foreign Adversaries Act")."""
        toks, tok = self.toks, self.toks[i]
        return (
            tok.is_space
            and tok.text.count("\n") == 1
            and i + 1 < self.n
            and toks[i + 1].text.islower()
            and toks[i + 1].lower_ in self.connectors
        )

    def _possessive_inside(self, i: int) -> bool:
        """A possessive inside a name ("People's Republic"), not after a head noun, a known name or a ministry's
        one-word name ("Treasury's Office of Foreign Assets Control": two bodies)."""
        toks, tok, cur = self.toks, self.toks[i], self.cur
        if not (tok.text in _POSSESSIVE and i + 1 < self.n and name_token(toks[i + 1]) and not tok.whitespace_ == ""):
            return False
        is_known_name = self.is_known_name
        so_far = self.text[cur[0].start : cur[-1].end]
        known = is_known_name(so_far) if is_known_name else False
        if cur[-1].low in self.heads or cur[-1].low in self.lex.ministry_one_word_names:
            return False
        return not known and not (is_known_name and is_known_name(cur[-1].text))


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
    if i + size >= len(toks) or not name_token(toks[i + size]):
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
#: the days of the week, lower case (`patterns/lexicon.yaml`)
WEEKDAYS = frozenset(load_lexicon().weekdays)


def _time_after(toks: list, i: int) -> bool:
    """A preposition before a day or a month starts a phrase of time, not a word of the name before it: "the
    Foreign Ministry on Monday", "the Council in May"."""
    nxt = next((t for t in toks[i + 1 : i + 3] if not t.is_space), None)
    return toks[i].lower_ in _TIME_PREPOSITIONS and nxt is not None and nxt.lower_ in WEEKDAYS | MONTHS


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


def _relative_in_title(cur: list[Word], toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A relative pronoun ("that", `title_relative_pronouns`) between capitalised words inside a law's title in
    capitals continues the title: "the Restricting the Emergence of Security Threats that Risk Information and
    Communications Technology (RESTRICT) Act". A title's capitals go on through its relative clause up to the law
    head; the tagger must read the word as a relative (WDT, not the conjunction of "told the Committee that ..."),
    two capitalised words must come before it, and capitalised words (an abbreviation in parentheses among them)
    must follow it up to a law head."""
    tok = toks[i]
    if tok.lower_ not in lex.title_relative_pronouns or tok.tag_ != "WDT" or not cur or not cur[-1].is_name:
        return False
    if sum(w.is_name for w in cur) < 2:
        return False
    return _law_head_ahead(toks, i + 1, lex)


def _law_head_ahead(toks: list[Tok], j: int, lex: Lexicon, max_words: int = 12) -> bool:
    """Capitalised words from `j` (with connectors and an abbreviation in parentheses) that reach a law head."""
    seen = 0
    while j < len(toks) and seen < max_words:
        t = toks[j]
        if t.text in ("(", ")") or t.is_space:
            j += 1
            continue
        if not name_token(t):
            if not (t.text.islower() and t.lower_ in lex.name_connectors) or seen == 0:
                return False
        elif t.lower_ in lex.law_heads and seen > 0:
            return True
        seen += 1
        j += 1
    return False


def strip_start(words: list[Word], lex: Lexicon) -> int:
    """Where a name in the run may start: after leading determiners, connectors, numbers, a date or a day ("In
    October 2023 the Office of ..." names the Office) and a provision of the name ("Article 3 of the Act on ...")."""
    s = 0
    while s < len(words):
        if words[s].low in MONTHS and s + 1 < len(words) and words[s + 1].text[0].isdigit():
            s += 2
        elif words[s].low in WEEKDAYS:
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
