// The article form: autosave while typing, a warning before leaving with unsaved changes, and who
// else has the article open. The change form sends its autosave to the server; what cannot be sent
// (a lost connection) and what the add form types (no article to attach it to yet) is kept in this
// browser's localStorage, sent once the connection is back, and offered back on the next visit.
// A static file (the CSP forbids inline scripts); the server keeps the autosave apart from the
// article: nothing here changes the article or its working copy.
(function () {
  "use strict";
  const CHECK_MS = 2000; // how often the form is compared with what was last autosaved
  const RETRY_MS = 15000; // after a failed autosave
  const LOCAL_PREFIX = "redaction-saisie:";
  // Fields a form restored in the browser leaves alone: versions, the token, the formsets' counts.
  const NOT_RESTORED = new Set(["csrfmiddlewaretoken", "loaded_version", "loaded_copy", "kept_cover"]);

  function timeOf(date) {
    return date.toLocaleTimeString("fr-FR");
  }

  // What localStorage keeps: the fields, and the labels of the options chosen in the selects (an
  // autocomplete lists only what is chosen: a restored choice needs its label to be shown).
  function localCopy(form, entries) {
    const labels = {};
    for (const select of form.querySelectorAll("select")) {
      for (const option of select.selectedOptions) {
        labels[select.name + "\u0000" + option.value] = option.textContent;
      }
    }
    return {savedAt: Date.now(), entries: entries, labels: labels};
  }

  // Put a kept form back into the page's fields (the article's own fields, not the inline rows).
  function fill(form, kept) {
    const values = new Map();
    for (const [name, value] of kept.entries) {
      if (!NOT_RESTORED.has(name) && !name.includes("-")) {
        values.set(name, (values.get(name) || []).concat([value]));
      }
    }
    for (const [name, list] of values) {
      const field = form.elements.namedItem(name);
      if (!field) {
        continue;
      }
      if (field instanceof HTMLSelectElement) {
        for (const value of list) {
          if (![...field.options].some((option) => option.value === value)) {
            const label = kept.labels[name + "\u0000" + value] || value;
            field.add(new Option(label, value, false, false));
          }
        }
        for (const option of field.options) {
          option.selected = list.includes(option.value);
        }
      } else if (field instanceof RadioNodeList || field.type === "checkbox" || field.type === "radio") {
        const inputs = field instanceof RadioNodeList ? [...field] : [field];
        for (const input of inputs) {
          if (input.type === "checkbox" || input.type === "radio") {
            input.checked = list.includes(input.value);
          } else {
            input.value = list[0];
          }
        }
      } else if (field.type !== "file") {
        field.value = list[0];
      }
      const element = field instanceof RadioNodeList ? field[0] : field;
      element.dispatchEvent(new Event("input", {bubbles: true}));
      element.dispatchEvent(new Event("change", {bubbles: true}));
    }
    // Unchecked boxes are not in a posted form: the ones the kept form did not check are unchecked.
    for (const box of form.querySelectorAll("input[type=checkbox]")) {
      if (!box.name.includes("-") && !values.has(box.name)) {
        box.checked = false;
      }
    }
  }

  function csrfToken(form) {
    const input = form.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  // The form's fields as posted, files and inline rows aside, in one comparable string.
  function snapshot(form) {
    const data = new FormData(form);
    const kept = [];
    for (const [name, value] of data.entries()) {
      if (typeof value === "string" && name !== "csrfmiddlewaretoken") {
        kept.push([name, value]);
      }
    }
    return JSON.stringify(kept);
  }

  function post(url, form, entries) {
    const data = new FormData();
    for (const [name, value] of entries) {
      data.append(name, value);
    }
    return fetch(url, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: {"X-CSRFToken": csrfToken(form)},
    }).then((response) => (response.ok ? response.json() : Promise.reject(response.status)));
  }

  function setup() {
    const box = document.getElementById("article-editing");
    const form = document.getElementById("article_form");
    if (!box || !form) {
      return;
    }
    const status = document.getElementById("autosave-status");
    const presence = document.getElementById("presence-notice");
    const localKey = LOCAL_PREFIX + (box.dataset.user || "") + ":" + window.location.pathname;
    // What the database holds: the form as loaded, unless it was restored or sent back refused.
    const refused = Boolean(document.querySelector(".errornote"));
    const stored = box.dataset.restored || refused ? "" : snapshot(form);
    let saved = stored;
    let sending = false;
    let submitting = false;
    let failedAt = 0;

    function dirty() {
      return snapshot(form) !== stored;
    }

    function keepLocally(entries) {
      try {
        window.localStorage.setItem(localKey, JSON.stringify(localCopy(form, entries)));
        return true;
      } catch (error) {
        return false; // storage full or refused: the leave warning still protects the text
      }
    }

    function forgetLocally() {
      try {
        window.localStorage.removeItem(localKey);
      } catch (error) {
        // nothing kept, nothing to forget
      }
    }

    function autosave() {
      const now = snapshot(form);
      if (sending || now === saved || now === stored || (failedAt && Date.now() - failedAt < RETRY_MS)) {
        return;
      }
      if (!box.dataset.autosaveUrl) {
        // A new article: kept in this browser until it is saved.
        if (keepLocally(JSON.parse(now))) {
          saved = now;
          status.dataset.state = "kept";
          status.textContent =
            "Saisie gardée dans ce navigateur à " + timeOf(new Date()) + " (l'article n'est pas encore enregistré).";
        }
        return;
      }
      sending = true;
      status.dataset.state = "saving";
      post(box.dataset.autosaveUrl, form, JSON.parse(now))
        .then((answer) => {
          saved = now;
          failedAt = 0;
          forgetLocally(); // the server has it now
          status.dataset.state = "saved";
          status.textContent = answer.message;
        })
        .catch(() => {
          failedAt = Date.now();
          status.dataset.state = "error";
          status.textContent = keepLocally(JSON.parse(now))
            ? "Connexion perdue : saisie gardée dans ce navigateur à " +
              timeOf(new Date()) +
              ", envoyée dès le retour de la connexion."
            : "Sauvegarde automatique impossible (connexion perdue ?) : nouvel essai dans quelques secondes.";
        })
        .finally(() => {
          sending = false;
        });
    }

    // A form kept in this browser and never sent: offered back (the change form sends it to the
    // server first, which restores every field as it does an autosave of its own).
    function offerLocalCopy() {
      let kept = null;
      try {
        kept = JSON.parse(window.localStorage.getItem(localKey) || "null");
      } catch (error) {
        kept = null;
      }
      if (!kept || !Array.isArray(kept.entries) || box.dataset.restored || refused) {
        return;
      }
      const offer = document.createElement("div");
      offer.className = "editing-notice autosave-notice";
      offer.id = "local-copy-offer";
      const text = document.createElement("p");
      text.textContent =
        "Une saisie gardée dans ce navigateur le " +
        new Date(kept.savedAt).toLocaleString("fr-FR") +
        " n'a pas été enregistrée" +
        (box.dataset.autosaveUrl ? " (connexion perdue)." : " : l'article n'a pas été créé.");
      const buttons = document.createElement("p");
      const restore = document.createElement("button");
      restore.type = "button";
      restore.className = "button";
      restore.id = "local-copy-restore";
      restore.textContent = "Restaurer cette saisie";
      const ignore = document.createElement("button");
      ignore.type = "button";
      ignore.className = "button";
      ignore.id = "local-copy-ignore";
      ignore.textContent = "Ignorer cette saisie";
      buttons.append(restore, " ", ignore);
      offer.append(text, buttons);
      box.prepend(offer);
      ignore.addEventListener("click", () => {
        forgetLocally();
        offer.remove();
      });
      restore.addEventListener("click", () => {
        const restoreHere = () => {
          fill(form, kept);
          offer.remove();
          status.textContent = "Saisie restaurée depuis ce navigateur : vérifiez-la, puis enregistrez.";
        };
        if (!box.dataset.autosaveUrl) {
          restoreHere();
          return;
        }
        post(box.dataset.autosaveUrl, form, kept.entries)
          .then(() => {
            forgetLocally();
            submitting = true; // leaving for the restored form: nothing to warn about
            window.location.search = "?restaurer=1";
          })
          .catch(restoreHere); // still offline: restored in the page, kept until sent
      });
    }

    offerLocalCopy();
    setInterval(autosave, CHECK_MS);
    window.addEventListener("online", () => {
      failedAt = 0;
      autosave();
    });

    function beat() {
      post(box.dataset.presenceUrl, form, [])
        .then((answer) => {
          presence.textContent = answer.message;
          presence.hidden = !answer.message;
        })
        .catch(() => {});
    }

    if (box.dataset.presenceUrl) {
      setInterval(beat, Number(box.dataset.presenceBeat || 15) * 1000);
      // Leaving: the others stop seeing this editor at once (the token rides in the body).
      window.addEventListener("pagehide", () => {
        const data = new FormData();
        data.append("csrfmiddlewaretoken", csrfToken(form));
        data.append("quitter", "1");
        navigator.sendBeacon(box.dataset.presenceUrl, data);
      });
    }
    form.addEventListener("submit", () => {
      submitting = true;
      // Sent: the server has it (a form refused comes back with its errors and is kept again).
      forgetLocally();
    });
    window.addEventListener("beforeunload", (event) => {
      if (!submitting && dirty()) {
        event.preventDefault();
        event.returnValue = ""; // the browser shows its own "leave this page?" question
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
