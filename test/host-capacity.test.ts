import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { BaseImage, Host, HostCapacity, HostConnection, IBaseImage, LabArtifacts, Network, Router, VirtualMachine, VirtualMachineProps } from '../lib';
import { SSH_KEY } from './support/lab';
import { expectValidationError } from './validation-error';

interface Setup {
  readonly stack: TerraformStack;
  readonly host: Host;
  readonly image: IBaseImage;
  readonly net: Network;
}

/** A stack with host kvm1 of `capacity`, the Debian image and a NAT network. */
function setup(capacity?: HostCapacity): Setup {
  const stack = new TerraformStack(Testing.app(), 'test');
  const host = new Host(stack, 'kvm1', { capacity });
  const image = BaseImage.fromCatalog(stack, 'debian', 'debian-12');
  const net = new Network(host, 'lan', { cidr: '10.77.0.0/24' });
  return { stack, host, image, net };
}

function machine(s: Setup, id: string, props: Partial<VirtualMachineProps> = {}): VirtualMachine {
  return new VirtualMachine(props.host ?? s.host, id, { image: s.image, nics: [{ network: s.net }], sshAuthorizedKeys: [SSH_KEY], ...props });
}

describe('HostCapacity', () => {
  test('the topology says what each host holds, overcommit included, and what is placed on it', () => {
    // GIVEN a host of 4 vCPUs (4:1) and 8 GiB, with two machines, and a host without a capacity
    const s = setup({ vcpus: 4, cpuOvercommit: 4, memoryMiB: 8192 });
    machine(s, 'a', { vcpus: 2, memoryMiB: 2048, rootDiskGiB: 20 });
    machine(s, 'b', { vcpus: 1, memoryMiB: 1024, rootDiskGiB: 10 });
    new Host(s.stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    // WHEN the topology is read
    const hosts = LabArtifacts.of(s.stack).topology().hosts;
    // THEN kvm1 has its limits and its use (disk counted, though not declared), kvm2 nothing
    expect(hosts.find((h) => h.name === 'kvm1')!.capacity).toEqual({ limit: { vcpus: 16, memoryMiB: 8192 }, used: { vcpus: 3, memoryMiB: 3072, diskGiB: 30 }, machines: 2 });
    expect(hosts.find((h) => h.name === 'kvm2')!.capacity).toBeUndefined();
  });

  test('a host without a capacity takes any number of machines of any size', () => {
    const s = setup();
    for (let i = 0; i < 20; i++) machine(s, `vm${i}`, { vcpus: 64, memoryMiB: 262144, rootDiskGiB: 2000 });
    expect(s.host.capacity).toBeUndefined();
  });

  test('memory: machines fit up to the capacity; the one beyond is refused, naming the host, its machines and by how much', () => {
    // GIVEN a host with 4 GiB for guests
    const s = setup({ memoryMiB: 4096 });
    // WHEN two machines of 2 GiB are placed / THEN they fit exactly
    machine(s, 'a', { memoryMiB: 2048 });
    machine(s, 'b', { memoryMiB: 2048 });
    // AND a third of 512 MiB is refused
    expectValidationError(() => machine(s, 'c', { memoryMiB: 512 }), new RegExp(
      '^test/kvm1/c: host kvm1 has no room for this machine: with it, the 3 machine\\(s\\) placed on kvm1 take 4608 MiB of memory, and kvm1 holds '
      + '4096 MiB \\(capacity\\.memoryMiB 4096 × memoryOvercommit 1\\), 512 MiB over; placed on it: test/kvm1/a \\(2048 MiB\\), test/kvm1/b \\(2048 MiB\\), '
      + 'test/kvm1/c \\(512 MiB\\) \\(got 512\\); give the machines less memoryMiB, place some of them on another Host, or raise kvm1\'s '
      + 'capacity\\.memoryMiB \\(or memoryOvercommit\\) if it has the room$'));
  });

  test('vCPUs: the overcommit ratio multiplies the host\'s threads', () => {
    // GIVEN 2 threads overcommitted 2.5 times: 5 vCPUs
    const s = setup({ vcpus: 2, cpuOvercommit: 2.5 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) machine(s, id);
    expectValidationError(() => machine(s, 'f'), /^test\/kvm1\/f: host kvm1 has no room for this machine: with it, the 6 machine\(s\) placed on kvm1 take 6 of vCPUs, and kvm1 holds 5 \(capacity\.vcpus 2 × cpuOvercommit 2\.5\), 1 over; .*give the machines fewer vcpus/);
  });

  test('disk: the root disk and the data disks count at their full size', () => {
    // GIVEN 100 GiB of disk
    const s = setup({ diskGiB: 100 });
    // WHEN a machine of 10 + 40 + 45 GiB is placed / THEN it fits; one more 10 GiB root disk does not (105 GiB)
    machine(s, 'db', { dataDisks: [{ sizeGiB: 40 }, { sizeGiB: 45 }] });
    expectValidationError(() => machine(s, 'web'), /^test\/kvm1\/web: host kvm1 has no room for this machine: .* take 105 GiB of disk, and kvm1 holds 100 GiB \(capacity\.diskGiB 100 × diskOvercommit 1\), 5 GiB over; placed on it: test\/kvm1\/db \(95 GiB\), test\/kvm1\/web \(10 GiB\) \(got 10\)/);
  });

  test('a ratio below 1 keeps a share back for the host', () => {
    const s = setup({ memoryMiB: 4096, memoryOvercommit: 0.5 });
    machine(s, 'a', { memoryMiB: 2048 });
    expectValidationError(() => machine(s, 'b', { memoryMiB: 128 }), /holds 2048 MiB \(capacity\.memoryMiB 4096 × memoryOvercommit 0\.5\), 128 MiB over/);
  });

  test('each host counts its own machines; a resource left out of the capacity is not checked', () => {
    // GIVEN kvm1 with 2 vCPUs and kvm2 with 1, neither with a memory capacity
    const s = setup({ vcpus: 2 });
    const kvm2 = new Host(s.stack, 'kvm2', { capacity: { vcpus: 1 }, connection: HostConnection.ssh({ host: 'kvm2.lab' }) });
    const net2 = new Network(kvm2, 'lan', { cidr: '10.78.0.0/24' });
    // WHEN two machines go to kvm1 and one to kvm2, each with a lot of memory / THEN all fit
    machine(s, 'a', { memoryMiB: 1048576 });
    machine(s, 'b', { memoryMiB: 1048576 });
    machine(s, 'c', { host: kvm2, nics: [{ network: net2 }] });
    // AND kvm2's second machine is refused, counting kvm2's machine only
    expectValidationError(() => machine(s, 'd', { host: kvm2, nics: [{ network: net2 }] }),
      /^test\/kvm2\/d: host kvm2 has no room for this machine: with it, the 2 machine\(s\) placed on kvm2 take 2 of vCPUs, .*placed on it: test\/kvm2\/c \(1\), test\/kvm2\/d \(1\)/);
  });

  test('routers count like any machine', () => {
    const s = setup({ vcpus: 1 });
    const b = new Network(s.host, 'b', { cidr: '10.79.0.0/24' });
    machine(s, 'a');
    expectValidationError(() => new Router(s.host, 'r1', { image: s.image, sshAuthorizedKeys: [SSH_KEY], uplink: s.net, networks: [b] }),
      /^test\/kvm1\/r1: host kvm1 has no room for this machine/);
  });

  test('a host with many machines lists the last 8 and counts the rest', () => {
    const s = setup({ vcpus: 10 });
    for (let i = 0; i < 10; i++) machine(s, `vm${i}`);
    const e = expectValidationError(() => machine(s, 'vm10'), /placed on it: 3 more and test\/kvm1\/vm3 \(1\), .*, test\/kvm1\/vm10 \(1\) \(got 1\)/);
    expect(e.message).not.toContain('vm2 (1)');
  });

  test('what is known only at apply is not counted', () => {
    const s = setup({ vcpus: 1 });
    const vcpus = new TerraformVariable(s.stack, 'vcpus', { type: 'number' }).numberValue;
    machine(s, 'a', { vcpus });
    machine(s, 'b', { vcpus });
    machine(s, 'c');
    expectValidationError(() => machine(s, 'd'), /take 2 of vCPUs/);
  });

  test('the capacity is copied: a change to the given object afterwards changes nothing', () => {
    const capacity = { memoryMiB: 2048 };
    const s = setup(capacity);
    capacity.memoryMiB = 1_000_000;
    machine(s, 'a', { memoryMiB: 2048 });
    expect(s.host.capacity).toEqual({ memoryMiB: 2048 });
    expectValidationError(() => machine(s, 'b', { memoryMiB: 128 }), /kvm1 holds 2048 MiB/);
  });

  describe('bad capacities are refused by the Host', () => {
    const host = (capacity: unknown) => () => new Host(new TerraformStack(Testing.app(), 'test'), 'kvm1', { capacity: capacity as HostCapacity });

    test.each<[string, unknown, RegExp]>([
      ['an unknown key, with the known one it resembles', { memory: 4096 }, /^test\/kvm1: capacity has no prop 'memory' \(got "memory"\); did you mean 'memoryMiB'\?/],
      ['not an object', 4096, /^test\/kvm1: the props of capacity must be an object \(got 4096\)/],
      ['vcpus of 0', { vcpus: 0 }, /^test\/kvm1: capacity\.vcpus must be a whole number of at least 1, known at synth \(got 0\); give what the host has, such as vcpus: 16$/],
      ['fractional vcpus', { vcpus: 1.5 }, /capacity\.vcpus must be a whole number/],
      ['memory as a string', { memoryMiB: '64G' }, /^test\/kvm1: capacity\.memoryMiB must be a whole number of at least 128, known at synth \(got "64G"\)/],
      ['less memory than one machine needs', { memoryMiB: 64 }, /capacity\.memoryMiB must be a whole number of at least 128/],
      ['NaN disk', { diskGiB: NaN }, /^test\/kvm1: capacity\.diskGiB must be a whole number of at least 1, known at synth \(got NaN\)/],
      ['an overcommit of 0', { cpuOvercommit: 0 }, /^test\/kvm1: capacity\.cpuOvercommit must be a number above 0 and at most 100 \(got 0\); give a ratio such as cpuOvercommit: 4/],
      ['an infinite overcommit', { memoryOvercommit: Infinity }, /capacity\.memoryOvercommit must be a number above 0 and at most 100 \(got Infinity\)/],
      ['an overcommit as a string', { diskOvercommit: '2' }, /capacity\.diskOvercommit must be a number above 0 and at most 100 \(got "2"\)/],
    ])('%s', (_name, capacity, message) => {
      expectValidationError(host(capacity), message);
    });

    test('a token is refused: the check needs the number at synth', () => {
      const stack = new TerraformStack(Testing.app(), 'test');
      const vcpus = new TerraformVariable(stack, 'threads', { type: 'number' }).numberValue;
      expectValidationError(() => new Host(stack, 'kvm1', { capacity: { vcpus } }), /^test\/kvm1: capacity\.vcpus must be a whole number of at least 1, known at synth/);
    });
  });
});
