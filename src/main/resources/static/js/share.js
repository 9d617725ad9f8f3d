// "Copy link" on article pages (an external file: the CSP forbids inline scripts).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-url]');
  if (!button) {
    return;
  }
  var url = button.getAttribute('data-copy-url');
  var status = button.parentElement.querySelector('.copy-status');
  function done() {
    if (status) {
      status.textContent = status.getAttribute('data-copied');
    }
  }
  function fallback() {
    var field = document.createElement('textarea');
    field.value = url;
    field.setAttribute('readonly', '');
    field.style.position = 'absolute';
    field.style.left = '-9999px';
    document.body.appendChild(field);
    field.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(field);
    done();
  }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(url).then(done, fallback);
  } else {
    fallback();
  }
});
