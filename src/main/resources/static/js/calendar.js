// 工作日历: add and remove rows of the notice form (external file: the CSP forbids inline scripts). Without
// JavaScript the form still works: clear a row to drop it, or use the bulk textarea.
(function () {
  'use strict';

  function init() {
    var rows = document.getElementById('notice-rows');
    var template = document.getElementById('notice-row-template');
    var add = document.getElementById('add-notice-row');
    if (!rows || !template || !add) {
      return;
    }
    var counter = rows.children.length;
    add.hidden = false;
    rows.querySelectorAll('[data-remove-row]').forEach(function (button) { button.hidden = false; });

    add.addEventListener('click', function () {
      var html = template.innerHTML.replace(/__i__/g, 'n' + (counter++));
      var holder = document.createElement('div');
      holder.innerHTML = html.trim();
      var row = holder.firstElementChild;
      rows.appendChild(row);
      row.querySelector('input').focus();
    });

    rows.addEventListener('click', function (event) {
      var button = event.target.closest('[data-remove-row]');
      if (!button) {
        return;
      }
      var row = button.closest('.notice-row');
      if (rows.children.length > 1) {
        row.remove();
      } else {
        row.querySelectorAll('input').forEach(function (input) { input.value = ''; });
      }
      add.focus();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
