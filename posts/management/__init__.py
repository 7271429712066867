"""Management commands of the posts app."""
