"""``python -m commitments``: the command line."""

from commitments.cli import main

raise SystemExit(main())
