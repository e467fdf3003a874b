/**
 * A catalogue of common x86_64 cloud images that boot on KVM and read cloud-init's NoCloud
 * datasource. Data only: every entry pins a dated or versioned release URL (never `latest` or
 * `current`), the format, the default login user, and where its expected checksum comes from.
 *
 * Nothing here was invented. Each URL, date and digest was read from public material, cited in
 * the comment above the entry and in its `source` field. "Index file id N" names a file in the
 * public-code index used to build this catalogue, for files whose repository was not named there.
 * Where a digest (`value`) is given it was found verbatim in at least one source that says it
 * verified it against the distribution's checksum file; the checksum file's `url` is always
 * given too, so the digest can be re-checked.
 */

/** Where an image's expected checksum comes from. */
export interface CatalogChecksum {
  /** Hash algorithm of the published checksum. */
  readonly algorithm: 'sha256' | 'sha512';
  /** The hex digest, copied from the distribution's checksum file (only when found verbatim in a source). */
  readonly value?: string;
  /** URL of the distribution's checksum file in the same release directory. */
  readonly url?: string;
}

export interface CatalogEntry {
  /** Catalogue key, lowercase, e.g. 'debian-12', 'ubuntu-24.04', 'fedora-41', 'rocky-9', 'almalinux-9'. */
  readonly name: string;
  readonly distribution: string;
  readonly release: string;
  readonly url: string;
  readonly format: 'qcow2' | 'raw';
  readonly loginUser: string;
  readonly checksum: CatalogChecksum;
  /** The file's name as it appears in the checksum file (usually the URL's last segment). */
  readonly fileName: string;
  /**
   * The image's virtual disk size in GiB, rounded up to a whole GiB so that it is never below the
   * real size (root disks smaller than this are refused).
   */
  readonly minDiskGiB: number;
  /** Where the facts were read (cited source). */
  readonly source: string;
}

export const CATALOG: readonly CatalogEntry[] = [
  // Debian 12, build 20261006-2623. URL and SHA-512: index file id 70185361361 (a `vm.sh` that
  // fetches "from dated paths and checked against the digests their sum files published"); the same
  // SHA-512 is quoted from bookworm/latest/SHA512SUMS (fetched 2026-10-10) in a Packer template,
  // index file id 70316572087. SHA512SUMS in the dated directory: zeroecco/holos
  // internal/images/registry.go (bookworm/<dated>/SHA512SUMS).
  {
    name: 'debian-12',
    distribution: 'Debian',
    release: '12 (bookworm) 20261006-2623',
    url: 'https://cloud.debian.org/images/cloud/bookworm/20261006-2623/debian-12-genericcloud-amd64-20261006-2623.qcow2',
    format: 'qcow2',
    loginUser: 'debian',
    checksum: {
      algorithm: 'sha512',
      value:
        'a09170d17e13af43da61774666f520e3bbec0f8bd96b4db37c15f3426fb327ccad950b80dbe78c09aa5ca90ce5015e99334b0ba5188fd4018736bc3fb5f0882c',
      url: 'https://cloud.debian.org/images/cloud/bookworm/20261006-2623/SHA512SUMS',
    },
    fileName: 'debian-12-genericcloud-amd64-20261006-2623.qcow2',
    minDiskGiB: 3,
    source:
      'index file id 70185361361 (vm.sh, dated URL + sha512); index file id 70316572087 (Packer template quoting bookworm SHA512SUMS, 2026-10-10); zeroecco/holos internal/images/registry.go (SHA512SUMS beside dated build)',
  },

  // Debian 13, build 20261001-2618. URL and SHA-512 in several sources: index file id 70118373207
  // ("As published in that build's SHA512SUMS, and as downloaded"), index file id 70546841043
  // (scripts/vm-run.sh, URL + sha512), index file id 71020284098 ("SHA-512 in Debian's official
  // SHA512SUMS, observed 2026-10-09"), index file id 70185361361.
  {
    name: 'debian-13',
    distribution: 'Debian',
    release: '13 (trixie) 20261001-2618',
    url: 'https://cloud.debian.org/images/cloud/trixie/20261001-2618/debian-13-genericcloud-amd64-20261001-2618.qcow2',
    format: 'qcow2',
    loginUser: 'debian',
    checksum: {
      algorithm: 'sha512',
      value:
        'f46f0671a6e5bdec5291ab8972bae2f10e5408c2f64a74078f11efc2f06a436a9d0313ed50e0472542eeabf780e9f7c792ac0a314c6c20507fcd9fd81b468c3d',
      url: 'https://cloud.debian.org/images/cloud/trixie/20261001-2618/SHA512SUMS',
    },
    fileName: 'debian-13-genericcloud-amd64-20261001-2618.qcow2',
    minDiskGiB: 3,
    source:
      'index file ids 70118373207, 70546841043, 71020284098, 70185361361 (dated URL + sha512 from that build\'s SHA512SUMS)',
  },

  // Ubuntu 22.04 LTS, release-20261004. URL and SHA-256: index file id 70185361361; a script
  // downloading this exact URL and release-20261004/SHA256SUMS: index file id 70484914542; the
  // same SHA-256 recorded in a test report, index file id 70083109164. Ubuntu's `.img` is qcow2.
  {
    name: 'ubuntu-22.04',
    distribution: 'Ubuntu',
    release: '22.04 LTS (jammy) release-20261004',
    url: 'https://cloud-images.ubuntu.com/releases/jammy/release-20261004/ubuntu-22.04-server-cloudimg-amd64.img',
    format: 'qcow2',
    loginUser: 'ubuntu',
    checksum: {
      algorithm: 'sha256',
      value: '012d81fade7e8ff4428fc35dfeee711d66d1f47d5ea9c5c8ced96a85b959835c',
      url: 'https://cloud-images.ubuntu.com/releases/jammy/release-20261004/SHA256SUMS',
    },
    fileName: 'ubuntu-22.04-server-cloudimg-amd64.img',
    minDiskGiB: 3,
    source:
      'index file id 70185361361 (dated URL + sha256); index file id 70484914542 (same URL and its SHA256SUMS); index file id 70083109164 (same sha256)',
  },

  // Ubuntu 24.04 LTS, release-20260926. URL and SHA-256: index file id 70118373207
  // (UBUNTU_2404_IMAGE, "As published in that release's SHA256SUMS, and as downloaded"); the same
  // digest for releases/24.04/release-20260926 in index file id 70546841043 (scripts/vm-run.sh).
  {
    name: 'ubuntu-24.04',
    distribution: 'Ubuntu',
    release: '24.04 LTS (noble) release-20260926',
    url: 'https://cloud-images.ubuntu.com/releases/noble/release-20260926/ubuntu-24.04-server-cloudimg-amd64.img',
    format: 'qcow2',
    loginUser: 'ubuntu',
    checksum: {
      algorithm: 'sha256',
      value: '6a81c37564db9b1ee84e141922625e1d7c5b389b99bb3c572e0243607d5bb4d2',
      url: 'https://cloud-images.ubuntu.com/releases/noble/release-20260926/SHA256SUMS',
    },
    fileName: 'ubuntu-24.04-server-cloudimg-amd64.img',
    minDiskGiB: 4,
    source:
      'index file id 70118373207 (dated URL + sha256 from SHA256SUMS); index file id 70546841043 (same release and sha256)',
  },

  // Fedora Cloud 44, compose 1.7. URL and SHA-256: index file id 70546841043 (scripts/vm-run.sh),
  // index file id 57523477708 ("The signed checksum file verified ... the QEMU image matched
  // SHA-256 ..."), and many more. CHECKSUM file (BSD format, named after the compose, not the
  // image): zeroecco/holos internal/images/registry.go; index file id 71486075741.
  {
    name: 'fedora-44',
    distribution: 'Fedora',
    release: '44 Cloud Base Generic 1.7',
    url: 'https://download.fedoraproject.org/pub/fedora/linux/releases/44/Cloud/x86_64/images/Fedora-Cloud-Base-Generic-44-1.7.x86_64.qcow2',
    format: 'qcow2',
    loginUser: 'fedora',
    checksum: {
      algorithm: 'sha256',
      value: '28680fe5b371a5a82ebf43a31926e086a168e59949d03969c5093e7071f90b7f',
      url: 'https://download.fedoraproject.org/pub/fedora/linux/releases/44/Cloud/x86_64/images/Fedora-Cloud-44-1.7-x86_64-CHECKSUM',
    },
    fileName: 'Fedora-Cloud-Base-Generic-44-1.7.x86_64.qcow2',
    minDiskGiB: 5,
    source:
      'index file ids 70546841043, 57523477708 (URL + sha256 verified against signed CHECKSUM); zeroecco/holos internal/images/registry.go and index file id 71486075741 (CHECKSUM file name)',
  },

  // Rocky Linux 9.5, build 20241118.0, from the vault (kept after later point releases). Vault
  // URL: jpartlow/kvm_automation_tooling functions/get_image_url.pp (comment listing it) and index
  // file id 52166799543 (curl of this URL). SHA-256: a Packer log that downloaded it with
  // `checksum=sha256:...` and built (index file id 14864749968), and a cache entry parsed from
  // Rocky's listing (index file id 20734792298). Per-file `.CHECKSUM` beside dated images:
  // zeroecco/holos internal/images/registry.go; index file ids 37115219400, 2470493533 (vault).
  {
    name: 'rocky-9',
    distribution: 'Rocky Linux',
    release: '9.5 GenericCloud Base 20241118.0',
    url: 'https://dl.rockylinux.org/vault/rocky/9.5/images/x86_64/Rocky-9-GenericCloud-Base-9.5-20241118.0.x86_64.qcow2',
    format: 'qcow2',
    loginUser: 'rocky',
    checksum: {
      algorithm: 'sha256',
      value: '069493fdc807300a22176540e9171fcff2227a92b40a7985a0c1c9e21aeebf57',
      url: 'https://dl.rockylinux.org/vault/rocky/9.5/images/x86_64/Rocky-9-GenericCloud-Base-9.5-20241118.0.x86_64.qcow2.CHECKSUM',
    },
    fileName: 'Rocky-9-GenericCloud-Base-9.5-20241118.0.x86_64.qcow2',
    minDiskGiB: 10,
    source:
      'jpartlow/kvm_automation_tooling functions/get_image_url.pp and index file id 52166799543 (vault URL); index file ids 14864749968, 20734792298 (sha256); zeroecco/holos internal/images/registry.go (.CHECKSUM naming)',
  },

  // AlmaLinux 9.8, build 20260810. URL, SHA-256 and CHECKSUM URL: index file id 69835260521
  // ("Reviewed image releases", with checksum_url and signing-key fingerprint); index file id
  // 69423781149 (CHECKSUM + CHECKSUM.asc signature verified, same SHA-256); the same digest in
  // index file ids 69758056658 and 70458978479.
  {
    name: 'almalinux-9',
    distribution: 'AlmaLinux',
    release: '9.8 GenericCloud 20260810',
    url: 'https://repo.almalinux.org/almalinux/9/cloud/x86_64/images/AlmaLinux-9-GenericCloud-9.8-20260810.x86_64.qcow2',
    format: 'qcow2',
    loginUser: 'almalinux',
    checksum: {
      algorithm: 'sha256',
      value: '6bdab6376d46d42e4203ace3733efafc7c5d37c7cb443a6cc74750097002d74b',
      url: 'https://repo.almalinux.org/almalinux/9/cloud/x86_64/images/CHECKSUM',
    },
    fileName: 'AlmaLinux-9-GenericCloud-9.8-20260810.x86_64.qcow2',
    minDiskGiB: 10,
    source:
      'index file ids 69835260521, 69423781149 (URL + sha256 + CHECKSUM URL, signature verified); index file ids 69758056658, 70458978479 (same sha256)',
  },
];
