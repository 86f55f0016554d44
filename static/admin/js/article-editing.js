// The change form of an article: autosave while typing (and again once a lost connection is back),
// a warning before leaving with unsaved changes, and who else has the article open.
// A static file (the CSP forbids inline scripts); the server keeps the autosave apart from the
// article: nothing here changes the article or its working copy.
(function () {
  "use strict";
  const CHECK_MS = 2000; // how often the form is compared with what was last autosaved
  const RETRY_MS = 15000; // after a failed autosave

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
    const loaded = snapshot(form);
    let saved = box.dataset.restored ? "" : loaded; // a restored form is not saved yet
    let sending = false;
    let submitting = false;
    let failedAt = 0;

    function dirty() {
      return snapshot(form) !== loaded || Boolean(box.dataset.restored);
    }

    function autosave() {
      const now = snapshot(form);
      if (sending || now === saved || now === loaded || (failedAt && Date.now() - failedAt < RETRY_MS)) {
        return;
      }
      sending = true;
      status.dataset.state = "saving";
      post(box.dataset.autosaveUrl, form, JSON.parse(now))
        .then((answer) => {
          saved = now;
          failedAt = 0;
          status.dataset.state = "saved";
          status.textContent = answer.message;
        })
        .catch(() => {
          failedAt = Date.now();
          status.dataset.state = "error";
          status.textContent =
            "Sauvegarde automatique impossible (connexion perdue ?) : nouvel essai dans quelques secondes.";
        })
        .finally(() => {
          sending = false;
        });
    }

    function beat() {
      post(box.dataset.presenceUrl, form, [])
        .then((answer) => {
          presence.textContent = answer.message;
          presence.hidden = !answer.message;
        })
        .catch(() => {});
    }

    if (box.dataset.autosaveUrl) {
      setInterval(autosave, CHECK_MS);
      window.addEventListener("online", () => {
        failedAt = 0;
        autosave();
      });
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
