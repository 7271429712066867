"""Template filters of the reader pages."""
