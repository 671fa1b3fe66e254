# ruff: noqa: E501  (the passages are data: one string each)
"""Build tests/nlp/heldout4.jsonl from passages annotated by hand (offsets computed by search)."""

import json
import re
from pathlib import Path

P = []


def doc(id_, text, ents, rels):
    # ents: list of (text, type, qid or None, occurrence)  occurrence = nth match (0-based)
    out = []
    for t, ty, q, occ in ents:
        ms = [m.start() for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text)]
        s = ms[occ]
        e = {"start": s, "end": s + len(t), "type": ty, "text": t}
        if q:
            e["qid"] = q
        out.append(e)
    out.sort(key=lambda e: e["start"])

    def idx(t, occ=0):
        cands = [i for i, e in enumerate(out) if e["text"] == t]
        return cands[occ]

    R = [
        {
            "head": idx(*h) if isinstance(h, tuple) else idx(h),
            "tail": idx(*tl) if isinstance(tl, tuple) else idx(tl),
            "type": ty,
        }
        for h, tl, ty in rels
    ]
    for e in out:
        assert text[e["start"] : e["end"]] == e["text"]
    P.append(
        {
            "id": id_,
            "source": "written for the project (facts from public reporting)",
            "license": "CC0 (project)",
            "text": text,
            "entities": out,
            "relations": R,
        }
    )


doc(
    "h4-vietnam-decree13",
    "Vietnam's Ministry of Public Security drafted Decree No. 13/2023/ND-CP on Personal Data Protection, which was issued in April 2023. The decree covers sensitive personal data such as health records and bank account details, and it requires companies that move the data of Vietnamese citizens abroad to file an impact assessment with the ministry within sixty days. Luong Tam Quang, who heads the Ministry of Public Security, said foreign platforms including Meta and TikTok had complied. The Law on Data, passed by the National Assembly in November 2024, adds a category of core data that must be stored in Vietnam.",
    [
        ("Vietnam", "State", "Q881", 0),
        ("Ministry of Public Security", "Agency", None, 0),
        ("Decree No. 13/2023/ND-CP on Personal Data Protection", "Law", None, 0),
        ("sensitive personal data", "DataType", None, 0),
        ("health records", "DataType", None, 0),
        ("bank account details", "DataType", None, 0),
        ("Luong Tam Quang", "Person", None, 0),
        ("Ministry of Public Security", "Agency", None, 1),
        ("Meta", "Firm", "Q380", 0),
        ("TikTok", "Firm", None, 0),
        ("Law on Data", "Law", None, 0),
        ("National Assembly", "Agency", None, 0),
        ("core data", "DataType", None, 0),
        ("Vietnam", "State", "Q881", 1),
    ],
    [
        (("Ministry of Public Security", 0), ("Vietnam", 0), "partOf"),
        ("Decree No. 13/2023/ND-CP on Personal Data Protection", "sensitive personal data", "regulates"),
        ("Decree No. 13/2023/ND-CP on Personal Data Protection", "health records", "regulates"),
        ("Decree No. 13/2023/ND-CP on Personal Data Protection", "bank account details", "regulates"),
        ("Luong Tam Quang", ("Ministry of Public Security", 1), "leads"),
        ("National Assembly", "Law on Data", "enacts"),
        ("Law on Data", "core data", "requiresLocalization"),
    ],
)

doc(
    "h4-saudi-pdpl",
    "The Saudi Data and Artificial Intelligence Authority (SDAIA) enforces the Personal Data Protection Law, which Saudi Arabia promulgated by Royal Decree M/19 in 2021. SDAIA, an agency of Saudi Arabia, published the Regulation on Personal Data Transfer outside the Kingdom in September 2023. It allows transfers of personal data only where the receiving country offers adequate protection. Abdullah Alghamdi, the president of SDAIA, told investors that cloud providers such as Oracle and Google had opened local regions. The Communications, Space and Technology Commission (CST) separately requires cloud providers to keep government data inside Saudi Arabia.",
    [
        ("Saudi Data and Artificial Intelligence Authority", "Agency", None, 0),
        ("SDAIA", "Agency", None, 0),
        ("Personal Data Protection Law", "Law", None, 0),
        ("Saudi Arabia", "State", "Q851", 0),
        ("Royal Decree M/19", "Law", None, 0),
        ("SDAIA", "Agency", None, 1),
        ("Saudi Arabia", "State", "Q851", 1),
        ("Regulation on Personal Data Transfer outside the Kingdom", "Law", None, 0),
        ("personal data", "DataType", None, 0),
        ("Abdullah Alghamdi", "Person", None, 0),
        ("SDAIA", "Agency", None, 2),
        ("Oracle", "Firm", None, 0),
        ("Google", "Firm", "Q95", 0),
        ("Communications, Space and Technology Commission", "Agency", None, 0),
        ("CST", "Agency", None, 0),
        ("government data", "DataType", None, 0),
        ("Saudi Arabia", "State", "Q851", 2),
    ],
    [
        (("Saudi Arabia", 0), "Personal Data Protection Law", "enacts"),
        (("SDAIA", 1), "Regulation on Personal Data Transfer outside the Kingdom", "enacts"),
        (("SDAIA", 1), ("Saudi Arabia", 1), "partOf"),
        ("Regulation on Personal Data Transfer outside the Kingdom", "personal data", "regulates"),
        ("Abdullah Alghamdi", ("SDAIA", 2), "leads"),
    ],
)

doc(
    "h4-eu-data-act-us-rule",
    "The European Parliament and the Council of the European Union adopted the Data Act, formally Regulation (EU) 2023/2854, in December 2023. The regulation governs access to data generated by connected products and obliges cloud providers to prevent unlawful government access to non-personal data held in the EU. In Washington, the Department of Justice issued a final rule in December 2024 under Executive Order 14117 that restricts transfers of bulk genomic data and precise geolocation data to countries of concern such as China and Iran. Lisa Monaco, then the deputy attorney general, said the rule closes a gap that data brokers had exploited. Several trade associations representing firms like Amazon and Microsoft criticised the rule's compliance costs.",
    [
        ("European Parliament", "IGO", "Q8889", 0),
        ("Council of the European Union", "IGO", "Q8896", 0),
        ("Data Act", "Law", None, 0),
        ("Regulation (EU) 2023/2854", "Law", None, 0),
        ("non-personal data", "DataType", None, 0),
        ("EU", "IGO", "Q458", 1),
        ("Department of Justice", "Agency", None, 0),
        ("Executive Order 14117", "Law", None, 0),
        ("bulk genomic data", "DataType", None, 0),
        ("precise geolocation data", "DataType", None, 0),
        ("China", "State", "Q148", 0),
        ("Iran", "State", "Q794", 0),
        ("Lisa Monaco", "Person", None, 0),
        ("Amazon", "Firm", "Q3884", 0),
        ("Microsoft", "Firm", "Q2283", 0),
    ],
    [
        ("European Parliament", "Data Act", "enacts"),
        ("Council of the European Union", "Data Act", "enacts"),
        ("Data Act", "non-personal data", "regulates"),
    ],
)

doc(
    "h4-india-russia",
    "India's Digital Personal Data Protection Act, 2023 was passed by Parliament in August 2023 and lets the central government restrict transfers of personal data to countries it notifies. The Ministry of Electronics and Information Technology (MeitY) released the draft Digital Personal Data Protection Rules in January 2025. Ashwini Vaishnaw, the minister of electronics and information technology, said the rules would be phased in over eighteen months. Russia takes a stricter line: Federal Law No. 242-FZ requires operators to record and store the personal data of Russian citizens on servers located in Russia, and Roskomnadzor, the federal communications regulator, has blocked LinkedIn for refusing to comply.",
    [
        ("India", "State", "Q668", 0),
        ("Digital Personal Data Protection Act, 2023", "Law", None, 0),
        ("Parliament", "Agency", None, 0),
        ("personal data", "DataType", None, 0),
        ("Ministry of Electronics and Information Technology", "Agency", None, 0),
        ("MeitY", "Agency", None, 0),
        ("Digital Personal Data Protection Rules", "Law", None, 0),
        ("Ashwini Vaishnaw", "Person", None, 0),
        ("Russia", "State", "Q159", 0),
        ("Federal Law No. 242-FZ", "Law", None, 0),
        ("personal data", "DataType", None, 1),
        ("Russia", "State", "Q159", 1),
        ("Roskomnadzor", "Agency", None, 0),
        ("LinkedIn", "Firm", None, 0),
    ],
    [
        ("Parliament", "Digital Personal Data Protection Act, 2023", "enacts"),
        ("Digital Personal Data Protection Act, 2023", ("personal data", 0), "regulates"),
        ("Federal Law No. 242-FZ", ("personal data", 1), "requiresLocalization"),
    ],
)

doc(
    "h4-africa-malabo-rwanda",
    "Members of the African Union adopted the Convention on Cyber Security and Personal Data Protection in Malabo in 2014, but it entered into force only in June 2023 after Mauritania became the fifteenth state to ratify it. Rwanda, a member of the African Union, passed Law No. 058/2021 in 2021; it requires that personal data be stored in Rwanda unless the National Cyber Security Authority authorises storage abroad. Kenya and Uganda have also opposed proposals at the World Trade Organization that would ban data localisation outright.",
    [
        ("African Union", "IGO", "Q7159", 0),
        ("Convention on Cyber Security and Personal Data Protection", "Law", None, 0),
        ("Mauritania", "State", "Q1025", 0),
        ("Rwanda", "State", "Q1037", 0),
        ("African Union", "IGO", "Q7159", 1),
        ("Law No. 058/2021", "Law", None, 0),
        ("personal data", "DataType", None, 0),
        ("Rwanda", "State", "Q1037", 1),
        ("National Cyber Security Authority", "Agency", None, 0),
        ("Kenya", "State", "Q114", 0),
        ("Uganda", "State", "Q1036", 0),
        ("World Trade Organization", "IGO", "Q7825", 0),
    ],
    [
        (("African Union", 0), "Convention on Cyber Security and Personal Data Protection", "enacts"),
        (("Rwanda", 0), ("African Union", 1), "memberOf"),
        (("Rwanda", 0), "Law No. 058/2021", "enacts"),
        ("Law No. 058/2021", "personal data", "requiresLocalization"),
    ],
)

with open(Path(__file__).with_name("heldout4.jsonl"), "w") as fh:
    for d in P:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P), sum(len(d["entities"]) for d in P), sum(len(d["relations"]) for d in P))
