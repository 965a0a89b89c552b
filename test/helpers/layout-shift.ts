/**
 * Layout shifts in Chromium, for the tests that hold a page to none: what moved without input while
 * it loaded, as the browser reports it, with each moved element named.
 */
import type { Page } from 'playwright-core';

interface ShiftWindow {
  shifts: { value: number; moved: string[] }[];
  /** Adds the entries given to `shifts`, leaving out those that followed input. */
  recordShifts: (entries: PerformanceEntryList) => void;
  shiftObserver: PerformanceObserver;
}

/**
 * Records the layout shifts the page makes without input, as Chromium reports them, with what
 * moved (tag, id or class, and where from and to), so a failure names the element.
 */
export function recordLayoutShift(): void {
  const w = window as unknown as ShiftWindow;
  type Shift = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  };
  const name = (node: Node | null | undefined) => {
    if (!(node instanceof Element)) return `text in ${node?.parentElement?.tagName ?? '?'}`;
    const classes = [...node.classList].map((c) => `.${c}`).join('');
    return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${classes}`;
  };
  const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
  w.shifts = [];
  w.recordShifts = (entries) => {
    for (const e of entries as Shift[]) {
      if (e.hadRecentInput) continue;
      const moved = e.sources.map(
        (s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
      );
      w.shifts.push({ value: e.value, moved });
    }
  };
  w.shiftObserver = new PerformanceObserver((list) => w.recordShifts(list.getEntries()));
  w.shiftObserver.observe({ type: 'layout-shift', buffered: true });
}

/** The shifts recorded so far, those not yet delivered to the observer included. */
export const shiftsOf = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as ShiftWindow;
    w.recordShifts(w.shiftObserver.takeRecords());
    return w.shifts;
  });
