"""In-document reference, round 22 (probe text of our own: news, law-firm pages, government releases, telegrams,
Wikipedia).

A numbered part of a law named without its law ("article 2", "Section 26") belongs to the law the text is speaking
of: the one law named in its reach (its own sentence and the two before, in its paragraph), named in the part's own
sentence or as the subject of the sentence naming it (`relations/bare_provisions.py`). Two laws in the reach, a law
that is only cited in a statute's own sentence, a determiner or possessive on the part, or an unnumbered part leave
it unresolved."""

from __future__ import annotations

import pytest

from tests.support.probes import any_pairs, fact_pairs


@pytest.mark.parametrize(
    ("text", "relation", "pair"),
    [
        # news
        (
            "CAIRO - The Data Protection Law was published in the Official Gazette on Monday. Article 14 bans the "
            "transfer of health data abroad without a licence.",
            "requiresLocalization",
            ("Data Protection Law", "health data"),
        ),
        # law-firm page
        (
            "The Personal Information Protection Act entered into force in 2011. Section 23 restricts the processing "
            "of sensitive information to cases of explicit consent.",
            "regulates",
            ("Personal Information Protection Act", "sensitive information"),
        ),
        # government release
        (
            "Decree No. 13 sets out twelve obligations for service providers. Among them, article 26 requires "
            "foreign firms to store user data in Vietnam.",
            "requiresLocalization",
            ("Decree No. 13", "user data"),
        ),
        # telegram in capitals
        (
            "2. (SBU) THE CYBERSECURITY LAW TOOK EFFECT IN JUNE. ARTICLE 37 REQUIRES OPERATORS TO STORE PERSONAL "
            "INFORMATION IN CHINA.",
            "requiresLocalization",
            ("CYBERSECURITY LAW", "PERSONAL INFORMATION"),
        ),
        # Wikipedia
        (
            "The Investigatory Powers Act 2016 is an Act of the Parliament of the United Kingdom. Section 87 allows "
            "the Secretary of State to require operators to retain communications data.",
            "regulates",
            ("Investigatory Powers Act 2016", "communications data"),
        ),
    ],
)
def test_a_bare_numbered_part_speaks_for_the_law_the_text_names(extractor, text, relation, pair):
    assert pair in fact_pairs(extractor, text, relation)


@pytest.mark.parametrize(
    ("text", "relation", "law"),
    [
        # a statute's own article: the law named before is only cited there, not the sentence's subject
        (
            "This Law applies to personal data as provided by the Law on Information. Article 4 requires operators "
            "to store personal data in Russia.",
            "requiresLocalization",
            "Law on Information",
        ),
        # two laws in reach: whose article is it?
        (
            "The GDPR and the Data Act both took effect in Europe. Article 17 gives people the right to erase "
            "personal data.",
            "regulates",
            "GDPR",
        ),
        (
            "The GDPR and the Data Act both took effect in Europe. Article 17 gives people the right to erase "
            "personal data.",
            "regulates",
            "Data Act",
        ),
        (
            "The Data Act, the GDPR and the Cybersecurity Law are often compared. Article 9 requires operators to "
            "store personal information in China.",
            "requiresLocalization",
            "Cybersecurity Law",
        ),
        # a determiner makes the part the text's own ("this Article")
        (
            "The Cybersecurity Law took effect in June. This article requires operators to store personal "
            "information in China.",
            "requiresLocalization",
            "Cybersecurity Law",
        ),
        # an unnumbered part is no particular part of the named law
        (
            "The Data Protection Act was passed in 2019. A new section requires firms to keep health data in Kenya.",
            "requiresLocalization",
            "Data Protection Act",
        ),
    ],
)
def test_an_ambiguous_or_owned_part_yields_nothing(extractor, text, relation, law):
    assert not {pair for pair in any_pairs(extractor, text, relation) if pair[0] == law}


def test_a_part_said_in_the_next_paragraph_is_not_taken_up(extractor):
    text = "The Data Protection Act was passed in 2019.\n\nArticle 5 requires firms to keep health data in Kenya."
    assert not {pair for pair in any_pairs(extractor, text, "requiresLocalization") if pair[0] == "Data Protection Act"}
