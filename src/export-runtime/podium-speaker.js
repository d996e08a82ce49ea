// Podium speaker view: the same exported page opened with `?speaker` (by `S` in the audience
// window). It never starts reveal.js: it reads the slides already in this document (sanitised by
// the engine at export time), shows the current slide, the next one and the notes, and follows the
// audience window through validated index messages (podium-channel.js). Previews are DOM clones
// with every media element muted, paused and never autoplayed; notes are cloned nodes, never
// HTML strings, so nothing is re-parsed and nothing can run.
(function () {
  'use strict';
  if (window.PodiumMode !== 'speaker') return;
  var channel = window.PodiumChannel;
  var audience = window.opener || null;
  var config = (function () {
    var node = document.getElementById('podium-config');
    try { return node ? JSON.parse(node.textContent || '{}') : {}; } catch { return {}; }
  })();

  // ---- The deck as a flat list of slides in reading order -----------------------------------
  var slides = [];
  var byIndex = {};
  Array.prototype.forEach.call(document.querySelectorAll('.reveal > .slides > section'), function (top, h) {
    var stack = Array.prototype.filter.call(top.children, function (c) { return c.tagName === 'SECTION'; });
    (stack.length ? stack : [top]).forEach(function (section, v) {
      byIndex[h + ':' + v] = slides.length;
      slides.push({ h: h, v: v, section: section, stack: stack.length ? top : null });
    });
  });

  function minutesOf(slide) {
    var own = parseFloat(slide.section.getAttribute('data-minutes'));
    if (isFinite(own) && own >= 0) return own;
    return NaN;
  }

  // Planned start (minutes) of every slide: data-minutes where given, the rest of the deck's
  // duration shared evenly among slides without one.
  var plannedStart = (function () {
    var minutes = slides.map(minutesOf);
    var known = minutes.filter(isFinite);
    var duration = typeof config.duration === 'number' ? config.duration : NaN;
    var missing = minutes.length - known.length;
    var rest = isFinite(duration) ? Math.max(0, duration - known.reduce(function (a, b) { return a + b; }, 0)) : 0;
    var share = missing > 0 ? rest / missing : 0;
    if (!known.length && !isFinite(duration)) return null;
    var starts = [];
    var t = 0;
    minutes.forEach(function (m) { starts.push(t); t += isFinite(m) ? m : share; });
    starts.push(t);
    return starts;
  })();

  // ---- Building blocks -----------------------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function silence(root) {
    Array.prototype.forEach.call(root.querySelectorAll('video, audio'), function (media) {
      media.removeAttribute('autoplay');
      media.removeAttribute('data-autoplay');
      media.removeAttribute('controls');
      media.muted = true;
      media.preload = 'none';
    });
    // Frames never load in a preview (the CSP forbids them anyway).
    Array.prototype.forEach.call(root.querySelectorAll('iframe, object, embed'), function (n) { n.remove(); });
  }

  function cssUrl(value) {
    return 'url("' + String(value).replace(/["\\\n\r\f]/g, function (c) { return '\\' + c.charCodeAt(0).toString(16) + ' '; }) + '")';
  }

  var ui = {};
  function build() {
    var root = document.getElementById('podium-speaker');
    root.hidden = false;
    root.setAttribute('role', 'application');
    root.setAttribute('aria-label', 'Speaker view');
    var top = el('header', 'ps-bar');
    ui.title = el('h1', 'ps-title', config.title || document.title);
    ui.position = el('span', 'ps-position');
    ui.status = el('span', 'ps-status');
    top.append(ui.title, ui.position, ui.status);

    var timers = el('div', 'ps-timers');
    ui.elapsed = el('span', 'ps-elapsed', '0:00');
    ui.elapsed.setAttribute('aria-label', 'Elapsed time');
    ui.pace = el('span', 'ps-pace');
    ui.clock = el('span', 'ps-clock');
    ui.clock.setAttribute('aria-label', 'Clock');
    ui.pauseButton = el('button', 'ps-button', 'Pause timer');
    ui.resetButton = el('button', 'ps-button', 'Reset timer');
    ui.pauseButton.type = ui.resetButton.type = 'button';
    timers.append(ui.elapsed, ui.pace, ui.clock, ui.pauseButton, ui.resetButton);

    var current = el('section', 'ps-current');
    current.append(el('h2', 'ps-label', 'Now'));
    ui.current = el('div', 'ps-stage');
    current.append(ui.current);
    var next = el('section', 'ps-next');
    ui.nextLabel = el('h2', 'ps-label', 'Next');
    ui.next = el('div', 'ps-stage');
    next.append(ui.nextLabel, ui.next);
    var notes = el('section', 'ps-notes');
    notes.append(el('h2', 'ps-label', 'Notes'));
    ui.notes = el('div', 'ps-notes-body');
    ui.notes.setAttribute('aria-live', 'polite');
    notes.append(ui.notes);
    var keys = el('footer', 'ps-keys', 'Keys here drive the presentation: \u2190 \u2192 Space PageUp PageDown Home End, B black screen, O overview.');
    root.append(top, timers, current, next, notes, keys);
    document.title = 'Speaker view: ' + (config.title || document.title);
  }

  function stage(container, slide, fragmentIndex) {
    container.textContent = '';
    if (!slide) { container.append(el('p', 'ps-end', 'End of presentation')); return; }
    var frame = el('div', 'reveal ps-preview');
    var holder = el('div', 'slides');
    var clone = slide.section.cloneNode(true);
    Array.prototype.forEach.call(clone.querySelectorAll('aside.notes, section'), function (n) { n.remove(); });
    clone.removeAttribute('id');
    clone.removeAttribute('hidden');
    clone.className += ' present';
    silence(clone);
    var fragments = clone.querySelectorAll('.fragment');
    Array.prototype.forEach.call(fragments, function (fragment, i) {
      var index = fragment.hasAttribute('data-fragment-index') ? parseInt(fragment.getAttribute('data-fragment-index'), 10) : i;
      if (fragmentIndex === undefined || index <= fragmentIndex) fragment.classList.add('visible');
    });
    var bg = slide.section.getAttribute('data-background-color') || (slide.stack && slide.stack.getAttribute('data-background-color'));
    var image = slide.section.getAttribute('data-background-image');
    if (bg) frame.style.backgroundColor = bg;
    if (image) {
      frame.style.backgroundImage = cssUrl(image);
      frame.style.backgroundSize = slide.section.getAttribute('data-background-size') || 'cover';
      frame.style.backgroundPosition = 'center';
      frame.style.backgroundRepeat = 'no-repeat';
    }
    holder.append(clone);
    frame.append(holder);
    container.append(frame);
    fit(container);
  }

  // Scale the 1280x720 slide to its box; the box keeps the slide's aspect ratio.
  function fit(container) {
    var frame = container.firstElementChild;
    if (!frame || !frame.classList.contains('ps-preview')) return;
    var scale = Math.min(container.clientWidth / 1280, container.clientHeight / 720) || 0.3;
    var left = Math.max(0, (container.clientWidth - 1280 * scale) / 2);
    var top = Math.max(0, (container.clientHeight - 720 * scale) / 2);
    frame.style.transform = 'translate(' + left + 'px, ' + top + 'px) scale(' + scale + ')';
  }

  function showNotes(slide) {
    ui.notes.textContent = '';
    var aside = slide && slide.section.querySelector(':scope > aside.notes');
    if (!aside || !aside.textContent.trim()) { ui.notes.append(el('p', 'ps-muted', 'No notes for this slide.')); return; }
    Array.prototype.forEach.call(aside.childNodes, function (node) {
      var copy = node.cloneNode(true);
      if (copy.nodeType === 1) silence(copy);
      ui.notes.append(copy);
    });
    ui.notes.scrollTop = 0;
  }

  // ---- Time ----------------------------------------------------------------------------------
  var startedAt = Date.now();
  var pausedAt = null;
  var current = 0;
  var clockFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

  function elapsedMs() { return (pausedAt || Date.now()) - startedAt; }

  function formatDuration(ms) {
    var total = Math.floor(ms / 1000);
    var h = Math.floor(total / 3600);
    var m = Math.floor((total % 3600) / 60);
    var s = total % 60;
    var mm = h ? String(m).padStart(2, '0') : String(m);
    return (h ? h + ':' : '') + mm + ':' + String(s).padStart(2, '0');
  }

  function pace() {
    if (!plannedStart) return { text: 'No planned times', tone: 'none' };
    var minutes = elapsedMs() / 60000;
    var start = plannedStart[current];
    var end = plannedStart[current + 1];
    var total = plannedStart[plannedStart.length - 1];
    var plan = ' (plan ' + Math.round(total) + ' min)';
    if (minutes > end + 0.5) return { text: Math.ceil(minutes - end) + ' min behind' + plan, tone: 'behind' };
    if (minutes < start - 0.5) return { text: Math.ceil(start - minutes) + ' min ahead' + plan, tone: 'ahead' };
    return { text: 'On time' + plan, tone: 'ok' };
  }

  function tick() {
    ui.elapsed.textContent = formatDuration(elapsedMs());
    ui.clock.textContent = clockFormat.format(new Date());
    var p = pace();
    ui.pace.textContent = p.text;
    ui.pace.setAttribute('data-tone', p.tone);
  }

  // ---- Following the audience window ---------------------------------------------------------
  var lastState = null;
  function render(state) {
    lastState = state;
    var index = byIndex[state.h + ':' + state.v];
    if (index === undefined) index = 0;
    current = index;
    var slide = slides[index];
    var steps = slide.section.querySelectorAll('.fragment').length;
    stage(ui.current, slide, state.f);
    var nextStep = steps && state.f < steps - 1;
    ui.nextLabel.textContent = nextStep ? 'Next step on this slide' : 'Next';
    stage(ui.next, nextStep ? slide : slides[index + 1], nextStep ? state.f + 1 : undefined);
    showNotes(slide);
    ui.position.textContent = 'Slide ' + (index + 1) + ' of ' + slides.length + (steps ? ' \u00b7 step ' + (state.f + 1) + ' of ' + steps : '');
    ui.status.textContent = state.paused ? 'Screen is black (B to show)' : state.overview ? 'Overview' : '';
    document.documentElement.setAttribute('data-podium-slide', String(index));
    tick();
  }

  var KEYS = {
    ArrowRight: 'right', ArrowLeft: 'left', ArrowUp: 'up', ArrowDown: 'down', ' ': 'next', PageDown: 'next',
    PageUp: 'prev', Home: 'first', End: 'last', b: 'pause', B: 'pause', '.': 'pause', o: 'overview', O: 'overview', Escape: 'overview',
  };

  function start() {
    build();
    tick();
    setInterval(tick, 1000);
    ui.pauseButton.addEventListener('click', function () {
      if (pausedAt) { startedAt += Date.now() - pausedAt; pausedAt = null; ui.pauseButton.textContent = 'Pause timer'; }
      else { pausedAt = Date.now(); ui.pauseButton.textContent = 'Resume timer'; }
      tick();
    });
    ui.resetButton.addEventListener('click', function () { startedAt = Date.now(); if (pausedAt) pausedAt = startedAt; tick(); });
    document.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var command = KEYS[event.key];
      if (!command) return;
      event.preventDefault();
      if (audience && !audience.closed) channel.send(audience, { type: 'command', command: command });
    });
    window.addEventListener('resize', function () { fit(ui.current); fit(ui.next); });
    channel.listen(function () { return audience; }, function (message) {
      if (message.type === 'state') render(message);
      else if (message.type === 'bye') ui.status.textContent = 'The presentation window was closed or reloaded.';
    });
    render({ h: 0, v: 0, f: -1, paused: false, overview: false });
    if (audience) channel.send(audience, { type: 'hello' });
    else ui.status.textContent = 'Open this view with S from the presentation to follow it.';
    document.documentElement.setAttribute('data-podium-ready', 'true');
  }

  window.PodiumSpeaker = { state: function () { return lastState; }, slideCount: slides.length };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
