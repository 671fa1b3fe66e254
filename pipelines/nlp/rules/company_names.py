"""Where a company's name named by its legal form starts and ends inside a run of capitalised words: a plural noun
and "of" before it are none of it ("Shares of Acme Corp."), and a legal form before "and" ends it ("Nordwind GmbH and
Aurelia S.A." are two companies); nationality words alone before the form name none ("the Irish SA")."""

from __future__ import annotations

from pipelines.nlp.lexicon import Lexicon
from pipelines.nlp.rules.run_words import Word


def legal_form_before_and(w: list[Word], lex: Lexicon) -> int | None:
    """The index of a legal form ("GmbH", "Ltd.") right before "and" inside the run: a legal form ends a company's
    name, so the words after "and" name another company."""
    for k in range(1, len(w) - 2):
        if w[k + 1].low == "and" and w[k].low.rstrip(".") in lex.legal_suffixes:
            return k
    return None


def plural_of_before(w: list[Word]) -> bool:
    """A plural noun and "of" start the run before a company's name ("Shares of Acme Corp.", "Customers of Acme
    Inc."): the things or people of the company, not a word of its name (a company named with "of" has a singular
    head: "Bank of America")."""
    return len(w) > 3 and w[1].low == "of" and w[0].low.endswith("s") and not w[0].text.isupper()


def company_spans(w: list[Word], lex: Lexicon) -> list[tuple[int, int]]:
    """The first and last word of each company the run names, its last word a legal form: one company, or two
    joined by "and" after a legal form ("Nordwind GmbH and Aurelia S.A."), without a plural noun and "of" before;
    none named by nationality words alone."""
    start, end = (2 if plural_of_before(w) else 0), len(w) - 1
    cut = legal_form_before_and(w, lex)
    spans = [(start, cut), (cut + 2, end)] if cut is not None and start < cut else [(start, end)]
    return [(a, b) for a, b in spans if not nationality_only(w[a:b], lex)]


def nationality_only(w: list[Word], lex: Lexicon) -> bool:
    """Nothing but nationality words before the legal form ("the Irish SA", "the French SA"): a nationality and
    an abbreviation (a supervisory authority's, in the EU's texts) name no company; a company has a name."""
    return bool(w) and all(x.low in lex.nationality_nouns for x in w)


def named_by_legal_form(w: list[Word], lex: Lexicon) -> bool:
    """The words name a company by its registered legal form, which only a company's name ends in ("Company",
    "Limited", "Ltd.": `lexicon.registered_legal_forms`), or by "Corporation" right after a noun of the line of
    business of a state's carrier (`lexicon.state_firm_nouns`: "Telecommunications Corporation", "Posts
    Corporation"; a public body's name ends in "Corporation" after its remit: "Deposit Insurance Corporation").
    Such a name is one company's even where a state's name opens it ("Kenya Power and Lighting Company Limited",
    "Ghana Telecommunications Company Limited"): the state's name inside is a word of the company's name, no
    mention of the state. A lower-case word other than a name's connectors ("of", "and", "de") is none of a
    company's name."""
    if len(w) < 2 or any(x.text.islower() and x.low not in lex.company_name_connectors for x in w):
        return False  # "China to Guizhou-Cloud ... Co": "to" is a word of the sentence, not of a company's name
    last, before = w[-1].low.rstrip("."), w[-2].low
    if last in lex.registered_legal_forms:
        return before not in lex.name_stop_starters
    return last in ("corporation", "corp") and carrier_business(before, lex)


def carrier_business(word: str, lex: Lexicon) -> bool:
    """`word` (lower case) is a noun of the line of business of a state's carrier (`lexicon.state_firm_nouns`), in
    the singular or the plural: before "Corporation" it makes the name a company's ("Telecommunications
    Corporation", "Posts Corporation"), where a public body's remit does not ("Deposit Insurance Corporation")."""
    business = lex.state_firm_nouns
    return word in business or word + "s" in business or word.removesuffix("s") in business
