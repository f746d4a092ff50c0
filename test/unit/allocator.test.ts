import { describe, expect, it } from 'vitest'
import { allocatorEnvironment, JEMALLOC_CONF, JEMALLOC_PATHS, MIMALLOC_PATHS, startsNode } from '../../src/cli/allocator.ts'

const jemalloc = JEMALLOC_PATHS[0] as string
const mimalloc = MIMALLOC_PATHS[0] as string
const both = (p: string): boolean => p === jemalloc || p === mimalloc
const onlyJemalloc = (p: string): boolean => p === jemalloc

describe('the allocator `hanse start` runs on', () => {
  it('preloads mimalloc on Linux when it is installed, else jemalloc with its settings', () => {
    expect(allocatorEnvironment({ PATH: '/bin' }, both, 'linux')).toEqual({ PATH: '/bin', LD_PRELOAD: mimalloc, HANSE_ALLOCATOR_SET: '1' })
    expect(allocatorEnvironment({ PATH: '/bin' }, onlyJemalloc, 'linux')).toEqual({
      PATH: '/bin',
      LD_PRELOAD: jemalloc,
      HANSE_ALLOCATOR_SET: '1',
      MALLOC_CONF: JEMALLOC_CONF
    })
  })

  it('HANSE_ALLOCATOR picks one: jemalloc, mimalloc (nothing when that one is missing), or the C library', () => {
    expect(allocatorEnvironment({ HANSE_ALLOCATOR: 'jemalloc' }, both, 'linux')?.LD_PRELOAD).toBe(jemalloc)
    expect(allocatorEnvironment({ HANSE_ALLOCATOR: 'mimalloc' }, both, 'linux')?.LD_PRELOAD).toBe(mimalloc)
    expect(allocatorEnvironment({ HANSE_ALLOCATOR: 'mimalloc' }, onlyJemalloc, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({ HANSE_ALLOCATOR: 'system' }, both, 'linux')).toBeUndefined()
  })

  it('jemalloc returns freed memory within a second unless the operator configured it', () => {
    expect(allocatorEnvironment({}, onlyJemalloc, 'linux')?.MALLOC_CONF).toBe('dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:2')
    expect(allocatorEnvironment({ MALLOC_CONF: 'narenas:2' }, onlyJemalloc, 'linux')?.MALLOC_CONF).toBe('narenas:2')
  })

  it('changes nothing after the re-exec, with a preload of the operator, without either library, or off Linux', () => {
    expect(allocatorEnvironment({ HANSE_ALLOCATOR_SET: '1' }, both, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({ LD_PRELOAD: '/opt/profiler.so' }, both, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({}, () => false, 'linux')).toBeUndefined()
    expect(allocatorEnvironment({}, both, 'darwin')).toBeUndefined()
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
