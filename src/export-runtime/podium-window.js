// Keeps navigation cost independent of deck size. reveal.js visits every <section> (and every
// slide background) on each move: classes, hidden flags, fragment queries, a forced layout; with
// 1000 slides that is tens to hundreds of milliseconds per key press (reveal.js issue 2530).
// Long decks therefore play through a window: only the horizontal slides around the current one
// are in the document; the rest wait, detached, in order. reveal.js sees a short deck, so each
// move costs the same at 50 slides or 1000. Podium keeps the deck-wide parts itself: the slide
// number ("c / t" over the whole deck), the progress bar, the #/h/v address, Home/End and the
// speaker view's indices. The window moves after the new slide is painted, so a key press never
// waits for it; reveal.js then re-announces the same slide (a 'slidechanged' whose previousSlide
// is the currentSlide), which listeners can ignore. Print (?print-pdf) and short decks never use it.
(function () {
  'use strict';

  var BEFORE = 8;   // horizontal slides kept before the current one
  var AFTER = 8;    // and after it
  var MARGIN = 3;   // move the window when the current slide gets this close to its edge
  var MIN_SLIDES = 40;
  // reveal.js's keys for the next and previous slide (clickers send PageUp/PageDown).
  var STEP_KEYS = { ArrowRight: 1, ArrowLeft: 1, ArrowDown: 1, ArrowUp: 1, PageDown: 1, PageUp: 1, ' ': 1, n: 1, p: 1, N: 1, P: 1, h: 1, j: 1, k: 1, l: 1 };

  function childSections(section) {
    return Array.prototype.filter.call(section.children, function (c) { return c.tagName === 'SECTION'; });
  }

  /** Reads `#/h/v` as global indices (what this module writes), or null. */
  function readHash() {
    var match = /^#\/(\d+)(?:\/(\d+))?/.exec(window.location.hash);
    return match ? { h: parseInt(match[1], 10), v: match[2] ? parseInt(match[2], 10) : 0 } : null;
  }

  function create(slidesElement) {
    var all = childSections(slidesElement);
    var n = all.length;
    var start = 0;
    var end = n;
    var Reveal = null;
    var moving = false;
    var globalOf = new Map();
    var numberOf = new Map();
    var total = 0;
    all.forEach(function (section, h) {
      globalOf.set(section, h);
      var stack = childSections(section);
      if (stack.length) stack.forEach(function (child) { numberOf.set(child, ++total); });
      else numberOf.set(section, ++total);
    });
    var progress = null;

    /** Puts exactly the slides [from, to) in the document, in order. */
    function setRange(from, to) {
      if (from >= end || to <= start) {
        for (var i = start; i < end; i++) all[i].remove();
        var fresh = document.createDocumentFragment();
        for (var j = from; j < to; j++) fresh.appendChild(all[j]);
        slidesElement.appendChild(fresh);
      } else {
        for (var a = start; a < from; a++) all[a].remove();
        for (var b = to; b < end; b++) all[b].remove();
        if (from < start) {
          var before = document.createDocumentFragment();
          for (var c = from; c < start; c++) before.appendChild(all[c]);
          slidesElement.insertBefore(before, slidesElement.firstChild);
        }
        if (to > end) {
          var after = document.createDocumentFragment();
          for (var d = end; d < to; d++) after.appendChild(all[d]);
          slidesElement.appendChild(after);
        }
      }
      start = from;
      end = to;
    }

    function rangeAround(h) {
      return [Math.max(0, h - BEFORE), Math.min(n, h + AFTER + 1)];
    }

    function currentTop() {
      var slide = Reveal.getCurrentSlide();
      if (!slide) return null;
      return slide.parentNode && slide.parentNode.tagName === 'SECTION' ? slide.parentNode : slide;
    }

    /** The current position over the whole deck. */
    function indices() {
      var local = Reveal.getIndices();
      var top = currentTop();
      var h = top && globalOf.has(top) ? globalOf.get(top) : start + (local.h || 0);
      return { h: h, v: local.v || 0, f: local.f };
    }

    /** Shows global slide h (v): moves the window when needed, then lets reveal.js go there. */
    function go(h, v, f) {
      h = Math.max(0, Math.min(n - 1, h));
      var range = rangeAround(h);
      if (h < start + MARGIN && start > 0 || h > end - 1 - MARGIN && end < n || h < start || h >= end) {
        moving = true;
        try {
          setRange(range[0], range[1]);
          Reveal.slide(h - start, v || 0, f);
          Reveal.sync();
        } finally {
          moving = false;
        }
      } else {
        Reveal.slide(h - start, v || 0, f);
      }
    }

    function afterMove() {
      if (moving) return;
      var at = indices();
      if (progress) progress.style.transform = 'scaleX(' + (total > 1 ? (numberOf.get(Reveal.getCurrentSlide()) - 1) / (total - 1) : 1) + ')';
      // After the new slide is painted: update the address, then move the window if needed.
      requestAnimationFrame(function () {
        setTimeout(function () {
          try { history.replaceState(null, '', '#/' + at.h + (at.v ? '/' + at.v : '')); } catch { /* file:// in some browsers */ }
          var now = indices();
          if ((now.h < start + MARGIN && start > 0) || (now.h > end - 1 - MARGIN && end < n)) go(now.h, now.v, now.f);
        }, 0);
      });
    }

    return {
      /** Detaches the far slides; call before Reveal.initialize(). */
      prepare: function () {
        var wanted = readHash();
        var h = wanted ? Math.min(wanted.h, n - 1) : 0;
        var range = rangeAround(h);
        setRange(range[0], range[1]);
        return wanted;
      },
      /** reveal.js options that must describe the whole deck rather than the window. */
      options: function () {
        return {
          hash: false,
          history: false,
          respondToHashChanges: false,
          jumpToSlide: false,
          progress: false,
          slideNumber: function (slide) {
            var number = numberOf.get(slide);
            return number ? [number, '/', total] : ['', '', ''];
          },
        };
      },
      start: function (reveal, wanted) {
        Reveal = reveal;
        var root = slidesElement.parentNode;
        var bar = document.createElement('div');
        bar.className = 'progress podium-progress';
        bar.style.display = 'block';
        progress = document.createElement('span');
        bar.appendChild(progress);
        root.appendChild(bar);
        if (wanted) go(Math.min(wanted.h, n - 1), wanted.v);
        Reveal.on('slidechanged', afterMove);
        afterMove();
        window.addEventListener('hashchange', function () {
          var target = readHash();
          var at = indices();
          if (target && (target.h !== at.h || target.v !== at.v)) go(target.h, target.v);
        });
        // Home and End mean the whole deck, not the window: handled before reveal.js sees them.
        // A step key near the window's edge first moves the window (synchronously), so a clicker
        // pressed faster than frames are painted never runs into the window's last slide.
        window.addEventListener('keydown', function (event) {
          if (event.altKey || event.ctrlKey || event.metaKey) return;
          var target = event.target;
          if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
          if (STEP_KEYS[event.key]) {
            var now = indices();
            if ((now.h < start + MARGIN && start > 0) || (now.h > end - 1 - MARGIN && end < n)) go(now.h, now.v, now.f);
            return;
          }
          if (event.shiftKey || (event.key !== 'Home' && event.key !== 'End')) return;
          event.preventDefault();
          event.stopImmediatePropagation();
          go(event.key === 'Home' ? 0 : n - 1, 0);
        }, true);
      },
      indices: indices,
      go: go,
      total: function () { return total; },
      inDocument: function () { return end - start; },
    };
  }

  window.PodiumWindow = {
    /** A windowed deck for long presentations, or null when the deck is short enough as it is. */
    create: function (slidesElement) {
      return slidesElement && childSections(slidesElement).length > MIN_SLIDES ? create(slidesElement) : null;
    },
  };
})();
