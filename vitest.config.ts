import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // real nodes and child processes: keep the 2-core machine from oversubscribing
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default']
  }
})
