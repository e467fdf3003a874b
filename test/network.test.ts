import { Fn, TerraformVariable, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BaseImage } from '../lib/base-image';
import { Network as NetworkResource } from '../lib/generated/providers/libvirt/network';
import { Host, HostConnection } from '../lib/host';
import { Lab } from '../lib/lab';
import { ExistingNetworkProps, Network, NetworkMode, NetworkProps } from '../lib/network';
import { checkSchemaConformance } from '../lib/schema-check';
import { StoragePool } from '../lib/storage-pool';
import { VirtualMachine } from '../lib/virtual-machine';
import { expectValidationError } from './validation-error';
import { newStack, redactScripts, SSH_KEY } from './support/lab';
import { warningsOf } from './support/k3s';
import { createNetwork as create, networks, withHost } from './support/network';

describe('Network', () => {
  describe('NAT (the default mode)', () => {
    test('has the first host as gateway, the upper half as DHCP range, a .test domain, DNS, STP and autostart', () => {
      // GIVEN a network with only a subnet
      const { stack, host } = withHost();
      const network = new Network(host, 'net', { cidr: '10.77.0.0/24' });
      // WHEN synthesized
      const synth = Testing.synth(stack);
      // THEN it is a NAT network with libvirt's DHCP on .128-.254
      expect(synth).toHaveResourceWithProperties(NetworkResource, {
        name: 'net',
        autostart: true,
        forward: { mode: 'nat' },
        bridge: { name: 'vb-net', stp: 'on', delay: '0' },
        domain: { name: 'net.test', local_only: 'yes' },
        dns: { enable: 'yes' },
        ips: [
          {
            address: '10.77.0.1',
            netmask: '255.255.255.0',
            dhcp: { ranges: [{ start: '10.77.0.128', end: '10.77.0.254' }] },
          },
        ],
        provider: 'libvirt',
      });
      // AND the construct reports the same plan
      expect(network.mode.kind).toBe('nat');
      expect(network.cidr).toBe('10.77.0.0/24');
      expect(network.gateway).toBe('10.77.0.1');
      expect(network.dhcpRange).toEqual({ start: '10.77.0.128', end: '10.77.0.254' });
      expect(network.domain).toBe('net.test');
      expect(network.literalName).toBe('net');
      expect(Token.isUnresolved(network.networkName)).toBe(true);
      expect(network.interfaceSource()).toEqual({ network: { network: network.networkName } });
      expect(network.node.defaultChild).toBe(network.resource);
    });

    test('the synthesized network matches the snapshot', () => {
      // GIVEN a NAT network with a name and a bridge name
      const { stack, host } = withHost();
      new Network(host, 'Lab', { name: 'lab', cidr: '10.77.0.0/24', bridgeName: 'virbr-lab' });
      // WHEN synthesized / THEN it matches the snapshot
      expect(JSON.stringify(redactScripts(JSON.parse(Testing.synth(stack))), null, 2)).toMatchSnapshot();
    });

    test('a /16 gets a /16 netmask and the upper half of the /16', () => {
      // GIVEN a /16 / WHEN synthesized / THEN the netmask and DHCP range follow the prefix
      const { stack, host } = withHost();
      new Network(host, 'big', { cidr: '10.10.0.0/16' });
      expect(networks(stack).big.ips).toEqual([
        { address: '10.10.0.1', netmask: '255.255.0.0', dhcp: { ranges: [{ start: '10.10.128.0', end: '10.10.255.254' }] } },
      ]);
    });

    test('name, domain, bridgeName and autostart are honoured', () => {
      // GIVEN every optional naming prop
      const { stack, host } = withHost();
      new Network(host, 'Net', { name: 'lab-net', cidr: '10.77.0.0/24', domain: 'lab.example.test', bridgeName: 'virbr-lab', autostart: false });
      // WHEN synthesized / THEN they are all in the resource
      expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkResource, {
        name: 'lab-net',
        autostart: false,
        domain: { name: 'lab.example.test', local_only: 'yes' },
        bridge: { name: 'virbr-lab', stp: 'on', delay: '0' },
      });
    });

    test('any change but autostart replaces the network: its revision hashes everything else', () => {
      // GIVEN the same network twice, then with another DHCP range, then with autostart off
      const revisionOf = (props: Partial<NetworkProps>) => {
        const { stack, host } = withHost();
        new Network(host, 'net', { cidr: '10.77.0.0/24', ...props });
        const json = JSON.parse(Testing.synth(stack));
        const [key, network] = Object.entries<any>(json.resource.libvirt_network)[0];
        const revision = Object.entries<any>(json.resource.terraform_data).find(([k]) => k.includes('net_Revision'))!;
        expect(network.lifecycle).toEqual({ replace_triggered_by: [`terraform_data.${revision[0]}`] });
        expect(key).toBeDefined();
        return revision[1].input.sha256;
      };
      const base = revisionOf({});
      // THEN the hash is stable, changes with the DHCP range, and not with autostart (which the provider updates in place)
      expect(revisionOf({})).toBe(base);
      expect(revisionOf({ dhcpRange: { start: '10.77.0.200', end: '10.77.0.250' } })).not.toBe(base);
      expect(revisionOf({ autostart: false })).toBe(base);
    });

    test('the name defaults to the lowercased id', () => {
      // GIVEN a network with a capitalised id / WHEN synthesized / THEN its name is the id, lowercased
      const { stack, host } = withHost();
      new Network(host, 'LabNet', { cidr: '10.77.0.0/24' });
      expect(Object.keys(networks(stack))).toEqual(['labnet']);
    });

    test('a custom gateway and DHCP range are honoured', () => {
      // GIVEN a gateway at .254 and DHCP on .100-.199
      const { stack, host } = withHost();
      const network = new Network(host, 'net', { cidr: '10.77.0.0/24', gateway: '10.77.0.254', dhcpRange: { start: '10.77.0.100', end: '10.77.0.199' } });
      // WHEN synthesized / THEN both are used
      expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkResource, {
        ips: [{ address: '10.77.0.254', netmask: '255.255.255.0', dhcp: { ranges: [{ start: '10.77.0.100', end: '10.77.0.199' }] } }],
      });
      expect(network.gateway).toBe('10.77.0.254');
      expect(network.dhcpRange).toEqual({ start: '10.77.0.100', end: '10.77.0.199' });
    });

    test('dhcp: false removes DHCP', () => {
      // GIVEN a network without DHCP
      const { stack, host } = withHost();
      const network = new Network(host, 'net', { cidr: '10.77.0.0/24', dhcp: false });
      // WHEN synthesized / THEN its ip block has no dhcp
      expect(networks(stack).net.ips).toEqual([{ address: '10.77.0.1', netmask: '255.255.255.0' }]);
      expect(network.dhcpRange).toBeUndefined();
    });
  });

  describe('other modes', () => {
    test('isolated has no forward block, but the same addressing', () => {
      // GIVEN an isolated network / WHEN synthesized / THEN there is no forward block, the rest is as for NAT
      const { stack, host } = withHost();
      new Network(host, 'net', { mode: NetworkMode.isolated(), cidr: '10.77.0.0/24' });
      const net = networks(stack).net;
      expect(net.forward).toBeUndefined();
      expect(net.ips[0]).toMatchObject({ address: '10.77.0.1', netmask: '255.255.255.0' });
      expect(net.domain).toEqual({ name: 'net.test', local_only: 'yes' });
    });

    test.each([
      ['routed', 'route', NetworkMode.routed()],
      ['open', 'open', NetworkMode.open()],
    ])('%s forwards with mode %s', (_label, forwardMode, mode) => {
      // GIVEN a routed or open network / WHEN synthesized / THEN the forward mode is libvirt's name for it
      const { stack, host } = withHost();
      new Network(host, 'net', { mode, cidr: '10.77.0.0/24' });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkResource, {
        forward: { mode: forwardMode },
        ips: [expect.objectContaining({ address: '10.77.0.1' })],
      });
    });

    test('bridge joins the host bridge, with no addressing, DNS or domain', () => {
      // GIVEN a bridged network
      const { stack, host } = withHost();
      const network = new Network(host, 'lan', { mode: NetworkMode.bridge('br0') });
      // WHEN synthesized / THEN it is exactly forward bridge + bridge name
      const { lifecycle, ...lan } = networks(stack).lan;
      expect(lan).toEqual({ name: 'lan', autostart: true, forward: { mode: 'bridge' }, bridge: { name: 'br0' }, provider: 'libvirt' });
      expect(lifecycle.replace_triggered_by).toHaveLength(1);
      expect(network.mode.managed).toBe(false);
      expect(network.domain).toBeUndefined();
      expect(network.dhcpRange).toBeUndefined();
    });

    test('bridge with a cidr describes the LAN but writes nothing of it to libvirt', () => {
      // GIVEN a bridged network that describes its LAN / WHEN synthesized / THEN no ips are written, but the plan is known
      const { stack, host } = withHost();
      const network = new Network(host, 'lan', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24', gateway: '192.168.1.254' });
      expect(networks(stack).lan.ips).toBeUndefined();
      expect(network.cidr).toBe('192.168.1.0/24');
      expect(network.gateway).toBe('192.168.1.254');
      expect(network.dhcpRange).toBeUndefined();
    });

    test('macvtap forwards to the host NIC in bridge mode by default', () => {
      // GIVEN a macvtap network on eth0
      const { stack, host } = withHost();
      new Network(host, 'direct', { mode: NetworkMode.macvtap('eth0') });
      // WHEN synthesized / THEN forward lists the NIC
      const { lifecycle: _lifecycle, ...direct } = networks(stack).direct;
      expect(direct).toEqual({
        name: 'direct',
        autostart: true,
        forward: { mode: 'bridge', interfaces: [{ dev: 'eth0' }] },
        provider: 'libvirt',
      });
    });

    test.each(['vepa', 'private', 'passthrough'])('macvtap mode %s is the forward mode', (macvtapMode) => {
      // GIVEN a macvtap network in another macvtap mode
      const { stack, host } = withHost();
      new Network(host, 'direct', { mode: NetworkMode.macvtap('enp1s0', macvtapMode) });
      // WHEN synthesized / THEN libvirt gets that mode (it is the <forward mode> of a direct network)
      expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkResource, {
        forward: { mode: macvtapMode, interfaces: [{ dev: 'enp1s0' }] },
      });
    });

    test('every mode conforms to the provider schema', () => {
      // GIVEN one network of each mode on one host
      const { stack, host } = withHost();
      new Network(host, 'nat', { cidr: '10.1.0.0/24', bridgeName: 'virbr-nat' });
      new Network(host, 'iso', { mode: NetworkMode.isolated(), cidr: '10.2.0.0/24', dhcp: false });
      new Network(host, 'rt', { mode: NetworkMode.routed(), cidr: '10.3.0.0/24', dhcpRange: { start: '10.3.0.10', end: '10.3.0.20' } });
      new Network(host, 'open', { mode: NetworkMode.open(), cidr: '10.4.0.0/24' });
      new Network(host, 'lan', { mode: NetworkMode.bridge('br0') });
      new Network(host, 'direct', { mode: NetworkMode.macvtap('eth0', 'vepa') });
      // WHEN checked / THEN there is nothing to report
      expect(checkSchemaConformance(Testing.synth(stack))).toEqual([]);
    });
  });

  test('the network resource does not change when a machine joins it', () => {
    // GIVEN the same lab built without and with a machine on the network
    const build = (withMachine: boolean): Record<string, unknown> => {
      const stack = newStack();
      const host = new Host(stack, 'kvm1');
      const pool = new StoragePool(host, 'pool', { path: '/srv/pool' });
      const network = new Network(host, 'net', { cidr: '10.77.0.0/24' });
      if (withMachine) {
        const image = BaseImage.fromCatalog(stack, 'img', 'debian-12');
        new VirtualMachine(host, 'web', { image, pool, nics: [{ network, address: '10.77.0.10' }] });
      }
      const json = JSON.parse(Testing.synth(stack));
      expect(json.resource.libvirt_domain !== undefined).toBe(withMachine);
      return json.resource.libvirt_network;
    };
    // WHEN both are synthesized / THEN the libvirt_network JSON is identical
    expect(build(true)).toEqual(build(false));
  });

  describe('validation', () => {
    test('overlapping subnets on one host are rejected, naming the other network', () => {
      // GIVEN a network on 10.77.0.0/24
      const { host } = withHost();
      new Network(host, 'a', { cidr: '10.77.0.0/24' });
      // WHEN another takes a /16 around it, or the same /24 / THEN both are rejected
      expectValidationError(() => new Network(host, 'b', { cidr: '10.77.0.0/16' }),
        /^test\/kvm1\/b: subnet 10\.77\.0\.0\/16 overlaps 10\.77\.0\.0\/24 of test\/kvm1\/a on the same host \(got "10\.77\.0\.0\/16"\); give every network on a host its own, non-overlapping subnet$/);
      expectValidationError(() => new Network(host, 'c', { cidr: '10.77.0.0/24' }),
        /^test\/kvm1\/c: subnet 10\.77\.0\.0\/24 overlaps 10\.77\.0\.0\/24 of test\/kvm1\/a on the same host \(got "10\.77\.0\.0\/24"\)/);
      expectValidationError(() => new Network(host, 'd', { cidr: '10.77.0.128/25' }),
        /^test\/kvm1\/d: subnet 10\.77\.0\.128\/25 overlaps 10\.77\.0\.0\/24 of test\/kvm1\/a/);
    });

    test('adjacent subnets on one host are fine', () => {
      // GIVEN a /24 and the next /24 on one host / WHEN both are created / THEN that is fine
      const { host } = withHost();
      new Network(host, 'a', { cidr: '10.77.0.0/24' });
      expect(() => new Network(host, 'b', { cidr: '10.77.1.0/24' })).not.toThrow();
    });

    test('the same subnet on two hosts is fine', () => {
      // GIVEN two hosts
      const stack = newStack();
      const h1 = new Host(stack, 'kvm1');
      const h2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
      // WHEN each gets 10.77.0.0/24 under the same name / THEN both are created, each on its own provider
      new Network(h1, 'net', { cidr: '10.77.0.0/24' });
      new Network(h2, 'net', { cidr: '10.77.0.0/24' });
      const all = Object.values(JSON.parse(Testing.synth(stack)).resource.libvirt_network) as Array<Record<string, any>>;
      expect(all.map((n) => n.provider).sort()).toEqual(['libvirt', 'libvirt.kvm2']);
    });

    test('a network name used twice on one host is rejected', () => {
      // GIVEN a network 'lab' / WHEN a second network takes the name / THEN it is rejected, naming the first
      const { host } = withHost();
      new Network(host, 'a', { name: 'lab', cidr: '10.77.0.0/24' });
      expectValidationError(() => new Network(host, 'b', { name: 'lab', cidr: '10.78.0.0/24' }),
        /^test\/kvm1\/b: the network name is already used by test\/kvm1\/a \(got "lab"\); give each network on a host its own name$/);
    });

    test.each(['lab net', '.lab', 'x'.repeat(64)])('network name %j is rejected', (name) => {
      // GIVEN a name libvirt does not accept everywhere / WHEN a network is created / THEN it is rejected
      expectValidationError(() => create({ name, cidr: '10.77.0.0/24' }),
        new RegExp(`^test/kvm1/net: name is not a name libvirt accepts for every object it names \\(got "${name.replace('.', '\\.')}"\\); use 1 to 63 characters`));
    });

    test.each(['Lab.test', 'lab_test', 'lab..test', '-lab.test'])('domain %j is rejected', (domain) => {
      // GIVEN a domain that is not lowercase DNS labels / WHEN a network is created / THEN it is rejected
      expectValidationError(() => create({ cidr: '10.77.0.0/24', domain }),
        new RegExp(`^test/kvm1/net: domain is not a valid DNS domain \\(got "${domain.replace(/\./g, '\\.')}"\\); use lowercase labels separated by dots, such as 'lab\\.test'$`));
    });

    test('a default domain that the network name does not make valid says where it came from', () => {
      // GIVEN a valid libvirt name that is not a DNS label
      // WHEN no domain is given / THEN the error says the domain was derived from the name
      expectValidationError(() => create({ name: 'lab_net', cidr: '10.77.0.0/24' }),
        /^test\/kvm1\/net: domain, derived from the network name, is not a valid DNS domain \(got "lab_net\.test"\); use lowercase labels/);
      // AND an explicit domain fixes it
      expect(create({ name: 'lab_net', cidr: '10.77.0.0/24', domain: 'lab.test' }).domain).toBe('lab.test');
    });
  });

  describe('tokens', () => {
    test('a token name is passed through', () => {
      // GIVEN a name computed by Terraform
      const { stack, host } = withHost();
      // WHEN a network is created / THEN it is accepted and synthesized as an expression
      new Network(host, 'net', { name: Token.asString(Fn.lower('LAB')), cidr: '10.77.0.0/24' });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkResource, {
        name: '${lower("LAB")}',
        domain: { name: '${lower("LAB")}.test', local_only: 'yes' },
      });
    });

    test("a variable's value as name is passed through", () => {
      // GIVEN a name from a Terraform variable / WHEN a network is created / THEN it is accepted and synthesized as var.network_name
      const { stack, host } = withHost();
      const name = new TerraformVariable(stack, 'network_name', { type: 'string' });
      new Network(host, 'net', { name: name.stringValue, cidr: '10.77.0.0/24' });
      expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkResource, { name: '${var.network_name}' });
    });
  });

  describe('reserveAddress', () => {
    function lab() {
      const { stack, host } = withHost();
      const network = new Network(host, 'net', { cidr: '10.77.0.0/24' });
      const web = new Construct(stack, 'web');
      const db = new Construct(stack, 'db');
      return { stack, host, network, web, db };
    }

    test('accepts a free address outside the DHCP range, and the same owner may reserve it again', () => {
      // GIVEN addresses below the DHCP range / WHEN reserved (one twice by the same owner) / THEN nothing is rejected
      const { network, web } = lab();
      expect(() => network.reserveAddress(web, '10.77.0.10')).not.toThrow();
      expect(() => network.reserveAddress(web, '10.77.0.10')).not.toThrow();
      expect(() => network.reserveAddress(web, '10.77.0.127')).not.toThrow();
      expect(() => network.reserveAddress(web, '10.77.0.2')).not.toThrow();
    });

    test('rejects an address outside the subnet', () => {
      // GIVEN an address of another subnet / WHEN reserved / THEN it is rejected, naming the owner
      const { network, web } = lab();
      expectValidationError(() => network.reserveAddress(web, '10.78.0.10'),
        /^test\/web: the address is outside the subnet 10\.77\.0\.0\/24 of network net \(got "10\.78\.0\.10"\); pick an address inside 10\.77\.0\.0\/24$/);
    });

    test.each(['10.77.0.0', '10.77.0.255'])('rejects the network or broadcast address %s', (address) => {
      // GIVEN the first or last address of the subnet / WHEN reserved / THEN it is rejected
      const { network, web } = lab();
      expectValidationError(() => network.reserveAddress(web, address),
        new RegExp(`^test/web: the address is the network or broadcast address of 10\\.77\\.0\\.0/24 \\(got "${address.replace(/\./g, '\\.')}"\\); pick an address between them$`));
    });

    test('rejects the gateway', () => {
      // GIVEN the gateway's address / WHEN reserved / THEN it is rejected
      const { network, web } = lab();
      expectValidationError(() => network.reserveAddress(web, '10.77.0.1'),
        /^test\/web: the address is the gateway of network net \(got "10\.77\.0\.1"\); pick another address; the gateway belongs to the host or router$/);
    });

    test.each(['10.77.0.128', '10.77.0.200', '10.77.0.254'])('rejects %s inside the DHCP range', (address) => {
      // GIVEN an address DHCP may hand out / WHEN reserved / THEN it is rejected
      const { network, web } = lab();
      expectValidationError(() => network.reserveAddress(web, address),
        new RegExp(`^test/web: the address lies in the DHCP range 10\\.77\\.0\\.128-10\\.77\\.0\\.254 of network net \\(got "${address.replace(/\./g, '\\.')}"\\); pick an address outside the DHCP range, or leave the address unset to use DHCP$`));
    });

    test('accepts the upper half when the network has no DHCP', () => {
      // GIVEN a network without DHCP / WHEN an upper-half address is reserved / THEN it is accepted
      const { stack, host } = withHost();
      const network = new Network(host, 'net', { cidr: '10.77.0.0/24', dhcp: false });
      expect(() => network.reserveAddress(new Construct(stack, 'web'), '10.77.0.200')).not.toThrow();
    });

    test.each(['fd00::10', '10.77.0', 'web.lab.test', '10.77.0.10/24'])('rejects %j, which is not an IPv4 address', (address) => {
      // GIVEN something that is not an IPv4 address / WHEN reserved / THEN it is rejected
      const { network, web } = lab();
      expectValidationError(() => network.reserveAddress(web, address),
        new RegExp(`^test/web: the address is not an IPv4 address \\(got "${address.replace(/\./g, '\\.')}"\\); write it as four numbers, such as 10\\.77\\.0\\.10$`));
    });

    test('rejects an address another construct reserved, naming it', () => {
      // GIVEN an address reserved by test/web / WHEN test/db reserves it / THEN it is rejected, naming test/web
      const { network, web, db } = lab();
      network.reserveAddress(web, '10.77.0.10');
      expectValidationError(() => network.reserveAddress(db, '10.77.0.10'),
        /^test\/db: address 10\.77\.0\.10 on network net is already planned for test\/web \(got "10\.77\.0\.10"\); give every NIC on a network its own address \(10\.77\.0\.2 is free\)$/);
    });

    test('the same address on two networks is fine', () => {
      // GIVEN two networks / WHEN each has .10 reserved / THEN that is fine
      const { host, network, web, db } = lab();
      const other = new Network(host, 'other', { cidr: '10.78.0.0/24' });
      network.reserveAddress(web, '10.77.0.10');
      other.reserveAddress(db, '10.78.0.10');
      expect(() => other.reserveAddress(db, '10.78.0.10')).not.toThrow();
    });

    test('a token address is passed through', () => {
      // GIVEN an address from a variable / WHEN two owners reserve it / THEN it is passed through, not checked
      const { stack, network, web, db } = lab();
      const address = new TerraformVariable(stack, 'address', { type: 'string' }).stringValue;
      network.reserveAddress(web, address);
      expect(() => network.reserveAddress(db, address)).not.toThrow();
    });

    test('on a bridge network with a cidr, only the gateway is reserved', () => {
      // GIVEN a bridge network described with a cidr / WHEN addresses are reserved / THEN any but the gateway is fine (no DHCP range is known)
      const { stack, host } = withHost();
      const lan = new Network(host, 'lan', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24' });
      const web = new Construct(stack, 'web');
      expect(() => lan.reserveAddress(web, '192.168.1.200')).not.toThrow();
      expectValidationError(() => lan.reserveAddress(web, '192.168.1.1'), /^test\/web: the address is the gateway of network lan/);
    });

    test('on a bridge network without cidr, a fixed address is rejected', () => {
      // GIVEN a bridge network with no cidr / WHEN a fixed address is reserved / THEN it is rejected, pointing at cidr
      const { stack, host } = withHost();
      const lan = new Network(host, 'lan', { mode: NetworkMode.bridge('br0') });
      expectValidationError(() => lan.reserveAddress(new Construct(stack, 'web'), '192.168.1.10'),
        /^test\/web: a fixed address needs the subnet of network lan, which is not known \(got "192\.168\.1\.10"\); set cidr on test\/kvm1\/lan, or let this NIC use DHCP$/);
    });
  });

  describe('nameservers', () => {
    test('default to the gateway on libvirt-managed networks and to none on bridges', () => {
      const { host } = withHost();
      expect(new Network(host, 'nat', { cidr: '10.77.0.0/24' }).nameservers).toEqual(['10.77.0.1']);
      expect(new Network(host, 'lan', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24' }).nameservers).toEqual([]);
    });

    test("a bridge network's nameservers are what its fixed-address guests use", () => {
      // GIVEN a bridged LAN with its DNS servers, and a machine with a fixed address on it
      const { stack, host } = withHost();
      const lan = new Network(host, 'lan', { mode: NetworkMode.bridge('br0'), cidr: '192.168.1.0/24', nameservers: ['192.168.1.1', '192.168.1.2'] });
      const image = BaseImage.fromCatalog(stack, 'img', 'debian-12');
      const pool = new StoragePool(host, 'pool', { path: '/srv/pool' });
      const vm = new VirtualMachine(host, 'web', { image, pool, nics: [{ network: lan, address: '192.168.1.50' }] });
      // THEN its network-config names them, and the default route goes to the LAN's gateway
      expect(vm.networkConfig).toContain('- 192.168.1.1\n');
      expect(vm.networkConfig).toContain('- 192.168.1.2\n');
      expect(vm.networkConfig).toContain('via: 192.168.1.1');
    });
  });

  describe('fromName', () => {
    test('refers to an existing network without creating a resource', () => {
      // GIVEN libvirt's default network, referred to by name
      const { stack, host } = withHost();
      const network = Network.fromName(host, 'Default', { name: 'default' });
      // THEN nothing is synthesized, and the NIC source names it literally
      expect(JSON.parse(Testing.synth(stack)).resource).toBeUndefined();
      expect(network.networkName).toBe('default');
      expect(network.literalName).toBe('default');
      expect(network.host).toBe(host);
      expect(network.interfaceSource()).toEqual({ network: { network: 'default' } });
      expect(network.cidr).toBeUndefined();
      expect(network.domain).toBeUndefined();
    });

    test('without a mode it is unmanaged: a DHCP machine does not wait for a lease, and no name is registered', () => {
      // GIVEN a bridged LAN known only by name, with a DHCP machine and a fixed-address machine on it
      const { stack, host } = withHost();
      const image = BaseImage.fromCatalog(stack, 'img', 'debian-12');
      const lan = Network.fromName(host, 'Lan', { name: 'lan', cidr: '192.168.1.0/24' });
      new VirtualMachine(host, 'dhcp', { image, nics: [{ network: lan }] });
      new VirtualMachine(host, 'fixed', { image, nics: [{ network: lan, address: '192.168.1.20' }] });
      // WHEN synthesized
      const json = JSON.parse(Testing.synth(stack));
      // THEN it is unmanaged, nothing waits for a lease that may never come, and no DNS entry is added
      expect(lan.mode.kind).toBe('unmanaged');
      expect(lan.mode.managed).toBe(false);
      for (const d of Object.values<any>(json.resource.libvirt_domain)) expect(d.devices.interfaces[0].wait_for_ip).toBeUndefined();
      expect(Object.keys(json.resource.terraform_data).filter((k) => k.includes('Dns'))).toEqual([]);
    });

    test('with a libvirt-managed mode, DHCP machines wait for their lease and fixed addresses get DNS names', () => {
      // GIVEN libvirt's default NAT network, described as such
      const { stack, host } = withHost();
      const image = BaseImage.fromCatalog(stack, 'img', 'debian-12');
      const net = Network.fromName(host, 'Default', { name: 'default', mode: NetworkMode.nat(), cidr: '192.168.122.0/24', dhcpRange: { start: '192.168.122.2', end: '192.168.122.199' } });
      new VirtualMachine(host, 'dhcp', { image, nics: [{ network: net }] });
      new VirtualMachine(host, 'fixed', { image, nics: [{ network: net, address: '192.168.122.220' }] });
      const json = JSON.parse(Testing.synth(stack));
      const domains = Object.values<any>(json.resource.libvirt_domain);
      expect(domains.find((d) => d.name === 'dhcp').devices.interfaces[0].wait_for_ip).toEqual({ source: 'lease', timeout: 300 });
      expect(Object.values<any>(json.resource.terraform_data).filter((d) => d.input?.entries !== undefined).map((d) => d.input))
        .toEqual([{ uri: 'qemu:///system', network: 'default', entries: '192.168.122.220 fixed' }]);
      // AND an existing network is never replaced, so nothing but the entries triggers a new registration
      expect(Object.values<any>(json.resource.terraform_data).find((d) => d.input?.entries !== undefined).triggers_replace.network_id).toBeUndefined();
    });

    test('NetworkMode.unmanaged() is only for existing networks, and a mode must be a NetworkMode', () => {
      const { host } = withHost();
      expectValidationError(() => new Network(host, 'net', { mode: NetworkMode.unmanaged(), cidr: '10.77.0.0/24' }),
        /^test\/kvm1\/net: NetworkMode\.unmanaged\(\) describes an existing network, not one to create \(got "unmanaged"\); use Network\.fromName\(\)/);
      expectValidationError(() => Network.fromName(host, 'Lan', { name: 'lan', mode: 'nat' as unknown as NetworkMode }),
        /^test\/kvm1\/Lan: mode is not a NetworkMode \(got "nat"\); use NetworkMode\.nat\(\)/);
    });

    test('a new network may not take the name of an existing one it refers to, nor the other way round', () => {
      const { host } = withHost();
      Network.fromName(host, 'Default', { name: 'default' });
      expectValidationError(() => new Network(host, 'net', { name: 'default', cidr: '10.77.0.0/24' }),
        /^test\/kvm1\/net: network default already exists on host kvm1 \(referred to by test\/kvm1\/Default\) \(got "default"\); give the new network another name/);
      new Network(host, 'lab', { cidr: '10.78.0.0/24' });
      expectValidationError(() => Network.fromName(host, 'LabRef', { name: 'lab' }),
        /^test\/kvm1\/LabRef: this stack creates network lab on host kvm1 itself \(test\/kvm1\/lab\).*use that Network construct/);
    });

    test("an existing network's subnet may not overlap a new one, but two references to it may share it", () => {
      // GIVEN libvirt's default network with its subnet, referred to twice
      const { host } = withHost();
      Network.fromName(host, 'Default', { name: 'default', cidr: '192.168.122.0/24' });
      expect(() => Network.fromName(host, 'Again', { name: 'default', cidr: '192.168.122.0/24' })).not.toThrow();
      // WHEN a new network overlaps it / THEN it is rejected naming the reference
      expectValidationError(() => new Network(host, 'net', { cidr: '192.168.0.0/16' }),
        /^test\/kvm1\/net: subnet 192\.168\.0\.0\/16 overlaps 192\.168\.122\.0\/24 of test\/kvm1\/Default on the same host/);
    });

    test('its gateway is the nameserver of fixed-address guests, unless nameservers are given', () => {
      const { host } = withHost();
      expect(Network.fromName(host, 'Default', { name: 'default', cidr: '192.168.122.0/24' }).nameservers).toEqual(['192.168.122.1']);
      expect(Network.fromName(host, 'Unknown', { name: 'other' }).nameservers).toEqual([]);
      expect(Network.fromName(host, 'Given', { name: 'third', cidr: '10.1.0.0/24', nameservers: ['10.1.0.53'] }).nameservers).toEqual(['10.1.0.53']);
    });

    test('without cidr, a fixed address on it is rejected', () => {
      // GIVEN an existing network of unknown subnet / WHEN a fixed address is reserved / THEN it is rejected, pointing at cidr
      const { stack, host } = withHost();
      const network = Network.fromName(host, 'Default', { name: 'default' });
      expectValidationError(() => network.reserveAddress(new Construct(stack, 'web'), '192.168.122.10'),
        /^test\/web: a fixed address needs the subnet of network default, which is not known \(got "192\.168\.122\.10"\); set cidr on test\/kvm1\/Default, or let this NIC use DHCP$/);
    });

    test('with cidr and DHCP range, fixed addresses are checked against them', () => {
      // GIVEN libvirt's default network described fully
      const { stack, host } = withHost();
      const network = Network.fromName(host, 'Default', {
        name: 'default',
        cidr: '192.168.122.0/24',
        dhcpRange: { start: '192.168.122.2', end: '192.168.122.254' },
        domain: 'default.test',
      });
      const web = new Construct(stack, 'web');
      // THEN its plan is known
      expect(network.cidr).toBe('192.168.122.0/24');
      expect(network.gateway).toBe('192.168.122.1');
      expect(network.dhcpRange).toEqual({ start: '192.168.122.2', end: '192.168.122.254' });
      expect(network.domain).toBe('default.test');
      // AND addresses in its DHCP range, or its gateway, are rejected
      expectValidationError(() => network.reserveAddress(web, '192.168.122.10'), /^test\/web: the address lies in the DHCP range 192\.168\.122\.2-192\.168\.122\.254 of network default/);
      expectValidationError(() => network.reserveAddress(web, '192.168.122.1'), /^test\/web: the address is the gateway of network default/);
    });

    test('with cidr and no DHCP range, any usable address but the gateway may be reserved', () => {
      // GIVEN an existing network with a subnet and no DHCP range / WHEN an address is reserved / THEN it is accepted
      const { stack, host } = withHost();
      const network = Network.fromName(host, 'Default', { name: 'default', cidr: '192.168.122.0/24' });
      expect(network.dhcpRange).toBeUndefined();
      expect(() => network.reserveAddress(new Construct(stack, 'web'), '192.168.122.200')).not.toThrow();
    });

    test('rejects a bad name, domain and cidr', () => {
      // GIVEN existing networks with a bad name, domain, cidr, or a gateway without cidr / WHEN referred to / THEN each is rejected
      const { host } = withHost();
      expectValidationError(() => Network.fromName(host, 'A', { name: 'my net' }), /^test\/kvm1\/A: name is not a name libvirt accepts .*\(got "my net"\); use 1 to 63/);
      expectValidationError(() => Network.fromName(host, 'B', { name: 'b', domain: 'B_Lab' }), /^test\/kvm1\/B: domain is not a valid DNS domain \(got "B_Lab"\); use lowercase labels/);
      expectValidationError(() => Network.fromName(host, 'C', { name: 'c', cidr: '192.168.122.1/24' }), /^test\/kvm1\/C: cidr has host bits set .*\(got "192\.168\.122\.1\/24"\); give the network address/);
      expectValidationError(() => Network.fromName(host, 'D', { name: 'd', gateway: '192.168.122.1' }), /^test\/kvm1\/D: gateway and dhcpRange need a subnet \(got "192\.168\.122\.1"\); set cidr as well$/);
    });
  });

  describe('props from plain JavaScript', () => {
    test('a second construct of the same id is rejected with a path and a fix, before it exists', () => {
      // GIVEN a network 'net' / WHEN another construct takes the id / THEN it is refused naming the parent and the id
      const { host } = withHost();
      new Network(host, 'net', { cidr: '10.77.0.0/24' });
      expectValidationError(() => new Network(host, 'net', { cidr: '10.78.0.0/24' }),
        /^test\/kvm1\/net: test\/kvm1 already has a child with the id 'net' \(a Network\), so this Network cannot have it \(got "net"\); give each construct a unique id within its parent$/);
      expectValidationError(() => Network.fromName(host, 'net', { name: 'default' }), /^test\/kvm1\/net: test\/kvm1 already has a child with the id 'net' \(a Network\)/);
    });

    test('null props are rejected, not a TypeError', () => {
      // GIVEN null where the props go / WHEN a network is created / THEN it is refused naming the network
      const { host } = withHost();
      expectValidationError(() => new Network(host, 'n', null as unknown as NetworkProps),
        /^test\/kvm1\/n: the props of Network must be an object \(got null\); pass an object of props, or leave them out$/);
    });

    test('an unknown prop is rejected with the nearest known one, never dropped', () => {
      // GIVEN a snake_case prop / WHEN a network is created / THEN the fix names dhcpRange
      expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcp_range: { start: '10.77.0.10', end: '10.77.0.20' } } as unknown as NetworkProps),
        /^test\/kvm1\/net: Network has no prop 'dhcp_range' \(got "dhcp_range"\); did you mean 'dhcpRange'\? \(known props: host, name, mode, cidr, /);
      // AND a typo inside dhcpRange too
      expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcpRange: { begin: '10.77.0.10', end: '10.77.0.20' } } as unknown as NetworkProps),
        /^test\/kvm1\/net: dhcpRange has no prop 'begin' \(got "begin"\); known props: start, end$/);
    });

    test('a dhcpRange that is not an object, and nameservers that are not a list, are rejected', () => {
      expectValidationError(() => create({ cidr: '10.77.0.0/24', dhcpRange: '10.77.0.10-10.77.0.20' as unknown as NetworkProps['dhcpRange'] }),
        /^test\/kvm1\/net: dhcpRange must be an object of start and end \(got "10\.77\.0\.10-10\.77\.0\.20"\); write it as \{ start: '10\.77\.0\.128', end: '10\.77\.0\.254' \}$/);
      expectValidationError(() => create({ cidr: '10.77.0.0/24', nameservers: '10.77.0.1' as unknown as string[] }),
        /^test\/kvm1\/net: nameservers must be an array \(got "10\.77\.0\.1"\); wrap it in brackets, such as nameservers: \['10\.77\.0\.1'\]$/);
    });

    test.each([
      ['nat', 'NetworkMode\\.nat\\(\\)'],
      ['NAT', 'NetworkMode\\.nat\\(\\)'],
      ['route', 'NetworkMode\\.routed\\(\\)'],
      ['bridge', "NetworkMode\\.bridge\\('br0'\\), with the name of the host's bridge"],
    ])('mode %j as a string is rejected, naming its factory', (mode, factory) => {
      // GIVEN a mode's name where a NetworkMode is expected / WHEN a network is created / THEN the fix names the factory
      expectValidationError(() => create({ cidr: '10.77.0.0/24', mode: mode as unknown as NetworkMode }),
        new RegExp(`^test/kvm1/net: mode is not a NetworkMode \\(got "${mode}"\\); use ${factory}$`));
    });

    test('a mode that is neither a NetworkMode nor a mode name is rejected with every factory', () => {
      expectValidationError(() => create({ cidr: '10.77.0.0/24', mode: { kind: 'nat' } as unknown as NetworkMode }),
        /^test\/kvm1\/net: mode is not a NetworkMode \(got \{"kind":"nat"\}\); use NetworkMode\.nat\(\), \.isolated\(\), \.routed\(\), \.open\(\), \.bridge\(name\), \.macvtap\(nic\) or \.unmanaged\(\)$/);
    });

    test('a NetworkMode made by another copy of the library is accepted', () => {
      // GIVEN a mode that is not an instance of this NetworkMode class, but carries its mark
      const foreign = { kind: 'isolated', managed: true };
      Object.defineProperty(foreign, Symbol.for('cdktf-libvirt.NetworkMode'), { value: true });
      // WHEN a network is created with it / THEN it is an isolated network
      const { stack, host } = withHost();
      new Network(host, 'net', { cidr: '10.77.0.0/24', mode: foreign as unknown as NetworkMode });
      expect(networks(stack).net.forward).toBeUndefined();
    });

    test('Network.fromName with a string, or nothing, where its props go is rejected', () => {
      // GIVEN the name of the existing network given in place of its props / THEN the fix shows the props
      const { host } = withHost();
      expectValidationError(() => Network.fromName(host, 'Br', 'br0' as unknown as ExistingNetworkProps),
        /^test\/kvm1\/Br: the props of Network\.fromName\(\) must be an object \(got "br0"\); pass \{ name: "br0" \}$/);
      expectValidationError(() => Network.fromName(host, 'None', undefined as unknown as ExistingNetworkProps),
        /^test\/kvm1\/None: Network\.fromName\(\) needs props \(got nothing\); pass an object such as \{ host, name \}$/);
      expectValidationError(() => Network.fromName(host, 'Nameless', {} as ExistingNetworkProps),
        /^test\/kvm1\/Nameless: Network\.fromName\(\) needs the name of the existing network \(got nothing\); set name, such as 'default'$/);
      expectValidationError(() => Network.fromName(host, 'Typo', { name: 'default', cdir: '192.168.122.0/24' } as unknown as ExistingNetworkProps),
        /^test\/kvm1\/Typo: Network\.fromName\(\) has no prop 'cdir' \(got "cdir"\); did you mean 'cidr'\?/);
    });
  });

  describe('props of the wrong type', () => {
    test.each<[string, unknown, string]>([['a symbol', Symbol('n'), 'Symbol\\(n\\)'], ['an object without a prototype', Object.create(null), '\\{\\}'], ['a number', 7, '7']])(
      'a name that is %s is refused before a lab prefixes it', (_label, name, shown) => {
        // GIVEN a network in a lab whose name is not a string / WHEN created / THEN it is refused, not a TypeError of the prefix
        const { stack, host } = withHost();
        const lab = new Lab(host, 'lab', { image: BaseImage.fromCatalog(stack, 'img', 'debian-12'), sshAuthorizedKeys: [SSH_KEY] });
        expectValidationError(() => new Network(lab, 'n', { name: name as string, cidr: '10.50.0.0/24' }),
          new RegExp(`^test/kvm1/lab/n: name must be a string \\(got ${shown}\\); give the network's libvirt name, such as 'lan'$`));
        expectValidationError(() => Network.fromName(lab, 'e', { name: name as string }),
          new RegExp(`^test/kvm1/lab/e: name must be a string \\(got ${shown}\\); give the network's libvirt name, such as 'lan'$`));
      });

    test.each<[string, unknown, string]>([
      ['a function', () => true, '"\\(\\) => true"'],
      ['a BigInt', BigInt(1), '"1"'],
      ['an empty string', '', '""'],
      ['1', 1, '1'],
    ])('autostart, dhcp and allocateAddresses that are %s are refused', (_label, value, shown) => {
      // GIVEN a flag that is not a boolean / WHEN a network is created / THEN it is refused, never read as truthy nor synthesized
      for (const prop of ['autostart', 'dhcp', 'allocateAddresses']) {
        expectValidationError(() => create({ cidr: '10.50.0.0/24', [prop]: value }),
          new RegExp(`^test/kvm1/net: ${prop} must be true or false \\(got ${shown}\\); set ${prop} to true or false \\(a boolean, not a string or number\\)$`));
      }
      const { host } = withHost();
      expectValidationError(() => Network.fromName(host, 'e', { name: 'default', allocateAddresses: value as boolean }),
        new RegExp(`^test/kvm1/e: allocateAddresses must be true or false \\(got ${shown}\\)`));
    });

    test('autostart may be a token; dhcp and allocateAddresses, which decide the plan, may not', () => {
      // GIVEN flags only known at apply
      const flag = Token.asAny(Fn.tobool('true')) as unknown as boolean;
      // WHEN a network takes them / THEN autostart is synthesized as given, and the others are refused with the fix
      const { stack, host } = withHost();
      new Network(host, 'net', { cidr: '10.50.0.0/24', autostart: flag });
      expect(networks(stack).net.autostart).toBe('${tobool("true")}');
      for (const prop of ['dhcp', 'allocateAddresses']) {
        expectValidationError(() => create({ cidr: '10.50.0.0/24', [prop]: flag }),
          new RegExp(`^test/kvm1/net: ${prop} must be known when the stack is synthesized \\(got "a token"\\); set ${prop} to true or false: it decides what the stack is made of`));
      }
    });

    test.each<[string, Partial<Record<keyof NetworkProps, unknown>>, RegExp]>([
      ['a cidr that is a number token', { cidr: Token.asNumber(Fn.parseint('24', 10)) },
        /^test\/kvm1\/net: cidr must be a string \(got -[0-9.e+]+\); give the subnet in CIDR form, such as '10\.77\.0\.0\/24'$/],
      ['a gateway that is a number', { cidr: '10.50.0.0/24', gateway: 167903233 },
        /^test\/kvm1\/net: gateway must be a string \(got 167903233\); give an IPv4 address of the subnet, such as '10\.77\.0\.1'$/],
      ['a domain that is a number', { cidr: '10.50.0.0/24', domain: 5 }, /^test\/kvm1\/net: domain must be a string \(got 5\); give a DNS domain, such as 'lab\.test'$/],
    ])('%s is refused', (_label, props, message) => {
      // GIVEN a string prop of another type / WHEN a network is created / THEN it is refused with an example
      expectValidationError(() => create(props as NetworkProps), message);
    });
  });

  describe('public ranges', () => {
    test('a NAT network on a public range synthesizes with a warning that names the lost range', () => {
      // GIVEN a NAT network on 8.8.8.0/24
      const network = create({ cidr: '8.8.8.0/24' });
      // THEN it warns that the host and its guests lose that part of the internet
      expect(warningsOf(network)).toEqual([
        "the nat network's subnet 8.8.8.0/24 is not a private range: the host routes it to this network, so neither the host nor its guests "
        + 'can reach the hosts of the internet in 8.8.8.0/24; use a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)',
      ]);
    });

    test.each(['10.77.0.0/24', '172.20.0.0/24', '192.168.50.0/24', '100.64.1.0/24', '198.18.0.0/24', '192.0.2.0/24'])('a NAT network on %s has no warning', (cidr) => {
      expect(warningsOf(create({ cidr }))).toEqual([]);
    });

    test('an isolated network on a public range warns too; a routed one may take public addresses on purpose', () => {
      expect(warningsOf(create({ cidr: '9.9.9.0/24', mode: NetworkMode.isolated() }))).toEqual([expect.stringMatching(/^the isolated network's subnet 9\.9\.9\.0\/24 is not a private range/)]);
      expect(warningsOf(create({ cidr: '9.9.9.0/24', mode: NetworkMode.routed() }))).toEqual([]);
    });
  });

  describe("a lab's address space", () => {
    function labWithSpace() {
      const { stack, host } = withHost();
      return { stack, lab: new Lab(host, 'lab', { addressSpace: '10.80.0.0/16' }) };
    }

    test('a network of the lab outside its addressSpace is rejected', () => {
      // GIVEN a lab on 10.80.0.0/16 / WHEN a network in it takes 10.99.0.0/24 / THEN it is refused, pointing at lab.subnet
      const { lab } = labWithSpace();
      expectValidationError(() => new Network(lab, 'net', { cidr: '10.99.0.0/24' }),
        /^test\/kvm1\/lab\/net: subnet 10\.99\.0\.0\/24 lies outside the addressSpace 10\.80\.0\.0\/16 of lab test\/kvm1\/lab \(got "10\.99\.0\.0\/24"\); take it from the lab with lab\.subnet\(index\), or give a cidr inside 10\.80\.0\.0\/16$/);
      // AND one that reaches out of it as well
      expectValidationError(() => new Network(lab, 'wide', { cidr: '10.80.0.0/15' }), /^test\/kvm1\/lab\/wide: subnet 10\.80\.0\.0\/15 lies outside the addressSpace/);
    });

    test('a network inside the addressSpace, or a bridge describing its LAN, is fine', () => {
      const { lab } = labWithSpace();
      expect(new Network(lab, 'a', { cidr: lab.subnet(0) }).cidr).toBe('10.80.0.0/24');
      expect(new Network(lab, 'b', { cidr: '10.80.200.0/24', mode: NetworkMode.isolated() }).cidr).toBe('10.80.200.0/24');
      expect(new Network(lab, 'lan', { cidr: '192.168.1.0/24', mode: NetworkMode.bridge('br0') }).cidr).toBe('192.168.1.0/24');
    });

    test('a lab without an addressSpace leaves the subnets to its networks', () => {
      const { host } = withHost();
      expect(new Network(new Lab(host, 'lab'), 'net', { cidr: '10.99.0.0/24' }).cidr).toBe('10.99.0.0/24');
    });
  });
});
