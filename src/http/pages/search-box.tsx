/** The search form: a plain GET form; /assets/site.js turns its input into an autocomplete combobox. */
export function SearchBox({ id, value = '', big = false, label }: { id: string; value?: string; big?: boolean; label: string }) {
  const listId = `${id}-list`;
  return (
    <search class={big ? 'search big' : 'search'} aria-label={label}>
      <form action="/search" method="get">
        <div class="combo">
          <label for={id} class="visually-hidden">
            {label}
          </label>
          <input
            id={id}
            name="q"
            type="search"
            value={value}
            maxlength={200}
            placeholder="E11.9, 0SRC0JZ, J1745, knee replacement…"
            data-suggest={listId}
            spellcheck={false}
          />
          <ul id={listId} hidden aria-label="Suggestions" />
          <div id={`${id}-status`} class="visually-hidden" role="status" aria-live="polite" />
        </div>
        <button type="submit">Search</button>
      </form>
    </search>
  );
}
