// Podium presentation runtime for exported decks: configures reveal.js for a projector and a
// clicker, and opens Podium's own speaker view with `S`. Plain browser JavaScript, no build step:
// exports copy this file next to reveal.js's dist files (or inline it in single-file exports).
(function () {
  'use strict';
  if (window.PodiumMode === 'speaker') return;
  var Reveal = window.Reveal;
  var channel = window.PodiumChannel;
  var params = new URLSearchParams(window.location.search);
  var print = window.PodiumMode === 'print';
  var speakerWindow = null;

  function readConfig() {
    var node = document.getElementById('podium-config');
    try { return node ? JSON.parse(node.textContent || '{}') : {}; } catch { return {}; }
  }
  var config = readConfig();

  // Printing: reveal lays out every slide on its own page; notes only when asked (?showNotes=true
  // or ?showNotes=separate-page), fragments collapsed to one page per slide.
  var showNotes = params.get('showNotes');
  var notes = showNotes === 'separate-page' ? 'separate-page' : showNotes === 'true' || showNotes === '1';

  function speakerUrl() {
    var url = new URL(window.location.href);
    url.search = '?speaker';
    return url.href;
  }

  // Long decks play through a window of slides (podium-window.js); print lays out every slide.
  var windowed = !print && window.PodiumWindow ? window.PodiumWindow.create(document.querySelector('.reveal > .slides')) : null;
  var wanted = windowed ? windowed.prepare() : null;

  function state() {
    var indices = windowed ? windowed.indices() : Reveal.getIndices();
    return {
      type: 'state', h: indices.h || 0, v: indices.v || 0,
      f: typeof indices.f === 'number' ? indices.f : -1,
      paused: Reveal.isPaused(), overview: Reveal.isOverview(),
    };
  }

  function publish() {
    if (speakerWindow && !speakerWindow.closed) channel.send(speakerWindow, state());
  }

  function openSpeakerView() {
    if (speakerWindow && !speakerWindow.closed) { speakerWindow.focus(); publish(); return; }
    speakerWindow = window.open(speakerUrl(), 'podium-speaker-view', 'popup,width=1280,height=800');
  }

  var COMMANDS = {
    next: function () { Reveal.next(); },
    prev: function () { Reveal.prev(); },
    left: function () { Reveal.left(); },
    right: function () { Reveal.right(); },
    up: function () { Reveal.up(); },
    down: function () { Reveal.down(); },
    first: function () { if (windowed) windowed.go(0, 0); else Reveal.slide(0, 0); },
    last: function () { if (windowed) windowed.go(Number.MAX_SAFE_INTEGER, 0); else Reveal.slide(Number.MAX_SAFE_INTEGER); },
    pause: function () { Reveal.togglePause(); },
    overview: function () { Reveal.toggleOverview(); },
  };

  channel.listen(function () { return speakerWindow; }, function (message) {
    if (message.type === 'hello') publish();
    else if (message.type === 'command') COMMANDS[message.command]();
    else if (message.type === 'goto') { if (windowed) windowed.go(message.h, message.v); else Reveal.slide(message.h, message.v); }
  });
  window.addEventListener('beforeunload', function () { if (speakerWindow) channel.send(speakerWindow, { type: 'bye' }); });

  var options = {
    width: 1280,
    height: 720,
    margin: 0.05,
    hash: true,
    history: false,
    controls: true,
    controlsTutorial: false,
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: print ? 'print' : 'all',
    center: true,
    keyboard: true,
    overview: true,
    help: true,
    transition: config.transition || 'slide',
    transitionSpeed: 'fast',
    backgroundTransition: 'fade',
    // Only neighbours are laid out and their media loaded.
    viewDistance: 2,
    mobileViewDistance: 2,
    preloadIframes: false,
    autoPlayMedia: null,
    hideInactiveCursor: true,
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    showNotes: print ? notes : false,
    plugins: [],
  };
  if (windowed) { var overrides = windowed.options(); for (var key in overrides) options[key] = overrides[key]; }

  Reveal.initialize(options).then(function () {
    if (windowed) windowed.start(Reveal, wanted);
    Reveal.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker view (notes, timer, next slide)' }, openSpeakerView);
    ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed', 'overviewshown', 'overviewhidden']
      .forEach(function (name) { Reveal.on(name, publish); });
    document.documentElement.setAttribute('data-podium-ready', 'true');
  });

  window.Podium = {
    openSpeakerView: openSpeakerView,
    config: config,
    /** Position and size over the whole deck (reveal.js sees only the window in long decks). */
    indices: function () { return windowed ? windowed.indices() : Reveal.getIndices(); },
    totalSlides: function () { return windowed ? windowed.total() : Reveal.getTotalSlides(); },
  };
})();
