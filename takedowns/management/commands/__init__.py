"""Scheduled jobs: deadline reminders and the purge of expired sender records."""
