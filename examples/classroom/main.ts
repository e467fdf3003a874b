import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { CloudConfig, Host, LabArtifacts, Network, StampedLabs, StoragePool, VirtualMachine } from '../../lib';
import { ExampleProps, exampleImage } from '../shared/props';
import { runExample } from '../shared/run';
import { sshPrivateKeyFileFromEnvironment, sshPublicKeyFromEnvironment } from '../shared/ssh-key';

/** Props of the classroom. */
export interface ClassroomProps extends ExampleProps {
  /**
   * Number of students.
   * @default 10
   */
  readonly students?: number;
}

/**
 * A classroom: ten isolated copies of one small lab (a workstation and a server on a NAT
 * network), one per student. Copy n is prefixed `class-NN` and gets the n-th /20 of
 * 10.100.0.0/16, so the copies never overlap; every copy has its own `class_NN_addresses` output.
 * All copies share one pool, so the base image is uploaded once.
 */
export class Classroom extends TerraformStack {
  constructor(scope: Construct, id: string, props: ClassroomProps) {
    super(scope, id);
    const host = new Host(this, 'local', { domainType: props.domainType });
    const pool = new StoragePool(host, 'pool', { name: 'classroom', path: '/var/lib/libvirt/pools/classroom', deleteOnDestroy: true });
    new StampedLabs(host, 'class', {
      copies: props.students ?? 10,
      addressSpace: '10.100.0.0/16',
      pool,
      image: exampleImage(this, props),
      sshAuthorizedKeys: [props.sshPublicKey],
      template: {
        define: (lab, copy) => {
          const net = new Network(lab, 'net', { cidr: lab.subnet(0) });
          new VirtualMachine(lab, 'workstation', { nics: [{ network: net }], memoryMiB: 1024 });
          new VirtualMachine(lab, 'server', {
            nics: [{ network: net }],
            memoryMiB: 1024,
            cloudConfig: new CloudConfig().addFile({ path: '/etc/motd', content: `Student ${copy + 1}: this is your server.\n` }),
          });
        },
      },
    });
    LabArtifacts.of(this).configure({ sshPrivateKeyFile: props.sshPrivateKeyFile });
  }
}

if (require.main === module) {
  runExample(() => {
    const app = new App();
    new Classroom(app, 'classroom', { sshPublicKey: sshPublicKeyFromEnvironment(), sshPrivateKeyFile: sshPrivateKeyFileFromEnvironment() });
    app.synth();
    return app.outdir;
  });
}
