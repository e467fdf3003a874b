/**
 * The /etc/hosts block, read line by line the way the resolver's files backend reads /etc/hosts:
 * `#` starts a comment, fields are separated by blanks, the first field is the address and every
 * other field a name; the first line that has a name answers for it.
 */
import { isIPv4 } from 'net';
import { renderHostsBlock } from '../../lib/artifacts';
import { LibvirtValidationError } from '../../lib/errors';
import { fixture, machine, variant } from './fixture';

/** The block's entries, and what a lookup of each name answers. */
function readHosts(block: string): { entries: { address: string; names: string[] }[]; lookup: Map<string, string> } {
  const entries: { address: string; names: string[] }[] = [];
  const lookup = new Map<string, string>();
  for (const line of block.split('\n')) {
    const fields = line.replace(/#.*/, '').split(/[ \t]+/).filter((f) => f !== '');
    if (fields.length === 0) continue;
    const [address, ...names] = fields;
    entries.push({ address, names });
    for (const name of names) if (!lookup.has(name.toLowerCase())) lookup.set(name.toLowerCase(), address);
  }
  return { entries, lookup };
}

describe('renderHostsBlock', () => {
  test('one line per planned address: address, FQDN in that network\'s domain, then hostname and alias on the first', () => {
    // GIVEN the fixture WHEN rendered
    const block = renderHostsBlock(fixture());
    // THEN it is exactly this, between markers that name the stack
    expect(block).toBe([
      '# BEGIN cdktf-libvirt stack demo',
      '10.81.0.11 k3s-agent-1.k3s-net.test k3s-agent-1',
      '10.81.0.12 k3s-agent-2.k3s-net.test k3s-agent-2',
      '10.81.0.10 k3s-server-1.k3s-net.test k3s-server-1',
      '10.80.1.20 appliance.lab1-lan.test appliance lab1-appliance',
      '10.80.1.2 router.lab1-lan.test router lab1-router',
      '10.80.2.2 router.lab1-dmz.test',
      '10.80.2.10 web-1.lab1-dmz.test web-1 lab1-web-1',
      '# END cdktf-libvirt stack demo',
      '',
    ].join('\n'));
  });

  test('read as /etc/hosts: valid addresses and names, each name once, the router by its first address', () => {
    const { entries, lookup } = readHosts(renderHostsBlock(fixture()));
    expect(entries).toHaveLength(7);
    for (const { address, names } of entries) {
      expect(isIPv4(address)).toBe(true);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/);
    }
    const names = entries.flatMap((e) => e.names);
    expect(new Set(names).size).toBe(names.length);
    expect(lookup.get('router')).toBe('10.80.1.2');
    expect(lookup.get('router.lab1-dmz.test')).toBe('10.80.2.2');
    // no line for DHCP NICs: the DHCP-only machine is not in the block
    expect(names.filter((n) => n.includes('dhcp-client'))).toEqual([]);
  });

  test('a short hostname that two machines share is left out, their FQDNs stay', () => {
    // GIVEN a second machine with hostname web-1 on the LAN
    const t = variant((v) => {
      v.machines.push(machine({ ...v.machines[1], path: 'demo/local/lab/web-1b', name: 'lab1-web-1b', nics: [{ ...v.machines[1].nics[0], network: 'demo/local/lab/lan', address: '10.80.1.30' }] }));
    });
    const { lookup } = readHosts(renderHostsBlock(t));
    expect(lookup.has('web-1')).toBe(false);
    expect(lookup.get('web-1.lab1-dmz.test')).toBe('10.80.2.10');
    expect(lookup.get('web-1.lab1-lan.test')).toBe('10.80.1.30');
    expect(lookup.get('lab1-web-1b')).toBe('10.80.1.30');
  });

  test('a network without a domain gives its addresses no FQDN; a later address with no name has no line', () => {
    const t = variant((v) => {
      v.networks.find((n) => n.name === 'lab1-dmz')!.domain = undefined;
    });
    const block = renderHostsBlock(t);
    expect(block).toContain('\n10.80.2.10 web-1 lab1-web-1\n');
    expect(block).not.toContain('10.80.2.2');
  });

  test('a stack id with blanks, quotes, # and % stays on its marker lines', () => {
    const t = variant((v) => {
      v.stack = 'it\'s "my" lab #1 100%';
    });
    const lines = renderHostsBlock(t).split('\n');
    expect(lines[0]).toBe('# BEGIN cdktf-libvirt stack it\'s "my" lab #1 100%');
    expect(lines[lines.length - 2]).toBe('# END cdktf-libvirt stack it\'s "my" lab #1 100%');
    expect(readHosts(lines.join('\n')).entries).toHaveLength(7);
  });

  test.each([['a line break', 'demo\n10.0.0.1 evil'], ['a carriage return', 'demo\r'], ['a line separator', 'demo\u2028x']])('a stack id with %s is refused', (_what, stack) => {
    const t = variant((v) => {
      v.stack = stack;
    });
    expect(() => renderHostsBlock(t)).toThrow(LibvirtValidationError);
    expect(() => renderHostsBlock(t)).toThrow(/the stack id holds a line break or another control character, which cannot be part of a marker line/);
  });

  test.each(['lab #1.test', 'lab.test\n10.0.0.1 evil', 'lab..test', '-lab.test'])('a network domain %j is refused', (domain) => {
    const t = variant((v) => {
      v.networks.find((n) => n.name === 'lab1-dmz')!.domain = domain;
    });
    expect(() => renderHostsBlock(t)).toThrow(/^demo\/local\/lab\/dmz: the DNS domain of the network is not a DNS name/);
  });

  test.each(['10.80.2.10 evil', '10.80.2.999', '::1'])('an address %j is refused', (address) => {
    const t = variant((v) => {
      v.machines[1].nics[0].address = address;
    });
    expect(() => renderHostsBlock(t)).toThrow(/^demo\/local\/lab\/web-1: NIC nic0 has an address that is not an IPv4 address/);
  });

  test('the order of the topology does not matter', () => {
    const t = variant((v) => {
      v.machines.reverse();
      v.networks.reverse();
    });
    expect(renderHostsBlock(t)).toBe(renderHostsBlock(fixture()));
  });
});
