import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ComponentChildren;
};

/** A titled list with its count and an empty state, collapsible to save room in a narrow panel. */
export function FindingSection({ id, title, count, empty, children }: Props) {
  return (
    <details class="section" id={id} open>
      <summary>
        <h2>
          {title}{' '}
          <span class="count" data-count={count}>
            {count}
          </span>
        </h2>
      </summary>
      {count ? <ul class="findings">{children}</ul> : <p class="empty">{empty}</p>}
    </details>
  );
}
