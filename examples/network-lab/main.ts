import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Host, Lab, LabArtifacts, Network, NetworkMode, Router, VirtualMachine } from '../../lib';
import { ExampleProps, exampleImage } from '../shared/props';
import { runExample } from '../shared/run';
import { sshPrivateKeyFileFromEnvironment, sshPublicKeyFromEnvironment } from '../shared/ssh-key';

/** Props of the network lab. */
export interface NetworkLabProps extends ExampleProps {}

/**
 * Three networks in a row, joined by two routers: `a` (NAT, the way out) -- r1 -- `b` (isolated)
 * -- r2 -- `c` (isolated), with one machine on each network. r1 masquerades what leaves through
 * `a`; every machine routes to the networks it is not on through the nearest router, and the
 * machines on `b` and `c` reach the outside through r1. Addresses are allocated: no IP is
 * written down, and none moves when a machine is added.
 */
export class NetworkLab extends TerraformStack {
  constructor(scope: Construct, id: string, props: NetworkLabProps) {
    super(scope, id);
    const host = new Host(this, 'local', { domainType: props.domainType });
    const lab = new Lab(host, 'netlab', {
      image: exampleImage(this, props),
      sshAuthorizedKeys: [props.sshPublicKey],
      addressSpace: '10.80.0.0/16',
      poolPath: '/var/lib/libvirt/pools/netlab',
    });
    const a = new Network(lab, 'a', { cidr: lab.subnet(0) });
    const b = new Network(lab, 'b', { mode: NetworkMode.isolated(), cidr: lab.subnet(1) });
    const c = new Network(lab, 'c', { mode: NetworkMode.isolated(), cidr: lab.subnet(2) });
    new Router(lab, 'r1', { uplink: a, networks: [b], memoryMiB: 512 });
    new Router(lab, 'r2', { networks: [b, c], memoryMiB: 512 });
    new VirtualMachine(lab, 'alpha', { nics: [{ network: a }] });
    new VirtualMachine(lab, 'bravo', { nics: [{ network: b }] });
    new VirtualMachine(lab, 'charlie', { nics: [{ network: c }] });
    LabArtifacts.of(this).configure({ sshPrivateKeyFile: props.sshPrivateKeyFile });
  }
}

if (require.main === module) {
  runExample(() => {
    const app = new App();
    new NetworkLab(app, 'network-lab', { sshPublicKey: sshPublicKeyFromEnvironment(), sshPrivateKeyFile: sshPrivateKeyFileFromEnvironment() });
    app.synth();
    return app.outdir;
  });
}
