# ruff: noqa: E501  (the passages are data: one string each)
"""Build tests/nlp/heldout5.jsonl from passages annotated by hand (offsets computed by search)."""

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
    "h5-egypt-pdpl",
    "Egypt's House of Representatives approved the Personal Data Protection Law, Law No. 151 of 2020, which regulates the collection and cross-border transfer of personal data. The law created the Personal Data Protection Centre, which reports to the Information Technology Industry Development Agency (ITIDA). Transfers of sensitive data abroad need a licence from the centre. Amr Talaat, Egypt's minister of communications and information technology, said executive regulations would follow.",
    [
        ("Egypt", "State", "Q79", 0),
        ("House of Representatives", "Agency", None, 0),
        ("Personal Data Protection Law", "Law", None, 0),
        ("Law No. 151 of 2020", "Law", None, 0),
        ("personal data", "DataType", None, 0),
        ("Personal Data Protection Centre", "Agency", None, 0),
        ("Information Technology Industry Development Agency", "Agency", None, 0),
        ("ITIDA", "Agency", None, 0),
        ("sensitive data", "DataType", None, 0),
        ("Amr Talaat", "Person", None, 0),
        ("Egypt", "State", "Q79", 1),
    ],
    [
        ("House of Representatives", ("Egypt", 0), "partOf"),
        ("House of Representatives", "Personal Data Protection Law", "enacts"),
        ("Personal Data Protection Law", "personal data", "regulates"),
    ],
)

doc(
    "h5-dpf",
    "The European Commission adopted its adequacy decision on the EU-U.S. Data Privacy Framework in July 2023, three years after the Court of Justice of the European Union struck down the Privacy Shield. The framework relies on Executive Order 14086, which President Joe Biden signed in October 2022 to limit signals intelligence collection. Max Schrems, the Austrian privacy activist, criticised the framework. Philippe Latombe, a French member of the European Parliament, challenged the decision before the General Court, which dismissed his case in September 2025.",
    [
        ("European Commission", "IGO", "Q8880", 0),
        ("EU-U.S. Data Privacy Framework", "Law", None, 0),
        ("Court of Justice of the European Union", "IGO", "Q4951", 0),
        ("Privacy Shield", "Law", None, 0),
        ("Executive Order 14086", "Law", None, 0),
        ("Joe Biden", "Person", "Q6279", 0),
        ("Max Schrems", "Person", None, 0),
        ("Philippe Latombe", "Person", None, 0),
        ("European Parliament", "IGO", "Q8889", 0),
        ("General Court", "IGO", None, 0),
    ],
    [("Max Schrems", "EU-U.S. Data Privacy Framework", "opposes")],
)

doc(
    "h5-tiktok-firms",
    "Shein, the online fashion retailer founded in China, moved its headquarters to Singapore in 2021. Temu's parent, PDD Holdings, faces scrutiny over how it handles customer data. In 2023 Montana passed a law banning TikTok, which ByteDance owns, but a federal judge blocked it. The Protecting Americans from Foreign Adversary Controlled Applications Act, signed by President Joe Biden in April 2024, forced ByteDance to divest TikTok's U.S. operations. China's Ministry of Commerce opposed the forced sale, and Beijing added algorithms to its export control list.",
    [
        ("Shein", "Firm", None, 0),
        ("China", "State", "Q148", 0),
        ("Singapore", "State", "Q334", 0),
        ("Temu", "Firm", None, 0),
        ("PDD Holdings", "Firm", None, 0),
        ("customer data", "DataType", None, 0),
        ("TikTok", "Firm", None, 0),
        ("ByteDance", "Firm", None, 0),
        ("Protecting Americans from Foreign Adversary Controlled Applications Act", "Law", None, 0),
        ("Joe Biden", "Person", "Q6279", 0),
        ("ByteDance", "Firm", None, 1),
        ("TikTok", "Firm", None, 1),
        ("U.S.", "State", "Q30", 0),
        ("China", "State", "Q148", 1),
        ("Ministry of Commerce", "Agency", None, 0),
        ("Beijing", "State", "Q148", 0),
    ],
    [("Ministry of Commerce", ("China", 1), "partOf")],
)

doc(
    "h5-depa-asean",
    "Singapore, Chile and New Zealand signed the Digital Economy Partnership Agreement (DEPA) in June 2020 to keep data flowing across borders. South Korea joined DEPA in 2024, and China and Canada have applied. The agreement bars its parties from requiring companies to store data locally, although each may keep exceptions for financial data. ASEAN members, including Vietnam and Indonesia, adopted model contractual clauses in 2021, and the Association of Southeast Asian Nations has since published guidance with the European Commission.",
    [
        ("Singapore", "State", "Q334", 0),
        ("Chile", "State", "Q298", 0),
        ("New Zealand", "State", "Q664", 0),
        ("Digital Economy Partnership Agreement", "Law", None, 0),
        ("DEPA", "Law", None, 0),
        ("South Korea", "State", "Q884", 0),
        ("DEPA", "Law", None, 1),
        ("China", "State", "Q148", 0),
        ("Canada", "State", "Q16", 0),
        ("financial data", "DataType", None, 0),
        ("ASEAN", "IGO", "Q7768", 0),
        ("Vietnam", "State", "Q881", 0),
        ("Indonesia", "State", "Q252", 0),
        ("Association of Southeast Asian Nations", "IGO", "Q7768", 0),
        ("European Commission", "IGO", "Q8880", 0),
    ],
    [
        ("Singapore", "Digital Economy Partnership Agreement", "enacts"),
        ("Chile", "Digital Economy Partnership Agreement", "enacts"),
        ("New Zealand", "Digital Economy Partnership Agreement", "enacts"),
        ("Vietnam", "ASEAN", "memberOf"),
        ("Indonesia", "ASEAN", "memberOf"),
    ],
)

with open(Path(__file__).with_name("heldout5.jsonl"), "w") as fh:
    for d in P:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(P), sum(len(d["entities"]) for d in P), sum(len(d["relations"]) for d in P))
