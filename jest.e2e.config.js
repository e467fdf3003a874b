/**
 * The real-libvirt tier (`npm run test:e2e`): test/e2e/ files named *.e2e.test.ts, one file at a time
 * (--runInBand in the script), with long timeouts. It needs root, a Debian 12 machine with the
 * packages .ci/run installs, terraform on the PATH and the provider mirror in ../shared; `npm test`
 * never runs it (jest.config.js ignores *.e2e.test.ts).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  testTimeout: 30 * 60 * 1000,
  verbose: true,
};
