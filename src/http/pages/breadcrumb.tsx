import type { Child } from 'hono/jsx';
import { nodeHref } from './paths.js';

type Ancestor = Parameters<typeof nodeHref>[0];

/** The trail above a code or browse node: the leading items, each ancestor as a link, and the page itself. */
export function Breadcrumb({ lead, ancestors, current }: { lead: Child; ancestors: Ancestor[]; current?: string }) {
  return (
    <nav aria-label="Breadcrumb" class="breadcrumb">
      <ol>
        {lead}
        {ancestors.map((a) => (
          <li>
            <a href={nodeHref(a)} title={a.display}>
              {a.code}
            </a>
          </li>
        ))}
        {current !== undefined ? <li aria-current="page">{current}</li> : null}
      </ol>
    </nav>
  );
}
