import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Integration files first, then the unit files. Without a duration cache (every fresh clone,
 * so every CI run) vitest starts the largest files first, and a short file that runs a whole
 * data space (demo.test.ts: 3 KiB, ~28 s) started last and kept one worker busy alone for half
 * a minute; the quick unit files now fill the gaps at the end instead.
 */
class IntegrationFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const integration = (f: TestSpecification): boolean => f.moduleId.includes('/test/integration/')
    return [...sorted.filter(integration), ...sorted.filter(f => !integration(f))]
  }
}

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // real nodes and child processes: keep the 2-core machine from oversubscribing
    pool: 'forks',
    // each worker process runs its files one after another with the modules it has loaded:
    // importing hanse and libp2p afresh for each of ~60 files cost ~95 s of the suite here.
    // Every test closes what it opens, so nothing else carries over from file to file.
    isolate: false,
    maxWorkers: 2,
    reporters: ['default'],
    sequence: { sequencer: IntegrationFirst }
  }
})
