import { TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import { BaseImage, CloudConfig, DomainType, Firmware, Graphics, Host, HostConnection, Lab as LabConstruct, Network, NetworkMode, StoragePool, VirtualMachine, VirtualMachineProps } from '../lib';
import { CloudinitDisk } from '../lib/generated/providers/libvirt/cloudinit-disk';
import { DataLibvirtDomainInterfaceAddresses } from '../lib/generated/providers/libvirt/data-libvirt-domain-interface-addresses';
import { Domain } from '../lib/generated/providers/libvirt/domain';
import { Volume } from '../lib/generated/providers/libvirt/volume';
import { checkSchemaConformance } from '../lib/schema-check';
import { warningsOf } from './support/k3s';
import { backingVolumeKey, baseVolumeName, domainNamed, expectRejected, keyOf, Lab, newLab, ofType, oneOf, QEMU_MAC, re, redactScripts, SSH_KEY, synthJson } from './support/lab';

/** A machine on the lab's host with one DHCP NIC on the lab network and an SSH key; `props` override. */
function machine(lab: Lab, id = 'web', props: Partial<VirtualMachineProps> = {}): VirtualMachine {
  return new VirtualMachine(lab.host, id, { image: lab.image, nics: [{ network: lab.net }], sshAuthorizedKeys: [SSH_KEY], ...props });
}

/** The network-config of the machine named `name`, parsed the way cloud-init reads it (YAML 1.1). */
function networkConfigOf(json: any, name: string): any {
  return parse(oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`).network_config, { version: '1.1' });
}

function metaDataOf(json: any, name: string): any {
  return parse(oneOf(json, 'libvirt_cloudinit_disk', (c) => c.name === `${name}-seed`).meta_data, { version: '1.1' });
}

/** The image download (terraform_data also registers DNS names). */
const isDownload = (r: any) => r.provisioner?.[0]?.['local-exec']?.environment?.IMAGE_URL !== undefined;

const volumeKey = (json: any, name: string) => keyOf(json, 'libvirt_volume', (v) => v.name === name);

describe('VirtualMachine with defaults', () => {
  // GIVEN one machine with one NIC on a NAT network, on a KVM host, from the Debian 12 catalogue image
  const lab = newLab();
  const vm = machine(lab);
  // WHEN synthesized
  const synth = Testing.synth(lab.stack);
  const json = JSON.parse(synth);
  const baseKey = volumeKey(json, baseVolumeName('debian-12'));
  const rootKey = volumeKey(json, 'web-root.qcow2');
  const seedKey = volumeKey(json, 'web-seed.iso');
  const cloudinitKey = keyOf(json, 'libvirt_cloudinit_disk');
  const domainKey = keyOf(json, 'libvirt_domain');

  test('matches the snapshot', () => {
    // THEN the whole stack is as reviewed (the fetch script is redacted: it is compared in base-image.test.ts)
    expect(redactScripts(json)).toMatchSnapshot();
  });

  test('conforms to the provider schema', () => {
    // THEN every libvirt object is one the pinned 0.9.7 schema accepts
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('the root disk is a qcow2 overlay of the base volume of the image the machine is pinned to, sized in GiB', () => {
    // THEN the root volume backs onto the base volume of its image pin, in the image's format, and is itself qcow2
    const pinKey = keyOf(json, 'terraform_data', (_r, k) => k.includes('web_ImagePin'));
    expect(synth).toHaveResourceWithProperties(Volume, {
      name: 'web-root.qcow2',
      pool: 'default',
      capacity: 10,
      capacity_unit: 'GiB',
      target: { format: { type: 'qcow2' } },
      backing_store: { path: `\${libvirt_volume.${baseKey}[terraform_data.${pinKey}.input.image].path}`, format: { type: 'qcow2' } },
    });
    // AND the pin holds the image's key, which terraform never updates: a new image leaves this machine on its own
    expect(ofType(json, 'terraform_data')[pinKey]).toEqual({ input: { image: 'a09170d17e13' }, lifecycle: { ignore_changes: ['input'] } });
  });

  test('the domain attaches the root disk as vda with a qcow2 driver', () => {
    // THEN vda is a virtio disk on the root volume, with the driver type libvirt would otherwise guess as raw (#1238)
    expect(synth).toHaveResourceWithProperties(Domain, {
      devices: expect.objectContaining({
        disks: expect.arrayContaining([
          {
            device: 'disk',
            source: { volume: { pool: 'default', volume: `\${libvirt_volume.${rootKey}.name}` } },
            target: { dev: 'vda', bus: 'virtio' },
            driver: { name: 'qemu', type: 'qcow2' },
          },
        ]),
      }),
    });
  });

  test('the seed goes cloud-init disk -> volume -> read-only scsi cdrom on a virtio-scsi controller', () => {
    // THEN the ISO is built with user-data, meta-data and network-config
    expect(synth).toHaveResourceWithProperties(CloudinitDisk, {
      name: 'web-seed',
      user_data: expect.stringMatching(/^#cloud-config\n/),
      meta_data: expect.stringContaining('instance-id: web-'),
      network_config: expect.stringContaining('version: 2'),
    });
    // AND uploaded from its local path into a volume without a target format (#1346), which is
    // replaced when the seed's content changes, never when only that local path does
    const seed = ofType(json, 'libvirt_volume')[seedKey];
    expect(seed).toEqual({
      name: 'web-seed.iso',
      pool: 'default',
      provider: 'libvirt',
      create: { content: { url: `\${libvirt_cloudinit_disk.${cloudinitKey}.path}` } },
      lifecycle: { ignore_changes: ['create'], replace_triggered_by: [`terraform_data.${keyOf(json, 'terraform_data', (_r, k) => k.includes('web_SeedRevision'))}`] },
    });
    expect(seed.target).toBeUndefined();
    // AND attached as a read-only cdrom on the scsi bus (q35 has no IDE; Debian's cloud kernel has no SATA)
    const domain = ofType(json, 'libvirt_domain')[domainKey];
    expect(domain.devices.disks).toContainEqual({
      device: 'cdrom',
      source: { volume: { pool: 'default', volume: `\${libvirt_volume.${seedKey}.name}` } },
      target: { dev: 'sda', bus: 'scsi' },
      driver: { name: 'qemu', type: 'raw' },
      read_only: true,
    });
    expect(domain.devices.controllers).toEqual([{ type: 'scsi', index: 0, model: 'virtio-scsi' }]);
  });

  test('the domain runs, on q35 with ACPI and APIC, as a kvm guest with the host CPU, 1 vCPU and 1024 MiB', () => {
    expect(synth).toHaveResourceWithProperties(Domain, {
      name: 'web',
      type: 'kvm',
      running: true,
      autostart: false,
      memory: 1024,
      memory_unit: 'MiB',
      vcpu: 1,
      cpu: { mode: 'host-passthrough' },
      features: { acpi: true, apic: {} },
      os: { type: 'hvm', type_arch: 'x86_64', type_machine: 'q35', boot_devices: [{ dev: 'hd' }] },
    });
  });

  test('has a guest agent channel, a virtio RNG and a serial console without a log', () => {
    const devices = ofType(json, 'libvirt_domain')[domainKey].devices;
    expect(devices.channels).toEqual([{ source: { unix: { mode: 'bind' } }, target: { virt_io: { name: 'org.qemu.guest_agent.0' } } }]);
    expect(devices.rngs).toEqual([{ model: 'virtio', backend: { random: '/dev/urandom' } }]);
    expect(devices.serials).toEqual([{ target: { port: 0 } }]);
  });

  test('the domain is replaced, never updated: by its revision, and when its disks, seed or network are replaced', () => {
    // THEN the triggers are its own revision and the ids of the resources it uses, as bare addresses
    // (Terraform's JSON syntax rejects "${...}" there); ids, so that only their replacement counts
    const domain = ofType(json, 'libvirt_domain')[domainKey];
    const triggers: string[] = domain.lifecycle.replace_triggered_by;
    expect(triggers).toEqual([
      `terraform_data.${keyOf(json, 'terraform_data', (_r, k) => k.includes('web_Revision'))}`,
      `libvirt_volume.${rootKey}.id`,
      `libvirt_volume.${seedKey}.id`,
      `libvirt_network.${keyOf(json, 'libvirt_network')}.id`,
    ]);
    expect(triggers.join()).not.toContain('${');
    // AND nothing in the domain refers to the seed ISO, which the provider re-creates when its local file is gone
    expect(domain.description).toBeUndefined();
    expect(JSON.stringify(domain)).not.toContain('libvirt_cloudinit_disk');
  });

  test('the revisions hold hashes of what decides each resource, known at plan time', () => {
    // THEN the domain, root disk and seed volume each have a revision with a SHA-256 of their synthesized attributes
    for (const name of ['web_Revision', 'web_RootDiskRevision', 'web_SeedRevision']) {
      expect(oneOf(json, 'terraform_data', (_r, k) => k.includes(name)).input).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
    // AND the seed's hash covers the seed's content: another cloud-config gives another hash, the same one the same
    const seedHash = (config: CloudConfig | undefined) => {
      const other = newLab();
      machine(other, 'web', config ? { cloudConfig: config } : {});
      return oneOf(synthJson(other.stack), 'terraform_data', (_r, k) => k.includes('web_SeedRevision')).input.sha256;
    };
    expect(seedHash(undefined)).toBe(oneOf(json, 'terraform_data', (_r, k) => k.includes('web_SeedRevision')).input.sha256);
    expect(seedHash(new CloudConfig({ runcmd: ['echo changed'] }))).not.toBe(seedHash(undefined));
  });

  test('the NIC gets an address allocated from the lower half of the subnet, and does not wait for a lease', () => {
    const [nic] = ofType(json, 'libvirt_domain')[domainKey].devices.interfaces;
    expect(nic).toEqual({
      model: { type: 'virtio' },
      mac: { address: expect.stringMatching(QEMU_MAC) },
      source: { network: { network: `\${libvirt_network.${keyOf(json, 'libvirt_network')}.name}` } },
    });
    const [address] = vm.plannedAddresses;
    expect(address).toMatch(/^10\.77\.0\.(\d+)$/);
    const host = Number(address.split('.')[3]);
    expect(host).toBeGreaterThanOrEqual(2);
    expect(host).toBeLessThanOrEqual(127);
    expect(vm.nics[0].addressing).toBe('allocated');
    // AND the planned address is an output named after the construct path; nothing is looked up
    expect(json.output.web_addresses.value).toEqual([address]);
    expect(json.data?.libvirt_domain_interface_addresses).toBeUndefined();
  });

  test('the network-config matches the NIC by MAC and configures the allocated address', () => {
    const mac = ofType(json, 'libvirt_domain')[domainKey].devices.interfaces[0].mac.address;
    expect(networkConfigOf(json, 'web')).toEqual({
      version: 2,
      ethernets: {
        nic0: {
          match: { macaddress: mac }, 'set-name': 'nic0', addresses: [`${vm.plannedAddresses[0]}/24`],
          routes: [{ to: '0.0.0.0/0', via: '10.77.0.1' }],
          nameservers: { addresses: ['10.77.0.1'], search: ['lan.test'] },
        },
      },
    });
  });

  test('the name and FQDN are registered by the network\'s DNS registration, with add and destroy-time remove', () => {
    const regs = Object.values(ofType(json, 'terraform_data')).filter((r: any) => r.input?.entries !== undefined) as any[];
    expect(regs).toHaveLength(1);
    expect(regs[0].input).toEqual({
      uri: 'qemu:///system',
      network: `\${libvirt_network.${keyOf(json, 'libvirt_network')}.name}`,
      entries: `${vm.plannedAddresses[0]} web web.lan.test`,
    });
    expect(vm.dnsRegistrations).toEqual([lab.net.dnsRegistration]);
    expect(regs[0].triggers_replace.network_id).toBe(`\${libvirt_network.${keyOf(json, 'libvirt_network')}.id}`);
    const [add, remove] = regs[0].provisioner.map((p: any) => p['local-exec']);
    expect(add.environment.ACTION).toBe('add');
    expect(add.when).toBeUndefined();
    expect(remove.environment).toMatchObject({ ACTION: 'remove', NETWORK: '\${self.input.network}', ENTRIES: '\${self.input.entries}' });
    expect(remove.when).toBe('destroy');
    expect(add.command).toMatch(/^\/bin\/sh "\$\{path\.module\}\/assets\/cdktf-libvirt-dns-host\/[0-9A-F]+\/dns-host\.sh"$/);
  });

  test('the meta-data names the instance and the host', () => {
    expect(metaDataOf(json, 'web')).toEqual({ 'instance-id': expect.stringMatching(/^web-[0-9a-f]{12}$/), 'local-hostname': 'web' });
  });
});

describe('a NIC with dhcp: true', () => {
  // GIVEN one machine whose NIC asks for DHCP on a network that allocates addresses
  const lab = newLab();
  const vm = machine(lab, 'web', { nics: [{ network: lab.net, dhcp: true }] });
  const synth = Testing.synth(lab.stack);
  const json = JSON.parse(synth);
  const domainKey = keyOf(json, 'libvirt_domain');

  test('waits for its lease and is looked up by the domain uuid', () => {
    const [nic] = ofType(json, 'libvirt_domain')[domainKey].devices.interfaces;
    expect(nic.wait_for_ip).toEqual({ source: 'lease', timeout: 300 });
    expect(vm.plannedAddresses).toEqual([]);
    expect(vm.nics[0].addressing).toBe('dhcp');
    // AND a data source reads the addresses by uuid (not id, which is the runtime id)
    expect(synth).toHaveDataSourceWithProperties(DataLibvirtDomainInterfaceAddresses, {
      domain: `\${libvirt_domain.${domainKey}.uuid}`,
      source: 'lease',
    });
    // AND an output named after the construct path lists the IPv4 addresses of that MAC
    expect(Object.keys(json.output)).toEqual(['web_dhcp_addresses']);
    const value: string = json.output.web_dhcp_addresses.value;
    expect(value).toContain(`data.libvirt_domain_interface_addresses.${keyOf(json, 'libvirt_domain_interface_addresses', undefined, 'data')}.interfaces`);
    expect(value).toContain(JSON.stringify([nic.mac.address]));
  });

  test('runs DHCP in the guest and registers no DNS name (dnsmasq names DHCP clients itself)', () => {
    const mac = ofType(json, 'libvirt_domain')[domainKey].devices.interfaces[0].mac.address;
    expect(networkConfigOf(json, 'web')).toEqual({
      version: 2,
      ethernets: { nic0: { match: { macaddress: mac }, 'set-name': 'nic0', dhcp4: true } },
    });
    expect(oneOf(json, 'terraform_data', (_r, k) => k.includes('lan_Dns')).input.entries).toBe('');
    expect(vm.dnsRegistrations).toEqual([]);
  });

  test('cannot be combined with a fixed address', () => {
    const lab2 = newLab();
    expectRejected(() => machine(lab2, 'web', { nics: [{ network: lab2.net, dhcp: true, address: '10.77.0.10' }] }),
      /^test\/kvm1\/web: nics\[0\] has a fixed address and dhcp: true \(got "10.77.0.10"\); give either a fixed address or dhcp: true$/);
  });
});

describe('VirtualMachine options', () => {
  test('a QEMU host gives type qemu and no cpu block', () => {
    // GIVEN a host without /dev/kvm
    const lab = newLab({ domainType: DomainType.QEMU });
    machine(lab);
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN the domain is a TCG guest with no host CPU to pass through
    const domain = domainNamed(json, 'web');
    expect(domain.type).toBe('qemu');
    expect(domain).not.toHaveProperty('cpu');
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('memory, vCPUs, root disk size and autostart are passed through', () => {
    // GIVEN explicit sizes
    const lab = newLab();
    machine(lab, 'web', { memoryMiB: 4096, vcpus: 4, rootDiskGiB: 40, autostart: true });
    // WHEN synthesized
    const synth = Testing.synth(lab.stack);
    // THEN the domain and the root volume carry them
    expect(synth).toHaveResourceWithProperties(Domain, { memory: 4096, memory_unit: 'MiB', vcpu: 4, autostart: true });
    expect(synth).toHaveResourceWithProperties(Volume, { name: 'web-root.qcow2', capacity: 40, capacity_unit: 'GiB' });
  });

  test('the root disk defaults to the image size when it is above 10 GiB', () => {
    // GIVEN an image of at least 15 GiB
    const lab = newLab();
    const big = new BaseImage(lab.stack, 'big', { url: 'https://example.org/big-20250101.qcow2', sha256: 'a'.repeat(64), loginUser: 'ops', minDiskGiB: 15 });
    machine(lab, 'web', { image: big });
    // WHEN synthesized / THEN the overlay is 15 GiB
    expect(Testing.synth(lab.stack)).toHaveResourceWithProperties(Volume, { name: 'web-root.qcow2', capacity: 15 });
  });

  test('a raw image is the backing store with format raw, the overlay stays qcow2', () => {
    // GIVEN a raw image
    const lab = newLab();
    const raw = new BaseImage(lab.stack, 'rawimg', { url: 'https://example.org/disk-20250101.raw', sha256: 'b'.repeat(64), format: 'raw', loginUser: 'ops' });
    machine(lab, 'web', { image: raw });
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN the backing store declares raw and the root disk qcow2
    const root = oneOf(json, 'libvirt_volume', (v) => v.name === 'web-root.qcow2');
    expect(backingVolumeKey(root)).toBe(volumeKey(json, baseVolumeName('rawimg', 'raw')));
    expect(root.backing_store.format).toEqual({ type: 'raw' });
    expect(root.target).toEqual({ format: { type: 'qcow2' } });
    expect(domainNamed(json, 'web').devices.disks[0].driver).toEqual({ name: 'qemu', type: 'qcow2' });
  });

  test('guestAgent: false leaves out the agent channel', () => {
    const lab = newLab();
    machine(lab, 'web', { guestAgent: false });
    expect(domainNamed(synthJson(lab.stack), 'web').devices).not.toHaveProperty('channels');
  });

  test('serialLogFile logs the serial console to that file, overwriting it', () => {
    const lab = newLab();
    machine(lab, 'web', { serialLogFile: '/var/log/lab/web-console.log' });
    expect(domainNamed(synthJson(lab.stack), 'web').devices.serials).toEqual([
      { target: { port: 0 }, log: { file: '/var/log/lab/web-console.log', append: 'off' } },
    ]);
  });

  test('a machine built in a Host without an explicit name takes the lowercased id, and the hostname from it', () => {
    const lab = newLab();
    const vm = new VirtualMachine(lab.host, 'Web1', { image: lab.image, nics: [{ network: lab.net }] });
    expect(vm.machineName).toBe('web1');
    expect(vm.hostname).toBe('web1');
    expect(vm.host).toBe(lab.host);
  });

  test('memoryMiB and vcpus accept Terraform variables', () => {
    // GIVEN number variables
    const lab = newLab();
    const memory = new TerraformVariable(lab.stack, 'memory', { type: 'number' });
    const vcpus = new TerraformVariable(lab.stack, 'vcpus', { type: 'number' });
    // WHEN used as sizes / THEN nothing is rejected at synth and the references reach the domain
    machine(lab, 'web', { memoryMiB: memory.numberValue, vcpus: vcpus.numberValue });
    const json = synthJson(lab.stack);
    expect(domainNamed(json, 'web')).toMatchObject({ memory: '${var.memory}', vcpu: '${var.vcpus}' });
    expect(checkSchemaConformance(json)).toEqual([]);
  });
});

describe('data disks', () => {
  test('become empty qcow2 volumes attached as vdb, vdc with a qcow2 driver, and replace the domain with them', () => {
    // GIVEN two data disks, the second in another pool of the same host
    const lab = newLab();
    const fast = new StoragePool(lab.host, 'fast', { path: '/srv/fast' });
    machine(lab, 'web', { dataDisks: [{ sizeGiB: 20 }, { sizeGiB: 50, pool: fast }] });
    // WHEN synthesized
    const synth = Testing.synth(lab.stack);
    const json = JSON.parse(synth);
    // THEN each disk is an empty qcow2 volume of that size, in its pool
    const poolRef = `\${libvirt_pool.${keyOf(json, 'libvirt_pool')}.name}`;
    expect(oneOf(json, 'libvirt_volume', (v) => v.name === 'web-data0.qcow2')).toEqual({
      name: 'web-data0.qcow2',
      pool: 'default',
      provider: 'libvirt',
      capacity: 20,
      capacity_unit: 'GiB',
      target: { format: { type: 'qcow2' } },
      // a size change (the provider cannot resize) replaces the disk rather than failing at apply
      lifecycle: { replace_triggered_by: [`terraform_data.${keyOf(json, 'terraform_data', (_r, k) => k.includes('web_DataDisk0Revision'))}`] },
    });
    expect(synth).toHaveResourceWithProperties(Volume, { name: 'web-data1.qcow2', pool: poolRef, capacity: 50, capacity_unit: 'GiB', target: { format: { type: 'qcow2' } } });
    // AND they are vdb and vdc, virtio, qcow2
    const disks = domainNamed(json, 'web').devices.disks;
    expect(disks.map((d: any) => d.target.dev)).toEqual(['vda', 'vdb', 'vdc', 'sda']);
    expect(disks[1]).toEqual({
      device: 'disk',
      source: { volume: { pool: 'default', volume: `\${libvirt_volume.${volumeKey(json, 'web-data0.qcow2')}.name}` } },
      target: { dev: 'vdb', bus: 'virtio' },
      driver: { name: 'qemu', type: 'qcow2' },
    });
    expect(disks[2].source.volume.pool).toBe(poolRef);
    expect(disks[2].driver).toEqual({ name: 'qemu', type: 'qcow2' });
    // AND the domain is replaced with any of its disks, by bare address
    const triggers: string[] = domainNamed(json, 'web').lifecycle.replace_triggered_by;
    expect(triggers.slice(1)).toEqual([...['web-root.qcow2', 'web-data0.qcow2', 'web-data1.qcow2', 'web-seed.iso'].map((n) => `libvirt_volume.${volumeKey(json, n)}.id`),
      `libvirt_network.${keyOf(json, 'libvirt_network')}.id`]);
    expect(triggers.some((t) => t.includes('${'))).toBe(false);
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('24 data disks are accepted, the last one is vdy', () => {
    const lab = newLab();
    machine(lab, 'web', { dataDisks: Array.from({ length: 24 }, () => ({ sizeGiB: 1 })) });
    const disks = domainNamed(synthJson(lab.stack), 'web').devices.disks;
    expect(disks[24].target.dev).toBe('vdy');
  });
});

describe('MAC addresses', () => {
  /** Two machines with two NICs each, in a fresh stack; returns their MACs in order. */
  function macsOfTwoMachines(): string[] {
    const lab = newLab();
    const net2 = new Network(lab.host, 'backend', { mode: NetworkMode.isolated(), cidr: '10.88.0.0/24' });
    for (const id of ['web', 'db']) machine(lab, id, { nics: [{ network: lab.net }, { network: net2 }] });
    const json = synthJson(lab.stack);
    return ['web', 'db'].flatMap((n) => domainNamed(json, n).devices.interfaces.map((i: any) => i.mac.address));
  }

  test('are deterministic, lowercase, in 52:54:00 and unique between machines', () => {
    // GIVEN the same code synthesized twice
    const first = macsOfTwoMachines();
    const second = macsOfTwoMachines();
    // THEN the MACs are the same each time
    expect(second).toEqual(first);
    // AND each is a lowercase QEMU MAC, and no two are equal
    for (const mac of first) expect(mac).toMatch(QEMU_MAC);
    expect(new Set(first).size).toBe(4);
  });

  test('an explicit MAC is used on the NIC and in the network-config', () => {
    const lab = newLab();
    const vm = machine(lab, 'web', { nics: [{ network: lab.net, mac: '52:54:00:0a:0b:0c' }] });
    const json = synthJson(lab.stack);
    expect(vm.nics[0].mac).toBe('52:54:00:0a:0b:0c');
    expect(domainNamed(json, 'web').devices.interfaces[0].mac).toEqual({ address: '52:54:00:0a:0b:0c' });
    expect(networkConfigOf(json, 'web').ethernets.nic0.match).toEqual({ macaddress: '52:54:00:0a:0b:0c' });
  });
});

describe('several NICs', () => {
  test('the network-config matches nic0 and nic1 by MAC, and only the first DHCP NIC takes the default route', () => {
    // GIVEN two DHCP NICs on two networks
    const lab = newLab();
    const net2 = new Network(lab.host, 'backend', { cidr: '10.88.0.0/24' });
    const vm = machine(lab, 'web', { nics: [{ network: lab.net, dhcp: true }, { network: net2, dhcp: true }] });
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN both are matched by their MAC and named nicN; the second ignores the routes and DNS its DHCP offers
    expect(networkConfigOf(json, 'web').ethernets).toEqual({
      nic0: { match: { macaddress: vm.nics[0].mac }, 'set-name': 'nic0', dhcp4: true },
      nic1: { match: { macaddress: vm.nics[1].mac }, 'set-name': 'nic1', dhcp4: true, 'dhcp4-overrides': { 'use-routes': false, 'use-dns': false } },
    });
    // AND only the first NIC waits for a lease
    const interfaces = domainNamed(json, 'web').devices.interfaces;
    expect(interfaces[0].wait_for_ip).toEqual({ source: 'lease', timeout: 300 });
    expect(interfaces[1]).not.toHaveProperty('wait_for_ip');
    // AND the addresses of both DHCP NICs are reported
    expect(json.output.web_dhcp_addresses.value).toContain(JSON.stringify(vm.nics.map((n) => n.mac)));
  });

  test('static NICs: the first one gets the default route, both get the gateway as DNS, and nobody waits for a lease', () => {
    // GIVEN two fixed addresses on a NAT and an isolated network
    const lab = newLab();
    const net2 = new Network(lab.host, 'backend', { mode: NetworkMode.isolated(), cidr: '10.88.0.0/24' });
    const vm = machine(lab, 'web', { nics: [{ network: lab.net, address: '10.77.0.10' }, { network: net2, address: '10.88.0.10' }] });
    // WHEN synthesized
    const synth = Testing.synth(lab.stack);
    const json = JSON.parse(synth);
    // THEN the network-config is static
    expect(networkConfigOf(json, 'web').ethernets).toEqual({
      nic0: {
        match: { macaddress: vm.nics[0].mac },
        'set-name': 'nic0',
        addresses: ['10.77.0.10/24'],
        routes: [{ to: '0.0.0.0/0', via: '10.77.0.1' }],
        nameservers: { addresses: ['10.77.0.1'], search: ['lan.test'] },
      },
      nic1: {
        match: { macaddress: vm.nics[1].mac },
        'set-name': 'nic1',
        addresses: ['10.88.0.10/24'],
        nameservers: { addresses: ['10.88.0.1'], search: ['backend.test'] },
      },
    });
    // AND no NIC waits for a lease it will never take (NOTES 2.9)
    for (const nic of domainNamed(json, 'web').devices.interfaces) expect(nic).not.toHaveProperty('wait_for_ip');
    // AND the planned addresses are an output, with no address lookup
    expect(vm.plannedAddresses).toEqual(['10.77.0.10', '10.88.0.10']);
    expect(json.output).toEqual({ web_addresses: { value: ['10.77.0.10', '10.88.0.10'], description: expect.stringContaining('web') } });
    expect(vm.addressLookup).toBeUndefined();
    expect(ofType(json, 'libvirt_domain_interface_addresses', 'data')).toEqual({});
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('a static first NIC takes the default route and a DHCP second NIC ignores the routes it is offered', () => {
    // GIVEN a fixed address first and DHCP second
    const lab = newLab();
    const net2 = new Network(lab.host, 'backend', { cidr: '10.88.0.0/24' });
    const vm = machine(lab, 'web', { nics: [{ network: lab.net, address: '10.77.0.10' }, { network: net2, dhcp: true }] });
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN nic0 carries the default route and nic1 gives up its DHCP routes
    const ethernets = networkConfigOf(json, 'web').ethernets;
    expect(ethernets.nic0.routes).toEqual([{ to: '0.0.0.0/0', via: '10.77.0.1' }]);
    expect(ethernets.nic1['dhcp4-overrides']).toEqual({ 'use-routes': false, 'use-dns': false });
    // AND only the first NIC could wait, but it is static: nobody waits
    for (const nic of domainNamed(json, 'web').devices.interfaces) expect(nic).not.toHaveProperty('wait_for_ip');
    // AND both outputs exist: the planned address and the DHCP address of nic1 only
    expect(json.output.web_addresses.value).toEqual(['10.77.0.10']);
    expect(json.output.web_dhcp_addresses.value).toContain(JSON.stringify([vm.nics[1].mac]));
  });

  test('a DHCP NIC on a managed network without DHCP does not wait for a lease that never comes', () => {
    // GIVEN a NAT network with DHCP turned off, and a machine with no fixed address on it
    const lab = newLab();
    const quiet = new Network(lab.host, 'quiet', { cidr: '10.99.0.0/24', dhcp: false });
    machine(lab, 'web', { nics: [{ network: quiet }] });
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN nothing waits: a wait would time out and the provider would destroy the machine
    expect(domainNamed(json, 'web').devices.interfaces[0]).not.toHaveProperty('wait_for_ip');
  });

  test('a DHCP NIC on an isolated network does not take the default route from a later NIC', () => {
    // GIVEN DHCP on an isolated network first (libvirt offers no router there) and on a NAT network second
    const lab = newLab();
    const backend = new Network(lab.host, 'backend', { mode: NetworkMode.isolated(), cidr: '10.88.0.0/24' });
    machine(lab, 'web', { nics: [{ network: backend, dhcp: true }, { network: lab.net, dhcp: true }] });
    // WHEN synthesized
    const ethernets = networkConfigOf(synthJson(lab.stack), 'web').ethernets;
    // THEN the NAT NIC keeps the routes and DNS its DHCP offers, so the machine has a way out
    expect(ethernets.nic0).not.toHaveProperty('dhcp4-overrides');
    expect(ethernets.nic1).not.toHaveProperty('dhcp4-overrides');
    expect(ethernets.nic1.dhcp4).toBe(true);
  });

  test('a static NIC on an isolated network leaves the default route to the next NIC', () => {
    // GIVEN a fixed address on an isolated network first and one on a NAT network second
    const lab = newLab();
    const backend = new Network(lab.host, 'backend', { mode: NetworkMode.isolated(), cidr: '10.88.0.0/24' });
    machine(lab, 'web', { nics: [{ network: backend, address: '10.88.0.10' }, { network: lab.net, address: '10.77.0.10' }] });
    // WHEN synthesized
    const ethernets = networkConfigOf(synthJson(lab.stack), 'web').ethernets;
    // THEN only the NAT NIC routes by default
    expect(ethernets.nic0).not.toHaveProperty('routes');
    expect(ethernets.nic1.routes).toEqual([{ to: '0.0.0.0/0', via: '10.77.0.1' }]);
  });

  test('waitForLeaseSeconds sets the timeout, and 0 turns waiting off', () => {
    const lab = newLab();
    machine(lab, 'web', { waitForLeaseSeconds: 120, nics: [{ network: lab.net, dhcp: true }] });
    machine(lab, 'db', { waitForLeaseSeconds: 0, nics: [{ network: lab.net, dhcp: true }] });
    const json = synthJson(lab.stack);
    expect(domainNamed(json, 'web').devices.interfaces[0].wait_for_ip).toEqual({ source: 'lease', timeout: 120 });
    expect(domainNamed(json, 'db').devices.interfaces[0]).not.toHaveProperty('wait_for_ip');
  });

  test('a DHCP NIC on a bridged network does not wait for a libvirt lease, and its address is looked up from any source', () => {
    // GIVEN a bridge to the LAN, whose DHCP libvirt does not run
    const lab = newLab();
    const lan = new Network(lab.host, 'br', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24' });
    machine(lab, 'web', { nics: [{ network: lan }] });
    // WHEN synthesized
    const synth = Testing.synth(lab.stack);
    // THEN nothing waits, and the lookup asks the lease table and then the guest agent
    expect(domainNamed(JSON.parse(synth), 'web').devices.interfaces[0]).not.toHaveProperty('wait_for_ip');
    expect(synth).toHaveDataSourceWithProperties(DataLibvirtDomainInterfaceAddresses, { source: 'any' });
  });
});

describe('cloud-init seed and instance-id', () => {
  /** The meta-data instance-id of machine web with the given cloud config and NIC address, in a fresh stack. */
  function instanceIdOf(cloudConfig: CloudConfig, address?: string): string {
    const lab = newLab();
    machine(lab, 'web', { cloudConfig, nics: [{ network: lab.net, address }] });
    return metaDataOf(synthJson(lab.stack), 'web')['instance-id'];
  }

  test('the instance-id is stable for the same content and changes with user-data or network-config', () => {
    // GIVEN the same machine built twice, then with another package list, then with a fixed address
    const same1 = instanceIdOf(new CloudConfig({ packages: ['nginx'] }));
    const same2 = instanceIdOf(new CloudConfig({ packages: ['nginx'] }));
    const otherUserData = instanceIdOf(new CloudConfig({ packages: ['nginx', 'curl'] }));
    const otherNetwork = instanceIdOf(new CloudConfig({ packages: ['nginx'] }), '10.77.0.10');
    // THEN the same content gives the same id, and each change gives a new one
    expect(same2).toBe(same1);
    expect(otherUserData).not.toBe(same1);
    expect(otherNetwork).not.toBe(same1);
    expect([same1, otherUserData, otherNetwork].every((id) => /^web-[0-9a-f]{12}$/.test(id))).toBe(true);
  });

  test('the machine keeps its own copy of the cloud-config: later additions by the caller do not reach it', () => {
    // GIVEN a config given to a machine, then added to
    const lab = newLab();
    const config = new CloudConfig({ packages: ['nginx'] });
    const vm = machine(lab, 'web', { cloudConfig: config });
    config.addPackages('curl').addCommand('echo late');
    // THEN the machine's seed has what the config held when the machine was created
    const userData = parse(vm.userData, { version: '1.1' });
    expect(userData.packages).toEqual(['nginx']);
    expect(userData.runcmd).toBeUndefined();
    expect(parse(oneOf(synthJson(lab.stack), 'libvirt_cloudinit_disk').user_data, { version: '1.1' }).packages).toEqual(['nginx']);
  });

  test('the seed documents read through the machine are the ones synthesized', () => {
    const lab = newLab();
    const vm = machine(lab, 'web', { cloudConfig: new CloudConfig({ runcmd: ['echo hi'] }) });
    const seed = oneOf(synthJson(lab.stack), 'libvirt_cloudinit_disk');
    expect(seed.user_data).toBe(vm.userData);
    expect(seed.network_config).toBe(vm.networkConfig);
    expect(seed.meta_data).toBe(vm.metaData);
  });

  test('the user-data carries hostname, FQDN from the first network, and the image login user with the keys', () => {
    const lab = newLab();
    const vm = machine(lab, 'web', { hostname: 'www' });
    const userData = parse(vm.userData, { version: '1.1' });
    expect(userData).toMatchObject({ hostname: 'www', fqdn: 'www.lan.test', ssh_pwauth: false });
    expect(userData.users).toEqual([
      { name: 'debian', shell: '/bin/bash', sudo: 'ALL=(ALL) NOPASSWD:ALL', lock_passwd: true, ssh_authorized_keys: [SSH_KEY] },
    ]);
    expect(metaDataOf(synthJson(lab.stack), 'web')['local-hostname']).toBe('www');
  });

  test('loginUser overrides the image user; an image without one and no keys gets no login user', () => {
    const lab = newLab();
    const custom = new BaseImage(lab.stack, 'custom', { url: 'https://example.org/custom-20250101.qcow2', sha256: 'c'.repeat(64) });
    const named = machine(lab, 'web', { image: custom, loginUser: 'ops' });
    const anonymous = machine(lab, 'db', { image: custom, sshAuthorizedKeys: undefined });
    expect(parse(named.userData).users.map((u: any) => u.name)).toEqual(['ops']);
    expect(parse(anonymous.userData).users).toEqual([]);
  });
});

describe('base images shared between machines and hosts', () => {
  test('two machines on one host with one image share one base volume and one download', () => {
    // GIVEN two machines from the same image
    const lab = newLab();
    machine(lab, 'web');
    machine(lab, 'db');
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN there is one download and one base volume, which both overlays back onto
    expect(Object.values<any>(ofType(json, 'terraform_data')).filter(isDownload)).toHaveLength(1);
    const baseVolumes = Object.values<any>(ofType(json, 'libvirt_volume')).filter((v) => v.name === baseVolumeName('debian-12'));
    expect(baseVolumes).toHaveLength(1);
    for (const name of ['web', 'db']) {
      expect(backingVolumeKey(oneOf(json, 'libvirt_volume', (v) => v.name === `${name}-root.qcow2`))).toBe(volumeKey(json, baseVolumeName('debian-12')));
    }
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('machines on two hosts get one base volume and one download per host', () => {
    // GIVEN two hosts, each with its own pool and network, and one machine on each
    const lab = newLab();
    const host2 = new Host(lab.stack, 'kvm2', { domainType: DomainType.QEMU, connection: HostConnection.ssh({ host: 'kvm2' }) });
    const pool2 = new StoragePool(host2, 'pool', { path: '/srv/pool' });
    const net2 = new Network(host2, 'lan', { cidr: '10.78.0.0/24' });
    machine(lab, 'web');
    new VirtualMachine(host2, 'web2', { image: lab.image, pool: pool2, nics: [{ network: net2 }], sshAuthorizedKeys: [SSH_KEY] });
    // WHEN synthesized
    const json = synthJson(lab.stack);
    // THEN each of the two base volumes, one per host (through its own provider) and pool, has its own download
    const downloads = Object.keys(ofType(json, 'terraform_data')).filter((k) => isDownload(ofType(json, 'terraform_data')[k]));
    const bases = Object.entries<any>(ofType(json, 'libvirt_volume')).filter(([, v]) => v.name === baseVolumeName('debian-12'));
    expect(bases).toHaveLength(2);
    expect(bases.map(([, v]) => v.depends_on[0]).sort()).toEqual(downloads.map((d) => `terraform_data.${d}`).sort());
    const byProvider = Object.fromEntries(bases.map(([k, v]) => [v.provider, { key: k, pool: v.pool }]));
    expect(byProvider).toEqual({
      'libvirt': { key: expect.any(String), pool: 'default' },
      'libvirt.kvm2': { key: expect.any(String), pool: `\${libvirt_pool.${keyOf(json, 'libvirt_pool')}.name}` },
    });
    // AND each root overlay backs onto the base volume of its own host, through that host's provider
    const roots = Object.values<any>(ofType(json, 'libvirt_volume')).filter((v) => v.name === 'web-root.qcow2' || v.name === 'web2-root.qcow2');
    expect(roots.map((r) => [r.provider, backingVolumeKey(r)]).sort()).toEqual([
      ['libvirt', byProvider['libvirt'].key],
      ['libvirt.kvm2', byProvider['libvirt.kvm2'].key],
    ]);
    // AND each domain is on its host, and the whole stack conforms
    expect(Object.values<any>(ofType(json, 'libvirt_domain')).map((d) => [d.name, d.provider, d.type]).sort()).toEqual([
      ['web', 'libvirt', 'kvm'],
      ['web2', 'libvirt.kvm2', 'qemu'],
    ]);
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('one machine name on two hosts of a stack is refused: its outputs, ssh_config alias and inventory name would be shared', () => {
    const lab = newLab();
    const host2 = new Host(lab.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const net2 = new Network(host2, 'lan', { cidr: '10.78.0.0/24' });
    machine(lab, 'web');
    expectRejected(() => new VirtualMachine(host2, 'web', { image: lab.image, nics: [{ network: net2 }], sshAuthorizedKeys: [SSH_KEY] }),
      /^test\/kvm2\/web: the Terraform output web_addresses is already used by test\/kvm1\/web \(got "web_addresses"\); give one of the two constructs another name/);
  });
});

describe('a realistic machine', () => {
  test('with every option conforms to the provider schema', () => {
    // GIVEN a machine with UEFI, VNC, two NICs, data disks, a serial log and cloud-config parts
    const lab = newLab();
    const net2 = new Network(lab.host, 'backend', { mode: NetworkMode.isolated(), cidr: '10.88.0.0/24' });
    machine(lab, 'web', {
      vcpus: 2,
      memoryMiB: 2048,
      firmware: Firmware.uefi({ secureBoot: true }),
      graphics: Graphics.vnc(),
      nics: [{ network: lab.net }, { network: net2, address: '10.88.0.10' }],
      dataDisks: [{ sizeGiB: 10 }],
      serialLogFile: '/var/log/lab/web.log',
      autostart: true,
      cloudConfig: new CloudConfig({ packages: ['nginx'], runcmd: ['systemctl enable --now nginx'], writeFiles: [{ path: '/etc/motd', content: 'hi\n' }] }),
    });
    // WHEN synthesized / THEN the provider schema accepts it
    expect(checkSchemaConformance(synthJson(lab.stack))).toEqual([]);
  });
});

describe('VirtualMachine validation', () => {
  const PATH = re('test/kvm1/web');

  test.each<[string, Partial<VirtualMachineProps>, RegExp]>([
    ['memoryMiB below 128', { memoryMiB: 64 }, /memoryMiB must be a whole number from 128 to 1048576 \(got 64\); give from 128 MiB/],
    ['10 TiB of memory', { memoryMiB: 10 * 1024 * 1024 }, /memoryMiB must be a whole number from 128 to 1048576 \(got 10485760\); give from 128 MiB .* to 1048576 MiB \(1 TiB, the most QEMU's default 40 physical address bits reach\); memoryMiB counts MiB: 4 GiB is 4096$/],
    ['memoryMiB NaN', { memoryMiB: NaN }, /memoryMiB must be a whole number from 128 to 1048576 \(got NaN\)/],
    ['memoryMiB Infinity', { memoryMiB: Infinity }, /memoryMiB must be a whole number from 128 to 1048576 \(got Infinity\)/],
    ['vcpus 0', { vcpus: 0 }, /vcpus must be a whole number from 1 to 288 \(got 0\); give from 1 to 288 vCPUs/],
    ['fractional vcpus', { vcpus: 1.5 }, /vcpus must be a whole number from 1 to 288 \(got 1\.5\); give from 1 to 288 vCPUs/],
    ['1000 vcpus', { vcpus: 1000 }, /vcpus must be a whole number from 1 to 288 \(got 1000\); give from 1 to 288 vCPUs: QEMU 7\.2's q35 machine refuses more \("Invalid SMP CPUs"\)$/],
    ['rootDiskGiB NaN', { rootDiskGiB: NaN }, /rootDiskGiB must be a whole number of at least 1 \(got NaN\)/],
    ['rootDiskGiB Infinity', { rootDiskGiB: Infinity }, /rootDiskGiB must be a whole number of at least 1 \(got Infinity\)/],
    ['fractional rootDiskGiB', { rootDiskGiB: 20.5 }, /rootDiskGiB must be a whole number of at least 1 \(got 20\.5\)/],
    ['a name libvirt rejects', { name: 'web server' }, /name is not a name libvirt accepts.* \(got "web server"\); use 1 to 63 characters/],
    ['a bad hostname', { hostname: 'Web_1' }, /hostname is not a valid hostname \(got "Web_1"\); use 1 to 63 lowercase letters/],
    ['no NICs', { nics: [] }, /a machine needs at least one NIC \(got \[\]\); give nics: \[\{ network \}\]/],
    ['a NIC without network', { nics: [{} as any] }, /nics\[0\] has no network \(got \{\}\); give each NIC a network/],
    ['a relative serialLogFile', { serialLogFile: 'logs/web.log' }, /serialLogFile must be an absolute path on the libvirt host \(got "logs\/web\.log"\); give a path starting with '\/'/],
    ['a negative waitForLeaseSeconds', { waitForLeaseSeconds: -1 }, /waitForLeaseSeconds must be a whole number of at least 0 \(got -1\)/],
    ['a zero root disk', { rootDiskGiB: 0 }, /rootDiskGiB must be a whole number of at least 1 \(got 0\)/],
    ['a data disk of 0 GiB', { dataDisks: [{ sizeGiB: 0 }] }, /dataDisks\[0\]\.sizeGiB must be a whole number of at least 1 \(got 0\)/],
    ['25 data disks', { dataDisks: Array.from({ length: 25 }, () => ({ sizeGiB: 1 })) }, /too many data disks \(got 25\); attach at most 24 data disks \(vdb to vdy\)/],
  ])('%s is rejected', (_label, props, message) => {
    // GIVEN a lab
    const lab = newLab();
    // WHEN a machine is built with the bad prop / THEN it is rejected, naming the machine, the value and the fix
    expectRejected(() => machine(lab, 'web', props), new RegExp(`^${PATH}: ${message.source}`));
  });

  test.each([
    ['uppercase', '52:54:00:AA:BB:CC', '"52:54:00:AA:BB:CC"'],
    ['not a MAC', 'zz', '"zz"'],
    ['outside the QEMU range', '02:00:00:00:00:01', '"02:00:00:00:00:01"'],
  ])('a MAC that is %s is rejected', (_label, mac, shown) => {
    const lab = newLab();
    expectRejected(
      () => machine(lab, 'web', { nics: [{ network: lab.net, mac }] }),
      new RegExp(`^${PATH}: nics\\[0\\]\\.mac is not a MAC address in QEMU's range \\(got ${re(shown)}\\); write it as six lowercase hex pairs starting with 52:54:00`),
    );
  });

  test('a root disk smaller than the image is rejected', () => {
    // GIVEN Rocky 9, whose image is 10 GiB
    const lab = newLab();
    const rocky = BaseImage.fromCatalog(lab.stack, 'rocky', 'rocky-9');
    // WHEN a machine asks for 8 GiB / THEN it is told the minimum
    expectRejected(
      () => machine(lab, 'web', { image: rocky, rootDiskGiB: 8 }),
      new RegExp(`^${PATH}: rootDiskGiB is smaller than the image rocky-9 \\(10 GiB\\) \\(got 8\\); give at least 10 GiB, or leave rootDiskGiB unset`),
    );
  });

  test('SSH keys with no known login user are rejected', () => {
    // GIVEN an image from a URL that does not say its login user
    const lab = newLab();
    const custom = new BaseImage(lab.stack, 'custom', { url: 'https://example.org/custom-20250101.qcow2', sha256: 'c'.repeat(64) });
    // WHEN keys are given without loginUser / THEN the machine is rejected
    expectRejected(
      () => machine(lab, 'web', { image: custom }),
      new RegExp(`^${PATH}: the image custom has no known login user \\(got nothing\\); set loginUser to the user the SSH keys are for`),
    );
  });

  test('a NIC on a network of another host is rejected', () => {
    const lab = newLab();
    const host2 = new Host(lab.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const far = new Network(host2, 'far', { cidr: '10.99.0.0/24' });
    expectRejected(
      () => machine(lab, 'web', { nics: [{ network: far }] }),
      new RegExp(`^${PATH}: nics\\[0\\] is on network far of host kvm2, not on this machine's host kvm1 \\(got "test/kvm2/far"\\); attach NICs to networks on the same host`),
    );
  });

  test('a pool on another host is rejected', () => {
    const lab = newLab();
    const host2 = new Host(lab.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const pool2 = new StoragePool(host2, 'pool', { path: '/srv/pool' });
    expectRejected(
      () => machine(lab, 'web', { pool: pool2 }),
      new RegExp(`^${PATH}: pool test/kvm2/pool is on another host \\(kvm2\\) \\(got "pool"\\); use a pool on the machine's host`),
    );
  });

  test('a data disk in a pool of another host is rejected', () => {
    const lab = newLab();
    const host2 = new Host(lab.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    const pool2 = new StoragePool(host2, 'pool', { path: '/srv/pool' });
    expectRejected(
      () => machine(lab, 'web', { dataDisks: [{ sizeGiB: 1, pool: pool2 }] }),
      new RegExp(`^${PATH}: dataDisks\\[0\\] is in a pool on another host \\(got "pool"\\); use a pool on the machine's host`),
    );
  });

  test('two machines with the same name on a host are rejected', () => {
    // GIVEN a machine web
    const lab = newLab();
    machine(lab, 'web');
    // WHEN another construct asks for the same libvirt name / THEN the second is rejected, naming the first
    expectRejected(
      () => machine(lab, 'other', { name: 'web' }),
      /^test\/kvm1\/other: the machine name is already used by test\/kvm1\/web \(got "web"\); give each machine on a host its own name/,
    );
  });

  test('the same explicit MAC on two machines is rejected', () => {
    const lab = newLab();
    machine(lab, 'web', { nics: [{ network: lab.net, mac: '52:54:00:00:00:01' }] });
    expectRejected(
      () => machine(lab, 'db', { nics: [{ network: lab.net, mac: '52:54:00:00:00:01' }] }),
      /^test\/kvm1\/db: the MAC of nics\[0\] on network lan is already used by test\/kvm1\/web \(got "52:54:00:00:00:01"\); set mac on nics\[0\] of one of the two machines/,
    );
  });

  test.each([
    ['outside the subnet', '10.99.0.5', /the address is outside the subnet 10\.77\.0\.0\/24 of network lan \(got "10\.99\.0\.5"\); pick an address inside 10\.77\.0\.0\/24/],
    ['in the DHCP range', '10.77.0.200', /the address lies in the DHCP range 10\.77\.0\.128-10\.77\.0\.254 of network lan \(got "10\.77\.0\.200"\); pick an address outside the DHCP range/],
    ['the gateway', '10.77.0.1', /the address is the gateway of network lan \(got "10\.77\.0\.1"\); pick another address/],
  ])('a fixed address %s is rejected', (_label, address, message) => {
    const lab = newLab();
    expectRejected(() => machine(lab, 'web', { nics: [{ network: lab.net, address }] }), new RegExp(`^${PATH}: ${message.source}`));
  });

  test('the same fixed address on two machines is rejected', () => {
    const lab = newLab();
    machine(lab, 'web', { nics: [{ network: lab.net, address: '10.77.0.10' }] });
    expectRejected(
      () => machine(lab, 'db', { nics: [{ network: lab.net, address: '10.77.0.10' }] }),
      /^test\/kvm1\/db: address 10\.77\.0\.10 on network lan is already planned for test\/kvm1\/web \(got "10\.77\.0\.10"\); give every NIC on a network its own address \(10\.77\.0\.\d+ is free\)/,
    );
  });

  test('a machine outside any Host and without host is rejected', () => {
    const lab = newLab();
    expectRejected(
      () => new VirtualMachine(lab.stack, 'loose', { image: lab.image, nics: [{ network: lab.net }] }),
      /^test\/loose: no host is given and none is inherited/,
    );
  });
});

describe('VirtualMachine props as a JavaScript caller may give them', () => {
  const PATH = re('test/kvm1/web');
  const expectMachineRejected = (build: (lab: Lab) => unknown, message: RegExp) => expectRejected(() => build(newLab()), new RegExp(`^${PATH}: ${message.source}$`));

  test('no props at all: the machine asks for them instead of failing on props.host', () => {
    // GIVEN a lab / WHEN a machine is created without props / THEN it says what to pass
    expectMachineRejected((lab) => new (VirtualMachine as any)(lab.host, 'web'), /VirtualMachine needs props \(got nothing\); pass an object such as \{ image, nics \}/);
    expectMachineRejected((lab) => new VirtualMachine(lab.host, 'web', null as any), /the props of VirtualMachine must be an object \(got null\); pass an object of props/);
  });

  test('a misspelt prop is named, with the prop that was meant', () => {
    // GIVEN a lab / WHEN a machine gets vcpu instead of vcpus / THEN the prop that was meant is named
    expectMachineRejected((lab) => machine(lab, 'web', { vcpu: 2 } as any), /VirtualMachine has no prop 'vcpu' \(got "vcpu"\); did you mean 'vcpus'\? \(known props: image, nics, .*\)/);
  });

  test('a single NIC instead of an array is refused before it is iterated', () => {
    // GIVEN nics: { network } (the JavaScript mistake that gave "props.nics.map is not a function")
    expectMachineRejected((lab) => machine(lab, 'web', { nics: { network: lab.net } as any }),
      /nics must be an array \(got .*\); wrap it in brackets, such as nics: \[\{ network \}\]/);
  });

  test('data disks: an array of known options', () => {
    // GIVEN a lab / WHEN data disks are one object, or an option is misspelt / THEN each is refused with its fix
    expectMachineRejected((lab) => machine(lab, 'web', { dataDisks: { sizeGiB: 20 } as any }),
      /dataDisks must be an array \(got \{"sizeGiB":20\}\); wrap it in brackets, such as dataDisks: \[\{ sizeGiB: 20 \}\]/);
    expectMachineRejected((lab) => machine(lab, 'web', { dataDisks: [{ size: 20 } as any] }),
      /dataDisks\[0\] has no prop 'size' \(got "size"\); did you mean 'sizeGiB'\? \(known props: sizeGiB, pool\)/);
  });

  test('a host, image or pool given by name is refused', () => {
    // GIVEN a lab / WHEN a name is given where a construct is expected / THEN it is refused with the fix
    expectMachineRejected((lab) => machine(lab, 'web', { image: 'debian-12' as any }),
      /image is not a construct \(got "debian-12"\); pass the BaseImage construct itself \(image: the object, not its name\)/);
    expectMachineRejected((lab) => machine(lab, 'web', { host: 'kvm1' as any }),
      /host is not a construct \(got "kvm1"\); pass the Host construct itself \(host: the object, not its name\)/);
    // AND a construct of another kind (a network given as the pool) is named as such
    expectMachineRejected((lab) => machine(lab, 'web', { pool: lab.net as any }),
      /pool is not a StoragePool: test\/kvm1\/lan has no poolName \(got "test\/kvm1\/lan"\); pass the StoragePool construct itself \(pool: the object, not its name\)/);
  });

  test('a cloudConfig that is not a CloudConfig is refused', () => {
    // GIVEN the props of a CloudConfig given as the config itself / WHEN the machine is made / THEN it is refused with the fix
    expectMachineRejected((lab) => machine(lab, 'web', { cloudConfig: { packages: ['nginx'] } as any }),
      /cloudConfig is not a CloudConfig \(got \{"packages":\["nginx"\]\}\); pass new CloudConfig\(\{ packages: \['nginx'\], runcmd: \[\.\.\.\] \}\)/);
  });

  test('sshAuthorizedKeys given as one string is refused, not read character by character', () => {
    // GIVEN one key as a string / WHEN the machine is made / THEN it is refused as a string (before: 'not an OpenSSH public key (got "s")')
    expectMachineRejected((lab) => machine(lab, 'web', { sshAuthorizedKeys: SSH_KEY as any }),
      /sshAuthorizedKeys of user debian is a string, not an array of keys \(got "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6T\.\.\."\); pass an array: sshAuthorizedKeys: \['ssh-ed25519 AAAA\.\.\. me@laptop'\]/);
  });

  test('two keys in one entry are refused with "one key per array entry", on two lines or on one', () => {
    // GIVEN two keys in one array entry / WHEN the machine is made / THEN it is told to give one key per entry
    const other = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDx you@desktop';
    for (const entry of [`${SSH_KEY}\n${other}`, `${SSH_KEY} ${other}`]) {
      expectMachineRejected((lab) => machine(lab, 'web', { sshAuthorizedKeys: [entry] }),
        /an entry of sshAuthorizedKeys of user debian holds 2 keys \(got "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6T\.\.\."\); give one key per array entry: sshAuthorizedKeys: \['ssh-ed25519 AAAA\.\.\. me@laptop', 'ssh-rsa AAAA\.\.\. me@desktop'\]/);
    }
  });

  test('the most vCPUs and memory QEMU runs are accepted', () => {
    // GIVEN a machine at both limits / WHEN synthesized / THEN the domain has them
    const lab = newLab();
    const big = machine(lab, 'web', { vcpus: 288, memoryMiB: 1024 * 1024 });
    expect(domainNamed(synthJson(lab.stack), 'web')).toMatchObject({ vcpu: 288, memory: 1048576, memory_unit: 'MiB' });
    expect(big.vcpus).toBe(288);
  });

  test('loginUser root is accepted with a warning that says when it works and what to prefer', () => {
    // GIVEN a machine whose login user is root
    const lab = newLab();
    const vm = machine(lab, 'web', { loginUser: 'root' });
    // THEN it carries a synth warning; a machine with the image's user carries none
    expect(warningsOf(vm)).toEqual([expect.stringMatching(/^loginUser is root: SSH as root works only where the image's sshd permits root login .*PermitRootLogin no.*prefer the image's own user/)]);
    expect(warningsOf(machine(lab, 'db'))).toEqual([]);
  });
});

describe('construct ids', () => {
  test('a second machine with the id of another child is refused with the path and the fix, not the constructs library\'s message', () => {
    // GIVEN a machine web
    const lab = newLab();
    machine(lab, 'web');
    // WHEN another construct takes the id web in the same parent / THEN it is refused before it exists
    expectRejected(() => machine(lab, 'web', { name: 'web2' }),
      /^test\/kvm1\/web: test\/kvm1 already has a child with the id 'web' \(a VirtualMachine\), so this VirtualMachine cannot have it \(got "web"\); give each construct a unique id within its parent$/);
  });

  test('a scope that is not a construct is refused', () => {
    // GIVEN no scope (plain JavaScript) / WHEN a machine is made / THEN it is refused with the argument order
    const lab = newLab();
    expectRejected(() => new VirtualMachine(undefined as any, 'web', { image: lab.image, nics: [{ network: lab.net }] }),
      /^web: the scope of a VirtualMachine is not a construct \(got nothing\); pass the parent construct first: new VirtualMachine\(scope, id, props\)$/);
  });
});

describe('VirtualMachine props of the wrong type', () => {
  test.each<[string, Partial<VirtualMachineProps>, RegExp]>([
    ['guestAgent as the string false (truthy)', { guestAgent: 'false' as any }, /guestAgent must be true or false \(got "false"\); set guestAgent to true or false \(a boolean, not a string or number\)/],
    ['guestAgent as a token (it decides whether the channel is added)', { guestAgent: { resolve: () => true } as any }, /guestAgent must be known when the stack is synthesized \(got "a token"\)/],
    ['autostart as a number', { autostart: 1 as any }, /autostart must be true or false \(got 1\)/],
    ['a symbol as the login user', { loginUser: Symbol('u') as any, sshAuthorizedKeys: [SSH_KEY] }, /loginUser must be a string \(got Symbol\(u\)\)/],
    ['a null-prototype object as the login user', { loginUser: Object.create(null), sshAuthorizedKeys: [SSH_KEY] }, /loginUser must be a string \(got \{\}\)/],
  ])('%s is refused', (_label, props, message) => {
    // GIVEN a machine prop of the wrong type / WHEN the machine is made / THEN it is refused, naming the machine and the fix
    expectRejected(() => machine(newLab(), 'web', props), new RegExp(`^test/kvm1/web: ${message.source}`));
  });

  test('autostart may be a token: it goes to Terraform as it is', () => {
    const lab = newLab();
    const autostart = new TerraformVariable(lab.stack, 'autostart', { type: 'bool' }).booleanValue;
    machine(lab, 'web', { autostart: autostart as unknown as boolean });
    expect(domainNamed(synthJson(lab.stack), 'web').autostart).toBe('${var.autostart}');
  });

  test('a name that is not a string is refused by the name check inside a lab too (the prefix is not put in front of it)', () => {
    // GIVEN a lab / WHEN a machine in it is named by a symbol / THEN the name check refuses it (qualify() used to throw a TypeError)
    const lab = newLab();
    const inLab = new LabConstruct(lab.host, 'demo', { image: lab.image });
    expectRejected(() => new VirtualMachine(inLab, 'web', { name: Symbol('n') as any, nics: [{ network: lab.net }] }),
      /^test\/kvm1\/demo\/web: name is not a name libvirt accepts for every object it names \(got Symbol\(n\)\)/);
  });
});
