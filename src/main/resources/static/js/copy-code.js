// Copy buttons on public pages (external file: the CSP forbids inline scripts). A button with data-copy="ID" copies
// the text of the element ID and says so in its live region; without JavaScript (or clipboard access) it stays hidden
// and the code is selectable as text.
(function () {
  'use strict';
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      var said = document.getElementById(button.getAttribute('data-copy-status'));
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (said) {
          said.textContent = '已复制查询码';
        }
      }, function () {
        if (said) {
          said.textContent = '无法自动复制，请手动选中查询码';
        }
      });
    });
  });
})();
