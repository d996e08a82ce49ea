// Keeps navigation cost independent of deck size. reveal.js visits every <section> on each move
// (classes, hidden flags, fragment queries, media unloading; reveal.js issue 2530), and the
// browser restyles each one. Podium parks the *content* of slides far from the current one in a
// detached DocumentFragment: the <section> elements stay (so counts, numbers, the hash and the
// progress bar are exact), but they are empty, so each visit is cheap. Content comes back before
// it can be seen: a window around the current slide, both ends of the deck (Home/End), and a wider
// window while the overview is open. Never used for print, where every slide must be laid out.
(function () {
  'use strict';

  var RADIUS = 4;          // slides kept live on each side of the current one
  var OVERVIEW_RADIUS = 12; // the overview shows more thumbnails around the current slide
  var ENDS = 3;            // first and last slides stay live for Home/End

  function PodiumVirtual(Reveal) {
    this.Reveal = Reveal;
    this.slides = Reveal.getSlides();
    this.indexOf = new Map();
    this.parked = new Map();
    this.live = new Set();
    for (var i = 0; i < this.slides.length; i++) this.indexOf.set(this.slides[i], i);
  }

  PodiumVirtual.prototype.keep = function (i) {
    var n = this.slides.length;
    return i < ENDS || i >= n - ENDS;
  };

  PodiumVirtual.prototype.park = function (i) {
    var section = this.slides[i];
    if (this.parked.has(section) || section.classList.contains('present')) return;
    var fragment = document.createDocumentFragment();
    while (section.firstChild) fragment.appendChild(section.firstChild);
    this.parked.set(section, fragment);
    this.live.delete(i);
  };

  // Content returns with the fragment state reveal.js gives slides on that side of the current one.
  PodiumVirtual.prototype.restore = function (i, current) {
    var section = this.slides[i];
    var fragment = this.parked.get(section);
    this.live.add(i);
    if (!fragment) return false;
    this.parked.delete(section);
    var steps = fragment.querySelectorAll('.fragment');
    for (var k = 0; k < steps.length; k++) {
      if (i < current) steps[k].classList.add('visible');
      else if (i > current) steps[k].classList.remove('visible', 'current-fragment');
    }
    section.appendChild(fragment);
    return true;
  };

  /** Everything live around the current slide, everything far parked. O(radius), not O(deck). */
  PodiumVirtual.prototype.update = function () {
    var current = this.indexOf.get(this.Reveal.getCurrentSlide());
    if (current === undefined) return;
    var radius = this.Reveal.isOverview() ? OVERVIEW_RADIUS : RADIUS;
    var from = Math.max(0, current - radius);
    var to = Math.min(this.slides.length - 1, current + radius);
    var landedParked = false;
    for (var i = from; i <= to; i++) {
      if (this.restore(i, current) && i === current) landedParked = true;
    }
    var self = this;
    Array.from(this.live).forEach(function (j) {
      if ((j < from - 2 || j > to + 2) && !self.keep(j)) self.park(j);
    });
    // A long jump (typed slide number, hash) landed on parked content: let reveal re-read it.
    if (landedParked) this.Reveal.syncFragments(this.slides[current]);
  };

  /** Parks every slide outside the live window; run once, after reveal.js is ready. */
  PodiumVirtual.prototype.start = function () {
    var self = this;
    for (var i = 0; i < this.slides.length; i++) this.live.add(i);
    this.update();
    var current = this.indexOf.get(this.Reveal.getCurrentSlide()) || 0;
    for (var j = 0; j < this.slides.length; j++) {
      if (Math.abs(j - current) > RADIUS + 2 && !this.keep(j)) this.park(j);
    }
    ['slidechanged', 'overviewshown', 'overviewhidden'].forEach(function (name) {
      self.Reveal.on(name, function () { self.update(); });
    });
  };

  window.PodiumVirtual = PodiumVirtual;
})();
