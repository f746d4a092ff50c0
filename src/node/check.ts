import { readFileSync } from 'node:fs'
import { ConfigError, type ConfigProblem, type NodeConfig } from '../config/index.ts'
import { loadPolicyDir } from '../policy/index.ts'
import { checkBindings, checkDatasetSources } from '../catalog/index.ts'
import { signedFromCredentialFile, signedFromRevocationsFile } from '../trust/index.ts'
import { readPsk } from './psk.ts'
import { dspFileProblems } from './dsp.ts'
import { identityFileProblems } from './dcp.ts'

/**
 * Every check `hanse start` makes of a config short of opening the store and the network:
 * the policy files, the dataset offers and sources, the trust files, the DSP token and TLS
 * files. Throws the first
 * ConfigError (naming the file, the key and the fix); returns counts when all hold.
 */
export async function checkConfig(cfg: NodeConfig): Promise<{ policies: number; datasets: number; offers: number }> {
  const policies = loadPolicyDir(cfg.policies.dir)
  const problems: ConfigProblem[] = [...checkBindings(cfg.datasets, policies), ...(await checkDatasetSources(cfg.datasets))]
  const trustFile = (key: string, file: string | undefined, parse: (text: string, file: string) => unknown): void => {
    if (file === undefined) return
    try {
      parse(readFileSync(file, 'utf8'), file)
    } catch (err) {
      problems.push({ path: key, message: (err as Error).message })
    }
  }
  trustFile('trust.credential', cfg.trust.credential, signedFromCredentialFile)
  trustFile('trust.revocationList', cfg.trust.revocationList, signedFromRevocationsFile)
  if (cfg.trust.psk !== undefined) {
    try {
      readPsk(cfg.trust.psk)
    } catch (err) {
      problems.push({ path: 'trust.psk', message: (err as Error).message })
    }
  }
  problems.push(...dspFileProblems(cfg), ...identityFileProblems(cfg, cfg.identity.did))
  if (problems.length > 0) throw new ConfigError('CONFIG_INVALID', cfg.source, problems)
  return { policies: policies.size, datasets: cfg.datasets.length, offers: cfg.datasets.reduce((n, d) => n + d.offers.length, 0) }
}
