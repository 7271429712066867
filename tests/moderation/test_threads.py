"""The scanner is used from several threads at once (gunicorn's gthread workers): each
thread has its own Sudachi tokenizer, so no scan fails (a failure would hold the text
unread)."""

from concurrent.futures import ThreadPoolExecutor

from comments.moderation import Scanner

TEXTS = [
    f"担当者の携帯は090-{1000 + i}-{2000 + i}です。佐藤さんに直接かけて文句を言いましょう。"
    f"［ld-{i}］"
    for i in range(200)
]


def test_concurrent_scans_never_fail():
    scanner = Scanner()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(scanner.scan, TEXTS))
    assert not any(r.failed for r in results)
    assert all(any(f.category == "PHONE" for f in r.findings) for r in results)
