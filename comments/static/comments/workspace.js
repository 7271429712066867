// Moderator workspace: the live redaction preview and custom spans.
// Plain JavaScript (no framework, no CDN); every action also works without it.
// Keyboard shortcuts live in shortcuts.js, the keyboard span tool in span-keys.js.
(function () {
  "use strict";

  function csrfToken() {
    const input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

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

  // The custom spans, each with a button to remove it again.
  const customList = document.getElementById("custom-spans");
  function renderCustom() {
    if (!customList) return;
    customList.replaceChildren();
    const source = document.getElementById("span-source");
    const text = source ? source.value : "";
    custom.forEach((span, index) => {
      const item = document.createElement("li");
      const label = document.createElement("span");
      label.textContent = `${span.category} ${span.start}–${span.end} 「${text.slice(span.start, span.end)}」 `;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary remove-span";
      remove.textContent = "取り除く";
      remove.addEventListener("click", () => {
        custom.splice(index, 1);
        refreshPreview();
      });
      item.append(label, remove);
      customList.appendChild(item);
    });
    customList.hidden = custom.length === 0;
  }

  function refreshPreview() {
    renderCustom();
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
  // A checkbox ticked with the mouse hands focus back to the page, so the single-letter
  // shortcuts (which never act while a control has focus) keep working; a keyboard user
  // (Space: event.detail is 0) keeps focus where they are.
  document.querySelectorAll(".span-toggle, input[name=dismiss], input[name=selected]").forEach((box) =>
    box.addEventListener("click", (event) => {
      if (event.detail > 0) box.blur();
    })
  );
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
  // A span chosen without a mouse (span-keys.js): {start, end, category}.
  document.addEventListener("workspace:add-span", (event) => {
    custom.push(event.detail);
    refreshPreview();
  });

  document.querySelectorAll("button[data-confirm]").forEach((button) =>
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    })
  );
})();
