/**
 * Unit tests of the real-libvirt tier's own machinery that need no root and no libvirt: how it reads
 * terraform's plans, what it asserts about a change, what the watchdog is told, the file server the
 * labs download their image from, and (where terraform and the provider mirror are on this machine)
 * that `terraform init` takes the synthesized pins from the mirror. They run with `npm test`; only
 * *.e2e.test.ts files need the real libvirt.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { Quickstart } from '../../examples/quickstart/main';
import { readHostsBlock, shellify } from '../../e2e/expect';
import { fileSha256, serveFiles } from '../../e2e/image';
import { planMismatches, plannedObjects } from '../../e2e/lab';
import { buildBefore, ExpectedPlan, LabContext, LABS } from '../../e2e/labs';
import { plannedChanges, unsafeInPlaceUpdates } from '../support/plan-diff';
import { offlineCliConfig, planActions, SHARED_DIR, summarize, Terraform } from '../../e2e/terraform';
import { DomainType, HostConnection } from '../../lib';

const CONTEXT: LabContext = {
  sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx e2e@test',
  sshPrivateKeyFile: '/keys/id_ed25519',
  image: { url: 'http://127.0.0.1:8080/debian-12-test.qcow2', sha256: 'a'.repeat(64), loginUser: 'debian', cacheDir: '/cache' },
  nextImage: { url: 'http://127.0.0.1:8080/debian-12-test-b.qcow2', sha256: 'b'.repeat(64), loginUser: 'debian', cacheDir: '/cache' },
  domainType: DomainType.QEMU,
  kvmHosts: Object.fromEntries(['kvm1', 'kvm2', 'kvm3'].map((h, i) => [h,
    HostConnection.ssh({ host: `198.18.${i + 1}.2`, user: 'root', keyFile: '/keys/id_ed25519', knownHostsFile: '/keys/known_hosts' })])),
};

/**
 * The cdk.tf.json of a lab as `app.synth()` writes it (with the construct paths that `Testing.synth`
 * leaves out); with `lockFile`, planned from that address lock and written to it, as the tier plans
 * each change from the lock of the lab's earlier syntheses.
 */
function synth(build: (app: App, context: LabContext) => any, lockFile?: string): Record<string, any> {
  const app = Testing.app(lockFile === undefined ? {} : { context: { 'cdktf-libvirt:lockFile': lockFile } });
  const stack = build(app, CONTEXT);
  app.synth();
  return JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8'));
}

/** Resource addresses of a synthesized stack. */
function addresses(json: Record<string, any>): string[] {
  return Object.entries<Record<string, unknown>>(json.resource ?? {}).flatMap(([type, rs]) => Object.keys(rs).map((n) => `${type}.${n}`)).sort();
}

describe('reading terraform plans (e2e/terraform.ts)', () => {
  test('sorts resource changes by action, replacements in either order, and skips no-ops', () => {
    // GIVEN the resource_changes of a `terraform show -json` plan
    const plan = {
      resource_changes: [
        { address: 'b.x', change: { actions: ['create'] } },
        { address: 'a.x', change: { actions: ['create'] } },
        { address: 'c.x', change: { actions: ['update'] } },
        { address: 'd.x', change: { actions: ['delete', 'create'] } },
        { address: 'e.x', change: { actions: ['create', 'delete'] } },
        { address: 'f.x', change: { actions: ['delete'] } },
        { address: 'g.x', change: { actions: ['no-op'] } },
        { address: 'data.h.x', mode: 'data', change: { actions: ['read'] } },
      ],
    };
    // WHEN sorted
    const actions = planActions(plan);
    // THEN each address is under its action, sorted
    expect(actions).toEqual({ create: ['a.x', 'b.x'], update: ['c.x'], replace: ['d.x', 'e.x'], delete: ['f.x'], read: ['data.h.x'] });
    expect(summarize(actions)).toBe('2 to create, 1 to update, 2 to replace, 1 to destroy');
  });

  test('refuses an action it does not know', () => {
    expect(() => planActions({ resource_changes: [{ address: 'a.x', change: { actions: ['forget'] } }] })).toThrow(/a\.x: plan action forget/);
  });
});

describe('what a change must plan (e2e/lab.ts planMismatches)', () => {
  const before = synth((app, c) => new Quickstart(app, 'quickstart', c));
  const quickstartLab = LABS.find((l) => l.name === 'quickstart')!;
  const addMachine = { ...quickstartLab.changes![0], expect: quickstartLab.changes![0].expect as ExpectedPlan };
  const after = synth(addMachine.build!);
  const added = addresses(after).filter((a) => !addresses(before).includes(a));
  const none = { create: [], update: [], replace: [], delete: [], read: [] };

  test('the added machine has resources of its own', () => {
    expect(added.length).toBeGreaterThanOrEqual(4);
    expect(added.every((a) => a.includes('cache'))).toBe(true);
  });

  test('a plan that creates exactly the machine\'s resources matches', () => {
    expect(planMismatches({ ...none, create: added }, addMachine.expect, before, after)).toEqual([]);
  });

  test('a plan that also updates another resource, or misses one, does not', () => {
    const web = addresses(before).find((a) => a.startsWith('libvirt_domain.') && a.includes('web'))!;
    expect(planMismatches({ ...none, create: added, update: [web] }, addMachine.expect, before, after))
      .toEqual([`the plan would update ${web}, which the scenario does not expect`]);
    expect(planMismatches({ ...none, create: added.slice(1) }, addMachine.expect, before, after))
      .toEqual([`the plan does not create ${added[0]}, which the scenario expects`]);
  });

  test('a destroy is looked up in the plan before the change', () => {
    expect(planMismatches({ ...none, delete: added }, { delete: ['quickstart/local/cache'] }, after, before)).toEqual([]);
  });

  test('a path with no resources is a mistake in the scenario', () => {
    expect(planMismatches(none, { create: ['quickstart/local/nothing'] }, before, after))
      .toEqual(['the scenario expects the plan to create quickstart/local/nothing, but no resource of the stack is at or below that path']);
  });

  // the changes that are in the code: the offline guard (test/support/plan-diff.ts) predicts what
  // terraform will plan, and that must be exactly what the scenario expects of the real plan
  test.each(LABS.flatMap((l) => (l.changes ?? []).map((c, i) => [l.name, c.name, l, i] as const).filter(([, , , i]) => l.changes![i].build !== undefined)))(
    '%s, change "%s": what the offline guard predicts is what the scenario expects, with no in-place update the provider cannot do',
    (_lab, _change, lab, i) => {
      const lockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'harness-lock-')), 'cdktf-libvirt.lock.json');
      const previous = synth(buildBefore(lab, i), lockFile);
      const next = synth(buildBefore(lab, i + 1), lockFile);
      expect(unsafeInPlaceUpdates(previous, next)).toEqual([]);
      const changes = plannedChanges(previous, next);
      const predicted = {
        create: [...addresses(next).filter((a) => !addresses(previous).includes(a)), ...changes.filter((c) => c.addedKeys?.length).map((c) => c.address)],
        update: changes.filter((c) => !c.replaced && c.attributes.length > 0).map((c) => c.address),
        replace: changes.filter((c) => c.replaced).map((c) => c.address),
        delete: [...addresses(previous).filter((a) => !addresses(next).includes(a)), ...changes.filter((c) => c.removedKeys?.length).map((c) => c.address)],
        read: [],
      };
      const scenario = lab.changes![i].expect;
      const expected = typeof scenario === 'function' ? scenario({ before: previous, after: next }) : scenario;
      expect(planMismatches(predicted, expected, previous, next)).toEqual([]);
    });
});

describe('what the watchdog is told (e2e/lab.ts plannedObjects)', () => {
  test('every pool, volume, network and domain of the quickstart, names looked up through references', () => {
    // (the base volume's name holds each.key: it is found after destroy as a volume in the lab's pool)
    const json = synth((app, c) => new Quickstart(app, 'quickstart', c));
    expect(plannedObjects(json)).toEqual([
      'pool quickstart',
      'volume quickstart db-root.qcow2',
      'volume quickstart db-seed.iso',
      'volume quickstart web-root.qcow2',
      'volume quickstart web-seed.iso',
      'network quickstart',
      'domain db',
      'domain web',
    ]);
  });
});

describe('the artifacts and guest files the checks read (e2e/expect.ts)', () => {
  test('cloud-init runcmd script: strings as they are, list items quoted as cloud-init does', () => {
    expect(shellify(['echo hi', ['sh', '-c', "echo 'x'"], null])).toBe("#!/bin/sh\necho hi\n'sh' '-c' 'echo '\\''x'\\'''\n");
  });

  test('the hosts artifact: each address with its names, without comments', () => {
    expect(readHostsBlock('# BEGIN x\n10.0.0.5 web.lab.test web lab-web\n\n10.0.1.5 web.b.test # second NIC\n# END x\n'))
      .toEqual([{ address: '10.0.0.5', names: ['web.lab.test', 'web', 'lab-web'] }, { address: '10.0.1.5', names: ['web.b.test'] }]);
  });
});

describe('the image server (e2e/image.ts)', () => {
  test('serves the named files on 127.0.0.1 with their length, and nothing else', async () => {
    // GIVEN a file served under a name
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
    const file = path.join(dir, 'disk.img');
    fs.writeFileSync(file, 'image bytes');
    const server = await serveFiles({ 'disk.img': file });
    try {
      const get = (url: string) => new Promise<{ status: number; body: string; length?: string }>((resolve, reject) => {
        http.get(url, (res) => {
          let body = '';
          res.on('data', (d) => { body += d; });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, length: res.headers['content-length'] }));
        }).on('error', reject);
      });
      // WHEN it is downloaded, and another name is asked for
      const ok = await get(server.url('disk.img'));
      const missing = await get(server.url('other.img'));
      // THEN the file comes back whole, the other name is a 404, and the download was counted
      expect(server.url('disk.img')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/disk\.img$/);
      expect(ok).toEqual({ status: 200, body: 'image bytes', length: '11' });
      expect(missing.status).toBe(404);
      expect(server.hits.get('disk.img')).toBe(1);
      expect(await fileSha256(file)).toBe(createHash('sha256').update('image bytes').digest('hex'));
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Real terraform with the providers of the mirror, where this machine has both (machines of this
// kind do, and CI checks that they do): the pins the library writes are ones the mirror can serve.
const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;
const mirror = fs.existsSync(path.join(SHARED_DIR, 'tools', 'terraform-offline.sh'));
(terraform && mirror ? describe : describe.skip)('terraform init from the provider mirror (needs terraform and ../shared)', () => {
  test('the synthesized pins install dmacvicar/libvirt 0.9.7 and hashicorp/random 3.8.1, and terraform validate accepts the plans', async () => {
    // GIVEN the k3s lab (it uses both providers) synthesized into a scratch folder
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-init-'));
    try {
      const k3s = LABS.find((l) => l.name === 'k3s')!;
      const app = new App({ outdir: path.join(dir, 'out') });
      k3s.build(app, CONTEXT);
      app.synth();
      const stackDir = path.join(dir, 'out', 'stacks', 'k3s');
      // WHEN terraform initializes it from the mirror only
      const tf = new Terraform(stackDir, await offlineCliConfig(dir), path.join(dir, 'tmp'), () => undefined);
      await tf.init();
      // THEN exactly the proven versions are installed, and the plan is valid for them
      const lock = fs.readFileSync(path.join(stackDir, '.terraform.lock.hcl'), 'utf8');
      expect(lock).toMatch(/provider "registry\.terraform\.io\/dmacvicar\/libvirt" \{\s+version\s+= "0\.9\.7"\s+constraints = "0\.9\.7"/);
      expect(lock).toMatch(/provider "registry\.terraform\.io\/hashicorp\/random" \{\s+version\s+= "3\.8\.1"\s+constraints = "3\.8\.1"/);
      await tf.exec(['validate']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});
