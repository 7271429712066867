"""axe-core over every page and state, at desktop (1280 px) and phone (390 px) widths, plus
reflow at 320 px and at 200% text: no serious or critical violation, no sideways scrolling.

One test per width walks all the states and reports every failure at once.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from comments import services
from comments.models import Comment
from comments.roles import MODERATORS, ORIGINAL_VIEWERS, ensure_groups
from posts.services import post_create
from takedowns import services as takedown_services
from takedowns.roles import SENDER_DISCLOSERS, TAKEDOWN_HANDLERS
from takedowns.roles import ensure_groups as ensure_takedown_groups
from tests.factories import PostFactory, ProtectedPersonFactory, UserFactory

from .a11y import (
    DESKTOP,
    NARROW,
    PHONE,
    axe_violations,
    blocking,
    enlarge_text,
    horizontal_overflow,
    widest,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
MOD = "mod-a11y"


def build_site() -> dict:
    """A post with a nested thread (placeholder included), held and redacted replies,
    a protected person, a post with findings, and a moderator who may see originals."""
    ensure_groups()
    ensure_takedown_groups()
    mod = UserFactory(username=MOD)
    mod.groups.add(Group.objects.get(name=MODERATORS), Group.objects.get(name=ORIGINAL_VIEWERS))
    # The same account handles removal requests and may read sender information.
    mod.groups.add(
        Group.objects.get(name=TAKEDOWN_HANDLERS), Group.objects.get(name=SENDER_DISCLOSERS)
    )
    ProtectedPersonFactory()
    post = PostFactory(title="宅配便の再配達について", slug="redelivery")

    def submit(body, parent=None, name="通りすがり"):
        return services.comment_submit(
            post=post, body=body, parent_id=parent.pk if parent else None, author_name=name
        )

    root = submit("再配達の時間指定が守られませんでした。", name="配達待ち")
    reply = submit("うちも同じでした。窓口に電話しても繋がりません。", root, name="同じ被害者")
    submit("やはりそうですか。本社に問い合わせてみます。", reply, name="配達待ち")
    gone = submit("ひどい話ですね。")
    submit("本当にそう思います。", gone)
    services.comment_reject(comment_id=gone.pk, version=gone.version, actor=mod, reason_code="spam")
    held = submit("あの店員は佐藤花子だよ。携帯は090-3141-5926")
    second = submit("担当者のメールは tanaka.support@example.com です")
    redacted = submit("配達員の番号は080-2718-2818でした")
    services.comment_redact(comment_id=redacted.pk, version=redacted.version, actor=mod)
    post_create(slug="leak", title="店長の対応", body="店長の携帯は090-2222-3333です")
    assert Comment.objects.get(pk=held.pk).status == "pending"
    takedown = takedown_services.takedown_request_submit(
        requester_name="山田 太郎",
        email="taro@example.jp",
        relationship="self",
        right="privacy",
        passage="再配達の時間指定",
        explanation="私の勤務先が分かる書き方です。",
        declared=True,
        targets=[{"comment": root.pk}],
    )
    return {"post": post, "root": root, "held": held, "second": second, "takedown": takedown}


def login(page, base: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=username]", MOD)
    page.fill("input[name=password]", "pw-123456")
    with page.expect_navigation():
        page.click("main button[type=submit]")


def reader_states(site: dict) -> list[tuple[str, str, object]]:
    post_url = site["post"].get_absolute_url()
    root = site["root"]

    def report_open(page):
        page.click(f"#c{root.pk} .report summary")

    def reply_error(page):
        with page.expect_navigation():
            page.click("#reply-form button[type=submit]")

    def replied(page):
        page.fill("#reply-form textarea[name=body]", "店員の電話は090-1234-5678でした")
        with page.expect_navigation():
            page.click("#reply-form button[type=submit]")

    def reported(page):
        page.click(f"#c{root.pk} .report summary")
        with page.expect_navigation():
            page.click(f"#c{root.pk} .report button[type=submit]")

    def selfcheck(page):
        page.fill("#reply-form textarea[name=body]", "店長の携帯は090-2222-3333です")
        page.locator("#selfcheck-live").wait_for(state="visible")

    def edit_own(page):
        with page.expect_navigation():
            page.locator(".comment-actions a:has-text('編集')").first.click()

    def takedown_errors(page):
        with page.expect_navigation():
            page.click("main form button[type=submit]")

    def takedown_filed(page):
        page.fill("#id_requester_name", "山田 太郎")
        page.fill("#id_email", "taro@example.jp")
        page.check("input[name=right][value=privacy]")
        page.fill("#id_passage", "再配達")
        page.fill("#id_explanation", "私のことです。")
        page.check("#id_declared")
        with page.expect_navigation():
            page.click("main form button[type=submit]")

    return [
        ("post list", "/", None),
        ("takedown request form", f"/takedown/?comment={root.pk}", None),
        ("takedown request: errors", "/takedown/", takedown_errors),
        ("takedown request: received", f"/takedown/?comment={root.pk}", takedown_filed),
        ("removal standards", "/standards/", None),
        ("transparency report", "/transparency/", None),
        ("post page", post_url, None),
        ("post: reply to a comment", f"{post_url}?reply_to={root.pk}#reply-form", None),
        ("post: report form open", post_url, report_open),
        ("post: reply with errors", post_url, reply_error),
        ("post: reply held", post_url, replied),
        ("post: report received", post_url, reported),
        ("post: live self-check", post_url, selfcheck),
        ("edit one's own reply", post_url, edit_own),
        ("login", "/accounts/login/", None),
        ("API docs", "/api/docs/", lambda page: page.wait_for_selector(".opblock-summary")),
    ]


def moderator_states(site: dict) -> list[tuple[str, str, object]]:
    held = site["held"]

    def press(key):
        return lambda page: page.keyboard.press(key)

    def open_span_tool(page):
        page.click(".span-keyboard summary")
        page.focus("#span-source")
        page.keyboard.press("Shift+ArrowRight")

    def protected_error(page):
        page.fill("#p-name", " ")  # passes the browser's `required`, refused by the service
        with page.expect_navigation():
            page.click("main form button[type=submit]")

    return [
        ("queue", "/moderation/", None),
        ("queue: filtered, empty", "/moderation/?category=CARD", None),
        ("queue: keyboard help open", "/moderation/", lambda p: p.click("#shortcut-help summary")),
        ("item with findings", f"/moderation/comments/{held.pk}/", None),
        ("item: confirm step of a", f"/moderation/comments/{held.pk}/", press("a")),
        ("item: confirm step of d", f"/moderation/comments/{held.pk}/", press("d")),
        ("item: keyboard span tool", f"/moderation/comments/{held.pk}/", open_span_tool),
        ("log", "/moderation/log/", None),
        ("post findings", "/moderation/posts/", None),
        ("protected persons", "/moderation/protected/", None),
        ("protected person form: errors", "/moderation/protected/new/", protected_error),
        ("reports tab", "/moderation/reports/", None),
        ("dashboard", "/moderation/dashboard/", None),
        ("sanctions", "/moderation/sanctions/", None),
        ("pre-moderation", "/moderation/premoderation/", None),
        ("takedown queue", "/moderation/takedowns/", None),
        ("takedown item", f"/moderation/takedowns/{site['takedown'].reference}/", None),
        ("sender information", "/moderation/takedowns/sender/", None),
    ]


def report(failures: dict[str, list[str]]) -> None:
    """Printed with -s (docs/accessibility.md quotes these figures)."""
    for name, found in failures.items():
        print(f"A11Y {name}: {found}")


def walk(live_server, browser, viewport, check, *, big_text=False) -> dict[str, list[str]]:
    """Run `check(page)` on every state; returns the failures by state."""
    site = build_site()
    failures: dict[str, list[str]] = {}
    for who, states in (("reader", reader_states(site)), ("moderator", moderator_states(site))):
        context = browser.new_context(locale="ja-JP", viewport=viewport, bypass_csp=big_text)
        page = context.new_page()
        if who == "moderator":
            login(page, live_server.url)
        for name, path, act in states:
            page.goto(f"{live_server.url}{path}")
            if act:
                act(page)
            if big_text:
                enlarge_text(page)
            found = check(page)
            if found:
                failures[name] = found
        context.close()
    return failures


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_serious_on_any_page(live_server, browser, viewport):
    def check(page):
        found = axe_violations(page)
        print(f"AXE {page.url} {len(found)} {sorted(v['id'] + ':' + v['impact'] for v in found)}")
        return blocking(found)

    failures = walk(live_server, browser, viewport, check)
    report(failures)
    assert not failures, "\n".join(f"{k}: {v}" for k, v in failures.items())


@pytest.mark.parametrize(
    ("viewport", "big_text"),
    [(NARROW, False), (PHONE, True), (DESKTOP, True)],
    ids=["320px", "phone-200%-text", "desktop-200%-text"],
)
def test_no_page_scrolls_sideways(live_server, browser, viewport, big_text):
    def check(page):
        extra = horizontal_overflow(page)
        return [f"{extra}px", *widest(page)] if extra > 0 else []

    failures = walk(live_server, browser, viewport, check, big_text=big_text)
    report(failures)
    assert not failures, failures
