/**
 * The example labs the e2e tier applies. Adding an example is one entry: its name and how to build
 * its stack with the run's throwaway SSH public key (guests have no internet, so an example that
 * would download or install software at boot must be built here with that turned off).
 *
 * `CDKTF_LIBVIRT_E2E_LABS=quickstart,...` runs only the named ones.
 */
import { App, TerraformStack } from 'cdktf';
import { K3sLab } from '../examples/k3s/main';
import { NetworkLab } from '../examples/network-lab/main';
import { Quickstart } from '../examples/quickstart/main';
import { K3sInstall } from '../lib';

/** One example lab. */
export interface ExampleLab {
  /** The example's directory name under examples/. */
  readonly name: string;
  /** Builds the example's stack in `app`. */
  readonly build: (app: App, sshPublicKey: string) => TerraformStack;
}

export const LABS: ExampleLab[] = [
  { name: 'quickstart', build: (app, sshPublicKey) => new Quickstart(app, 'quickstart', { sshPublicKey }) },
  // the cluster's machines, without k3s itself: the guests cannot download it
  { name: 'k3s', build: (app, sshPublicKey) => new K3sLab(app, 'k3s', { sshPublicKey, install: K3sInstall.none() }) },
  { name: 'network-lab', build: (app, sshPublicKey) => new NetworkLab(app, 'network-lab', { sshPublicKey }) },
];

/** The labs this run applies: all, or those named in CDKTF_LIBVIRT_E2E_LABS. */
export function selectedLabs(): ExampleLab[] {
  const wanted = (process.env.CDKTF_LIBVIRT_E2E_LABS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 0) return LABS;
  const unknown = wanted.filter((w) => !LABS.some((l) => l.name === w));
  if (unknown.length > 0) throw new Error(`CDKTF_LIBVIRT_E2E_LABS names unknown labs: ${unknown.join(', ')} (known: ${LABS.map((l) => l.name).join(', ')})`);
  return LABS.filter((l) => wanted.includes(l.name));
}
