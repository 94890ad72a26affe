/**
 * Worker thread: detects and reads registry plug-ins one after the other and posts their records to
 * the build thread in batches, each message tagged with the job's number (protocol in
 * read-protocol.ts). It never touches the database. At most MAX_UNACKED batches wait for the build
 * thread at a time, so plug-ins read ahead hold bounded memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceRecord } from '../../core/records.js';
import { serializeError } from '../../core/thread.js';
import type { ProgressEvent } from '../../sources/contract.js';
import { PLUGINS } from '../../sources/registry.js';
import { withoutSkipped } from '../build-sources.js';
import { BATCH_RECORDS, type FromReader, MAX_UNACKED, type ReadJob } from './read-protocol.js';

const { jobs } = workerData as { jobs: Array<ReadJob & { j: number }> };
const port = parentPort;
if (!port) throw new Error('read-worker.ts runs as a worker thread');

let unacked = 0;
let wake: (() => void) | undefined;
port.on('message', () => {
  unacked -= 1;
  wake?.();
});

const post = (message: FromReader) => port.postMessage(message);

async function read(job: ReadJob & { j: number }): Promise<void> {
  const plugin = PLUGINS[job.plugin];
  if (!plugin) throw new Error(`no plug-in number ${job.plugin} in the registry`);
  const detection = withoutSkipped(await plugin.detect(job.sourcesDir), job.skipFiles);
  post({ t: 'detection', j: job.j, files: detection.files.length, missing: detection.missing });
  if (detection.files.length === 0) return;
  let records: SourceRecord[] = [];
  let progress: ProgressEvent[] = [];
  const flush = async () => {
    post({ t: 'batch', j: job.j, records, progress });
    records = [];
    progress = [];
    unacked += 1;
    while (unacked >= MAX_UNACKED) await new Promise<void>((resolve) => (wake = resolve));
  };
  const stream = plugin.read(detection, { ...job.options, onProgress: (event) => progress.push(event) });
  for await (const record of stream as AsyncIterable<SourceRecord>) {
    records.push(record);
    if (records.length >= BATCH_RECORDS) await flush();
  }
  if (records.length > 0 || progress.length > 0) await flush();
}

for (const job of jobs) {
  try {
    await read(job);
    post({ t: 'done', j: job.j });
  } catch (err) {
    post({ t: 'error', j: job.j, error: serializeError(err) });
    break;
  }
}
port.close();
