import { describe, expect, it } from '@jest/globals';
import { embeddedIPv4 } from './embedded-ipv4.js';

describe('embeddedIPv4', () => {
  it.each([
    ['::a9fe:a9fe', '169.254.169.254'],
    ['::7f00:1', '127.0.0.1'],
    ['::a00:1', '10.0.0.1'],
    ['::127.0.0.1', '127.0.0.1'],
    ['::ffff:7f00:1', '127.0.0.1'],
    ['0:0:0:0:0:ffff:127.0.0.1', '127.0.0.1'],
    ['::ffff:0:a9fe:a9fe', '169.254.169.254'],
    ['64:ff9b::a9fe:a9fe', '169.254.169.254'],
    ['64:ff9b::10.0.0.1', '10.0.0.1'],
    ['2002:7f00:1::', '127.0.0.1'],
    ['2002:a9fe:a9fe:1::5', '169.254.169.254'],
  ])('finds the IPv4 address in %s', (address, ipv4) => {
    expect(embeddedIPv4(address)).toBe(ipv4);
  });

  it.each(['::', '::1', '2001:db8::1', 'fe80::1', '2400:3200::1', '8.8.8.8', 'example.com', '64:ff9b:1::a'])(
    'finds none in %s',
    (address) => {
      expect(embeddedIPv4(address)).toBeNull();
    },
  );
});
