// Messages between the audience window and the speaker view. Only small validated records cross
// (slide indices, a command name from a fixed list): never HTML and never code, so a deck cannot
// smuggle markup from one window into the other. postMessage works between file:// pages in
// every browser (BroadcastChannel does not: file:// origins are opaque), with targetOrigin '*'
// because a file:// origin serialises as "null"; the receiver checks event.source instead.
(function () {
  'use strict';
  var COMMANDS = ['next', 'prev', 'left', 'right', 'up', 'down', 'first', 'last', 'pause', 'overview'];

  function isIndex(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= -1 && value < 1e6;
  }

  /** A clean copy of a message, or null when it is not one of ours. */
  function read(data) {
    if (!data || typeof data !== 'object' || data.podium !== 1) return null;
    switch (data.type) {
      case 'hello':
      case 'bye':
        return { type: data.type };
      case 'state':
        if (!isIndex(data.h) || !isIndex(data.v) || !isIndex(data.f)) return null;
        return { type: 'state', h: data.h, v: data.v, f: data.f, paused: data.paused === true, overview: data.overview === true };
      case 'command':
        return COMMANDS.indexOf(data.command) === -1 ? null : { type: 'command', command: data.command };
      case 'goto':
        if (!isIndex(data.h) || !isIndex(data.v)) return null;
        return { type: 'goto', h: data.h, v: data.v };
      default:
        return null;
    }
  }

  function send(target, message) {
    if (!target || target.closed) return;
    var out = { podium: 1 };
    for (var key in message) if (Object.prototype.hasOwnProperty.call(message, key)) out[key] = message[key];
    target.postMessage(out, '*');
  }

  /** Calls handler(message) for valid messages from `source()` only. */
  function listen(source, handler) {
    window.addEventListener('message', function (event) {
      var expected = source();
      if (!expected || event.source !== expected) return;
      var message = read(event.data);
      if (message) handler(message);
    });
  }

  window.PodiumChannel = { read: read, send: send, listen: listen, COMMANDS: COMMANDS.slice() };
})();
