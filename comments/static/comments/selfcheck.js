// The author's self-check: as the reply is typed, ask the same scanner (POST /api/v1/check/,
// nothing stored) what would make it wait, and offer to mask personal data before sending.
// Without JavaScript the server shows the same check as a confirm step on submit.
(function () {
  "use strict";
  const live = document.getElementById("selfcheck-live");
  const form = live && live.closest("form");
  const box = form && form.querySelector("textarea[name=body]");
  if (!live || !box) return;
  const flag = form.querySelector("input[name=selfcheck]");
  const csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
  let timer = null;
  let last = "";
  let masked = null;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text; // never innerHTML: the text is user input
    return node;
  }

  function render(data, text) {
    live.replaceChildren();
    masked = null;
    if (!data || data.risk === "publish" || !data.findings.length) {
      live.hidden = true;
      return;
    }
    live.hidden = false;
    live.appendChild(el("p", "selfcheck-title", "このままでは確認待ちになります（モデレーターの確認後に公開）："));
    const list = el("ul", "selfcheck-findings");
    let harassment = false;
    for (const f of data.findings) {
      const item = el("li");
      item.appendChild(el("span", "cat cat-" + f.category.toLowerCase(), f.label));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(el("mark", "", text.slice(f.start, f.end)));
      list.appendChild(item);
      if (!["PHONE", "EMAIL", "ADDRESS", "POSTAL_CODE", "PERSON", "ACCOUNT", "ID_NUMBER", "CARD",
        "BANK_ACCOUNT", "BIRTHDATE"].includes(f.category)) harassment = true;
    }
    live.appendChild(list);
    if (harassment) {
      live.appendChild(el("p", "hint", "特定の人を攻撃する返信は公開されません。表現を見直してください。"));
    }
    if (data.masked !== text) {
      masked = data.masked;
      const button = el("button", "secondary", "伏せ字にして投稿");
      button.type = "button";
      button.id = "selfcheck-mask";
      button.addEventListener("click", () => {
        box.value = masked;
        if (flag) flag.value = "1";
        form.requestSubmit();
      });
      live.appendChild(button);
    }
  }

  function check() {
    const text = box.value.replace(/\r\n?/g, "\n").trim();
    if (text === last) return;
    last = text;
    if (!text) return render(null, text);
    fetch(live.dataset.url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
      body: JSON.stringify({ body: box.value }),
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((data) => {
        if (box.value.replace(/\r\n?/g, "\n").trim() === text) render(data, text);
      })
      .catch(() => {});
  }

  box.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  // The author has seen the live check: no confirm step on the server. The button is
  // disabled while sending, so a double click sends once.
  form.addEventListener("submit", () => {
    if (flag) flag.value = "1";
    form.querySelectorAll("button[type=submit], #selfcheck-mask").forEach((b) => (b.disabled = true));
  });
})();
