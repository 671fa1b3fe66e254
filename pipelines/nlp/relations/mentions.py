"""The document's mentions indexed by token, and an argument: the mention a token stands for and how it was found."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipelines.model import Mention

#: how an argument was found, beyond the mention itself (part of a candidate's pattern, so calibrated apart)
REFERENCE, PRONOUN, ISSUER, APPOSITION, GROUP, OWNER, EXAMPLE, PROVISION, RELATIVE = (
    "reference",
    "pronoun",
    "issuer",
    "apposition",
    "group",
    "owner",
    "example",
    "provision",
    "relative",
)
#: what stands between two names of one thing: "X, formally Y", "X (officially Y)", "X, also known as Y", "X,
#: commonly referred to as Y" (a naming participle with its "as", after an adverb of how usual the name is)
_SECOND_NAME = re.compile(
    r"\s*[,(]\s*(?:formally|officially|(?:(?:also|commonly|often|usually|widely|better)\s+)?(?:known|referred\s+to)"
    r"\s+as|also\s+called|i\.e\.,?|or)\s+(?:the\s+)?"
)

#: a short name defined in quotes in parentheses: what opens it, and what closes it ("X (the “Y”)"); the legal
#: drafter's defining adverb may stand before the quotes ("X (hereafter “the Y”)", "X (hereinafter referred to as
#: ‘Y’)", "X, hereafter “Y”"), and a footnote marker may stand between the name and the parenthesis ("X[2] (")
_QUOTE_OPENS = re.compile(
    r"\s*(?:\[\d{1,3}\]\s*)?(?:\(\s*(?:the\s+)?|[(,]\s*(?:here(?:in)?after|henceforth)"
    r"(?:\s+(?:referred\s+to\s+as|called|cited\s+as))?,?\s+(?:the\s+)?)[“\"‘'`]{1,2}(?:the\s+)?"
)
_QUOTE_CLOSES = re.compile(r"(?:[”\"’']{1,2})\s*[),.;]")

#: what stands between a name and a second name of it in parentheses: "X (", "X (ABBR) ("
_PARENTHESIS_GAP = re.compile(r"\s*\)?\s*\(\s*(?:the\s+)?")

#: an abbreviation: one word of capitals, digits and joining marks ("PDPA", "LGPD", "EU-U.S. DPF" is two words)
_ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9.&\-]*[A-Z0-9][a-z]?")

#: a law by its number alone, short capitalised words before the number: "H.R. 7521", "S. 686", "Law No. 151",
#: "Bill C-11" (not a title: "Executive Order 14117" has a word of its own)
_NUMBERED = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.?\s?)+(?:No\.\s?)?(?:[A-Z]-)?\d[\w./-]*")
#: a title set after a number in apposition: "H.R. 7521, the Protecting Americans from ... Act"
_TITLE_APPOSITION = re.compile(r"\s*,\s*the\s+")
#: a list goes on after a name: "H.R. 1, the X Act, and H.R. 2, the Y Act" are two laws each with its number
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or|as\s+well\s+as)\b")


def _two_states(first: Mention, second: Mention) -> bool:
    """Two states the linker tells apart are never two names of one thing: "Brunei Darussalam, Fiji, India and
    Japan" is a list, though the parse may hang "Fiji" on "Darussalam" as an apposition."""
    return first.type == second.type == "State" and first.entity_id != second.entity_id


@dataclass(frozen=True)
class Argument:
    mention: int
    via: str = ""


class Mentions:
    """The document's mentions (the records `pg_entities` writes) indexed by token."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc, self.items = doc, mentions
        self.text = doc.user_data.get("pg_text") or doc.text
        self.by_token: dict[int, int] = {}
        self.spans: list[Span | None] = []
        for i, m in enumerate(mentions):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            self.spans.append(span)
            if span is not None:
                for t in span:
                    self.by_token.setdefault(t.i, i)
        self.starts = [m.start for m in mentions]
        self._titles: dict[str, str] | None = None

    def type(self, i: int) -> str:
        return self.items[i].type

    def entity(self, i: int) -> str:
        return self.items[i].entity_id

    def at(self, tok: Token) -> int | None:
        return self.by_token.get(tok.i)

    def root(self, i: int) -> Token | None:
        span = self.spans[i]
        return span.root if span is not None else None

    def plural(self, i: int) -> bool:
        root = self.root(i)
        return root is not None and root.tag_ in ("NNS", "NNPS")

    def first_name(self, i: int) -> int:
        """The first of two names of one thing: the long form before "(ABBR)", the name before ", formally X".
        Two names merely next to each other ("Decree 53, Government Regulation 71 and ...") are a list."""
        if i == 0:
            return i
        m, prev = self.items[i], self.items[i - 1]
        if prev.type != m.type:
            return i
        gap = self.text[prev.end : m.start]
        if prev.entity_id == m.entity_id and gap.strip() == "(":
            return i - 1
        if _SECOND_NAME.fullmatch(gap) or self._quoted_short_name(i, gap):
            return i - 1
        root = self.root(i)
        if gap.strip() == "," and root is not None and root.dep_ == "appos" and self.at(root.head) == i - 1:
            # "the Personal Data Protection Law, Law No. 151 of 2020, which ...": the parse says so too
            return i if _two_states(prev, m) else i - 1
        return i

    def titled(self, i: int) -> str:
        """The entity a law's number stands for when the text has set the law's title after it in apposition ("H.R.
        7521, the Protecting Americans from Foreign Adversary Controlled Applications Act"): a bill's number and its
        title are two names of one bill, and the title is the name a later "this bill" takes up. Any other mention:
        its own entity. Not a list of laws ("H.R. 1, the X Act, and H.R. 2")."""
        if self._titles is None:
            self._titles = {}
            for j in range(len(self.items) - 1):
                number, title = self.items[j], self.items[j + 1]
                if number.type != "Law" or title.type != "Law" or number.entity_id == title.entity_id:
                    continue
                if not _NUMBERED.fullmatch(number.text) or _NUMBERED.fullmatch(title.text):
                    continue
                if _TITLE_APPOSITION.fullmatch(self.text[number.end : title.start]) and not _LIST_GOES_ON.match(
                    self.text[title.end : title.end + 16]
                ):
                    self._titles.setdefault(number.entity_id, title.entity_id)
        entity = self.entity(i)
        return self._titles.get(entity, entity)

    def _quoted_short_name(self, i: int, gap: str) -> bool:
        """ "Federal Law 242-FZ (“Law 242”)", "the American Recovery and Reinvestment Act of 2009 (the ‘‘Recovery
        Act’’)": a name in quotes in parentheses right after a name defines the short form the text goes on to use,
        a second name of the same thing."""
        after = self.text[self.items[i].end : self.items[i].end + 3]
        return _QUOTE_OPENS.fullmatch(gap) is not None and _QUOTE_CLOSES.match(after) is not None

    def short_name_of(self, i: int) -> str | None:
        """The entity whose name a short name defined in quotes right after it shortens ("Decision 2000/520/EC
        (hereafter “the Safe Harbour Decision”)": the Safe Harbour Decision is that decision), when the mention is
        such a short name; else None. The short name is the text's own naming of the thing from there on."""
        if i == 0 or self.items[i - 1].type != self.items[i].type:
            return None
        gap = self.text[self.items[i - 1].end : self.items[i].start]
        return self.items[i - 1].entity_id if self._quoted_short_name(i, gap) else None

    def name_proper(self, i: int) -> int:
        """The name a later reference takes up: the long form before an abbreviation ("the Personal Data Protection
        Act (PDPA)") or the name an alias is given to ("Law No. 151, known as the Data Law"); a second full name in
        parentheses ("the Data Law (Law No. 151)") is the nearer name and stays."""
        first = self.first_name(i)
        if first == i:
            return i
        text = self.items[i].text
        gap = self.text[self.items[first].end : self.items[i].start]
        return first if _ABBREVIATION.fullmatch(text) or _SECOND_NAME.fullmatch(gap) else i

    def renames(self, i: int) -> str | None:
        """The entity a mention names a second time in parentheses right after a name of it, of its type ("the X
        Act of 1999 (XA) (P.L. 106-102)": P.L. 106-102 is the X Act), when it is linked as another; else None."""
        j = i - 1
        while j >= 0 and self.items[j].type == self.items[i].type:
            gap = self.text[self.items[j].end : self.items[j + 1].start]
            if not _PARENTHESIS_GAP.fullmatch(gap):
                return None
            if self.items[j].entity_id != self.items[i].entity_id:
                return self.items[j].entity_id
            j -= 1
        return None

    def abbreviates(self, i: int) -> int | None:
        """The long form a parenthesised abbreviation right after it shortens ("non-public personal information
        (NPI)"): the mention before it, of its type; None for any other mention."""
        if i == 0 or self.items[i - 1].type != self.items[i].type:
            return None
        gap = self.text[self.items[i - 1].end : self.items[i].start]
        name = self.text[self.items[i].start : self.items[i].end]
        return i - 1 if gap.strip() == "(" and _ABBREVIATION.fullmatch(name) else None

    def before(self, offset: int) -> range:
        """Indices of the mentions that start before `offset`."""
        return range(bisect_right(self.starts, offset - 1))
