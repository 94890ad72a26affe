/** The one error vocabulary. Only src/http/errors.ts maps kinds to HTTP statuses. */
export const APP_ERROR_KINDS = [
  'not-found',
  'invalid',
  'unsupported',
  'conflict',
  'internal',
  /** The request is larger than the server accepts (body, URL or headers). */
  'too-large',
  /** The client sent more requests than its rate limit allows; retry later. */
  'rate-limited',
  /** The request did not finish within its time budget. */
  'timeout',
  /** The server is starting, reloading or shutting down and cannot answer now. */
  'unavailable',
] as const;
export type AppErrorKind = (typeof APP_ERROR_KINDS)[number];

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly field: string | undefined;
  /** Every problem found, when there were several (validation at the edge lists them all). */
  readonly problems: string[];

  constructor(kind: AppErrorKind, message: string, field?: string, problems: string[] = []) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.field = field;
    this.problems = problems;
  }
}

/** A problem found in an official file: always names the file and the place in it. */
export class SourceError extends Error {
  readonly file: string;
  readonly location: string;

  constructor(file: string, location: string, message: string) {
    super(`${file}, ${location}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.location = location;
  }
}

/** A request whose answer would be too large to produce (FHIR issue type too-costly): invalid, with the limit named. */
export class TooCostlyError extends AppError {
  constructor(message: string, field = 'count') {
    super('invalid', message, field);
    this.name = 'TooCostlyError';
  }
}
