/**
 * The example labs the e2e tier applies. Adding an example is one entry: its name and how to build
 * its stack with the run's throwaway SSH public key (guests have no internet, so an example that
 * would download or install software at boot must be built here with that turned off).
 *
 * `CDKTF_LIBVIRT_E2E_LABS=quickstart,...` runs only the named ones.
 */
import { App, TerraformStack } from 'cdktf';
import { Classroom } from '../examples/classroom/main';
import { K3sLab } from '../examples/k3s/main';
import { NetworkLab } from '../examples/network-lab/main';
import { Quickstart } from '../examples/quickstart/main';
import { K3sInstall } from '../lib';

/**
 * The guest a lab's machines boot:
 * - `debian`: the Debian 12 image with cloud-init (`e2e/build-test-image.sh`); every check runs
 *   (SSH, cloud-init effects, names, routing);
 * - `tiny`: the kernel + busybox guest (`e2e/build-tiny-guest.sh`) booted directly, for labs whose
 *   point is many machines that must boot, take their hostname and planned addresses from the seed,
 *   and answer on the network. It has no SSH, cloud-init or resolver, so those checks do not run.
 */
export type GuestKind = 'debian' | 'tiny';

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
  readonly build: (app: App, sshPublicKey: string) => TerraformStack;
}

export const LABS: ExampleLab[] = [
  { name: 'quickstart', build: (app, sshPublicKey) => new Quickstart(app, 'quickstart', { sshPublicKey }) },
  // the cluster's machines, without k3s itself: the guests cannot download it
  { name: 'k3s', build: (app, sshPublicKey) => new K3sLab(app, 'k3s', { sshPublicKey, install: K3sInstall.none() }) },
  { name: 'network-lab', build: (app, sshPublicKey) => new NetworkLab(app, 'network-lab', { sshPublicKey }) },
  // 10 stamped copies, 20 machines: the Debian guest would need most of an hour under TCG
  { name: 'classroom', guest: 'tiny', build: (app, sshPublicKey) => new Classroom(app, 'classroom', { sshPublicKey }) },
];

/** The labs this run applies: all, or those named in CDKTF_LIBVIRT_E2E_LABS. */
export function selectedLabs(): ExampleLab[] {
  const wanted = (process.env.CDKTF_LIBVIRT_E2E_LABS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return LABS;
  const unknown = wanted.filter((w) => !LABS.some((l) => l.name === w));
  if (unknown.length > 0) throw new Error(`CDKTF_LIBVIRT_E2E_LABS names unknown labs: ${unknown.join(', ')} (known: ${LABS.map((l) => l.name).join(', ')})`);
  return LABS.filter((l) => wanted.includes(l.name));
}
