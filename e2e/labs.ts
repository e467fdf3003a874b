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
import { App, TerraformStack } from 'cdktf';
import { Classroom } from '../examples/classroom/main';
import { K3sLab } from '../examples/k3s/main';
import { NetworkLab } from '../examples/network-lab/main';
import { Quickstart } from '../examples/quickstart/main';
import { BaseImageProps, DomainType, K3sInstall, VirtualMachine } from '../lib';

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
}

/**
 * What a plan must do, by construct path: every resource whose path is (or is below) one of the
 * listed paths, and no other resource, in each action. An action left out must plan nothing.
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
  /** Builds the lab as it is after the change. */
  readonly build: (app: App, context: LabContext) => TerraformStack;
  /** What terraform must plan for it. */
  readonly expect: ExpectedPlan;
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
}

/** The quickstart with one more machine, `cache`, whose NIC takes its address by DHCP. */
function quickstartWithDhcpMachine(app: App, context: LabContext): TerraformStack {
  const lab = new Quickstart(app, 'quickstart', context);
  new VirtualMachine(lab.host, 'cache', {
    image: lab.image, pool: lab.pool, nics: [{ network: lab.network, dhcp: true }], sshAuthorizedKeys: [context.sshPublicKey],
  });
  return lab;
}

export const LABS: ExampleLab[] = [
  {
    name: 'quickstart',
    build: (app, context) => new Quickstart(app, 'quickstart', context),
    changes: [
      { name: 'add a machine (cache, with a DHCP NIC)', build: quickstartWithDhcpMachine, expect: { create: ['quickstart/local/cache'] } },
      { name: 'remove that machine again', build: (app, context) => new Quickstart(app, 'quickstart', context), expect: { delete: ['quickstart/local/cache'] } },
    ],
  },
  // the cluster's machines, without k3s itself: the guests cannot download it
  { name: 'k3s', build: (app, context) => new K3sLab(app, 'k3s', { ...context, install: K3sInstall.none() }) },
  { name: 'network-lab', build: (app, context) => new NetworkLab(app, 'network-lab', context) },
  // 10 stamped copies, 20 machines: the Debian guest would need most of an hour under TCG
  { name: 'classroom', guest: 'tiny', build: (app, context) => new Classroom(app, 'classroom', context) },
];

/** The labs this run applies: all, or those named in CDKTF_LIBVIRT_E2E_LABS. */
export function selectedLabs(): ExampleLab[] {
  const wanted = (process.env.CDKTF_LIBVIRT_E2E_LABS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return LABS;
  const unknown = wanted.filter((w) => !LABS.some((l) => l.name === w));
  if (unknown.length > 0) throw new Error(`CDKTF_LIBVIRT_E2E_LABS names unknown labs: ${unknown.join(', ')} (known: ${LABS.map((l) => l.name).join(', ')})`);
  return LABS.filter((l) => wanted.includes(l.name));
}
