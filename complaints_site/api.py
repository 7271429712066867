"""The REST API: one router for every app's viewsets, plus schema and docs."""

urlpatterns: list = []
