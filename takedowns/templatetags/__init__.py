"""Template helpers of the takedowns app."""
