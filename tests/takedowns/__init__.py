"""Tests of the takedowns app."""
