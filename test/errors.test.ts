import { Construct } from 'constructs';
import { LibvirtValidationError } from '../lib/errors';

describe('LibvirtValidationError', () => {
  test('the message is "<path>: <problem> (got <value>); <fix>"', () => {
    // GIVEN an error for a construct path, a problem, a value and a fix
    const e = new LibvirtValidationError('lab/web1', 'vcpus must be a whole number of at least 1', 0, 'give at least one vCPU');
    // THEN the message puts them in that order
    expect(e.message).toBe('lab/web1: vcpus must be a whole number of at least 1 (got 0); give at least one vCPU');
  });

  test('the fields are set and name is LibvirtValidationError', () => {
    // GIVEN an error with an object value / THEN every field is kept as given
    const value = { start: 'a', end: 'b' };
    const e = new LibvirtValidationError('lab/net', 'dhcpRange starts after it ends', value, 'swap start and end');
    expect(e.constructPath).toBe('lab/net');
    expect(e.value).toBe(value);
    expect(e.fix).toBe('swap start and end');
    expect(e.name).toBe('LibvirtValidationError');
    expect(String(e)).toMatch(/^LibvirtValidationError: lab\/net: dhcpRange starts after it ends/);
  });

  test('instanceof works for both LibvirtValidationError and Error, and the stack is kept', () => {
    // GIVEN a thrown error
    let caught: unknown;
    try {
      throw new LibvirtValidationError('lab', 'p', 'v', 'f');
    } catch (e) {
      caught = e;
    }
    // THEN it is recognised as both, and can be matched by jest's toThrow
    expect(caught).toBeInstanceOf(LibvirtValidationError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).stack).toContain('lab: p');
    expect(() => {
      throw caught;
    }).toThrow(LibvirtValidationError);
  });

  test.each([
    ['a string, quoted', 'br 0', '"br 0"'],
    ['a number', 65536, '65536'],
    ['a boolean', true, 'true'],
    ['null', null, 'null'],
    ['nothing', undefined, 'nothing'],
    ['an object, as JSON', { start: '10.0.0.9', end: '10.0.0.2' }, '{"start":"10.0.0.9","end":"10.0.0.2"}'],
    ['an array, as JSON', ['a', 1], '["a",1]'],
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['NaN inside an object', { vcpus: NaN }, '{"vcpus":"NaN"}'],
    ['a construct inside an object, as its kind and path', { network: new Construct(new Construct(undefined as never, 'test'), 'lan') }, '{"network":"<Construct test/lan>"}'],
    ['a function', () => 1, '() => 1'],
  ])('the value is described: %s', (_label, value, described) => {
    // GIVEN a value of each kind / WHEN put in an error / THEN it is described as JSON (or 'nothing')
    const e = new LibvirtValidationError('p', 'problem', value, 'fix');
    expect(e.message).toBe(`p: problem (got ${described}); fix`);
  });

  test('a value that cannot be JSON (a cycle) is described with String()', () => {
    // GIVEN a value that refers to itself / WHEN put in an error / THEN it is described without throwing
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(new LibvirtValidationError('p', 'problem', cyclic, 'fix').message).toBe('p: problem (got [object Object]); fix');
  });

  test('long objects are truncated to 200 characters', () => {
    // GIVEN a value whose JSON is far longer than 200 characters
    const value = { list: Array.from({ length: 100 }, (_, i) => `item-${i}`) };
    // WHEN described
    const e = new LibvirtValidationError('p', 'problem', value, 'fix');
    // THEN it is cut at 197 characters and ends with ...
    const got = /\(got (.*)\); fix$/.exec(e.message)![1];
    expect(got).toHaveLength(200);
    expect(got).toBe(JSON.stringify(value).slice(0, 197) + '...');
    // AND the value itself is kept whole
    expect(e.value).toBe(value);
  });

  test('long strings are truncated too', () => {
    // GIVEN a multi-kilobyte string (a user-data document, say)
    const value = '#cloud-config\n' + 'x'.repeat(5000);
    // WHEN described / THEN the message stays short, and the whole value is on the error
    const e = new LibvirtValidationError('p', 'problem', value, 'fix');
    expect(e.message.length).toBeLessThan(260);
    expect(e.message).toContain('(got "#cloud-config\\nxxx');
    expect(e.message).toMatch(/xxx\.\.\.\); fix$/);
    expect(e.value).toBe(value);
  });

  test('a value of exactly 200 characters is not truncated', () => {
    // GIVEN a value whose JSON is exactly 200 characters / THEN it is described whole
    const value = 'y'.repeat(198); // 200 with the quotes
    expect(new LibvirtValidationError('p', 'problem', value, 'fix').message).toBe(`p: problem (got "${value}"); fix`);
  });
});
