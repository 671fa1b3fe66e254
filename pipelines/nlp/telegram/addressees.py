"""Pass lines of a telegram header ("STATE FOR EEB/CIP, EUR/ERA, INL", "DEPT PLEASE PASS FTC", "NSC FOR ABRAMS,
STATE FOR NEA/ELA"): their clauses, the offices and officers each clause lists, and comma lists of office symbols
whose verb is garbled or missing. The Department of State's own bureaus, listed by office symbol after "STATE FOR"
or "DEPT FOR" ("EUR/WE", "EAP/CM", "EEB"), route the telegram inside its addressee: most annotators (and the team's
note on routing designators) do not take them for bodies named, unlike the agencies a pass line names after another
addressee or after "PASS" ("TREASURY FOR OFAC", "DEPT PLEASE PASS FTC AND FDA")."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipelines.nlp.telegram.fields import HEADER_ZONE_END, MARKING, OTHER_FIELD, HeaderMention, tags_lines, text_lines

#: the start of a pass line: an office and "FOR" or "PLEASE PASS" ("STATE FOR EEB/CIP", "DEPT PLEASE PASS FTC")
PASS_LINE = r"(?P<office>[A-Z][A-Z/]{1,12})\s+(?:(?:ALSO\s+)?FOR|(?:PLEASE\s+)?PASS)\s+"


_PASS_START = re.compile(r"(?:^|(?<=[;,])\s*)" + PASS_LINE + r"(?=[A-Z0-9])")


#: a pass line whose addressee is an agency named in two words, in the header only: "HOMELAND SECURITY FOR OIA"
_PASS_START_TWO = re.compile(r"^(?P<office>[A-Z]{3,}\s[A-Z]{3,})\s+(?:ALSO\s+)?FOR\s+(?=[A-Z0-9])")


#: the verbs of a pass line: "FOR" names whom it is for, "PASS (TO)" the body it is passed on to
_PASS_VERB = re.compile(r"\b(?:ALSO\s+)?FOR\b|\b(?:PLEASE\s+)?PASS(?:\s+TO)?\b")


#: the Department of State as a pass line's addressee: what it lists after "FOR" are its own bureaus' office
#: symbols ("STATE FOR EUR/WE AND EEB/TPP/IPE", "DEPT FOR S, P, D, EAP/CM", "DEPARTMENT FOR AF, AF/E"), routing
#: inside the addressee, no body of their own; other addressees list the bodies they pass to ("TREASURY FOR OFAC",
#: "COMMERCE ALSO FOR USPTO")
DEPARTMENT_ADDRESSEES = frozenset({"STATE", "DEPT", "SECSTATE", "DEPARTMENT"})


_OFFICE_SYMBOL = re.compile(r"^(?:[A-Z]{1,6}/[A-Z]{1,6}|[A-Z]{2,6})$")


def pass_clauses(line: str, header: bool = False) -> list[tuple[tuple[int, int], str, tuple[int, int]]]:
    """The clauses of a pass line, each (addressee span, verb, span of what follows it): "STATE FOR EB, EUR/WE,
    PASS TO USTR FOR RBAE" is STATE FOR "EB, EUR/WE", STATE PASS TO "USTR", USTR FOR "RBAE"; "NSC FOR ABRAMS,
    STATE FOR NEA/ELA" has two addressees. After "PASS" comes a body, after "FOR" a list; the last item of a
    list followed by "FOR" is the next addressee. In the `header` (before the subject) the addressee may be an
    agency named in two words ("HOMELAND SECURITY FOR OIA AND PRIVACY OFFICE"); in capitals prose two words before
    "FOR" are a clause's ("MISSION ASKED FOR DETAILS")."""
    first = _PASS_START.match(line) or (_PASS_START_TWO.match(line) if header else None)
    if first is None or set(first.group("office").split()) & set(_NOT_NAMES):
        return []
    if not header and prose_line(line[first.end() :]):
        return []  # "STRATEGY FOR CONTAINING THIS THRUST SHOULD TURN ON THE ...": a wrapped line of prose
    verbs = [v for v in _PASS_VERB.finditer(line) if v.start() >= first.end("office")]
    clauses = []
    office = first.span("office")
    for k, v in enumerate(verbs):
        end = verbs[k + 1].start() if k + 1 < len(verbs) else len(line)
        seg_start = v.end() + (len(line[v.end() : end]) - len(line[v.end() : end].lstrip()))
        seg_end = seg_start + len(line[seg_start:end].rstrip(" ,;"))
        nxt = verbs[k + 1].group(0) if k + 1 < len(verbs) else ""
        verb = "PASS" if "PASS" in v.group(0) else "FOR"
        if nxt.endswith("FOR") and verb == "PASS":
            clauses.append((office, verb, (seg_start, seg_end)))
            office = (seg_start, seg_end)
            continue
        if nxt.endswith("FOR"):
            cut = max(line.rfind(",", seg_start, seg_end), line.rfind(";", seg_start, seg_end))
            if cut < 0:
                return clauses  # "FOR ... FOR": no list between
            clauses.append((office, verb, (seg_start, cut)))
            office = (cut + 1 + len(line[cut + 1 : seg_end]) - len(line[cut + 1 : seg_end].lstrip()), seg_end)
            continue
        clauses.append((office, verb, (seg_start, seg_end)))
    return clauses


#: the words a pass line's list is joined with: they do not make it prose
_LIST_WORDS = frozenset({"for", "pass", "to", "and", "also", "please", "or"})


def prose_line(rest: str) -> bool:
    """What follows an office and "FOR" is prose, not a list of offices and officers: two or more function words
    other than those a list is joined with ("DEVELOPED FOR THE COUNCIL'S FIRST SESSION, CONVENED TO REVIEW THE
    STATUS"; "MANEUVERING FOR POLITICAL CONTROL OF COUNCIL AND ITS SECRETARIAT"). A pass line lists office symbols
    and names ("STATE FOR EEB/CIP, EUR/ERA, INL", "DEPT PLEASE PASS TO THE FTC")."""
    words = re.findall(r"[A-Za-z]+", rest)
    return sum(w.lower() in STOP_WORDS and w.lower() not in _LIST_WORDS for w in words) >= 2


def clause_mentions(offset: int, line: str, office, verb, rest, is_place, is_name, is_body) -> list[HeaderMention]:
    """ "STATE FOR EEB/CIP, EUR/ERA, INL", "TREASURY FOR TFI", "DEPT PLEASE PASS FTC AND FDA": the addressee and the
    office of each item of the list (its first word); the words that end an item are the officer's name when they
    are written as one ("USDOC FOR ITA ROBIN GAINES-DEATS, NTIA CHRISTINA SPECK", "FCC FOR TRACEY WEISLER"), or with
    an initial ("USTR FOR D.WEINER"). Officers are also named by their surname alone: after a known body's
    abbreviation ("OFAC SZUBIN"), in a list that names an officer, or in a list of two or more words that read as
    names ("NSC FOR BADER, MEDEIROS, AND LOI", "NSC FOR ABRAMS/SINGH/YERGER"). After "PASS" comes the body the
    telegram is passed on to ("STATE PASS U.S. COPYRIGHT OFFICE FOR ...")."""
    out = []
    name = line[office[0] : office[1]]
    if not is_place(name):
        out.append(HeaderMention(offset + office[0], offset + office[1], "Agency", name))
    if verb == "PASS" and _BODY.fullmatch(line[rest[0] : rest[1]]) and " AND " not in line[rest[0] : rest[1]]:
        return out  # "PASS U.S. COPYRIGHT OFFICE": the next clause names it as its addressee
    items = [(offset + rest[0] + a, v) for a, v in _split_items(line[rest[0] : rest[1]])]
    surnames = _surname_list([v for _, v in items], is_name, is_body)
    own_bureaus = verb == "FOR" and name in DEPARTMENT_ADDRESSEES
    for item_start, value in items:
        found = _item(item_start, value, surnames, is_name, is_body)
        out += [h for h in found if not own_bureaus or h.type != "Agency"]  # "STATE FOR EUR/WE": routing, no body
    return out


def _split_items(text: str) -> list[tuple[int, str]]:
    """The items of a list joined by commas, semicolons and "AND", each with its offset."""
    out = []
    for m in re.finditer(r"[^,;]+", text):
        pos = m.start()
        for part in re.split(r"(\bAND\b)", m.group(0)):
            if part != "AND" and part.strip():
                out.append((pos + len(part) - len(part.lstrip()), part.strip()))
            pos += len(part)
    return out


_BODY = re.compile(r"[A-Z][A-Z.&/-]*(?:\s+[A-Z][A-Z.&/-]*){0,4}")


_INITIALLED = re.compile(r"[A-Z]\.\s?[A-Z][A-Z'-]{2,}")

#: an officer's initial without its stop, and the surname: "FCC FOR A THOMAS" (a lone capital and a name)
_BARE_INITIAL = re.compile(r"[A-Z]\s[A-Z][A-Z'-]{2,}")

#: a pass list's last item wrapped after its initial: "... AND A" at the line's end, the surname next line
_INITIAL_AT_END = re.compile(r"(?:,|\bAND)\s+(?P<initial>[A-Z])$")
_SURNAME_FIRST = re.compile(r"^(?P<surname>[A-Z][A-Z'-]{2,})(?=$|[\s,;])")


def wrapped_initial(line: str, following: list[tuple[int, str]], is_name) -> tuple[int, int] | None:
    """(start in `line`, end in the text) of an officer whose initial ends a pass line and whose surname opens the
    next line ("FCC FOR A THOMAS AND A" / "WEINSHENK ..."): a telegram wraps its lines at a fixed width, inside a
    name too. `following` is the next line, (offset, text), if any; the surname must read as a name."""
    m = _INITIAL_AT_END.search(line)
    if m is None or not following:
        return None
    nxt_offset, nxt = following[0]
    s = _SURNAME_FIRST.match(nxt)
    if s is None or _PASS_START.match(nxt) or not is_name([s.group("surname")]):
        return None  # "DEPT FOR S, P, D, AND H" / "NSC FOR BADER": the next line is a pass line of its own
    return m.start("initial"), nxt_offset + s.end("surname")


_ROOM = re.compile(r"^\d+/")


def _surname_list(values: list[str], is_name, is_body) -> bool:
    """Whether the single words of a list are officers' surnames: the list names an officer in full or after an
    office ("OFAC SZUBIN, MONBORNE"), or it has two or more words, none an office symbol or a known body, at least
    one longer than an office symbol is, all of them read as names."""
    words = [w for v in values for w in v.split("/")]
    for v in values:
        if len(v.split()) == 2 and is_body(v.split()[0]) or _OFFICER.fullmatch(v) and is_name(v.split()):
            return True
    return (
        len(words) >= 2
        and all(re.fullmatch(r"[A-Z][A-Z'-]{2,}", w) and not is_body(w) for w in words)
        and any(len(w) >= 5 for w in words)
        and all(is_name([w]) for w in words)
    )


def _item(start: int, value: str, surnames: bool, is_name, is_body) -> list[HeaderMention]:
    """One item of a pass list: its office, its officer, or both."""
    room = _ROOM.match(value)
    if room:  # "4212/DON CALVERT": the officer's room number
        start, value = start + room.end(), value[room.end() :]
    bare = re.sub(r"^AND\s+", "", value)
    if _INITIALLED.fullmatch(bare) or _BARE_INITIAL.fullmatch(bare) and is_name(bare.split()[1:]):
        value_start = start + len(value) - len(bare)
        return [HeaderMention(value_start, start + len(value), "Person", value[value_start - start :])]
    out = []
    words = value.split()
    if len(words) == 2 and is_body(words[0]) and surnames:  # "OFAC SZUBIN": the office and its officer
        second = start + len(value) - len(words[1])
        return [
            HeaderMention(start, start + len(words[0]), "Agency", words[0]),
            HeaderMention(second, second + len(words[1]), "Person", words[1]),
        ]
    officer = _OFFICER.search(value)
    if officer is not None and officer.start() == 0 and len(value.split()) > 2:
        officer = _OFFICER.search(value, value.index(" ") + 1)  # a longer item starts with its office
    words = officer.group(0).split() if officer is not None else []
    if officer is not None and not set(words) & set(_NOT_NAMES) and is_name(words):
        out.append(HeaderMention(start + officer.start(), start + officer.end(), "Person", officer.group(0)))
        value = value[: officer.start()]
    elif surnames:
        for part in re.finditer(r"[A-Z][A-Z'-]{2,}", value):
            if part.group(0) not in _NOT_NAMES:
                out.append(HeaderMention(start + part.start(), start + part.end(), "Person", part.group(0)))
        return out
    for part in re.finditer(r"(?:^|\bAND\s+)\s*([A-Z][A-Z/]*)", value):
        word = part.group(1)
        if _OFFICE_SYMBOL.match(word) and word not in _NOT_NAMES and not (out and len(word) < 3):
            s = start + part.start(1)
            out.append(HeaderMention(s, s + len(word), "Agency", word))
    return out


_NOT_NAMES = ("AND", "OR", "FOR", "PLEASE", "PASS", "NOT", "ALSO", "TO")


_LIST_ITEM = re.compile(r"[A-Z][A-Z/]*(?:\s+[A-Z][A-Z/]*){0,2}")


def office_list_mentions(offset: int, line: str) -> list[HeaderMention]:
    """ "DEPT OR EUR, L, S/CT, EEB, INL", "FOR EUR/WE, EUR/ERA, INR" with its verb garbled or missing: a header line
    (before the E.O. and TAGS fields) that is a comma list of office symbols routes the telegram inside the
    Department; it names the Department when it writes it ("DEPT"), not its bureaus."""
    items = [i.strip() for i in line.split(",")]
    if len(items) < 3 or MARKING.search(line) or OTHER_FIELD.match(line):
        return []
    if not all(_LIST_ITEM.fullmatch(i) for i in items):
        return []
    words = [w for i in items for w in i.split()]
    if not all(_OFFICE_SYMBOL.match(w) or len(w) == 1 or w in _NOT_NAMES for w in words):
        return []
    return [
        HeaderMention(offset + w.start(), offset + w.end(), "Agency", w.group(0))
        for w in re.finditer(r"[A-Z][A-Z/]*", line)
        if w.group(0) in DEPARTMENT_ADDRESSEES  # the Department; its bureaus' symbols are routing (module docstring)
    ]


#: an officer's name closing an item of a pass line: a given name, an optional initial, a surname
_OFFICER = re.compile(r"(?<![\w/])[A-Z][A-Z'-]{2,}\s+(?:[A-Z]\.\s+)?[A-Z][A-Z'-]{2,}(?:-[A-Z]{2,})?$")


def pass_lines(text: str) -> list[tuple[int, int]]:
    """Spans of a telegram header's pass lines ("STATE FOR EEB/CIP, EUR/ERA", "TREASURY FOR TFTP"): they name offices
    and officers only; an office that shares its letters with a programme or a law ("TFTP") names the office."""
    if not tags_lines(text):
        return []
    out = []
    for offset, line in text_lines(text):
        if HEADER_ZONE_END.match(line) or line.startswith(("SUBJECT", "SUBJ:")):
            break
        if line.isupper() and pass_clauses(line):
            out.append((offset, offset + len(line)))
    return out


#: a pass line with no office before its verb: "PASS TO MARC FREY, DAVE GORDNER OF DHS"
_OFFICELESS_PASS = re.compile(r"(?:PLEASE\s+)?PASS\s+TO\s+(?=[A-Z])")
#: the body a pass list's officers belong to, closing the list: "... OF DHS"
_OF_BODY_END = re.compile(r"\s+OF\s+[A-Z][A-Z/&.-]*$")


def officeless_pass_mentions(offset: int, line: str, is_name, is_body) -> list[HeaderMention]:
    """ "PASS TO MARC FREY, DAVE GORDNER, KIKO CORTI": a pass line that starts with its verb lists whom the telegram
    is passed on to, officers by name or offices by symbol, read item by item as after "STATE PASS TO"; an item of
    several words is one officer's name or none of them."""
    m = _OFFICELESS_PASS.match(line)
    if m is None:
        return []
    rest = _OF_BODY_END.sub("", line[m.end() :].rstrip(" ,;"))  # "..., MIKE SCARDAVILLE OF DHS": their body
    items = [(offset + m.end() + a, v) for a, v in _split_items(rest)]
    if len(items) > 1 and " " not in items[-1][1]:
        items = items[:-1]  # "..., MIKE" at the line's end: a given name whose surname the wrap put on the next line
    surnames = _surname_list([v for _, v in items], is_name, is_body)
    out: list[HeaderMention] = []
    for item_start, value in items:
        if " " not in value:
            out += _item(item_start, value, surnames, is_name, is_body)
        elif _OFFICER.fullmatch(value) and not set(value.split()) & set(_NOT_NAMES) and is_name(value.split()):
            out.append(HeaderMention(item_start, item_start + len(value), "Person", value))
    return out
