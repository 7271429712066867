// Custom redaction without a mouse: a copy of the original (#span-source) that refuses edits
// but keeps its caret (a `readonly` textarea has none in Chromium), so arrows move and
// Shift+arrows select; the button adds that selection as a span.
// Offsets are counted in characters (code points), like the server's, not UTF-16 units.
(function () {
  "use strict";

  const source = document.getElementById("span-source");
  const button = document.getElementById("add-keyboard-span");
  if (!source || !button) return;
  const shown = document.getElementById("span-selection");
  const added = document.getElementById("span-added");
  const noneText = shown.textContent;
  const original = source.value;
  // Read-only, but with a caret: refuse every edit (typing, paste, cut, drop) and undo any
  // that cannot be cancelled (IME composition).
  source.addEventListener("beforeinput", (event) => event.preventDefault());
  source.addEventListener("input", () => {
    source.value = original;
  });

  function chars(text) {
    return Array.from(text).length;
  }

  function selection() {
    const a = source.selectionStart;
    const b = source.selectionEnd;
    if (a === b) return null;
    const value = source.value;
    return { start: chars(value.slice(0, a)), end: chars(value.slice(0, b)), text: value.slice(a, b) };
  }

  function describe() {
    const span = selection();
    shown.textContent = span ? `${span.start}–${span.end}「${span.text}」` : noneText;
  }
  ["select", "keyup", "mouseup", "focus"].forEach((name) => source.addEventListener(name, describe));

  button.addEventListener("click", () => {
    const span = selection();
    if (!span) {
      added.textContent = button.dataset.empty;
      return;
    }
    const select = document.getElementById("custom-category");
    const category = select.value;
    document.dispatchEvent(
      new CustomEvent("workspace:add-span", {
        detail: { start: span.start, end: span.end, category: category },
      })
    );
    const label = select.options[select.selectedIndex].text;
    added.textContent = `${button.dataset.added}: 「${span.text}」(${label}, ${span.start}–${span.end})`;
  });
})();
