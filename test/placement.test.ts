import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { BaseImage, Host, HostCapacity, HostConnection, IBaseImage, ILabTemplate, Lab, Network, Placement, StampedLabs, StampedLabsProps, StoragePool, VirtualMachine } from '../lib';
import { SSH_KEY, synthJson } from './support/lab';
import { expectValidationError } from './validation-error';

/** One network and `machines` machines of 1 vCPU and 1 GiB per copy. */
function template(machines = 2): ILabTemplate {
  return {
    define: (lab: Lab) => {
      const net = new Network(lab, 'lan', { cidr: lab.subnet(0, 27) });
      for (let i = 0; i < machines; i++) new VirtualMachine(lab, `vm${i}`, { nics: [{ network: net }] });
    },
  };
}

interface Fixture {
  readonly stack: TerraformStack;
  readonly image: IBaseImage;
  readonly hosts: Host[];
}

/** A stack with `capacities.length` hosts, kvm1 local and the others over SSH. */
function fixture(...capacities: Array<HostCapacity | undefined>): Fixture {
  const stack = new TerraformStack(Testing.app(), 'test');
  const hosts = capacities.map((capacity, i) => new Host(stack, `kvm${i + 1}`, {
    capacity, connection: i === 0 ? HostConnection.local() : HostConnection.ssh({ host: `kvm${i + 1}.lab` }),
  }));
  return { stack, image: BaseImage.fromCatalog(stack, 'debian', 'debian-12'), hosts };
}

function classroom(f: Fixture, props: Partial<StampedLabsProps>): StampedLabs {
  return new StampedLabs(f.stack, 'class', { image: f.image, sshAuthorizedKeys: [SSH_KEY], copies: 5, addressSpace: '10.100.0.0/16', template: template(), ...props });
}

/** The host of each copy, by the provider of its domains. */
function hostsOfCopies(labs: StampedLabs): string[] {
  return labs.copies.map((lab) => lab.host!.hostName);
}

describe('Placement of stamped labs', () => {
  test('spread: copies go round the hosts in order, each with its networks and machines on its host', () => {
    // GIVEN two hosts / WHEN five copies are spread over them
    const f = fixture(undefined, undefined);
    const labs = classroom(f, { placement: Placement.spread(f.hosts) });
    // THEN copies 1, 3, 5 are on kvm1 and 2, 4 on kvm2
    expect(hostsOfCopies(labs)).toEqual(['kvm1', 'kvm2', 'kvm1', 'kvm2', 'kvm1']);
    // AND everything of copy 2 uses kvm2's provider, its machines' volumes the default pool there
    const json = synthJson(f.stack);
    const copy2Domains = Object.values(json.resource.libvirt_domain as Record<string, any>).filter((d) => d.name.startsWith('class-02-'));
    expect(copy2Domains).toHaveLength(2);
    for (const d of copy2Domains) expect(d.provider).toBe('libvirt.kvm2');
    const copy2Net = Object.values(json.resource.libvirt_network as Record<string, any>).find((n) => n.name === 'class-02-lan');
    expect(copy2Net.provider).toBe('libvirt.kvm2');
    const copy1Net = Object.values(json.resource.libvirt_network as Record<string, any>).find((n) => n.name === 'class-01-lan');
    expect(copy1Net.provider).toBe('libvirt'); // the first host is the default provider configuration
  });

  test('spread is stable: adding copies never moves one', () => {
    const place = (copies: number) => {
      const f = fixture(undefined, undefined, undefined);
      return hostsOfCopies(classroom(f, { copies, placement: Placement.spread(f.hosts) }));
    };
    expect(place(9).slice(0, 4)).toEqual(place(4));
  });

  test('with the address lock, a host that joins the placement takes the new copies and moves none that runs', () => {
    // GIVEN a lab of four copies spread over kvm1 and kvm2, synthesized with a lock file
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'placement-lock-'));
    const lockFile = path.join(dir, 'cdktf-libvirt.lock.json');
    const place = (hostCount: number, copies: number) => {
      const app = new App({ outdir: path.join(dir, 'cdktf.out'), context: { 'cdktf-libvirt:lockFile': lockFile } });
      const stack = new TerraformStack(app, 'test');
      const hosts = Array.from({ length: hostCount }, (_, i) => new Host(stack, `kvm${i + 1}`, { connection: i === 0 ? HostConnection.local() : HostConnection.ssh({ host: `kvm${i + 1}.lab` }) }));
      const f: Fixture = { stack, image: BaseImage.fromCatalog(stack, 'debian', 'debian-12'), hosts };
      const labs = classroom(f, { copies, placement: Placement.spread(hosts) });
      app.synth();
      return hostsOfCopies(labs);
    };
    try {
      expect(place(2, 4)).toEqual(['kvm1', 'kvm2', 'kvm1', 'kvm2']);
      // THEN the lock records each copy's host
      expect(JSON.parse(fs.readFileSync(lockFile, 'utf8')).stacks.test['placement:test/class']).toEqual({ '01': 'kvm1', '02': 'kvm2', '03': 'kvm1', '04': 'kvm2' });
      // WHEN kvm3 joins and two copies are added / THEN they go to the host with the fewest copies, and the four stay
      expect(place(3, 6)).toEqual(['kvm1', 'kvm2', 'kvm1', 'kvm2', 'kvm3', 'kvm3']);
      // AND without a lock the same change would have moved copies 3 and 4 (plain round-robin)
      const f = fixture(undefined, undefined, undefined);
      expect(hostsOfCopies(classroom(f, { copies: 6, placement: Placement.spread(f.hosts) }))).toEqual(['kvm1', 'kvm2', 'kvm3', 'kvm1', 'kvm2', 'kvm3']);
      // WHEN kvm2 leaves the placement / THEN only its copies move
      expect(place(1, 4)).toEqual(['kvm1', 'kvm1', 'kvm1', 'kvm1']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('pack: fills each host to its capacity before the next, taking a copy to need what the first took', () => {
    // GIVEN kvm1 with room for 4 machines (4 GiB) and kvm2 with room for 10 / WHEN five copies of two machines are packed
    const f = fixture({ memoryMiB: 4096 }, { memoryMiB: 10240 });
    const labs = classroom(f, { placement: Placement.pack(f.hosts) });
    // THEN two copies fill kvm1 and the other three go on kvm2
    expect(hostsOfCopies(labs)).toEqual(['kvm1', 'kvm1', 'kvm2', 'kvm2', 'kvm2']);
  });

  test('pack is stable: adding copies never moves one', () => {
    const place = (copies: number) => {
      const f = fixture({ vcpus: 6 }, { vcpus: 6 }, { vcpus: 6 });
      return hostsOfCopies(classroom(f, { copies, placement: Placement.pack(f.hosts) }));
    };
    const before = place(4);
    const after = place(8);
    expect(before).toEqual(['kvm1', 'kvm1', 'kvm1', 'kvm2']);
    expect(after).toEqual(['kvm1', 'kvm1', 'kvm1', 'kvm2', 'kvm2', 'kvm2', 'kvm3', 'kvm3']);
  });

  test('pack with no room left is refused by the capacity check of the last host, naming it', () => {
    const f = fixture({ vcpus: 2 }, { vcpus: 2 });
    expectValidationError(() => classroom(f, { copies: 3, placement: Placement.pack(f.hosts) }),
      /^test\/class\/03\/vm0: host kvm2 has no room for this machine: with it, the 3 machine\(s\) placed on kvm2 take 3 of vCPUs, and kvm2 holds 2/);
  });

  test('spread over hosts too small is refused by the capacity check, naming the host and the copy', () => {
    const f = fixture({ vcpus: 4 }, { vcpus: 2 });
    expectValidationError(() => classroom(f, { copies: 4, placement: Placement.spread(f.hosts) }),
      /^test\/class\/04\/vm0: host kvm2 has no room for this machine: .*placed on it: test\/class\/02\/vm0 \(1\), test\/class\/02\/vm1 \(1\), test\/class\/04\/vm0 \(1\)/);
  });

  describe('bad placements are refused by the StampedLabs', () => {
    test.each<[string, (f: Fixture) => Partial<StampedLabsProps>, RegExp]>([
      ['a placement that is not a Placement', (f) => ({ placement: { kind: 'spread', hosts: f.hosts } as never }),
        /^test\/class: placement is not a Placement .*; use Placement\.spread\(\[kvm1, kvm2\]\) or Placement\.pack\(\[kvm1, kvm2\]\)$/],
      ['no hosts', () => ({ placement: Placement.spread([]) }), /^test\/class: Placement\.spread\(\) has no hosts \(got \[\]\)/],
      ['hosts not an array', (f) => ({ placement: Placement.spread(f.hosts[0] as never) }), /^test\/class: Placement\.spread\(\) hosts must be an array/],
      ['a host name instead of a host', () => ({ placement: Placement.spread(['kvm1'] as never) }), /^test\/class: Placement\.spread\(\) hosts\[0\]/],
      ['a host twice', (f) => ({ placement: Placement.spread([f.hosts[0], f.hosts[1], f.hosts[0]]) }), /^test\/class: Placement\.spread\(\) lists host kvm1 twice/],
      ['host and placement', (f) => ({ host: f.hosts[0], placement: Placement.spread(f.hosts) }), /^test\/class: host and placement are both given \(got "kvm1"\); give the hosts in the placement only$/],
      ['pack over a host without capacity', (f) => ({ placement: Placement.pack(f.hosts) }),
        /^test\/class: Placement\.pack\(\) fills hosts by their capacity, and host kvm1 declares none \(got "kvm1"\); declare kvm1's capacity/],
    ])('%s', (_name, props, message) => {
      const f = fixture(undefined, undefined);
      expectValidationError(() => classroom(f, props(f)), message);
    });

    test('a pool shared by copies on several hosts', () => {
      const f = fixture(undefined, undefined);
      const pool = new StoragePool(f.hosts[0], 'pool', { name: 'class', path: '/var/lib/libvirt/pools/class' });
      expectValidationError(() => classroom(f, { pool, placement: Placement.spread(f.hosts) }),
        /^test\/class: pool cannot be shared by copies placed on several hosts: a pool is on one host \(got "test\/kvm1\/pool"\)/);
    });
  });
});
