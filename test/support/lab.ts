/**
 * Shared fixtures of the construct tests: a stack with one KVM host, the catalogue's Debian 12
 * image and a NAT network, plus helpers to read the synthesized JSON and to assert validation errors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
// the typings of cdktf's jest matchers (toHaveResourceWithProperties, ...), registered at runtime by test/setup.ts
import type {} from 'cdktf/lib/testing/adapters/jest';
import { BaseImage, DomainType, Host, Network } from '../../lib';

/** A fake but well-formed OpenSSH public key. */
export const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx me@laptop';

/** A SHA-512 crypt(3) hash (of the word "password", salt "saltsalt"), as `mkpasswd -m sha-512` prints it. */
export const HASHED_PASSWORD = '$6$saltsalt$qFmFH.bQmmtXzyBY0s9v7Oicd2z4XSIecDzlB5KiA2/jctKu9YterLp8wwnSq.qc.eoxqOmSuNp2xS0ktL3nh/';

/** lib/scripts/fetch-image.sh as it is now (owned elsewhere: only ever compared, never pinned in snapshots). */
export const FETCH_SCRIPT_PATH = path.resolve(__dirname, '..', '..', 'lib', 'scripts', 'fetch-image.sh');

/** True for the terraform_data that downloads a base image (others register DNS names). */
export const isDownload = (r: any): boolean => r.provisioner?.[0]?.['local-exec']?.environment?.IMAGE_URL !== undefined;

/** The name a base volume of an image has in the plan: one instance per image key (`for_each`). */
export function baseVolumeName(image: string, format = 'qcow2'): string {
  return `${image}-\${each.key}.${format}`;
}

/** The resource name of the base volume a root disk's backing store points at (through the machine's image pin). */
export function backingVolumeKey(root: any): string {
  const m = /^\$\{libvirt_volume\.([^\[.]+)\[terraform_data\.[^\]]+_ImagePin-[^\]]+\.input\.image\]\.path\}$/.exec(String(root?.backing_store?.path));
  if (!m) throw new Error(`the root disk's backing store is not a base volume through an image pin: ${root?.backing_store?.path}`);
  return m[1];
}

export const QEMU_MAC = /^52:54:00(:[0-9a-f]{2}){3}$/;

export function newStack(): TerraformStack {
  const app = Testing.app();
  return new TerraformStack(app, 'test');
}

/** A stack with one host and one image, and no network. */
export interface HostWithImage {
  readonly stack: TerraformStack;
  readonly host: Host;
  readonly image: BaseImage;
}

export interface Lab extends HostWithImage {
  /** NAT network 10.77.0.0/24: gateway .1, DHCP .128-.254, domain lan.test. */
  readonly net: Network;
}

/** A stack with host `kvm1` and image `debian` (catalogue debian-12), for tests that make their own networks. */
export function newHostWithImage(options: { domainType?: DomainType } = {}): HostWithImage {
  const stack = newStack();
  const host = new Host(stack, 'kvm1', { domainType: options.domainType });
  const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
  return { stack, host, image };
}

/** A stack with host `kvm1`, image `debian` (catalogue debian-12) and network `lan` (10.77.0.0/24). */
export function newLab(options: { domainType?: DomainType } = {}): Lab {
  const base = newHostWithImage(options);
  const net = new Network(base.host, 'lan', { cidr: '10.77.0.0/24' });
  return { ...base, net };
}

/** The synthesized stack as JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The resources (or data sources with `section: 'data'`) of one type, by logical id. */
export function ofType(json: any, type: string, section: 'resource' | 'data' = 'resource'): Record<string, any> {
  return json[section]?.[type] ?? {};
}

/** The logical id of the only resource of `type` that satisfies `pick`; fails otherwise. */
export function keyOf(json: any, type: string, pick: (r: any, key: string) => boolean = () => true, section: 'resource' | 'data' = 'resource'): string {
  const keys = Object.entries(ofType(json, type, section)).filter(([k, r]) => pick(r, k)).map(([k]) => k);
  if (keys.length !== 1) throw new Error(`expected exactly one ${type} matching, found ${keys.length}: ${keys.join(', ')}`);
  return keys[0];
}

/** The only resource of `type` that satisfies `pick`. */
export function oneOf(json: any, type: string, pick: (r: any, key: string) => boolean = () => true, section: 'resource' | 'data' = 'resource'): any {
  return ofType(json, type, section)[keyOf(json, type, pick, section)];
}

/** The libvirt_domain named `name`. */
export function domainNamed(json: any, name: string): any {
  return oneOf(json, 'libvirt_domain', (d) => d.name === name);
}

/**
 * The synthesized JSON with the package's scripts replaced by placeholders, for snapshots that must
 * not pin another file: a script embedded in a command by its name, a script shipped as an asset
 * by a placeholder in place of its content hash.
 */
export function redactScripts(json: any): any {
  const copy = JSON.parse(JSON.stringify(json));
  for (const data of Object.values<any>(ofType(copy, 'terraform_data'))) {
    for (const p of data.provisioner ?? []) {
      const exec = p['local-exec'];
      if (!exec) continue;
      const asset = /^(\/bin\/sh "\$\{path\.module\}\/assets\/[^/]+\/)[0-9A-F]+(\/([^/"]+)")$/.exec(exec.command);
      exec.command = asset ? `${asset[1]}<hash of lib/scripts/${asset[3]}>${asset[2]}` : `<content of lib/scripts/${/^# ([a-z-]+\.sh):/m.exec(exec.command)?.[1]}>`;
    }
  }
  return copy;
}

/** Expects `build` to throw a LibvirtValidationError whose message matches `message` (one implementation: ../validation-error). */
export { expectValidationError as expectRejected } from '../validation-error';

/** Escapes a literal for use inside a RegExp. */
export function re(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The current content of lib/scripts/fetch-image.sh. */
export function fetchScript(): string {
  return fs.readFileSync(FETCH_SCRIPT_PATH, 'utf8');
}
