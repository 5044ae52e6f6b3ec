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

  // Upload forms with data-upload-progress: sent with XMLHttpRequest so that a <progress> shows how far the files
  // are; the answer (the page the server redirects to) replaces the form's card. Without JavaScript the form posts.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute || !form.hasAttribute('data-upload-progress') || typeof FormData === 'undefined') {
      return;
    }
    var card = form.closest('[id]');
    var bar = form.querySelector('.upload-progress');
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (bar && e.lengthComputable) {
        bar.hidden = false;
        bar.value = Math.round(e.loaded * 100 / e.total);
      }
    });
    xhr.addEventListener('load', function () {
      var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var fresh = card && page.getElementById(card.id);
      if (fresh) {
        card.replaceWith(fresh);
        var status = fresh.querySelector('[role=status], [role=alert]');
        if (status) {
          status.setAttribute('tabindex', '-1');
          status.focus();
        }
      }
      else {
        window.location.reload();
      }
    });
    xhr.addEventListener('error', function () {
      if (bar) {
        bar.hidden = true;
      }
      window.alert('上传中断，请检查网络后重试');
    });
    xhr.send(new FormData(form));
  });

  // 常用语: a select with data-insert-into="ID" adds the chosen template's text to the textarea ID (the responder then
  // edits it). Shown only with JavaScript (the wrapper is hidden otherwise).
  document.querySelectorAll('[data-template-pick]').forEach(function (wrapper) {
    wrapper.hidden = false;
  });
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (!select.matches || !select.matches('select[data-insert-into]') || !select.value) {
      return;
    }
    var target = document.getElementById(select.getAttribute('data-insert-into'));
    if (target) {
      target.value = target.value ? target.value + '\n' + select.value : select.value;
      target.focus();
    }
    select.value = '';
  });
})();
