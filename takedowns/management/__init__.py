"""Management commands of the takedowns app."""
