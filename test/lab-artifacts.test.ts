import * as fs from 'fs';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { parse } from 'yaml';
import { ARTIFACT_FILES, LabArtifacts, Topology } from '../lib';
import { NetworkLab } from '../examples/network-lab/main';
import { Quickstart } from '../examples/quickstart/main';
import { SSH_KEY } from './support/lab';

describe('LabArtifacts', () => {
  test('app.synth writes every artifact beside cdk.tf.json', () => {
    // GIVEN the network lab in a real app
    const outdir = fs.mkdtempSync(path.join(Testing.app().outdir, 'artifacts-'));
    const app = new App({ outdir });
    new NetworkLab(app, 'network-lab', { sshPublicKey: SSH_KEY, sshPrivateKeyFile: '/home/me/.ssh/id_ed25519' });
    // WHEN synthesized
    app.synth();
    // THEN the stack directory holds the plan, the scripts it runs (assets/) and the artifacts
    const dir = path.join(outdir, 'stacks', 'network-lab');
    expect(fs.readdirSync(dir).sort()).toEqual(['assets', 'cdk.tf.json', ...Object.values(ARTIFACT_FILES)].sort());
    const topology: Topology = JSON.parse(fs.readFileSync(path.join(dir, ARTIFACT_FILES.topology), 'utf8'));
    expect(topology.stack).toBe('network-lab');
    expect(topology.machines.map((m) => m.name).sort()).toEqual(['netlab-alpha', 'netlab-bravo', 'netlab-charlie', 'netlab-r1', 'netlab-r2']);
    expect(topology.machines.filter((m) => m.router).map((m) => m.name).sort()).toEqual(['netlab-r1', 'netlab-r2']);
    expect(topology.networks.map((n) => n.name).sort()).toEqual(['netlab-a', 'netlab-b', 'netlab-c']);
    expect(topology.labs).toEqual([{ path: 'network-lab/local/netlab', prefix: 'netlab', addressSpace: '10.80.0.0/16' }]);
    // AND the planned addresses in the topology are the ones in the guests' network-config
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
    for (const m of topology.machines) {
      const seed = Object.values<any>(plan.resource.libvirt_cloudinit_disk).find((s) => s.name === `${m.name}-seed`);
      const ethernets = parse(seed.network_config, { version: '1.1' }).ethernets;
      for (const nic of m.nics) expect(ethernets[nic.name].addresses).toEqual([`${nic.address}/${nic.prefixLength}`]);
    }
    // AND the SSH config and inventory use the private key
    expect(fs.readFileSync(path.join(dir, ARTIFACT_FILES.sshConfig), 'utf8')).toContain('IdentityFile /home/me/.ssh/id_ed25519');
    expect(fs.readFileSync(path.join(dir, ARTIFACT_FILES.inventory), 'utf8')).toContain('/home/me/.ssh/id_ed25519');
    expect(fs.readFileSync(path.join(dir, ARTIFACT_FILES.svg), 'utf8')).toMatch(/^<\?xml|^<svg/);
  });

  test('a configured known_hosts file reaches both the SSH config and the inventory', () => {
    // GIVEN the quickstart with its own known_hosts file
    const stack = new Quickstart(Testing.app(), 'quickstart', { sshPublicKey: SSH_KEY });
    // WHEN the artifacts are rendered
    const files = LabArtifacts.of(stack).configure({ svg: false, knownHostsFile: '/work/lab/known_hosts' }).render();
    // THEN ssh and ansible record host keys in that one file, and never in the default one
    expect(files[ARTIFACT_FILES.sshConfig]).toContain('UserKnownHostsFile /work/lab/known_hosts');
    expect(files[ARTIFACT_FILES.inventory]).toContain('UserKnownHostsFile=/work/lab/known_hosts');
    expect(files[ARTIFACT_FILES.sshConfig] + files[ARTIFACT_FILES.inventory]).not.toContain('known_hosts.cdktf-libvirt');
  });

  test('render() gives the same files without writing, and svg can be turned off', () => {
    const stack = new Quickstart(Testing.app(), 'quickstart', { sshPublicKey: SSH_KEY });
    const files = LabArtifacts.of(stack).configure({ svg: false }).render();
    expect(Object.keys(files).sort()).toEqual(Object.values(ARTIFACT_FILES).filter((f) => f !== ARTIFACT_FILES.svg).sort());
    expect(files[ARTIFACT_FILES.hosts]).toContain('10.77.0.10 web.quickstart.test web');
    expect(LabArtifacts.of(stack)).toBe(LabArtifacts.of(stack.node.findChild('local')));
  });
});
