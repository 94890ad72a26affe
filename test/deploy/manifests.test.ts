/**
 * The deploy files (deploy/Dockerfile, deploy/db.Dockerfile, deploy/k8s/deployment.yaml) checked
 * without a Docker engine or a cluster: parsed, cross-checked with each other and with the settings
 * table, and the image's command, environment and health check run for real against a server on
 * 127.0.0.1 (docs/deploy.md).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { SETTINGS } from '../../src/config/settings.js';
import { buildFake } from '../support/build.js';
import { REPO_ROOT } from '../support/sources.js';

interface Instruction {
  op: string;
  args: string;
}

/** A Dockerfile's instructions (comments dropped, continuation lines joined), by stage. */
function dockerfile(name: string): Array<{ from: string; name: string | null; steps: Instruction[] }> {
  const text = readFileSync(join(REPO_ROOT, 'deploy', name), 'utf8');
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stages: Array<{ from: string; name: string | null; steps: Instruction[] }> = [];
  for (const line of lines) {
    const m = /^([A-Z]+)\s+(.*)$/.exec(line);
    assert.ok(m, `${name}: not an instruction: ${line}`);
    const [, op, args] = m as unknown as [string, string, string];
    if (op === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ from: from?.[1] as string, name: from?.[2] ?? null, steps: [] });
    } else {
      assert.ok(stages.length > 0, `${name}: ${op} before FROM`);
      stages[stages.length - 1]?.steps.push({ op, args });
    }
  }
  return stages;
}

const last = (steps: Instruction[], op: string) => steps.filter((s) => s.op === op).at(-1)?.args;

/** ENV lines (KEY=value, several per line) of a stage. */
function envOf(steps: Instruction[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of steps.filter((x) => x.op === 'ENV'))
    for (const [, k, v] of s.args.matchAll(/(\w+)=(\S+)/g)) out[k as string] = v as string;
  return out;
}

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML, its shape is what the tests assert
type Obj = Record<string, any>;
const manifests = parseAllDocuments(readFileSync(join(REPO_ROOT, 'deploy/k8s/deployment.yaml'), 'utf8')).map((d) => d.toJS() as Obj);
const ofKind = (kind: string) => {
  const found = manifests.filter((m) => m.kind === kind);
  assert.equal(found.length, 1, `one ${kind}`);
  return found[0] as Obj;
};
const deployment = ofKind('Deployment');
const pod = deployment.spec.template.spec as Obj;
const server = pod.containers.find((c: Obj) => c.name === 'medcodes') as Obj;
const init = pod.initContainers.find((c: Obj) => c.name === 'database') as Obj;
const serverEnv: Record<string, string> = Object.fromEntries(server.env.map((e: Obj) => [e.name, e.value]));

const image = dockerfile('Dockerfile');
const runtime = image.at(-1) as { from: string; name: string | null; steps: Instruction[] };
const imageEnv = envOf(runtime.steps);
const KNOWN_ENV = new Set(SETTINGS.flatMap((s) => s.env));

describe('deploy/Dockerfile', () => {
  it('is multi-stage: the runtime stage copies the dependencies built in another and installs nothing', () => {
    assert.ok(image.length >= 2, `${image.length} stages`);
    assert.equal(runtime.name, 'runtime');
    const fromStages = runtime.steps.filter((s) => s.op === 'COPY' && s.args.startsWith('--from='));
    assert.deepEqual(
      fromStages.map((s) => s.args.split(/\s+/)[0]),
      ['--from=deps'],
    );
    assert.ok(image.some((s) => s.name === 'deps'));
    assert.deepEqual(
      runtime.steps.filter((s) => s.op === 'RUN'),
      [],
      'no RUN (no compiler, no package manager) in the runtime',
    );
  });

  it('copies only files that exist, and installs production dependencies from the lock file', () => {
    for (const stage of image)
      for (const s of stage.steps.filter((x) => x.op === 'COPY' && !x.args.startsWith('--from='))) {
        const parts = s.args.split(/\s+/);
        for (const src of parts.slice(0, -1)) assert.ok(existsSync(join(REPO_ROOT, src)), `COPY ${src}: not in the repository`);
      }
    const deps = image.find((s) => s.name === 'deps') as { steps: Instruction[] };
    assert.match(deps.steps.map((s) => s.args).join('\n'), /npm ci --omit=dev/);
    // bin/medcodes.js runs the TypeScript through tsx: it must be a production dependency.
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    assert.ok(pkg.dependencies.tsx, 'tsx is a production dependency');
    assert.match(readFileSync(join(REPO_ROOT, 'bin/medcodes.js'), 'utf8'), /from 'tsx\/esm\/api'/);
  });

  it('runs as a non-root user, the same uid the pod asks for', () => {
    const user = last(runtime.steps, 'USER');
    assert.ok(user && !['root', '0'].includes(user), `USER ${user}`);
    // The node images' "node" user is uid 1000 (docker-library/node).
    assert.equal(user, 'node');
    assert.match(runtime.from, /^node:20-/);
    assert.equal(pod.securityContext.runAsNonRoot, true);
    assert.equal(pod.securityContext.runAsUser, 1000);
  });

  it('listens on the port it exposes, the port the pod declares', () => {
    assert.equal(last(runtime.steps, 'EXPOSE'), imageEnv.PORT);
    const http = server.ports.find((p: Obj) => p.name === 'http');
    assert.equal(String(http.containerPort), imageEnv.PORT);
    assert.equal(imageEnv.MEDCODES_HOST, '0.0.0.0');
  });

  it('sets only environment variables the settings table knows, and the database where the pod mounts it', () => {
    for (const name of Object.keys(imageEnv).filter((n) => n.startsWith('MEDCODES_') || n === 'PORT'))
      assert.ok(KNOWN_ENV.has(name), `${name} is not a setting`);
    const mount = server.volumeMounts.find((m: Obj) => m.name === 'data');
    assert.ok(imageEnv.MEDCODES_DB?.startsWith(`${mount.mountPath}/`), `${imageEnv.MEDCODES_DB} under ${mount.mountPath}`);
    assert.equal(mount.readOnly, true);
  });

  it('stops on SIGTERM (which drains) and health-checks /readyz', () => {
    assert.equal(last(runtime.steps, 'STOPSIGNAL'), 'SIGTERM');
    assert.match(last(runtime.steps, 'HEALTHCHECK') ?? '', /\/readyz/);
    assert.deepEqual(JSON.parse(last(runtime.steps, 'ENTRYPOINT') ?? 'null'), ['node', 'bin/medcodes.js', 'serve']);
  });
});

describe('deploy/db.Dockerfile', () => {
  it('holds the one database file, read-only, where the init container copies it from, as a non-root user', () => {
    const [stage] = dockerfile('db.Dockerfile');
    assert.ok(stage);
    const copy = last(stage.steps, 'COPY')?.split(/\s+/) ?? [];
    assert.equal(copy[0], 'medcodes.db');
    assert.match(stage.steps.map((s) => s.args).join('\n'), new RegExp(`chmod 0444 ${copy[1]}`));
    const user = last(stage.steps, 'USER');
    assert.ok(user && !['root', '0'].includes(user), `USER ${user}`);
    assert.equal(init.command.at(-2), copy[1]);
    const mount = init.volumeMounts.find((m: Obj) => m.name === 'data');
    assert.ok(init.command.at(-1).startsWith(`${mount.mountPath}/`));
    assert.equal(init.command.at(-1), imageEnv.MEDCODES_DB);
  });
});

describe('deploy/k8s/deployment.yaml', () => {
  it('probes /readyz for start-up and readiness and /healthz for liveness, on the http port', () => {
    assert.equal(server.startupProbe.httpGet.path, '/readyz');
    assert.equal(server.readinessProbe.httpGet.path, '/readyz');
    assert.equal(server.livenessProbe.httpGet.path, '/healthz');
    for (const p of [server.startupProbe, server.readinessProbe, server.livenessProbe]) assert.equal(p.httpGet.port, 'http');
    const service = ofKind('Service');
    assert.equal(service.spec.ports[0].targetPort, 'http');
  });

  it('rolls over one pod at a time without losing capacity, selectors matching the pods', () => {
    assert.ok(deployment.spec.replicas >= 2);
    assert.deepEqual(deployment.spec.strategy, { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } });
    const labels = deployment.spec.template.metadata.labels;
    for (const selector of [
      deployment.spec.selector.matchLabels,
      ofKind('Service').spec.selector,
      ofKind('PodDisruptionBudget').spec.selector.matchLabels,
    ])
      for (const [k, v] of Object.entries(selector as Obj)) assert.equal(labels[k], v);
    assert.ok(ofKind('PodDisruptionBudget').spec.minAvailable < deployment.spec.replicas);
  });

  it('ships the database as an image tagged with its build, named again in the annotation', () => {
    const [, tag] = init.image.split(':');
    assert.match(init.image, /\/medcodes-db:/);
    assert.equal(deployment.spec.template.metadata.annotations['medcodes/db-build'], tag);
  });

  it('sets resources on every container, and as many workers as CPUs', () => {
    for (const c of [server, init])
      for (const kind of ['requests', 'limits']) {
        assert.ok(c.resources?.[kind]?.cpu, `${c.name}: ${kind}.cpu`);
        assert.ok(c.resources?.[kind]?.memory, `${c.name}: ${kind}.memory`);
      }
    assert.equal(serverEnv.MEDCODES_WORKERS, String(server.resources.limits.cpu));
  });

  it('runs every container locked down: read-only root, no privilege escalation, no capability, a writable /tmp', () => {
    for (const c of [server, init]) {
      assert.equal(c.securityContext.readOnlyRootFilesystem, true, c.name);
      assert.equal(c.securityContext.allowPrivilegeEscalation, false, c.name);
      assert.deepEqual(c.securityContext.capabilities.drop, ['ALL'], c.name);
    }
    const tmp = server.volumeMounts.find((m: Obj) => m.mountPath === '/tmp');
    assert.ok(pod.volumes.find((v: Obj) => v.name === tmp.name).emptyDir);
    assert.equal(pod.automountServiceAccountToken, false);
  });

  it('gives the pod time for preStop and the drain before it is killed', () => {
    const preStop = Number(server.lifecycle.preStop.exec.command.at(-1));
    const drain = Number(serverEnv.MEDCODES_SHUTDOWN_GRACE_MS) / 1000;
    assert.ok(pod.terminationGracePeriodSeconds > preStop + drain, `${pod.terminationGracePeriodSeconds} s > ${preStop} + ${drain} s`);
  });

  it('sets only environment variables the settings table knows', () => {
    for (const name of Object.keys(serverEnv)) assert.ok(KNOWN_ENV.has(name), `${name} is not a setting`);
  });
});

describe('the image command with the pod environment', () => {
  it('starts, answers the probes and the health check, and drains on SIGTERM', async () => {
    const { dbPath, medcodes } = await buildFake();
    medcodes.close();
    // The image's ENTRYPOINT and environment, the pod's environment; only the database path, the
    // address (loopback) and the port (any free one) are the test's.
    const [cmd, ...args] = JSON.parse(last(runtime.steps, 'ENTRYPOINT') as string) as string[];
    assert.equal(cmd, 'node');
    const env = { ...process.env, ...imageEnv, ...serverEnv, MEDCODES_DB: dbPath, MEDCODES_HOST: '127.0.0.1', PORT: '0' };
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    const exited = once(child, 'exit');
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    try {
      let port: string | undefined;
      const deadline = Date.now() + 60_000;
      while (!port) {
        assert.ok(Date.now() < deadline && child.exitCode === null, `the server did not start: ${err}`);
        await new Promise((r) => setTimeout(r, 100));
        port = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(err)?.[1];
      }
      assert.match(err, new RegExp(`${serverEnv.MEDCODES_WORKERS} workers?`));
      for (const probe of [server.startupProbe, server.readinessProbe, server.livenessProbe]) {
        let res = await fetch(`http://127.0.0.1:${port}${probe.httpGet.path}`);
        while (res.status === 503 && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          res = await fetch(`http://127.0.0.1:${port}${probe.httpGet.path}`);
        }
        assert.equal(res.status, 200, probe.httpGet.path);
      }
      // The HEALTHCHECK command, as the engine would run it inside the container.
      const check = JSON.parse((last(runtime.steps, 'HEALTHCHECK') as string).replace(/^.*?CMD\s+/, '')) as string[];
      assert.equal(check[0], 'node');
      const run = spawnSync(process.execPath, check.slice(1), { env: { ...env, PORT: port }, timeout: 10_000 });
      assert.equal(run.status, 0, `health check: ${run.stderr}`);
      child.kill('SIGTERM');
      assert.deepEqual(await exited, [0, null]);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
