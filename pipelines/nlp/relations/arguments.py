"""From a token in an argument position to the mention it stands for.

An argument token is a mention (or inside one); or a noun that says which mention it is:
- a copula, an apposition or a naming participle: "X is a law that ...", "X, a law that ...", "the regulator, the
  CNIL, ...", "a circular titled X";
- an instrument or document named by its issuer: "the RBI rule that requires ...", "a State Department cable
  instructs ..." (the issuer takes the obligation or the stance: the text names no other author);
- people acting for a body, or a government named by its state: "lawmakers in the House of Representatives",
  "the government of Kenya";
- what a body decided, as the target of a stance: "attacked the DPC's decision";
- a part of a law, which says what the law says: "Article 16 of the Act prohibits ...";
- a definite description or a pronoun that refers back (`References`).
Of two names of one thing in apposition ("the LGPD, formally Law No. 13,709/2018"; "... Forum (CBPR)") the first is
the one the statement names.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipelines.nlp.relations.bare_provisions import bare_part_owner, is_bare_numbered_part
from pipelines.nlp.relations.descriptions import is_provision
from pipelines.nlp.relations.lexicon import RelationLexicon
from pipelines.nlp.relations.mentions import (
    APPOSITION,
    EXAMPLE,
    GROUP,
    ISSUER,
    OWNER,
    PROVISION,
    RELATIVE,
    Argument,
    Mentions,
)
from pipelines.nlp.relations.references import References
from pipelines.nlp.relations.syntax import COPULAS, conjuncts, is_verbal

#: the pronouns a joint statement's signers speak as, named in apposition ("We, the Leaders of A and B")
_WE = frozenset({"we", "us"})


class Resolver:
    """Argument tokens to mentions of the wanted types."""

    def __init__(self, mentions: Mentions, lex: RelationLexicon):
        self.m, self.lex = mentions, lex
        self.references = References(mentions, lex)

    def resolve(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        i = self.m.at(tok)
        if i is not None:
            i = self.m.first_name(i)
            return [Argument(i)] if self.m.type(i) in types else []
        if tok.tag_ == "WP$":
            return self._whose(tok, types)
        if is_verbal(tok) or (
            tok.pos_ not in ("NOUN", "PRON", "PROPN") and not _instrument_noun_as_argument(tok, self.lex)
        ):
            return []
        found_by = (self._named, self._numbered_or_titled, self._examples, self._issuer, self._provision, self._form_of)
        for found in (*(f(tok) for f in found_by), self._acting_for(tok, types)):
            hits = [a for a in found if self.m.type(a.mention) in types]
            if hits:
                return hits
        ref = self.references.resolve(tok, types)
        return [ref] if ref is not None else []

    def _whose(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        """ "Kominfo, the Ministry of Communication, whose minister, Johnny G. Plate, ...": "whose" stands for the
        noun its relative clause modifies, as a possessive would ("the ministry's minister")."""
        clause = tok.head
        while clause.dep_ not in ("relcl", "appos") and clause.head != clause:
            clause = clause.head  # (the parse may hang "whose minister" on the noun as an apposition)
        if clause.dep_ not in ("relcl", "appos") or self.m.at(clause.head) is None:
            return []
        return [Argument(a.mention, RELATIVE) for a in self.resolve(clause.head, types)]

    def owner(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        """ "the DPC's decision", "Vietnam's rules": the body whose act the noun is (for stance targets)."""
        if tok.lower_ not in self.lex.act_nouns or self.m.at(tok) is not None:
            return []
        owners = (self.m.at(c) for c in tok.children if c.dep_ in ("poss", "compound"))
        return [Argument(self.m.first_name(i), OWNER) for i in owners if i is not None and self.m.type(i) in types]

    def _named(self, tok: Token) -> list[Argument]:
        """ "X is a law that ...", "X, a law that ...", "the law, X, ...", "a circular titled X"; a plural noun
        names each item of the list in apposition to it ("enacted a series of laws: A; B; C")."""
        neighbours = [c for c in tok.children if c.dep_ == "appos" and not self._short_name_of_other(c, tok)]
        if _plural(tok):
            neighbours = _listed(neighbours)
        if tok.dep_ == "appos":
            neighbours.append(tok.head)
        if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ in COPULAS:
            neighbours += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        for c in tok.children:  # "titled X", "known as X"
            if c.dep_ == "acl" and c.lower_ in self.lex.naming_words:
                neighbours += [t for t in c.subtree if t is not c and self.m.at(t) is not None][:1]
        out = []
        for n in neighbours:
            i = self.m.at(n)
            if i is not None:
                out.append(Argument(self.m.first_name(i), APPOSITION))
        return out

    def _numbered_or_titled(self, tok: Token) -> list[Argument]:
        """ "circular DPSS.CO.OD.No 2785/...", "its circular on Storage of Payment System Data", "a circular on 'X'",
        'a decree "On some questions of ..."': an instrument noun with its reference number or its title right
        after it (the noun says the kind, the number or title which one) stands for the named instrument. Not a
        law named by its own kind or by an abbreviation after "on" ("a circular on the Payments Act", "guidance on
        GDPR"): what the instrument is about, not its title."""
        if tok.lower_ not in self.lex.instrument_nouns or tok.i + 1 >= len(tok.doc):
            return []
        after = self.m.text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 40]
        gap = _NUMBER_OR_TITLE_GAP.match(after)
        if gap is None:
            return []
        i = self.m.at(tok.doc[tok.i + 1]) if not gap.group(0).strip() else self._mention_starting(tok, gap.end())
        if i is None or self.m.type(i) != "Law" or self.m.items[i].start != tok.idx + len(tok.text) + gap.end():
            return []
        words = self.m.items[i].text.split()
        if gap.group("title") and (words[-1].lower() in self.lex.law_kind_nouns or self.m.items[i].text.isupper()):
            return []
        return [Argument(self.m.first_name(i), APPOSITION)]

    def _mention_starting(self, tok: Token, offset: int) -> int | None:
        """The mention that starts `offset` characters after the end of `tok`."""
        start = tok.idx + len(tok.text) + offset
        for t in tok.doc[tok.i + 1 : tok.i + 6]:
            if t.idx == start:
                return self.m.at(t)
        return None

    def _examples(self, tok: Token) -> list[Argument]:
        """ "Mechanisms like Privacy Shield and the CBPR System protect ...": the named examples of a kind."""
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("like", "including", "as")]
        # "such as X": "as" hangs from "such" or from the noun
        preps += [p for s in tok.children if s.lower_ == "such" for p in s.children if p.dep_ == "prep"]
        listed = [p for c in preps for p in c.children]
        out = []
        for p in listed:
            if p.dep_ != "pobj":
                continue
            for t in conjuncts(p):
                i = self.m.at(t)
                if i is not None:
                    out.append(Argument(self.m.first_name(i), EXAMPLE))
        return out

    def _issuer(self, tok: Token) -> list[Argument]:
        """ "the RBI rule", "India's rule", "the directive of the RBI", "a State Department cable": the
        body or state that issued an instrument or document the text does not name."""
        word = tok.lower_
        if word not in self.lex.instrument_nouns and word not in self.lex.document_nouns:
            return []
        out = []
        for c in tok.children:
            if c.dep_ in ("compound", "nmod", "poss") and c.i < tok.i:
                i = self.m.at(c)
                # right before the noun: not an earlier name, nor a name's first word ("the GLBA Privacy Rule")
                if i is not None and self._adjacent(i, tok) and not self._titled_between(i, tok):
                    out.append(Argument(self.m.first_name(i), ISSUER))
            elif (c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of")) or (
                c.dep_ == "acl" and c.lemma_ == "issue"
            ):
                for p in c.subtree:
                    i = self.m.at(p)
                    if i is not None and p.dep_ == "pobj":
                        out.append(Argument(self.m.first_name(i), ISSUER))
                        break
            elif c.dep_ == "prep" and c.lower_ == "in":
                # "data localization rules in India": the rules in force in a state (or a union) are its own
                for p in (t for o in c.children if o.dep_ == "pobj" for t in conjuncts(o)):
                    i = self.m.at(p)
                    if i is not None and self.m.type(i) in ("State", "IGO"):
                        out.append(Argument(self.m.first_name(i), ISSUER))
        return out

    def _provision(self, tok: Token) -> list[Argument]:
        """ "Article 16 of the Act", "the provisions of the PIPL": the law a part of it speaks for."""
        if not is_provision(tok, self.lex):
            return []
        # "Article 16, Paragraph 1 of that law"
        parts = [tok, *(c for c in tok.children if c.dep_ in ("appos", "conj", "npadvmod") and _numbered_part(c))]
        laws = [p for t in parts for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        out = []
        for p in laws:
            i = self.m.at(p)
            if i is None:  # "of that law"
                ref = self.references.resolve(p, frozenset({"Law"}))
                i = ref.mention if ref is not None else None
            if i is not None:
                out.append(Argument(self.m.first_name(i), PROVISION))
        if not laws and is_bare_numbered_part(tok) and (i := bare_part_owner(tok, self.m)) is not None:
            out.append(Argument(self.m.first_name(i), PROVISION))  # "Law No. 175 ... Among them, article 2 ..."
        return out

    def _form_of(self, tok: Token) -> list[Argument]:
        """ "the final version of X", "the text of X": a noun of the form a law is given in, with "of" and a named
        law, stands for the law itself (the verb acts on the law); a modifier of the noun ("a draft version")
        still says how far the law has got."""
        if tok.lemma_.lower() not in self.lex.form_nouns or self._rendering(tok):
            return []
        laws = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        found = [i for p in laws if p.dep_ == "pobj" and (i := self.m.at(p)) is not None and self.m.type(i) == "Law"]
        return [Argument(self.m.first_name(found[0]))] if found else []

    def _rendering(self, tok: Token) -> bool:
        """ "an unofficial English version of X": a translation or private rendering, not the law as made (a
        capitalised modifier of the noun is a language or a nationality)."""
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        return any(c.lower_ in self.lex.form_rendering_modifiers or c.text[:1].isupper() for c in mods)

    def _acting_for(self, tok: Token, types: frozenset[str]) -> list[Argument]:
        """ "lawmakers in the House of Representatives", "officials of the ministry", "U.S. officials", "the
        government of Kenya", "Kenya's government": the body (or state) itself; a group of several bodies acts for
        each ("the leaders of A, B and C"), and so does "we" in apposition to it, as joint statements open ("We,
        the Leaders of A and B, ...")."""
        word = tok.lemma_.lower()
        if tok.lower_ in _WE:
            return [a for c in tok.children if c.dep_ == "appos" for a in self._acting_for(c, types)]
        if word in self.lex.government_nouns:
            owners = [c for c in tok.children if c.dep_ == "poss"]
            owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            owners = [o for owner in owners for o in conjuncts(owner)]  # "the governments of A and B": each
            return [Argument(self.m.first_name(i), GROUP) for o in owners if (i := self.m.at(o)) is not None]
        plural = tok.tag_ in ("NNS", "NNPS")
        singular_ok = tok.tag_ == "NN" and word not in self.lex.plural_group_nouns
        if word in self.lex.group_nouns and (plural or singular_ok) and not self._faction(tok):
            # "ministers of France and Germany": each body listed in the phrase
            bodies = [b for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "at", "from")
                      for p in c.children if p.dep_ == "pobj" for b in _listed([p])]  # fmt: skip
            # "U.S. officials", "State Department and Treasury officials": the body named before the noun
            bodies += [b for c in tok.children if c.dep_ in ("compound", "nmod", "poss") for b in conjuncts(c)]
            return [Argument(self.m.first_name(i), GROUP) for b in bodies if (i := self.m.at(b)) is not None]
        return []

    def _short_name_of_other(self, appos: Token, tok: Token) -> bool:
        """ "Section 5 of the X Act, part of the Y Act (ARRA), requires ...": a name in parentheses right after another
        mention is that mention's short name, though the parse may hang it on an earlier noun as its apposition."""
        doc = appos.doc
        if appos.i < 2 or doc[appos.i - 1].text != "(":
            return False
        before = self.m.at(doc[appos.i - 2])
        return before is not None and before != self.m.at(tok) and doc[appos.i - 2].i > tok.i

    def _faction(self, tok: Token) -> bool:
        """ "opposition members of Parliament", "minority lawmakers in the Senate": people named as a faction of a
        body (`faction_modifiers`) speak against its majority, not for the body."""
        return any(c.lower_ in self.lex.faction_modifiers for c in tok.children if c.i < tok.i)

    def _titled_between(self, i: int, tok: Token) -> bool:
        """ "The GLBA Financial Privacy Rule": capitalised words between the issuer and the instrument's noun make
        a title, the name of an instrument of its own (its issuer is not said), not "the RBI rule"."""
        span = self.m.spans[i]
        words = [t for t in tok.doc[span.end : tok.i] if t.is_alpha] if span is not None else []
        return tok.text.istitle() and bool(words) and all(t.text.istitle() for t in words)

    def _adjacent(self, i: int, tok: Token) -> bool:
        gap = self.m.text[self.m.items[i].end : tok.idx]
        return re.fullmatch(r"(?:['’]s)?\s*(?:\([^()]{1,12}\))?\s*(?:[\w-]+\s+){0,2}", gap) is not None


def _numbered_part(part: Token) -> bool:
    """ "Article 16, Paragraph 1 of that law": a second part of a law beside the first is numbered; a bare "part of
    the Y Act" in apposition says what the law is part of, not another of its provisions."""
    return part.dep_ != "appos" or any(c.dep_ == "nummod" or c.like_num for c in part.children) or part.like_num


#: between an instrument noun and its number or title: a space, or "on"/"titled" and perhaps an opening quote, or
#: an opening double quote alone: a title quoted right after the noun names it as an apposition would ('a decree
#: "On some questions of ..."', 'the law "Creation and the Internet"')
_NUMBER_OR_TITLE_GAP = re.compile(r"\s+(?:(?P<title>(?:vide|on|titled|entitled)\s+)['‘\"“]?|[\"“«])?")


def _instrument_noun_as_argument(tok: Token, lex: RelationLexicon) -> bool:
    """ "In its circular on 'X', ...": an instrument noun the tagger reads as an adjective ("circular") is a noun
    where it fills a noun's place, the object of a preposition or of a verb, or a subject."""
    return tok.lower_ in lex.instrument_nouns and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")


def _listed(items: list[Token]) -> list[Token]:
    """The items of a list in apposition: each item, the items coordinated with it, and the items the parse hangs
    on it as further appositions ("a series of laws: A; B; C")."""
    out: list[Token] = []
    stack = list(items)
    while stack:
        t = stack.pop()
        if t in out:
            continue
        out.append(t)
        stack += [c for c in conjuncts(t) if c != t] + [c for c in t.children if c.dep_ == "appos"]
    return sorted(out, key=lambda t: t.i)


def _plural(noun: Token) -> bool:
    """A noun that stands for several things: a plural ("two laws"), or a noun of quantity with a plural after
    "of" ("a series of laws", "a pair of bills")."""
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    return any(
        p.tag_ in ("NNS", "NNPS") for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    )
