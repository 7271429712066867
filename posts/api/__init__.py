"""The posts part of the REST API (registered on the router in complaints_site/api.py)."""
