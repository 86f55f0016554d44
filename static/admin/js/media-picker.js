// The media library in the editor: a button over the article body opens the library's images,
// and a click inserts one as `![texte alternatif](media:ID)` where the cursor is. On an image's
// own page, a click on the picture sets its focal point. A static file: the CSP forbids inline scripts.
(function () {
  "use strict";

  function pickerUrl() {
    // The library sits beside the articles in the admin: /admin/articles/mediaimage/choisir/.
    const base = window.location.pathname.split("/articles/article/")[0];
    return base + "/articles/mediaimage/choisir/";
  }

  function insertAtCursor(textarea, text) {
    // A body never clicked into has its cursor at the top: the image then goes at the end.
    const touched = textarea.dataset.touched === "oui";
    const start = touched ? textarea.selectionStart : textarea.value.length;
    const end = touched ? textarea.selectionEnd : textarea.value.length;
    const before = textarea.value.slice(0, start);
    const after = textarea.value.slice(end);
    // An image is a paragraph of its own: blank lines around it.
    const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    const tail = after.startsWith("\n\n") || after === "" ? "" : after.startsWith("\n") ? "\n" : "\n\n";
    textarea.value = before + lead + text + tail + after;
    const cursor = (before + lead + text).length;
    textarea.setSelectionRange(cursor, cursor);
    textarea.focus();
    textarea.dispatchEvent(new Event("input", {bubbles: true}));
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function setupPicker() {
    const body = document.getElementById("id_body");
    if (!body) {
      return;
    }
    body.addEventListener("focus", () => {
      body.dataset.touched = "oui";
    });
    const bar = element("div", {class: "media-picker-bar"});
    const open = element("button", {type: "button", class: "button", id: "media-picker-open"}, "Insérer une image…");
    bar.appendChild(open);
    body.parentNode.insertBefore(bar, body);

    const panel = element("dialog", {id: "media-picker", class: "media-picker", "aria-labelledby": "media-picker-title"});
    const title = element("h2", {id: "media-picker-title"}, "Insérer une image de la médiathèque");
    const search = element("input", {type: "search", id: "media-picker-search", placeholder: "Chercher par texte alternatif ou légende", "aria-label": "Chercher une image"});
    const list = element("ul", {class: "media-picker-list", id: "media-picker-list"});
    const status = element("p", {class: "help", "aria-live": "polite"});
    // A new image, sent without leaving the article: its file and its alt text, then inserted.
    const upload = element("fieldset", {class: "media-picker-upload"});
    const legend = element("legend", {}, "Ajouter une image");
    const file = element("input", {type: "file", id: "media-picker-file", accept: "image/jpeg,image/png,image/webp,image/gif"});
    const fileLabel = element("label", {for: "media-picker-file"}, "Fichier");
    const alt = element("input", {type: "text", id: "media-picker-alt", maxlength: "300"});
    const altLabel = element("label", {for: "media-picker-alt"}, "Texte alternatif (ce que l'image montre)");
    const send = element("button", {type: "button", class: "button", id: "media-picker-send"}, "Ajouter et insérer");
    const uploadStatus = element("p", {class: "help", "aria-live": "polite"});
    upload.append(legend, fileLabel, file, altLabel, alt, send, uploadStatus);
    const links = element("p", {class: "media-picker-actions"});
    const add = element("a", {href: pickerUrl().replace("choisir/", "add/"), target: "_blank", rel: "noopener"}, "Ajouter une image à la médiathèque");
    const refresh = element("button", {type: "button", class: "button"}, "Actualiser");
    const close = element("button", {type: "button", class: "button"}, "Fermer");
    links.append(add, " ", refresh, " ", close);
    panel.append(title, upload, search, status, list, links);
    document.body.appendChild(panel);

    let timer = null;
    function load() {
      status.textContent = "Chargement…";
      const url = pickerUrl() + "?q=" + encodeURIComponent(search.value.trim());
      fetch(url, {credentials: "same-origin"})
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then((data) => {
          list.replaceChildren();
          data.images.forEach((image) => {
            const item = element("li");
            const choose = element("button", {type: "button", class: "media-picker-choice", "data-markdown": image.markdown});
            choose.append(element("img", {src: image.thumbnail, alt: ""}), element("span", {}, image.alt));
            choose.addEventListener("click", () => {
              insertAtCursor(body, image.markdown);
              panel.close();
            });
            item.appendChild(choose);
            list.appendChild(item);
          });
          status.textContent = data.images.length ? "" : "Aucune image : ajoutez-en une à la médiathèque.";
        })
        .catch(() => {
          status.textContent = "Médiathèque indisponible.";
        });
    }

    function csrfToken() {
      const input = body.form.querySelector("input[name=csrfmiddlewaretoken]");
      return input ? input.value : "";
    }

    send.addEventListener("click", () => {
      const data = new FormData();
      if (file.files.length) {
        data.append("file", file.files[0]);
      }
      data.append("alt", alt.value);
      uploadStatus.textContent = "Envoi…";
      fetch(pickerUrl().replace("choisir/", "televerser/"), {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: {"X-CSRFToken": csrfToken()},
      })
        .then((response) => response.json().then((answer) => ({ok: response.ok, answer: answer})))
        .then(({ok, answer}) => {
          if (!ok) {
            uploadStatus.textContent = (answer.errors || ["Envoi impossible."]).join(" ");
            return;
          }
          uploadStatus.textContent = "";
          file.value = "";
          alt.value = "";
          insertAtCursor(body, answer.image.markdown);
          panel.close();
        })
        .catch(() => {
          uploadStatus.textContent = "Envoi impossible.";
        });
    });

    open.addEventListener("click", () => {
      panel.showModal();
      load();
    });
    refresh.addEventListener("click", load);
    close.addEventListener("click", () => panel.close());
    search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    });
  }

  function setupFocalPoint() {
    const picker = document.querySelector(".focal-picker");
    const x = document.getElementById("id_focal_x");
    const y = document.getElementById("id_focal_y");
    if (!picker || !x || !y) {
      return;
    }
    const image = picker.querySelector("img");
    const point = picker.querySelector(".focal-point");
    function show() {
      point.style.left = x.value + "%";
      point.style.top = y.value + "%";
      point.hidden = false;
    }
    image.addEventListener("click", (event) => {
      const box = image.getBoundingClientRect();
      x.value = Math.round(((event.clientX - box.left) / box.width) * 100);
      y.value = Math.round(((event.clientY - box.top) / box.height) * 100);
      show();
    });
    x.addEventListener("input", show);
    y.addEventListener("input", show);
    show();
  }

  function setup() {
    setupPicker();
    setupFocalPoint();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
