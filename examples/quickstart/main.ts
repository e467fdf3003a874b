import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { BaseImage, Host, LabArtifacts, Network, StoragePool, VirtualMachine } from '../../lib';
import { runExample } from '../shared/run';
import { sshPrivateKeyFileFromEnvironment, sshPublicKeyFromEnvironment } from '../shared/ssh-key';

/** Props of the quickstart lab. */
export interface QuickstartProps {
  /** The public key the machines accept for their login user. */
  readonly sshPublicKey: string;
  /** The private key the SSH config and inventory point at. */
  readonly sshPrivateKeyFile?: string;
}

/** One NAT network and two Debian 12 machines with fixed addresses, on the local libvirt. */
export class Quickstart extends TerraformStack {
  constructor(scope: Construct, id: string, props: QuickstartProps) {
    super(scope, id);
    const host = new Host(this, 'local');
    const pool = new StoragePool(host, 'pool', { name: 'quickstart', path: '/var/lib/libvirt/pools/quickstart' });
    const image = BaseImage.fromCatalog(this, 'debian', 'debian-12');
    const network = new Network(host, 'net', { name: 'quickstart', cidr: '10.77.0.0/24' });
    for (const [name, address] of [['web', '10.77.0.10'], ['db', '10.77.0.11']]) {
      new VirtualMachine(host, name, { image, pool, nics: [{ network, address }], sshAuthorizedKeys: [props.sshPublicKey] });
    }
    LabArtifacts.of(this).configure({ sshPrivateKeyFile: props.sshPrivateKeyFile });
  }
}

if (require.main === module) {
  runExample(() => {
    const app = new App();
    new Quickstart(app, 'quickstart', { sshPublicKey: sshPublicKeyFromEnvironment(), sshPrivateKeyFile: sshPrivateKeyFileFromEnvironment() });
    app.synth();
    return app.outdir;
  });
}
