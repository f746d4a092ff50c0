import { describe, expect, it } from 'vitest'
import { MMAP_THRESHOLD_BYTES, tunedEnvironment } from '../../src/cli/allocator.ts'

describe('the allocator setting of `hanse start`', () => {
  it('adds a fixed mmap threshold on glibc, keeping the tunables the operator set', () => {
    expect(tunedEnvironment({ PATH: '/bin' }, true)).toEqual({
      PATH: '/bin',
      GLIBC_TUNABLES: `glibc.malloc.mmap_threshold=${MMAP_THRESHOLD_BYTES}`,
      HANSE_ALLOCATOR_TUNED: '1'
    })
    expect(tunedEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, true)?.GLIBC_TUNABLES).toBe(
      `glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=${MMAP_THRESHOLD_BYTES}`
    )
  })

  it('changes nothing when the threshold is decided already, after the re-exec, or off glibc', () => {
    expect(tunedEnvironment({ GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536' }, true)).toBeUndefined()
    expect(tunedEnvironment({ MALLOC_MMAP_THRESHOLD_: '131072' }, true)).toBeUndefined()
    expect(tunedEnvironment({ HANSE_ALLOCATOR_TUNED: '1' }, true)).toBeUndefined()
    expect(tunedEnvironment({}, false)).toBeUndefined()
  })
})
