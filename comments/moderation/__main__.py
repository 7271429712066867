"""``python -m comments.moderation``: the scanner's command line (see cli.py)."""

import sys

from .cli import main

sys.exit(main())
