/**
 * The guest image of the e2e tier: a disk-bootable Debian 12 image with cloud-init (NoCloud), SSH,
 * the QEMU guest agent and netplan, built from Debian's packages with debootstrap by
 * `e2e/build-test-image.sh`, and cached outside the repository between runs on one machine,
 * keyed by the script's content (a changed script builds a new image).
 *
 * `CDKTF_LIBVIRT_E2E_IMAGE=/path/to/image.qcow2` uses that image instead (nothing is built), and
 * `CDKTF_LIBVIRT_E2E_CACHE` moves the cache (default `/var/cache/cdktf-libvirt-e2e`).
 *
 * Labs that only have to boot, hold their addresses and be reachable use the tiny guest instead
 * (`e2e/build-tiny-guest.sh`: Debian's cloud kernel and a busybox initramfs, booted directly, in
 * seconds rather than minutes under TCG), cached the same way.
 *
 * The labs download these images as a user's lab downloads its own: {@link serveFiles} serves them
 * on 127.0.0.1, and each lab's `BaseImage` gets that URL and the file's sha256.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
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
export function buildScriptPath(name = 'build-test-image.sh'): string {
  const candidates = [path.join(__dirname, name), path.join(__dirname, '..', '..', 'e2e', name)];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`${name} not found (looked in ${candidates.join(', ')})`);
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

/** Runs a build script of this directory with `args`, streaming its output to `log`; resolves with the seconds it took. */
async function runBuildScript(script: string, args: string[], log: Log): Promise<number> {
  const start = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(script)} exited ${code}:\n${tail.join('\n')}`))));
  });
  return Math.round((Date.now() - start) / 1000);
}

/** The cache key of a build script: the first 16 hex digits of its SHA-256. */
function scriptKey(script: string): string {
  return createHash('sha256').update(fs.readFileSync(script)).digest('hex').slice(0, 16);
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
  const key = scriptKey(script);
  const cacheDir = process.env.CDKTF_LIBVIRT_E2E_CACHE ?? DEFAULT_CACHE_DIR;
  const image = path.join(cacheDir, `debian-12-test-${key}.qcow2`);
  if (await intact(image)) {
    log(`test image: ${image} (cached; key = sha256 of ${path.basename(script)})`);
    return { path: image, origin: 'cached', buildSeconds: 0 };
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  log(`building the test image ${image} with ${script} (debootstrap from Debian's packages, about 3 minutes)`);
  const buildSeconds = await runBuildScript(script, [image], log);
  if (!await intact(image)) throw new Error(`build-test-image.sh finished but ${image} does not match its .sha256`);
  // images of older versions of the script are of no further use
  for (const f of fs.readdirSync(cacheDir)) {
    // (and the variants derived from them: debian-12-test-<key>-<label>-<key of derive-test-image.sh>)
    const m = /^debian-12-test-([0-9a-f]{16})(-[A-Za-z0-9._]+-[0-9a-f]{16})?\.(qcow2|qcow2\.sha256|packages\.txt)$/.exec(f);
    if (m && m[1] !== key) {
      fs.rmSync(path.join(cacheDir, f), { force: true });
      log(`removed ${f} from the cache (built by another version of the script)`);
    }
  }
  log(`test image built in ${buildSeconds} s: ${image}`);
  return { path: image, origin: 'built', buildSeconds };
}

/** The tiny guest: a kernel and initramfs booted directly, and the empty disk its root disks overlay. */
export interface TinyGuest {
  readonly kernel: string;
  readonly initrd: string;
  /** An empty 1 GiB qcow2, uploaded where a lab would upload its base image. */
  readonly blankDisk: string;
  /** The kernel command line the tier boots it with. */
  readonly cmdline: string;
  readonly origin: 'built' | 'cached';
  readonly buildSeconds: number;
}

const TINY_FILES = ['vmlinuz', 'initrd.img', 'blank.qcow2'];

/** True when every file of a tiny guest directory matches its SHA256SUMS. */
async function tinyIntact(dir: string): Promise<boolean> {
  const sums = path.join(dir, 'SHA256SUMS');
  if (!fs.existsSync(sums)) return false;
  const want = new Map(fs.readFileSync(sums, 'utf8').trim().split('\n').map((l) => l.trim().split(/\s+/)).map(([h, f]) => [f, h] as [string, string]));
  for (const f of TINY_FILES) {
    const file = path.join(dir, f);
    if (!want.has(f) || !fs.existsSync(file) || want.get(f) !== await sha256File(file)) return false;
  }
  return true;
}

/**
 * Returns the tiny guest of `e2e/build-tiny-guest.sh` (Debian's cloud kernel, busybox, an /init that
 * applies the seed's hostname and network-config), cached like the test image by the script's hash.
 * Building takes about 10 seconds (two package downloads).
 */
export async function ensureTinyGuest(log: Log): Promise<TinyGuest> {
  const script = buildScriptPath('build-tiny-guest.sh');
  const key = scriptKey(script);
  const cacheDir = process.env.CDKTF_LIBVIRT_E2E_CACHE ?? DEFAULT_CACHE_DIR;
  const dir = path.join(cacheDir, `tiny-guest-${key}`);
  const result = (origin: 'built' | 'cached', buildSeconds: number): TinyGuest => ({
    kernel: path.join(dir, 'vmlinuz'), initrd: path.join(dir, 'initrd.img'), blankDisk: path.join(dir, 'blank.qcow2'),
    cmdline: 'console=ttyS0 panic=-1 mitigations=off', origin, buildSeconds,
  });
  if (await tinyIntact(dir)) {
    log(`tiny guest: ${dir} (cached; key = sha256 of ${path.basename(script)})`);
    return result('cached', 0);
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  log(`building the tiny guest ${dir} with ${script}`);
  const buildSeconds = await runBuildScript(script, [dir], log);
  if (!await tinyIntact(dir)) throw new Error(`build-tiny-guest.sh finished but ${dir} does not match its SHA256SUMS`);
  for (const f of fs.readdirSync(cacheDir)) {
    if (/^tiny-guest-[0-9a-f]{16}$/.test(f) && !f.includes(key)) {
      fs.rmSync(path.join(cacheDir, f), { recursive: true, force: true });
      log(`removed ${f} from the cache (built by another version of the script)`);
    }
  }
  log(`tiny guest built in ${buildSeconds} s: ${dir}`);
  return result('built', buildSeconds);
}

/** Files served over HTTP on 127.0.0.1, for the labs' base images to download as a user's would. */
export interface FileServer {
  /** `http://127.0.0.1:PORT/NAME` of a served file. */
  url(name: string): string;
  /** Requests answered so far, by file name (what downloaded what). */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Serves `files` (URL name -> absolute path) on 127.0.0.1 at a port the kernel picks: the image
 * download of every lab (`BaseImage` with a URL and its sha256) then runs for real, through
 * `fetch-image.sh` and curl, without leaving the machine. Only GET and HEAD of the named files are
 * answered; everything else is a 404.
 */
export function serveFiles(files: Record<string, string>): Promise<FileServer> {
  const hits = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0]);
    const file = Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined;
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    hits.set(name, (hits.get(name) ?? 0) + 1);
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': fs.statSync(file).size });
    if (req.method === 'HEAD') { res.end(); return; }
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: (name) => `http://127.0.0.1:${port}/${encodeURIComponent(name)}`,
        hits,
        close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}

/** The SHA-256 of a file, as hex (what `BaseImage` verifies the download against). */
export function fileSha256(file: string): Promise<string> {
  return sha256File(file);
}

/**
 * A second release of a test image (`e2e/derive-test-image.sh`): the same image with
 * `/etc/cdktf-test-image` holding `label`, cached beside the source under the source's name, the
 * label and the script's hash. About half a minute the first time.
 */
export async function ensureImageVariant(source: TestImage, label: string, log: Log): Promise<TestImage> {
  const script = buildScriptPath('derive-test-image.sh');
  const key = scriptKey(script);
  const out = source.path.replace(/\.qcow2$/, `-${label}-${key}.qcow2`);
  if (await intact(out)) {
    log(`test image ${label}: ${out} (cached)`);
    return { path: out, origin: 'cached', buildSeconds: 0 };
  }
  log(`deriving test image ${label} from ${source.path} with ${script}`);
  const buildSeconds = await runBuildScript(script, [source.path, out, label], log);
  if (!await intact(out)) throw new Error(`derive-test-image.sh finished but ${out} does not match its .sha256`);
  return { path: out, origin: 'built', buildSeconds };
}
