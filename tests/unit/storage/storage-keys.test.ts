import { describe, expect, it } from 'vitest';
import { readStoredKeys } from '../../../lib/storage/storage-keys';

describe('readStoredKeys', () => {
  it('asks getKeys where the area has it, without reading the values', async () => {
    const area = { get: async () => { throw new Error('values read'); }, getKeys: async () => ['a', 'b'] };
    expect(await readStoredKeys(area)).toEqual(['a', 'b']);
  });

  it('reads every value to learn the keys where getKeys is missing (Firefox, older Chrome)', async () => {
    expect(await readStoredKeys({ get: async () => ({ a: 1, b: 2 }) })).toEqual(['a', 'b']);
  });
});
