"""Template filters of the moderator workspace."""
