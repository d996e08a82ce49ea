// Podium boot (runs in <head>, before the slides are parsed). Decides which view this page is:
// the audience presentation, the speaker view (`?speaker`), or print (`?print-pdf`), and marks
// <html> so CSS can lay it out without a flash. In the speaker view the deck's own media must never
// play (reveal.js issue 2936: audio heard two or three times), so every <video>/<audio> is muted
// and stripped of autoplay as the parser creates it, before it can start.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var mode = params.has('speaker') ? 'speaker' : /print-pdf/i.test(window.location.search) ? 'print' : 'present';
  document.documentElement.setAttribute('data-podium-mode', mode);
  window.PodiumMode = mode;
  if (mode !== 'speaker') return;

  function silence(media) {
    media.removeAttribute('autoplay');
    media.removeAttribute('data-autoplay');
    media.muted = true;
    media.defaultMuted = true;
    media.preload = 'none';
    try { media.pause(); } catch { /* not loaded yet */ }
  }
  function silenceAll(root) {
    if (root.nodeType !== 1) return;
    if (root.matches('video, audio')) silence(root);
    var found = root.querySelectorAll('video, audio');
    for (var i = 0; i < found.length; i++) silence(found[i]);
  }
  var observer = new MutationObserver(function (records) {
    for (var r = 0; r < records.length; r++) {
      var added = records[r].addedNodes;
      for (var n = 0; n < added.length; n++) silenceAll(added[n]);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () { silenceAll(document.documentElement); });
  // Any media event that still fires (e.g. play() from elsewhere): stop it at once.
  document.addEventListener('play', function (event) {
    var target = event.target;
    if (target && target.closest && !target.closest('.podium-allow-play')) silence(target);
  }, true);
})();
