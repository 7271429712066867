// Every page: announce messages, move focus to an error summary, make its links focus
// the field they name. Plain JavaScript; the pages work without it.
(function () {
  "use strict";

  // Messages are role="status" regions rendered with their text. Screen readers announce a
  // live region only when its content changes after load, so take the text out and put it
  // back a moment later (the text stays visible without JavaScript).
  document.querySelectorAll("[data-announce]").forEach((region) => {
    const nodes = Array.from(region.childNodes);
    region.replaceChildren();
    window.setTimeout(() => region.append(...nodes), 400);
  });

  // A form that failed comes back with an error summary: focus it, so it is read out and
  // the next Tab goes to its first link.
  // Again once loaded: scrolling to the URL's fragment (#reply-form) may reset focus.
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
    window.addEventListener("load", () => {
      if (document.activeElement === document.body) summary.focus();
    });
  }

  // A link in an error summary focuses its field (a fragment link only scrolls).
  document.addEventListener("click", (event) => {
    const link = event.target.closest(".error-summary a[href^='#']");
    if (!link) return;
    const field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
    const label = document.querySelector(`label[for="${field.id}"]`);
    (label || field).scrollIntoView({ block: "center" });
  });
})();
