import { describe, expect, it } from 'vitest'
import { addressKind, DestinationGuard, privateNetworkNode } from '../../src/dsp/index.ts'
import { validateConfig } from '../../src/config/index.ts'
import { DidResolver } from '../../src/did/index.ts'
import { systemClock } from '../../src/clock/index.ts'

describe('where a DSP counterparty may send this node', () => {
  it('classifies addresses, IPv4 inside IPv6 as the IPv4 it carries', () => {
    const cases: Array<[string, string]> = [
      ['8.8.8.8', 'public'],
      ['2001:4860:4860::8888', 'public'],
      ['127.0.0.1', 'loopback'],
      ['127.9.9.9', 'loopback'],
      ['::1', 'loopback'],
      ['10.1.2.3', 'private'],
      ['172.16.0.1', 'private'],
      ['172.31.255.255', 'private'],
      ['172.32.0.1', 'public'],
      ['192.168.1.1', 'private'],
      ['100.64.0.1', 'private'],
      ['fd12:3456::1', 'private'],
      ['169.254.169.254', 'forbidden'],
      ['fe80::1', 'forbidden'],
      ['0.0.0.0', 'forbidden'],
      ['::', 'forbidden'],
      ['224.0.0.1', 'forbidden'],
      ['255.255.255.255', 'forbidden'],
      ['ff02::1', 'forbidden'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:169.254.169.254', 'forbidden'],
      ['::ffff:8.8.8.8', 'public'],
      ['::ffff:7f00:1', 'loopback'],
      ['::ffff:a9fe:a9fe', 'forbidden'],
      ['fe80::1%eth0', 'forbidden'],
      ['not-an-address', 'forbidden']
    ]
    expect(cases.map(([ip]) => [ip, addressKind(ip)])).toEqual(cases)
  })

  it('`auto` allows private destinations only to a node whose own DSP address is not public', () => {
    expect(privateNetworkNode(undefined)).toBe(true)
    for (const url of [
      'http://127.0.0.1:8282',
      'http://10.0.0.5/dsp',
      'http://[fd00::5]:8282',
      'http://provider:8282',
      'https://edc.internal',
      'https://x.local'
    ])
      expect(privateNetworkNode(url), url).toBe(true)
    for (const url of ['https://connector.example.com', 'https://203.0.113.7:8282', 'https://[2001:db8::1]', 'https://dsp.catena-x.net/api'])
      expect(privateNetworkNode(url), url).toBe(false)
  })

  it('refuses what the policy refuses, with the fix in the message; the allow list comes first', () => {
    const strict = new DestinationGuard({ privateAllowed: false, allow: ['127.0.0.1', '10.20.0.0/16'] })
    expect(() => strict.check('8.8.8.8')).not.toThrow()
    expect(() => strict.check('127.0.0.1')).not.toThrow()
    expect(() => strict.check('10.20.3.4')).not.toThrow()
    expect(() => strict.check('127.0.0.2')).toThrow(
      expect.objectContaining({ code: 'DSP_ADDRESS_FORBIDDEN', message: expect.stringContaining('dsp.destinations.private') })
    )
    expect(() => strict.check('10.21.0.1')).toThrow(expect.objectContaining({ code: 'DSP_ADDRESS_FORBIDDEN' }))
    const open = new DestinationGuard({ privateAllowed: true, allow: [] })
    expect(() => open.check('192.168.0.9')).not.toThrow()
    // never the metadata service, whatever the mode, unless the operator lists it
    expect(() => open.check('169.254.169.254')).toThrow(
      expect.objectContaining({ code: 'DSP_ADDRESS_FORBIDDEN', message: expect.stringContaining('link-local') })
    )
    expect(() => new DestinationGuard({ privateAllowed: true, allow: ['169.254.169.254/32'] }).check('169.254.169.254')).not.toThrow()
    // a host in a URL: an address is checked, a name is left to the lookup
    expect(() => strict.checkHost('[::ffff:169.254.169.254]')).toThrow(expect.objectContaining({ code: 'DSP_ADDRESS_FORBIDDEN' }))
    expect(() => strict.checkHost('example.com')).not.toThrow()
  })

  it('checks every address a name resolves to (the lookup connections use)', async () => {
    const resolve = async (g: DestinationGuard, host: string, all: boolean): Promise<unknown> =>
      await new Promise(res => {
        g.lookup(host, { all }, (err: NodeJS.ErrnoException | null, address: unknown) => {
          res(err === null ? address : (err as { code?: string }).code)
        })
      })
    const strict = new DestinationGuard({ privateAllowed: false, allow: [] })
    expect(await resolve(strict, 'localhost', false)).toBe('DSP_ADDRESS_FORBIDDEN')
    expect(await resolve(strict, 'localhost', true)).toBe('DSP_ADDRESS_FORBIDDEN')
    const open = new DestinationGuard({ privateAllowed: true, allow: [] })
    expect(await resolve(open, '127.0.0.1', false)).toBe('127.0.0.1')
    expect(await resolve(open, '127.0.0.1', true)).toEqual([{ address: '127.0.0.1', family: 4 }])
  })

  it('a URL as a message brings it: an address in it is checked at once, a name when a connection is made', () => {
    const strict = new DestinationGuard({ privateAllowed: false, allow: [] })
    expect(() => strict.checkUrl('http://127.0.0.2:9/cb')).toThrow(expect.objectContaining({ code: 'DSP_ADDRESS_FORBIDDEN' }))
    expect(() => strict.checkUrl('http://[::1]:9/cb')).toThrow(expect.objectContaining({ code: 'DSP_ADDRESS_FORBIDDEN' }))
    expect(() => strict.checkUrl('http://[::ffff:169.254.169.254]/cb')).toThrow(expect.objectContaining({ code: 'DSP_ADDRESS_FORBIDDEN' }))
    expect(() => strict.checkUrl('https://8.8.8.8/cb')).not.toThrow()
    // (no lookup here: a stranger's slow DNS would hold a thread per request)
    expect(() => strict.checkUrl('https://localhost/cb')).not.toThrow()
  })

  it('the config names a bad network and the way to write one', () => {
    expect(() => validateConfig({ name: 'n', dataDir: '/tmp/x', dsp: { destinations: { allow: ['10.0.0.0/33'] } } }, 'node.yaml')).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringMatching(/node\.yaml[\s\S]*dsp\.destinations\.allow\[0\][\s\S]*CIDR/) })
    )
    expect(() => validateConfig({ name: 'n', dataDir: '/tmp/x', dsp: { destinations: { private: 'maybe' } } }, 'node.yaml')).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining('dsp.destinations.private') })
    )
  })

  it('a did:web a stranger names is fetched only from where the node may be sent', async () => {
    const strict = new DestinationGuard({ privateAllowed: false, allow: [] })
    const resolver = new DidResolver({ clock: systemClock }, { destinations: strict })
    // refused before any connection (nothing listens there: without the check it is ECONNREFUSED)
    for (const did of ['did:web:127.0.0.2%3A9', 'did:web:localhost%3A9', 'did:web:169.254.169.254'])
      await expect(resolver.resolve(did), did).rejects.toMatchObject({ code: 'DID_UNRESOLVABLE', message: expect.stringContaining('dsp.destinations') })
    const unguarded = new DidResolver({ clock: systemClock }, {})
    await expect(unguarded.resolve('did:web:127.0.0.2%3A9')).rejects.toMatchObject({
      code: 'DID_UNRESOLVABLE',
      message: expect.stringContaining('ECONNREFUSED')
    })
  })
})
