// Jest: unit tests beside the code (core, platform, cloudfunctions, host, scripts), integration tests against the host.
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      transform,
      testEnvironment: 'node',
      roots: [
        '<rootDir>/core',
        '<rootDir>/platform',
        '<rootDir>/cloudfunctions',
        '<rootDir>/host',
        '<rootDir>/scripts',
        '<rootDir>/src',
      ],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
    },
    {
      displayName: 'integration',
      transform,
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
    },
    {
      displayName: 'e2e',
      transform,
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.e2e.ts'],
    },
  ],
};
