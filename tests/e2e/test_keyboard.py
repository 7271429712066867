"""Keyboard only: replying (with an error on the way), reporting, a moderator's decisions,
custom redaction, and shortcuts that never act while a link has focus or when turned off.
Every step is a key press; the page is never clicked."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from comments import services
from comments.models import Comment, ModeratorPreference, Report
from comments.roles import MODERATORS, ORIGINAL_VIEWERS, ensure_groups
from tests.factories import PostFactory, ProtectedPersonFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
MOD = "mod-keys"

# Records what is put into a role=status region after the page has loaded, i.e. what a
# screen reader announces.
RECORD_ANNOUNCEMENTS = """
window.__announced = [];
let loaded = false;
document.addEventListener("DOMContentLoaded", () => { loaded = true; });
new MutationObserver((records) => {
  for (const r of records) {
    const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
    const region = el && el.closest("[role=status]");
    if (loaded && region && r.addedNodes.length) window.__announced.push(region.textContent.trim());
  }
}).observe(document, { subtree: true, childList: true });
"""


@pytest.fixture
def page(new_page):
    page = new_page()
    page.add_init_script(RECORD_ANNOUNCEMENTS)
    return page


def focused(page) -> str:
    """A short description of the focused element."""
    return page.evaluate(
        "() => { const e = document.activeElement; const text = e.textContent.trim();"
        " return `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${text.slice(0, 30)}`; }"
    )


def tab_to(page, predicate_js: str, limit: int = 80) -> None:
    """Press Tab until the focused element matches (a JS expression over `e`)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"() => {{ const e = document.activeElement; return !!({predicate_js}); }}"
        ):
            return
    raise AssertionError(f"never reached {predicate_js}; focus on {focused(page)}")


def announced(page, text: str) -> None:
    page.wait_for_function(
        "(t) => window.__announced.some((a) => a.includes(t))", arg=text, timeout=5000
    )


def moderator_with_items(*, shortcuts: bool = True):
    ensure_groups()
    mod = UserFactory(username=MOD)
    mod.groups.add(Group.objects.get(name=MODERATORS), Group.objects.get(name=ORIGINAL_VIEWERS))
    if not shortcuts:
        services.moderator_preference_set(user=mod, single_key_shortcuts=False)
    ProtectedPersonFactory()
    post = PostFactory(title="窓口の対応", slug="counter")
    held = services.comment_submit(post=post, body="店員の携帯は090-3141-5926です")
    assert held.status == "pending"
    return mod, held


def keyboard_login(page, base: str) -> None:
    page.goto(f"{base}/accounts/login/?next=/moderation/")
    tab_to(page, "e.name === 'username'")
    page.keyboard.type(MOD)
    page.keyboard.press("Tab")
    page.keyboard.type("pw-123456")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_reply_by_keyboard_with_an_error_on_the_way(live_server, page):
    post = PostFactory(slug="keys")
    page.goto(f"{live_server.url}{post.get_absolute_url()}")
    # The skip links come first: 本文へ移動, then 返信フォームへ移動.
    page.keyboard.press("Tab")
    assert "本文へ移動" in focused(page)
    page.keyboard.press("Tab")
    assert "返信フォームへ移動" in focused(page)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert focused(page).startswith("textarea#id_body")
    # Sending an empty reply: back at the form, focus on the summary, エラー in the title.
    tab_to(page, "e.type === 'submit' && e.closest('#reply-form')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("#reply-form")
    assert page.title().startswith("エラー")
    assert focused(page).startswith("div#error-summary")
    # The summary's link leads to the field.
    page.keyboard.press("Tab")
    assert "本文" in focused(page) and focused(page).startswith("a")
    page.keyboard.press("Enter")
    assert focused(page).startswith("textarea#id_body")
    page.keyboard.type("丁寧な対応を期待します。")
    tab_to(page, "e.type === 'submit' && e.closest('#reply-form')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    comment = Comment.objects.get()
    assert comment.status == "published"
    # The confirmation is beside the new reply, and announced.
    assert page.url.endswith(f"#c{comment.pk}")
    announced(page, "返信を公開しました")
    assert "返信を公開しました" in page.inner_text(f"#c{comment.pk}")


def test_report_by_keyboard(live_server, page):
    post = PostFactory(slug="report-keys")
    comment = services.comment_submit(post=post, body="返信の本文です")
    page.goto(f"{live_server.url}{post.get_absolute_url()}")
    tab_to(page, f"e.tagName === 'SUMMARY' && e.closest('#c{comment.pk}')")
    page.keyboard.press("Enter")  # opens the report form
    page.keyboard.press("Tab")
    assert focused(page).startswith("select")
    page.keyboard.press("ArrowDown")  # the second reason
    page.keyboard.press("Tab")
    page.keyboard.type("連絡先が書かれています")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    report = Report.objects.get()
    assert report.comment_id == comment.pk and report.note == "連絡先が書かれています"
    announced(page, "通報を受け付けました")
    assert "通報を受け付けました" in page.inner_text(f"#c{comment.pk}")


def test_moderator_decisions_by_keyboard(live_server, page):
    _mod, held = moderator_with_items()
    other = services.comment_submit(post=held.post, body="担当者のメールは ab.cd@example.com")
    keyboard_login(page, live_server.url)
    page.wait_for_url("**/moderation/")
    # Focus is not moved on load.
    assert page.evaluate("() => document.activeElement === document.body")
    page.keyboard.press("j")
    assert focused(page).startswith("tr")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"/moderation/comments/{held.pk}/" in page.url

    # a on an item with findings asks first; Esc leaves everything as it was.
    page.keyboard.press("a")
    assert page.is_visible("#shortcut-confirm") and "検出結果が 1 件" in page.inner_text(
        "#shortcut-confirm"
    )
    assert focused(page).startswith("button#shortcut-confirm-yes")
    page.keyboard.press("Escape")
    assert not page.is_visible("#shortcut-confirm")
    held.refresh_from_db()
    assert held.status == "pending"

    # r opens the reason list; the decision is the 却下 button.
    page.keyboard.press("r")
    assert focused(page).startswith("select#reject-reason")
    held.refresh_from_db()
    assert held.status == "pending"
    page.keyboard.press("ArrowDown")  # the second reason
    page.keyboard.press("Enter")  # chosen (closes the list; never submits)
    held.refresh_from_db()
    assert held.status == "pending"
    page.keyboard.press("Tab")
    assert focused(page).startswith("button#btn-reject")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    held.refresh_from_db()
    assert held.status == "rejected"
    assert held.actions.first().reason_code == "harassment"
    # On to the next item, with the message announced.
    assert f"/moderation/comments/{other.pk}/" in page.url
    announced(page, "却下しました")

    # d shows what will be published; Enter on its button publishes it.
    page.keyboard.press("d")
    assert "〔メールアドレス〕" in page.inner_text("#shortcut-confirm-preview")
    other.refresh_from_db()
    assert other.status == "pending"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    other.refresh_from_db()
    assert other.status == "redacted" and "〔メールアドレス〕" in other.public_body


def test_no_decision_while_a_link_has_focus(live_server, page):
    _mod, held = moderator_with_items()
    keyboard_login(page, live_server.url)
    page.goto(f"{live_server.url}/moderation/comments/{held.pk}/")
    tab_to(page, "e.tagName === 'A' && e.closest('.context')")  # the post's link
    item_url = page.url
    for key in ("a", "d", "r", "j"):
        page.keyboard.press(key)
    page.wait_for_timeout(300)
    assert page.url == item_url
    assert not page.is_visible("#shortcut-confirm")
    assert focused(page).startswith("a")
    held.refresh_from_db()
    assert held.status == "pending" and held.version == 1
    # Nor while a button has focus (the next key would otherwise reach the page).
    tab_to(page, "e.id === 'btn-approve'")
    page.keyboard.press("d")
    assert not page.is_visible("#shortcut-confirm")
    held.refresh_from_db()
    assert held.status == "pending"


def test_single_letter_keys_can_be_turned_off_per_moderator(live_server, page):
    mod, held = moderator_with_items()
    keyboard_login(page, live_server.url)
    page.wait_for_url("**/moderation/")
    tab_to(page, "e.tagName === 'SUMMARY' && e.closest('#shortcut-help')")
    page.keyboard.press("Enter")
    tab_to(page, "e.id === 'single-key-shortcuts'")
    page.keyboard.press("Space")  # untick
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert ModeratorPreference.objects.get(user=mod).single_key_shortcuts is False
    announced(page, "オフにしました")
    # Stored with the account: a new session has them off too.
    page.context.clear_cookies()
    keyboard_login(page, live_server.url)
    page.wait_for_url("**/moderation/")
    page.keyboard.press("j")
    assert page.evaluate("() => document.activeElement === document.body")
    page.goto(f"{live_server.url}/moderation/comments/{held.pk}/")
    page.keyboard.press("a")
    page.keyboard.press("d")
    assert not page.is_visible("#shortcut-confirm")
    held.refresh_from_db()
    assert held.status == "pending"


def test_custom_redaction_span_by_keyboard(live_server, page):
    _mod, held = moderator_with_items()
    keyboard_login(page, live_server.url)
    page.goto(f"{live_server.url}/moderation/comments/{held.pk}/")
    # Untick the suggested phone-number span, so only the keyboard span is applied.
    tab_to(page, "e.classList.contains('span-toggle')")
    page.keyboard.press("Space")
    tab_to(page, "e.tagName === 'SUMMARY' && e.closest('.span-keyboard')")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert focused(page).startswith("textarea#span-source")
    # 店員の携帯は090-3141-5926です: select 「携帯」 (characters 3 to 5).
    page.keyboard.press("Control+Home")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Shift+ArrowRight")
    page.keyboard.press("Shift+ArrowRight")
    assert "3–5「携帯」" in page.inner_text("#span-selection")
    # Visible focus on the text box.
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Tab")
    assert focused(page).startswith("button#add-keyboard-span")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('#preview').textContent.includes('店員の〔')"
    )
    assert "090-3141-5926" in page.inner_text("#preview")  # that span was unticked
    # Decide with the button (focus leaves the text box first).
    tab_to(page, "e.id === 'btn-redact'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    held.refresh_from_db()
    assert held.status == "redacted" and held.public_body.startswith("店員の〔")


def test_form_controls_have_borders_of_at_least_3_to_1(live_server, page):
    post = PostFactory(slug="contrast")
    page.goto(f"{live_server.url}{post.get_absolute_url()}")
    ratios = page.evaluate(
        """() => {
        const lum = (c) => {
          const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(Number).map((v) => {
            v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05); };
        const bg = getComputedStyle(document.body).backgroundColor;
        return Array.from(document.querySelectorAll('textarea, input:not([type=hidden]), select'))
          .map((el) => [el.name, ratio(getComputedStyle(el).borderTopColor, bg)]);
        }"""
    )
    assert ratios and all(r >= 3 for _name, r in ratios), ratios
