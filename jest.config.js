/** Jest runs the TypeScript sources as ES modules (the package is "type": "module"). */
import { availableParallelism } from 'node:os';

export default {
  // Most test files spend their time waiting on real servers and child processes, not on the CPU:
  // run two at a time even on a 2-core machine (Jest's default there is one). The tests assert
  // behaviour, not stopwatch figures, so sharing the CPU cannot fail them. The one exception runs
  // alone, after the rest (`npm test` runs it so): capacity.test.ts drives services to their limits
  // on purpose, which slows every other server on the machine, and a test comparing a service with
  // its own baseline would then see a truly slower service.
  maxWorkers: Math.max(2, availableParallelism()),
  preset: 'ts-jest',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
};
