"""What the spaCy pipeline reads of a document: the same characters at the same offsets, prepared for it.

- **Language.** Each paragraph's language is detected (py3langid, a maintained identifier whose model ships inside
  the package: nothing is downloaded). A paragraph in another language is blanked out (its characters become
  spaces), so the English pipeline finds nothing there; a document mostly in another language is not run at all.
  Short lines (headers, TAGS, routing lines) are too short to judge and count as English. A paragraph is judged on
  its words outside parentheses: a name glossed in its own language ("(Thai: ...)") is no sentence in that language.
- **Hard-wrapped lines.** Telegrams and plain-text documents break sentences at a fixed width ("... THE
  DOMESTIC\\nCOUNCIL COMMITTEE ON PRIVACY"); a line break inside a wrapped paragraph becomes a space, so that sentences
  and names are read across it. A break before a new field, list item or numbered paragraph stays, and so does the
  break after a heading (a mixed-case line in title case followed by a capital, or a headline in sentence case: see
  `headings`) and after a line in capitals followed by one in mixed case. In a telegram a line in title case is a
  heading only where one can stand: not where it goes on with a sentence wrapped from the line before ("... senior
  officials of the\\nMinistry of Religious Affairs, Cabinet Division, Federal\\nInvestigation Agency"), nor where it
  opens a numbered, classified paragraph ("1. (U) SUMMARY: The Ministry of Information and Communications\\n...").
  A line that opens a numbered, classified paragraph is no heading in any document, even one whose single marked
  paragraph does not make it a telegram ("1. (SBU) Summary: Canada's Office of the Privacy\\nCommissioner ...").

- **Quotation marks garbled in telegrams.** The published telegrams of 2006-2010 print an opening quotation mark
  as "&" and a closing one as "8" ("the group of &friends,8 which", "(Sarkozy was &stunned”)"); in a telegram, an
  "&" glued to the start of a word after a space or a bracket, and the "8" glued to the end of a word that closes
  it within the sentence, read as quotation marks. "AT&T", "R&D" and "G8" are untouched. A possessive's
  apostrophe printed as a comma ("the People,s Republic of China") reads as an apostrophe (`telegram.apostrophes`).
- **Footnote markers.** A note's number glued to a law's year ("Act 20183") becomes a space.
- **Markdown emphasis.** The underscores that set a phrase in italics ("(_Instituto Federal de Telecomunicaciones or
  IFT_)") become spaces; an identifier's underscores ("data_type") stay.
- **Inline enumerators.** The labels of a list run inside a sentence ("requires operators to (1) store ... and (2)
  notify ...", "(a) ... (b)", "(i) ... (ii)") become spaces, so that the parse reads the sentence as the list's
  coordination; a label is blanked only in a run that starts at the first label and goes on with the next one in
  the same paragraph, and never after a word that cites a provision ("subsection (a)", "paragraph (1)").

Every change keeps the text's length, so a mention found at [start, end) in the view is the same span of the
original text, whose own characters (line breaks included) the mention keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.nlp.headings import heading_line
from pipelines.nlp.telegram import LETTER_SPACED, MARKED_PARAGRAPH, PASS_LINE, is_telegram
from pipelines.nlp.telegram.apostrophes import comma_apostrophes

#: a paragraph needs this many letters before its language is judged (shorter ones are headers and fragments)
MIN_LETTERS = 40
#: ... and the identifier this much certainty to call it another language than English
MIN_PROBABILITY = 0.9

_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
# a line that starts a field, a list item, a numbered paragraph or a telegram header line
_NEW_LINE_STARTS = re.compile(
    r"^\s*(?:\d+[.)]\s|\(\w{1,3}\)\s|[-•*–]\s|[A-Z][A-Z0-9 ./&-]{0,30}:"
    r"|(?:REF|BT|NNNN)\b|(?:FM|TO|INFO|XMT)\s[^a-z\n]*$"  # ... a telegram field; an address line is in capitals
    r"|[A-Z]{1,2}\.\s|R[A-Z]{3,7}/[A-Z]"  # ... an item letter, a routing indicator: "RUEHC/SECSTATE"
    r"|"
    + LETTER_SPACED  # ... a serial line's marking printed letter-spaced: "C O N F I D E N T I A L"
    + r"|"
    + PASS_LINE
    + r"[A-Z0-9])"  # ... a telegram's pass line: "DEPT PLEASE PASS FTC"
)


#: a quotation garbled in a telegram: "&" opening it at a word's start, "8" (or "”") closing it at a word's end
_GARBLED_QUOTE = re.compile(r"(?<=[\s(])&(?=[A-Za-z])(?![a-z]+;)[^&\n.]{1,80}?(?:(?<=[a-z,])(8)(?=[\s,.;:)])|”)")


# a footnote marker glued to the year of a law's short title ("the Data Protection Act 20183"): no year has five
# digits, so the fifth is the note's number
_FOOTNOTE_AFTER_YEAR = re.compile(r"\b(?:Act|Acts|Regulations|Rules|Order)\s+(?:19|20)\d\d(\d)(?![\w/-])")


# a list label inside a line, before a lower-case word: "to (1) store", "and (b) notify"
_ENUMERATOR = re.compile(r"(?<=[ \t])\((\d{1,2}|[a-z]|[ivx]{1,4})\)(?=[ \t]+[a-z])")
# a word that cites a provision by its label: "subsection (a)", "paragraph (1)" are citations, not list labels
_CITING_WORD = re.compile(
    r"(?:section|subsection|subparagraph|paragraph|article|clause|item|point|letter|part|chapter|annex|schedule"
    r"|rule|title|art|sec|§)\.?\s*$",
    re.IGNORECASE,
)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


# a reference mark glued to the text ("Political Rights,[6] however", "in 1993.[12]"): a pointer to a note, no word
_NOTE_MARK = re.compile(r"(?<=[\w.,;:)”\"’])\[\d{1,3}\]")


# a phrase set in italics by Markdown's underscores ("(_Secretaría de Comunicaciones y Transportes or SCT_)"): the
# underscores are emphasis marks at the phrase's edges, no characters of its first and last words (an identifier's
# underscores, "data_type", stand between word characters and are left alone)
_EMPHASIS = re.compile(r"(?<![\w_])_(?=[^\W_])[^_\n]{1,200}?(?<=[^\W_]|[.)])_(?![\w_])")


@dataclass(frozen=True)
class TextView:
    original: str
    text: str  # same length as `original`
    language: str  # the document's language: the language of most of its judged letters ("en" when unsure)
    paragraphs: tuple[tuple[int, int, str], ...] = ()  # (start, end, language) of each paragraph judged

    @property
    def english_text(self) -> bool:
        """Something of the text is left for the English pipeline (not every paragraph was another language)."""
        return any(ch.isalpha() for ch in self.text) or not self.original.strip()


@lru_cache(maxsize=1)
def _identifier():
    import py3langid.langid as langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of a text; ("en", 0.0) when it has too few letters to judge."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return "en", 0.0
    code, prob = _identifier().classify(text)
    return code, float(prob)


#: a parenthesis inside a paragraph: an aside to its sentence
_ASIDE = re.compile(r"\([^()\n]*\)")


def judged_text(paragraph: str) -> str:
    """The words a paragraph's language is judged on: its text outside parentheses, for an English sentence gives a
    name in its own language and script in a parenthesis ("The Act on Computer Crime (Thai: พระราชบัญญัติ...)",
    "the Yarovaya law (Russian: Закон Яровой)"), and the gloss, long in a script without spaces, can outweigh the
    sentence; the whole paragraph when too few letters stand outside its parentheses."""
    outside = _ASIDE.sub(" ", paragraph)
    return outside if sum(ch.isalpha() for ch in outside) >= MIN_LETTERS else paragraph


def join_wrapped_lines(text: str) -> str:
    """Line breaks inside hard-wrapped paragraphs become spaces (same length)."""
    chars = list(text)
    lines = text.split("\n")
    offset = 0
    joined = False  # the break before `line` was joined
    telegram = is_telegram(text)
    for i, (line, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
        offset += len(line)
        wrapped = line.strip() and nxt.strip() and not line.rstrip().endswith(":") and not _case_changes(line, nxt)
        wrapped = wrapped and not repeated_line(line, nxt)
        wrapped = wrapped and not heading_line(line, nxt, i == 0 or not lines[i - 1].strip())
        heading = title_case(line) and nxt.lstrip()[:1].isupper()
        heading = heading and not MARKED_PARAGRAPH.match(line)
        heading = heading and not (telegram and _in_prose(line, lines[i - 1] if joined else ""))
        long_line = len(line.rstrip()) >= 40 and not heading
        joined = bool(wrapped and (long_line or nxt.lstrip()[:1].islower()) and not _NEW_LINE_STARTS.match(nxt))
        if joined:
            chars[offset] = " "
        offset += 1
    return "".join(chars)


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line of `text` that holds `offset`, without its line break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, end if end != -1 else len(text)


def repeated_line(line: str, nxt: str) -> bool:
    """A line the next line repeats word for word: a page's title over its infobox's caption, a heading over the
    same name in a table's first cell ("Protection from Online Falsehoods and Manipulation Act 2019" twice, the
    second with the cell's bars); a sentence wrapped at a line's end never goes on with its own words, so the two
    lines are two."""
    words = " ".join(line.replace("|", " ").split())
    return bool(words) and words == " ".join(nxt.replace("|", " ").split())


def _in_prose(line: str, before: str) -> bool:
    """A line of a telegram in title case that stands where a telegram prints no heading: it goes on with a
    sentence wrapped from the line before (`before`, joined to it, ends on a word or a comma: "... senior officials
    of the" / "Ministry of Information and Broadcasting, Ministry of Interior,"). Its capitals are names in a
    sentence, and the sentence goes on at the next line. (A line opening a numbered, classified paragraph is no
    heading in any document: `join_wrapped_lines`.)"""
    return bool(re.search(r"[\w,]$", before.rstrip()))


def _garbled_quotes(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the quotation marks a telegram prints as "&" and "8" (`_GARBLED_QUOTE`); the
    closing offset is the opening one's again when the quotation closes with a true mark ("”"). None outside a
    telegram, where "&" and a word's final "8" ("Korea8", a note's number) mean what they say."""
    if not is_telegram(text):
        return []
    return [(m.start(), m.start(1) if m.group(1) else m.start()) for m in _GARBLED_QUOTE.finditer(text)]


def _case_changes(line: str, nxt: str) -> bool:
    """A line in capitals followed by one in mixed case: a heading, an agency line or a telegram header before the
    text, for a sentence wrapped at a line end does not change from capitals to lower case at the break. So too a
    line in mixed case followed by a line of two or more words all in capitals: a heading after the text ("...
    referred to the Committee on Energy and Commerce" above a bill's "A BILL")."""
    if line.isupper():
        return any(ch.islower() for ch in nxt)
    return any(ch.islower() for ch in line) and nxt.isupper() and len(nxt.split()) >= 2


def _next_label(label: str, roman: bool) -> str | None:
    """The label after `label` in its kind of list: 1 -> 2, a -> b, i -> ii (when the list counts in roman)."""
    if label.isdigit():
        return str(int(label) + 1)
    if roman:
        return _ROMAN[_ROMAN.index(label) + 1] if label in _ROMAN[:-1] else None
    return chr(ord(label) + 1) if len(label) == 1 and label < "z" else None


def inline_enumerators(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each label of the lists run inside sentences (the module docstring)."""
    found = [m for m in _ENUMERATOR.finditer(text) if not _CITING_WORD.search(text[max(0, m.start() - 14) : m.start()])]
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(found):
        if m.group(1) not in ("1", "a", "i"):
            continue
        run, roman = [m], m.group(1) == "i"
        for nxt in found[i + 1 :]:
            if "\n\n" in text[run[-1].end() : nxt.start()] or nxt.group(1) != _next_label(run[-1].group(1), roman):
                break
            run.append(nxt)
        if len(run) >= 2:
            spans += [(r.start(), r.end()) for r in run]
    return spans


def title_case(line: str) -> bool:
    """A heading of mixed case ("Personal Information Protection Law of the People's Republic of China"): every word
    of four letters or more capitalised, and the line ends on one of them, not on a function word."""
    if line.isupper():
        return False  # a telegram's capitals wrap as they are
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    long = [w for w in words if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long) and words[-1][0].isupper()


def prepare(text: str) -> TextView:
    """The view of `text` the pipeline reads (see the module docstring)."""
    view = list(join_wrapped_lines(text))
    for m in _FOOTNOTE_AFTER_YEAR.finditer(text):
        view[m.start(1)] = " "
    for start, end in _garbled_quotes(text):
        view[start] = view[end] = '"'
    for comma in comma_apostrophes(text):
        view[comma] = "'"
    for m in _EMPHASIS.finditer(text):
        view[m.start()] = view[m.end() - 1] = " "
    for m in _NOTE_MARK.finditer(text):
        view[m.start() : m.end()] = " " * (m.end() - m.start())
    for start, end in inline_enumerators(text):
        view[start:end] = " " * (end - start)
    judged: list[tuple[int, int, str]] = []
    letters: dict[str, int] = {}
    for m in _PARAGRAPH.finditer(text):
        code, prob = detect_language(judged_text(m.group(0)))
        if prob == 0.0:
            continue
        code = code if prob >= MIN_PROBABILITY else "en"
        judged.append((m.start(), m.end(), code))
        letters[code] = letters.get(code, 0) + sum(ch.isalpha() for ch in m.group(0))
        if code != "en":
            view[m.start() : m.end()] = [ch if ch == "\n" else " " for ch in m.group(0)]
    language = max(letters, key=letters.__getitem__) if letters else "en"
    return TextView(original=text, text="".join(view), language=language, paragraphs=tuple(judged))
