// Moderator workspace: keyboard shortcuts and the live redaction preview.
// Plain JavaScript (no framework, no CDN); every action also works without it.
(function () {
  "use strict";

  function typing(event) {
    const el = event.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function csrfToken() {
    const input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // ---- Queue list: j/k to move, Enter to open, x to tick -------------------
  const rows = Array.from(document.querySelectorAll("tr.queue-row"));
  let current = rows.length ? 0 : -1;
  function focusRow(index) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach((row, i) => row.classList.toggle("current", i === current));
    rows[current].focus();
  }
  if (rows.length) focusRow(0);

  // ---- Item view: chosen spans, custom spans, preview ----------------------
  const preview = document.getElementById("preview");
  const spansInput = document.getElementById("spans-input");
  const custom = [];

  function chosenSpans() {
    const spans = Array.from(document.querySelectorAll(".span-toggle:checked")).map((box) => ({
      start: Number(box.dataset.start),
      end: Number(box.dataset.end),
      category: box.dataset.category,
    }));
    return spans.concat(custom);
  }

  function refreshPreview() {
    if (!preview || !spansInput) return;
    const spans = chosenSpans();
    spansInput.value = JSON.stringify(spans);
    const body = new FormData();
    body.append("spans", spansInput.value);
    fetch(preview.dataset.url, {
      method: "POST",
      body: body,
      headers: { "X-CSRFToken": csrfToken() },
      credentials: "same-origin",
    })
      .then((r) => r.json())
      .then((data) => {
        preview.textContent = data.text !== undefined ? data.text : data.detail;
        preview.classList.toggle("error", data.text === undefined);
      })
      .catch(() => {});
  }

  document.querySelectorAll(".span-toggle").forEach((box) => box.addEventListener("change", refreshPreview));
  if (spansInput) spansInput.value = JSON.stringify(chosenSpans());

  function offsetOf(node, offset) {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const span = el && el.closest("#original span[data-start]");
    return span ? Number(span.dataset.start) + offset : null;
  }

  function addSelection() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed) return;
    let a = offsetOf(sel.anchorNode, sel.anchorOffset);
    let b = offsetOf(sel.focusNode, sel.focusOffset);
    if (a === null || b === null || a === b) return;
    if (a > b) [a, b] = [b, a];
    const category = document.getElementById("custom-category").value;
    custom.push({ start: a, end: b, category: category });
    sel.removeAllRanges();
    refreshPreview();
  }
  const addButton = document.getElementById("add-selection");
  if (addButton) addButton.addEventListener("click", addSelection);

  document.querySelectorAll("button[data-confirm]").forEach((button) =>
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    })
  );

  function click(id) {
    const el = document.getElementById(id);
    if (el) el.click();
    return Boolean(el);
  }

  document.addEventListener("keydown", (event) => {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (rows.length) {
      if (key === "j") return focusRow(current + 1), event.preventDefault();
      if (key === "k") return focusRow(current - 1), event.preventDefault();
      if (key === "Enter" && current >= 0) return (window.location = rows[current].dataset.href);
      if (key === "x" && current >= 0) {
        const box = rows[current].querySelector("input[type=checkbox]");
        if (box) box.checked = !box.checked;
        return event.preventDefault();
      }
      if (key === "a" || key === "d" || key === "r") {
        if (current >= 0) window.location = rows[current].dataset.href;
        return;
      }
    }
    if (key === "j" && click("next-link")) return event.preventDefault();
    if (key === "k" && click("prev-link")) return event.preventDefault();
    if (key === "a" && click("btn-approve")) return event.preventDefault();
    if (key === "d" && click("btn-redact")) return event.preventDefault();
    if (key === "r" && click("btn-reject")) return event.preventDefault();
    if (key === "s" && addButton) return addSelection(), event.preventDefault();
  });
})();
