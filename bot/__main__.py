"""``python -m bot``: the same CLI as the ``bot`` console script."""

from bot.cli import main

if __name__ == "__main__":
    main()
