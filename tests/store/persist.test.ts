import { describe, expect, test } from 'vitest';
import { requestPersistence, storageEstimate } from '../../utils/store/persist';

describe('requestPersistence', () => {
  test.each([
    ['already persisted: no second request', { persisted: async () => true, persist: async () => false }, 'persisted'],
    ['granted', { persisted: async () => false, persist: async () => true }, 'persisted'],
    ['denied', { persisted: async () => false, persist: async () => false }, 'denied'],
    ['the browser throws', { persist: async () => Promise.reject(new Error('no')) }, 'denied'],
    ['no Storage API', undefined, 'unsupported'],
    ['no persist() method', {}, 'unsupported'],
  ])('%s', async (_name, storage, state) => {
    expect(await requestPersistence(storage)).toBe(state);
  });
});

describe('storageEstimate', () => {
  test.each([
    ['reported', { estimate: async () => ({ usage: 10, quota: 100 }) }, { usage: 10, quota: 100 }],
    ['missing numbers are 0', { estimate: async () => ({}) }, { usage: 0, quota: 0 }],
    ['unsupported', {}, null],
    ['throws', { estimate: async () => Promise.reject(new Error('x')) }, null],
  ])('%s', async (_name, storage, expected) => {
    expect(await storageEstimate(storage)).toEqual(expected);
  });
});
