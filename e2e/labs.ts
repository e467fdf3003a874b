/**
 * The labs the e2e tier applies with real terraform, and the changes it makes to them once they
 * run. Adding an example is one entry: its name and how to build its stack from the run's
 * {@link LabContext}. Adding a change is a few lines: a name, the lab after the change, and which
 * construct paths the plan must create, update, replace or destroy (nothing else may change).
 *
 * Guests have no internet: an example that would download or install software at boot is built
 * here with that turned off.
 *
 * `CDKTF_LIBVIRT_E2E_LABS=quickstart,...` runs only the named ones.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Classroom } from '../examples/classroom/main';
import { K3sLab } from '../examples/k3s/main';
import { MultiHostLab } from '../examples/multi-host/main';
import { NetworkLab } from '../examples/network-lab/main';
import { Quickstart } from '../examples/quickstart/main';
import { BaseImage, BaseImageProps, CloudConfig, DomainType, Host, HostConnection, K3sInstall, Lab, LabArtifacts, Network, NetworkMode, Router, VirtualMachine } from '../lib';

/**
 * The guest a lab's machines boot:
 * - `debian`: the Debian 12 image with cloud-init (`e2e/build-test-image.sh`); every check runs
 *   (SSH, Ansible, cloud-init effects, names, routing);
 * - `tiny`: the kernel + busybox guest (`e2e/build-tiny-guest.sh`) booted directly, for labs whose
 *   point is many machines that must boot, take their hostname and planned addresses from the seed,
 *   and answer on the network. It has no SSH, cloud-init or resolver, so those checks do not run.
 */
export type GuestKind = 'debian' | 'tiny';

/** What the run gives every lab it builds: the documented props a user would set on such a host. */
export interface LabContext {
  /** The run's throwaway key pair. */
  readonly sshPublicKey: string;
  readonly sshPrivateKeyFile: string;
  /** The guest's disk image, served on 127.0.0.1 with its sha256 (a user's own image). */
  readonly image: BaseImageProps;
  /** `DomainType.QEMU`: guests run under TCG here. */
  readonly domainType: DomainType;
  /**
   * A newer release of the same image (`/etc/cdktf-test-image` says `b`), for labs that change
   * their image; served and checksummed like `image`.
   */
  readonly nextImage: BaseImageProps;
  /**
   * For a lab over several KVM hosts (`ExampleLab.kvmHosts`): how terraform reaches each of them,
   * by name: `HostConnection.ssh()` to root at the host's address, with the run's key and a
   * known_hosts file that holds the hosts' keys.
   */
  readonly kvmHosts?: Record<string, HostConnection>;
  /** For such a lab: the address each KVM host reaches the others on, by name (their `tunnelAddress`). */
  readonly kvmTunnelAddresses?: Record<string, string>;
}

/** What a change scenario may do to the applied lab, and look at, besides terraform. */
export interface LabControl {
  /** Runs a shell command on a machine (by libvirt name) through the generated ssh_config. */
  exec(machine: string, command: string): Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** The `TMPDIR` terraform and the provider run with (where the seed ISOs are). */
  readonly tmpDir: string;
  /** A scratch folder of the lab's own. */
  readonly workDir: string;
  /** Keeps a value for a later step of the same change (`before` for `after`). */
  remember(key: string, value: string): void;
  /** A value kept by {@link remember}. */
  note(key: string): string | undefined;
  /** Where a path on the libvirt host (a pool's directory) is on this machine. */
  hostPath(libvirtPath: string): string;
}

/**
 * What a plan must do, by construct path: every resource whose path is (or is below) one of the
 * listed paths, and no other resource, in each action. An action left out must plan nothing. A path
 * ending in `*` matches every path that starts with what comes before it (for construct ids that
 * carry a hash). Instances of a resource with `for_each` count as the resource.
 */
export interface ExpectedPlan {
  readonly create?: string[];
  readonly update?: string[];
  readonly replace?: string[];
  readonly delete?: string[];
}

/** A change a user makes to an applied lab. */
export interface ChangeScenario {
  /** What the user does, e.g. "add a machine". */
  readonly name: string;
  /**
   * Builds the lab as it is after the change.
   * @default - the lab as it is (the change is not in the code: `before` or `env`)
   */
  readonly build?: (app: App, context: LabContext) => TerraformStack;
  /**
   * What terraform must plan for it; or a function of the plans (cdk.tf.json) before and after the
   * change, for resources whose paths hold a key of the run's inputs (the base volume on a host).
   */
  readonly expect: ExpectedPlan | ((plans: { readonly before: Record<string, any>; readonly after: Record<string, any> }) => ExpectedPlan);
  /**
   * Done before the plan: what the user does outside the code, or what the checks afterwards need
   * (a marker on a data disk). Returns failures, one line each.
   * @default - nothing
   */
  readonly before?: (lab: LabControl) => Promise<string[]>;
  /**
   * Environment terraform runs with for this change's plan, apply and the plan after it (another HOME).
   * @default - the lab's own
   */
  readonly env?: (lab: LabControl) => Record<string, string>;
  /**
   * Checks after the apply, besides every check of the lab. Returns failures, one line each.
   * @default - none
   */
  readonly after?: (lab: LabControl) => Promise<string[]>;
}

/** One example lab. */
export interface ExampleLab {
  /** The example's directory name under examples/. */
  readonly name: string;
  /**
   * The guest its machines boot.
   * @default 'debian'
   */
  readonly guest?: GuestKind;
  /** Builds the example's stack in `app`. */
  readonly build: (app: App, context: LabContext) => TerraformStack;
  /**
   * Changes made one after another once the lab runs, each planned, asserted, applied, checked and
   * planned again.
   * @default - none
   */
  readonly changes?: ChangeScenario[];
  /**
   * Checks after `terraform destroy`, besides the leftover check (a pool directory kept on purpose).
   * @default - none
   */
  readonly afterDestroy?: (lab: LabControl) => string[];
  /**
   * The lab's changes move to a newer release of the image (`LabContext.nextImage`), which the run
   * then derives from the test image.
   * @default false
   */
  readonly usesNextImage?: boolean;
  /**
   * The lab runs over KVM hosts of its own, by these names: each a libvirtd with an sshd in
   * namespaces of its own (e2e/hosts.ts), reached over SSH (`LabContext.kvmHosts`).
   * @default - the run's one libvirtd, on the machine's system socket
   */
  readonly kvmHosts?: string[];
}

/** The quickstart with one more machine, `cache`, whose NIC takes its address by DHCP. */
function quickstartWithDhcpMachine(app: App, context: LabContext): TerraformStack {
  const lab = new Quickstart(app, 'quickstart', context);
  new VirtualMachine(lab.host, 'cache', {
    image: lab.image, pool: lab.pool, nics: [{ network: lab.network, dhcp: true }], sshAuthorizedKeys: [context.sshPublicKey],
  });
  return lab;
}

/** How the day-2 lab is built: what its owner changes on it, one thing after another. */
interface Day2Options {
  /** The content of /etc/day2-note on web (its cloud-config). */
  readonly note?: string;
  readonly webVcpus?: number;
  readonly webMemoryMiB?: number;
  /** The first address of the network's DHCP range (the default range starts at .128). */
  readonly dhcpFrom?: number;
  /** The image moves to the next release, and a machine `api` is added. */
  readonly nextImage?: boolean;
  /** The network's autostart (the one network attribute the provider updates in place). */
  readonly netAutostart?: boolean;
  /** An isolated network `back`, joined to `net` by a router `gw`. */
  readonly router?: boolean;
  /** Without `api` again (after `nextImage` added it). */
  readonly withoutApi?: boolean;
  readonly keepPool?: boolean;
}

/**
 * A quickstart-shaped lab for the day-2 changes: a lab with its own pool, a NAT network, `web` with
 * a 1 GiB data disk and a file from its cloud-config, and `db`; fixed host numbers, so that their
 * addresses do not depend on the DHCP range.
 */
function day2Lab(app: App, context: LabContext, o: Day2Options = {}): TerraformStack {
  const stack = new TerraformStack(app, 'day2');
  const host = new Host(stack, 'local', { domainType: context.domainType });
  const lab = new Lab(host, 'day2', {
    image: new BaseImage(stack, 'debian', o.nextImage ? context.nextImage : context.image),
    sshAuthorizedKeys: [context.sshPublicKey],
    poolPath: DAY2_POOL,
    keepPool: o.keepPool,
  });
  const net = new Network(lab, 'net', {
    cidr: '10.79.0.0/24',
    autostart: o.netAutostart,
    ...(o.dhcpFrom !== undefined ? { dhcpRange: { start: `10.79.0.${o.dhcpFrom}`, end: '10.79.0.254' } } : {}),
  });
  new VirtualMachine(lab, 'web', {
    nics: [{ network: net }], hostNumber: 10, dataDisks: [{ sizeGiB: 1 }],
    vcpus: o.webVcpus, memoryMiB: o.webMemoryMiB,
    cloudConfig: new CloudConfig().addFile({ path: '/etc/day2-note', content: o.note ?? 'first\n' }),
  });
  new VirtualMachine(lab, 'db', { nics: [{ network: net }], hostNumber: 11 });
  if (o.nextImage && !o.withoutApi) new VirtualMachine(lab, 'api', { nics: [{ network: net }], hostNumber: 12 });
  if (o.router) {
    const back = new Network(lab, 'back', { mode: NetworkMode.isolated(), cidr: '10.79.1.0/24' });
    new Router(lab, 'gw', { networks: [net, back], hostNumber: 2, memoryMiB: 512 });
  }
  LabArtifacts.of(stack).configure({ sshPrivateKeyFile: context.sshPrivateKeyFile });
  return stack;
}

const DAY2_POOL = '/var/lib/libvirt/pools/day2';
const MARKER = 'cdktf-libvirt day-2 data disk marker';

/** Writes a marker at the start of web's data disk (raw, no file system needed). */
async function writeMarker(lab: LabControl): Promise<string[]> {
  const r = await lab.exec('day2-web', `printf '%s' '${MARKER}' | sudo -n dd of=/dev/vdb conv=fsync status=none`);
  return r.code === 0 ? [] : [`day2-web: writing the marker to /dev/vdb failed: ${r.stderr.trim()}`];
}

/** The marker written before is still on web's data disk (a replaced machine kept its disk). */
async function markerKept(lab: LabControl): Promise<string[]> {
  const r = await lab.exec('day2-web', `sudo -n head -c ${MARKER.length} /dev/vdb`);
  return r.stdout === MARKER ? [] : [`day2-web: the data disk starts with ${JSON.stringify(r.stdout.slice(0, 60))}, not the marker written before the change (exit ${r.code})`];
}

/** A command's trimmed output on a machine, or a failure line. */
async function output(lab: LabControl, machine: string, command: string): Promise<string> {
  const r = await lab.exec(machine, command);
  return r.code === 0 ? r.stdout.trim() : `(${command} failed: ${r.stderr.trim()})`;
}

const day2 = (o: Day2Options) => (app: App, context: LabContext) => day2Lab(app, context, o);
const WEB = 'day2/local/day2/web';
const DB = 'day2/local/day2/db';
const API = 'day2/local/day2/api';
/** The lab after the image change, which the last changes build on. */
const LATEST: Day2Options = { note: 'second\n', webVcpus: 2, webMemoryMiB: 1536, dhcpFrom: 200, nextImage: true };

export const LABS: ExampleLab[] = [
  {
    name: 'quickstart',
    build: (app, context) => new Quickstart(app, 'quickstart', context),
    changes: [
      { name: 'add a machine (cache, with a DHCP NIC)', build: quickstartWithDhcpMachine, expect: { create: ['quickstart/local/cache'] } },
      { name: 'remove that machine again', build: (app, context) => new Quickstart(app, 'quickstart', context), expect: { delete: ['quickstart/local/cache'] } },
    ],
  },
  {
    name: 'day2',
    usesNextImage: true,
    build: day2({}),
    changes: [
      {
        name: 'edit web\'s cloud-config',
        before: writeMarker,
        build: day2({ note: 'second\n' }),
        // a new seed (its ISO, its volume) and the domain booted on it; the disks stay
        expect: { replace: [`${WEB}/CloudInit`, `${WEB}/Seed`, `${WEB}/Resource`], update: [`${WEB}/SeedRevision`] },
        after: async (lab) => [
          ...await markerKept(lab),
          ...(await output(lab, 'day2-web', 'cat /etc/day2-note') === 'second' ? [] : ['day2-web: /etc/day2-note does not hold the new content']),
        ],
      },
      {
        name: 'web\'s vCPUs 1 -> 2 and memory 1024 -> 1536 MiB',
        build: day2({ note: 'second\n', webVcpus: 2, webMemoryMiB: 1536 }),
        expect: { replace: [`${WEB}/Resource`], update: [`${WEB}/Revision`] },
        after: async (lab) => {
          const failures = await markerKept(lab);
          const cpus = await output(lab, 'day2-web', 'nproc');
          if (cpus !== '2') failures.push(`day2-web: nproc says ${cpus}, planned 2`);
          const kib = Number(await output(lab, 'day2-web', "awk '/^MemTotal:/ { print $2 }' /proc/meminfo"));
          if (!(kib > 1024 * 1024 && kib <= 1536 * 1024)) failures.push(`day2-web: MemTotal is ${kib} KiB, planned 1536 MiB`);
          return failures;
        },
      },
      {
        name: 'the provider\'s seed ISOs are deleted from $TMPDIR (a reboot, a tmp cleaner)',
        before: async (lab) => {
          fs.rmSync(path.join(lab.tmpDir, 'terraform-provider-libvirt-cloudinit'), { recursive: true, force: true });
          return [];
        },
        // only the ISOs are made again: nothing that uses them changes
        expect: { create: [`${WEB}/CloudInit`, `${DB}/CloudInit`] },
      },
      {
        name: 'terraform runs with another HOME (a colleague, CI, sudo)',
        env: (lab) => {
          const home = path.join(lab.workDir, 'other-home');
          fs.mkdirSync(home, { recursive: true });
          return { HOME: home };
        },
        expect: {},
      },
      {
        name: 'the network\'s DHCP range (.128 -> .200)',
        before: writeMarker,
        build: day2({ note: 'second\n', webVcpus: 2, webMemoryMiB: 1536, dhcpFrom: 200 }),
        // the network, and exactly the machines on it, and its DNS entries; the disks stay
        expect: {
          replace: ['day2/local/day2/net/Resource', 'day2/local/day2/net/Dns', `${WEB}/Resource`, `${DB}/Resource`],
          update: ['day2/local/day2/net/Revision'],
        },
        after: markerKept,
      },
      {
        name: 'a new release of the base image, and a new machine api',
        build: day2({ note: 'second\n', webVcpus: 2, webMemoryMiB: 1536, dhcpFrom: 200, nextImage: true }),
        // web and db keep their image: only the new machine, the new image's download and its base volume
        // instance, and the network's DNS registration, which gains api's names
        expect: { create: ['day2/local/day2/api', 'day2/debian/Volume-*'], replace: ['day2/debian/Download-*', 'day2/local/day2/net/Dns'] },
        after: async (lab) => {
          const failures: string[] = [];
          if (await output(lab, 'day2-api', 'cat /etc/cdktf-test-image') !== 'b') failures.push('day2-api: it did not boot the new image (/etc/cdktf-test-image is not "b")');
          for (const m of ['day2-web', 'day2-db']) {
            if (await output(lab, m, 'test -e /etc/cdktf-test-image && echo moved || echo kept') !== 'kept') failures.push(`${m}: it is on the new image, but its root disk was made from the old one`);
          }
          return [...failures, ...await markerKept(lab)];
        },
      },
      {
        name: 'the network\'s autostart off',
        build: day2({ ...LATEST, netAutostart: false }),
        // the provider updates autostart in place; the machines on the network only follow its replacement
        expect: { update: ['day2/local/day2/net/Resource'] },
        after: async (lab) => (await output(lab, 'day2-web', 'uptime -s') === lab.note('web-boot') ? [] : ['day2-web: it was restarted']),
        before: async (lab) => { lab.remember('web-boot', await output(lab, 'day2-web', 'uptime -s')); return []; },
      },
      {
        name: 'a router to a new isolated network',
        before: writeMarker,
        build: day2({ ...LATEST, netAutostart: false, router: true }),
        // the router and its network are new; the machines on net get a route to back in their
        // network-config (their seeds), so they are replaced on their kept disks
        expect: {
          create: ['day2/local/day2/back', 'day2/local/day2/gw'],
          replace: [`${WEB}/CloudInit`, `${WEB}/Seed`, `${WEB}/Resource`, `${DB}/CloudInit`, `${DB}/Seed`, `${DB}/Resource`,
            `${API}/CloudInit`, `${API}/Seed`, `${API}/Resource`, 'day2/local/day2/net/Dns'],
          update: [`${WEB}/SeedRevision`, `${DB}/SeedRevision`, `${API}/SeedRevision`],
        },
        after: async (lab) => {
          // web reaches the router's address on the new network: its new route goes through gw
          const ping = await lab.exec('day2-web', 'ping -c 2 -W 5 10.79.1.2');
          return [...(ping.code === 0 ? [] : [`day2-web: no route to 10.79.1.2 (gw on back): ${ping.stdout.trim().split('\n').slice(-2).join(' ')}`]), ...await markerKept(lab)];
        },
      },
      {
        name: 'remove api (a machine with a fixed address)',
        build: day2({ ...LATEST, netAutostart: false, router: true, withoutApi: true }),
        // its own resources go, and the network's DNS registration is made again without its names
        // (a removed resource's destroy-time provisioners never run: the names must not live there);
        // the checks after apply ask net's DNS for api's names and expect no answer
        expect: { delete: [API], replace: ['day2/local/day2/net/Dns'] },
      },
      {
        name: 'keepPool is set before destroy',
        build: day2({ ...LATEST, netAutostart: false, router: true, withoutApi: true, keepPool: true }),
        expect: { update: ['day2/local/day2/pool/Directory'] },
      },
    ],
    // keepPool was set last: destroy keeps the (empty) directory
    afterDestroy: (lab) => (fs.existsSync(lab.hostPath(DAY2_POOL)) ? [] : [`${DAY2_POOL} is gone, though keepPool was set before destroy`]),
  },
  // the cluster's machines, without k3s itself: the guests cannot download it
  { name: 'k3s', build: (app, context) => new K3sLab(app, 'k3s', { ...context, install: K3sInstall.none() }) },
  { name: 'network-lab', build: (app, context) => new NetworkLab(app, 'network-lab', context) },
  // 10 stamped copies, 20 machines: the Debian guest would need most of an hour under TCG
  {
    name: 'classroom',
    guest: 'tiny',
    build: (app, context) => new Classroom(app, 'classroom', context),
    changes: [
      // the copies' blocks and number widths are sized for maxCopies: the others stay as they are
      { name: 'the class grows from 10 to 11 students', build: (app, context) => new Classroom(app, 'classroom', { ...context, students: 11 }), expect: { create: ['classroom/local/class/11'] } },
    ],
  },
  // KVM hosts of its own, each a libvirtd with its own sshd, reached over qemu+ssh: a team lab per
  // team, spread over kvm1 and kvm2, and an edge router on each, joined by a wire; kvm3 joins later
  {
    name: 'multi-host',
    kvmHosts: ['kvm1', 'kvm2', 'kvm3'],
    build: (app, context) => new MultiHostLab(app, 'multi-host', { ...context, hosts: hostsOf(context, 'kvm1', 'kvm2'), tunnelAddresses: context.kvmTunnelAddresses }),
    changes: [
      {
        // round-robin: the third team goes on kvm1 again, and the first two stay where they are
        name: 'a third team (placed on kvm1; no other team moves)',
        build: (app, context) => new MultiHostLab(app, 'multi-host', { ...context, hosts: hostsOf(context, 'kvm1', 'kvm2'), tunnelAddresses: context.kvmTunnelAddresses, teams: 3 }),
        expect: { create: ['multi-host/team/03'] },
      },
      {
        // the address lock keeps teams 1 to 3 where they run; the new team goes to the host with the fewest
        name: 'kvm3 joins, and a fourth team lands there (no team moves)',
        build: (app, context) => new MultiHostLab(app, 'multi-host', { ...context, hosts: hostsOf(context, 'kvm1', 'kvm2', 'kvm3'), tunnelAddresses: context.kvmTunnelAddresses, teams: 4 }),
        expect: ({ after }) => ({ create: ['multi-host/team/04', 'multi-host/kvm3', ...baseImageOn(after, 'multi-host', 'kvm3')] }),
      },
    ],
  },
];

/** The run's connections to the named KVM hosts (LabContext.kvmHosts); the example's own defaults without a run. */
function hostsOf(context: LabContext, ...names: string[]): Record<string, HostConnection> | undefined {
  const all = context.kvmHosts;
  return all === undefined ? undefined : Object.fromEntries(names.map((n) => [n, all[n]]));
}

/**
 * The construct paths of the stack's base image resources for host `host` (its base volume there and
 * the download that feeds it, which share a key made of the image and the pool): what a host that
 * joins gets of the image.
 */
function baseImageOn(json: Record<string, any>, stack: string, host: string): string[] {
  return Object.values<any>(json.resource?.libvirt_volume ?? {}).filter((v) => v.provider === `libvirt.${host}`).flatMap((v) => {
    const m = /^(.*)\/Volume-([0-9a-f]+)$/.exec(String(v['//']?.metadata?.path ?? ''));
    return m === null || !m[1].startsWith(`${stack}/`) ? [] : [m[0], `${m[1]}/Download-${m[2]}`];
  });
}

/** How the lab is built before its `index`-th change is applied (the last build given up to then). */
export function buildBefore(lab: ExampleLab, index: number): (app: App, context: LabContext) => TerraformStack {
  let build = lab.build;
  for (const change of (lab.changes ?? []).slice(0, index)) build = change.build ?? build;
  return build;
}

/** The labs this run applies: all, or those named in CDKTF_LIBVIRT_E2E_LABS. */
export function selectedLabs(): ExampleLab[] {
  const wanted = (process.env.CDKTF_LIBVIRT_E2E_LABS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return LABS;
  const unknown = wanted.filter((w) => !LABS.some((l) => l.name === w));
  if (unknown.length > 0) throw new Error(`CDKTF_LIBVIRT_E2E_LABS names unknown labs: ${unknown.join(', ')} (known: ${LABS.map((l) => l.name).join(', ')})`);
  return LABS.filter((l) => wanted.includes(l.name));
}
