// Moderator workspace: single-letter keyboard shortcuts, made safe (docs/accessibility.md).
// - Keys act only in the queue (j/k/x/Enter) and on an item's page (j/k/a/d/r/s/Esc).
// - Never while a link, button, form field or summary has focus, nor with Ctrl/Alt/⌘,
//   nor on a held-down (repeating) key; focus is never moved on load.
// - No decision by one letter: r opens the reason list, d shows what will be published and
//   asks, a asks when the item has findings. The confirm step focuses its own button, so
//   Enter decides and further letters do nothing.
// - Off entirely when the moderator turned them off (data-shortcuts="off", a per-user
//   setting rendered by the server).
(function () {
  "use strict";

  const help = document.getElementById("shortcut-help");
  if (!help || help.dataset.shortcuts !== "on") return;

  // Focus on any of these means the key belongs to that control (or to the screen reader).
  const INTERACTIVE =
    "a[href], button, input, select, textarea, summary, label, [contenteditable], " +
    "[role=button], [role=link], [role=textbox], [role=combobox], [role=checkbox]";

  function keysBlocked(event) {
    if (event.defaultPrevented || event.repeat) return true;
    if (event.ctrlKey || event.metaKey || event.altKey) return true;
    const el = document.activeElement;
    return Boolean(el && el !== document.body && el.closest(INTERACTIVE));
  }

  // ---- Queue: j/k choose a row, x ticks it, Enter opens it -------------------------------
  const rows = Array.from(document.querySelectorAll("tr.queue-row"));
  let current = -1; // nothing chosen until j or k

  function chooseRow(index) {
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle("current", i === current));
    rows[current].focus();
  }

  function queueKey(event) {
    const key = event.key;
    if (key === "j") return chooseRow(current + 1), true;
    if (key === "k") return chooseRow(current < 0 ? 0 : current - 1), true;
    const row = rows[current];
    // x and Enter act on the chosen row only while it has focus.
    if (!row || document.activeElement !== row) return false;
    if (key === "x") {
      const box = row.querySelector("input[type=checkbox]");
      if (box) box.checked = !box.checked;
      return true;
    }
    if (key === "Enter") return (window.location = row.dataset.href), true;
    return false;
  }

  // ---- Item: j/k move, a/d/r start a decision, s adds the selection -----------------------
  const confirmBox = document.getElementById("shortcut-confirm");

  function byId(id) {
    return document.getElementById(id);
  }

  function closeConfirm() {
    if (!confirmBox || confirmBox.hidden) return false;
    if (confirmBox.contains(document.activeElement)) document.activeElement.blur();
    confirmBox.hidden = true;
    byId("shortcut-confirm-preview").hidden = true;
    return true;
  }

  // Show the confirm step; its "yes" clicks the form's real button (same request as a click).
  function askFirst(text, yesLabel, target, previewText) {
    byId("shortcut-confirm-text").textContent = text;
    const preview = byId("shortcut-confirm-preview");
    preview.hidden = previewText === undefined;
    preview.textContent = previewText || "";
    const yes = byId("shortcut-confirm-yes");
    yes.textContent = yesLabel;
    yes.onclick = () => target.click();
    byId("shortcut-confirm-no").onclick = closeConfirm;
    confirmBox.hidden = false;
    confirmBox.scrollIntoView({ block: "center" });
    yes.focus();
  }

  function itemKey(event) {
    const key = event.key;
    const texts = byId("shortcut-confirm-texts");
    if (key === "j" && byId("next-link")) return byId("next-link").click(), true;
    if (key === "k" && byId("prev-link")) return byId("prev-link").click(), true;
    if (key === "a" && byId("btn-approve")) {
      if (confirmBox && Number(confirmBox.dataset.findings) > 0) {
        askFirst(texts.dataset.approve, texts.dataset.approveYes, byId("btn-approve"));
      } else {
        byId("btn-approve").click(); // nothing was found: approving is the visible default
      }
      return true;
    }
    if (key === "d" && byId("btn-redact") && confirmBox) {
      const shown = byId("preview") || document.querySelector(".original");
      askFirst(texts.dataset.redact, texts.dataset.redactYes, byId("btn-redact"),
        shown ? shown.textContent : "");
      return true;
    }
    if (key === "r" && byId("reject-reason")) {
      const reasons = byId("reject-reason");
      reasons.focus();
      try {
        reasons.showPicker(); // open the list where the browser allows it
      } catch (error) {
        /* focused is enough: arrow keys choose, Tab reaches 却下 */
      }
      return true;
    }
    if (key === "s" && byId("add-selection")) return byId("add-selection").click(), true;
    return false;
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && closeConfirm()) return event.preventDefault();
    if (keysBlocked(event)) return;
    const handled = rows.length ? queueKey(event) : confirmBox ? itemKey(event) : false;
    if (handled) event.preventDefault();
  });
})();
