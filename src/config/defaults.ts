import { NodeConfigSchema } from './schema.ts'

/**
 * The defaults of the configurable parts, read from the config schema, which is the one place
 * they are written: a component started without a config file behaves as one with an empty one.
 */
export const CONFIG_DEFAULTS = {
  negotiation: NodeConfigSchema.shape.negotiation.parse(undefined),
  dsp: NodeConfigSchema.shape.dsp.parse(undefined),
  transfer: (({ receiveDir: _, ...rest }) => rest)(NodeConfigSchema.shape.transfer.parse(undefined))
}
