/**
 * The real-libvirt tier (`npm run test:e2e`, as root on a Debian 12 machine with the packages
 * .ci/run installs): every example lab of e2e/labs.ts is synthesized with a throwaway SSH key,
 * applied from its cdk.tf.json to a libvirtd + QEMU (TCG) that this run starts in a network
 * namespace of its own, checked from the host and from inside the guests, and destroyed. Labs
 * marked `guest: 'tiny'` boot the kernel + busybox guest and are checked from the host and the
 * serial console only (see e2e/labs.ts).
 * See e2e/apply.ts for how the plan is applied and which overrides this machine needs.
 */
import * as fs from 'fs';
import { ensureTestImage, ensureTinyGuest, TestImage, TinyGuest } from '../../e2e/image';
import { AppliedLab, LabGuest, synthesizeLab, SynthesizedLab } from '../../e2e/lab';
import { selectedLabs } from '../../e2e/labs';
import { topologyMismatches } from '../../e2e/expect';
import { checkPrerequisites, LibvirtSandbox, libvirtdAnswers } from '../../e2e/sandbox';
import { stderrLog } from '../../e2e/run';

const log = stderrLog('e2e');
const MINUTE = 60 * 1000;
const report: string[] = [];
let sandbox: LibvirtSandbox | undefined;
let image: TestImage | undefined;
let tiny: TinyGuest | undefined;
const labs = selectedLabs();
const runStart = Date.now();
/** Owner, group and mode of /dev/kvm before the sandbox started (it may change them while it runs). */
const kvmDeviceBefore = kvmDeviceState();

function kvmDeviceState(): string {
  if (!fs.existsSync('/dev/kvm')) return 'absent';
  const st = fs.statSync('/dev/kvm');
  return `uid ${st.uid} gid ${st.gid} mode ${(st.mode & 0o7777).toString(8)}`;
}

beforeAll(async () => {
  checkPrerequisites();
  // refuse before spending minutes on the image
  if (await libvirtdAnswers()) throw new Error('a libvirtd already answers on /run/libvirt/libvirt-sock; the e2e tier only runs with a libvirtd of its own');
  if (labs.some((l) => (l.guest ?? 'debian') === 'debian')) {
    image = await ensureTestImage(log);
    report.push(`test image: ${image.origin}${image.origin === 'built' ? ` in ${image.buildSeconds} s` : ''} (${image.path})`);
  }
  if (labs.some((l) => l.guest === 'tiny')) {
    tiny = await ensureTinyGuest(log);
    report.push(`tiny guest: ${tiny.origin}${tiny.origin === 'built' ? ` in ${tiny.buildSeconds} s` : ''} (${tiny.kernel})`);
  }
  sandbox = await LibvirtSandbox.start(log);
}, 30 * MINUTE);

afterAll(async () => {
  // normally stopped by the last test; this covers a run that failed before it
  if (sandbox) await sandbox.stop().catch((e) => log(`stopping the sandbox failed: ${e}`));
  report.push(`total: ${((Date.now() - runStart) / 1000).toFixed(0)} s`);
  log(`report\n${report.map((l) => `  ${l}`).join('\n')}`);
}, 5 * MINUTE);

describe.each(labs.map((l) => [l.name, l] as const))('examples/%s on a real libvirt', (_name, labDef) => {
  const isTiny = labDef.guest === 'tiny';
  // synthesized while tests are collected, so that which checks apply can follow from the plan
  const synth: SynthesizedLab = synthesizeLab(labDef);
  const domains = [...synth.plan.resources.values()].filter((r) => r.type === 'libvirt_domain');
  // networks with a DNS domain that two or more domains attach to
  const sharedNamedNetworks = [...synth.plan.resources.values()].filter((n) => n.type === 'libvirt_network' && n.config.domain?.name !== undefined &&
    domains.filter((d) => JSON.stringify(d.config.devices?.interfaces ?? []).includes(`\${${n.address}.name}`)).length >= 2);
  const routers = (synth.topology?.machines ?? []).filter((m) => m.router);
  let lab: AppliedLab | undefined;
  let destroyed = false;
  let failed = false;

  beforeAll(async () => {
    if (!sandbox) throw new Error('the sandbox did not start');
    const guest: LabGuest | undefined = isTiny
      ? tiny && { baseImage: tiny.blankDisk, kernelBoot: { kernel: tiny.kernel, initrd: tiny.initrd, cmdline: tiny.cmdline } }
      : image && { baseImage: image.path };
    if (!guest) throw new Error(`the ${isTiny ? 'tiny guest' : 'test image'} is missing`);
    lab = new AppliedLab(synth, sandbox, guest, log);
    log(`applying examples/${labDef.name}: ${synth.plan.resources.size} resources, ${domains.length} domains (stack ${synth.stackDir})`);
    await step(() => lab!.apply());
  }, 30 * MINUTE);

  /** Runs a test body and remembers a failure (the scratch directory is then kept for diagnosis). */
  const step = async (body: () => Promise<void> | void) => {
    try {
      await body();
    } catch (e) {
      failed = true;
      throw e;
    }
  };

  afterAll(async () => {
    if (lab && !destroyed && lab.applier.state.size > 0) {
      log(`destroying what examples/${labDef.name} created (the destroy test did not run or failed)`);
      await lab.applier.destroy().catch((e) => log(`destroy failed: ${e.message}`));
    }
    if (lab) {
      const t = lab.times;
      const f = (x?: number) => (x === undefined ? '-' : `${x.toFixed(0)} s`);
      report.push(isTiny
        ? `examples/${labDef.name} (tiny guest): ${domains.length} machines, apply ${f(t.apply)}, all ready ${f(t.tinyReady)} (from the start of apply), destroy ${f(t.destroy)}`
        : `examples/${labDef.name}: apply ${f(t.apply)}, all SSH ${f(t.sshReady)}, cloud-init done ${f(t.cloudInitDone)} (both from the start of apply), destroy ${f(t.destroy)}`);
      lab.cleanUp(failed || !destroyed);
    } else {
      fs.rmSync(synth.workDir, { recursive: true, force: true });
    }
  }, 15 * MINUTE);

  test('the plan has machines to boot', () => step(() => {
    expect(domains.length).toBeGreaterThan(0);
  }));

  if (synth.topology) {
    test('topology.json agrees with the plan (machines, MACs, networks, addresses, users)', () => step(() => {
      expect(topologyMismatches(synth.topology!, lab!.machines)).toEqual([]);
    }));
  }

  test('libvirt runs every domain planned to run', () => step(async () => {
    expect(await lab!.domainStates()).toEqual([]);
  }), 5 * MINUTE);

  if (isTiny) {
    test('every tiny guest booted, read its seed, and took the planned hostname and addresses (serial console)', () => step(async () => {
      expect(await lab!.tinyGuestsReady()).toEqual([]);
    }), 20 * MINUTE);

    test('every NIC answers the host at its planned address from its planned MAC', () => step(async () => {
      expect(await lab!.nicAddressesFromHost()).toEqual([]);
    }), 10 * MINUTE);
  } else {
    test('every NIC holds its planned address (static: guest agent; DHCP: lease in the range)', () => step(async () => {
      expect(await lab!.nicAddresses()).toEqual([]);
    }), 20 * MINUTE);

    test(`SSH with the throwaway key reaches every machine${fs.existsSync(`${synth.stackDir}/ssh_config`) ? ' (through the generated ssh_config)' : ''}`, () => step(async () => {
      expect(await lab!.sshReachable()).toEqual([]);
    }), 20 * MINUTE);

    test('cloud-init finished without errors and applied user, sudo, hostname, FQDN, files and commands', () => step(async () => {
      expect(await lab!.cloudInit()).toEqual([]);
    }), 20 * MINUTE);

    if (sharedNamedNetworks.length > 0) {
      test('machines on a shared network resolve each other by FQDN to the planned addresses and reach each other', () => step(async () => {
        expect(await lab!.resolveEachOther()).toEqual([]);
      }), 10 * MINUTE);
    }

    if (routers.length > 0) {
      test('routers forward between their networks', () => step(async () => {
        expect(await lab!.routersForward()).toEqual([]);
      }), 10 * MINUTE);
    }
  }

  test('destroy removes every object of the lab (domains, networks, pools, volumes, pool files, seeds)', () => step(async () => {
    const leftovers = await lab!.destroyAndFindLeftovers();
    destroyed = true;
    expect(leftovers).toEqual([]);
  }), 15 * MINUTE);
});

test('the daemons stop, nothing the tier started is left running, and /dev/kvm is as it was', async () => {
  expect(sandbox).toBeDefined();
  const stopped = await sandbox!.stop();
  expect(stopped.leftovers).toEqual([]);
  expect(fs.existsSync(`/run/netns/${sandbox!.netns}`)).toBe(false);
  expect(kvmDeviceState()).toBe(kvmDeviceBefore);
}, 5 * MINUTE);
