/** The DNS registration of a network: every name its machines registered, one resource, the script shipped once. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { BaseImage, Host, HostConnection, Network, NetworkMode, VirtualMachine } from '../lib';
import { newLab, oneOf, ofType, synthJson } from './support/lab';

const SCRIPT = path.resolve(__dirname, '..', 'lib', 'scripts', 'dns-host.sh');

describe('a network\'s DNS registration', () => {
  test('holds the entries of all its machines by address, whatever the order they were created in', () => {
    const entriesOf = (names: string[]) => {
      const lab = newLab();
      for (const [i, name] of names.entries()) new VirtualMachine(lab.host, name, { image: lab.image, nics: [{ network: lab.net, address: `10.77.0.${[20, 9, 100][i]}` }] });
      return oneOf(synthJson(lab.stack), 'terraform_data', (_r, k) => k.includes('lan_Dns')).input.entries;
    };
    expect(entriesOf(['a', 'b', 'c'])).toBe('10.77.0.9 b b.lan.test;10.77.0.20 a a.lan.test;10.77.0.100 c c.lan.test');
  });

  test('a network whose DNS libvirt does not manage has none; each managed one its own, sharing one script', () => {
    const lab = newLab();
    const bridged = Network.fromName(lab.host, 'br', { name: 'br0', mode: NetworkMode.bridge('br0') });
    new Network(lab.host, 'other', { cidr: '10.78.0.0/24' });
    expect(bridged.dnsRegistration).toBeUndefined();
    expect(lab.net.dnsRegistration).toBeDefined();
    const json = synthJson(lab.stack);
    const registrations = Object.entries<any>(ofType(json, 'terraform_data')).filter(([k]) => k.includes('_Dns_'));
    expect(registrations.map(([k]) => k.replace(/_[0-9A-F]{8}$/, '')).sort()).toEqual(['kvm1_lan_Dns', 'kvm1_other_Dns']);
    const commands = new Set(registrations.flatMap(([, r]) => r.provisioner.map((p: any) => p['local-exec'].command)));
    expect(commands.size).toBe(1);
  });

  test('on a qemu+ssh host with a known_hosts file, both provisioners hand it to the script as SSH_KNOWN_HOSTS', () => {
    const stack = new TerraformStack(new App(), 'test');
    const host = new Host(stack, 'kvm1', { connection: HostConnection.ssh({ host: 'kvm1', knownHostsFile: '/etc/lab/known_hosts' }) });
    new Network(host, 'lan', { cidr: '10.77.0.0/24' });
    const reg = oneOf(synthJson(stack), 'terraform_data', (_r, k) => k.includes('lan_Dns'));
    expect(reg.input.known_hosts).toBe('/etc/lab/known_hosts');
    expect(reg.provisioner.map((p: any) => p['local-exec'].environment.SSH_KNOWN_HOSTS)).toEqual(['${self.input.known_hosts}', '${self.input.known_hosts}']);
  });

  test('the script is written once beside the plan, byte for byte, where the command finds it', () => {
    // GIVEN a real synth into a directory, two networks with machines
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'network-dns-'));
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, 'lab');
      const host = new Host(stack, 'kvm1');
      const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
      for (const n of ['a', 'b']) {
        const net = new Network(host, n, { cidr: `10.7${n === 'a' ? 1 : 2}.0.0/24` });
        new VirtualMachine(host, `vm-${n}`, { image, nics: [{ network: net }] });
      }
      app.synth();
      // THEN the command's path, relative to the stack's directory (path.module), is the script
      const stackDir = path.join(outdir, 'stacks', 'lab');
      const plan = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
      const command: string = Object.entries<any>(plan.resource.terraform_data).find(([k]) => k.includes('_Dns_'))![1].provisioner[0]['local-exec'].command;
      const [, relative] = /^\/bin\/sh "\$\{path\.module\}\/(.+)"$/.exec(command)!;
      expect(fs.readFileSync(path.join(stackDir, relative), 'utf8')).toBe(fs.readFileSync(SCRIPT, 'utf8'));
      // AND it is the only copy, and the plan does not carry the script's text
      expect(fs.readdirSync(path.join(stackDir, 'assets'))).toEqual(['cdktf-libvirt-dns-host']);
      expect(JSON.stringify(plan)).not.toContain('net-update');
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('a machine added or removed changes the entries, and so replaces the registration (its destroy-time removal runs)', () => {
    const registrationOf = (machines: string[]) => {
      const lab = newLab();
      for (const m of machines) new VirtualMachine(lab.host, m, { image: lab.image, nics: [{ network: lab.net }] });
      return oneOf(synthJson(lab.stack), 'terraform_data', (_r, k) => k.includes('lan_Dns'));
    };
    const two = registrationOf(['web', 'db']);
    const one = registrationOf(['web']);
    expect(two.triggers_replace.entries).not.toBe(one.triggers_replace.entries);
    expect(two.triggers_replace.entries).toContain(one.triggers_replace.entries);
    expect(two.triggers_replace.entries).toBe(two.input.entries);
  });
});

