"""Precision audit of round 12: probe sentences of our own in the genres the pipeline reads (news on data laws of many
countries, US agency and EU releases, State Department telegrams). A sentence that states no fact must yield none:
negation, denial, a claim the text disputes, hedges and modals, conditionals, drafts and bills, questions, states
that held only in the past ("had required ... until 2019", "was once a member", "used to require", "formerly"), and
the future effects a bill's sponsor promises ("This legislation will protect ..."). A sentence that states a fact
plainly must yield it, and two clauses sharing a sentence must not lend each other an argument."""

from __future__ import annotations

import pytest

from pipelines.nlp.extract import Extractor


def facts(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(head text, relation, tail text) of every relation the pipeline asserts as a fact."""
    x = extractor.extract("d", "probe", text)
    return {(x.mentions[r.head].text, r.type, x.mentions[r.tail].text) for r in x.relations if r.fact}


TRAPS = [
    # negation
    "Vietnam's Law on Cybersecurity does not require foreign firms to store personal data inside the country.",
    "Neither India nor Brazil has adopted a data localization law this year.",
    "The Federal Trade Commission did not enact the Children's Online Privacy Protection Act.",
    "The Reserve Bank of India no longer requires card networks to store payment data in India.",
    "The Department of Commerce has yet to issue rules on health data.",
    # denial and dispute
    "Officials in Ankara denied that Turkey opposes the General Data Protection Regulation.",
    "Press reports that the Ministry of Electronics and Information Technology opposes the GDPR were false.",
    "There is no evidence that Nigeria's NITDA supports the Nigeria Data Protection Regulation.",
    "Rumors that Vietnam would leave ASEAN were dismissed by officials.",
    # claims, hedges and modals
    "Critics claim that Federal Law No. 242-FZ requires all personal data of Russian citizens to be stored in Russia.",
    "Nigeria may require banks to keep financial data on servers inside the country.",
    "Turkey is reportedly planning to adopt a law requiring local storage of health data.",
    "The European Commission is expected to adopt the Data Act next year.",
    "Brazil could join the OECD as early as next year.",
    "Russia is said to have opposed the Budapest Convention.",
    "The ministry said the new rules could regulate biometric data.",
    "Some lawmakers argue that the Digital Personal Data Protection Act should require local storage of personal data.",
    "POST CONTACTS SAID THE GOVERNMENT MAY OPPOSE THE CLOUD ACT BUT NO DECISION HAS BEEN MADE.",
    # questions and open questions
    "Did the Reserve Bank of India require local storage of payment data?",
    "Should Turkey adopt the GDPR?",
    "It is unclear whether Vietnam enacted Decree 53 in its final form.",
    "THE MINISTRY HAS NOT YET DECIDED WHETHER THE DECREE WILL REQUIRE LOCAL STORAGE OF FINANCIAL DATA.",
    # conditionals, drafts, bills and proposals
    "If passed, the Personal Data Protection Bill would require companies to store sensitive personal data in India.",
    "Microsoft said it might oppose the CLOUD Act if courts expanded its reach.",
    "The draft regulation requires payment data to be stored locally, according to a copy seen by reporters.",
    "A bill introduced by Senator Ron Wyden would protect the personal information of American consumers.",
    "Russia's proposed amendment to Federal Law No. 152-FZ would regulate biometric data.",
    "Under the proposal, the ePrivacy Regulation would regulate metadata of electronic communications.",
    "The Indian government considered requiring the storage of payment data in India but dropped the idea.",
    # states that held only in the past
    "Indonesia's Government Regulation 82 had required local storage of public data until 2019.",
    "Indonesia was once a member of OPEC but left the group.",
    "Nigeria used to require banks to store financial data in Nigeria.",
    "The Personal Data Act formerly regulated health data.",
    "France was a member of the European Union until 2016.",
    # a partisan or unverified source, a condition without "if", near-negation (relations/framing.py)
    "According to critics, Federal Law No. 242-FZ requires all personal data to be stored in Russia.",
    "Critics say Federal Law No. 242-FZ requires all personal data to be stored in Russia.",
    "Opponents of the law say the GDPR regulates too much personal data.",
    "Had Russia adopted the Convention 108, the Council of Europe would have welcomed it.",
    "Provided that the parliament approves it, the Personal Data Protection Bill requires local storage of health "
    "data.",
    "In case the regulator approves the rule, the Reserve Bank of India will require local storage of payment data.",
    "The State Department hardly supports the CLOUD Act.",
    # the same in a telegram's capitals and in a government report's attribution
    "POST NOTES THAT INDONESIA WAS ONCE A MEMBER OF OPEC.",
    "Nigeria used to require banks to store financial data in Nigeria, the Department of Commerce noted in its report.",
    "Per Embassy contacts, Government Regulation 82 had required local storage of public data until 2019.",
    "ACCORDING TO CRITICS, FEDERAL LAW NO. 242-FZ REQUIRES ALL PERSONAL DATA TO BE STORED IN RUSSIA.",
    "Critics in the European Parliament say the CLOUD Act regulates personal data of Europeans.",
    "Provided that the Council agrees, the European Commission will adopt the Data Act.",
    # a membership still open: under deliberation, or only aspired to
    "Brazil's accession to the OECD remains under discussion.",
    "Ukraine aspires to become a member of the European Union.",
    "Indonesia's application to join the OECD is pending.",
    # more traps of other kinds, already handled
    "Unlike Vietnam, Indonesia does not require local storage of personal data.",
    "The Senate failed to pass the American Data Privacy and Protection Act.",
    "Russia denied it had opposed the General Data Protection Regulation.",
    "Nigeria refused to adopt the Malabo Convention.",
    "Turkey is not a member of the European Union.",
    "Neither the GDPR nor the PIPL requires local storage of all personal data.",
    "GOT OFFICIALS STRESSED THAT TURKEY DOES NOT OPPOSE THE GDPR.",
    "THE GOVERNMENT OF VIETNAM WOULD NOT OPPOSE THE CLOUD ACT, THE MINISTER INDICATED.",
    "Vietnam's Law on Cybersecurity allegedly requires foreign firms to store personal data in Vietnam.",
    "Indonesia is believed to oppose the GDPR.",
    "Turkey intends to join the Global CBPR Forum.",
    "Russia has never opposed the Budapest Convention.",
    "It is not true that Russia opposed the GDPR.",
    "China's Data Security Law is rumoured to require local storage of important data.",
    "The European Commission wants the United States to adopt the CLOUD Act.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_a_sentence_that_states_no_fact_yields_none(extractor, text):
    assert facts(extractor, text) == set()


# a bill's sponsor promising what the bill will do states what is only proposed ("reintroduced" introduces a bill)
SPONSOR = (
    'Senators Jane Doe and John Roe reintroduced the Cloud Data Security Act. "This legislation will protect the '
    'personal data of consumers," Doe said.'
)


def test_a_sponsor_promising_what_a_reintroduced_bill_will_do_states_no_fact(extractor):
    found = facts(extractor, SPONSOR)
    assert ("Cloud Data Security Act", "regulates", "personal data") not in found
    assert ("Jane Doe", "supports", "Cloud Data Security Act") in found


PLAIN = [
    ("Russia adopted Federal Law No. 242-FZ in 2014.", ("Russia", "enacts", "Federal Law No. 242-FZ")),
    (
        "Federal Law No. 242-FZ requires operators to store personal data of Russian citizens in Russia.",
        ("Federal Law No. 242-FZ", "requiresLocalization", "personal data"),
    ),
    (
        "The Reserve Bank of India requires payment system operators to store payment data in India.",
        ("Reserve Bank of India", "requiresLocalization", "payment data"),
    ),
    (
        "Vietnam's Law on Cybersecurity requires foreign firms to store personal data in Vietnam.",
        ("Law on Cybersecurity", "requiresLocalization", "personal data"),
    ),
    (
        "China's Personal Information Protection Law regulates the processing of personal information.",
        ("Personal Information Protection Law", "regulates", "personal information"),
    ),
    (
        "The GDPR regulates the transfer of personal data outside the European Union.",
        ("GDPR", "regulates", "personal data"),
    ),
    (
        "The European Union adopted the General Data Protection Regulation in 2016.",
        ("European Union", "enacts", "General Data Protection Regulation"),
    ),
    ("France is a member of the European Union.", ("France", "memberOf", "European Union")),
    (
        "Secretary of State Marco Rubio leads the State Department.",
        ("Marco Rubio", "leads", "State Department"),
    ),
    ("Indonesia is a member of ASEAN.", ("Indonesia", "memberOf", "ASEAN")),
    (
        "Brazil enacted the Lei Geral de Proteção de Dados in 2018.",
        ("Brazil", "enacts", "Lei Geral de Proteção de Dados"),
    ),
    (
        "Turkey's Law on the Protection of Personal Data regulates health data.",
        ("Law on the Protection of Personal Data", "regulates", "health data"),
    ),
    ("Congress passed the CLOUD Act in 2018.", ("Congress", "enacts", "CLOUD Act")),
    (
        "The Health Insurance Portability and Accountability Act regulates health records.",
        ("Health Insurance Portability and Accountability Act", "regulates", "health records"),
    ),
    (
        "The Federal Trade Commission enforces the Children's Online Privacy Protection Act, which regulates "
        "children's personal data.",
        ("Children's Online Privacy Protection Act", "regulates", "children's personal data"),
    ),
    (
        "Russia's Roskomnadzor enforces Federal Law No. 152-FZ, which regulates personal data.",
        ("Federal Law No. 152-FZ", "regulates", "personal data"),
    ),
    (
        "Government Regulation 71 requires public data to be stored in Indonesia.",
        ("Government Regulation 71", "requiresLocalization", "public data"),
    ),
    ("Vietnam adopted the Law on Cybersecurity in 2018.", ("Vietnam", "enacts", "Law on Cybersecurity")),
    ("Google opposes Vietnam's Law on Cybersecurity.", ("Google", "opposes", "Law on Cybersecurity")),
    (
        "The Personal Information Protection Law requires critical information infrastructure operators to store "
        "personal information in China.",
        ("Personal Information Protection Law", "requiresLocalization", "personal information"),
    ),
    ("Germany is a member of the European Union.", ("Germany", "memberOf", "European Union")),
    ("The European Commission adopted the Data Act.", ("European Commission", "enacts", "Data Act")),
    ("Kenya enacted the Data Protection Act in 2019.", ("Kenya", "enacts", "Data Protection Act")),
    # an event in the past stays a fact whatever adverb of former time it has; a present "until" bounds a duration
    ("Russia once adopted Federal Law No. 242-FZ.", ("Russia", "enacts", "Federal Law No. 242-FZ")),
    (
        "The State Department previously opposed the data localization law of Indonesia.",
        ("State Department", "opposes", "Indonesia"),
    ),
    (
        "Gina Smith, who led the Commerce Department until January 2025, defended the rule.",
        ("Gina Smith", "leads", "Commerce Department"),
    ),
    ("Vietnam joined ASEAN in 1995.", ("Vietnam", "memberOf", "ASEAN")),
    (
        "Federal Law No. 242-FZ requires operators to keep personal data in Russia until the contract ends.",
        ("Federal Law No. 242-FZ", "requiresLocalization", "personal data"),
    ),
    (
        "The Reserve Bank of India required payment system operators to store payment data in India in 2018.",
        ("Reserve Bank of India", "requiresLocalization", "payment data"),
    ),
    # a source the text relies on, a condition on a noun, a participle that is no condition, a past perfect
    (
        "According to USTR, Vietnam's Law on Cybersecurity requires foreign firms to store personal data in Vietnam.",
        ("Law on Cybersecurity", "requiresLocalization", "personal data"),
    ),
    (
        "According to the ministry, Federal Law No. 242-FZ requires all personal data to be stored in Russia.",
        ("Federal Law No. 242-FZ", "requiresLocalization", "personal data"),
    ),
    ("Supporters say the GDPR regulates personal data.", ("GDPR", "regulates", "personal data")),
    ("Critics of the law acknowledge that the GDPR regulates personal data.", ("GDPR", "regulates", "personal data")),
    (
        "In case of a data breach, the Health Insurance Portability and Accountability Act regulates health records.",
        ("Health Insurance Portability and Accountability Act", "regulates", "health records"),
    ),
    (
        "Provided with new powers, the Reserve Bank of India requires payment system operators to store payment "
        "data in India.",
        ("Reserve Bank of India", "requiresLocalization", "payment data"),
    ),
    ("The State Department had opposed the GDPR before it was adopted.", ("State Department", "opposes", "GDPR")),
    (
        "India, which requires payment data to be stored locally, criticized the GDPR.",
        ("India", "requiresLocalization", "payment data"),
    ),
    # an accession that took place; a deliberation that is not the relation's; an aspiration on another verb
    ("Croatia's accession to the European Union took place in 2013.", ("Croatia", "memberOf", "European Union")),
    (
        "The GDPR, which is under review by the Commission, regulates personal data.",
        ("GDPR", "regulates", "personal data"),
    ),
    (
        "Germany aspired to lead the reform and is a member of the European Union.",
        ("Germany", "memberOf", "European Union"),
    ),
    # one law's relative clause is its own; the other law of the sentence borrows nothing from it
    (
        "The Cybersecurity Law of China, which requires local storage of personal information, replaced an earlier "
        "set of rules.",
        ("Cybersecurity Law of China", "requiresLocalization", "personal information"),
    ),
    (
        "Brazil's LGPD was modeled on the GDPR, which regulates personal data in the European Union.",
        ("GDPR", "regulates", "personal data"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), PLAIN)
def test_a_plain_statement_yields_its_fact(extractor, text, fact):
    assert fact in facts(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Unlike the GDPR, China's Personal Information Protection Law requires that personal information be "
            "stored in China.",
            ("GDPR", "requiresLocalization", "personal information"),
        ),
        (
            "Brazil's LGPD was modeled on the GDPR, which regulates personal data in the European Union.",
            ("LGPD", "regulates", "personal data"),
        ),
        (
            "The Cybersecurity Law of China, which requires local storage of personal information, replaced an "
            "earlier set of rules.",
            ("China", "requiresLocalization", "personal information"),
        ),
    ],
)
def test_no_argument_is_borrowed_from_the_other_clause(extractor, text, wrong):
    assert wrong not in facts(extractor, text)
