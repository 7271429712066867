"""The comments and moderation part of the REST API (router in complaints_site/api.py)."""
