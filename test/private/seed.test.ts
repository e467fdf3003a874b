/** The seed's network-config and meta-data, from planned NICs and routes. */
import { parse } from 'yaml';
import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { renderMetaData, renderNetworkConfig, SeedNic } from '../../lib/private/seed';

const NAT: Omit<SeedNic, 'interfaceName' | 'mac'> = { prefixLength: 24, gateway: '10.1.0.1', isolated: false, nameservers: ['10.1.0.1'], domain: 'lab.test' };

describe('renderNetworkConfig', () => {
  test('a static NIC gets its address, the default route through its gateway, DNS, and its routes', () => {
    const doc = parse(renderNetworkConfig([{ interfaceName: 'nic0', mac: '52:54:00:00:00:01', address: '10.1.0.5', ...NAT }],
      { routes: new Map([[0, [{ to: '10.2.0.0/24', via: '10.1.0.9' }]]]) }));
    expect(doc).toEqual({
      version: 2,
      ethernets: {
        nic0: {
          match: { macaddress: '52:54:00:00:00:01' },
          'set-name': 'nic0',
          addresses: ['10.1.0.5/24'],
          routes: [{ to: '0.0.0.0/0', via: '10.1.0.1' }, { to: '10.2.0.0/24', via: '10.1.0.9' }],
          nameservers: { addresses: ['10.1.0.1'], search: ['lab.test'] },
        },
      },
    });
  });

  test('only the first DHCP NIC may install a default route', () => {
    const doc = parse(renderNetworkConfig([
      { interfaceName: 'nic0', mac: '52:54:00:00:00:01', ...NAT },
      { interfaceName: 'nic1', mac: '52:54:00:00:00:02', ...NAT },
    ], { routes: new Map() }));
    expect(doc.ethernets.nic0).toEqual({ match: { macaddress: '52:54:00:00:00:01' }, 'set-name': 'nic0', dhcp4: true });
    expect(doc.ethernets.nic1['dhcp4-overrides']).toEqual({ 'use-routes': false, 'use-dns': false });
  });

  test('a machine on isolated networks only takes its default route through a router', () => {
    const isolated = { prefixLength: 24, gateway: '10.1.0.1', isolated: true, nameservers: [] };
    const doc = parse(renderNetworkConfig([{ interfaceName: 'nic0', mac: '52:54:00:00:00:01', address: '10.1.0.5', ...isolated }],
      { routes: new Map(), defaultVia: { nic: 0, via: '10.1.0.254' } }));
    expect(doc.ethernets.nic0.routes).toEqual([{ to: '0.0.0.0/0', via: '10.1.0.254' }]);
    expect(doc.ethernets.nic0.nameservers).toBeUndefined();
  });
});

describe('renderMetaData', () => {
  const stack = () => new TerraformStack(Testing.app(), 'test');

  test('the instance-id is the name and a hash of the content: another content, another id', () => {
    const s = stack();
    const one = parse(renderMetaData(s, 'lab-web', 'web', '#cloud-config\n', 'version: 2\n'));
    expect(one).toEqual({ 'instance-id': expect.stringMatching(/^lab-web-[0-9a-f]{12}$/), 'local-hostname': 'web' });
    expect(renderMetaData(s, 'lab-web', 'web', '#cloud-config\n', 'version: 2\n')).toBe(renderMetaData(s, 'lab-web', 'web', '#cloud-config\n', 'version: 2\n'));
    expect(parse(renderMetaData(s, 'lab-web', 'web', '#cloud-config\nx: 1\n', 'version: 2\n'))['instance-id']).not.toBe(one['instance-id']);
  });

  test('a reference is hashed as its expression, the same in every program', () => {
    const idOf = (name: string) => {
      const s = stack();
      const v = new TerraformVariable(s, name, { type: 'string' });
      return renderMetaData(s, 'web', 'web', `key: ${v.stringValue}\n`, '');
    };
    expect(idOf('key')).toBe(idOf('key'));
    expect(idOf('key')).not.toBe(idOf('other'));
    expect(idOf('key')).not.toContain('TOKEN');
  });
});
