// The captcha's proof of work (see CaptchaWork.java): while the citizen fills in the form, find n such that
// SHA-256(token + ":" + n) starts with data-work-bits zero bits, and send token + "." + n. Nothing to see or do:
// screen-reader users meet only the question in words. Plain SHA-256 (crypto.subtle needs https, many sites are not).
(function () {
  'use strict';
  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  var W = new Array(64);

  // SHA-256 of an ASCII string; returns the first 32-bit word (enough to count up to 32 leading zero bits)
  // and the second, as an array of the eight state words.
  function sha256(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) { bytes.push(text.charCodeAt(i) & 0xff); }
    var bitLength = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) { bytes.push(0); }
    for (var s = 7; s >= 0; s--) { bytes.push(s >= 4 ? 0 : (bitLength >>> (s * 8)) & 0xff); }
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    for (var off = 0; off < bytes.length; off += 64) {
      for (var t = 0; t < 16; t++) {
        W[t] = (bytes[off + 4 * t] << 24) | (bytes[off + 4 * t + 1] << 16) | (bytes[off + 4 * t + 2] << 8) | bytes[off + 4 * t + 3];
      }
      for (t = 16; t < 64; t++) {
        var w15 = W[t - 15], w2 = W[t - 2];
        var s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
        var s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
        W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var ch = (e & f) ^ (~e & g);
        var t1 = (k + S1 + ch + K[t] + W[t]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var maj = (a & b) ^ (a & c) ^ (b & c);
        var t2 = (S0 + maj) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    return h;
  }

  function leadingZeroBits(h) {
    if (h[0] !== 0) { return Math.clz32(h[0]); }
    return 32 + Math.clz32(h[1]);
  }

  function work(input) {
    var bits = parseInt(input.getAttribute('data-work-bits'), 10);
    var token = input.value;
    var state = { done: !(bits > 0) || token.split('.').length === 4, waiting: [] };
    var n = 0;
    function round() {
      var until = n + 4000;
      for (; n < until; n++) {
        if (leadingZeroBits(sha256(token + ':' + n)) >= bits) {
          input.value = token + '.' + n;
          state.done = true;
          state.waiting.forEach(function (resume) { resume(); });
          return;
        }
      }
      setTimeout(round, 0);
    }
    if (!state.done) { setTimeout(round, 0); }
    return state;
  }

  document.querySelectorAll('input[name="captchaToken"][data-work-bits]').forEach(function (input) {
    var state = work(input);
    var form = input.form;
    if (!form) { return; }
    form.addEventListener('submit', function (event) {
      if (state.done) { return; }
      event.preventDefault();
      var button = event.submitter;
      if (button) { button.disabled = true; }
      state.waiting.push(function () {
        if (button) { button.disabled = false; }
        if (form.requestSubmit) { form.requestSubmit(button || undefined); } else { form.submit(); }
      });
    });
  });
})();
