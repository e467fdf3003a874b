import { Construct } from 'constructs';
import { BaseImage, BaseImageProps, DomainType, IBaseImage } from '../../lib';

/** What every example takes: the SSH keys of its machines, and optionally another image and domain type. */
export interface ExampleProps {
  /** The public key the machines accept for their login user. */
  readonly sshPublicKey: string;
  /**
   * The private key the SSH config and the inventory point at.
   * @default - none named: ssh uses its default keys and agent
   */
  readonly sshPrivateKeyFile?: string;
  /**
   * The base image of the machines: any image with cloud-init (NoCloud), given by URL and checksum.
   * @default - the catalogue's `debian-12`
   */
  readonly image?: BaseImageProps;
  /**
   * The domain type of the host's guests: `DomainType.QEMU` on a host without KVM.
   * @default DomainType.KVM
   */
  readonly domainType?: DomainType;
}

/** The example's base image, with construct id `debian` either way (so the plan's addresses stay the same). */
export function exampleImage(scope: Construct, props: ExampleProps): IBaseImage {
  return props.image ? new BaseImage(scope, 'debian', props.image) : BaseImage.fromCatalog(scope, 'debian', 'debian-12');
}
