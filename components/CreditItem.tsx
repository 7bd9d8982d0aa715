import { useContext, useState } from 'preact/hooks';
import { safeUrl } from '../utils/analysis/resolve-url';
import type { CreditFinding } from '../utils/analysis/types';
import { Thumbnails } from './thumbnails';

type Props = { finding: CreditFinding };

/** The picture's place among the article's pictures: the engine numbers credits in page order ("credit-3"). */
function pictureNumber(id: string): number | null {
  const n = /^credit-(\d+)$/.exec(id)?.[1];
  return n ? Number(n) : null;
}

/**
 * One article image: thumbnail (unless turned off), caption or alt text, credit and the agencies
 * it names, and its place among the article's pictures; a missing credit is called out. Text only:
 * page HTML is never rendered.
 */
export function CreditItem({ finding }: Props) {
  const [broken, setBroken] = useState(false);
  const { show } = useContext(Thumbnails);
  const src = broken || !show ? null : safeUrl(finding.image);
  // Clippings stored before agencies existed have none.
  const agencies = finding.agencies ?? [];
  const n = pictureNumber(finding.id);
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
        {n !== null && <p class="credit-position">Picture {n} in page order</p>}
      </div>
    </li>
  );
}
