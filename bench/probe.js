// Injected into every benchmarked page before its own scripts (Playwright
// addInitScript), so the same measuring code runs in the app and in the
// comparison pages. Plain JavaScript on purpose: it is serialised as is.
//
// Times are performance.now() milliseconds, i.e. from navigation start.
// "Frame end" is the moment after a frame's rAF callbacks, style, layout and
// paint have run: a MessageChannel task posted from the frame's last rAF
// callback runs only after the browser has finished rendering that frame.
(() => {
  const config = window.__benchConfig || {};
  const now = () => performance.now();

  const afterRender = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(0);
  };

  // Long tasks, to catch work an implementation defers to a timer between frames.
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Not supported: gaps are then not counted.
  }
  const longTaskTimeWithin = (from, to) => {
    let total = 0;
    for (const [start, duration] of longTasks) if (start >= from && start + duration <= to) total += duration;
    return total;
  };

  // A rAF loop that knows whether we are inside a frame's rendering phase, so a
  // change seen there ends with this frame, and one seen in a task with the next.
  let inFrame = false;
  let loopUsers = 0;
  const loop = () => {
    if (loopUsers === 0) return;
    inFrame = true;
    afterRender(() => {
      inFrame = false;
    });
    requestAnimationFrame(loop);
  };
  const startLoop = () => {
    loopUsers++;
    if (loopUsers === 1) requestAnimationFrame(loop);
  };
  const stopLoop = () => {
    loopUsers = Math.max(0, loopUsers - 1);
  };

  /** Resolves with the time the frame that will show the current DOM has been rendered. */
  const frameEnd = () =>
    new Promise((resolve) => {
      if (inFrame) afterRender(() => resolve(now()));
      else requestAnimationFrame(() => afterRender(() => resolve(now())));
    });

  const COUNT = /\b(?:All\s+[\d,.\s\u00a0\u202f]+\s+events?|[\d,.\u00a0\u202f]+\s+of\s+[\d,.\u00a0\u202f]+\s+events?)\b/i;
  const countText = () => {
    for (const el of document.querySelectorAll('[role="status"], .result-count')) {
      const text = (el.textContent || '').trim();
      if (COUNT.test(text)) return text;
    }
    return null;
  };
  const allCount = () => {
    const text = countText();
    const match = text && /All\s+([\d,.\s\u00a0\u202f]+)\s+events?/i.exec(text);
    return match ? Number(match[1].replace(/[^\d]/g, '')) : null;
  };
  const visible = (el) => !!el && el.getClientRects().length > 0;

  const conditions = {
    drawn: () => !!document.querySelector(config.drawnSelector || '.vis-item') && allCount() !== null,
    panel: () => visible(document.querySelector('aside h2, [role="complementary"] h2')),
    selected: () => !!document.querySelector('.vis-item.vis-selected'),
    list: () => !!document.querySelector('main ol > li, main [role="listitem"], main [role="row"]'),
  };

  // Only a selection shows up as an attribute change; watching attributes costs more.
  const ATTRIBUTES = { selected: true, panel: true };

  /**
   * Waits until `test()` holds (checked on every DOM mutation), then until the
   * frame showing it has been rendered. Resolves with { seen, end }.
   */
  const when = (test, timeoutMs, attributes = false) =>
    new Promise((resolve, reject) => {
      startLoop();
      let done = false;
      let observer = null;
      const timer = setTimeout(() => finish(new Error(`condition not met within ${timeoutMs} ms`)), timeoutMs);
      const finish = (error, value) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (observer) observer.disconnect();
        stopLoop();
        if (error) reject(error);
        else resolve(value);
      };
      const check = () => {
        if (done || !test()) return;
        const seen = now();
        if (observer) observer.disconnect();
        frameEnd().then((end) => finish(null, { seen, end }));
      };
      observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes });
      check();
    });

  // Load: from navigation start until the timeline is drawn and the count reads "All N events".
  const load = new Promise((resolve) => {
    const start = () =>
      when(conditions.drawn, config.loadTimeoutMs || 600_000).then(
        (value) => resolve({ ...value, total: allCount(), domNodes: document.getElementsByTagName('*').length }),
        (error) => resolve({ error: String(error) }),
      );
    start();
  });

  const pending = { promise: null };

  /**
   * Arms a measurement: t0 is when the next `trigger` event (click, input,
   * pointerup…) starts being dispatched, seen by a capturing listener on window
   * that runs before any of the page's own; the end is the rendered frame in
   * which `condition` first holds. The runner then performs the real input.
   */
  const arm = (trigger, conditionName, timeoutMs = 120_000) => {
    const before = countText();
    const test = conditionName === 'count-changed' ? () => countText() !== before : conditions[conditionName];
    if (!test) throw new Error(`unknown condition ${conditionName}`);
    pending.promise = new Promise((resolve) => {
      const noInput = setTimeout(() => {
        window.removeEventListener(trigger, onTrigger, { capture: true });
        resolve({ error: `no ${trigger} event arrived` });
      }, timeoutMs);
      // Only start watching once the input has arrived, so nothing before it counts.
      const onTrigger = () => {
        clearTimeout(noInput);
        const t0 = now();
        when(test, timeoutMs, ATTRIBUTES[conditionName]).then(
          ({ seen, end }) => resolve({ t0, seen, end, ms: end - t0, count: countText() }),
          (error) => resolve({ error: String(error) }),
        );
      };
      window.addEventListener(trigger, onTrigger, { capture: true, once: true });
    });
    return before;
  };

  /** For pages without UI for an action: call a hook and time it the same way. */
  const call = async (name, args, conditionName, timeoutMs = 120_000) => {
    const before = countText();
    const test = conditionName === 'count-changed' ? () => countText() !== before : conditions[conditionName];
    const t0 = now();
    window.__bench[name](...args);
    try {
      const { seen, end } = await when(test, timeoutMs, ATTRIBUTES[conditionName]);
      return { t0, seen, end, ms: end - t0, count: countText() };
    } catch (error) {
      return { error: String(error) };
    }
  };

  /**
   * One input, measured as work: the synchronous handling of the input, plus
   * the rAF callbacks, style, layout and paint of the next two frames, plus any
   * long task that ran between them. Latency is input → end of the first frame.
   */
  const step = (dispatch) =>
    new Promise((resolve) => {
      let f1s = 0;
      let f2s = 0;
      requestAnimationFrame(() => {
        f1s = now();
        requestAnimationFrame(() => {
          f2s = now();
        });
      });
      const t0 = now();
      dispatch();
      const t1 = now();
      requestAnimationFrame(() =>
        afterRender(() => {
          const f1e = now();
          requestAnimationFrame(() =>
            afterRender(() => {
              const f2e = now();
              const sync = t1 - t0;
              const frames = f1e - f1s + (f2e - f2s);
              const gaps = longTaskTimeWithin(t1, f1s) + longTaskTimeWithin(f1e, f2s);
              resolve({ work: sync + frames + gaps, sync, frames, gaps, latency: f1e - t0 });
            }),
          );
        }),
      );
    });

  const centreOf = (selector) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no element matches ${selector}`);
    const box = el.getBoundingClientRect();
    const y = Math.min(box.top + box.height / 2, box.top + 150, window.innerHeight / 2);
    const x = Math.max(box.left + 5, Math.min(box.left + box.width / 2, window.innerWidth / 2));
    return { el, x, y: Math.max(y, box.top + 5) };
  };

  // Every series stops early once it has used `budgetMs`, so one very slow
  // implementation cannot hold up the run; the runner records how many steps ran.
  const wheelSteps = async (selector, deltaY, count, budgetMs = Infinity) => {
    const out = [];
    const started = now();
    for (let i = 0; i < count && now() - started < budgetMs; i++) {
      const { el, x, y } = centreOf(selector);
      out.push(
        await step(() =>
          el.dispatchEvent(
            // Chrome's legacy wheelDelta of a real notch is -1.2 × deltaY; a constructed
            // event would otherwise get the opposite sign, and vis-timeline reads wheelDelta first.
            new WheelEvent('wheel', { deltaY, deltaMode: 0, wheelDeltaX: 0, wheelDeltaY: -1.2 * deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }),
          ),
        ),
      );
    }
    return out;
  };

  const hookSteps = async (factor, count, budgetMs = Infinity) => {
    const out = [];
    const started = now();
    for (let i = 0; i < count && now() - started < budgetMs; i++) out.push(await step(() => window.__bench.zoom(factor)));
    return out;
  };

  /** A drag: press in the middle, a few unmeasured moves past any drag threshold, then `count` measured moves. */
  const panSteps = async (selector, dx, count, kind, budgetMs = Infinity) => {
    const { el, x, y } = centreOf(selector);
    const pointer = (type, px) => {
      const init = { clientX: px, clientY: y, bubbles: true, cancelable: true, view: window, button: 0, buttons: type.endsWith('up') ? 0 : 1 };
      if (kind === 'mouse') {
        el.dispatchEvent(new MouseEvent(type, { ...init, screenX: px, screenY: y }));
      } else {
        el.dispatchEvent(new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
      }
    };
    const [down, move, up] = kind === 'mouse' ? ['mousedown', 'mousemove', 'mouseup'] : ['pointerdown', 'pointermove', 'pointerup'];
    let px = x - (count * dx) / 2;
    pointer(down, px);
    for (let i = 0; i < 3; i++) {
      px += dx;
      await step(() => pointer(move, px));
    }
    const out = [];
    const started = now();
    for (let i = 0; i < count && now() - started < budgetMs; i++) {
      px += dx;
      out.push(await step(() => pointer(move, px)));
    }
    await step(() => pointer(up, px));
    return out;
  };

  /** The axis labels, to check that a zoom really changed the view. */
  const axisText = () => {
    const labels = [...document.querySelectorAll('.vis-time-axis .vis-text, .tl-timeaxis .tl-timeaxis-tick-text')];
    return labels.length ? labels.map((el) => el.textContent || '').join('|').slice(0, 500) : null;
  };

  /** A visible timeline item to click: the centre of the first one inside the viewport. */
  const visibleItem = (selector) => {
    const viewport = { w: window.innerWidth, h: window.innerHeight };
    for (const el of document.querySelectorAll(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width < 4 || box.height < 4) continue;
      const x = Math.max(box.left, 0) + Math.min(box.width, 40) / 2;
      const y = box.top + box.height / 2;
      if (x < 1 || y < 1 || x > viewport.w - 1 || y > viewport.h - 1) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit))) return { x, y };
    }
    return null;
  };

  window.__probe = {
    load,
    arm,
    call,
    pending: () => pending.promise,
    wheelSteps,
    hookSteps,
    panSteps,
    axisText,
    visibleItem,
    countText,
  };
})();
