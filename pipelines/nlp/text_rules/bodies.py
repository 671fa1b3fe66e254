"""Bodies found by their form in the raw text: a line in capitals that is only a body's name, companies the text
calls companies, two states joined by a dash, bodies named by a list of portfolios ("Committee on Commerce,
Science, and Transportation"), a ministry's abbreviation after its minister's title, and a plural head's list of
portfolios ("the Departments of Treasury, State and Justice"), a chamber named by its head ("the House")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules import CAPS_BREAKS, Cand
from pipelines.nlp.rules.modifier_heads import modifying_list_head
from pipelines.nlp.text_rules.list_articles import article_opens_inner_item
from pipelines.nlp.text_rules.possessive_firms import find_possessive_firm_appositions, possessed_company

#: a line of two to eight words in capitals and nothing else ("GENERAL SERVICES ADMINISTRATION")
_CAPS_LINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.&'’-]*(?:[ \t]+[A-Z&][A-Z.&'’-]*){1,7})[ \t]*$")


def find_heading_bodies(text: str, lex: Lexicon) -> list[Cand]:
    """A line in capitals that holds nothing but words ending in a body's head noun names that body: the agency
    lines at the head of a Federal Register document ("GENERAL SERVICES ADMINISTRATION"), a letterhead. In capitals
    every word looks like a name, so prose and headings in capitals say nothing; a line that is only a name does.
    Intergovernmental when the name has an IGO cue word."""
    out = []
    for m in _CAPS_LINE.finditer(text):
        words = [w.lower() for w in m.group(1).split()]
        if words[-1] not in lex.agency_heads or words[-1] in lex.plural_agency_heads:
            continue
        if any(w in CAPS_BREAKS for w in words) or any(
            w == "the" and (k == 0 or words[k - 1] not in ("of", "for", "on")) for k, w in enumerate(words)
        ):
            continue  # a clause ("WE MET THE COMMISSION"), not a name
        cue = any(w in lex.igo_cues for w in words)
        out.append(Cand.of(m.start(1), m.end(1), "IGO" if cue else "Agency", "heading-body"))
    return out


# --- companies named by apposition --------------------------------------------------------------------------

#: "X, a (modifiers) company": the modifiers are no function words ("Jane Roe, a spokeswoman for the firm" calls
#: Jane Roe a spokeswoman: the apposition's head is the noun before the preposition)
_FIRM_APPOS = re.compile(
    r"(?<![\w.])([A-Za-z][\w.&-]*[A-Za-z0-9](?:\s+[A-Z][\w.&-]*){0,3}),\s+(?:a|an|the)\s+"
    r"(?:(?!(?:for|of|at|with|from|to|in|on|by|the|a|an|and|or|who|which|that)\s)[\w-]+\s+){0,3}?"
    r"(?:company|firm|startup|start-up|corporation|conglomerate|subsidiary)\b"
)
#: a one-word name (a dot inside it, not after it: "Musical.ly")
_ONE_NAME = r"[A-Z](?:[\w&-]|\.(?=\w))*"
#: "X (formerly Twitter)", "X (now known as Y)", "X – now known as Y –", "X, formerly known as Y,": one thing's old and
#: new names; between commas or dashes the renaming verb is needed ("Paris, now France's capital" renames nothing)
_FORMERLY = re.compile(
    rf"(?<![\w.])({_ONE_NAME})(?:\s+\((?:formerly|previously|now)(?:\s+(?:known\s+as|called|named))?"
    rf"|\s*[,–—]\s*(?:formerly|previously|now)\s+(?:known\s+as|called|named))\s+({_ONE_NAME})"
)


#: the word after "the company" when that noun phrase is the subject of a new clause ("in Chennai, the company
#: said ..."; "..., the firm has ..."): an auxiliary, or a verb in the present or past before no preposition
_CLAUSE_AUX = r"(?:is|was|has|had|will|would|can|could|may|might|should|must|did|does|also|later|then)"
_CLAUSE_VERB = re.compile(
    rf"\s+(?:{_CLAUSE_AUX}\b|[a-z]+(?:s|ed)\b(?!\s+(?:by|in|on|at|as|with|to|from|for|under|through)\b))"
)


def _subject_of_clause(text: str, end: int, lex: Lexicon) -> bool:
    """ "X, the company said ...": after a comma, "the" + a company noun followed by a finite verb starts a clause
    of its own (the company is its subject), so X (a place, a time, a quotation's speaker) is not called a company.
    An apposition goes on with a participle and its preposition ("X, the company founded in 2012") or a relative
    pronoun, and "a company" never starts a clause here. `end` is where the company noun ends."""
    rest = text[end:]
    word = re.match(r"\s+([a-z]+)", rest)
    if word is not None and word.group(1) in lex.irregular_past_verbs:
        return True
    return _CLAUSE_VERB.match(rest) is not None and not rest.startswith(("s ", "'s", "’s"))


def _modifies_next_noun(text: str, end: int, lex: Lexicon) -> bool:
    """ "In Chennai, a company spokesman said": the company noun modifies the noun after it (a word in lower case
    that is no function word, participle or verb of a clause), and the apposition's head is that noun."""
    word = re.match(r"[ \t]+([a-z]+)\b", text[end:])
    if word is None:
        return False
    w = word.group(1)
    return not (w in STOP_WORDS or w in lex.irregular_past_verbs or w.endswith(("ed", "ing", "en", "s")))


def no_firm_apposition(text: str, noun_end: int, definite: bool, lex: Lexicon) -> bool:
    """The company noun after "X, a/the" that ends at `noun_end` does not describe X: "the company" is the subject
    of a new clause (`definite`), the noun modifies the noun after it ("a company spokesman"), or it is a
    possessive that opens another noun phrase, whose head says what X is ("Sarah Thompson, the company's general
    counsel": the head is "counsel"; "Wana, the company's telecommunications subsidiary": a company after all)."""
    possessive = text.startswith(("'s", "’s", "'", "’"), noun_end)
    return (
        (definite and _subject_of_clause(text, noun_end, lex))
        or _modifies_next_noun(text, noun_end, lex)
        or (possessive and not possessed_company(text, noun_end, lex))
    )


def find_firm_appositions(text: str, lex: Lexicon) -> list[Cand]:
    """Companies the text calls companies: "musical.ly, a company founded in ..."; not a place or time before the
    subject of a new clause ("in Chennai, the company said") or a noun the company noun modifies ("a company
    spokesman"); and those an apposition opened by a possessive calls companies (`possessive_firms`)."""
    out = []
    for m in _FIRM_APPOS.finditer(text):
        if no_firm_apposition(text, m.end(), re.search(r",\s+the\s", m.group(0)) is not None, lex):
            continue
        name, start = m.group(1), m.start(1)
        first = re.match(r"[a-z]+\s+(?=[A-Z])", name)
        if first is not None:  # "said Acme Corp, a ...": a verb in lower case before the name is no part of it
            name, start = name[first.end() :], start + first.end()
        if name.split()[0].lower() in lex.name_stop_starters:
            continue
        out.append(Cand.of(start, m.end(1), "Firm", "firm-appos"))
    return out + find_possessive_firm_appositions(text, lex)


def renamed_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """ "X (formerly Twitter)", "Musical.ly – now known as TikTok": X names the same kind of thing as the other name."""
    return [((m.start(1), m.end(1)), (m.start(2), m.end(2))) for m in _FORMERLY.finditer(text)]


_PARTY_WORD = r"(?:[A-Z]\.){2,3}|[A-Z][A-Za-z]+"
#: two states or unions joined by a dash before what they share: "U.S.-EU relationship", "U.S.-China talks"
_JOINED_PARTIES = re.compile(r"(?<![\w.’'-])(" + _PARTY_WORD + r")[-–](" + _PARTY_WORD + r")(?![\w’'-])")


def find_joined_parties(text: str, type_of) -> list[Cand]:
    """Each of two states or unions joined by a dash ("the enduring U.S.-EU relationship", "U.S.-China
    dialogues", "US-EU TFTP/SWIFT AGREEMENT") names itself: the pair is a modifier, no name of its own. An
    agreement named after its parties keeps them in its name (`EntityTyper._with_parties`), which wins over these.
    `type_of` gives a name's type in the reference tables."""
    out = []
    for m in _JOINED_PARTIES.finditer(text):
        types = [type_of(m.group(1)), type_of(m.group(2))]
        if all(t in ("State", "IGO") for t in types):
            out += [Cand.of(m.start(k), m.end(k), t, "joined-party") for k, t in ((1, types[0]), (2, types[1]))]
    return out


#: a word of a name, and the space between two words of one name (a single line break may wrap it)
_NAME_WORD = r"[A-Z][\w'’-]*"
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: one member of a coordinated list inside a name: up to three capitalised words ("Aerospace Industry", "THE LAW")
_LIST_ITEM = rf"(?:(?:the|THE){_SP})?{_NAME_WORD}(?:{_SP}{_NAME_WORD}){{0,2}}"
#: a body's head noun, then "of"/"on"/"for" and a list of portfolios with commas: "Ministry of Digital Development,
#: Innovation and Aerospace Industry", "SUBCOMMITTEE FOR PRIVACY, TECHNOLOGY AND THE LAW"
_HEAD_FIRST_LIST = re.compile(
    rf"(?P<pre>(?:[A-Z][a-z][\w'’-]*[ \t]+){{0,2}})(?P<head>[A-Z][A-Za-z-]+){_SP}(?i:of|on|for){_SP}"
    rf"(?P<items>{_LIST_ITEM}(?:,{_SP}{_LIST_ITEM})+,?{_SP}(?i:and|&){_SP}{_LIST_ITEM})"
)
#: a list of portfolios with commas, then the body's head noun: "Health, Education, Labor, and Pensions Committee"
_HEAD_LAST_LIST = re.compile(
    rf"(?P<items>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?(?:,[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)+"
    rf",?[ \t]+and[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+(?P<head>[A-Z][a-z]+)\b"
)


def _body_head(word: str, heads: frozenset[str]) -> bool:
    """A body's head noun, or a sub-body's named after it ("Subcommittee", "Sub-Committee")."""
    low = word.lower()
    return low in heads or low.removeprefix("sub").lstrip("-") in heads


def _caps_across_lines(name: str) -> bool:
    """In capitals every word looks like a name: a list that runs on over a line break ("OFFICE OF INFORMATION
    SERVICES, USAEC, AND\nMR. ...") is a telegram's list of several parties, not one name."""
    return name.isupper() and "\n" in name


def _list_words_ok(words: list[str], lex: Lexicon, is_known_name) -> bool:
    """The members of a name's list are portfolios: no function word that starts a clause, no title or post (a
    signature's "John Smith, Chief, Public Safety Bureau" names a holder, his post and its body), and no name of its
    own (a state, a company: "the Ministry of Finance, Google and Apple" lists three parties)."""
    return not any(
        w.lower() in lex.name_stop_starters - {"the"}
        or w.lower() in lex.person_titles
        or w.lower() in lex.holder_post_nouns
        or w.lower() in lex.org_heads
        or (is_known_name is not None and is_known_name(w))
        or (w.isupper() and len(w) > 1 and not all(x.isupper() for x in words))  # an abbreviation names a body
        for w in words
    )


def _modifiers_start(m: re.Match, lex: Lexicon, is_known_name) -> int:
    """Where a head-first name starts: title-case modifiers before the head are part of it ("Senate Committee on
    ..."), an article or a name of its own (a state: "Russian Ministry of ...") is not."""
    pre = list(re.finditer(r"\S+", m.group("pre")))
    while pre and (
        pre[0].group(0).lower() in lex.name_stop_starters
        or (is_known_name is not None and is_known_name(pre[0].group(0)))
    ):
        pre.pop(0)
    return m.start("pre") + pre[0].start() if pre else m.start("head")


def _cut_last_item(text: str, start: int, end: int, lex: Lexicon) -> int:
    """The list's last member ends before a word that starts something else: a title, a body's head noun ("...
    and Home Affairs Committee Chair")."""
    pos = start
    for w in re.finditer(r"\S+", text[start:end]):
        if w.start() > 0 and w.group(0).lower().strip(",") in (lex.person_titles | lex.org_heads):
            return pos
        pos = start + w.end()
    return end


def find_coordinated_bodies(text: str, lex: Lexicon, is_known_name=None) -> list[Cand]:
    """A body named by its portfolios coordinated with commas: the commas and "and" are inside the name, which
    runs from the head noun to the last portfolio ("Ministry of Digital Development, Innovation and Aerospace
    Industry", "Committee on Commerce, Science, and Transportation") or from the first portfolio to the head
    noun ("Health, Education, Labor, and Pensions Committee"). A plural head ("Departments of ...") names several
    bodies and is no such name. Intergovernmental when the name has an IGO cue word."""
    heads = lex.agency_heads - lex.plural_agency_heads
    out: list[Cand] = []
    for m in _HEAD_FIRST_LIST.finditer(text):
        if not _body_head(m.group("head"), heads) or _caps_across_lines(m.group(0)):
            continue
        items = m.group("items")
        last = max(items.rfind(" and "), items.rfind(" AND "), items.rfind("&"), items.rfind("\nand "))
        if article_opens_inner_item(items, last):
            continue
        end = _cut_last_item(text, m.start("items") + last + 1, m.end("items"), lex)
        words = re.findall(r"[\w'’-]+", text[m.start("items") : end])
        if not _list_words_ok([w for w in words if w.lower() not in ("and", "the")], lex, is_known_name):
            continue
        out.append(_body(text, _modifiers_start(m, lex, is_known_name), end, lex))
    for m in _HEAD_LAST_LIST.finditer(text):
        if not _body_head(m.group("head"), heads):
            continue
        start = m.start("items")
        first = re.match(r"[\w'’-]+[ \t]+", m.group("items"))
        if first is not None and first.group(0).split()[0].lower() in lex.name_stop_starters:
            start += first.end()  # "The Health, Education, ... Committee": the article is no part of the name
        start = _after_post(text, start, m.end("items"), lex)
        words = [w for w in re.findall(r"[\w'’-]+", text[start : m.end("items")]) if w != "and"]
        first_item = text[start : m.end("items")].split(",")[0].split()
        if len(first_item) == 2 and modifying_list_head(words, lex):
            words = words[1:]  # "Senate Commerce, Science, and Transportation Committee": "Senate" modifies
        if not _list_words_ok(words, lex, is_known_name):
            continue
        out.append(_body(text, start, m.end("head"), lex))
    return out


#: a post's noun and the comma after it ("Chief, ", "Counsel, ")
_POST_COMMA = re.compile(r"\b(?P<post>[A-Za-z]+),[ \t]+")


def _after_post(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a list's name starts after a holder's post set between commas ("John Smith, Chief, Public Safety and
    Homeland Security Bureau" -> "Public Safety ..."): after the last such post, else at `start`."""
    posts = [m for m in _POST_COMMA.finditer(text, start, end) if m.group("post").lower() in lex.holder_post_nouns]
    return posts[-1].end() if posts else start


def _body(text: str, start: int, end: int, lex: Lexicon) -> Cand:
    cue = any(w in lex.igo_cues for w in re.findall(r"[\w.-]+", text[start:end].lower()))
    return Cand.of(start, end, "IGO" if cue else "Agency", "coordinated-body")


#: a minister's title with the portfolio and an abbreviation in parentheses: "Minister of Industry, Tourism, and Trade
#: (MITYC) Miguel Sebastian"
_MINISTER_ABBREVIATION = re.compile(
    r"\bMinister\s+(?:of|for)\s+(?:the\s+)?[A-Z][^()\n.;:]{2,80}?\s*\((?P<abbr>[A-Z][A-Za-z]{0,8}[A-Z])\)"
)


def find_minister_abbreviations(text: str) -> list[Cand]:
    """The abbreviation after a minister's title and portfolio names the ministry, not the minister ("Minister of
    Industry, Tourism, and Trade (MITYC) Miguel Sebastian ... MITYC had ..."): an Agency."""
    return [
        Cand.of(m.start("abbr"), m.end("abbr"), "Agency", "minister-abbrev")
        for m in _MINISTER_ABBREVIATION.finditer(text)
    ]


#: a plural head of government bodies and the list of portfolios that follows it: "the Departments of Treasury,
#: State and Justice", "the relevant ministers (Interior, Justice, Finance, Chancellery, and MFA)"
_PORTFOLIO_LIST = re.compile(
    r"\b(?i:departments|ministries|ministers|secretaries)(?:\s+(?:of|for)\s+(?:the\s+)?|\s*\()"
    r"(?P<items>[A-Z][\w’'-]*(?:(?:,?\s+and\s+|,\s*|\s+)[A-Z][\w’'-]*){1,9})(?P<close>\))?"
)
_LIST_SEPARATOR = re.compile(r",?\s+and\s+|,\s*")


def find_portfolio_lists(text: str, lex: Lexicon) -> list[Cand]:
    """Each portfolio of a list after a plural head names one body: "the Departments of Treasury, State and
    Justice" are three Agencies ("Treasury", "State", "Justice"), as each would be named alone ("the Department
    of the Treasury"). In a parenthesised list of two or more portfolios ("ministers (Interior, Justice, Finance,
    Chancellery, and MFA)") the other one-word items are the bodies of the same list."""
    out = []
    for m in _PORTFOLIO_LIST.finditer(text):
        base = m.start("items")
        items, pos = [], 0
        for sep in [*_LIST_SEPARATOR.finditer(m.group("items")), None]:
            end = sep.start() if sep else len(m.group("items"))
            items.append((base + pos, base + end))
            pos = sep.end() if sep else end
        portfolio = [" ".join(text[a:b].split()).lower() in lex.portfolios for a, b in items]
        if sum(portfolio) < 2:
            continue
        for (a, b), known in zip(items, portfolio, strict=True):
            if known or (m.group("close") and " " not in text[a:b].strip()):
                out.append(Cand.of(a, b, "Agency", "portfolio-list"))
            elif not m.group("close"):
                break  # "Departments of State and Justice Benjamin ...": the list ends at its first non-portfolio
    return out


#: a possessor's name, "'s" and the lower-case words after it: "India's finance ministry"
_POSSESSED_WORDS = re.compile(r"\b((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s((?:\s+[a-z]+){2,4})\b")


def find_state_portfolio_bodies(text: str, lex: Lexicon, type_of) -> list[Cand]:
    """A state's ministry named in lower case by its portfolio ("India's finance ministry", "China's foreign affairs
    ministry"): news English names a government's ministry by its portfolio and a common noun, the state its owner
    in the possessive. Only when the possessor is a state the tables know (a company's "finance department" is an
    office, not a body), the words before the head are a portfolio (`portfolios`) and the head is one of
    `state_portfolio_heads`. The id then carries the possessor's country (`_qualify_by_country`)."""
    out = []
    for m in _POSSESSED_WORDS.finditer(text):
        spans = [w.span() for w in re.finditer(r"[a-z]+", text[: m.end(2)]) if w.start() >= m.start(2)]
        words = [text[a:b] for a, b in spans]
        k = next((k for k in range(1, len(words)) if words[k] in lex.state_portfolio_heads), 0)
        if not k or " ".join(words[:k]) not in lex.portfolios:
            continue
        owner = m.group(1).split()  # "In India's": the possessor is the name's last words
        if not any(type_of(" ".join(owner[j:])) == "State" for j in range(len(owner))):
            continue
        out.append(Cand.of(spans[0][0], spans[k][1], "Agency", "state-portfolio-body"))
    return out


# --- a chamber named by its head alone --------------------------------------------------------------------------

#: "the House" not followed by a complement or another capitalised word ("the House of Commons", "the House
#: Energy and Commerce Committee" are longer names)
_BARE_CHAMBER = re.compile(r"\b(?:the|The)[ \t]+([A-Z][a-z]+)\b(?![ \t]+(?:of\b|[A-Z]))")
#: what a text about legislation says: bills, legislation, a legislature
_LEGISLATIVE = re.compile(r"\b(?:[Bb]ills?|[Ll]egislation|[Ll]awmakers|Senate|Congress|Parliament)\b|\bH\.R\.")


def find_bare_chambers(text: str, lex: Lexicon) -> list[Cand]:
    """ "Passed the House on June 23", "the House and Senate committees": in a text about legislation a chamber
    goes by its head noun alone (`Lexicon.chamber_short_forms`); a bare head, resolved to the chamber the text
    named last or the one the tables know (`TyperResolution._bare_head`). Elsewhere "the House" is a building."""
    if not _LEGISLATIVE.search(text):
        return []
    return [
        Cand.of(m.start(1), m.end(1), "?", "bare-head")
        for m in _BARE_CHAMBER.finditer(text)
        if m.group(1).lower() in lex.chamber_short_forms
    ]
