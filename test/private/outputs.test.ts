import { Construct } from 'constructs';
import { Testing } from 'cdktf';
import { BaseImage, Host, HostConnection, Lab, LibvirtValidationError, Network, VirtualMachine } from '../../lib';
import { claimedOutput, outputName } from '../../lib/private/outputs';
import { newStack, SSH_KEY } from '../support/lab';

describe('outputName', () => {
  test.each([
    ['netlab-web', 'netlab_web'],
    ['k3s.lab', 'k3s_lab'],
    ['1st-vm', '_1st_vm'],
  ])('%s gives %s: a Terraform identifier', (name, out) => {
    expect(outputName(name)).toBe(out);
  });
});

describe('claimed outputs', () => {
  test('two labs with one prefix on two hosts are refused at the second, naming both, instead of sharing one output', () => {
    // GIVEN two hosts, and a lab with prefix demo on the first
    const stack = newStack();
    const kvm1 = new Host(stack, 'kvm1');
    const kvm2 = new Host(stack, 'kvm2', { connection: HostConnection.ssh({ host: 'kvm2' }) });
    new Lab(kvm1, 'a', { prefix: 'demo' });
    // WHEN a lab with the same prefix is made on the second / THEN the output name is the clash
    let error: unknown;
    try {
      new Lab(kvm2, 'b', { prefix: 'demo' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LibvirtValidationError);
    expect((error as Error).message).toBe("test/kvm2/b: the Terraform output demo_addresses is already used by test/kvm1/a (got \"demo_addresses\"); give one of the two constructs another name: outputs are named after the lab's prefix, and one stack has one output of each name");
  });

  test("a machine's outputs are named after its libvirt name, not its construct path", () => {
    const stack = newStack();
    const host = new Host(stack, 'kvm1');
    const lab = new Lab(host, 'net-lab', { prefix: 'netlab' });
    const net = new Network(lab, 'lan', { cidr: '10.77.0.0/24' });
    new VirtualMachine(lab, 'Web', { image: BaseImage.fromCatalog(stack, 'debian', 'debian-12'), nics: [{ network: net }, { network: net, dhcp: true }], sshAuthorizedKeys: [SSH_KEY] });
    const outputs = Object.keys(JSON.parse(Testing.synth(stack)).output).sort();
    expect(outputs).toEqual(['netlab_addresses', 'netlab_web_addresses', 'netlab_web_dhcp_addresses']);
  });

  test('the Terraform name of an output is its claimed name', () => {
    const stack = newStack();
    claimedOutput(stack, 'X', 'a-b', 'the name', { value: 1 });
    expect(JSON.parse(Testing.synth(stack)).output).toEqual({ a_b: { value: 1 } });
    expect(() => claimedOutput(new Construct(stack, 'other'), 'Y', 'a.b', 'the name', { value: 2 })).toThrow(/^test\/other: the Terraform output a_b is already used by test /);
  });
});
