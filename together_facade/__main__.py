"""``python -m together_facade``: the command line (``together_facade.cli``)."""

from together_facade.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
