import type { ComponentChildren } from 'preact';

type Props = {
  id: string;
  title: string;
  count: number;
  empty: string;
  /** Why the list is incomplete (its finder stopped early or failed), told at its head. */
  shortfall?: string;
  children: ComponentChildren;
};

/**
 * A titled list with its count and an empty state, collapsible to save room in a narrow panel;
 * a list its finder did not read to the end says so at its head.
 */
export function FindingSection({ id, title, count, empty, shortfall, children }: Props) {
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
      {shortfall && (
        <p class="warning shortfall" role="note">
          {shortfall}
        </p>
      )}
      {/* An incomplete list says why instead of "none found", which it cannot know. */}
      {count ? <ul class="findings">{children}</ul> : !shortfall && <p class="empty">{empty}</p>}
    </details>
  );
}
