"""``python -m maqal ...``: the command line, as the ``maqal`` script."""
import sys

from .cli import main

sys.exit(main())
