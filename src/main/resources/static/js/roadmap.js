// Roadmap pages: confirm before deleting an item (the CSP forbids inline handlers, so it is wired here).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.matches && form.matches('form[data-confirm]') && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});
