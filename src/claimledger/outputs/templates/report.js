// claimledger report: open every folded section for printing; flash the ledger row a claim jumps to;
// show only contested figures on request. No network, no external code.
(function () {
  "use strict";
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.setAttribute("open", ""); });
  });
  function flash(id) {
    var el = id && document.getElementById(id);
    if (!el) { return; }
    el.classList.remove("flash");
    void el.offsetWidth;
    el.classList.add("flash");
  }
  window.addEventListener("hashchange", function () { flash(decodeURIComponent(location.hash.slice(1))); });
  var toggle = document.getElementById("contested-only");
  if (toggle) {
    toggle.addEventListener("change", function () {
      document.body.classList.toggle("contested-only", toggle.checked);
    });
  }
})();
