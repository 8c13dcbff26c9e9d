// Drag and drop for the upload form: dropped files go into the plain file input, then the form is sent.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("files");
  if (!zone || !input) return;
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) {
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    input.files = e.dataTransfer.files;
    input.form.submit();
  });
});
