/**
 * What the checks share (lib/preflight/checks/check.ts): findings, results, and the context the
 * tool checks run in.
 */
import * as fs from 'fs';
import * as path from 'path';
import { asObject, CheckContext, combine, note, problem } from '../../../lib/preflight/checks/check';
import { VIRT_XML_VALIDATE } from '../../../lib/preflight/private/tools';
import { PreflightCheck } from '../../../lib/preflight/report';
import { removeTmpDirs, tmpDir } from '../support';

afterAll(removeTmpDirs);

describe('findings and results', () => {
  test('a problem fails the preflight, a note does not', () => {
    expect(problem(PreflightCheck.XML, 'libvirt_domain.x', 'bad')).toEqual({ problem: true, check: 'xml', address: 'libvirt_domain.x', message: 'bad' });
    expect(note(PreflightCheck.XML, 'libvirt_domain.x', 'fyi')).toEqual({ problem: false, check: 'xml', address: 'libvirt_domain.x', message: 'fyi' });
  });

  test('the results of a check\'s parts combine: findings in order, counts added up', () => {
    const a = problem(PreflightCheck.DEFINE, 'a', 'x');
    const b = note(PreflightCheck.DEFINE, 'b', 'y');
    expect(combine([{ findings: [a], count: 2 }, { findings: [] }, { findings: [b], count: 1 }])).toEqual({ findings: [a, b], count: 3 });
    expect(combine([])).toEqual({ findings: [], count: 0 });
  });

  test('asObject takes JSON objects only', () => {
    expect(asObject({ a: 1 })).toEqual({ a: 1 });
    expect([null, undefined, [], 'x', 3].map(asObject)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('CheckContext', () => {
  const context = (PATH: string): CheckContext => new CheckContext({}, tmpDir(), { env: { ...process.env, PATH }, timeoutSeconds: 10, concurrency: 2 });

  test('a missing tool is skipped once, with its Debian packages', () => {
    const ctx = context(tmpDir('cdktf-libvirt-empty-path-'));
    expect(ctx.available(PreflightCheck.XML, VIRT_XML_VALIDATE, 'the XML')).toBe(false);
    expect(ctx.skipped).toEqual([{
      check: PreflightCheck.XML,
      tool: 'virt-xml-validate, xmllint',
      debianPackages: ['libvirt-clients', 'libxml2-utils'],
      message: 'virt-xml-validate and xmllint not found on PATH: the XML not checked; install the Debian packages libvirt-clients and libxml2-utils',
    }]);
  });

  test('a tool on PATH is available, and runs in the context\'s environment', async () => {
    const bin = tmpDir('cdktf-libvirt-bin-');
    for (const command of ['virt-xml-validate', 'xmllint']) {
      fs.writeFileSync(path.join(bin, command), '#!/bin/sh\necho "$MARK $1"\n', { mode: 0o755 });
    }
    const ctx = new CheckContext({}, tmpDir(), { env: { PATH: `${bin}:/usr/bin:/bin`, MARK: 'ran' }, timeoutSeconds: 10, concurrency: 1 });
    expect(ctx.available(PreflightCheck.XML, VIRT_XML_VALIDATE, 'the XML')).toBe(true);
    expect(ctx.skipped).toEqual([]);
    expect(await ctx.tool('virt-xml-validate', ['a.xml'])).toEqual({ status: 0, stdout: 'ran a.xml\n', stderr: '', failure: undefined });
  });
});
