"""Parse every cable file under a folder and print the parse rate and the failures.

    python scripts/cable_parse_report.py ../shared/eval/cables/dfat [--require date,sender,subject] [--json]

A file counts as parsed when `parse_cable` returns a record whose required fields are all present. Files
that raise CableParseError are listed with their reason; records with warnings are counted separately so a
fallback (e.g. a subject taken from the editors' title) is visible in the figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipelines.sources.cables import CableParseError, parse_cable

CABLE_SUFFIXES = {".txt", ".html", ".htm", ".xml", ".md"}


def collect_report(folder: Path, required: list[str]) -> dict:
    """Parse each cable file under `folder`: counts, failures (file, reason) and warning tallies."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in CABLE_SUFFIXES)
    files = [p for p in files if p.name.upper() not in {"README.MD", "MANIFEST.JSON"}]
    parsed, failures, warnings = 0, [], {}
    for path in files:
        try:
            record = parse_cable(path.read_bytes(), path.name)
        except CableParseError as exc:
            failures.append({"file": str(path.relative_to(folder)), "reason": exc.reason})
            continue
        missing = [f for f in required if getattr(record, f) in (None, "", ())]
        if missing:
            failures.append({"file": str(path.relative_to(folder)), "reason": "missing " + ", ".join(missing)})
        else:
            parsed += 1
        for w in record.warnings:
            key = w.split(";")[0]
            warnings[key] = warnings.get(key, 0) + 1
    total = len(files)
    return {
        "folder": str(folder),
        "required": required,
        "files": total,
        "parsed": parsed,
        "rate": parsed / total if total else 0.0,
        "failures": failures,
        "warnings": warnings,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--require", default="date,sender,subject", help="comma-separated CableRecord fields")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    report = collect_report(args.folder, [f.strip() for f in args.require.split(",") if f.strip()])
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['parsed']}/{report['files']} parsed with {', '.join(report['required'])}: {report['rate']:.1%}")
    for w, n in sorted(report["warnings"].items()):
        print(f"  warning x{n}: {w}")
    for f in report["failures"]:
        print(f"  FAILED {f['file']}: {f['reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
