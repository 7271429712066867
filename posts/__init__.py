"""Complaint posts: the model, the list page, post feeds, the API and the seed loader.
Posts know comments only through ``comments.services``."""
