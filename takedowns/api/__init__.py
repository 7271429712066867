"""The takedowns REST API: public requests, the moderators' queue and decisions, transparency."""
