import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { K3S_CONFIG_FILE } from './private/k3s-config';
import { attach, attached, hasMark, markAs } from './private/marks';
import { shellWord } from './private/shell';
import { checkProps, fail, isToken } from './private/validate';

/** Options of {@link K3sInstall.script}. */
export interface K3sScriptInstallOptions {
  /**
   * URL of the k3s install script.
   * @default 'https://get.k3s.io'
   */
  readonly url?: string;
  /**
   * The k3s release to install (`INSTALL_K3S_VERSION`), such as `v1.31.4+k3s1`. Strongly
   * recommended: without it every node installs whatever the stable channel offers on the day it
   * boots, so a node added next month can run a newer Kubernetes than the rest of the cluster.
   * @default - the latest release of the stable channel (with a synth warning)
   */
  readonly version?: string;
}

/** Options of {@link K3sInstall.airGapped}. */
export interface K3sAirGappedInstallOptions {
  /**
   * An http(s) URL of a directory that holds the files of one k3s release, as on the release's
   * GitHub page: `k3s` (for arm64: `k3s-arm64`), `k3s-airgap-images-amd64.tar.zst` (arm64:
   * `k3s-airgap-images-arm64.tar.zst`) and `install.sh`.
   */
  readonly mirrorUrl: string;
  /**
   * The release the mirror holds, such as `v1.31.4+k3s1`. Each node checks that the downloaded
   * binary reports this version before installing it, so a mirror that was moved to another
   * release fails loudly instead of mixing versions in one cluster.
   */
  readonly version: string;
}

const DEFAULT_SCRIPT_URL = 'https://get.k3s.io';

/**
 * Where the nodes get k3s from: the install script from the internet, files on a mirror for
 * networks without internet access, or nowhere (the nodes are prepared and you install k3s yourself).
 */
export class K3sInstall {
  /** Whether `x` is a K3sInstall (marked, so that one made by another copy of this library is recognised too). */
  public static isK3sInstall(x: unknown): x is K3sInstall {
    return hasMark(x, 'K3sInstall');
  }

  /**
   * The install script (`curl -sfL https://get.k3s.io | sh -`), run on first boot; the guests need
   * internet access (the script downloads k3s from GitHub). Adds the `curl` package.
   */
  public static script(options: K3sScriptInstallOptions = {}): K3sInstall {
    // options as given: checked by the cluster that uses the install, which knows its path
    const install = new K3sInstall('script', options?.url ?? DEFAULT_SCRIPT_URL, options?.version);
    attach(install, GIVEN_OPTIONS, { factory: 'K3sInstall.script()', options, known: { url: true, version: true }, required: false });
    return install;
  }

  /**
   * An air-gapped install from a mirror: each node downloads the k3s binary, the airgap image
   * bundle (into `/var/lib/rancher/k3s/agent/images/`, where k3s imports it at start) and
   * `install.sh` from `mirrorUrl`, and runs `install.sh` with `INSTALL_K3S_SKIP_DOWNLOAD=true`.
   * The guests need to reach the mirror only. Downloads use curl when the image has it, else
   * Python (which every cloud-init image has).
   */
  public static airGapped(options: K3sAirGappedInstallOptions): K3sInstall {
    const install = new K3sInstall('air-gapped', options?.mirrorUrl, options?.version);
    attach(install, GIVEN_OPTIONS, { factory: 'K3sInstall.airGapped()', options, known: { mirrorUrl: true, version: true }, required: true });
    return install;
  }

  /**
   * No installation: every node gets `/etc/rancher/k3s/config.yaml` (join token, server URL,
   * node IP, labels, taints) and, with three servers, the virtual IP, but k3s itself is not
   * installed. For installing it yourself (for example with an Ansible playbook over the lab's
   * inventory: `k3s server` and `k3s agent` read that file), and for guests without internet access.
   */
  public static none(): K3sInstall {
    return new K3sInstall('none');
  }

  /** `script`, `air-gapped` or `none`. */
  public readonly kind: string;
  /** The install script URL (script) or the mirror directory (air-gapped). */
  public readonly url?: string;
  /** The k3s release, when pinned. */
  public readonly version?: string;

  private constructor(kind: string, url?: string, version?: string) {
    this.kind = kind;
    this.url = url;
    this.version = version;
    markAs(this, 'K3sInstall');
  }
}

/** The key of the options a K3sInstall factory was given, as given, with the props it knows. */
const GIVEN_OPTIONS = 'K3sInstall.givenOptions';

interface GivenOptions {
  readonly factory: string;
  readonly options: unknown;
  readonly known: Record<string, true>;
  readonly required: boolean;
}

const VERSION = /^v\d+\.\d+\.\d+(-rc\d+)?\+k3s\d+$/;
const URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~!$&()*+,;=:@%/-]*)?$/;

/**
 * Checks the install source of the cluster `scope`: its kind, URL and version; warns when a script
 * install is not pinned to a version. @internal
 */
export function checkInstall(scope: IConstruct, install: K3sInstall): void {
  if (!K3sInstall.isK3sInstall(install)) {
    fail(scope, 'install is not a K3sInstall', install, 'use K3sInstall.script(), K3sInstall.airGapped({ mirrorUrl, version }) or K3sInstall.none()');
  }
  const given = attached<GivenOptions>(install, GIVEN_OPTIONS);
  if (given !== undefined) checkProps(scope, given.factory, given.options, given.known, given.required);
  if (install.kind === 'none') return;
  const what = install.kind === 'script' ? 'the install script URL' : 'mirrorUrl';
  if (typeof install.url !== 'string' || isToken(install.url) || !URL.test(install.url)) {
    fail(scope, `${what} is not an http(s) URL`, install.url,
      install.kind === 'script' ? "give a URL such as 'https://get.k3s.io', or leave url unset" : "give the directory of a k3s release on your mirror, such as 'http://mirror.lab:8080/k3s/v1.31.4+k3s1'");
  }
  if (install.version === undefined) {
    if (install.kind === 'air-gapped') fail(scope, 'an air-gapped install needs the version the mirror holds', undefined, "set version, such as 'v1.31.4+k3s1'");
    Annotations.of(scope).addWarning('k3s is installed without a version: each node gets the stable channel\'s release of the day it boots; '
      + "pin one with K3sInstall.script({ version: 'v1.31.4+k3s1' })");
    return;
  }
  if (typeof install.version !== 'string' || isToken(install.version) || !VERSION.test(install.version)) {
    fail(scope, 'the k3s version is not a k3s release name', install.version, "write it as on the k3s release page, such as 'v1.31.4+k3s1'");
  }
}

/** The k3s file names of a libvirt guest architecture. */
const ARCH_SUFFIX: Record<string, { binary: string; images: string }> = {
  x86_64: { binary: 'k3s', images: 'k3s-airgap-images-amd64.tar.zst' },
  aarch64: { binary: 'k3s-arm64', images: 'k3s-airgap-images-arm64.tar.zst' },
};

/**
 * The script that installs k3s on a node as `command` (`server` or `agent`), or undefined for
 * K3sInstall.none(); `install` has passed {@link checkInstall}. @internal
 */
export function installScript(scope: IConstruct, install: K3sInstall, command: 'server' | 'agent', architecture: string): string | undefined {
  if (install.kind === 'none') return undefined;
  const head = [
    '#!/bin/sh',
    `# Installs k3s as ${command === 'server' ? 'a server' : 'an agent'}: written by cdktf-libvirt, run once by cloud-init, safe to run again.`,
    `# k3s reads its settings, the join token among them, from ${K3S_CONFIG_FILE}.`,
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
  if (install.kind === 'script') {
    const version = install.version === undefined ? '' : ` INSTALL_K3S_VERSION=${shellWord(install.version)}`;
    return [
      ...head,
      `fetch ${shellWord(install.url!)} "$work/install.sh"`,
      `INSTALL_K3S_EXEC=${command}${version} sh "$work/install.sh"`,
      '',
    ].join('\n');
  }
  const files = ARCH_SUFFIX[architecture];
  if (files === undefined) {
    fail(scope, `an air-gapped install has k3s files for x86_64 and aarch64 guests, not ${architecture}`, architecture,
      'run the nodes on an x86_64 or aarch64 host, or use K3sInstall.none() and install k3s yourself');
  }
  const mirror = install.url!.replace(/\/+$/, '');
  const images = '/var/lib/rancher/k3s/agent/images';
  return [
    ...head,
    `mkdir -p ${images} /usr/local/bin`,
    `fetch ${shellWord(`${mirror}/${files.binary}`)} "$work/k3s"`,
    `if ! "$work/k3s" --version | grep -qF ${shellWord(`k3s version ${install.version} `)}; then`,
    `  echo "the k3s binary on the mirror is not ${install.version}: $("$work/k3s" --version | head -n 1)" >&2`,
    '  exit 1',
    'fi',
    'install -m 0755 "$work/k3s" /usr/local/bin/k3s',
    `fetch ${shellWord(`${mirror}/${files.images}`)} ${images}/${files.images}`,
    `fetch ${shellWord(`${mirror}/install.sh`)} "$work/install.sh"`,
    `INSTALL_K3S_SKIP_DOWNLOAD=true INSTALL_K3S_EXEC=${command} sh "$work/install.sh"`,
    '',
  ].join('\n');
}
