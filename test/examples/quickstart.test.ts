import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { Quickstart } from '../../examples/quickstart/main';
import { KEY_FILES, sshPublicKeyFromEnvironment } from '../../examples/shared/ssh-key';
import { checkSchemaConformance } from '../../lib/schema-check';
import { isDownload, redactScripts } from '../support/lab';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx me@laptop';

function synthQuickstart(): any {
  const app = Testing.app();
  const stack = new Quickstart(app, 'quickstart', { sshPublicKey: KEY });
  return JSON.parse(Testing.synth(stack));
}

describe('examples/quickstart', () => {
  const plan = synthQuickstart();
  const resources = (type: string): any[] => Object.values(plan.resource[type] ?? {});

  test('conforms to the provider schema', () => {
    expect(checkSchemaConformance(plan)).toEqual([]);
  });

  test('pins the provider to dmacvicar/libvirt 0.9.7, the version the real-libvirt tier proves', () => {
    expect(plan.terraform.required_providers.libvirt).toEqual({ source: 'dmacvicar/libvirt', version: '0.9.7' });
  });

  test('every root disk is a qcow2 overlay with a backing store, and its disk has the qcow2 driver', () => {
    const volumes = plan.resource.libvirt_volume;
    const domains = resources('libvirt_domain');
    expect(domains).toHaveLength(2);
    for (const domain of domains) {
      const root = domain.devices.disks.find((d: any) => d.target.dev === 'vda');
      expect(root.driver).toEqual({ name: 'qemu', type: 'qcow2' });
      const volumeId = /^\$\{libvirt_volume\.([^.]+)\.name\}$/.exec(root.source.volume.volume)![1];
      const volume = volumes[volumeId];
      expect(volume.target.format.type).toBe('qcow2');
      expect(volume.backing_store.path).toMatch(/^\$\{libvirt_volume\.debian_Volume-[0-9a-f]+_[0-9A-F]+\[terraform_data\.[^\]]+_ImagePin-[^\]]+\.input\.image\]\.path\}$/);
      expect(volume.backing_store.format.type).toBe('qcow2');
    }
  });

  test('the base image appears once on the host, downloaded once', () => {
    const bases = resources('libvirt_volume').filter((v) => v.for_each !== undefined);
    expect(bases).toHaveLength(1);
    expect(bases[0].name).toBe('debian-12-${each.key}.qcow2');
    expect(resources('terraform_data').filter(isDownload)).toHaveLength(1);
  });

  test('the two machines have their fixed addresses as outputs and in their network-config', () => {
    expect(plan.output.web_addresses.value).toEqual(['10.77.0.10']);
    expect(plan.output.db_addresses.value).toEqual(['10.77.0.11']);
    const seeds = resources('libvirt_cloudinit_disk');
    const byName = Object.fromEntries(seeds.map((s) => [s.name, s.network_config]));
    expect(byName['web-seed']).toContain('- 10.77.0.10/24');
    expect(byName['db-seed']).toContain('- 10.77.0.11/24');
    for (const s of seeds) expect(s.user_data).toContain(KEY);
  });

  test('the pool keeps its directory on destroy', () => {
    expect(resources('libvirt_pool')[0].destroy).toEqual({ delete: false });
  });

  test('synthesizes the same JSON every time', () => {
    expect(JSON.stringify(synthQuickstart())).toEqual(JSON.stringify(plan));
  });

  test('snapshot (the fetch script is pinned by its own tests)', () => {
    expect(redactScripts(plan)).toMatchSnapshot();
  });
});

describe('examples/shared/ssh-key', () => {
  let home: string;
  beforeEach(() => { home = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-home-')); });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  test('takes $SSH_PUBLIC_KEY first', () => {
    expect(sshPublicKeyFromEnvironment({ SSH_PUBLIC_KEY: ` ${KEY}\n` }, home)).toBe(KEY);
  });

  test('then $SSH_PUBLIC_KEY_FILE, and says so when that file is missing', () => {
    const file = path.join(home, 'k.pub');
    fs.writeFileSync(file, `${KEY}\n`);
    expect(sshPublicKeyFromEnvironment({ SSH_PUBLIC_KEY_FILE: file }, home)).toBe(KEY);
    expect(() => sshPublicKeyFromEnvironment({ SSH_PUBLIC_KEY_FILE: path.join(home, 'nope.pub') }, home)).toThrow(/nope\.pub, which does not exist/);
  });

  test('then ~/.ssh in order', () => {
    fs.mkdirSync(path.join(home, '.ssh'));
    fs.writeFileSync(path.join(home, '.ssh', 'id_rsa.pub'), 'ssh-rsa AAAAB3 rsa@x\n');
    expect(sshPublicKeyFromEnvironment({}, home)).toBe('ssh-rsa AAAAB3 rsa@x');
    fs.writeFileSync(path.join(home, '.ssh', KEY_FILES[0]), `${KEY}\n`);
    expect(sshPublicKeyFromEnvironment({}, home)).toBe(KEY);
  });

  test('with no key anywhere, the message says where it looked and how to make one', () => {
    expect(() => sshPublicKeyFromEnvironment({}, home)).toThrow(/no SSH public key found.*SSH_PUBLIC_KEY.*~\/\.ssh\/id_ed25519\.pub.*ssh-keygen -t ed25519/);
  });
});
