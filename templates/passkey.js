// Passkeys for Portico, progressive enhancement over plain forms. Without this script (or
// without WebAuthn) the passkey forms stay hidden and every other way in still works.
// A form marked data-passkey-register or data-passkey-signin asks data-options for a
// challenge (the server keeps the ceremony, its id in an HttpOnly cookie), hands it to the
// browser, puts the answer in the form's hidden "credential" field and submits the form.
(function () {
  "use strict";
  if (!window.PublicKeyCredential || !navigator.credentials) {
    return;
  }

  function toBytes(s) {
    var b64 = s.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) {
      b64 += "=";
    }
    var bin = atob(b64);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      out[i] = bin.charCodeAt(i);
    }
    return out.buffer;
  }

  function toText(buf) {
    var bytes = new Uint8Array(buf);
    var bin = "";
    for (var i = 0; i < bytes.length; i++) {
      bin += String.fromCharCode(bytes[i]);
    }
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  // One request for options at a time, in order, so that the last ceremony cookie set is
  // the one for the last challenge asked for.
  var queue = Promise.resolve();
  function options(form) {
    var run = queue.then(function () {
      return fetch(form.getAttribute("data-options"), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "csrf=" + encodeURIComponent(form.elements.csrf.value)
      }).then(function (r) {
        if (!r.ok) {
          throw new Error("options " + r.status);
        }
        return r.json();
      });
    });
    queue = run.catch(function () {});
    return run;
  }

  function problem(form) {
    var p = document.getElementById(form.getAttribute("data-problem"));
    if (p) {
      p.hidden = false;
    }
  }

  function show(form) {
    form.hidden = false;
    var alt = document.getElementById(form.getAttribute("data-instead") || "");
    if (alt) {
      alt.hidden = true;
    }
  }

  // The offer after a step-up ("use your face, fingerprint or screen lock") only where this
  // device has such an authenticator; the settings page offers security keys too.
  var platform = PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable
    ? PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable()
    : Promise.resolve(false);
  platform.then(function (ok) {
    if (!ok) {
      return;
    }
    document.querySelectorAll("[data-passkey-offer]").forEach(function (el) {
      el.hidden = false;
    });
    document.querySelectorAll("input[data-passkey-capable]").forEach(function (el) {
      el.value = "1";
    });
  }).catch(function () {});

  document.querySelectorAll("form[data-passkey-register]").forEach(function (form) {
    show(form);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      options(form).then(function (o) {
        var pk = o.publicKey;
        pk.challenge = toBytes(pk.challenge);
        pk.user.id = toBytes(pk.user.id);
        (pk.excludeCredentials || []).forEach(function (c) {
          c.id = toBytes(c.id);
        });
        return navigator.credentials.create({ publicKey: pk });
      }).then(function (cred) {
        form.elements.credential.value = JSON.stringify({
          id: cred.id,
          rawId: toText(cred.rawId),
          type: cred.type,
          extensions: cred.getClientExtensionResults(),
          response: {
            attestationObject: toText(cred.response.attestationObject),
            clientDataJSON: toText(cred.response.clientDataJSON)
          }
        });
        form.submit();
      }).catch(function () {
        problem(form);
      });
    });
  });

  var signin = document.querySelector("form[data-passkey-signin]");
  if (signin) {
    show(signin);
    var current = null;
    var go = function (mediation) {
      if (current) {
        current.abort();
      }
      var ctrl = new AbortController();
      current = ctrl;
      return options(signin).then(function (o) {
        var pk = o.publicKey;
        pk.challenge = toBytes(pk.challenge);
        (pk.allowCredentials || []).forEach(function (c) {
          c.id = toBytes(c.id);
        });
        var req = { publicKey: pk, signal: ctrl.signal };
        if (mediation) {
          req.mediation = mediation;
        }
        return navigator.credentials.get(req);
      }).then(function (cred) {
        var r = cred.response;
        signin.elements.credential.value = JSON.stringify({
          id: cred.id,
          rawId: toText(cred.rawId),
          type: cred.type,
          extensions: cred.getClientExtensionResults(),
          response: {
            authenticatorData: toText(r.authenticatorData),
            clientDataJSON: toText(r.clientDataJSON),
            signature: toText(r.signature),
            userHandle: r.userHandle ? toText(r.userHandle) : null
          }
        });
        signin.submit();
      });
    };
    signin.addEventListener("submit", function (ev) {
      ev.preventDefault();
      go(null).catch(function (e) {
        if (!e || e.name !== "AbortError") {
          problem(signin);
        }
      });
    });
    // Conditional UI offers passkeys in a field's autofill: only where a field asks for it.
    if (PublicKeyCredential.isConditionalMediationAvailable && document.querySelector("input[autocomplete~='webauthn']")) {
      PublicKeyCredential.isConditionalMediationAvailable().then(function (ok) {
        if (ok && !current) {
          go("conditional").catch(function () {});
        }
      });
    }
  }
})();
