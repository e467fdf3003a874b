import { createHash } from 'crypto';
import { DataConfig, Fn, Lazy } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { Volume } from './generated/providers/libvirt/volume';
import { Host, IHost, IStoragePool } from './host';
import { CATALOG, CatalogEntry } from './private/catalog';
import { scriptCommand } from './private/scripts';
import { registryOf } from './private/registry';
import { checksumOf, checkImageProps, checkLoginUser } from './private/image-checks';
import { checkAbsolutePath, checkInteger, checkObjectName, checkOneOf, checkProps, checkString, checkUniqueId, fail } from './private/validate';
import { TerraformData } from './terraform-data';

/** A disk image that machines' root disks are copy-on-write overlays of. */
export interface IBaseImage extends IConstruct {
  /** Name of the image, used for its volumes. */
  readonly imageName: string;
  /** Disk format of the image: `qcow2` or `raw`. */
  readonly format: string;
  /** The user the image's cloud-init creates by default (`debian`, `ubuntu`, ...), when known. */
  readonly loginUser?: string;
  /** The image's virtual disk size in GiB, rounded up, when known: root disks may not be smaller. */
  readonly minDiskGiB?: number;
  /**
   * The path on `host` of the image's base volume in `pool`, to use as the backing store of
   * `machine`'s root disk. Creates that volume the first time it is asked for (one per host and
   * pool); with `machine`, the machine keeps the image it was created with when the image changes.
   */
  backingPath(host: IHost, pool: IStoragePool, machine?: IConstruct): string;
}

/** Props of a {@link BaseImage} downloaded from a URL. */
export interface BaseImageProps {
  /** `https://`, `http://` or `file://` URL, or an absolute path on the machine that runs terraform. */
  readonly url: string;
  /**
   * The image's SHA-256 digest (hex). Give this, `sha512`, or `checksumUrl`.
   * @default - none
   */
  readonly sha256?: string;
  /**
   * The image's SHA-512 digest (hex).
   * @default - none
   */
  readonly sha512?: string;
  /**
   * URL of the distribution's checksum file (GNU `SHA256SUMS` or BSD `CHECKSUM` style) listing the image.
   * @default - none: `sha256` or `sha512` must be given
   */
  readonly checksumUrl?: string;
  /**
   * Hash algorithm of `checksumUrl`: `sha256` or `sha512`.
   * @default 'sha256'
   */
  readonly checksumAlgorithm?: string;
  /**
   * The image's file name as it appears in the checksum file.
   * @default - the last segment of the URL
   */
  readonly fileName?: string;
  /**
   * Disk format: `qcow2` or `raw`. Nothing is detected or converted, so it must be right.
   * @default 'qcow2'
   */
  readonly format?: string;
  /**
   * Name of the image, used in its volume names.
   * @default - the construct id, lowercased
   */
  readonly name?: string;
  /**
   * The user the image's cloud-init creates by default.
   * @default - unknown: machines must name their login user
   */
  readonly loginUser?: string;
  /**
   * The image's virtual size in GiB (rounded up).
   * @default - unknown: root disk sizes are not checked against it
   */
  readonly minDiskGiB?: number;
  /**
   * Directory of the download cache on the machine that runs terraform. Images are stored under
   * their checksum and downloaded at most once per machine.
   * @default '~/.cache/cdktf-libvirt/images'
   */
  readonly cacheDir?: string;
}

/** Options of {@link BaseImage.fromCatalog}. */
export interface CatalogImageOptions {
  /**
   * Name of the image, used in its volume names.
   * @default - the catalogue name, e.g. `debian-12`
   */
  readonly name?: string;
  /**
   * Directory of the download cache.
   * @default '~/.cache/cdktf-libvirt/images'
   */
  readonly cacheDir?: string;
}

/** Props of {@link BaseImage.fromVolume}. */
export interface ExistingImageProps {
  /** The host the volume is on; the image can only be used there. */
  readonly host: IHost;
  /** Absolute path of the existing volume on the host (see `virsh vol-path`). */
  readonly path: string;
  /**
   * Disk format of the volume.
   * @default 'qcow2'
   */
  readonly format?: string;
  /**
   * The user the image's cloud-init creates by default.
   * @default - unknown
   */
  readonly loginUser?: string;
  /**
   * The volume's virtual size in GiB.
   * @default - unknown
   */
  readonly minDiskGiB?: number;
}

/**
 * A cloud image, downloaded once by the machine that runs terraform, verified against its
 * checksum before any machine uses it, and uploaded once into every (host, pool) that has a
 * machine built on it.
 *
 * The download is a `terraform_data` resource whose local-exec provisioner runs a small POSIX
 * script shipped with this package (it needs `sh`, `sha256sum`/`sha512sum` or `shasum`, and
 * `curl` or `wget` on the machine that runs terraform).
 */
export class BaseImage extends Construct implements IBaseImage {
  /** The names of the images in the catalogue. */
  public static catalogNames(): string[] {
    return CATALOG.map((e) => e.name);
  }

  /** An image from the built-in catalogue of pinned, dated cloud image releases, e.g. `debian-12`. */
  public static fromCatalog(scope: Construct, id: string, catalogName: string, options: CatalogImageOptions = {}): BaseImage {
    checkUniqueId(scope, id, 'BaseImage');
    // checked before the image exists: the options are turned into its props, which have more keys
    checkProps<CatalogImageOptions>(scope, `BaseImage.fromCatalog() (for ${scope.node.path}/${id})`, options, { name: true, cacheDir: true });
    checkString(scope, `the catalogue name (for ${scope.node.path}/${id})`, catalogName, `use one of: ${BaseImage.catalogNames().join(', ')}`);
    const entry = CATALOG.find((e) => e.name === catalogName);
    if (!entry) {
      fail(scope, `there is no image named ${JSON.stringify(catalogName)} in the catalogue (for ${scope.node.path}/${id})`, catalogName,
        `use one of: ${BaseImage.catalogNames().join(', ')}, or BaseImage with your own url and checksum`);
    }
    return new BaseImage(scope, id, catalogProps(entry, options));
  }

  /** An image that already exists as a volume on one host. It is never downloaded, uploaded or destroyed. */
  public static fromVolume(scope: Construct, id: string, props: ExistingImageProps): IBaseImage {
    return new ExistingVolumeImage(scope, id, props);
  }

  public readonly imageName: string;
  public readonly format: string;
  public readonly loginUser?: string;
  public readonly minDiskGiB?: number;
  /**
   * What identifies this image's content: 12 hex digits of its checksum (of its URL when only a
   * checksum file is given). It names its base volumes (`<name>-<key>.<format>`), and a machine's
   * image pin holds it.
   */
  public readonly contentKey: string;
  private readonly perPool = new Map<IStoragePool, PoolCopy>();
  /** A new config for each pool's download (one resource each, so no object is shared between them). */
  private readonly downloadConfig: () => DataConfig;
  /** The cache folder (a Terraform expression) and the image's file name in it. */
  private readonly cache: string;
  private readonly cacheFile: string;

  constructor(scope: Construct, id: string, props: BaseImageProps) {
    checkUniqueId(scope, id, 'BaseImage');
    super(scope, id);
    checkProps<BaseImageProps>(this, 'BaseImage', props, IMAGE_PROPS, true);
    checkImageProps(this, props);
    this.imageName = props.name ?? id.toLowerCase();
    this.format = props.format ?? 'qcow2';
    this.loginUser = props.loginUser;
    this.minDiskGiB = props.minDiskGiB;
    checkObjectName(this, 'name', this.imageName);
    checkOneOf(this, 'format', this.format, ['qcow2', 'raw']);
    checkInteger(this, 'minDiskGiB', props.minDiskGiB, 1);
    const checksum = checksumOf(this, props);
    const fileName = props.fileName ?? lastSegment(props.url);

    const cacheDir = props.cacheDir ?? '~/.cache/cdktf-libvirt/images';
    // The cache path is a Terraform expression evaluated on the machine that runs terraform. It
    // depends on that machine (its HOME), so it only goes where terraform never compares it: the
    // provisioner's environment, and the upload source of a base volume, which is ignored after
    // the volume is created.
    const cache = Fn.pathexpand(cacheDir);
    const key = checksum.value ? `${checksum.algorithm}-${checksum.value}` : `url-${sha256Hex(props.url).slice(0, 32)}`;
    this.contentKey = checksum.value ? checksum.value.slice(0, 12) : sha256Hex(props.url).slice(0, 12);
    this.cache = cache;
    this.cacheFile = `${key}.${this.format}`;
    const dest = `${cache}/${this.cacheFile}`;
    this.downloadConfig = () => ({
      input: { image: this.contentKey },
      // a new image (URL or checksum) downloads again
      triggersReplace: { url: props.url, checksum: checksum.value ?? props.checksumUrl },
      provisioners: [{
        type: 'local-exec',
        interpreter: ['/bin/sh', '-c'],
        command: scriptCommand('fetch-image.sh'),
        environment: {
          IMAGE_URL: props.url,
          IMAGE_FILE_NAME: fileName,
          CHECKSUM_ALGORITHM: checksum.algorithm,
          CHECKSUM: checksum.value ?? '',
          CHECKSUM_URL: props.checksumUrl ?? '',
          CACHE_DIR: cache,
          DEST: dest,
        },
      }],
    });
  }

  /**
   * The `terraform_data` resources that download and verify the image (escape hatch), one per pool
   * that has a machine built on the image: a pool whose base volume is created later (by another
   * user, on another machine) downloads it there again (or finds it in that machine's cache).
   */
  public get downloads(): TerraformData[] {
    return [...this.perPool.values()].map((c) => c.download);
  }

  /** The base volumes (escape hatch): one per pool, with one instance per image in use there (`for_each`). */
  public get volumes(): Volume[] {
    return [...this.perPool.values()].map((c) => c.volume);
  }

  /**
   * The backing store of a machine's root disk in `pool`: the base volume of the image the machine
   * was created with.
   *
   * Each machine gets an image pin under `machine` (a `terraform_data` holding this image's
   * {@link contentKey}, which terraform never updates), and each pool has one base volume resource
   * with one instance per image key that some machine's pin holds. When the image changes (a new
   * catalogue release), existing machines keep their pins and so their base volume, which stays
   * beside the new one; new machines get the new image. To move a machine to the new image on
   * purpose, replace its pin: `terraform apply -replace=<pin address>` rebuilds its root disk on it.
   */
  public backingPath(host: IHost, pool: IStoragePool, machine?: IConstruct): string {
    if (pool.host !== host) {
      fail(this, `pool ${pool.node.path} is on host ${pool.host.hostName}, not on ${host.hostName}`, pool.literalName,
        'use a pool on the machine\'s own host');
    }
    let copy = this.perPool.get(pool);
    if (!copy) {
      copy = this.copyIn(host, pool);
      this.perPool.set(pool, copy);
    }
    if (!machine) {
      // no machine to pin: the current image, which the volume then always has an instance of
      copy.unpinned = true;
      return `\${${copy.volume.fqn}["${this.contentKey}"].path}`;
    }
    // per (machine, pool): a machine moved to another pool starts from the image of that time
    const pin = new TerraformData(machine, `ImagePin-${pool.node.addr.slice(0, 8)}`, {
      input: { image: this.contentKey },
      lifecycle: { ignoreChanges: ['input'] },
    });
    copy.pins.push(pin);
    return `\${${copy.volume.fqn}[${pin.fqn}.input.image].path}`;
  }

  /** The download and the base volume of the image in one pool. */
  private copyIn(host: IHost, pool: IStoragePool): PoolCopy {
    const currentName = `${this.imageName}-${this.contentKey}.${this.format}`;
    registryOf(this).claim(this, `volume:${host.hostName}:${pool.literalName}:${currentName}`, 'the base volume name', currentName,
      'give each image in a pool its own name');
    // children named after the pool's unique address, so that ids stay stable
    const suffix = pool.node.addr.slice(0, 16);
    const download = new TerraformData(this, `Download-${suffix}`, this.downloadConfig());
    const volume = new Volume(this, `Volume-${suffix}`, {
      provider: host.provider,
      name: `${this.imageName}-\${each.key}.${this.format}`,
      pool: pool.poolName,
      target: { format: { type: this.format } },
      // only this image's own key can be uploaded from the cache; an older key's volume exists already
      create: { content: { url: `\${each.key == "${this.contentKey}" ? join("", [${this.cache}, "/${this.cacheFile}"]) : "/cdktf-libvirt: image \${each.key} is no longer in the configuration"}` } },
      dependsOn: [download],
      // the upload source depends on the deploying machine, and a volume is never updated: what
      // it holds is decided by its key (its name), which is the image's content
      lifecycle: { ignoreChanges: ['create'] },
    });
    const copy: PoolCopy = { download, volume, pins: [], unpinned: false };
    // one instance per image a machine here is pinned to (and the current one, when asked for unpinned)
    volume.addOverride('for_each', Lazy.stringValue({
      produce: () => {
        const keys = [...(copy.unpinned || copy.pins.length === 0 ? [`"${this.contentKey}"`] : []), ...copy.pins.map((p) => `${p.fqn}.input.image`)];
        return `\${toset([${keys.join(', ')}])}`;
      },
    }));
    return copy;
  }
}

/** An image's download and base volume in one pool, and the pins of the machines that use it. */
interface PoolCopy {
  readonly download: TerraformData;
  readonly volume: Volume;
  readonly pins: TerraformData[];
  /** Whether a backing path was asked for without a machine to pin (then the current image always has an instance). */
  unpinned: boolean;
}

class ExistingVolumeImage extends Construct implements IBaseImage {
  public readonly imageName: string;
  public readonly format: string;
  public readonly loginUser?: string;
  public readonly minDiskGiB?: number;
  private readonly host: IHost;
  private readonly path: string;

  constructor(scope: Construct, id: string, props: ExistingImageProps) {
    checkUniqueId(scope, id, 'BaseImage');
    super(scope, id);
    checkProps<ExistingImageProps>(this, 'BaseImage.fromVolume()', props, { host: true, path: true, format: true, loginUser: true, minDiskGiB: true }, true);
    if (props.host === undefined) fail(this, 'BaseImage.fromVolume() needs host, the host the volume is on', props.host, 'set host to the Host that has the volume');
    if (props.path === undefined) fail(this, 'BaseImage.fromVolume() needs path, the volume\'s path on its host', props.path, 'set path to what `virsh vol-path` prints for it');
    checkString(this, 'path', props.path, 'set path to what `virsh vol-path` prints for it');
    checkAbsolutePath(this, 'path', props.path);
    checkString(this, 'format', props.format, 'use one of: qcow2, raw');
    checkLoginUser(this, props.loginUser);
    this.format = props.format ?? 'qcow2';
    checkOneOf(this, 'format', this.format, ['qcow2', 'raw']);
    checkInteger(this, 'minDiskGiB', props.minDiskGiB, 1);
    this.imageName = id.toLowerCase();
    this.loginUser = props.loginUser;
    this.minDiskGiB = props.minDiskGiB;
    this.host = Host.resolve(this, props.host);
    this.path = props.path;
  }

  public backingPath(host: IHost): string {
    if (host !== this.host) {
      fail(this, `the image is a volume on host ${this.host.hostName} and cannot back a disk on ${host.hostName}`, host.hostName,
        'use a BaseImage from a URL or the catalogue, which is uploaded to every host that needs it');
    }
    return this.path;
  }
}

function catalogProps(entry: CatalogEntry, options: CatalogImageOptions): BaseImageProps {
  return {
    url: entry.url,
    fileName: entry.fileName,
    format: entry.format,
    loginUser: entry.loginUser,
    minDiskGiB: entry.minDiskGiB,
    sha256: entry.checksum.algorithm === 'sha256' ? entry.checksum.value : undefined,
    sha512: entry.checksum.algorithm === 'sha512' ? entry.checksum.value : undefined,
    // a digest in the catalogue is enough; the checksum file is fetched only when there is none
    checksumUrl: entry.checksum.value === undefined ? entry.checksum.url : undefined,
    checksumAlgorithm: entry.checksum.algorithm,
    name: options.name ?? entry.name,
    cacheDir: options.cacheDir,
  };
}

function lastSegment(url: string): string {
  return url.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? url;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const IMAGE_PROPS: Record<keyof BaseImageProps, true> = {
  url: true, sha256: true, sha512: true, checksumUrl: true, checksumAlgorithm: true, fileName: true, format: true, name: true,
  loginUser: true, minDiskGiB: true, cacheDir: true,
};
