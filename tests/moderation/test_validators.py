"""Validators beside their detectors: Luhn, My Number check digit, phone lengths by prefix.

A case table ``(text, expected, source)``: see ``conftest.check`` for what each expectation
asserts; ``source`` is where the case came from.
"""

from __future__ import annotations


# source: personal
def test_validators():
    from comments.moderation.validators import luhn_ok, my_number_ok, phone_kind

    assert luhn_ok("4539148803436467") and not luhn_ok("4539148803436468")
    assert my_number_ok("123456789018") and not my_number_ok("123456789012")
    assert phone_kind("09012345678") == "mobile"
    assert phone_kind("0901234567") is None  # a mobile number has 11 digits
    assert phone_kind("0312345678") == "landline"
    assert phone_kind("0120123456") == "public"
    assert phone_kind("819012345678", international=True) == "international"
