/* global window */
/**
 * google.script.run and google.script.host as Google gives them to a dialog
 * or sidebar, for the browser tests. Before this script runs, the harness
 * sets window.__gasFunctions (the bundle's top-level functions) and exposes
 * window.__gasCall(name, argsJson), which runs the real server function in
 * the emulator. As with Google:
 * - a runner is immutable: withSuccessHandler, withFailureHandler and
 *   withUserObject each return a new runner carrying the setting;
 * - calling a function returns nothing at once; a handler runs later;
 * - an argument holding a Date, a function, a DOM node or any other
 *   non-plain object, or undefined inside an array, fails the call;
 * - what reaches the server, and what comes back, is a JSON copy.
 * A failed call without a failure handler is logged as an error and kept in
 * window.__gasUnhandled, so that a test can insist there were none.
 */
(() => {
  const names = window.__gasFunctions || [];
  window.__gasUnhandled = [];
  window.__gasPending = 0;
  window.__gasClosed = false;

  /** The path of the first value Google would refuse, or null. */
  function illegalPath(value, path, inArray) {
    if (value === undefined) return inArray ? path : null;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
    if (typeof value === 'number') return null;
    if (typeof value !== 'object') return path;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const found = illegalPath(value[index], path === '' ? String(index) : `${path}.${index}`, true);
        if (found !== null) return found;
      }
      return null;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype) return path;
    for (const key of Object.keys(value)) {
      const found = illegalPath(value[key], path === '' ? key : `${path}.${key}`, false);
      if (found !== null) return found;
    }
    return null;
  }

  function runner(success, failure, userObject) {
    const self = {
      withSuccessHandler: (handler) => runner(handler, failure, userObject),
      withFailureHandler: (handler) => runner(success, handler, userObject),
      withUserObject: (object) => runner(success, failure, object),
    };
    const fail = (error) => {
      if (failure) failure(error, userObject);
      else {
        window.__gasUnhandled.push(error.message);
        console.error(`Uncaught (google.script.run) ${error.message}`);
      }
    };
    for (const name of names) {
      self[name] = (...args) => {
        const bad = illegalPath(args, '', true);
        window.__gasPending++;
        const reply = bad !== null
          ? Promise.resolve({ ok: false, message: `Failed due to illegal value in property: ${bad}` })
          : window.__gasCall(name, JSON.stringify(args));
        reply.then((result) => {
          window.__gasPending--;
          if (!result.ok) fail(new Error(result.message));
          else if (success) success(result.json === null ? undefined : JSON.parse(result.json), userObject);
        });
      };
    }
    return Object.freeze(self);
  }

  window.google = Object.freeze({
    script: Object.freeze({
      run: runner(null, null, undefined),
      host: Object.freeze({
        origin: 'https://docs.google.com',
        close: () => { window.__gasClosed = true; },
        setHeight: () => {},
        setWidth: () => {},
        editor: Object.freeze({ focus: () => {} }),
      }),
    }),
  });
})();
