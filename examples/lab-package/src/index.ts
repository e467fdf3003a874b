/**
 * A lab published as an npm package: it imports `cdktf-libvirt`, `cdktf` and `constructs` by name,
 * as their peer, so the app that installs it brings the one copy of each that every construct of
 * the stack shares.
 */
import { Lazy, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { BaseImage, CloudConfig, Lab, LabProps, LibvirtValidationError, Network, VirtualMachine } from 'cdktf-libvirt';

/** Props of a {@link WebLab}: those of a `Lab`, with the address space its network is carved from. */
export interface WebLabProps extends LabProps {
  /** The lab's IPv4 range, such as `10.90.0.0/16`; its network is the first /24 of it. */
  readonly addressSpace: string;
  /**
   * How many web servers: `web-1` ... `web-<n>`.
   * @default 2
   */
  readonly webServers?: number;
}

/**
 * Web servers (nginx) and a database machine (PostgreSQL) on one NAT network, with no address written
 * down: each machine gets an allocated one. Create it in a `Host` (or pass `host`) with the SSH keys of
 * its login user; the image defaults to the catalogue's `debian-12`. Every libvirt object is named
 * `<prefix>-...` (the prefix defaults to the construct id), and the output `<prefix>_web_urls` lists
 * the web servers' URLs.
 */
export class WebLab extends Lab {
  /** The lab's NAT network. */
  public readonly network: Network;
  /** `web-1` ... `web-<n>`. */
  public readonly webServers: VirtualMachine[];
  /** The database machine. */
  public readonly db: VirtualMachine;

  constructor(scope: Construct, id: string, props: WebLabProps) {
    const { webServers = 2, ...labProps } = props;
    super(scope, id, labProps);
    if (!Number.isInteger(webServers) || webServers < 1 || webServers > 20) {
      throw new LibvirtValidationError(this.node.path, 'webServers must be a whole number from 1 to 20', webServers, 'give how many web servers the lab has, such as 2');
    }
    const image = this.image ?? BaseImage.fromCatalog(this, 'debian', 'debian-12');
    this.network = new Network(this, 'net', { cidr: this.subnet(0) });
    const web = new CloudConfig({ packages: ['nginx'] });
    this.webServers = Array.from({ length: webServers }, (_, i) =>
      new VirtualMachine(this, `web-${i + 1}`, { image, nics: [{ network: this.network }], cloudConfig: web }));
    this.db = new VirtualMachine(this, 'db', {
      image,
      memoryMiB: 2048,
      nics: [{ network: this.network }],
      cloudConfig: new CloudConfig({ packages: ['postgresql'] }),
    });
    new TerraformOutput(this, 'web-urls', {
      description: `the web servers of lab ${this.prefix}`,
      // addresses are allocated once the whole stack is built, so they are read at synth
      value: Lazy.listValue({ produce: () => this.webServers.flatMap((vm) => vm.plannedAddresses.map((a) => `http://${a}/`)) }),
    }).overrideLogicalId(`${this.prefix.replace(/-/g, '_')}_web_urls`);
  }
}
