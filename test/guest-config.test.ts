/**
 * Feeds the documents a machine's seed carries to the real tools of the guest: `cloud-init schema`
 * for the user-data, cloud-init's own network-config parser (`cloud-init devel net-convert`, which
 * reads YAML like the guest does, with PyYAML) for every renderer a catalogue image may use, and
 * `netplan generate` for what cloud-init writes on netplan images. Also Terraform itself, which reads
 * every string of the synthesized JSON as a template before the provider sees it.
 *
 * cloud-init and netplan come from the Debian packages `cloud-init` and `netplan.io`. Without them
 * these tests are skipped locally and FAIL in CI (when $CI is set). The Terraform round trip is
 * skipped whenever `terraform` is missing.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformVariable } from 'cdktf';
import { parse } from 'yaml';
import { CloudConfig, Network, NetworkMode, VirtualMachine } from '../lib';
import { checkSchemaConformance } from '../lib/schema-check';
import { fetchScript, HASHED_PASSWORD, newLab, oneOf, SSH_KEY, synthJson, isDownload } from './support/lab';

/** Absolute path of a command (also looked up in the sbin directories, where netplan lives), or undefined. */
function which(cmd: string): string | undefined {
  const PATH = `${process.env.PATH ?? ''}:/usr/local/sbin:/usr/sbin:/sbin`;
  const r = spawnSync('/bin/sh', ['-c', 'command -v "$1"', 'sh', cmd], { encoding: 'utf8', env: { ...process.env, PATH } });
  const found = (r.stdout ?? '').trim();
  return r.status === 0 && found.startsWith('/') ? found : undefined;
}

const CLOUD_INIT = which('cloud-init');
const NETPLAN = which('netplan');
const TERRAFORM = which('terraform');

/** A test that runs when `tool` is installed; in CI a missing tool is a failure that names its Debian package. */
function requireTool(name: string, found: string | undefined, debianPackage: string): jest.It {
  if (found === undefined && process.env.CI) {
    test(`${name} is installed`, () => {
      throw new Error(`${name} is not installed; CI must install the Debian package ${debianPackage} (apt-get install -y --no-install-recommends ${debianPackage})`);
    });
  }
  return found !== undefined ? it : it.skip;
}

const itCloudInit = requireTool('cloud-init', CLOUD_INIT, 'cloud-init');
const itNetplan = requireTool('netplan', NETPLAN, 'netplan.io');
const itTerraform = TERRAFORM !== undefined ? it : it.skip;

function run(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
  return spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', timeout: 120000, cwd: options.cwd, env: { ...process.env, ...options.env } });
}

const output = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`;

const tmpDirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-libvirt-guest-'));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir`, concatenated. */
function readTree(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .map((f) => `# ${path.relative(dir, f)}\n${fs.readFileSync(f, 'utf8')}`)
    .join('\n');
}

/** What cloud-init writes to /etc/netplan/50-cloud-init.yaml: the v2 document under a `network:` key. */
function asNetplanFile(networkConfig: string): string {
  return `network:\n${networkConfig.replace(/^(?=.)/gm, '  ')}`;
}

/**
 * A realistic machine: packages, commands (one with shell ${...} syntax), files, an extra user with a
 * hashed password, a static NIC with an all-digit MAC on a NAT network, and a DHCP NIC on a second network.
 */
function realisticLab() {
  const lab = newLab();
  const backend = new Network(lab.host, 'backend', { cidr: '10.88.0.0/24' });
  const vm = new VirtualMachine(lab.host, 'web', {
    image: lab.image,
    nics: [{ network: lab.net, address: '10.77.0.10', mac: '52:54:00:12:34:56' }, { network: backend, dhcp: true }],
    sshAuthorizedKeys: [SSH_KEY],
    cloudConfig: new CloudConfig({
      users: [{ name: 'ops', hashedPassword: HASHED_PASSWORD, groups: ['adm', 'sudo'] }],
      packages: ['nginx', 'qemu-guest-agent'],
      runcmd: ['systemctl enable --now qemu-guest-agent nginx', 'echo "${HOME}" > /root/home-was', 'yes'],
      writeFiles: [
        { path: '/etc/motd', content: 'Welcome to web\n' },
        { path: '/usr/local/bin/health', content: '#!/bin/sh\ncurl -fsS "http://localhost/${1:-}" >/dev/null\n', permissions: '0755' },
      ],
    }),
  });
  return { lab, vm, backend };
}

describe('cloud-init accepts the user-data', () => {
  itCloudInit('cloud-init schema validates the user-data of a realistic machine', () => {
    // GIVEN the user-data of a machine with users, a hashed password, packages, runcmd and write_files
    const { vm } = realisticLab();
    const file = path.join(tmpDir(), 'user-data');
    fs.writeFileSync(file, vm.userData);
    // WHEN cloud-init checks it against its schema
    const r = run([CLOUD_INIT!, 'schema', '-c', file]);
    // THEN it is valid
    expect(output(r)).toMatch(/^exit 0\n/);
    expect(r.stdout).toContain('Valid cloud-config');
  });

  itCloudInit('cloud-init schema rejects a broken document (the check can fail)', () => {
    // GIVEN users of the wrong type
    const file = path.join(tmpDir(), 'user-data');
    fs.writeFileSync(file, '#cloud-config\nusers: 5\n');
    // WHEN checked / THEN cloud-init says so
    const r = run([CLOUD_INIT!, 'schema', '-c', file]);
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/users/);
  });
});

describe('cloud-init reads the network-config', () => {
  // one renderer per kind of catalogue image: netplan (Ubuntu, Debian 13), ENI and networkd (older
  // Debian-family images), sysconfig and NetworkManager (Fedora and Enterprise Linux)
  const RENDERERS: Array<[string, string, RegExp]> = [
    ['netplan', 'debian', /to: 0\.0\.0\.0\/0\s+via: 10\.77\.0\.1/],
    ['eni', 'debian', /route add default gw 10\.77\.0\.1/],
    ['networkd', 'debian', /Destination=0\.0\.0\.0\/0\s+Gateway=10\.77\.0\.1/],
    ['sysconfig', 'rhel', /DEFROUTE=yes[\s\S]*GATEWAY=10\.77\.0\.1/],
    ['network-manager', 'rhel', /route1=0\.0\.0\.0\/0,10\.77\.0\.1/],
  ];

  describe.each(RENDERERS)('rendered for %s', (renderer, distro, defaultRoute) => {
    itCloudInit('keeps the all-digit MAC a string, configures the static address and the default route', () => {
      // GIVEN the network-config of the realistic machine
      const { vm } = realisticLab();
      const dir = tmpDir();
      const input = path.join(dir, 'network-config');
      fs.writeFileSync(input, vm.networkConfig);
      // WHEN cloud-init parses it (PyYAML, YAML 1.1) and renders it as the guest would
      const r = run([CLOUD_INIT!, 'devel', 'net-convert', '-p', input, '-k', 'yaml', '-d', path.join(dir, 'out'), '-D', distro, '-O', renderer]);
      // THEN it succeeds, the MAC is intact, and nic0 has its address and the only default route
      expect(output(r)).toMatch(/^exit 0\n/);
      const rendered = readTree(path.join(dir, 'out'));
      const lower = rendered.toLowerCase(); // NetworkManager writes MACs in uppercase
      expect(lower).toContain('52:54:00:12:34:56');
      expect(lower).toContain(vm.nics[1].mac);
      expect(rendered).toContain('10.77.0.10');
      expect(rendered).toMatch(defaultRoute);
      expect(rendered.match(/0\.0\.0\.0\/0|add default gw|GATEWAY=/g)).toHaveLength(1);
    });
  });

  itCloudInit('an unquoted all-digit MAC would reach the guest as a number (why the quotes matter)', () => {
    // GIVEN the machine's network-config with the quotes around the MAC removed
    const { vm } = realisticLab();
    const dir = tmpDir();
    const input = path.join(dir, 'network-config');
    fs.writeFileSync(input, vm.networkConfig.replace('"52:54:00:12:34:56"', '52:54:00:12:34:56'));
    // WHEN cloud-init reads it
    const r = run([CLOUD_INIT!, 'devel', 'net-convert', '-p', input, '-k', 'yaml', '-d', path.join(dir, 'out'), '-D', 'debian', '-O', 'netplan']);
    // THEN the MAC has become the base-60 integer 41135085296
    expect(output(r)).toMatch(/^exit 0\n/);
    expect(readTree(path.join(dir, 'out'))).toContain('macaddress: 41135085296');
  });
});

describe('netplan accepts the network-config', () => {
  itNetplan('netplan generate turns the static and DHCP NICs into networkd units', () => {
    // GIVEN the network-config, as cloud-init writes it to /etc/netplan/50-cloud-init.yaml
    const { vm } = realisticLab();
    const root = tmpDir();
    fs.mkdirSync(path.join(root, 'etc', 'netplan'), { recursive: true });
    fs.writeFileSync(path.join(root, 'etc', 'netplan', '50-cloud-init.yaml'), asNetplanFile(vm.networkConfig), { mode: 0o600 });
    // WHEN netplan generates the backend configuration
    const r = run([NETPLAN!, 'generate', '--root-dir', root]);
    // THEN it succeeds
    expect(output(r)).toMatch(/^exit 0\n/);
    const units = path.join(root, 'run', 'systemd', 'network');
    const nic0 = fs.readFileSync(path.join(units, '10-netplan-nic0.network'), 'utf8');
    const nic1 = fs.readFileSync(path.join(units, '10-netplan-nic1.network'), 'utf8');
    // AND nic0 is matched by its MAC, static, with the default route and the gateway as DNS
    expect(nic0).toContain('PermanentMACAddress=52:54:00:12:34:56');
    expect(nic0).toContain('Address=10.77.0.10/24');
    expect(nic0).toMatch(/Destination=0\.0\.0\.0\/0\s+Gateway=10\.77\.0\.1/);
    expect(nic0).toContain('DNS=10.77.0.1');
    // AND nic1 runs DHCP but takes neither routes nor DNS from it
    expect(nic1).toContain(`PermanentMACAddress=${vm.nics[1].mac}`);
    expect(nic1).toContain('DHCP=ipv4');
    expect(nic1).toMatch(/UseRoutes=false/i);
    expect(nic1).toMatch(/UseDNS=false/i);
  });

  itNetplan('netplan generate rejects a broken document (the check can fail)', () => {
    const root = tmpDir();
    fs.mkdirSync(path.join(root, 'etc', 'netplan'), { recursive: true });
    fs.writeFileSync(path.join(root, 'etc', 'netplan', '50-cloud-init.yaml'), 'network:\n  version: 2\n  ethernets:\n    nic0:\n      dhcp4: maybe\n', { mode: 0o600 });
    const r = run([NETPLAN!, 'generate', '--root-dir', root]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/invalid boolean value 'maybe'/);
  });

  (CLOUD_INIT !== undefined && NETPLAN !== undefined ? it : it.skip)('what cloud-init writes for netplan is accepted by netplan (the guest\'s own path)', () => {
    // GIVEN the file cloud-init renders from the machine's network-config
    const { vm } = realisticLab();
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'network-config'), vm.networkConfig);
    const root = path.join(dir, 'root');
    const convert = run([CLOUD_INIT!, 'devel', 'net-convert', '-p', path.join(dir, 'network-config'), '-k', 'yaml', '-d', root, '-D', 'ubuntu', '-O', 'netplan']);
    expect(output(convert)).toMatch(/^exit 0\n/);
    fs.chmodSync(path.join(root, 'etc', 'netplan', '50-cloud-init.yaml'), 0o600);
    // WHEN netplan generates from it / THEN it succeeds and nic0 is matched by the intact MAC
    const r = run([NETPLAN!, 'generate', '--root-dir', root]);
    expect(output(r)).toMatch(/^exit 0\n/);
    expect(fs.readFileSync(path.join(root, 'run', 'systemd', 'network', '10-netplan-nic0.network'), 'utf8')).toContain('PermanentMACAddress=52:54:00:12:34:56');
  });
});

describe('Terraform passes the documents on unchanged', () => {
  itTerraform('user-data, network-config, meta-data and the fetch script read back as written, tokens resolved', () => {
    // GIVEN the realistic machine, and a second one whose SSH key is a Terraform variable
    const { lab, vm } = realisticLab();
    const key = new TerraformVariable(lab.stack, 'ssh_key', { type: 'string', default: SSH_KEY });
    const db = new VirtualMachine(lab.host, 'db', {
      image: lab.image,
      // quotes (an all-digit MAC, a shell command) next to a token: the case cdktf cannot pass to a function
      nics: [{ network: lab.net, mac: '52:54:00:12:34:57' }],
      sshAuthorizedKeys: [key.stringValue],
      cloudConfig: new CloudConfig({ runcmd: ['echo "db \\ ${HOSTNAME}" %{x}'] }),
    });
    const json = synthJson(lab.stack);
    const seedOf = (name: string) => oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`);
    // AND a configuration with only its variables, locals and, as outputs, the strings Terraform would give the provider
    const outputs: Record<string, { value: unknown }> = {
      command: { value: oneOf(json, 'terraform_data', isDownload).provisioner[0]['local-exec'].command },
    };
    for (const name of ['web', 'db']) {
      const seed = seedOf(name);
      outputs[`${name}_user_data`] = { value: seed.user_data };
      outputs[`${name}_network_config`] = { value: seed.network_config };
      outputs[`${name}_meta_data`] = { value: seed.meta_data };
    }
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: json.variable, locals: json.locals, output: outputs }));
    fs.writeFileSync(path.join(dir, 'terraformrc'), '');
    const env = { CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'terraformrc') };
    // WHEN Terraform plans it
    expect(output(run([TERRAFORM!, 'init', '-input=false', '-no-color'], { cwd: dir, env }))).toMatch(/^exit 0\n/);
    expect(output(run([TERRAFORM!, 'plan', '-input=false', '-no-color', '-out=plan.bin'], { cwd: dir, env }))).toMatch(/^exit 0\n/);
    const show = run([TERRAFORM!, 'show', '-json', 'plan.bin'], { cwd: dir, env });
    expect(show.status).toBe(0);
    const planned: Record<string, string> = Object.fromEntries(
      Object.entries<any>(JSON.parse(show.stdout).planned_values.outputs).map(([k, v]) => [k, v.value]),
    );
    // THEN the fetch script is the file, byte for byte
    expect(planned.command).toBe(fetchScript());
    // AND the seed documents are what the machine rendered, with ${...} of the guest's shell kept literally
    expect(planned.web_user_data).toBe(vm.userData);
    expect(planned.web_user_data).toContain('echo "${HOME}"');
    expect(planned.web_network_config).toBe(vm.networkConfig);
    // (the key, a whole token, goes through jsonencode(): the guest gets a JSON, i.e. YAML double-quoted, string)
    const dbUserData = db.userData.replace(/\$\{TfToken\[TOKEN\.\d+\]\}/, () => JSON.stringify(SSH_KEY));
    expect(planned.db_user_data).toBe(dbUserData);
    expect(planned.db_network_config).toBe(db.networkConfig);
    // AND each instance-id hashes the content, with a reference hashed as its Terraform expression (the
    // same in every program and on every machine), and reaches the guest as planned
    const hash = (userData: string, networkConfig: string) => createHash('sha256').update(`${userData}\0${networkConfig}`).digest('hex').slice(0, 12);
    expect(parse(planned.web_meta_data)).toEqual({ 'instance-id': `web-${hash(vm.userData, vm.networkConfig)}`, 'local-hostname': 'web' });
    const dbExpressions = db.userData.replace(/\$\{TfToken\[TOKEN\.\d+\]\}/, () => '${jsonencode(var.ssh_key)}');
    expect(parse(planned.db_meta_data)).toEqual({ 'instance-id': `db-${hash(dbExpressions, db.networkConfig)}`, 'local-hostname': 'db' });
    expect(planned.db_meta_data).toBe(db.metaData);
  });
});

describe('a value that is one Terraform reference reaches the guest as a YAML string, whatever its text', () => {
  /** A machine whose login user's SSH key and a second user's password hash are Terraform variables. */
  function variableLab() {
    const lab = newLab();
    const key = new TerraformVariable(lab.stack, 'key', { type: 'string' });
    const pw = new TerraformVariable(lab.stack, 'pw', { type: 'string' });
    const vm = new VirtualMachine(lab.host, 'web', {
      image: lab.image,
      nics: [{ network: lab.net }],
      sshAuthorizedKeys: [key.stringValue],
      cloudConfig: new CloudConfig({ users: [{ name: 'ops', hashedPassword: pw.stringValue }] }),
    });
    return { lab, vm };
  }

  test('the user-data has ${jsonencode(var.key)} and the stack conforms to the provider schema', () => {
    // GIVEN the machine / WHEN synthesized
    const { lab } = variableLab();
    const json = synthJson(lab.stack);
    const seed = oneOf(json, 'libvirt_cloudinit_disk');
    // THEN each variable is JSON-encoded where it stands alone as a YAML value
    expect(seed.user_data).toMatch(/\n {6}- \$\{jsonencode\(var\.key\)\}\n/);
    expect(seed.user_data).toMatch(/\n {4}hashed_passwd: \$\{jsonencode\(var\.pw\)\}\n/);
    // AND the instance-id is a literal, computed at synth from those expressions: no local, no function call
    expect(json.locals).toBeUndefined();
    expect(seed.meta_data).toMatch(/^instance-id: web-[0-9a-f]{12}\nlocal-hostname: web\n$/);
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  itTerraform('Terraform renders a key with ": ", "#", quotes and template sequences into user-data that reads back exactly', () => {
    // GIVEN the machine, and values that would break the YAML or change its meaning if substituted as raw text
    const { lab } = variableLab();
    const KEY = `${SSH_KEY.split(' ').slice(0, 2).join(' ')} me: #laptop "quoted" it's \\ \${HOME} %{x} <&>`;
    const PW = `!!binary *ops &x: #"'yes`;
    const json = synthJson(lab.stack);
    const seed = oneOf(json, 'libvirt_cloudinit_disk');
    // AND a configuration without providers: the variables, locals and, as outputs, the seed's documents
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({
      variable: json.variable,
      locals: json.locals,
      output: { user_data: { value: seed.user_data }, meta_data: { value: seed.meta_data } },
    }));
    const env = { CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null', TF_VAR_key: KEY, TF_VAR_pw: PW };
    // WHEN Terraform plans it with those values
    expect(output(run([TERRAFORM!, 'init', '-input=false', '-no-color'], { cwd: dir, env }))).toMatch(/^exit 0\n/);
    expect(output(run([TERRAFORM!, 'plan', '-input=false', '-no-color', '-out=plan.bin'], { cwd: dir, env }))).toMatch(/^exit 0\n/);
    const show = run([TERRAFORM!, 'show', '-json', 'plan.bin'], { cwd: dir, env });
    expect(show.status).toBe(0);
    const planned = JSON.parse(show.stdout).planned_values.outputs;
    const userData: string = planned.user_data.value;
    // THEN the user-data, read as YAML 1.1 like PyYAML does, holds exactly the key and the password hash
    expect(userData).toContain('"ssh-ed25519 ');
    const doc: any = parse(userData, { version: '1.1' });
    expect(doc.users.find((u: any) => u.ssh_authorized_keys !== undefined).ssh_authorized_keys).toEqual([KEY]);
    expect(doc.users.find((u: any) => u.name === 'ops').hashed_passwd).toBe(PW);
    // AND the meta-data is still a document with a hashed instance-id
    expect(parse(planned.meta_data.value, { version: '1.1' })).toEqual({ 'instance-id': expect.stringMatching(/^web-[0-9a-f]{12}$/), 'local-hostname': 'web' });
    // AND cloud-init, where installed, accepts the user-data
    if (CLOUD_INIT !== undefined) {
      const file = path.join(dir, 'user-data');
      fs.writeFileSync(file, userData);
      const r = run([CLOUD_INIT, 'schema', '-c', file]);
      expect(output(r)).toMatch(/^exit 0\n/);
    }
  });
});

describe('the tool checks cover the machine shapes that matter', () => {
  test('the realistic machine has a static NIC first and a DHCP NIC second, and shell ${...} in its user-data', () => {
    const { vm, backend } = realisticLab();
    expect(vm.nics.map((n) => [n.network.literalName, n.address])).toEqual([['lan', '10.77.0.10'], [backend.literalName, undefined]]);
    expect(backend.mode).toEqual(NetworkMode.nat());
    expect(vm.userData).toContain('${HOME}');
  });
});
