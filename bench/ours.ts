/**
 * The benchmark's labs written with this library's constructs, as a user writes them (imported
 * from the package's entry point, lib/index.ts). See bench/shapes.ts for the shapes.
 */
import { App, TerraformStack } from 'cdktf';
import { BaseImage, CloudConfig, Host, Network, StampedLabs, StoragePool, VirtualMachine } from '../lib';
import { KEY, LAB_CIDR, LAB_POOL_PATH, labAddress, motd, Shape, STAMPED_MAX_COPIES, STAMPED_POOL_NAME, STAMPED_POOL_PATH, STAMPED_SPACE, stackName } from './shapes';

/** Builds the lab of `shape` and `size` in a new App writing to `outdir`; the caller synthesizes it. */
export function buildOurs(shape: Shape, size: number, outdir: string): App {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, stackName(shape));
  const host = new Host(stack, 'local');
  const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
  if (shape === 'lab') {
    const pool = new StoragePool(host, 'pool', { path: LAB_POOL_PATH });
    const network = new Network(host, 'net', { cidr: LAB_CIDR });
    for (let i = 0; i < size; i++) {
      new VirtualMachine(host, `vm${i}`, { image, pool, nics: [{ network, address: labAddress(i) }], sshAuthorizedKeys: [KEY] });
    }
    return app;
  }
  const pool = new StoragePool(host, 'pool', { name: STAMPED_POOL_NAME, path: STAMPED_POOL_PATH, deleteOnDestroy: true });
  new StampedLabs(host, 'class', {
    copies: size,
    maxCopies: STAMPED_MAX_COPIES,
    addressSpace: STAMPED_SPACE,
    pool,
    image,
    sshAuthorizedKeys: [KEY],
    template: {
      define: (lab, copy) => {
        const net = new Network(lab, 'net', { cidr: lab.subnet(0) });
        new VirtualMachine(lab, 'workstation', { nics: [{ network: net }] });
        new VirtualMachine(lab, 'server', { nics: [{ network: net }], cloudConfig: new CloudConfig().addFile(motd(copy)) });
      },
    },
  });
  return app;
}
