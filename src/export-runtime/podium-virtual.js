// Keeps navigation cost independent of deck size. reveal.js visits every <section> on each move
// (classes, hidden flags, fragment queries, media unloading; reveal.js issue 2530), and the
// browser restyles each one. Podium parks the *content* of slides far from the current one in a
// detached DocumentFragment: the <section> elements stay (so counts, numbers, the hash and the
// progress bar are exact), but they are empty, so each visit is cheap. Content comes back before
// it can be seen: a window around the current slide, both ends of the deck (Home/End), and a wider
// window while the overview is open. Never used for print, where every slide must be laid out.
(function () {
  'use strict';

  var RADIUS = 4;           // slides kept live on each side of the current one
  var OVERVIEW_RADIUS = 12; // the overview shows more thumbnails around the current slide
  var ENDS = 3;             // first and last slides stay live for Home/End

  function createVirtualDeck(Reveal) {
    var slides = Reveal.getSlides();
    var indexOf = new Map();
    var parked = new Map();
    var live = new Set();
    slides.forEach(function (slide, i) { indexOf.set(slide, i); });

    function pinned(i) { return i < ENDS || i >= slides.length - ENDS; }

    function park(i) {
      var section = slides[i];
      if (parked.has(section) || section.classList.contains('present')) return;
      var fragment = document.createDocumentFragment();
      while (section.firstChild) fragment.appendChild(section.firstChild);
      parked.set(section, fragment);
      live.delete(i);
    }

    // Content returns with the fragment state reveal.js gives slides on that side of the current one.
    function restore(i, current) {
      var section = slides[i];
      var fragment = parked.get(section);
      live.add(i);
      if (!fragment) return false;
      parked.delete(section);
      var steps = fragment.querySelectorAll('.fragment');
      for (var k = 0; k < steps.length; k++) {
        if (i < current) steps[k].classList.add('visible');
        else if (i > current) steps[k].classList.remove('visible', 'current-fragment');
      }
      section.appendChild(fragment);
      return true;
    }

    /** Everything live around the current slide, everything far parked: O(radius), not O(deck). */
    function update() {
      var current = indexOf.get(Reveal.getCurrentSlide());
      if (current === undefined) return;
      var radius = Reveal.isOverview() ? OVERVIEW_RADIUS : RADIUS;
      var from = Math.max(0, current - radius);
      var to = Math.min(slides.length - 1, current + radius);
      var landedParked = false;
      for (var i = from; i <= to; i++) {
        if (restore(i, current) && i === current) landedParked = true;
      }
      Array.from(live).forEach(function (j) {
        if ((j < from - 2 || j > to + 2) && !pinned(j)) park(j);
      });
      // A long jump (typed slide number, hash) landed on parked content: let reveal re-read it.
      if (landedParked) Reveal.syncFragments(slides[current]);
    }

    /** Parks every slide outside the live window; run once, after reveal.js is ready. */
    function start() {
      slides.forEach(function (_slide, i) { live.add(i); });
      update();
      ['slidechanged', 'overviewshown', 'overviewhidden'].forEach(function (name) { Reveal.on(name, update); });
    }

    return { start: start, update: update, parkedCount: function () { return parked.size; } };
  }

  window.PodiumVirtual = { create: createVirtualDeck };
})();
