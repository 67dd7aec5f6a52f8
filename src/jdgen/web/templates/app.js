// jdgen serve: the preview follows the form as it changes. Without this script the
// form still works: "Update the preview" posts it and the page comes back updated.
"use strict";
(function () {
  const form = document.getElementById("posting");
  const panel = document.getElementById("panel");
  if (!form || !panel) { return; }
  const token = form.querySelector("input[name=token]").value;
  let timer = null;
  let asked = 0;

  function showMessage(name, field) {
    const box = document.getElementById(name + "-msg");
    if (!box) { return; }
    const input = document.getElementById("f-" + name);
    box.textContent = "";
    if (field && (field.error || field.reading)) {
      const span = document.createElement("span");
      span.className = field.error ? "error" : "reading";
      span.textContent = field.error || "Read as: " + field.reading;
      box.appendChild(span);
    }
    if (input) {
      if (field && field.error) { input.setAttribute("aria-invalid", "true"); }
      else { input.removeAttribute("aria-invalid"); }
      const wrap = input.closest(".field");
      if (wrap) { wrap.classList.toggle("bad", Boolean(field && field.error)); }
    }
  }

  async function update() {
    const mine = ++asked;
    const data = new FormData(form);
    data.set("do", "preview");
    let reply;
    try {
      reply = await fetch("/preview", { method: "POST", body: data,
        headers: { "X-Jdgen-Token": token }, credentials: "same-origin" });
    } catch (error) { return; }
    if (mine !== asked) { return; }
    const body = await reply.json();
    if (body.error) { panel.textContent = body.error; return; }
    const open = Array.from(panel.querySelectorAll("details[open]"), (d) => d.className);
    panel.innerHTML = body.panel;
    open.forEach((name) => { const d = panel.querySelector("details." + name); if (d) { d.open = true; } });
    const named = new Set(Object.keys(body.fields));
    form.querySelectorAll(".msg[id]").forEach((box) => {
      const name = box.id.slice(0, -4);
      if (!named.has(name) && (box.querySelector(".error, .reading"))) { showMessage(name, null); }
    });
    Object.entries(body.fields).forEach(([name, field]) => showMessage(name, field));
    if (body.profile_text) {
      document.getElementById("f-profile_text").value = body.profile_text;
      const file = document.getElementById("f-profile_file");
      if (file.files.length) {
        document.getElementById("f-profile_name").value = file.files[0].name;
        file.value = "";
      }
    }
    wireCopy();
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  }

  function wireCopy() {
    panel.querySelectorAll(".copy-button").forEach((button) => {
      button.hidden = false;
      button.addEventListener("click", async () => {
        const text = document.getElementById(button.dataset.copy).value;
        try { await navigator.clipboard.writeText(text); button.textContent = "Copied"; }
        catch (error) { document.getElementById(button.dataset.copy).select(); }
      });
    });
  }

  form.addEventListener("input", later);
  form.addEventListener("change", (event) => {
    if (event.target.name === "profile") { document.getElementById("f-profile_text").value = ""; }
    later();
  });
  wireCopy();
})();
