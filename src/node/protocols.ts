import { CatalogService } from '../catalog/index.ts'
import { peerIdOf } from '../identity/index.ts'
import { LedgerService } from '../ledger/index.ts'
import { Libp2pNegotiationBinding, NegotiationManager, RoutedNegotiationBinding } from '../negotiation/index.ts'
import { Libp2pTransferPlane, TransferService } from '../transfer/index.ts'
import type { Core } from './core.ts'
import { createDsp, dspOffer, type DspParts } from './dsp.ts'
import { wireMetrics } from './metrics.ts'
import type { Network } from './network.ts'
import type { StartContext } from './parts.ts'

/** The third start stage: what the node trades with. */
export interface Protocols {
  catalog: CatalogService
  negotiations: NegotiationManager
  ledgerService: LedgerService
  transfers: TransferService
  /** The DSP binding, when `dsp.enabled`. */
  dsp: DspParts | undefined
}

/**
 * The catalogue, contract negotiation (libp2p peers over libp2p, DSP participants over HTTPS:
 * one core, two bindings), the ledger protocol, transfers, and the DSP listener.
 */
export async function startProtocols(ctx: StartContext, core: Core, network: Network): Promise<Protocols> {
  const { config, logger, clock, metrics } = ctx
  const { store, datasets, identity, signer, ledger } = core
  const { libp2p, membership, members, facts, dataHost, dcp } = network
  const catalog = new CatalogService(
    {
      host: dataHost,
      members: facts,
      datasets,
      logger: logger.child({ component: 'catalog' }),
      metrics,
      clock,
      ledger
    },
    config.catalog
  )
  await ctx.runPart('catalog', catalog)

  // DSP is asked first: its check is a pattern test, libp2p's parses a peer ID
  let manager: NegotiationManager | undefined
  let ledgerProtocol: LedgerService | undefined
  let transferService: TransferService | undefined
  const dsp = config.dsp.enabled
    ? createDsp({
        config,
        identity,
        catalog,
        store,
        logger,
        metrics,
        clock,
        negotiations: () => manager,
        datasets,
        ledger,
        ledgerService: () => ledgerProtocol,
        dcp,
        listening: server => {
          network.dsp.server = server
        }
      })
    : undefined
  const libp2pBinding = new Libp2pNegotiationBinding(
    { host: dataHost, logger: logger.child({ component: 'negotiation-libp2p' }), metrics, self: identity.peerId.toString() },
    { requestTimeoutMs: config.negotiation.requestTimeoutMs }
  )
  const negotiations = new NegotiationManager(
    {
      binding: dsp === undefined ? libp2pBinding : new RoutedNegotiationBinding([dsp.negotiation, libp2pBinding]),
      // verified members: libp2p peers by the membership exchange, DSP participants by DCP
      members: peer => membership?.facts(peer) ?? dsp?.dcp.verifier?.facts(peer),
      store,
      datasets,
      signer,
      ledger,
      logger: logger.child({ component: 'negotiation' }),
      metrics,
      clock,
      fetchOffer: async (peer, offerId, signal) => {
        if (dsp !== undefined && dsp.negotiation.checkPeer(peer) === undefined) return await dspOffer(dsp, peer, offerId)
        const pid = peerIdOf(peer)
        if (pid === undefined) throw new Error(`'${peer}' is not a peer ID`)
        return await catalog.fetchOffer(pid, offerId, signal)
      }
    },
    config.negotiation
  )
  await ctx.runPart('negotiation', negotiations)
  manager = negotiations

  const ledgerService = new LedgerService({
    host: dataHost,
    ledger,
    agreements: negotiations,
    // (the transfer component is built next: it hands its ends of transfers to this service)
    transfers: {
      shared: async (peer, agreementId, transferId) =>
        (await transferService?.shared(peer, agreementId, transferId)) === true || (await dsp?.transfers.shared(peer, agreementId, transferId)) === true
    },
    logger: logger.child({ component: 'ledger-protocol' }),
    metrics,
    selfId: identity.peerId.toString(),
    remote: dsp?.ledgerRemote
  })
  ledgerProtocol = ledgerService
  await ctx.runPart('ledger-protocol', ledgerService)

  const transfers = new TransferService(
    {
      dataPlane: new Libp2pTransferPlane({ host: dataHost, logger: logger.child({ component: 'transfer-libp2p' }), metrics }),
      members: facts,
      memberRequired: members,
      store,
      datasets,
      agreements: negotiations,
      signer,
      ledger,
      checkpoints: {
        exchange: async (peer, info) => {
          await ledgerService.exchange(peer, info)
        }
      },
      logger: logger.child({ component: 'transfer' }),
      metrics,
      clock
    },
    { ...config.transfer, dataDir: config.dataDir }
  )
  await ctx.runPart('transfer', transfers)
  transferService = transfers

  wireMetrics(metrics, { libp2p, negotiations, transfers })

  if (membership !== undefined && members) {
    // a member that stops being one: its transfers end (with the reason), then it is cut off
    membership.on('invalid', (peer, st) => {
      void (async () => {
        await transfers.endPeer(peer, st.code ?? 'MEMBERSHIP_INVALID', st.reason ?? 'no longer a verified member')
        const pid = peerIdOf(peer)
        if (pid !== undefined) await libp2p.hangUp(pid).catch(() => {})
      })()
    })
    if (!config.trust.allowHousekeeping)
      membership.on('refused', peer => {
        const pid = peerIdOf(peer)
        if (pid !== undefined) void libp2p.hangUp(pid).catch(() => {})
      })
  }

  if (dsp !== undefined) {
    const server = dsp.server
    await ctx.run({
      name: 'dsp',
      start: async () => {
        await server.start()
        await dsp.transfers.start()
        await dsp.tck?.start()
        dsp.dcp.verifier?.start()
      },
      stop: async () => {
        dsp.dcp.verifier?.stop()
        await dsp.tck?.stop()
        dsp.transfers.stop()
        await server.stop()
        dsp.client.close()
      }
    })
  }
  return { catalog, negotiations, ledgerService, transfers, dsp }
}
