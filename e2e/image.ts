/**
 * The guest image of the e2e tier: a disk-bootable Debian 12 image with cloud-init (NoCloud), SSH,
 * the QEMU guest agent and netplan, built from Debian's packages with debootstrap by
 * `e2e/build-test-image.sh`, and cached outside the repository between runs on one machine,
 * keyed by the script's content (a changed script builds a new image).
 *
 * `CDKTF_LIBVIRT_E2E_IMAGE=/path/to/image.qcow2` uses that image instead (nothing is built), and
 * `CDKTF_LIBVIRT_E2E_CACHE` moves the cache (default `/var/cache/cdktf-libvirt-e2e`).
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Log } from './run';

export const DEFAULT_CACHE_DIR = '/var/cache/cdktf-libvirt-e2e';

/** The image a run uses. */
export interface TestImage {
  /** Absolute path of the qcow2 file. */
  readonly path: string;
  /** How it came to be: built now, taken from the cache, or given by CDKTF_LIBVIRT_E2E_IMAGE. */
  readonly origin: 'built' | 'cached' | 'given';
  /** Seconds the build took (0 unless built). */
  readonly buildSeconds: number;
}

/** The build script, beside this file in the source tree (also when running from dist/e2e). */
export function buildScriptPath(): string {
  const candidates = [path.join(__dirname, 'build-test-image.sh'), path.join(__dirname, '..', '..', 'e2e', 'build-test-image.sh')];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`build-test-image.sh not found (looked in ${candidates.join(', ')})`);
  return found;
}

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    fs.createReadStream(file).on('data', (d) => h.update(d)).on('error', reject).on('end', () => resolve(h.digest('hex')));
  });
}

/** True when `image` exists and matches the digest the build wrote beside it. */
async function intact(image: string): Promise<boolean> {
  const sums = `${image}.sha256`;
  if (!fs.existsSync(image) || !fs.existsSync(sums)) return false;
  const want = fs.readFileSync(sums, 'utf8').trim().split(/\s+/)[0];
  return want === await sha256File(image);
}

/** Returns the test image: given, cached, or built now (about 3 minutes, needs root and a Debian mirror). */
export async function ensureTestImage(log: Log): Promise<TestImage> {
  const given = process.env.CDKTF_LIBVIRT_E2E_IMAGE;
  if (given) {
    if (!path.isAbsolute(given) || !fs.existsSync(given)) throw new Error(`CDKTF_LIBVIRT_E2E_IMAGE=${given} is not an absolute path of an existing file`);
    log(`test image: ${given} (given by CDKTF_LIBVIRT_E2E_IMAGE)`);
    return { path: given, origin: 'given', buildSeconds: 0 };
  }
  const script = buildScriptPath();
  const key = createHash('sha256').update(fs.readFileSync(script)).digest('hex').slice(0, 16);
  const cacheDir = process.env.CDKTF_LIBVIRT_E2E_CACHE ?? DEFAULT_CACHE_DIR;
  const image = path.join(cacheDir, `debian-12-test-${key}.qcow2`);
  if (await intact(image)) {
    log(`test image: ${image} (cached; key = sha256 of ${path.basename(script)})`);
    return { path: image, origin: 'cached', buildSeconds: 0 };
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  log(`building the test image ${image} with ${script} (debootstrap from Debian's packages, about 3 minutes)`);
  const start = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [script, image], { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail: string[] = [];
    const onData = (d: Buffer) => {
      for (const line of d.toString('utf8').split('\n').filter(Boolean)) {
        log(`  build: ${line}`);
        tail = [...tail, line].slice(-30);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`build-test-image.sh exited ${code}:\n${tail.join('\n')}`))));
  });
  const buildSeconds = Math.round((Date.now() - start) / 1000);
  if (!await intact(image)) throw new Error(`build-test-image.sh finished but ${image} does not match its .sha256`);
  // images of older versions of the script are of no further use
  for (const f of fs.readdirSync(cacheDir)) {
    if (/^debian-12-test-[0-9a-f]{16}\.(qcow2|qcow2\.sha256|packages\.txt)$/.test(f) && !f.includes(key)) {
      fs.rmSync(path.join(cacheDir, f), { force: true });
      log(`removed ${f} from the cache (built by another version of the script)`);
    }
  }
  log(`test image built in ${buildSeconds} s: ${image}`);
  return { path: image, origin: 'built', buildSeconds };
}
