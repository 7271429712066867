"""Commands: the seed loader."""
