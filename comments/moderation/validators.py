"""Format checks for numbers that have one: cards, My Number, Japanese phone numbers."""

from __future__ import annotations

# Public business numbers: toll-free, navi-dial, carrier dial-ins. Never a person's phone.
PUBLIC_PREFIXES = ("0120", "0800", "0570", "0990", "0180", "0077", "0088", "0037", "0066", "0034")
MOBILE_PREFIXES = ("070", "080", "090", "050", "060", "020")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_shape_ok(digits: str) -> bool:
    """Issuer ranges and lengths of the common brands (Visa, Master, JCB, Amex, Diners...)."""
    n = len(digits)
    if not 13 <= n <= 19:
        return False
    return digits[0] in "3456" or digits[:2] in ("22", "27", "62")


def ean13_ok(digits: str) -> bool:
    """A 13-digit product barcode (JAN/EAN-13): weights 1,3 and a check digit."""
    if len(digits) != 13 or not digits.isdigit():
        return False
    total = sum((ord(c) - 48) * (3 if i % 2 else 1) for i, c in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == ord(digits[12]) - 48


def my_number_ok(digits: str) -> bool:
    """The check digit of the 12-digit individual number (My Number)."""
    if len(digits) != 12 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    body = digits[:11]
    total = 0
    for n in range(1, 12):
        p = ord(body[11 - n]) - 48
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    rem = total % 11
    check = 0 if rem <= 1 else 11 - rem
    return check == ord(digits[11]) - 48


def phone_kind(digits: str, international: bool = False) -> str | None:
    """'mobile', 'landline', 'international', 'public' or None for a digit string.

    Lengths follow the Japanese numbering plan: 11 digits for 0X0 mobile/IP numbers,
    10 for geographic numbers; 0120/0570/... are a business's public numbers.
    """
    if international:
        if digits.startswith("81"):
            rest = "0" + digits[2:].lstrip("0")
            return phone_kind(rest) and "international"
        return "international" if 8 <= len(digits) <= 15 else None
    if digits.startswith(PUBLIC_PREFIXES):
        return "public"
    if not digits.startswith("0") or digits.startswith("00"):
        return None
    n = len(digits)
    if digits[:3] in MOBILE_PREFIXES:
        return "mobile" if n == 11 else None
    return "landline" if n == 10 else None


def public_number_len(digits: str) -> int:
    """How many digits a public number starting this string takes (0077-7-111 has 8)."""
    if digits.startswith(("0077", "0088", "0037", "0066", "0034")):
        return len(digits)
    if digits.startswith("0800"):
        return 11
    return 10
