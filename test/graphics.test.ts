import { Testing } from 'cdktf';
import { Graphics, VirtualMachine } from '../lib';
import { Domain } from '../lib/generated/providers/libvirt/domain';
import { checkSchemaConformance } from '../lib/schema-check';
import { domainNamed, newLab } from './support/lab';

function domainWith(graphics?: Graphics): { synth: string; json: any; devices: any } {
  const lab = newLab();
  new VirtualMachine(lab.host, 'web', { image: lab.image, nics: [{ network: lab.net }], graphics });
  const synth = Testing.synth(lab.stack);
  const json = JSON.parse(synth);
  return { synth, json, devices: domainNamed(json, 'web').devices };
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

  test('the VNC devices match the snapshot', () => {
    const { devices } = domainWith(Graphics.vnc());
    expect({ graphics: devices.graphics, videos: devices.videos }).toMatchSnapshot();
  });
});
