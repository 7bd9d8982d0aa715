import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

type Props = {
  count: number;
  /** Fixed row height in px: what makes the window arithmetic exact. */
  rowHeight: number;
  label: string;
  renderRow: (index: number) => ComponentChildren;
  /** Rows drawn beyond the visible ones, so fast scrolling shows no gaps. @default 6 */
  overscan?: number;
  /** Told which rows are on screen, to load their data. */
  onRange?: (start: number, end: number) => void;
  /** Changing it scrolls back to the top (a new search). */
  resetKey?: unknown;
};

/**
 * A list that renders only the rows in view, so ten thousand clippings scroll like ten.
 * Arrow keys, Home and End move focus between rows (the same control in the next row),
 * scrolling rows into existence as needed.
 */
export function VirtualList({ count, rowHeight, label, renderRow, overscan = 6, onRange, resetKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const pendingFocus = useRef<{ index: number; control: string } | null>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    onRange?.(first, last);
  }, [first, last, onRange]);

  /** Focuses the wanted control of a row if that row is drawn; true when it was. */
  const focusPending = (): boolean => {
    const want = pendingFocus.current;
    if (!want || !box.current) return false;
    const row = box.current.querySelector<HTMLElement>(`[data-index="${want.index}"]`);
    const target = row?.querySelector<HTMLElement>(want.control) ?? row?.querySelector<HTMLElement>('button, input');
    if (!target) return false;
    target.focus();
    pendingFocus.current = null;
    return true;
  };

  // A row scrolled into existence gets focus once it is drawn.
  useLayoutEffect(() => {
    focusPending();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, (i: number) => number> = {
      ArrowDown: (i) => i + 1,
      ArrowUp: (i) => i - 1,
      Home: () => 0,
      End: () => count - 1,
      PageDown: (i) => i + Math.max(1, Math.floor(height / rowHeight) - 1),
      PageUp: (i) => i - Math.max(1, Math.floor(height / rowHeight) - 1),
    };
    const move = moves[event.key];
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    if (!move || !row || !box.current || target.tagName === 'TEXTAREA') return;
    event.preventDefault();
    const index = Math.min(count - 1, Math.max(0, move(Number(row.dataset.index))));
    const control = target.dataset.control ? `[data-control="${target.dataset.control}"]` : 'button';
    pendingFocus.current = { index, control };
    const top = index * rowHeight;
    const el = box.current;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
    // Already drawn: focus now (no render would follow); else after the scroll renders it.
    if (!focusPending()) setScrollTop(el.scrollTop);
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <li
        key={i}
        data-index={i}
        aria-setsize={count}
        aria-posinset={i + 1}
        style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
      >
        {renderRow(i)}
      </li>,
    );
  }
  return (
    <div class="virtual-list" ref={box} onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}>
      <ul aria-label={label} onKeyDown={onKeyDown} style={{ position: 'relative', height: `${count * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
