import type { AppError } from '../../domain/errors.js';
import { Layout } from './layout.js';

export function ErrorPage({ error }: { error: AppError }) {
  const title = error.kind === 'not-found' ? 'Not found' : error.kind === 'invalid' ? 'Bad request' : 'Something went wrong';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{error.message}</p>
      <p>
        <a href="/">Search all medical codes</a>
      </p>
    </Layout>
  );
}
