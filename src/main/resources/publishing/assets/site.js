/* GovSite public pages: ageing-friendly mode (长者模式) and the self-hosted visit beacon. No third parties. */
(function () {
  'use strict';
  var KEY = 'govsite-elder';
  var root = document.documentElement;
  root.classList.add('js');
  try {
    if (window.localStorage.getItem(KEY) === '1') {
      root.classList.add('elder');
    }
  } catch (e) { /* storage unavailable: default mode */ }

  function sync(button) {
    button.setAttribute('aria-pressed', root.classList.contains('elder') ? 'true' : 'false');
  }

  function beacon() {
    var body = document.body;
    if (!body || body.getAttribute('data-beacon') !== 'true' || !window.fetch) {
      return;
    }
    if (navigator.doNotTrack === '1' || window.doNotTrack === '1' || navigator.globalPrivacyControl === true) {
      return;
    }
    var url = '/public/beacon?site=' + encodeURIComponent(body.getAttribute('data-site') || '') +
      '&path=' + encodeURIComponent(window.location.pathname);
    window.fetch(url, { method: 'GET', credentials: 'omit', cache: 'no-store', keepalive: true })['catch'](function () {});
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('elder-toggle');
    if (button) {
      sync(button);
      button.addEventListener('click', function () {
        root.classList.toggle('elder');
        try {
          window.localStorage.setItem(KEY, root.classList.contains('elder') ? '1' : '0');
        } catch (e) { /* not persisted */ }
        sync(button);
      });
    }
    var menu = document.getElementById('menu-toggle');
    if (menu) {
      menu.addEventListener('click', function () {
        var header = menu.closest('.identity');
        var open = !header.classList.contains('menu-open');
        header.classList.toggle('menu-open', open);
        menu.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    }
    beacon();
  });
}());
