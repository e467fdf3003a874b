import { Fn, TerraformLocal, Testing, Token } from 'cdktf';
import { BaseImage, BaseImageProps, CatalogImageOptions, ExistingImageProps, Host, HostConnection, IHost, Network, StoragePool, TerraformData, VirtualMachine } from '../lib';
import { checkSchemaConformance } from '../lib/schema-check';
import { expectRejected, fetchScript, keyOf, newLab, newStack, ofType, oneOf, re, redactScripts, SSH_KEY, synthJson, isDownload } from './support/lab';

const SHA256 = '6a81c37564db9b1ee84e141922625e1d7c5b389b99bb3c572e0243607d5bb4d2';
const SHA512 = 'a'.repeat(128);
const CACHE = '${pathexpand("~/.cache/cdktf-libvirt/images")}';

/** What Terraform makes of a string of a .tf.json file that has no interpolations: `$${` and `%%{` are escapes. */
function terraformLiteral(text: string): string {
  return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** Uses the image in the default pool of a host of its stack, as a first machine would: that creates its download and base volume. */
function use(image: BaseImage): void {
  const stack = image.node.scope!;
  const host = (stack.node.tryFindChild('kvm') as Host | undefined) ?? new Host(stack, 'kvm');
  image.backingPath(host, host.defaultPool);
}

/** The only download of a stack. */
function downloadOf(json: any): any {
  return oneOf(json, 'terraform_data', isDownload);
}

function envOf(json: any): Record<string, string> {
  return downloadOf(json).provisioner[0]['local-exec'].environment;
}

describe('BaseImage.fromCatalog', () => {
  test('the catalogue has at least six images', () => {
    expect(BaseImage.catalogNames().length).toBeGreaterThanOrEqual(6);
    expect(new Set(BaseImage.catalogNames()).size).toBe(BaseImage.catalogNames().length);
  });

  test.each(BaseImage.catalogNames())('%s synthesizes a pinned, verified download', (name) => {
    // GIVEN the catalogue image
    const stack = newStack();
    const image = BaseImage.fromCatalog(stack, 'img', name);
    // WHEN used (as a first machine would) and synthesized
    use(image);
    expect(image.downloads.map((d) => d.terraformResourceType)).toEqual(['terraform_data']);
    const json = synthJson(stack);
    const env = envOf(json);
    // THEN its URL is a dated or versioned https release, never a moving "latest" or "current"
    expect(env.IMAGE_URL).toMatch(/^https:\/\/\S+$/);
    expect(env.IMAGE_URL).toMatch(/20\d{6}|-\d+-\d+\.\d+\./);
    expect(`${env.IMAGE_URL} ${env.CHECKSUM_URL}`).not.toMatch(/latest|current/i);
    // AND it is checked against a digest of the right length, or against the distribution's checksum file
    expect(['sha256', 'sha512']).toContain(env.CHECKSUM_ALGORITHM);
    if (env.CHECKSUM !== '') {
      expect(env.CHECKSUM).toMatch(env.CHECKSUM_ALGORITHM === 'sha256' ? /^[0-9a-f]{64}$/ : /^[0-9a-f]{128}$/);
    } else {
      expect(env.CHECKSUM_URL).toMatch(/^https:\/\/\S+$/);
    }
    // AND the file name is the one in the checksum file, and the image knows its user and size
    expect(env.IMAGE_FILE_NAME).toMatch(/\.(qcow2|img|raw)$/);
    expect(image.imageName).toBe(name);
    expect(image.loginUser).toMatch(/^[a-z]+$/);
    expect(image.minDiskGiB).toBeGreaterThanOrEqual(1);
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('an unknown name is rejected, listing the valid names', () => {
    const stack = newStack();
    expectRejected(
      () => BaseImage.fromCatalog(stack, 'img', 'debian-99'),
      new RegExp(`^test: there is no image named "debian-99" in the catalogue \\(for test/img\\) \\(got "debian-99"\\); use one of: ${re(BaseImage.catalogNames().join(', '))}, or BaseImage with your own url and checksum`),
    );
  });

  test('unknown options, or options that are not an object, are rejected before the image exists', () => {
    // GIVEN a typo in the options (plain JavaScript) / WHEN the image is made / THEN the nearest option is named
    const stack = newStack();
    expectRejected(() => BaseImage.fromCatalog(stack, 'img', 'debian-12', { nmae: 'bookworm' } as unknown as CatalogImageOptions),
      /^test: BaseImage\.fromCatalog\(\) \(for test\/img\) has no prop 'nmae' \(got "nmae"\); did you mean 'name'\? \(known props: name, cacheDir\)$/);
    expectRejected(() => BaseImage.fromCatalog(stack, 'img', 'debian-12', null as unknown as CatalogImageOptions),
      /^test: the props of BaseImage\.fromCatalog\(\) \(for test\/img\) must be an object \(got null\); pass an object of props, or leave them out$/);
    expect(stack.node.tryFindChild('img')).toBeUndefined();
  });

  test('the name and cache directory can be overridden', () => {
    const stack = newStack();
    const image = BaseImage.fromCatalog(stack, 'img', 'debian-12', { name: 'bookworm', cacheDir: '/var/cache/lab' });
    use(image);
    const json = synthJson(stack);
    expect(image.imageName).toBe('bookworm');
    expect(envOf(json).CACHE_DIR).toBe('${pathexpand("/var/cache/lab")}');
  });
});

describe('an image no machine uses', () => {
  test('is never downloaded nor uploaded', () => {
    // GIVEN a catalogue image that no machine uses / WHEN synthesized / THEN there is no download and no volume
    const stack = newStack();
    BaseImage.fromCatalog(stack, 'img', 'debian-12');
    const json = synthJson(stack);
    expect(json.resource?.terraform_data).toBeUndefined();
    expect(json.resource?.libvirt_volume).toBeUndefined();
  });
});

describe('the download', () => {
  // GIVEN the Debian 12 image, used by one machine
  const lab = newLab();
  new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], sshAuthorizedKeys: [SSH_KEY] });
  const synth = Testing.synth(lab.stack);
  const json = JSON.parse(synth);
  const download = downloadOf(json);
  const downloadKey = keyOf(json, 'terraform_data', isDownload);
  const digest = 'a09170d17e13af43da61774666f520e3bbec0f8bd96b4db37c15f3426fb327ccad950b80dbe78c09aa5ca90ce5015e99334b0ba5188fd4018736bc3fb5f0882c';
  const dest = `${CACHE}/sha512-${digest}.qcow2`;

  test('matches the snapshot', () => {
    // THEN the image's resources are as reviewed (the script itself is compared below, not pinned here)
    const redacted = redactScripts(json);
    expect({
      terraform_data: Object.fromEntries(Object.entries(redacted.resource.terraform_data).filter(([, r]) => isDownload(r))),
      base_volume: oneOf(redacted, 'libvirt_volume', (v) => v.name === 'debian-12-${each.key}.qcow2'),
    }).toMatchSnapshot();
  });

  test('conforms to the provider schema', () => {
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('runs lib/scripts/fetch-image.sh under /bin/sh, escaped so that Terraform passes it on unchanged', () => {
    // THEN it is one local-exec provisioner with the POSIX shell as interpreter
    expect(download.provisioner).toHaveLength(1);
    const exec = download.provisioner[0]['local-exec'];
    expect(exec.interpreter).toEqual(['/bin/sh', '-c']);
    // AND the command is the script, with Terraform's template sequences escaped ($${ and %%{)
    const script = fetchScript();
    expect(terraformLiteral(exec.command)).toBe(script);
    expect(exec.command).toBe(script.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{'));
  });

  test('passes URL, checksum, cache and destination in the environment', () => {
    expect(download.provisioner[0]['local-exec'].environment).toEqual({
      IMAGE_URL: 'https://cloud.debian.org/images/cloud/bookworm/20261006-2623/debian-12-genericcloud-amd64-20261006-2623.qcow2',
      IMAGE_FILE_NAME: 'debian-12-genericcloud-amd64-20261006-2623.qcow2',
      CHECKSUM_ALGORITHM: 'sha512',
      CHECKSUM: digest,
      CHECKSUM_URL: '',
      CACHE_DIR: CACHE,
      DEST: dest,
    });
  });

  test('input names the image by its content, never by a path of the deploying machine; a new URL or checksum downloads again', () => {
    expect(synth).toHaveResourceWithProperties(TerraformData, {
      input: { image: digest.slice(0, 12) },
      triggers_replace: { url: envOf(json).IMAGE_URL, checksum: digest },
    });
    expect(JSON.stringify(download.input)).not.toContain('pathexpand');
  });

  test('the base volume has one instance per image a machine is pinned to, uploaded from the cache only for the current image', () => {
    // THEN the volume is named by the image key, one instance per pin of the machines in its pool
    const volume = oneOf(json, 'libvirt_volume', (v) => v.name === 'debian-12-${each.key}.qcow2');
    const pins = Object.entries<any>(ofType(json, 'terraform_data')).filter(([k]) => k.includes('ImagePin'));
    expect(pins.map(([, p]) => p)).toEqual([{ input: { image: digest.slice(0, 12) }, lifecycle: { ignore_changes: ['input'] } }]);
    expect(volume.for_each).toBe(`\${toset([terraform_data.${pins[0][0]}.input.image])}`);
    expect(volume).toMatchObject({ pool: 'default', target: { format: { type: 'qcow2' } }, depends_on: [`terraform_data.${downloadKey}`] });
    // AND only the current image's instance can be uploaded, from the cache (a path of the deploying
    // machine, so terraform ignores it once the volume exists)
    expect(volume.create.content.url).toBe(`\${each.key == "${digest.slice(0, 12)}" ? join("", [pathexpand("~/.cache/cdktf-libvirt/images"), "/sha512-${digest}.qcow2"]) : "/cdktf-libvirt: image \${each.key} is no longer in the configuration"}`);
    expect(volume.lifecycle).toEqual({ ignore_changes: ['create'] });
    // AND its size is the image's own (no capacity)
    expect(volume).not.toHaveProperty('capacity');
  });

  test('the same code synthesizes the same output', () => {
    // GIVEN the same lab built again in a new app
    const again = newLab();
    new VirtualMachine(again.host, 'web', { image: again.image, nics: [{ network: again.net }], sshAuthorizedKeys: [SSH_KEY] });
    // WHEN synthesized / THEN the JSON is identical
    expect(Testing.synth(again.stack)).toBe(synth);
  });
});

describe('BaseImage from a URL', () => {
  test('with sha256: the digest names the cached file and the file name is the last URL segment', () => {
    const stack = newStack();
    use(new BaseImage(stack, 'img', { url: 'https://example.org/images/disk-20250101.qcow2?sig=1#x', sha256: SHA256, loginUser: 'ops' }));
    const env = envOf(synthJson(stack));
    expect(env).toMatchObject({ IMAGE_FILE_NAME: 'disk-20250101.qcow2', CHECKSUM_ALGORITHM: 'sha256', CHECKSUM: SHA256, DEST: `${CACHE}/sha256-${SHA256}.qcow2` });
  });

  test('with only checksumUrl: the script fetches the checksum file, and the cache key comes from the URL', () => {
    // GIVEN an image verified by the distribution's SHA512SUMS
    const stack = newStack();
    const image = new BaseImage(stack, 'img', {
      url: 'https://example.org/images/disk-20250101.raw',
      checksumUrl: 'https://example.org/images/SHA512SUMS',
      checksumAlgorithm: 'sha512',
      fileName: 'disk.raw',
      format: 'raw',
    });
    // WHEN used and the stack synthesized
    use(image);
    const json = synthJson(stack);
    // THEN the checksum file is passed, and the destination is keyed by the URL
    expect(envOf(json)).toMatchObject({
      CHECKSUM_ALGORITHM: 'sha512',
      CHECKSUM: '',
      CHECKSUM_URL: 'https://example.org/images/SHA512SUMS',
      IMAGE_FILE_NAME: 'disk.raw',
      DEST: expect.stringMatching(/^\$\{pathexpand\("~\/\.cache\/cdktf-libvirt\/images"\)\}\/url-[0-9a-f]{32}\.raw$/),
    });
    expect(downloadOf(json).triggers_replace).toEqual({ url: 'https://example.org/images/disk-20250101.raw', checksum: 'https://example.org/images/SHA512SUMS' });
  });

  test.each(['file:///srv/images/disk.qcow2', '/srv/images/disk.qcow2', 'http://mirror.lan/disk.qcow2'])('%s is an accepted source', (url) => {
    const stack = newStack();
    expect(() => new BaseImage(stack, 'img', { url, sha256: SHA256 })).not.toThrow();
  });

  test('a backing path asked for without a machine keeps the current image in the volume beside pinned ones', () => {
    // GIVEN one pinned machine and one caller without a machine, in one pool
    const lab = newLab();
    new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], sshAuthorizedKeys: [SSH_KEY] });
    new TerraformLocal(lab.stack, 'unpinned', lab.image.backingPath(lab.host, lab.host.defaultPool));
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN the base volume always has the current image's instance, which the unpinned path names
    const [baseKey, base] = Object.entries<any>(ofType(json, 'libvirt_volume')).find(([, v]) => v.for_each !== undefined)!;
    const pin = Object.keys(ofType(json, 'terraform_data')).find((k) => k.includes('ImagePin'))!;
    expect(base.for_each).toBe(`\${toset(["a09170d17e13", terraform_data.${pin}.input.image])}`);
    expect(json.locals.unpinned).toBe(`\${libvirt_volume.${baseKey}["a09170d17e13"].path}`);
  });

  test('one image used on two hosts: one download and one base volume per host', () => {
    // GIVEN two hosts with their own pools
    const stack = newStack();
    const h1 = new Host(stack, 'kvm1');
    const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const pool2 = new StoragePool(h2, 'images', { path: '/srv/images' });
    const image = new BaseImage(stack, 'img', { url: 'https://example.org/disk-20250101.qcow2', sha256: SHA256 });
    // WHEN asked for its backing path on each (twice on the first)
    image.backingPath(h1, h1.defaultPool);
    image.backingPath(h1, h1.defaultPool);
    image.backingPath(h2, pool2);
    // THEN there is one download and two volumes, through each host's provider
    const json = synthJson(stack);
    expect(image.downloads).toHaveLength(2);
    const volumes = Object.values<any>(ofType(json, 'libvirt_volume'));
    expect(volumes.map((v) => [v.name, v.provider]).sort()).toEqual([['img-${each.key}.qcow2', 'libvirt'], ['img-${each.key}.qcow2', 'libvirt.kvm2']]);
    expect(checkSchemaConformance(json)).toEqual([]);
  });
});

describe('BaseImage validation', () => {
  const URL = 'https://example.org/images/disk-20250101.qcow2';

  test.each<[string, Partial<BaseImageProps>, RegExp]>([
    ['no checksum', {},
      /the image has no checksum \(got "https:\/\/example\.org\/images\/disk-20250101\.qcow2"\); give sha256 \(or sha512\) copied from the distribution's checksum file, or checksumUrl/],
    ['both sha256 and sha512', { sha256: SHA256, sha512: SHA512 }, /both sha256 and sha512 are given \(got \["6a81c375.*\); give one checksum/],
    ['an uppercase sha256', { sha256: SHA256.toUpperCase() },
      new RegExp(`sha256 is not 64 lowercase hex digits \\(got "${SHA256.toUpperCase()}"\\); copy the sha256 digest from the distribution's checksum file`)],
    ['a sha256 of the wrong length', { sha256: SHA256.slice(0, 63) }, /sha256 is not 64 lowercase hex digits \(got "6a81c3/],
    ['a sha256 in the sha512 field', { sha512: SHA256 }, /sha512 is not 128 lowercase hex digits \(got "6a81c3/],
    ['an ftp url', { url: 'ftp://example.org/disk.qcow2', sha256: SHA256 },
      /url is not an http\(s\) or file URL, nor an absolute path \(got "ftp:\/\/example\.org\/disk\.qcow2"\); give the full URL of the image/],
    ['a relative path', { url: 'images/disk.qcow2', sha256: SHA256 }, /url is not an http\(s\) or file URL, nor an absolute path \(got "images\/disk\.qcow2"\)/],
    ['a relative checksumUrl', { checksumUrl: 'SHA256SUMS' },
      /checksumUrl is not an http\(s\) or file URL, nor an absolute path \(got "SHA256SUMS"\); give the full URL of the checksum file/],
    ['an unsupported format', { sha256: SHA256, format: 'vmdk' }, /format is not one of qcow2, raw \(got "vmdk"\); use one of: qcow2, raw/],
    ['an unsupported checksum algorithm', { checksumUrl: 'https://example.org/MD5SUMS', checksumAlgorithm: 'md5' },
      /checksumAlgorithm is not one of sha256, sha512 \(got "md5"\); use one of: sha256, sha512/],
    ['a bad name', { sha256: SHA256, name: 'my image' }, /name is not a name libvirt accepts for every object it names \(got "my image"\)/],
    ['a fractional minDiskGiB', { sha256: SHA256, minDiskGiB: 2.5 }, /minDiskGiB must be a whole number of at least 1 \(got 2\.5\)/],
  ])('%s is rejected', (_label, props, message) => {
    const stack = newStack();
    expectRejected(() => new BaseImage(stack, 'img', { url: URL, ...props }), new RegExp(`^test/img: ${message.source}`));
  });

  test.each([NaN, Infinity])('minDiskGiB %p is rejected and shown as given', (minDiskGiB) => {
    expectRejected(() => new BaseImage(newStack(), 'img', { url: URL, sha256: SHA256, minDiskGiB }),
      new RegExp(`^test/img: minDiskGiB must be a whole number of at least 1 \\(got ${minDiskGiB}\\); set minDiskGiB to a whole number of at least 1$`));
  });

  test('an unknown prop, props that are not an object, or no url are rejected, not a TypeError', () => {
    // GIVEN props as plain JavaScript may give them / WHEN an image is made / THEN each is refused naming the image
    expectRejected(() => new BaseImage(newStack(), 'img', { url: URL, sha256: SHA256, checksum: SHA256 } as unknown as BaseImageProps),
      /^test\/img: BaseImage has no prop 'checksum' \(got "checksum"\); did you mean 'checksumUrl'\? \(known props: url, sha256, sha512, checksumUrl, /);
    expectRejected(() => new BaseImage(newStack(), 'img', { url: URL, sha256: SHA256, cache_dir: '/c' } as unknown as BaseImageProps),
      /^test\/img: BaseImage has no prop 'cache_dir' \(got "cache_dir"\); did you mean 'cacheDir'\?/);
    expectRejected(() => new BaseImage(newStack(), 'img', URL as unknown as BaseImageProps),
      /^test\/img: the props of BaseImage must be an object \(got "https:\/\/example\.org\/images\/disk-20250101\.qcow2"\); pass an object of props$/);
    expectRejected(() => new BaseImage(newStack(), 'img', { sha256: SHA256 } as BaseImageProps),
      /^test\/img: url is not an http\(s\) or file URL, nor an absolute path \(got nothing\); give the full URL of the image$/);
  });

  test('a second construct of the same id is rejected with a path and a fix', () => {
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    new BaseImage(stack, 'img', { url: URL, sha256: SHA256 });
    expectRejected(() => BaseImage.fromCatalog(stack, 'img', 'debian-12'),
      /^test\/img: test already has a child with the id 'img' \(a BaseImage\), so this BaseImage cannot have it \(got "img"\); give each construct a unique id within its parent$/);
    expectRejected(() => BaseImage.fromVolume(stack, 'img', { host, path: '/srv/golden.qcow2' }), /^test\/img: test already has a child with the id 'img'/);
  });

  test('two images of the same name in one pool are rejected when the second is used', () => {
    // GIVEN two images both named "disk", used by two machines on one host
    const lab = newLab();
    const a = new BaseImage(lab.stack, 'a', { url: URL, sha256: SHA256, name: 'disk', loginUser: 'ops' });
    const b = new BaseImage(lab.stack, 'b', { url: 'https://example.org/other-20250101.qcow2', sha256: SHA256, name: 'disk', loginUser: 'ops' });
    new VirtualMachine(lab.host, 'web', { image: a, nics: [{ network: lab.net }] });
    // WHEN the second is uploaded to the same pool / THEN it is rejected, naming the first
    expectRejected(
      () => new VirtualMachine(lab.host, 'db', { image: b, nics: [{ network: lab.net }] }),
      /^test\/b: the base volume name is already used by test\/a \(got "disk-6a81c37564db\.qcow2"\); give each image in a pool its own name/,
    );
  });

  test('asking for a backing path in a pool of another host is rejected', () => {
    const stack = newStack();
    const h1 = new Host(stack, 'kvm1');
    const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const pool2 = new StoragePool(h2, 'images', { path: '/srv/images' });
    const image = new BaseImage(stack, 'img', { url: URL, sha256: SHA256 });
    expectRejected(
      () => image.backingPath(h1, pool2),
      /^test\/img: pool test\/kvm2\/images is on host kvm2, not on kvm1 \(got "images"\); use a pool on the machine's own host/,
    );
  });
});

describe('BaseImage props of the wrong type', () => {
  const URL = 'https://example.org/images/disk-20250101.qcow2';
  const CACHE_FIX = "give a folder on the machine that runs terraform, such as '~/\\.cache/cdktf-libvirt/images'";

  test.each<[string, Record<string, unknown>, string]>([
    ['url a symbol', { url: Symbol('u'), sha256: SHA256 }, "url must be a string \\(got Symbol\\(u\\)\\); give the full URL of the image, such as 'https://example\\.org/disk\\.qcow2'"],
    ['sha256 a number token', { sha256: Token.asNumber(Fn.parseint('1', 10)) }, "sha256 must be a string \\(got -[0-9.e+]+\\); copy the sha256 digest from the distribution's checksum file"],
    ['sha512 a number', { sha512: 5 }, "sha512 must be a string \\(got 5\\); copy the sha512 digest from the distribution's checksum file"],
    ['checksumUrl an object', { checksumUrl: Object.create(null) }, 'checksumUrl must be a string \\(got \\{\\}\\); give the full URL of the checksum file'],
    ['checksumAlgorithm a number', { checksumUrl: URL, checksumAlgorithm: 256 }, 'checksumAlgorithm must be a string \\(got 256\\); use one of: sha256, sha512'],
    ['format a symbol', { sha256: SHA256, format: Symbol('f') }, 'format must be a string \\(got Symbol\\(f\\)\\); use one of: qcow2, raw'],
    ['name a number', { sha256: SHA256, name: 12 }, "name must be a string \\(got 12\\); give the image's name, such as 'debian-12'"],
    ['loginUser a symbol', { sha256: SHA256, loginUser: Symbol('l') }, "loginUser must be a string \\(got Symbol\\(l\\)\\); give the image's default user, such as 'debian'"],
    ['loginUser not a user name', { sha256: SHA256, loginUser: 'Debian User' },
      "loginUser is not a user name cloud-init creates \\(got \"Debian User\"\\); give the image's default user: up to 32 lowercase letters, digits, '_' or '-', starting with a letter or '_', such as 'debian'"],
    ['fileName a number', { checksumUrl: URL, fileName: 3 }, "fileName must be a string \\(got 3\\); give the image's file name as the checksum file lists it, such as 'disk\\.qcow2'"],
    ['fileName empty', { checksumUrl: URL, fileName: '' }, "fileName is not a file name a checksum file can list \\(got \"\"\\); give the image's file name as the checksum file lists it, such as 'disk\\.qcow2' \\(not empty, without control characters, '\\$\\{' or '%\\{'\\)"],
    ['fileName on two lines', { checksumUrl: URL, fileName: 'a\nb' }, 'fileName is not a file name a checksum file can list \\(got "a\\\\nb"\\)'],
    ['fileName with an interpolation', { checksumUrl: URL, fileName: '${var.x}' }, 'fileName is not a file name a checksum file can list \\(got "\\$\\{var\\.x\\}"\\)'],
    ['cacheDir an array', { sha256: SHA256, cacheDir: [[]] }, `cacheDir must be a string \\(got \\[\\[\\]\\]\\); ${CACHE_FIX}$`],
    ['cacheDir a function', { sha256: SHA256, cacheDir: () => 'f' }, `cacheDir must be a string \\(got .*\\); ${CACHE_FIX}$`],
    ['cacheDir an object without a prototype', { sha256: SHA256, cacheDir: Object.create(null) }, `cacheDir must be a string \\(got \\{\\}\\); ${CACHE_FIX}$`],
    ['cacheDir with a double quote', { checksumUrl: URL, cacheDir: '"' },
      `cacheDir holds "\\\\"", which cannot go into a Terraform expression as written \\(got "\\\\""\\); ${CACHE_FIX} \\(without double quotes, backslashes, control characters, '\\$\\{' or '%\\{'; pass a token, such as one of Fn, for a Terraform expression\\)$`],
    ['cacheDir with an interpolation', { sha256: SHA256, cacheDir: '${path.module}' }, 'cacheDir holds "\\$\\{", which cannot go into a Terraform expression as written \\(got "\\$\\{path\\.module\\}"\\)'],
    ['cacheDir with a backslash', { sha256: SHA256, cacheDir: 'C:\\cache' }, 'cacheDir holds "\\\\\\\\", which cannot go into a Terraform expression as written'],
    ['cacheDir with a NUL', { sha256: SHA256, cacheDir: '/x\0' }, 'cacheDir holds "\\\\u0000", which cannot go into a Terraform expression as written'],
    ['cacheDir empty', { sha256: SHA256, cacheDir: '' }, `cacheDir is empty \\(got ""\\); ${CACHE_FIX}, or leave it out for that default$`],
  ])('%s is refused with the fix', (_label, props, message) => {
    // GIVEN a prop of the wrong type or content, as plain JavaScript may give it / WHEN the image is made / THEN it is refused, not a TypeError
    expectRejected(() => new BaseImage(newStack(), 'img', { url: URL, ...props } as unknown as BaseImageProps), new RegExp(`^test/img: ${message}`));
  });

  test('the catalogue options are checked as the props of the image', () => {
    // GIVEN catalogue options of the wrong type / WHEN the image is made / THEN the image refuses them, before pathexpand() sees them
    expectRejected(() => BaseImage.fromCatalog(newStack(), 'img', 'debian-12', { cacheDir: Object.create(null) }), new RegExp(`^test/img: cacheDir must be a string \\(got \\{\\}\\); ${CACHE_FIX}$`));
    expectRejected(() => BaseImage.fromCatalog(newStack(), 'img', 'debian-12', { cacheDir: [[]] as unknown as string }), /^test\/img: cacheDir must be a string \(got \[\[\]\]\)/);
    expectRejected(() => BaseImage.fromCatalog(newStack(), 'img', BigInt(12) as unknown as string),
      new RegExp(`^test: the catalogue name \\(for test/img\\) must be a string \\(got 12\\); use one of: ${re(BaseImage.catalogNames().join(', '))}$`));
  });

  test('a cacheDir that a Terraform string takes as written, and a token, are synthesized into pathexpand()', () => {
    // GIVEN a cache folder with a space, and one from an expression / WHEN used and synthesized / THEN both go into pathexpand()
    const stack = newStack();
    const a = BaseImage.fromCatalog(stack, 'a', 'debian-12', { cacheDir: "/srv/image cache/it's" });
    const b = BaseImage.fromCatalog(stack, 'b', 'debian-13', { cacheDir: Token.asString(Fn.abspath('cache')) });
    use(a);
    use(b);
    const caches = Object.values(ofType(synthJson(stack), 'terraform_data')).filter(isDownload).map((d: any) => d.provisioner[0]['local-exec'].environment.CACHE_DIR);
    expect(caches.sort()).toEqual(['${pathexpand("/srv/image cache/it\'s")}', '${pathexpand(abspath("cache"))}']);
  });

  test('fromVolume refuses a path, format or login user of the wrong type', () => {
    // GIVEN an existing volume described from plain JavaScript / WHEN the image is made / THEN each wrong type is refused with the fix
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    const from = (id: string, props: Record<string, unknown>) => () => BaseImage.fromVolume(stack, id, { host, path: '/srv/golden.qcow2', ...props } as unknown as ExistingImageProps);
    expectRejected(from('a', { path: 5 }), /^test\/a: path must be a string \(got 5\); set path to what `virsh vol-path` prints for it$/);
    expectRejected(from('b', { format: Symbol('f') }), /^test\/b: format must be a string \(got Symbol\(f\)\); use one of: qcow2, raw$/);
    expectRejected(from('c', { loginUser: 'Root User' }), /^test\/c: loginUser is not a user name cloud-init creates \(got "Root User"\)/);
  });
});

describe('BaseImage.fromVolume', () => {
  /** A host and a network, and no other image. */
  function bareLab() {
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    const net = new Network(host, 'lan', { cidr: '10.77.0.0/24' });
    return { stack, host, net };
  }

  test('backs the root disk with the given path as-is, and downloads nothing', () => {
    // GIVEN an existing golden volume on the host
    const lab = bareLab();
    const golden = BaseImage.fromVolume(lab.stack, 'golden', { host: lab.host, path: '/var/lib/libvirt/images/golden.qcow2', loginUser: 'ops', minDiskGiB: 20 });
    new VirtualMachine(lab.host, 'web', { image: golden, nics: [{ network: lab.net }], sshAuthorizedKeys: [SSH_KEY] });
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN the overlay backs onto that path, sized from the volume
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'web-root.qcow2')).toMatchObject({
      capacity: 20,
      backing_store: { path: '/var/lib/libvirt/images/golden.qcow2', format: { type: 'qcow2' } },
    });
    // AND there is neither a download nor a base volume 
    expect(Object.values(ofType(json, 'terraform_data')).filter(isDownload)).toEqual([]);
    expect(Object.values<any>(ofType(json, 'libvirt_volume')).map((v) => v.name).sort()).toEqual(['web-root.qcow2', 'web-seed.iso']);
    expect(golden.imageName).toBe('golden');
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('a raw volume is declared raw', () => {
    const lab = bareLab();
    const golden = BaseImage.fromVolume(lab.stack, 'golden', { host: lab.host, path: '/srv/golden.img', format: 'raw', loginUser: 'ops' });
    new VirtualMachine(lab.host, 'web', { image: golden, nics: [{ network: lab.net }] });
    expect(oneOf(synthJson(lab.stack), 'libvirt_volume', (v) => v.name === 'web-root.qcow2').backing_store.format).toEqual({ type: 'raw' });
  });

  test('using it on another host is rejected', () => {
    // GIVEN a volume on kvm2
    const lab = bareLab();
    const h2 = new Host(lab.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const golden = BaseImage.fromVolume(lab.stack, 'golden', { host: h2, path: '/var/lib/libvirt/images/golden.qcow2', loginUser: 'ops' });
    // WHEN a machine on kvm1 uses it / THEN it is rejected with the way out
    expectRejected(
      () => new VirtualMachine(lab.host, 'web', { image: golden, nics: [{ network: lab.net }] }),
      /^test\/golden: the image is a volume on host kvm2 and cannot back a disk on kvm1 \(got "kvm1"\); use a BaseImage from a URL or the catalogue/,
    );
  });

  test.each<[string, object, RegExp]>([
    ['a relative path', { path: 'golden.qcow2' }, /path must be an absolute path on the libvirt host \(got "golden\.qcow2"\); give a path starting with '\/'/],
    ['a bad format', { path: '/srv/golden.vmdk', format: 'vmdk' }, /format is not one of qcow2, raw \(got "vmdk"\)/],
    ['minDiskGiB 0', { path: '/srv/golden.qcow2', minDiskGiB: 0 }, /minDiskGiB must be a whole number of at least 1 \(got 0\)/],
  ])('%s is rejected', (_label, props, message) => {
    const lab = bareLab();
    expectRejected(() => BaseImage.fromVolume(lab.stack, 'golden', { host: lab.host, path: '', ...props }), new RegExp(`^test/golden: ${message.source}`));
  });
  test('props without a host or a path, with an unknown key, or with a host given by name, are rejected', () => {
    const lab = bareLab();
    const from = (id: string, props: unknown) => () => BaseImage.fromVolume(lab.stack, id, props as ExistingImageProps);
    expectRejected(from('a', { path: '/srv/golden.qcow2' }),
      /^test\/a: BaseImage\.fromVolume\(\) needs host, the host the volume is on \(got nothing\); set host to the Host that has the volume$/);
    expectRejected(from('b', { host: lab.host }),
      /^test\/b: BaseImage\.fromVolume\(\) needs path, the volume's path on its host \(got nothing\); set path to what `virsh vol-path` prints for it$/);
    expectRejected(from('c', { host: lab.host, path: '/srv/golden.qcow2', user: 'ops' }),
      /^test\/c: BaseImage\.fromVolume\(\) has no prop 'user' \(got "user"\); known props: host, path, format, loginUser, minDiskGiB$/);
    expectRejected(from('d', { host: 'kvm1' as unknown as IHost, path: '/srv/golden.qcow2' }),
      /^test\/d: host is not a Host \(got "kvm1"\); pass the Host construct whose hostName is "kvm1", not its name$/);
    expectRejected(from('e', undefined), /^test\/e: BaseImage\.fromVolume\(\) needs props \(got nothing\); pass an object such as \{ host, path \}$/);
  });
});
