"""`python -m pipelines.cli`: the `policygraph` command."""

import sys

from pipelines.cli import main

sys.exit(main())
