import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Host, K3sCluster, K3sInstall, Lab, LabArtifacts, Network } from '../../lib';
import { ExampleProps, exampleImage } from '../shared/props';
import { runExample } from '../shared/run';
import { sshPrivateKeyFileFromEnvironment, sshPublicKeyFromEnvironment } from '../shared/ssh-key';

/** The k3s release the example installs (pinned: every node, now or later, runs the same one). */
export const K3S_VERSION = 'v1.31.4+k3s1';

/** Props of the k3s lab. */
export interface K3sLabProps extends ExampleProps {
  /**
   * Where the nodes get k3s from.
   * @default K3sInstall.script({ version: K3S_VERSION }) - from the internet
   */
  readonly install?: K3sInstall;
}

/**
 * A three-node k3s cluster on the local libvirt: one server and two agents, Debian 12, on a NAT
 * network, in a lab whose pool is removed with it.
 *
 * One server rather than three: a lab cluster is for trying workloads, and two agents give the
 * scheduler a choice at the cost of two small machines; three servers would spend the same three
 * machines on the control plane and add keepalived (a package download at first boot) for an API
 * address that a one-server lab does not need. Every node is prepared offline too (with
 * `K3sInstall.none()` nothing is downloaded at boot), which is how the real-libvirt test tier,
 * whose guests have no internet, boots it. For the highly available shape, set `servers: 3`.
 *
 * After `cdktf deploy`, in the project directory:
 * `sh -c "$(terraform -chdir=cdktf.out/stacks/k3s output -raw k3s_demo_kubeconfig_command)" > k3s.yaml`,
 * then `KUBECONFIG=k3s.yaml kubectl get nodes`.
 */
export class K3sLab extends TerraformStack {
  /** The cluster (its endpoint, nodes and join token). */
  public readonly k3s: K3sCluster;

  constructor(scope: Construct, id: string, props: K3sLabProps) {
    super(scope, id);
    const host = new Host(this, 'local', { domainType: props.domainType });
    const lab = new Lab(host, 'k3s', {
      image: exampleImage(this, props),
      sshAuthorizedKeys: [props.sshPublicKey],
      poolPath: '/var/lib/libvirt/pools/k3s',
    });
    const network = new Network(lab, 'net', { cidr: '10.78.0.0/24' });
    this.k3s = new K3sCluster(lab, 'demo', {
      servers: 1,
      agents: 2,
      networks: [network],
      install: props.install ?? K3sInstall.script({ version: K3S_VERSION }),
      agentOptions: { labels: ['lab.example/pool=general'] },
    });
    LabArtifacts.of(this).configure({ sshPrivateKeyFile: props.sshPrivateKeyFile });
  }
}

if (require.main === module) {
  runExample(() => {
    const app = new App();
    new K3sLab(app, 'k3s', { sshPublicKey: sshPublicKeyFromEnvironment(), sshPrivateKeyFile: sshPrivateKeyFileFromEnvironment() });
    app.synth();
    return app.outdir;
  });
}
