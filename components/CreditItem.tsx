import { useState } from 'preact/hooks';
import { safeUrl } from '../utils/analysis/resolve-url';
import type { CreditFinding } from '../utils/analysis/types';

/**
 * One article image: thumbnail, caption, credit and the agencies it names; a
 * missing credit is called out. Text only: page HTML is never rendered.
 */
export function CreditItem({ finding }: { finding: CreditFinding }) {
  const [broken, setBroken] = useState(false);
  const src = broken ? null : safeUrl(finding.image);
  // Clippings stored before agencies existed have none.
  const agencies = finding.agencies ?? [];
  return (
    <li class={`finding credit${finding.credit ? '' : ' uncredited'}`} data-kind="credit">
      {src ? (
        <img
          class="thumb"
          src={src}
          alt=""
          loading="lazy"
          referrerpolicy="no-referrer"
          // A broken-image icon reads as a rendering fault; the empty tile says "no picture".
          onError={() => setBroken(true)}
        />
      ) : (
        <span class="thumb placeholder" aria-hidden="true" />
      )}
      <div class="credit-body">
        {finding.credit ? <p class="credit-holder">{finding.credit}</p> : <p class="badge warn">No credit</p>}
        {agencies.length > 0 && (
          <p class="credit-agencies">
            {agencies.map((a) => (
              <span class="agency" key={a}>
                {a}
              </span>
            ))}
          </p>
        )}
        {finding.caption && <p class="caption">{finding.caption}</p>}
      </div>
    </li>
  );
}
