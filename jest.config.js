/**
 * Type-checking happens once, in `npm run build` (tsc over lib, examples and bench), which
 * `npm test` runs first. Jest only transpiles (isolatedModules), so the 8 MB of generated
 * bindings are never type-checked per test file, and the transform cache makes reruns fast.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // the real-libvirt tier (root, libvirtd, QEMU) runs only through `npm run test:e2e`
  testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$', '<rootDir>/build/'],
  // build/ holds the cdktn flavour (scripts/cdktn-flavour.ts), a copy of lib/ and test/ with its own
  // node_modules: never this project's tests or modules
  modulePathIgnorePatterns: ['<rootDir>/build/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // scratch files of the whole run go to one directory, removed at the end
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testTimeout: 60000,
  // Jest's default is one worker per core minus one: a single worker on a 2-core machine, which
  // leaves a core idle while the suites run one after another. The suites are CPU-bound in-process
  // work, so one worker per core halves the wall time there (measured: 136 s -> 84 s).
  maxWorkers: '100%',
};
