"""The `policygraph` command. Exit status: 0 success; 1 the command failed (one line on stderr saying what to do,
no traceback); 2 a usage error (the command line itself is wrong, reported by argparse).

The parser is in `parser.py`; the commands are in `run.py` (`run` and its summary), `load.py`, `graph.py` (`query`,
`serve`, `unlinked`) and `documents.py` (`eval`, `extract`, `parse-cable`, `eval-cables`, `quarantine`); what they
share (the home folder, the model check, `UserError`) in `options.py`.
"""

from __future__ import annotations

import sys

from pipelines.cli.options import EXIT_STATUS, UserError, check_model
from pipelines.cli.parser import build_parser

__all__ = ["EXIT_STATUS", "UserError", "build_parser", "check_model", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run one command line; its exit status."""
    from pipelines.database import DatabaseError
    from pipelines.kg.query import QueryError
    from pipelines.paths import DataFilesMissing, check_data_files
    from pipelines.sources.cables.errors import CableParseError
    from pipelines.sources.config import SourcesError

    args = build_parser().parse_args(argv)  # a usage error exits here, with status 2
    try:
        check_data_files()
        return args.func(args)
    except (UserError, SourcesError, CableParseError, QueryError, DataFilesMissing, DatabaseError) as exc:
        print(f"policygraph: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except OSError as exc:  # a full disk, a read-only or missing home: what the machine refused, in one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"policygraph: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("policygraph: interrupted", file=sys.stderr)
        return 130
