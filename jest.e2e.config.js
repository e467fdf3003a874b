/**
 * The real-libvirt tier (`npm run test:e2e`): test/e2e/ files named *.e2e.test.ts, one file at a time
 * (--runInBand in the script), with long timeouts. It needs root and a Debian 12 machine with the
 * packages .ci/run installs; `npm test` never runs it (jest.config.js ignores test/e2e/).
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
