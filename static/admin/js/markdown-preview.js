// Live preview of the article body, rendered server-side by the public site's renderer.
// A static file (the CSP forbids inline scripts); it posts the body after a short pause in typing.
(function () {
  "use strict";
  const DELAY_MS = 400;

  function csrfToken(form) {
    const input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function setup() {
    const body = document.getElementById("id_body");
    const target = document.getElementById("markdown-preview");
    if (!body || !target || !target.dataset.url) {
      return;
    }
    let timer = null;
    let sent = 0;
    // The body as readers will see it: in a shadow root holding the public site's stylesheet,
    // which styles nothing of the admin around it.
    const shadow = target.attachShadow({mode: "open"});
    const output = document.createElement("div");
    output.className = "article-main article-body prose";  // as the article page holds it
    if (target.dataset.stylesheet) {
      const sheet = document.createElement("link");
      sheet.rel = "stylesheet";
      sheet.href = target.dataset.stylesheet;
      shadow.appendChild(sheet);
    }
    shadow.appendChild(output);

    function refresh() {
      const request = ++sent;
      const data = new FormData();
      data.append("body", body.value);
      fetch(target.dataset.url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: {"X-CSRFToken": csrfToken(body.form)},
      })
        .then((response) => (response.ok || response.status === 422 ? response.json() : Promise.reject(response.status)))
        .then((rendered) => {
          if (rendered.error) {
            // The server's limits refused this body (nesting, time): say why.
            return Promise.reject(rendered.error);
          }
          if (request === sent) {
            // Sanitised by the server's allow-list (articles.rendering.sanitize_html).
            output.innerHTML = rendered.html;
            target.dataset.state = "ready";
          }
        })
        .catch((reason) => {
          target.dataset.state = "error";
          output.textContent = typeof reason === "string" ? reason : "Aperçu indisponible.";
        });
    }

    body.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, DELAY_MS);
    });
    refresh();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
