import { App, Fn, TerraformStack } from 'cdktf';
import { BaseImage, Host, Network, StoragePool, TerraformData, VirtualMachine } from '../lib';
import { CloudinitDisk } from '../lib/generated/providers/libvirt/cloudinit-disk';
import { Domain } from '../lib/generated/providers/libvirt/domain';
import { Network as NetworkL1 } from '../lib/generated/providers/libvirt/network';
import { Pool } from '../lib/generated/providers/libvirt/pool';
import { LibvirtProvider } from '../lib/generated/providers/libvirt/provider';
import { Volume } from '../lib/generated/providers/libvirt/volume';

/** The lab both variants build: one host, one pool, one image, one /20 NAT network, N machines with fixed addresses. */
export const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB6Tj3nFz0uLJ5Yw0Wm7d0wqsQ6b8b9fS0sUQdY2Q0sx bench@example';
const IMAGE_URL = 'https://cloud.debian.org/images/cloud/bookworm/20261006-2623/debian-12-genericcloud-amd64-20261006-2623.qcow2';

function address(i: number): string {
  // 10.50.0.0/20: fixed addresses from .0.2 up, below the DHCP range in the upper half
  const n = i + 2;
  return `10.50.${Math.floor(n / 256)}.${n % 256}`;
}

/** The lab written with this library's constructs. */
export function synthOurs(outdir: string, machines: number): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  const host = new Host(stack, 'local');
  const pool = new StoragePool(host, 'pool', { path: '/var/lib/libvirt/pools/bench' });
  const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
  const network = new Network(host, 'net', { cidr: '10.50.0.0/20' });
  for (let i = 0; i < machines; i++) {
    new VirtualMachine(host, `vm${i}`, { image, pool, nics: [{ network, address: address(i) }], sshAuthorizedKeys: [KEY] });
  }
  app.synth();
}

/** The same resources written directly with the generated L1 classes (DNS registration included), as a user without the library would. */
export function synthRaw(outdir: string, machines: number): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  const provider = new LibvirtProvider(stack, 'libvirt', { uri: 'qemu:///system' });
  const pool = new Pool(stack, 'pool', { provider, name: 'pool', type: 'dir', target: { path: '/var/lib/libvirt/pools/bench' }, destroy: { delete: false } });
  const network = new NetworkL1(stack, 'net', {
    provider, name: 'net', autostart: true, forward: { mode: 'nat' }, bridge: { stp: 'on', delay: '0' },
    domain: { name: 'net.test', localOnly: 'yes' }, dns: { enable: 'yes' },
    ips: [{ address: '10.50.0.1', prefix: 20, dhcp: { ranges: [{ start: '10.50.8.0', end: '10.50.15.254' }] } }],
  });
  const dest = `${Fn.pathexpand('~/.cache/images')}/debian-12.qcow2`;
  const download = new TerraformData(stack, 'download', {
    input: { path: dest },
    provisioners: [{ type: 'local-exec', command: `curl -fLo ${dest} ${IMAGE_URL}` }],
  });
  const base = new Volume(stack, 'base', {
    provider, name: 'debian-12.qcow2', pool: pool.name, target: { format: { type: 'qcow2' } },
    create: { content: { url: download.getStringAttribute('output.path') } },
  });
  for (let i = 0; i < machines; i++) {
    const name = `vm${i}`;
    const mac = `52:54:00:${[(i >> 16) & 255, (i >> 8) & 255, i & 255].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    const root = new Volume(stack, `${name}-root`, {
      provider, name: `${name}-root.qcow2`, pool: pool.name, capacity: 10, capacityUnit: 'GiB',
      target: { format: { type: 'qcow2' } }, backingStore: { path: base.path, format: { type: 'qcow2' } },
    });
    const seed = new CloudinitDisk(stack, `${name}-cloudinit`, {
      provider, name: `${name}-seed`,
      userData: `#cloud-config\nhostname: ${name}\nssh_pwauth: false\nusers:\n  - name: debian\n    sudo: ALL=(ALL) NOPASSWD:ALL\n    lock_passwd: true\n    ssh_authorized_keys:\n      - ${KEY}\n`,
      metaData: `instance-id: ${name}\nlocal-hostname: ${name}\n`,
      networkConfig: `version: 2\nethernets:\n  nic0:\n    match:\n      macaddress: "${mac}"\n    set-name: nic0\n    addresses: [${address(i)}/20]\n    routes:\n      - to: default\n        via: 10.50.0.1\n`,
    });
    const seedVolume = new Volume(stack, `${name}-seed`, { provider, name: `${name}-seed.iso`, pool: pool.name, create: { content: { url: seed.path } } });
    // the name in the network's DNS, registered beside the network as the library does (see lib/scripts/dns-host.sh)
    const register = (action: string) => `virsh -c qemu:///system net-update \${self.input.network} ${action} dns-host "<host ip='\${self.input.address}'><hostname>${name}</hostname></host>" --live --config`;
    new TerraformData(stack, `${name}-dns`, {
      input: { network: network.name, address: address(i) },
      triggersReplace: { network: network.id, address: address(i) },
      provisioners: [
        { type: 'local-exec', command: register('add-last') },
        { type: 'local-exec', when: 'destroy', command: register('delete') },
      ],
    });
    new Domain(stack, name, {
      provider, name, type: 'kvm', memory: 1024, memoryUnit: 'MiB', vcpu: 1, running: true,
      os: { type: 'hvm', typeArch: 'x86_64', typeMachine: 'q35', bootDevices: [{ dev: 'hd' }] },
      features: { acpi: true, apic: {} },
      cpu: { mode: 'host-passthrough' },
      devices: {
        controllers: [{ type: 'scsi', index: 0, model: 'virtio-scsi' }],
        disks: [
          { device: 'disk', source: { volume: { pool: pool.name, volume: root.name } }, target: { dev: 'vda', bus: 'virtio' }, driver: { name: 'qemu', type: 'qcow2' } },
          { device: 'cdrom', source: { volume: { pool: pool.name, volume: seedVolume.name } }, target: { dev: 'sda', bus: 'scsi' }, driver: { name: 'qemu', type: 'raw' }, readOnly: true },
        ],
        interfaces: [{ model: { type: 'virtio' }, mac: { address: mac }, source: { network: { network: network.name } } }],
        serials: [{ target: { port: 0 } }],
        channels: [{ source: { unix: { mode: 'bind' } }, target: { virtIo: { name: 'org.qemu.guest_agent.0' } } }],
        rngs: [{ model: 'virtio', backend: { random: '/dev/urandom' } }],
      },
    });
  }
  app.synth();
}
