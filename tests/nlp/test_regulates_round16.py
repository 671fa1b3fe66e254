"""regulates, round 16.

- A noun of rule named with its law after it (a participle of making with the law as agent, "under" or "of" the law)
  stands for the law's rules: what it rules on, by a verb of ruling whose subject it is or an infinitive hung on it
  or on its participle, the law regulates ("the regime established by the Act governs X", "an obligation under the
  Act to protect X", "the rules of the Act, designed to work together to govern X"). A participle of undoing, a
  negated, hedged or failed ruling, and a rule made by a body (not a law) give no fact.
- A law that specifies or determines what is done with data rules on it ("the Decree specifies how operators must
  store subscriber data"); not when negated, nor when a body determines whether a law applies.
- "Article 5 of the X Act, part of the Y Act (YA), requires ...": the bare "part of Y" (and a short name in
  parentheses right after Y), though the parse hangs them on the article, say what X is part of; the article is X's
  alone, so Y regulates nothing. A second numbered part ("Article 16, Paragraph 1 of the Act") still speaks for it.
"""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a news article: the noun of rule is the subject of the verb of ruling
        (
            "The regime established by the Cybersecurity Law governs the storage of personal data, the newspaper "
            "reported.",
            "Cybersecurity Law",
            "personal data",
        ),
        # a government release: an obligation "under" the law, with its infinitive
        (
            "Banks have an obligation under the Banking Act to protect customer records.",
            "Banking Act",
            "customer records",
        ),
        # a government release: an infinitive on the participle of making
        (
            "The ministry said the new regime established by the Data Act to regulate the export of health data "
            "will take effect in May.",
            "Data Act",
            "health data",
        ),
        # a cable
        (
            "Embassy contacts report that the obligations imposed by the Telecom Law restrict the transfer of "
            "subscriber data abroad.",
            "Telecom Law",
            "subscriber data",
        ),
        # through participles and infinitives without a subject of their own
        (
            "There are three major rules of the Banking Act, designed to work together to govern the collection, "
            "disclosure, and protection of customer records.",
            "Banking Act",
            "customer records",
        ),
    ],
)
def test_a_rule_noun_named_with_its_law_rules_for_the_law(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # hedged
        (
            "The Commission said the safeguards set by the Privacy Act might protect biometric data.",
            "Privacy Act",
            "biometric data",
        ),
        # negated
        (
            "The obligations imposed by the Banking Act do not restrict the transfer of customer records.",
            "Banking Act",
            "customer records",
        ),
        # a failed ruling
        (
            "Critics said the regime established by the Cybersecurity Law fails to protect personal data.",
            "Cybersecurity Law",
            "personal data",
        ),
    ],
)
def test_a_negated_hedged_or_failed_rule_gives_no_fact(extractor, text, law, data):
    assert (law, data) not in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        # a participle of undoing: the protections are gone, not the law's
        "The protections repealed by the Data Act applied to biometric data.",
        # a rule made by a body, not a law
        "The regime established by the Ministry governs the storage of personal data.",
    ],
)
def test_an_undone_rule_or_a_rule_of_a_body_gives_no_regulates(extractor, text):
    assert not any_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a news article: the law owns the noun of rule, which a relative clause of ruling follows
        (
            "The GDPR's obligations that govern the processing of health data took effect in 2018.",
            "GDPR",
            "health data",
        ),
        # a government release: the law named before the noun
        (
            "The Data Act obligations that restrict exports of health data were welcomed by hospitals.",
            "Data Act",
            "health data",
        ),
        # a cable
        (
            "Embassy contacts said the Telecom Law obligations that restrict the transfer of subscriber data abroad "
            "are costly for carriers.",
            "Telecom Law",
            "subscriber data",
        ),
    ],
)
def test_a_law_owning_a_rule_noun_with_a_relative_clause_of_ruling_regulates(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        # a body's rules, not a law's
        "The Commission's rules that govern the processing of health data took effect in 2018.",
        # hedged
        "The GDPR's obligations that might govern the processing of health data are unclear.",
    ],
)
def test_a_rule_noun_of_a_body_or_a_hedged_relative_clause_gives_no_fact(extractor, text):
    assert not fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text, law, data",
    [
        # a news article
        (
            "The Telecom Decree specifies how operators must store subscriber data, the newspaper said.",
            "Telecom Decree",
            "subscriber data",
        ),
        # a government release
        (
            "The Health Records Act determines which hospitals may share patient records with insurers.",
            "Health Records Act",
            "patient records",
        ),
        # a cable
        (
            "Embassy contacts report that the Banking Law specifies how long banks must keep customer records.",
            "Banking Law",
            "customer records",
        ),
    ],
)
def test_a_law_that_specifies_or_determines_what_is_done_with_data_regulates_it(extractor, text, law, data):
    assert (law, data) in fact_pairs(extractor, text, "regulates")


@pytest.mark.parametrize(
    "text",
    [
        "The Data Act does not specify how hospitals should share health records.",
        "The court will determine whether the Data Act covers health records.",
        "Regulators are still trying to determine whether the Telecom Decree applies to subscriber data.",
    ],
)
def test_a_negated_specifying_or_an_open_question_gives_no_fact(extractor, text):
    assert not fact_pairs(extractor, text, "regulates")


_PART_OF = [
    # a news article
    (
        "Article 5 of the Data Security Act, part of the Economic Recovery Act of 2010, requires banks to encrypt "
        "customer records, the newspaper reported.",
        "Data Security Act",
        "Economic Recovery Act of 2010",
        "customer records",
    ),
    # a government release
    (
        "Section 12 of the Health Data Act, part of the Public Health Reform Act (PHRA), requires clinics to encrypt "
        "patient records.",
        "Health Data Act",
        "Public Health Reform Act",
        "patient records",
    ),
    # a cable
    (
        "Embassy contacts note that Article 9 of the Telecom Law, part of the Security Package Act (SPA), requires "
        "operators to encrypt subscriber data.",
        "Telecom Law",
        "Security Package Act",
        "subscriber data",
    ),
]


@pytest.mark.parametrize("text, law, whole, data", _PART_OF)
def test_the_article_speaks_for_its_own_law_not_for_the_law_it_is_part_of(extractor, text, law, whole, data):
    pairs = fact_pairs(extractor, text, "regulates")
    assert (law, data) in pairs
    assert (whole, data) not in pairs


def test_a_second_numbered_part_still_speaks_for_the_law(extractor):
    text = "Article 16, Paragraph 1 of the Data Act prohibits the sharing of health records."
    assert ("Data Act", "health records") in fact_pairs(extractor, text, "regulates")


def test_a_law_set_apart_in_a_list_does_not_own_the_next_items_rule(extractor):
    """The sample telegram's list (issue 13, clause mixing): each law keeps its own clause; the RBI rule's payment
    data is no law's of the earlier items, though the parse hangs "Decree 53" on "rule"."""
    text = (
        "Recent examples reported by posts include Decree 53 of Vietnam, which requires local storage of personal "
        "data of users in Vietnam (REF A), Government Regulation 71 of Indonesia, which requires government data to "
        "be stored in Indonesia (REF B), and the Reserve Bank of India (RBI) rule that requires payment data to be "
        "stored only in India (REF C)."
    )
    assert not {(law, data) for law, data in any_pairs(extractor, text, "regulates") if data == "payment data"}
