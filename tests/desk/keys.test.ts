import { expect, test } from 'vitest';
import { deskKey } from '../../utils/desk/keys';

test.each([
  [{ key: 'j' }, { type: 'move', by: 1 }],
  [{ key: 'ArrowDown' }, { type: 'move', by: 1 }],
  [{ key: 'K' }, { type: 'move', by: -1 }],
  [{ key: 'ArrowUp' }, { type: 'move', by: -1 }],
  [{ key: 'v' }, { type: 'status', status: 'verified' }],
  [{ key: 'd' }, { type: 'status', status: 'disputed' }],
  [{ key: 'n' }, { type: 'status', status: 'needs-source' }],
  [{ key: 'u' }, { type: 'status', status: 'unchecked' }],
  [{ key: 'Enter' }, { type: 'locate' }],
  [{ key: 'a' }, { type: 'annotate' }],
  // The browser's and the OS's shortcuts are not the desk's.
  [{ key: 'v', ctrlKey: true }, null],
  [{ key: 'd', metaKey: true }, null],
  [{ key: 'a', altKey: true }, null],
  [{ key: 'x' }, null],
  [{ key: 'Tab' }, null],
])('deskKey(%j)', (event, action) => {
  expect(deskKey(event)).toEqual(action);
});
