/**
 * What a lab should look like once applied, read from terraform's own state after the apply
 * (`terraform show -json`): for every domain, its NICs (MAC, network, planned address), and from
 * its cloud-init seed the hostname, FQDN, login user, files and commands. When the stack directory
 * holds a `topology.json` (lib/topology.ts), it is read too, and checked against the state.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { StateResource } from './terraform';

/** A planned NIC. */
export interface ExpectedNic {
  readonly mac: string;
  /** libvirt name of the network; for a wire's UDP tunnel, `wire <port>-<port>` (the same at both ends). */
  readonly network: string;
  /** A wire's UDP tunnel: where this end listens and where it sends. */
  readonly udp?: { readonly address: string; readonly port: number; readonly localAddress: string; readonly localPort: number };
  /** The planned IPv4 address (without prefix) for a static NIC, or the reservation of a DHCP NIC. */
  readonly address?: string;
  /** Prefix length of a static address. */
  readonly prefixLength?: number;
  /** True when the guest takes its address by DHCP. */
  readonly dhcp: boolean;
  /** The network's DHCP ranges (for DHCP NICs without a reservation). */
  readonly dhcpRanges: { start: string; end: string }[];
  /** Whether the network is managed by libvirt (a lease can be read), as opposed to bridge/macvtap. */
  readonly managed: boolean;
  /** The network's DNS domain, when it has one. */
  readonly domain?: string;
  /** The network's own IPv4 address on the host (its gateway and DNS server), when it has one. */
  readonly gateway?: string;
}

/** A file of `write_files`. */
export interface ExpectedFile {
  readonly path: string;
  readonly content: string;
  readonly permissions?: string;
  readonly owner?: string;
}

/** A planned machine. */
export interface ExpectedMachine {
  /** Address of the libvirt_domain resource. */
  readonly address: string;
  readonly resourceName: string;
  /** libvirt domain name. */
  readonly name: string;
  readonly running: boolean;
  readonly nics: ExpectedNic[];
  readonly hostname?: string;
  readonly fqdn?: string;
  /** The user whose authorized keys include the run's key. */
  readonly loginUser?: string;
  /** That user's sudo rule, if any. */
  readonly loginUserSudo?: string;
  readonly files: ExpectedFile[];
  /** `runcmd` as planned (cloud-init writes it to a script). */
  readonly runcmd?: unknown[];
  /** `ssh_pwauth` as planned. */
  readonly sshPasswordAuth?: boolean;
  /** Whether the seed has a `manage_etc_hosts: true` (then `hostname -f` gives the FQDN). */
  readonly manageEtcHosts: boolean;
  /** True for a machine topology.json marks as a router. */
  readonly router: boolean;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((a, o) => a * 256 + Number(o), 0);
}

/** True when `ip` lies in one of the ranges (both ends included). */
export function inRanges(ip: string, ranges: { start: string; end: string }[]): boolean {
  const n = ipToInt(ip);
  return ranges.some((r) => n >= ipToInt(r.start) && n <= ipToInt(r.end));
}

/** Reads the expectations from terraform's state of an applied lab. */
export function expectedMachines(state: StateResource[], publicKey: string, topology?: TopologyFile): ExpectedMachine[] {
  const of = (type: string) => state.filter((r) => r.mode === 'managed' && r.type === type);
  // by name; a network that spans hosts has a leg of the same name on each further host, with no
  // addresses of its own: its NICs take the network's own (gateway, DHCP range, domain)
  const networks = new Map<string, any>();
  for (const n of of('libvirt_network')) {
    const name = String(n.values.name);
    if (!networks.has(name) || ((networks.get(name).ips ?? []).length === 0 && (n.values.ips ?? []).length > 0)) networks.set(name, n.values);
  }
  const machines: ExpectedMachine[] = [];
  for (const d of of('libvirt_domain')) {
    const attrs = d.values;
    const name = String(attrs.name);
    // the seed: the cdrom's volume, uploaded from a cloud-init disk's ISO
    const cdrom = (attrs.devices?.disks ?? []).find((k: any) => k.device === 'cdrom');
    const seedVolume = cdrom && of('libvirt_volume').find((v) => v.values.name === cdrom.source?.volume?.volume && v.values.pool === cdrom.source?.volume?.pool);
    const seedUrl = seedVolume?.values.create?.content?.url;
    const seed = seedUrl !== undefined ? of('libvirt_cloudinit_disk').find((c) => c.values.path === seedUrl) : undefined;
    const userData: any = seed ? parse(String(seed.values.user_data), { version: '1.1' }) ?? {} : {};
    const networkConfig: any = seed && typeof seed.values.network_config === 'string' ? parse(seed.values.network_config, { version: '1.1' }) ?? {} : {};
    const ethernets: Record<string, any> = networkConfig.ethernets ?? {};

    const nics: ExpectedNic[] = (attrs.devices?.interfaces ?? []).map((nic: any) => {
      const mac = String(nic.mac?.address ?? '');
      const networkName = str(nic.source?.network?.network);
      const net = networkName !== undefined ? networks.get(networkName) : undefined;
      const eth = Object.values(ethernets).find((e: any) => String(e?.match?.macaddress ?? '').toLowerCase() === mac);
      const ipv4 = (net?.ips ?? []).filter((ip: any) => (ip.family ?? 'ipv4') === 'ipv4');
      const dhcpRanges = ipv4.flatMap((ip: any) => ip.dhcp?.ranges ?? []).map((r: any) => ({ start: String(r.start), end: String(r.end) }));
      const reservation = ipv4.flatMap((ip: any) => ip.dhcp?.hosts ?? []).find((h: any) => String(h.mac ?? '').toLowerCase() === mac);
      const staticAddress = (eth?.addresses ?? []).map(String).find((a: string) => /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(a));
      const u = nic.source?.udp;
      const udp = u ? { address: String(u.address), port: Number(u.port), localAddress: String(u.local?.address), localPort: Number(u.local?.port) } : undefined;
      return {
        mac,
        network: networkName ?? (udp ? `wire ${[udp.port, udp.localPort].sort().join('-')}` : JSON.stringify(nic.source)),
        ...(udp ? { udp } : {}),
        address: staticAddress ? staticAddress.split('/')[0] : reservation ? String(reservation.ip) : undefined,
        prefixLength: staticAddress ? Number(staticAddress.split('/')[1]) : undefined,
        dhcp: staticAddress === undefined,
        dhcpRanges,
        managed: net !== undefined && !['bridge', 'passthrough', 'private', 'vepa', 'hostdev'].includes(net.forward?.mode),
        domain: str(net?.domain?.name),
        gateway: str(ipv4[0]?.address),
      };
    });

    const users: any[] = Array.isArray(userData.users) ? userData.users : [];
    const keyBody = publicKey.trim().split(/\s+/).slice(0, 2).join(' ');
    const login = users.find((u) => typeof u === 'object' && (u.ssh_authorized_keys ?? []).some((k: string) => String(k).includes(keyBody)));
    const files: ExpectedFile[] = (userData.write_files ?? []).map((f: any) => {
      const encoding = f.encoding ?? 'text/plain';
      let content: string;
      if (['b64', 'base64'].includes(encoding)) content = Buffer.from(String(f.content ?? ''), 'base64').toString('utf8');
      else if (encoding === 'text/plain') content = String(f.content ?? '');
      else throw new Error(`${d.address}: write_files ${f.path} has encoding ${encoding}, which the e2e tier does not check`);
      return { path: String(f.path), content, permissions: f.permissions === undefined ? undefined : String(f.permissions), owner: f.owner === undefined ? undefined : String(f.owner) };
    });
    const topo = topology?.machines.find((m) => m.name === name);
    machines.push({
      address: d.address,
      resourceName: d.address.split('.')[1],
      name,
      running: attrs.running === true,
      nics,
      hostname: str(userData.hostname),
      fqdn: str(userData.fqdn),
      loginUser: login ? String(login.name) : undefined,
      loginUserSudo: login?.sudo === undefined ? undefined : String(login.sudo),
      files,
      runcmd: Array.isArray(userData.runcmd) ? userData.runcmd : undefined,
      sshPasswordAuth: typeof userData.ssh_pwauth === 'boolean' ? userData.ssh_pwauth : undefined,
      manageEtcHosts: userData.manage_etc_hosts === true,
      router: topo?.router === true,
    });
  }
  return machines;
}

/** cloud-init's `util.shellify`: the script it writes for `runcmd`. */
export function shellify(commands: unknown[]): string {
  let content = '#!/bin/sh\n';
  for (const c of commands) {
    if (Array.isArray(c)) content += c.map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(' ') + '\n';
    else if (typeof c === 'string') content += c + '\n';
    else if (c !== null) throw new Error(`runcmd entry ${JSON.stringify(c)} is neither a string nor a list`);
  }
  return content;
}

// -----------------------------------------------------------------------------------------------
// artifacts next to cdk.tf.json

/** The parts of topology.json (lib/topology.ts) the tier reads. */
export interface TopologyFile {
  readonly version: number;
  readonly machines: {
    name: string; host: string; hostname: string; fqdn?: string; loginUser?: string; router?: boolean;
    nics: { name: string; network: string; mac: string; address?: string; prefixLength?: number; addressing: string }[];
  }[];
  readonly networks: {
    path: string; name: string; host?: string; domain?: string; mode?: string; spans?: string[];
    wire?: { machine: string; host: string; address: string; port: number }[];
  }[];
}

export function readTopology(stackDir: string): TopologyFile | undefined {
  const file = path.join(stackDir, 'topology.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

/** Differences between topology.json and terraform's state, one line each. */
export function topologyMismatches(topology: TopologyFile, machines: ExpectedMachine[]): string[] {
  const out: string[] = [];
  const netName = new Map(topology.networks.map((n) => [n.path, n.name]));
  for (const m of machines) {
    const t = topology.machines.find((x) => x.name === m.name);
    if (!t) { out.push(`${m.name}: missing from topology.json`); continue; }
    if (m.hostname !== undefined && t.hostname !== m.hostname) out.push(`${m.name}: hostname ${t.hostname} in topology.json, ${m.hostname} in the seed`);
    if (m.fqdn !== undefined && t.fqdn !== m.fqdn) out.push(`${m.name}: fqdn ${t.fqdn} in topology.json, ${m.fqdn} in the seed`);
    if (m.loginUser !== undefined && t.loginUser !== m.loginUser) out.push(`${m.name}: loginUser ${t.loginUser} in topology.json, ${m.loginUser} in the seed`);
    if (t.nics.length !== m.nics.length) out.push(`${m.name}: ${t.nics.length} NICs in topology.json, ${m.nics.length} in the domain`);
    for (const [i, n] of m.nics.entries()) {
      const tn = t.nics[i];
      if (!tn) continue;
      if (tn.mac !== n.mac) out.push(`${m.name} NIC ${i}: MAC ${tn.mac} in topology.json, ${n.mac} in the domain`);
      const wire = topology.networks.find((x) => x.path === tn.network)?.wire;
      if (wire !== undefined) {
        // a wire: this end listens on its planned port and sends to the other end's
        const [own, other] = [wire.find((e) => e.address === tn.address), wire.find((e) => e.address !== tn.address)];
        if (n.udp === undefined) out.push(`${m.name} NIC ${i}: a wire in topology.json, ${n.network} in the domain`);
        else if (own?.port !== n.udp.localPort || other?.port !== n.udp.port) {
          out.push(`${m.name} NIC ${i}: wire ports ${own?.port} -> ${other?.port} in topology.json, ${n.udp.localPort} -> ${n.udp.port} in the domain`);
        }
      } else if (netName.get(tn.network) !== undefined && netName.get(tn.network) !== n.network) out.push(`${m.name} NIC ${i}: network ${netName.get(tn.network)} in topology.json, ${n.network} in the domain`);
      if (!n.dhcp && tn.address !== n.address) out.push(`${m.name} NIC ${i}: address ${tn.address} in topology.json, ${n.address} in the seed`);
    }
  }
  for (const t of topology.machines) if (!machines.some((m) => m.name === t.name)) out.push(`${t.name}: in topology.json but not a domain in terraform's state`);
  return out;
}

/** The Host aliases of an ssh_config file, each with its HostName and User. */
export function readSshConfig(file: string): { patterns: string[]; hostName?: string; user?: string }[] {
  const hosts: { patterns: string[]; hostName?: string; user?: string }[] = [];
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+)\s*(?:=\s*|\s)(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim().replace(/^"(.*)"$/, '$1');
    if (key === 'host') hosts.push({ patterns: value.split(/\s+/) });
    else if (key === 'match') hosts.push({ patterns: [] });
    else if (hosts.length > 0 && key === 'hostname') hosts[hosts.length - 1].hostName ??= value;
    else if (hosts.length > 0 && key === 'user') hosts[hosts.length - 1].user ??= value;
  }
  return hosts;
}

/** The entries of a `hosts` artifact: each address with its names, comments and blank lines left out. */
export function readHostsBlock(text: string): { address: string; names: string[] }[] {
  return text.split('\n').map((l) => l.replace(/#.*$/, '').trim()).filter(Boolean)
    .map((l) => l.split(/\s+/)).map(([address, ...names]) => ({ address, names }));
}
