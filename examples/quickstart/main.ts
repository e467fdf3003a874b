import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Host, IBaseImage, LabArtifacts, Network, StoragePool, VirtualMachine } from '../../lib';
import { ExampleProps, exampleImage } from '../shared/props';
import { runExample } from '../shared/run';
import { sshPrivateKeyFileFromEnvironment, sshPublicKeyFromEnvironment } from '../shared/ssh-key';

/** Props of the quickstart lab. */
export interface QuickstartProps extends ExampleProps {}

/** One NAT network and two Debian 12 machines with fixed addresses, on the local libvirt. */
export class Quickstart extends TerraformStack {
  /** The local libvirt, the lab's pool, image and network: what a machine added to the lab uses. */
  public readonly host: Host;
  public readonly pool: StoragePool;
  public readonly image: IBaseImage;
  public readonly network: Network;

  constructor(scope: Construct, id: string, props: QuickstartProps) {
    super(scope, id);
    const host = this.host = new Host(this, 'local', { domainType: props.domainType });
    const pool = this.pool = new StoragePool(host, 'pool', { name: 'quickstart', path: '/var/lib/libvirt/pools/quickstart' });
    const image = this.image = exampleImage(this, props);
    const network = this.network = new Network(host, 'net', { name: 'quickstart', cidr: '10.77.0.0/24' });
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
