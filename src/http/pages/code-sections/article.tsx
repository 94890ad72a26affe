/**
 * The code page's plain-language article: fixed sections of statements, each with numbered
 * citations, then the list of sources. A section no source covers says so in one sentence.
 * Machine-written text is labelled as such; reviewed text names its author (through its source).
 */
import { type Article, type ArticleSection, emptySectionSentence } from '../../../app/article.js';

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
      {section.statements.length === 0 ? (
        <p class="empty">{emptySectionSentence(section.title)}</p>
      ) : (
        section.statements.map((s) => (
          <p>
            {s.about ? <span class="about">About {s.about}: </span> : null}
            {s.text}
            <Citations numbers={s.citations} />
          </p>
        ))
      )}
    </section>
  );
}

export function CodeArticleSection({ article, subject }: { article: Article; subject: string }) {
  const machine = new Set(article.sources.filter((s) => s.title === MACHINE_WRITTEN).map((s) => s.n));
  return (
    <section aria-labelledby="article-title" class="article">
      <h2 id="article-title">In plain language: {subject}</h2>
      {article.sections.map((section) => (
        <Section section={section} machine={machine} />
      ))}
      <h3 id="article-sources">Sources</h3>
      {article.sources.length === 0 ? (
        <p class="empty">No public source we hold speaks of this code yet.</p>
      ) : (
        <ol class="sources">
          {article.sources.map((s) => (
            <li id={`source-${s.n}`} value={String(s.n)}>
              {s.url ? <a href={s.url}>{s.title}</a> : s.title}, {s.publisher}
              {s.release ? `, ${s.release}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
