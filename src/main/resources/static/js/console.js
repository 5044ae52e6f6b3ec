// GovSite console behaviour (external file: the CSP forbids inline scripts).
// Buttons or links with data-dialog="ID" open the <dialog id="ID"> modally; elements with data-dialog-close close
// the dialog they sit in. Without JavaScript the links lead to a page with the same form.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-dialog]');
    if (opener) {
      var dialog = document.getElementById(opener.getAttribute('data-dialog'));
      if (dialog && typeof dialog.showModal === 'function') {
        event.preventDefault();
        dialog.showModal();
        var first = dialog.querySelector('textarea, input:not([type=hidden]), select');
        if (first) {
          first.focus();
        }
      }
      return;
    }
    var closer = event.target.closest('[data-dialog-close]');
    if (closer) {
      var open = closer.closest('dialog');
      if (open) {
        event.preventDefault();
        open.close();
      }
    }
  });

  // Confirm destructive actions: forms with data-confirm="question".
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
