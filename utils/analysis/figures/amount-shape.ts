import type { Amount } from './amount';

/**
 * `amount` with `changes` applied, every field written in one order. Spreading an amount and
 * overriding some of its fields gave objects of many shapes, which the JavaScript engine reads
 * slowly: on a 2 MB page of figures the number reader spent most of its time there.
 */
export function amountWith(amount: Amount, changes: Partial<Amount>): Amount {
  return {
    start: changes.start ?? amount.start,
    next: changes.next ?? amount.next,
    value: changes.value ?? amount.value,
    scaled: changes.scaled ?? amount.scaled,
    ordinal: changes.ordinal ?? amount.ordinal,
    fraction: changes.fraction ?? amount.fraction,
    bare: changes.bare ?? amount.bare,
    mSuffix: changes.mSuffix ?? amount.mSuffix,
  };
}
