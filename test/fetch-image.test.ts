/**
 * Runs lib/scripts/fetch-image.sh for real against files in a temp dir and, for the
 * HTTP cases, a server on 127.0.0.1 started by the test (no other network access).
 * Every case runs under each POSIX shell found: /bin/sh, /bin/dash, and bash --posix
 * (a stand-in for macOS, whose /bin/sh is bash).
 *
 * The environment is passed explicitly (PATH only, plus the script's variables), so
 * neither the developer's shell variables nor proxy settings leak in.
 */
import { spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { SHELLS, Shell, which } from './support/shell';

const SCRIPT = path.resolve(__dirname, '..', 'lib', 'scripts', 'fetch-image.sh');

const HAVE_CURL = which('curl') !== undefined;
const HAVE_WGET = which('wget') !== undefined;

type Env = Record<string, string | undefined>;
interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cleanEnv(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function run(shell: Shell, env: Env): Result {
  const r = spawnSync(shell.argv[0], [...shell.argv.slice(1), SCRIPT], {
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 30000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Async variant: needed when the test process itself serves HTTP (spawnSync would block it). */
function runAsync(shell: Shell, env: Env): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(shell.argv[0], [...shell.argv.slice(1), SCRIPT], {
      env: cleanEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Served {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

async function serve(routes: Record<string, Buffer | string>): Promise<Served> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    hits.push(url);
    const body = routes[url];
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const sha = (algo: 'sha256' | 'sha512', data: Buffer | string) =>
  crypto.createHash(algo).update(data).digest('hex');

interface Image {
  name: string;
  path: string;
  data: Buffer;
  sha256: string;
  sha512: string;
}

let dir: string;
let cacheDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fetch-image-'));
  // Two levels that do not exist yet: the script must create both.
  cacheDir = path.join(dir, 'cache', 'images');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function makeImage(name = 'lab-cloud.x86_64.qcow2', size = 4096): Image {
  const data = crypto.randomBytes(size);
  const p = path.join(dir, 'src', name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return { name, path: p, data, sha256: sha('sha256', data), sha512: sha('sha512', data) };
}

function writeSrc(name: string, content: string): string {
  const p = path.join(dir, 'src', name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

function envFor(img: Image, extra: Env = {}): Env {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    IMAGE_URL: img.path,
    IMAGE_FILE_NAME: img.name,
    CHECKSUM_ALGORITHM: 'sha256',
    CHECKSUM: img.sha256,
    CACHE_DIR: cacheDir,
    DEST: path.join(cacheDir, img.name),
    ...extra,
  };
}

/**
 * A PATH holding only the tools the script needs (symlinks), with curl and wget only
 * when asked: lets a test pick the downloader, or have none.
 */
function toolbox(downloaders: Array<'curl' | 'wget'>, stubs: Record<string, string> = {}): string {
  const toolboxDir = path.join(dir, 'toolbox');
  fs.mkdirSync(toolboxDir, { recursive: true });
  const tools = ['awk', 'tr', 'mktemp', 'cp', 'mv', 'ln', 'rm', 'mkdir', 'chmod', 'dirname'];
  tools.push('sha256sum', 'sha512sum', 'shasum', ...downloaders);
  for (const tool of tools) {
    const target = which(tool);
    if (stubs[tool] !== undefined) fs.writeFileSync(path.join(toolboxDir, tool), stubs[tool], { mode: 0o755 });
    else if (target) fs.symlinkSync(target, path.join(toolboxDir, tool));
  }
  return toolboxDir;
}

function leftovers(d: string): string[] {
  return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.startsWith('.fetch-image.')) : [];
}

/**
 * DEST holds the image, is the same file as the canonical cache entry (unless `linked` is false),
 * no temp files remain.
 */
function expectFetched(env: Env, img: Image, algo: 'sha256' | 'sha512' = 'sha256', linked = true): void {
  const dest = env.DEST as string;
  const canonical = path.join(cacheDir, `${algo}-${img[algo]}`);
  expect(fs.readFileSync(dest).equals(img.data)).toBe(true);
  expect(fs.readFileSync(canonical).equals(img.data)).toBe(true);
  if (linked) expect(fs.statSync(dest).ino).toBe(fs.statSync(canonical).ino);
  expect(leftovers(cacheDir)).toEqual([]);
}

describe.each(SHELLS)('fetch-image.sh under $name', (shell) => {
  describe('expected digest given as CHECKSUM', () => {
    it('fetches, verifies and caches a sha256 image', () => {
      const img = makeImage();
      const env = envFor(img);
      const r = run(shell, env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`fetch-image: cache miss: fetched ${img.path}: ${env.DEST} is sha256 ${img.sha256}\n`);
      expectFetched(env, img);
      // Created directories are 0755 and the cached file 0644, whatever the umask.
      expect(fs.statSync(cacheDir).mode & 0o777).toBe(0o755);
      expect(fs.statSync(path.dirname(cacheDir)).mode & 0o777).toBe(0o755);
      expect(fs.statSync(env.DEST as string).mode & 0o777).toBe(0o644);
    });

    it('fetches a sha512 image', () => {
      const img = makeImage();
      const env = envFor(img, { CHECKSUM_ALGORITHM: 'sha512', CHECKSUM: img.sha512 });
      const r = run(shell, env);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`is sha512 ${img.sha512}`);
      expectFetched(env, img, 'sha512');
    });

    it('accepts an uppercase digest', () => {
      const img = makeImage();
      const env = envFor(img, { CHECKSUM: img.sha256.toUpperCase() });
      const r = run(shell, env);
      expect(r.status).toBe(0);
      expectFetched(env, img);
    });

    it('works with DEST equal to the canonical path, and with DEST in another directory', () => {
      const img = makeImage();
      const canonical = path.join(cacheDir, `sha256-${img.sha256}`);
      const r1 = run(shell, envFor(img, { DEST: canonical }));
      expect(r1.status).toBe(0);
      expect(fs.readdirSync(cacheDir)).toEqual([`sha256-${img.sha256}`]);

      const env = envFor(img, { DEST: path.join(dir, 'pool', 'base', img.name) });
      const r2 = run(shell, env);
      expect(r2.status).toBe(0);
      expect(r2.stdout).toContain('cache hit');
      expectFetched(env, img);
    });
  });

  describe('checksum file (CHECKSUM_URL)', () => {
    it.each([
      ['GNU, two spaces', (h: string, n: string) => `${h}  ${n}`],
      ['GNU, binary mode (*name)', (h: string, n: string) => `${h} *${n}`],
    ])('reads the %s format', (_label, line) => {
      const img = makeImage();
      const sums = [
        `${sha('sha256', 'other')}  other-${img.name}`,
        `${sha('sha256', 'sig')}  ${img.name}.sig`,
        line(img.sha256, img.name),
        `${sha('sha256', 'x')}  x${img.name}`,
        '',
      ].join('\n');
      const sumsPath = writeSrc('SHA256SUMS', sums);
      const env = envFor(img, { CHECKSUM: undefined, CHECKSUM_URL: sumsPath });
      const r = run(shell, env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expectFetched(env, img);
    });

    it('reads a GNU sha512 file and ignores lines of another digest length', () => {
      const img = makeImage();
      const sums = `${img.sha256}  ${img.name}\n${img.sha512}  ${img.name}\n`;
      const sumsPath = writeSrc('CHECKSUMS', sums);
      const env = envFor(img, { CHECKSUM_ALGORITHM: 'sha512', CHECKSUM: undefined, CHECKSUM_URL: sumsPath });
      const r = run(shell, env);
      expect(r.status).toBe(0);
      expectFetched(env, img, 'sha512');
    });

    it.each(['sha256', 'sha512'] as const)('reads the BSD format (%s)', (algo) => {
      const img = makeImage();
      const tag = algo.toUpperCase();
      const sums = [
        `${tag} (other.qcow2) = ${sha(algo, 'other')}`,
        `${tag} (${img.name}) = ${img[algo]}`,
        '',
      ].join('\n');
      const sumsPath = writeSrc('CHECKSUM', sums);
      const env = envFor(img, { CHECKSUM_ALGORITHM: algo, CHECKSUM: undefined, CHECKSUM_URL: sumsPath });
      const r = run(shell, env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expectFetched(env, img, algo);
    });

    it('reads a PGP-clearsigned BSD file (Fedora/Rocky CHECKSUM)', () => {
      const img = makeImage('Fedora-Cloud-Base-Generic-41-1.4.x86_64.qcow2');
      const sums = [
        '-----BEGIN PGP SIGNED MESSAGE-----',
        'Hash: SHA256',
        '',
        `# ${img.name}: ${img.data.length} bytes`,
        `SHA256 (${img.name}) = ${img.sha256}`,
        '# Fedora-Cloud-Base-AmazonEC2-41-1.4.x86_64.raw.xz: 123 bytes',
        `SHA256 (Fedora-Cloud-Base-AmazonEC2-41-1.4.x86_64.raw.xz) = ${sha('sha256', 'ec2')}`,
        '-----BEGIN PGP SIGNATURE-----',
        '',
        'iQIzBAEBCAAdFiEEWjk3Tn0fJ+ZKbNpJp2X5XbN0aS8FAmcG3vkACgkQp2X5XbN0',
        `SHA256 (${img.name}) = ${sha('sha256', 'junk inside the signature')}`,
        '=AbCd',
        '-----END PGP SIGNATURE-----',
        '',
      ].join('\n');
      const sumsPath = writeSrc('Fedora-Cloud-41-1.4-x86_64-CHECKSUM', sums);
      const env = envFor(img, { CHECKSUM: undefined, CHECKSUM_URL: `file://${sumsPath}` });
      const r = run(shell, env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expectFetched(env, img);
    });

    it('reads a checksum file with CRLF line endings', () => {
      const img = makeImage();
      const sumsPath = writeSrc('SHA256SUMS', `# made on Windows\r\n${img.sha256} *${img.name}\r\n`);
      const env = envFor(img, { CHECKSUM: undefined, CHECKSUM_URL: sumsPath });
      const r = run(shell, env);
      expect(r.status).toBe(0);
      expectFetched(env, img);
    });

    it('fails when the file does not list the image', () => {
      const img = makeImage();
      const sumsPath = writeSrc('SHA256SUMS', `${sha('sha256', 'a')}  other.qcow2\n# ${img.name}\n`);
      const env = envFor(img, { CHECKSUM: undefined, CHECKSUM_URL: sumsPath });
      const r = run(shell, env);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`fetch-image: no sha256 checksum for '${img.name}' in ${sumsPath}`);
      expect(r.stdout).toBe('');
      expect(fs.existsSync(env.DEST as string)).toBe(false);
      expect(fs.readdirSync(cacheDir)).toEqual([]);
    });

    it('fails when the file lists the image more than once', () => {
      const img = makeImage();
      const sumsPath = writeSrc('SHA256SUMS', `${img.sha256}  ${img.name}\nSHA256 (${img.name}) = ${img.sha256}\n`);
      const r = run(shell, envFor(img, { CHECKSUM: undefined, CHECKSUM_URL: sumsPath }));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`2 sha256 checksums for '${img.name}'`);
      expect(r.stderr).toContain('expected exactly one');
    });

    it('fails when the listed digest is malformed', () => {
      const img = makeImage();
      const sumsPath = writeSrc('CHECKSUM', `SHA256 (${img.name}) = ${img.sha256.slice(1)}\n`);
      const r = run(shell, envFor(img, { CHECKSUM: undefined, CHECKSUM_URL: sumsPath }));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`malformed sha256 checksum for '${img.name}'`);
    });

    it('succeeds when CHECKSUM and CHECKSUM_URL agree', () => {
      const img = makeImage();
      const sumsPath = writeSrc('SHA256SUMS', `${img.sha256}  ${img.name}\n`);
      const env = envFor(img, { CHECKSUM_URL: sumsPath });
      const r = run(shell, env);
      expect(r.status).toBe(0);
      expectFetched(env, img);
    });

    it('fails when CHECKSUM and CHECKSUM_URL disagree', () => {
      const img = makeImage();
      const other = sha('sha256', 'other');
      const sumsPath = writeSrc('SHA256SUMS', `${other}  ${img.name}\n`);
      const env = envFor(img, { CHECKSUM_URL: sumsPath });
      const r = run(shell, env);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`CHECKSUM is sha256 ${img.sha256} but ${sumsPath} lists ${other}`);
      expect(fs.existsSync(env.DEST as string)).toBe(false);
      expect(fs.readdirSync(cacheDir)).toEqual([]);
    });
  });

  describe('verification and cache', () => {
    it('rejects a mismatching image and leaves nothing behind', () => {
      const img = makeImage();
      const expected = sha('sha256', 'what upstream published');
      const env = envFor(img, { CHECKSUM: expected });
      const r = run(shell, env);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `fetch-image: checksum mismatch for ${img.path}: expected sha256 ${expected}, got ${img.sha256}; ` +
          'the download is corrupt or the image changed upstream: check the URL and checksum of this image\n',
      );
      expect(fs.existsSync(env.DEST as string)).toBe(false);
      expect(fs.existsSync(path.join(cacheDir, `sha256-${expected}`))).toBe(false);
      expect(fs.existsSync(path.join(cacheDir, `sha256-${img.sha256}`))).toBe(false);
      expect(fs.readdirSync(cacheDir)).toEqual([]);
    });

    it('reuses the cached image without fetching it again', () => {
      const img = makeImage();
      const env = envFor(img);
      expect(run(shell, env).status).toBe(0);
      // The source is gone: the second run can only succeed from the cache.
      fs.renameSync(img.path, `${img.path}.gone`);
      fs.rmSync(env.DEST as string);
      const r = run(shell, env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`fetch-image: cache hit: ${env.DEST} is sha256 ${img.sha256}\n`);
      expectFetched(env, img);
    });

    it('detects a corrupted cache entry and fetches the image again', () => {
      const img = makeImage();
      const env = envFor(img);
      expect(run(shell, env).status).toBe(0);
      const canonical = path.join(cacheDir, `sha256-${img.sha256}`);
      fs.writeFileSync(canonical, 'bit rot');
      const r = run(shell, env);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain(`fetch-image: cached ${canonical} is corrupt (got sha256 ${sha('sha256', 'bit rot')})`);
      expect(r.stdout).toContain('cache miss');
      expectFetched(env, img);
    });

    it('replaces a stale DEST (e.g. the previous version of the image)', () => {
      const img = makeImage();
      const env = envFor(img);
      fs.mkdirSync(cacheDir, { recursive: true });
      fs.writeFileSync(env.DEST as string, 'previous image');
      const r = run(shell, env);
      expect(r.status).toBe(0);
      expectFetched(env, img);
    });

    it('copies to DEST when hard-linking fails (e.g. another filesystem)', () => {
      const img = makeImage();
      const destDir = path.join(dir, 'pool');
      const env = envFor(img, {
        PATH: toolbox([], { ln: '#!/bin/sh\necho "ln: cross-device link" >&2\nexit 1\n' }),
        DEST: path.join(destDir, img.name),
      });
      const r = run(shell, env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const canonical = path.join(cacheDir, `sha256-${img.sha256}`);
      expect(fs.readFileSync(env.DEST as string).equals(img.data)).toBe(true);
      expect(fs.statSync(env.DEST as string).ino).not.toBe(fs.statSync(canonical).ino);
      expect(fs.statSync(env.DEST as string).mode & 0o777).toBe(0o644);
      expect(fs.readdirSync(destDir)).toEqual([img.name]);
    });

    it('fails cleanly when the source does not exist', () => {
      const img = makeImage();
      const env = envFor(img, { IMAGE_URL: path.join(dir, 'src', 'missing.qcow2') });
      const r = run(shell, env);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`fetch-image: download failed: ${env.IMAGE_URL}`);
      expect(fs.readdirSync(cacheDir)).toEqual([]);
    });

    it('two concurrent runs for the same image both succeed and leave a valid cache', async () => {
      const img = makeImage('big.qcow2', 16 * 1024 * 1024);
      const env = envFor(img);
      const results = await Promise.all([runAsync(shell, env), runAsync(shell, env), runAsync(shell, env)]);
      for (const r of results) {
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
      }
      // Runs that race on one DEST may lose the hard link to another run's `ln` and fall back to a
      // verified copy (seen under load): DEST is still complete and right, only not shared.
      expectFetched(env, img, 'sha256', false);
      expect(fs.readdirSync(cacheDir).sort()).toEqual([img.name, `sha256-${img.sha256}`].sort());
    });
  });

  describe('sources', () => {
    it('fetches from a file:// URL and from a plain absolute path', () => {
      const img = makeImage();
      const sumsPath = writeSrc('SHA256SUMS', `${img.sha256}  ${img.name}\n`);
      const viaUrl = envFor(img, { IMAGE_URL: `file://${img.path}`, CHECKSUM_URL: `file://${sumsPath}` });
      const r1 = run(shell, viaUrl);
      expect(r1.stderr).toBe('');
      expect(r1.status).toBe(0);
      expect(r1.stdout).toContain(`fetched file://${img.path}`);
      expectFetched(viaUrl, img);

      fs.rmSync(cacheDir, { recursive: true });
      const viaPath = envFor(img, { IMAGE_URL: img.path, CHECKSUM_URL: sumsPath });
      const r2 = run(shell, viaPath);
      expect(r2.status).toBe(0);
      expect(r2.stdout).toContain(`fetched ${img.path}`);
      expectFetched(viaPath, img);
    });

    (HAVE_CURL || HAVE_WGET ? it : it.skip)('fetches image and checksum file over HTTP (127.0.0.1)', async () => {
      const img = makeImage();
      const server = await serve({
        [`/images/${img.name}`]: img.data,
        '/images/SHA256SUMS': `${img.sha256} *${img.name}\n`,
      });
      try {
        const env = envFor(img, {
          IMAGE_URL: `${server.url}/images/${img.name}`,
          CHECKSUM: undefined,
          CHECKSUM_URL: `${server.url}/images/SHA256SUMS`,
        });
        const r = await runAsync(shell, env);
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('cache miss');
        expectFetched(env, img);
        expect(server.hits).toEqual(['/images/SHA256SUMS', `/images/${img.name}`]);

        // Second run: only the (small) checksum file is fetched again.
        const again = await runAsync(shell, env);
        expect(again.status).toBe(0);
        expect(again.stdout).toContain('cache hit');
        expect(server.hits.filter((h) => h === `/images/${img.name}`)).toHaveLength(1);
      } finally {
        await server.close();
      }
    });

    (HAVE_CURL || HAVE_WGET ? it : it.skip)('fails on an HTTP 404 without leaving temp files', async () => {
      const img = makeImage();
      const server = await serve({});
      try {
        const env = envFor(img, { IMAGE_URL: `${server.url}/images/${img.name}` });
        const r = await runAsync(shell, env);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`fetch-image: download failed: ${env.IMAGE_URL}`);
        expect(fs.readdirSync(cacheDir)).toEqual([]);
      } finally {
        await server.close();
      }
    });

    (HAVE_WGET ? it : it.skip)('falls back to wget when curl is not installed', async () => {
      const img = makeImage();
      const server = await serve({ [`/${img.name}`]: img.data });
      try {
        const env = envFor(img, { PATH: toolbox(['wget']), IMAGE_URL: `${server.url}/${img.name}` });
        const r = await runAsync(shell, env);
        expect(r.status).toBe(0);
        expectFetched(env, img);
      } finally {
        await server.close();
      }
    });

    it('says to install curl or wget when neither is there', () => {
      const img = makeImage();
      // Nothing listens here, and nothing is contacted: the script stops first.
      const env = envFor(img, { PATH: toolbox([]), IMAGE_URL: `http://127.0.0.1:9/${img.name}` });
      const r = run(shell, env);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('install curl or wget');
      expect(leftovers(cacheDir)).toEqual([]);
    });
  });

  describe('bad usage exits 2 before touching the cache', () => {
    const hex = (n: number) => 'ab'.repeat(n / 2);
    it.each<[string, (img: Image) => Env, string]>([
      ['missing IMAGE_URL', () => ({ IMAGE_URL: undefined }), 'IMAGE_URL is not set'],
      ['empty IMAGE_URL', () => ({ IMAGE_URL: '' }), 'IMAGE_URL is not set'],
      ['missing CACHE_DIR', () => ({ CACHE_DIR: undefined }), 'CACHE_DIR is not set'],
      ['missing DEST', () => ({ DEST: undefined }), 'DEST is not set'],
      ['relative DEST', () => ({ DEST: 'images/x.qcow2' }), "DEST must be an absolute path, got 'images/x.qcow2'"],
      ['missing algorithm', () => ({ CHECKSUM_ALGORITHM: undefined }), 'CHECKSUM_ALGORITHM must be sha256 or sha512'],
      ['bad algorithm', () => ({ CHECKSUM_ALGORITHM: 'md5' }), "CHECKSUM_ALGORITHM must be sha256 or sha512, got 'md5'"],
      ['no CHECKSUM nor CHECKSUM_URL', () => ({ CHECKSUM: undefined }), 'set CHECKSUM or CHECKSUM_URL'],
      ['non-hex digest', () => ({ CHECKSUM: `${hex(62)}zz` }), 'CHECKSUM must be 64 hex digits for sha256'],
      ['too short digest', (img) => ({ CHECKSUM: img.sha256.slice(1) }), 'CHECKSUM must be 64 hex digits for sha256'],
      ['sha512 digest for sha256', (img) => ({ CHECKSUM: img.sha512 }), 'CHECKSUM must be 64 hex digits for sha256'],
      [
        'sha256 digest for sha512',
        (img) => ({ CHECKSUM_ALGORITHM: 'sha512', CHECKSUM: img.sha256 }),
        'CHECKSUM must be 128 hex digits for sha512',
      ],
      ['digest with spaces', (img) => ({ CHECKSUM: ` ${img.sha256}` }), 'CHECKSUM must be 64 hex digits for sha256'],
      ['unsupported scheme', () => ({ IMAGE_URL: 'ftp://example.invalid/x.qcow2' }), 'IMAGE_URL must be an http(s)://'],
      ['relative image path', () => ({ IMAGE_URL: 'src/x.qcow2' }), 'IMAGE_URL must be an http(s)://'],
      ['file URL with a host', () => ({ IMAGE_URL: 'file://host/x.qcow2' }), 'IMAGE_URL must be an http(s)://'],
      ['bad CHECKSUM_URL', () => ({ CHECKSUM_URL: 'SHA256SUMS' }), 'CHECKSUM_URL must be an http(s)://'],
      [
        'CHECKSUM_URL without IMAGE_FILE_NAME',
        () => ({ CHECKSUM_URL: '/srv/SHA256SUMS', IMAGE_FILE_NAME: undefined }),
        'IMAGE_FILE_NAME is required with CHECKSUM_URL',
      ],
    ])('%s', (_label, overrides, message) => {
      const img = makeImage();
      const r = run(shell, envFor(img, overrides(img)));
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`fetch-image: ${message}`);
      expect(r.status).toBe(2);
      expect(fs.existsSync(path.dirname(cacheDir))).toBe(false);
    });
  });
});

describe('the script file', () => {
  it('is read as-is at synth time: stable text, POSIX sh shebang, no CRLF', () => {
    const text = fs.readFileSync(SCRIPT, 'utf8');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).toContain('set -eu');
  });

  it('passes dash -n (syntax check)', () => {
    const dash = fs.existsSync('/bin/dash') ? '/bin/dash' : '/bin/sh';
    const r = spawnSync(dash, ['-n', SCRIPT], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
