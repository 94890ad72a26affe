/** Worker thread: the integrity checks of a finished build file, on a read-only connection. */
import { type CheckReport, runIntegrityChecks } from '../../store/checks.js';
import { serveStoreTask } from './task.js';

serveStoreTask<CheckReport>((db) => runIntegrityChecks(db));
