// Roadmap pages: confirm before deleting an item (the CSP forbids inline handlers, so it is wired here).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// Upload progress of the Excel import (htmx reports it from the XHR).
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('import-progress');
  var label = document.getElementById('import-progress-label');
  if (!bar || !event.detail.lengthComputable) {
    return;
  }
  bar.hidden = false;
  if (label) {
    label.hidden = false;
  }
  bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
});
// "Another file is being read" comes with 429 and the message in the result: show it like any other result.
document.addEventListener('htmx:beforeSwap', function (event) {
  if (event.detail.xhr.status === 429 && event.detail.target && event.detail.target.id === 'import-result') {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
document.addEventListener('htmx:afterRequest', function () {
  var bar = document.getElementById('import-progress');
  var label = document.getElementById('import-progress-label');
  if (bar) {
    bar.hidden = true;
  }
  if (label) {
    label.hidden = true;
  }
});
