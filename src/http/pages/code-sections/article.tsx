/**
 * The code page's plain-language article: fixed sections of statements, each with numbered
 * citations, then the list of sources. A section no source covers says so in one sentence.
 * Machine-written text is labelled as such; reviewed text names its author (through its source).
 */
import type { Article, ArticleSection } from '../../../features/articles/index.js';

const MACHINE_WRITTEN = 'Machine-written, not reviewed';

function Citations({ numbers }: { numbers: number[] }) {
  return (
    <sup class="citations">
      {numbers.map((n, i) => (
        <>
          {i > 0 ? ',' : ''}
          <a href={`#source-${n}`}>[{n}]</a>
        </>
      ))}
    </sup>
  );
}

function Section({ section, machine }: { section: ArticleSection; machine: Set<number> }) {
  const generated = section.statements.some((s) => s.citations.some((n) => machine.has(n)));
  return (
    <section class="article-section" id={`article-${section.id}`}>
      <h3>{section.title}</h3>
      {generated ? <p class="machine-written">Machine-written, not reviewed.</p> : null}
      {section.statements.map((s) => (
        <p>
          {s.about ? <span class="about">About {s.about}: </span> : null}
          {s.text}
          <Citations numbers={s.citations} />
        </p>
      ))}
    </section>
  );
}

/** The sections with statements, a table of contents of them, and the uncovered sections named once in one line. */
export function CodeArticleSection({ article, subject }: { article: Article; subject: string }) {
  const machine = new Set(article.sources.filter((s) => s.title === MACHINE_WRITTEN).map((s) => s.n));
  const filled = article.sections.filter((s) => s.statements.length > 0);
  const empty = article.sections.filter((s) => s.statements.length === 0);
  return (
    <section aria-labelledby="article-title" class="article">
      <h2 id="article-title">In plain language: {subject}</h2>
      {filled.length > 1 ? (
        <nav class="toc" aria-label="Contents of the article">
          <ol>
            {filled.map((s) => (
              <li>
                <a href={`#article-${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {filled.map((section) => (
        <Section section={section} machine={machine} />
      ))}
      {empty.length > 0 ? (
        <p class="uncovered">
          {filled.length === 0 ? 'No public source we hold explains this code in plain language yet. ' : ''}
          Not covered by the public sources we hold, so left out rather than guessed: {empty.map((s) => s.title).join(', ')}.
        </p>
      ) : null}
      {article.sources.length > 0 ? (
        <>
          <h3 id="article-sources">Sources</h3>
          <ol class="sources">
            {article.sources.map((s) => (
              <li id={`source-${s.n}`} value={String(s.n)}>
                {s.url ? <a href={s.url}>{s.title}</a> : s.title}, {s.publisher}
                {s.release ? `, ${s.release}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
