"""Round 12, the lead's two precision rules: a description never refers to its own clause's subject ("the new law
replaced the 1998 law, which governed ...": the 1998 law is another), and a law that lacks rules on data does not
regulate it."""

from __future__ import annotations

import pytest

from tests.support.probes import fact_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The new Personal Data Protection Law replaced the 1998 law, which governed the processing of personal data.",
        "Kenya's Data Protection Act superseded the old act, which regulated credit reference data.",
        "ACCORDING TO THE MINISTRY, THE CYBERSECURITY LAW AMENDS THE DECREE, WHICH GOVERNS THE STORAGE OF USER DATA.",
    ],
)
def test_a_description_is_not_its_own_clause_subject(extractor, text):
    assert fact_pairs(extractor, text, "regulates") == set()


def test_a_description_still_takes_up_a_law_named_before(extractor):
    text = (
        "Vietnam adopted the Law on Cybersecurity in 2018. Critics say the law governs the storage of personal data "
        "by foreign firms. The law regulates personal data held by telecommunications providers."
    )
    assert ("Law on Cybersecurity", "personal data") in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Act lacks any rules on transfers of health data.",
        "The directive omits rules on the retention of traffic data, officials said.",
    ],
)
def test_a_law_without_rules_on_data_does_not_regulate_it(extractor, text):
    assert fact_pairs(extractor, text, "regulates") == set()


def test_a_law_that_sets_rules_on_data_regulates_it(extractor):
    text = "The Data Act sets out rules on transfers of health data."
    assert ("Data Act", "health data") in fact_pairs(extractor, text, "regulates")


def _typed(extractor, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extractor.extract("d", "v", text).mentions}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("U.S. Department of Justice Promoting Public Safety Through Data Security", "U.S. Department of Justice"),
        ("The Department of Justice Settles With Acme Corp Over Data Breach", "Department of Justice"),
    ],
)
def test_a_field_after_of_is_no_title_of_the_next_words(extractor, text, body):
    """A headline in title case: "Justice" after "of" is the department's field, so the headline's next words are
    no person's name."""
    typed = _typed(extractor, text)
    assert (body, "Agency") in typed
    assert not any(t == "Person" for _, t in typed)


def test_a_full_title_after_of_still_names_a_person(extractor):
    text = "Staff in the office of Senator Maria Cantwell drafted the Data Security Act."
    assert ("Maria Cantwell", "Person") in _typed(extractor, text)


def test_no_sentence_goes_on_from_a_web_address_to_a_capital(extractor):
    """A cover page run into the text: the address ends it, and the body's subject is the one who enacts."""
    text = (
        "U.S. Department of Justice Promoting Public Safety: The Purpose of the CLOUD Act White Paper April 2019 "
        "www.justice.gov/CLOUDAct Introduction The United States enacted the CLOUD Act to speed access to "
        "electronic information."
    )
    assert fact_pairs(extractor, text, "enacts") == {("United States", "CLOUD Act")}


@pytest.mark.parametrize(
    ("text", "name", "qid"),
    [
        ("The European Commission adopted an adequacy decision for Korea in December 2021.", "Korea", "Q884"),
        ("North Korea hacked the bank, officials in Seoul said.", "North Korea", "Q423"),
    ],
)
def test_korea_alone_is_the_republic_of_korea(extractor, text, name, qid):
    mentions = extractor.extract("d", "v", text).mentions
    assert any(m.text == name and m.type == "State" and m.qid == qid for m in mentions)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("The Bank of England published guidance on cloud outsourcing.", "Bank of England", "Agency"),
        (
            "The central bank Bank Indonesia requires payment data to be stored in Indonesia.",
            "Bank Indonesia",
            "Agency",
        ),
        ("The Swiss National Bank and the Bank of Korea signed a swap line.", "Bank of Korea", "Agency"),
        ("The Agricultural Bank of China opened a branch in London.", "Agricultural Bank of China", "Firm"),
        ("The National Bank of Greece was fined for a data breach.", "National Bank of Greece", "Firm"),
    ],
)
def test_central_banks_come_from_the_tables_and_other_banks_are_lenders(extractor, text, name, type_):
    """ "Bank of England" and "Bank of America" are named alike: the tables list the central banks, and a bank they
    do not list is a lender, not a government body."""
    assert (name, type_) in _typed(extractor, text)


def test_a_central_bank_not_the_state_requires_localisation(extractor):
    text = "The central bank Bank Indonesia requires payment data to be stored in Indonesia."
    assert fact_pairs(extractor, text, "requiresLocalization") == {("Bank Indonesia", "payment data")}
