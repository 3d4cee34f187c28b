"""``python -m commitments``: the command line."""

from commitments.cli.shell import main

raise SystemExit(main())
