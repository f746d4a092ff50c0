import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FramedStream } from '../../src/wire/index.ts'
import type { Report } from './report.ts'
import { percentile, round } from './report.ts'
import {
  ECHO_PROTOCOL,
  RESEARCH_ONLY,
  SYNCED_WRITES_PER_NEGOTIATION,
  benchConfig,
  benchDir,
  benchPolicy,
  cpuDuring,
  cpuPerRound,
  localNode,
  peerProcess,
  syncedWriteLatencies,
  writesInPlace
} from './util.ts'

/**
 * Contract negotiation between two processes on loopback: request → FINALIZED on both sides
 * (every transition synced to LevelDB on its side), one at a time for latency, then 32 in flight
 * for throughput. Baseline: the four request/response round trips a negotiation needs, on one
 * open libp2p stream with the same Noise + yamux, without any disk writes.
 */
export async function benchNegotiation(report: Report, opts: { quick: boolean }): Promise<void> {
  const rounds = opts.quick ? 100 : 500
  const total = opts.quick ? 300 : 1500
  const { dir, remove } = benchDir('negotiation')
  const policies = benchPolicy(dir, 'research', [RESEARCH_ONLY, '{ leftOperand: count, operator: lteq, rightOperand: 10 }'])
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
  const provider = await peerProcess(
    dir,
    benchConfig(dir, 'provider', {
      policies: { dir: policies },
      datasets: [{ id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ policy: 'research' }] }]
    })
  )
  const consumer = await localNode(benchConfig(dir, 'consumer'))
  try {
    const libp2p = consumer.parts.net.libp2p
    await libp2p.dial(multiaddr(provider.addr))
    const pid = peerIdFromString(provider.peerId)
    const knownOffer = await consumer.parts.catalog.fetchOffer(pid, 'data')
    if (knownOffer === undefined) throw new Error('offer not visible')
    const m = consumer.parts.negotiations
    const negotiate = async (): Promise<void> => {
      const r = await m.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['research'] }, knownOffer })
      const done = await m.waitFor(r.id, 30_000)
      if (done.state !== 'FINALIZED') throw new Error(`negotiation ended ${done.state}: ${done.termination?.reason ?? ''}`)
    }
    // baseline: 4 round trips of a 300-byte message on one open stream
    const stream = await libp2p.dialProtocol(pid, ECHO_PROTOCOL)
    const echo = new FramedStream(stream)
    const msg = new Uint8Array(300)
    const fourTrips = async (): Promise<void> => {
      for (let i = 0; i < 4; i++) {
        await echo.sendFrame(msg)
        await echo.next()
      }
    }
    for (let i = 0; i < 20; i++) {
      await fourTrips()
      await negotiate()
    }

    const base: number[] = []
    const lat: number[] = []
    // how long the consumer's synced batches take in place (from sealed to written)
    const inPlace = writesInPlace(consumer.parts.store)
    for (let i = 0; i < rounds; i++) {
      let t = performance.now()
      await fourTrips()
      base.push(performance.now() - t)
      t = performance.now()
      await negotiate()
      lat.push(performance.now() - t)
    }
    inPlace.stop()
    // where the time goes: the CPU of one negotiation (consumer here, provider there) against four bare round trips
    const providerPid = provider.child.pid as number
    const cpu = await cpuPerRound(
      providerPid,
      opts.quick ? 100 : 300,
      { name: 'negotiation_cpu_single_flight', baseline: 'libp2p_4_round_trips_cpu' },
      fourTrips,
      negotiate
    )
    await stream.close()
    base.sort((a, b) => a - b)
    lat.sort((a, b) => a - b)
    report.add({
      name: 'negotiation_latency_p50',
      value: round(percentile(lat, 50), 3),
      unit: 'ms',
      baseline: 'libp2p_4_round_trips_open_stream_p50',
      baselineValue: round(percentile(base, 50), 3),
      note: `target <= 2x; ${rounds} sequential`
    })
    report.add({
      name: 'negotiation_latency_p99',
      value: round(percentile(lat, 99), 3),
      unit: 'ms',
      baseline: 'libp2p_4_round_trips_open_stream_p99',
      baselineValue: round(percentile(base, 99), 3)
    })

    // the floor on this machine: the critical path of a negotiation is its four messages one
    // way (two round trips: no reply is waited for on it) and three synced writes (the
    // consumer's VERIFIED before its verification goes out, the provider's FINALIZED before its
    // finalization, the consumer's FINALIZED before it is done; the request's and the
    // agreement's writes share those fsyncs). Neither side may end FINALIZED alone, so none of
    // the three can be sent ahead of its write
    const syncs = await syncedWriteLatencies(join(dir, 'sync-probe'), rounds)
    const syncP50 = percentile(syncs, 50)
    const floor = percentile(base, 50) / 2 + SYNCED_WRITES_PER_NEGOTIATION * syncP50
    const inPlaceP50 = percentile(inPlace.sorted(), 50)
    const floorInPlace = percentile(base, 50) / 2 + SYNCED_WRITES_PER_NEGOTIATION * inPlaceP50
    report.add(cpu)
    report.add({ name: 'leveldb_synced_write_p50', value: round(syncP50, 3), unit: 'ms', note: `${rounds} sequential synced puts, same disk` })
    report.add({
      name: 'negotiation_synced_write_in_place_p50',
      value: round(inPlaceP50, 3),
      unit: 'ms',
      baseline: 'leveldb_synced_write_p50',
      baselineValue: round(syncP50, 3),
      note: `the consumer's synced batches during the sequential negotiations (${inPlace.sorted().length}), sealed to written; with three of them the floor is ${round(floorInPlace, 2)} ms, ${round(floorInPlace / percentile(base, 50), 2)}x the four round trips`
    })
    report.add({
      name: 'negotiation_latency_p50_vs_floor',
      value: round(percentile(lat, 50), 3),
      unit: 'ms',
      baseline: 'two_round_trips_plus_three_synced_writes',
      baselineValue: round(floor, 3),
      note: 'the floor: four messages one way and three synced puts in a row, no CPU'
    })

    // 32 in flight: the first burst opens the pool's streams and meets code the sequential runs
    // never took (group commits of many, the lock queues); it is reported on its own, and the
    // steady-state figure is measured after it
    const burst = async (n: number): Promise<number> => {
      let next = 0
      const t0 = performance.now()
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (next < n) {
            next++
            await negotiate()
          }
        })
      )
      return n / ((performance.now() - t0) / 1000)
    }
    const first = opts.quick ? 150 : 300
    report.add({
      name: 'negotiation_throughput_32_in_flight_first_burst',
      value: round(await burst(first), 1),
      unit: 'negotiations/s',
      note: `the first ${first} at 32 in flight, the pool's streams opened on the way`
    })
    let rate = 0
    const burstCpu = await cpuDuring([providerPid], async () => {
      rate = await burst(total)
    })
    report.add({
      name: 'negotiation_cpu_32_in_flight',
      value: round((burstCpu.selfMs + (burstCpu.othersMs[0] as number)) / total, 2),
      unit: 'ms',
      note: `CPU per negotiation, both processes, every thread: consumer ${round(burstCpu.selfMs / total, 2)} + provider ${round((burstCpu.othersMs[0] as number) / total, 2)} ms; the cores ${Math.round(burstCpu.machineBusy * 100)}% busy`
    })
    report.add({
      name: 'negotiation_throughput_32_in_flight',
      value: round(rate, 1),
      unit: 'negotiations/s',
      note: `target >= 300; ${total} negotiations, after the first burst`
    })
  } finally {
    await consumer.stop()
    await provider.stop()
    remove()
  }
}
