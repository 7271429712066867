"""The load harness's personal-data replies are all held by the scanner.

The harness verifies after a run that none of them reached a public page; this checks the
same promise in the test suite, so a scanner change that publishes them fails here first
(an e-mail rule once treated "問い合わせ先 <address>" as a desk's published address).
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from comments.moderation import get_default_scanner

ROOT = Path(__file__).resolve().parents[2]


def _replies():
    spec = importlib.util.spec_from_file_location(
        "replies", ROOT / "benchmarks" / "load" / "replies.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_personal_reply_of_the_harness_is_held():
    harness = _replies()
    scanner = get_default_scanner()
    random.seed(7)
    for template, kind in harness.PERSONAL:
        for _ in range(20):
            secret = harness.secret_for(kind)
            result = scanner.scan(template.format(secret=secret))
            assert result.hold and result.findings, (template, secret)
