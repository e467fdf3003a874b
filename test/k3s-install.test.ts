/**
 * K3sInstall: where the nodes get k3s from. The factories, the checks of an install source
 * (checkInstall), the install script a node runs (installScript, parsed by `sh -n` and shellcheck
 * where installed), and what each source puts in the nodes' user-data through a K3sCluster.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { Host, HostConnection, K3sCluster, K3sInstall, Network } from '../lib';
import { checkInstall, installScript } from '../lib/k3s-install';
import {
  cloudConfigOf, fileOf, INSTALL_FILE, k3sConfigOf, k3sLab, output, run, tmpDir, VERSION, warningsOf, which,
} from './support/k3s';
import { expectRejected, newLab, newStack, synthJson } from './support/lab';

const SHELLCHECK = which('shellcheck');
// not (yet) among the packages .ci/run installs: skipped where missing; `sh -n` always runs
const itShellcheck = SHELLCHECK !== undefined ? it : it.skip;

/** A construct at path test/K3s, standing in for the cluster whose install is checked. */
function clusterScope(): Construct {
  return new Construct(newStack(), 'K3s');
}

/** The script a server gets from `install` on an x86_64 host. */
function serverScript(install: K3sInstall, architecture = 'x86_64'): string {
  return installScript(clusterScope(), install, 'server', architecture)!;
}

/** The opening every install script shares: a fetch with curl, else Python, and a scratch directory. */
const HEAD = (role: string) => [
  '#!/bin/sh',
  `# Installs k3s as ${role}: written by cdktf-libvirt, run once by cloud-init, safe to run again.`,
  '# k3s reads its settings, the join token among them, from /etc/rancher/k3s/config.yaml.',
  'set -eu',
  'fetch() {',
  '  if command -v curl >/dev/null 2>&1; then',
  '    curl -fsSL --retry 5 --retry-delay 3 --retry-connrefused -o "$2" "$1"',
  '  else',
  '    python3 -c \'import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])\' "$1" "$2"',
  '  fi',
  '}',
  'work=$(mktemp -d)',
  'trap \'rm -rf "$work"\' EXIT',
];

describe('K3sInstall', () => {
  test('script(): get.k3s.io, the stable channel\'s release', () => {
    expect(K3sInstall.script()).toMatchObject({ kind: 'script', url: 'https://get.k3s.io', version: undefined });
    expect(K3sInstall.script({ url: 'https://mirror.lab/get-k3s.sh', version: VERSION }))
      .toMatchObject({ kind: 'script', url: 'https://mirror.lab/get-k3s.sh', version: VERSION });
  });

  test('airGapped(): the mirror directory and its release', () => {
    expect(K3sInstall.airGapped({ mirrorUrl: 'http://m/k3s', version: VERSION })).toMatchObject({ kind: 'air-gapped', url: 'http://m/k3s', version: VERSION });
  });

  test('none(): no URL, no version', () => {
    expect(K3sInstall.none()).toMatchObject({ kind: 'none', url: undefined, version: undefined });
  });
});

describe('checkInstall', () => {
  test('accepts a pinned script, an air-gapped mirror and none, without a warning', () => {
    for (const install of [
      K3sInstall.script({ version: VERSION }),
      K3sInstall.script({ url: 'http://mirror.lab:8080/get-k3s.sh', version: 'v1.32.0-rc1+k3s2' }),
      K3sInstall.airGapped({ mirrorUrl: 'http://mirror.lab:8080/k3s/v1.31.4+k3s1/', version: VERSION }),
      K3sInstall.none(),
    ]) {
      const scope = clusterScope();
      checkInstall(scope, install);
      expect(warningsOf(scope)).toEqual([]);
    }
  });

  test('warns when a script install is not pinned to a version', () => {
    const scope = clusterScope();
    checkInstall(scope, K3sInstall.script());
    expect(warningsOf(scope)).toEqual([
      'k3s is installed without a version: each node gets the stable channel\'s release of the day it boots; '
      + "pin one with K3sInstall.script({ version: 'v1.31.4+k3s1' })",
    ]);
  });

  test('refuses what is not a K3sInstall', () => {
    expectRejected(() => checkInstall(clusterScope(), { kind: 'none' } as unknown as K3sInstall),
      /^test\/K3s: install is not a K3sInstall \(got \{"kind":"none"\}\); use K3sInstall\.script\(\), K3sInstall\.airGapped\(\{ mirrorUrl, version \}\) or K3sInstall\.none\(\)$/);
  });

  test('refuses a script URL that is not an http(s) URL, or not known at synth', () => {
    const FIX = "give a URL such as 'https:\\/\\/get\\.k3s\\.io', or leave url unset$";
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script({ url: 'get.k3s.io', version: VERSION })),
      new RegExp(`^test/K3s: the install script URL is not an http\\(s\\) URL \\(got "get\\.k3s\\.io"\\); ${FIX}`));
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script({ url: 'ftp://get.k3s.io', version: VERSION })),
      /^test\/K3s: the install script URL is not an http\(s\) URL \(got "ftp:\/\/get\.k3s\.io"\)/);
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script({ url: "https://m/get k3s's.sh", version: VERSION })),
      /^test\/K3s: the install script URL is not an http\(s\) URL \(got "https:\/\/m\/get k3s's\.sh"\)/);
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script({ url: 42 as unknown as string, version: VERSION })),
      /^test\/K3s: the install script URL is not an http\(s\) URL \(got 42\)/);
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script({ url: Lazy.stringValue({ produce: () => 'https://get.k3s.io' }), version: VERSION })),
      /^test\/K3s: the install script URL is not an http\(s\) URL \(got "\$\{TfToken\[TOKEN\.\d+\]\}"\)/);
  });

  test('refuses a mirror that is not an http(s) URL', () => {
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.airGapped({ mirrorUrl: 'http://m/k3s; rm -rf /', version: VERSION })),
      /^test\/K3s: mirrorUrl is not an http\(s\) URL \(got "http:\/\/m\/k3s; rm -rf \/"\); give the directory of a k3s release on your mirror, such as 'http:\/\/mirror\.lab:8080\/k3s\/v1\.31\.4\+k3s1'$/);
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.airGapped(undefined as unknown as { mirrorUrl: string; version: string })),
      /^test\/K3s: K3sInstall\.airGapped\(\) needs props \(got nothing\); pass an object such as \{ mirrorUrl, version \}$/);
  });

  test('options that are not options are refused by the cluster that uses the install, not by the factory (no TypeError)', () => {
    // GIVEN the factories given null, a string, and a misspelt option / WHEN checked for a cluster / THEN each is refused with its path and fix
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script(null as any)),
      /^test\/K3s: the props of K3sInstall\.script\(\) must be an object \(got null\); pass an object of props, or leave them out$/);
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.airGapped('http://m/k3s' as any)),
      /^test\/K3s: the props of K3sInstall\.airGapped\(\) must be an object \(got "http:\/\/m\/k3s"\); pass an object of props$/);
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script({ versions: VERSION } as any)),
      /^test\/K3s: K3sInstall\.script\(\) has no prop 'versions' \(got "versions"\); did you mean 'version'\?/);
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.airGapped({ mirrorURL: 'http://m/k3s', version: VERSION } as any)),
      /^test\/K3s: K3sInstall\.airGapped\(\) has no prop 'mirrorURL' \(got "mirrorURL"\); did you mean 'mirrorUrl'\?/);
  });

  test('refuses an air-gapped install without the version the mirror holds', () => {
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.airGapped({ mirrorUrl: 'http://m/k3s', version: undefined as unknown as string })),
      /^test\/K3s: an air-gapped install needs the version the mirror holds \(got nothing\); set version, such as 'v1\.31\.4\+k3s1'$/);
  });

  test('refuses a version that is not a k3s release name, or not known at synth', () => {
    for (const version of ['1.31.4', 'v1.31.4', 'v1.31+k3s1', 'v1.31.4+k3s1 ', 'latest']) {
      for (const install of [K3sInstall.script({ version }), K3sInstall.airGapped({ mirrorUrl: 'http://m/k3s', version })]) {
        expectRejected(() => checkInstall(clusterScope(), install),
          new RegExp(`^test/K3s: the k3s version is not a k3s release name \\(got ${JSON.stringify(version).replace(/[.+]/g, '\\$&')}\\); write it as on the k3s release page, such as 'v1\\.31\\.4\\+k3s1'$`));
      }
    }
    expectRejected(() => checkInstall(clusterScope(), K3sInstall.script({ version: Lazy.stringValue({ produce: () => VERSION }) })),
      /^test\/K3s: the k3s version is not a k3s release name \(got "\$\{TfToken\[TOKEN\.\d+\]\}"\)/);
  });
});

describe('installScript', () => {
  test('none: no script', () => {
    expect(installScript(clusterScope(), K3sInstall.none(), 'server', 'x86_64')).toBeUndefined();
  });

  test('script: fetches the install script and runs it as server or agent, pinned with INSTALL_K3S_VERSION', () => {
    expect(serverScript(K3sInstall.script({ version: VERSION }))).toBe([
      ...HEAD('a server'),
      'fetch https://get.k3s.io "$work/install.sh"',
      `INSTALL_K3S_EXEC=server INSTALL_K3S_VERSION=${VERSION} sh "$work/install.sh"`,
      '',
    ].join('\n'));
    expect(installScript(clusterScope(), K3sInstall.script(), 'agent', 'x86_64')).toBe([
      ...HEAD('an agent'),
      'fetch https://get.k3s.io "$work/install.sh"',
      'INSTALL_K3S_EXEC=agent sh "$work/install.sh"',
      '',
    ].join('\n'));
  });

  test('air-gapped: the files of the guest\'s architecture, the binary\'s version checked, install.sh told to skip the download', () => {
    const install = K3sInstall.airGapped({ mirrorUrl: 'http://mirror.lab:8080/k3s//', version: VERSION });
    expect(installScript(clusterScope(), install, 'agent', 'aarch64')).toBe([
      ...HEAD('an agent'),
      'mkdir -p /var/lib/rancher/k3s/agent/images /usr/local/bin',
      'fetch http://mirror.lab:8080/k3s/k3s-arm64 "$work/k3s"',
      `if ! "$work/k3s" --version | grep -qF 'k3s version ${VERSION} '; then`,
      `  echo "the k3s binary on the mirror is not ${VERSION}: $("$work/k3s" --version | head -n 1)" >&2`,
      '  exit 1',
      'fi',
      'install -m 0755 "$work/k3s" /usr/local/bin/k3s',
      'fetch http://mirror.lab:8080/k3s/k3s-airgap-images-arm64.tar.zst /var/lib/rancher/k3s/agent/images/k3s-airgap-images-arm64.tar.zst',
      'fetch http://mirror.lab:8080/k3s/install.sh "$work/install.sh"',
      'INSTALL_K3S_SKIP_DOWNLOAD=true INSTALL_K3S_EXEC=agent sh "$work/install.sh"',
      '',
    ].join('\n'));
    const amd64 = serverScript(install);
    expect(amd64).toContain('fetch http://mirror.lab:8080/k3s/k3s "$work/k3s"\n');
    expect(amd64).toContain('fetch http://mirror.lab:8080/k3s/k3s-airgap-images-amd64.tar.zst /var/lib/rancher/k3s/agent/images/k3s-airgap-images-amd64.tar.zst\n');
  });

  test('air-gapped: refuses an architecture k3s publishes no files for', () => {
    expectRejected(() => installScript(clusterScope(), K3sInstall.airGapped({ mirrorUrl: 'http://m', version: VERSION }), 'server', 's390x'),
      /^test\/K3s: an air-gapped install has k3s files for x86_64 and aarch64 guests, not s390x \(got "s390x"\); run the nodes on an x86_64 or aarch64 host, or use K3sInstall\.none\(\) and install k3s yourself$/);
  });

  test('URLs with shell characters are quoted as one word', () => {
    expect(serverScript(K3sInstall.script({ url: 'https://m/x$y&(z)', version: VERSION }))).toContain(`fetch 'https://m/x$y&(z)' "$work/install.sh"\n`);
    const airGapped = serverScript(K3sInstall.airGapped({ mirrorUrl: 'http://m:81/a$b;c', version: VERSION }));
    expect(airGapped).toContain(`fetch 'http://m:81/a$b;c/k3s' "$work/k3s"\n`);
    expect(airGapped).toContain(`fetch 'http://m:81/a$b;c/install.sh' "$work/install.sh"\n`);
  });
});

describe('install sources, through a K3sCluster', () => {
  const scriptOf = (json: any, name: string): string | undefined => fileOf(json, name, INSTALL_FILE)?.content;

  test('script, pinned: fetches the script and runs it as server or agent with INSTALL_K3S_VERSION, after curl is installed', () => {
    const { stack, k3s } = k3sLab({ agents: 1, install: K3sInstall.script({ version: VERSION, url: 'https://mirror.lab/get-k3s.sh' }) });
    const json = synthJson(stack);
    for (const [name, role] of [['demo-k3s-server-0', 'server'], ['demo-k3s-agent-0', 'agent']]) {
      const doc = cloudConfigOf(json, name);
      expect(doc.packages).toEqual(['curl']);
      expect(doc.runcmd).toEqual(['/usr/local/sbin/cdktf-libvirt-k3s-install']);
      expect(fileOf(json, name, '/usr/local/sbin/cdktf-libvirt-k3s-install').permissions).toBe('0755');
      const script = scriptOf(json, name)!;
      expect(script).toContain('fetch https://mirror.lab/get-k3s.sh "$work/install.sh"\n');
      expect(script).toContain(`INSTALL_K3S_EXEC=${role} INSTALL_K3S_VERSION=${VERSION} sh "$work/install.sh"\n`);
    }
    expect(warningsOf(k3s)).toEqual([]);
  });

  test('script, by default: get.k3s.io without a version, with a warning to pin one', () => {
    const base = newLab();
    const k3s = new K3sCluster(base.host, 'K3s', { networks: [base.net], image: base.image });
    const script = scriptOf(synthJson(base.stack), 'k3s-server-0')!;
    expect(script).toContain('fetch https://get.k3s.io "$work/install.sh"\n');
    expect(script).toContain('INSTALL_K3S_EXEC=server sh "$work/install.sh"\n');
    expect(script).not.toContain('INSTALL_K3S_VERSION');
    expect(k3s.install.kind).toBe('script');
    expect(warningsOf(k3s)).toEqual([expect.stringMatching(/installed without a version.*K3sInstall\.script\(\{ version: 'v1\.31\.4\+k3s1' \}\)/)]);
  });

  test('air-gapped: binary, image bundle and install.sh from the mirror, version checked, install.sh told to skip the download', () => {
    const { stack } = k3sLab({ agents: 1, install: K3sInstall.airGapped({ mirrorUrl: 'http://mirror.lab:8080/k3s/', version: VERSION }) });
    const json = synthJson(stack);
    for (const [name, role] of [['demo-k3s-server-0', 'server'], ['demo-k3s-agent-0', 'agent']]) {
      const script = scriptOf(json, name)!;
      expect(script).toContain('fetch http://mirror.lab:8080/k3s/k3s "$work/k3s"\n');
      expect(script).toContain(`grep -qF 'k3s version ${VERSION} '`);
      expect(script).toContain('install -m 0755 "$work/k3s" /usr/local/bin/k3s\n');
      expect(script).toContain('fetch http://mirror.lab:8080/k3s/k3s-airgap-images-amd64.tar.zst /var/lib/rancher/k3s/agent/images/k3s-airgap-images-amd64.tar.zst\n');
      expect(script).toContain('fetch http://mirror.lab:8080/k3s/install.sh "$work/install.sh"\n');
      expect(script).toContain(`INSTALL_K3S_SKIP_DOWNLOAD=true INSTALL_K3S_EXEC=${role} sh "$work/install.sh"\n`);
      // no package: the guests may reach nothing but the mirror (curl if present, else Python)
      expect(cloudConfigOf(json, name).packages).toBeUndefined();
      expect(script).toContain('python3 -c');
    }
  });

  test('nodes on an aarch64 host are refused by their machines: the domains are q35, which QEMU has for x86_64 only', () => {
    // GIVEN an aarch64 host (the arm64 files are chosen by installScript, tested above)
    const base = newLab();
    const arm = new Host(base.stack, 'arm1', { architecture: 'aarch64', connection: HostConnection.fromUri('qemu+ssh://arm1/system') });
    const net = new Network(arm, 'armnet', { cidr: '10.78.0.0/24' });
    // WHEN a cluster is placed on it / THEN its first node says why it cannot run there
    expectRejected(() => new K3sCluster(arm, 'K3s', { networks: [net], image: base.image, install: K3sInstall.airGapped({ mirrorUrl: 'http://m/k3s', version: VERSION }) }),
      /^test\/arm1\/K3s\/Nodes\/server-0: the machine's domain is a q35 machine, which QEMU only has for x86_64 guests, but host arm1 runs aarch64 guests .*; run the machine on a Host with architecture 'x86_64' \(the default\)$/);
  });

  test('none: config.yaml (and the VIP) are prepared, nothing is downloaded or installed', () => {
    const { stack } = k3sLab({ servers: 3, agents: 1, install: K3sInstall.none() });
    const json = synthJson(stack);
    const agent = cloudConfigOf(json, 'demo-k3s-agent-0');
    expect(agent.runcmd).toBeUndefined();
    expect(agent.packages).toBeUndefined();
    expect(agent.write_files.map((f: any) => f.path)).toEqual(['/etc/rancher/k3s/config.yaml']);
    const server = cloudConfigOf(json, 'demo-k3s-server-0');
    expect(server.write_files.map((f: any) => f.path)).toEqual(['/etc/rancher/k3s/config.yaml', '/etc/keepalived/keepalived.conf']);
    expect(server.packages).toEqual(['keepalived']);
    expect(server.runcmd).toEqual(['systemctl enable keepalived && systemctl restart keepalived']);
    expect(k3sConfigOf(json, 'demo-k3s-server-0')['cluster-init']).toBe(true);
  });

  test('the cluster checks its install: versions, URLs and the kind', () => {
    expectRejected(() => k3sLab({ install: K3sInstall.script({ version: '1.31.4' }) }),
      /^test\/kvm1\/demo\/K3s: the k3s version is not a k3s release name \(got "1\.31\.4"\); write it as on the k3s release page, such as 'v1\.31\.4\+k3s1'/);
    expectRejected(() => k3sLab({ install: K3sInstall.script({ url: 'get.k3s.io' }) }),
      /^test\/kvm1\/demo\/K3s: the install script URL is not an http\(s\) URL \(got "get\.k3s\.io"\); give a URL such as 'https:\/\/get\.k3s\.io'/);
    expectRejected(() => k3sLab({ install: K3sInstall.airGapped({ mirrorUrl: 'http://m/k3s', version: undefined as unknown as string }) }),
      /^test\/kvm1\/demo\/K3s: an air-gapped install needs the version the mirror holds \(got nothing\); set version/);
    expectRejected(() => k3sLab({ install: K3sInstall.airGapped({ mirrorUrl: 'http://m/k3s; rm -rf /', version: VERSION }) }),
      /^test\/kvm1\/demo\/K3s: mirrorUrl is not an http\(s\) URL \(got "http:\/\/m\/k3s; rm -rf \/"\); give the directory of a k3s release/);
    expectRejected(() => k3sLab({ install: { kind: 'script' } as unknown as K3sInstall }),
      /^test\/kvm1\/demo\/K3s: install is not a K3sInstall .*; use K3sInstall\.script\(\)/);
  });
});

const INSTALLS: Array<[string, K3sInstall]> = [
  ['script', K3sInstall.script({ version: VERSION })],
  ['air-gapped', K3sInstall.airGapped({ mirrorUrl: 'http://mirror.lab/k3s', version: VERSION })],
];

describe.each(INSTALLS)('the %s install script', (_kind, install) => {
  function scripts(): string[] {
    const { stack } = k3sLab({ agents: 1, install });
    const json = synthJson(stack);
    return ['demo-k3s-server-0', 'demo-k3s-agent-0'].map((n) => fileOf(json, n, '/usr/local/sbin/cdktf-libvirt-k3s-install').content);
  }

  test('is parsed by the POSIX shell', () => {
    for (const script of scripts()) {
      const file = path.join(tmpDir(), 'install');
      fs.writeFileSync(file, script);
      expect(output(run(['/bin/sh', '-n', file]))).toMatch(/^exit 0\n/);
    }
  });

  itShellcheck('passes shellcheck as a POSIX sh script', () => {
    for (const script of scripts()) {
      const file = path.join(tmpDir(), 'install');
      fs.writeFileSync(file, script);
      expect(output(run([SHELLCHECK!, '-s', 'sh', file]))).toMatch(/^exit 0\n/);
    }
  });
});

test('install scripts with quoted URLs are parsed by the POSIX shell', () => {
  for (const install of [
    K3sInstall.script({ url: 'https://m/x$y&(z)*;', version: VERSION }),
    K3sInstall.airGapped({ mirrorUrl: 'http://m:81/a$b&c(d)*;=@%~/', version: 'v1.32.0-rc1+k3s2' }),
  ]) {
    const file = path.join(tmpDir(), 'install');
    fs.writeFileSync(file, serverScript(install));
    expect(output(run(['/bin/sh', '-n', file]))).toMatch(/^exit 0\n/);
  }
});
