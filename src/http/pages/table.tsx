import type { Child } from 'hono/jsx';

/** A column heading: its text, or `{ num }` for a right-aligned number column. */
export type Column = string | { num: string };

/**
 * A table of rows under column headings, in the scrolling wrapper every page uses. With `label` the
 * wrapper is a region reachable by keyboard (tabindex 0: it scrolls) and named by it, as on the
 * data page; without, a plain div.
 */
export function DataTable({ columns, label, children }: { columns: Column[]; label?: string; children: Child }) {
  const table = (
    <table>
      <thead>
        <tr>
          {columns.map((c) =>
            typeof c === 'string' ? (
              <th scope="col">{c}</th>
            ) : (
              <th scope="col" class="num">
                {c.num}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return label ? (
    <section class="table-wrap" tabindex={0} aria-label={label}>
      {table}
    </section>
  ) : (
    <div class="table-wrap">{table}</div>
  );
}
