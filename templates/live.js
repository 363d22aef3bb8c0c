// Live updates for a conversation or the staff inbox: progressive enhancement over pages
// that work by reload. The page says what to do in data attributes on the element with
// `data-live-stream` (the stream's address); nothing here builds HTML from what arrives:
// messages are copied from the page's own <template> and filled in as text.
(function () {
  "use strict";
  var root = document.querySelector("[data-live-stream]");
  if (!root || !window.EventSource || !window.fetch) return;
  var attr = function (name) { return root.getAttribute(name) || ""; };
  var thread = attr("data-live-thread");
  var csrf = attr("data-live-csrf");
  var list = document.querySelector("[data-live-list]");
  var template = document.getElementById("live-message");
  var typingBox = document.querySelector("[data-live-typing]");
  var seenBox = document.querySelector("[data-live-seen]");
  var status = document.querySelector("[data-live-status]");
  var typingTimer = null;
  var unread = false;

  function post(url) {
    if (!url) return;
    var body = new URLSearchParams();
    body.set("csrf", csrf);
    fetch(url, { method: "POST", body: body, credentials: "same-origin" }).catch(function () {});
  }

  function say(text) {
    if (status) status.textContent = text;
  }

  // The inbox (or any region marked `data-live-region`) is drawn again from the server.
  var refreshing = false;
  function refresh() {
    if (refreshing) return;
    refreshing = true;
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live-region]").forEach(function (old) {
          var name = old.getAttribute("data-live-region");
          var next = fresh.querySelector('[data-live-region="' + name + '"]');
          if (next) old.replaceWith(document.importNode(next, true));
        });
      })
      .catch(function () {})
      .then(function () { refreshing = false; });
  }

  function markRead() {
    if (document.visibilityState === "visible" && unread) {
      unread = false;
      post(attr("data-live-read"));
    }
  }

  function addMessage(m) {
    if (!list || !template) return;
    if (list.querySelector('[data-id="' + m.id + '"]')) return;
    var item = template.content.firstElementChild.cloneNode(true);
    item.setAttribute("data-id", m.id);
    item.classList.add(m.author);
    item.querySelector("[data-field=sender]").textContent = m.sender;
    item.querySelector("[data-field=when]").textContent = m.when;
    item.querySelector("[data-field=body]").textContent = m.body;
    var flag = item.querySelector("[data-field=unverified]");
    if (flag && !m.unverified) flag.remove();
    list.appendChild(item);
    var empty = document.querySelector("[data-live-empty]");
    if (empty) empty.remove();
  }

  var stream = new EventSource(attr("data-live-stream"));
  stream.addEventListener("open", function () { say(attr("data-live-on")); });
  stream.addEventListener("error", function () {
    if (stream.readyState === EventSource.CLOSED) say(attr("data-live-off"));
  });
  // The last message this page has shown, so a reply written after it is not held back.
  var seenId = document.querySelector("[data-live-seen-id]");
  stream.addEventListener("message", function (e) {
    var m = JSON.parse(e.data);
    if (!thread) { refresh(); return; }
    if (m.thread !== thread) return;
    addMessage(m);
    if (seenId && e.lastEventId) seenId.value = e.lastEventId;
    if (typingBox && m.author !== attr("data-live-me")) typingBox.textContent = "";
    if (m.author === "staff" && attr("data-live-read")) { unread = true; markRead(); }
    if (seenBox && m.author === "staff") seenBox.textContent = "";
  });
  // Too far behind to be sent what was missed: draw the page afresh.
  stream.addEventListener("reset", function () {
    if (thread) window.location.reload(); else refresh();
  });
  stream.addEventListener("conversation", function (e) {
    var m = JSON.parse(e.data);
    if (!thread || m.thread === thread) refresh();
  });
  stream.addEventListener("read", function (e) {
    var m = JSON.parse(e.data);
    if (seenBox && m.thread === thread) seenBox.textContent = m.text;
  });
  stream.addEventListener("typing", function (e) {
    var m = JSON.parse(e.data);
    if (!typingBox || m.thread !== thread) return;
    typingBox.textContent = m.text;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typingBox.textContent = ""; }, m.ms);
  });
  document.addEventListener("visibilitychange", markRead);

  // Typing notices: at most one every few seconds while the writer types.
  var box = document.querySelector("[data-live-typing-from]");
  var lastTyped = 0;
  if (box) {
    box.addEventListener("input", function () {
      var now = Date.now();
      if (now - lastTyped < 3000) return;
      lastTyped = now;
      post(attr("data-live-typing-url"));
    });
  }
})();
