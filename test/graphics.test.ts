import { Lazy, Testing } from 'cdktf';
import { Graphics, VirtualMachine } from '../lib';
import { Domain } from '../lib/generated/providers/libvirt/domain';
import { checkSchemaConformance } from '../lib/schema-check';
import { warningsOf } from './support/k3s';
import { domainNamed, expectRejected, newLab } from './support/lab';

function domainWith(graphics?: Graphics): { synth: string; json: any; devices: any; machine: VirtualMachine } {
  const lab = newLab();
  const machine = new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], graphics });
  const synth = Testing.synth(lab.stack);
  const json = JSON.parse(synth);
  return { synth, json, devices: domainNamed(json, 'web').devices, machine };
}

describe('Graphics', () => {
  test('the factories say what they are', () => {
    expect(Graphics.none()).toMatchObject({ vncEnabled: false, listen: undefined });
    expect(Graphics.vnc()).toMatchObject({ vncEnabled: true, listen: '127.0.0.1' });
    expect(Graphics.vnc({ listen: '0.0.0.0' })).toMatchObject({ vncEnabled: true, listen: '0.0.0.0' });
  });

  test('none (the default) has no graphics and no video, only the serial console', () => {
    for (const graphics of [undefined, Graphics.none()]) {
      const { devices } = domainWith(graphics);
      expect(devices).not.toHaveProperty('graphics');
      expect(devices).not.toHaveProperty('videos');
      expect(devices.serials).toEqual([{ target: { port: 0 } }]);
    }
  });

  test('vnc listens on loopback with an automatic port, with a virtio video card', () => {
    // GIVEN a VNC console with defaults
    const { synth, devices, json } = domainWith(Graphics.vnc());
    // THEN the display is on 127.0.0.1 and has a video device to show
    expect(synth).toHaveResourceWithProperties(Domain, {
      devices: expect.objectContaining({
        graphics: [{ vnc: { auto_port: true, listen: '127.0.0.1' } }],
        videos: [{ model: { type: 'virtio', heads: 1 } }],
      }),
    });
    // AND the serial console is still there
    expect(devices.serials).toEqual([{ target: { port: 0 } }]);
    expect(checkSchemaConformance(json)).toEqual([]);
  });

  test('vnc can listen on another address', () => {
    const { devices } = domainWith(Graphics.vnc({ listen: '10.77.0.1' }));
    expect(devices.graphics).toEqual([{ vnc: { auto_port: true, listen: '10.77.0.1' } }]);
  });

  test.each(['0.0.0.0', '::', '10.77.0.1'])('vnc listening on %s beyond loopback warns at synth that the console is open without a password', (listen) => {
    // GIVEN a VNC console off loopback
    const { machine, devices } = domainWith(Graphics.vnc({ listen }));
    // THEN the machine is built as asked, with a warning that says what is exposed and what to do instead
    expect(devices.graphics).toEqual([{ vnc: { auto_port: true, listen } }]);
    expect(warningsOf(machine)).toEqual([
      `VNC listens on ${listen}: the console takes no password and is open to every network that reaches the KVM host on that address; `
      + 'keep the default 127.0.0.1 and tunnel to it over SSH (ssh -L 5900:127.0.0.1:5900 <host>)',
    ]);
  });

  test.each([undefined, '127.0.0.1', '127.0.1.1', '::1', 'localhost'])('vnc on loopback (%s) and no console give no warning', (listen) => {
    // GIVEN a console only the KVM host reaches / THEN nothing is warned
    expect(warningsOf(domainWith(Graphics.vnc({ listen })).machine)).toEqual([]);
    expect(warningsOf(domainWith(Graphics.none()).machine)).toEqual([]);
  });

  test('a listen address that is no address, and a graphics that is not a Graphics, are refused', () => {
    // GIVEN a lab / WHEN a machine gets an empty listen address or a plain object / THEN it is refused with the fix
    const lab = newLab();
    const vm = (id: string, graphics: unknown) => new VirtualMachine(lab.host, id, { image: lab.image, nics: [{ network: lab.net }], graphics: graphics as Graphics });
    expectRejected(() => vm('web', Graphics.vnc({ listen: '' })),
      /^test\/kvm1\/web: the VNC listen address is not an address \(got ""\); give an address of the KVM host, such as '127\.0\.0\.1' \(the default\)$/);
    expectRejected(() => vm('db', { vnc: true }),
      /^test\/kvm1\/db: graphics is not a Graphics \(got \{"vnc":true\}\); use Graphics\.none\(\) or Graphics\.vnc\(\{ listen: '127\.0\.0\.1' \}\)$/);
  });

  test('the VNC devices match the snapshot', () => {
    const { devices } = domainWith(Graphics.vnc());
    expect({ graphics: devices.graphics, videos: devices.videos }).toMatchSnapshot();
  });

  test('options that are not options, and a listen address that is a list, are refused by the machine', () => {
    // GIVEN Graphics.vnc() given null, a misspelt option, and the element of a list token as the address
    const lab = newLab();
    const vm = (id: string, graphics: Graphics) => new VirtualMachine(lab.host, id, { image: lab.image, nics: [{ network: lab.net }], graphics });
    // WHEN machines are created with them / THEN each is refused, naming the machine (no TypeError from the factory)
    expectRejected(() => vm('a', Graphics.vnc(null as any)), /^test\/kvm1\/a: the props of Graphics\.vnc\(\) must be an object \(got null\); pass an object of props, or leave them out$/);
    expectRejected(() => vm('b', Graphics.vnc({ listens: '0.0.0.0' } as any)), /^test\/kvm1\/b: Graphics\.vnc\(\) has no prop 'listens' \(got "listens"\); did you mean 'listen'\?/);
    expectRejected(() => vm('c', Graphics.vnc({ listen: Lazy.listValue({ produce: () => ['::1'] })[0] })),
      /^test\/kvm1\/c: the VNC listen address holds a list token where one string is expected \(got "#\{TfToken\[TOKEN\.\d+\]\}"\); give an address of the KVM host/);
    expectRejected(() => vm('d', Graphics.vnc({ listen: Symbol('l') as any })), /^test\/kvm1\/d: the VNC listen address is not an address \(got Symbol\(l\)\)/);
  });
});
