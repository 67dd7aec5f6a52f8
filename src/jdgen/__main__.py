"""Allow ``python -m jdgen``."""

from jdgen.cli import main

main()
