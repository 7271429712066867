"""The personal-data and harassment scanner: pure Python, no Django.

Outside code imports from here only::

    from comments.moderation import Scanner, ScannerConfig, ProtectedPerson, redact

Configuration comes in as plain data (``ScannerConfig``), so the web request, the API,
background rescans and the command line all run the same code.
"""

from .model import (
    CATEGORIES,
    CATEGORY_LABELS,
    HARASSMENT_KINDS,
    RISKS,
    Finding,
    HarassmentFinding,
    ProtectedPerson,
    ReviewSignal,
    ScanResult,
)
from .redact import redact
from .scanner import Scanner, ScannerConfig, get_default_scanner

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "HARASSMENT_KINDS",
    "Finding",
    "HarassmentFinding",
    "ProtectedPerson",
    "RISKS",
    "ReviewSignal",
    "ScanResult",
    "Scanner",
    "ScannerConfig",
    "get_default_scanner",
    "redact",
]
