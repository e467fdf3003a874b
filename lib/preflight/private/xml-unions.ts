/**
 * libvirtxml's "type" unions: how the branch that is set shows in the XML.
 *
 * `xml-mapping.json` names each union branch by its Go type (a capitalised `xml` value such as
 * `File`, `VNC`, `SubsysPCI`) but not what libvirtxml's hand-written MarshalXML makes of it: which
 * element carries the discriminator (the union's own element, e.g. `<graphics type="vnc">`, or its
 * parent, e.g. `<disk type="file"><source file=.../>`), under which attribute name (`type`, `model`,
 * `mode`, `protocol`) and with which value (mostly the branch name in lower case). This table is that
 * knowledge, one entry per union of the mapping (a test checks that every union has exactly one), keyed
 * by the set of branch names, which is how the renderer recognises a union wherever it occurs.
 */

/** Where a union's discriminator goes. */
export enum Placement {
  /** On the element the union's fields are written into (`<graphics type="vnc" port=...>`). */
  SELF = 'self',
  /** On that element's parent (`<disk type="volume"><source pool=... volume=.../>`). */
  PARENT = 'parent',
  /** On the `<address>` child the branch writes (`<source><address type="pci" .../></source>`). */
  ADDRESS_CHILD = 'address-child',
  /** Nowhere: the type is an explicit attribute already (controllers, inputs) or implied. */
  NONE = 'none',
}

/** Where in the mapping a union is met: what the renderer knows when it applies a rule. */
export interface UnionSite {
  /** The mapping `xml` value of the union's node (`source`, `graphics`, or a branch name when nested). */
  readonly xml: string;
  /** The name of the element that holds the union's element (undefined at the root). */
  readonly parentElement?: string;
  /** The attribute path without list indices, e.g. `devices.serials.source`. */
  readonly schemaPath: string;
}

/** How one union is written. */
export interface UnionRule {
  /** The union's branch names (mapping `xml` values), sorted. */
  readonly branches: readonly string[];
  /** Where the discriminator goes; a function when it depends on where the union is met. */
  readonly placement: Placement | ((site: UnionSite) => Placement);
  /** The discriminator attribute. @default 'type' */
  readonly attribute?: string;
  /** Attributes written for a branch, when not `{ [attribute]: branch.toLowerCase() }`; `{}` writes none. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Terraform attributes (not branches) of the same object that imply attributes, e.g. a smartcard's `passthrough`. */
  readonly members?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Leave out the union's element when nothing was written into it (libvirtxml omits `<source/>` then). */
  readonly omitWhenEmpty?: boolean;
  /** The chardev `UDP` branch is written as two `<source mode="bind|connect">` elements. */
  readonly splitUdp?: boolean;
}

/** Devices whose `type=` names their character device source (`<serial type="pty">`). */
const CHARDEV_DEVICES = new Set(['serial', 'console', 'channel', 'parallel', 'redirdev', 'smartcard']);

const type = (value: string): Record<string, string> => ({ type: value });
const hostdev = (mode: string, value: string): Record<string, string> => ({ mode, type: value });

/** One rule per union of xml-mapping.json (libvirtxml `domain.go` and `network.go`, MarshalXML functions). */
export const UNION_RULES: readonly UnionRule[] = [
  {
    // DomainDiskSource: <disk type=...>, <backingStore type=...>, <mirror type=...>, <nvram type=...>
    branches: ['Block', 'Dir', 'File', 'NVME', 'Network', 'VHostUser', 'VHostVDPA', 'Volume'],
    placement: Placement.PARENT,
    omitWhenEmpty: true,
  },
  {
    // DomainChardevSource: <serial type="pty"><source path=.../>; nested ones (reservations, vhost-user,
    // a TPM's external backend) carry their own type: <source type="unix" path=... mode=.../>
    branches: ['DBus', 'Dev', 'File', 'NMDM', 'Null', 'Pipe', 'Pty', 'QEMUVDAgent', 'SpicePort', 'SpiceVMC', 'StdIO', 'TCP', 'UDP', 'UNIX', 'VC'],
    placement: (site) =>
      site.xml === 'source' && (CHARDEV_DEVICES.has(site.parentElement ?? '') || site.schemaPath.endsWith('.egd.source'))
        ? Placement.PARENT
        : Placement.SELF,
    values: { QEMUVDAgent: type('qemu-vdagent') },
    omitWhenEmpty: true,
    splitUdp: true,
  },
  {
    // DomainController: `type` is an explicit attribute; the branch only adds fields
    branches: ['NVME', 'PCI', 'USB', 'VirtIOSerial', 'XenBus'],
    placement: Placement.NONE,
  },
  {
    // DomainFilesystemSource: <filesystem type="mount"><source dir=.../>
    branches: ['Bind', 'Block', 'File', 'Mount', 'RAM', 'Template', 'Volume'],
    placement: Placement.PARENT,
    omitWhenEmpty: true,
  },
  {
    // DomainInterfaceSource: <interface type="network"><source network=.../>
    branches: ['Bridge', 'Client', 'Direct', 'Ethernet', 'Hostdev', 'Internal', 'MCast', 'Network', 'Null', 'Server', 'UDP', 'User', 'VDPA', 'VDS', 'VHostUser'],
    placement: Placement.PARENT,
    omitWhenEmpty: true,
  },
  {
    // an interface's vhost-user source: a chardev written into <source> itself
    branches: ['Chardev'],
    placement: Placement.NONE,
  },
  {
    // DomainInterfaceSourceHostdev: <source><address type="pci" .../></source>
    branches: ['PCI', 'USB'],
    placement: Placement.ADDRESS_CHILD,
  },
  {
    // DomainInterfaceVirtualPortParams: <virtualport type="openvswitch"><parameters .../>
    branches: ['Any', 'MidoNet', 'OpenVSwitch', 'VEPA8021QBG', 'VNTag8011QBH'],
    placement: Placement.PARENT,
    values: { Any: {}, VEPA8021QBG: type('802.1Qbg'), VNTag8011QBH: type('802.1Qbh') },
    omitWhenEmpty: true,
  },
  {
    // DomainSmartcard: <smartcard mode="host">, mode="passthrough" (with a chardev), mode="host-certificates"
    branches: ['Host'],
    placement: Placement.SELF,
    attribute: 'mode',
    members: { passthrough: { mode: 'passthrough' }, host_certs: { mode: 'host-certificates' } },
  },
  {
    // DomainChannelTarget: <target type="virtio" name=.../>
    branches: ['GuestFWD', 'VirtIO', 'Xen'],
    placement: Placement.SELF,
  },
  {
    // DomainInputSource: the input's `type` is explicit
    branches: ['EVDev', 'Passthrough'],
    placement: Placement.NONE,
  },
  {
    // DomainTPMBackend: <backend type="emulator" version=.../>
    branches: ['Emulator', 'External', 'Passthrough'],
    placement: Placement.SELF,
  },
  {
    // DomainTPMBackendEmulatorSource: <source type="file" path=.../>
    branches: ['Dir', 'File'],
    placement: Placement.SELF,
  },
  {
    // DomainGraphic: <graphics type="vnc" .../>
    branches: ['DBus', 'Desktop', 'EGLHeadless', 'RDP', 'SDL', 'Spice', 'VNC'],
    placement: Placement.SELF,
    values: { EGLHeadless: type('egl-headless') },
  },
  {
    // DomainGraphicListener: <listen type="address" address=.../>
    branches: ['Address', 'Network', 'Socket'],
    placement: Placement.SELF,
  },
  {
    // DomainAudio: <audio id=... type="pulseaudio" .../>
    branches: ['ALSA', 'CoreAudio', 'DBus', 'File', 'Jack', 'None', 'OSS', 'PipeWire', 'PulseAudio', 'SDL', 'SPICE'],
    placement: Placement.SELF,
  },
  {
    // DomainHostdev: <hostdev mode="subsystem" type="pci">
    branches: ['CapsMisc', 'CapsNet', 'CapsStorage', 'SubsysMDev', 'SubsysPCI', 'SubsysSCSI', 'SubsysSCSIHost', 'SubsysUSB'],
    placement: Placement.SELF,
    values: {
      SubsysUSB: hostdev('subsystem', 'usb'),
      SubsysSCSI: hostdev('subsystem', 'scsi'),
      SubsysSCSIHost: hostdev('subsystem', 'scsi_host'),
      SubsysPCI: hostdev('subsystem', 'pci'),
      SubsysMDev: hostdev('subsystem', 'mdev'),
      CapsStorage: hostdev('capabilities', 'storage'),
      CapsMisc: hostdev('capabilities', 'misc'),
      CapsNet: hostdev('capabilities', 'net'),
    },
  },
  {
    // DomainHostdevSubsysSCSISource: <source protocol="iscsi" name=...> or a host adapter
    branches: ['Host', 'ISCSI'],
    placement: Placement.SELF,
    attribute: 'protocol',
    values: { Host: {} },
  },
  {
    // DomainRNGBackend: <backend model="random">/dev/urandom</backend>
    branches: ['BuiltIn', 'EGD', 'Random'],
    placement: Placement.SELF,
    attribute: 'model',
  },
  {
    // DomainCryptoBackend: <backend model="builtin" queues=.../>
    branches: ['BuiltIn', 'LKCF'],
    placement: Placement.SELF,
    attribute: 'model',
  },
  {
    // DomainLaunchSecurity: <launchSecurity type="sev-snp" ...>
    branches: ['S390PV', 'SEV', 'SEVSNP', 'TDX'],
    placement: Placement.SELF,
    values: { SEVSNP: type('sev-snp'), S390PV: type('s390-pv') },
  },
  {
    // DomainSysInfo: <sysinfo type="smbios">
    branches: ['FWCfg', 'SMBIOS'],
    placement: Placement.SELF,
  },
  {
    // NetworkForwardAddress: <address type="pci" domain=... bus=... slot=... function=.../>
    branches: ['PCI'],
    placement: Placement.SELF,
  },
];

const BY_SIGNATURE = new Map(UNION_RULES.map((rule) => [signature(rule.branches), rule]));

/** The rule of the union with these branches, or undefined. */
export function unionRule(branches: readonly string[]): UnionRule | undefined {
  return BY_SIGNATURE.get(signature(branches));
}

/** The attributes a rule writes for one branch. */
export function branchAttributes(rule: UnionRule, branch: string): Readonly<Record<string, string>> {
  return rule.values?.[branch] ?? { [rule.attribute ?? 'type']: branch.toLowerCase() };
}

/** Where the rule puts the discriminator at this site. */
export function placementAt(rule: UnionRule, site: UnionSite): Placement {
  return typeof rule.placement === 'function' ? rule.placement(site) : rule.placement;
}

function signature(branches: readonly string[]): string {
  return [...branches].sort().join(',');
}
