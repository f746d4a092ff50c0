import { describe, expect, it } from 'vitest'
import { allocatorEnvironment, JEMALLOC_CONF, JEMALLOC_PATHS, startsNode } from '../../src/cli/allocator.ts'

const lib = JEMALLOC_PATHS[0] as string
const has = (p: string): boolean => p === lib

describe('the allocator `hanse start` runs on', () => {
  it('preloads jemalloc on Linux when it is installed', () => {
    expect(allocatorEnvironment({ PATH: '/bin' }, has, 'linux')).toEqual({
      PATH: '/bin',
      LD_PRELOAD: lib,
      HANSE_ALLOCATOR_SET: '1',
      MALLOC_CONF: JEMALLOC_CONF
    })
  })

  it('returns freed memory within a second unless the operator configured jemalloc', () => {
    expect(allocatorEnvironment({}, has, 'linux')?.MALLOC_CONF).toBe('dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:2')
    expect(allocatorEnvironment({ MALLOC_CONF: 'narenas:2' }, has, 'linux')?.MALLOC_CONF).toBe('narenas:2')
  })

  it('changes nothing when told not to, after the re-exec, with a preload of the operator, without jemalloc, or off Linux', () => {
    expect(allocatorEnvironment({ HANSE_ALLOCATOR: 'system' }, has, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({ HANSE_ALLOCATOR_SET: '1' }, has, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({ LD_PRELOAD: '/opt/profiler.so' }, has, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({}, () => false, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({}, has, 'darwin')).toBeUndefined()
  })

  it('is chosen before the commands load, for `hanse start` only, whatever global options come first', () => {
    expect(startsNode(['start'])).toBe(true)
    expect(startsNode(['--config', 'node.yaml', 'start'])).toBe(true)
    expect(startsNode(['-c', 'start', 'status'])).toBe(false) // a config file called "start"
    expect(startsNode(['--json', '-d', '/var/lib/hanse', 'start'])).toBe(true)
    expect(startsNode(['status'])).toBe(false)
    expect(startsNode(['catalog', 'start'])).toBe(false)
    expect(startsNode([])).toBe(false)
  })
})
