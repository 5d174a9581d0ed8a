import { z } from 'zod/mini';

/**
 * ISO 4217 list one (2025): every currency in use, each followed by the digits of its minor unit.
 * Funds, precious metals and testing codes (XAU, XDR, XTS, …) are left out: nothing is paid in them.
 * One string rather than an object literal, because it is half the size in every browser bundle.
 */
const ISO_4217 =
  'AED2AFN2ALL2AMD2ANG2AOA2ARS2AUD2AWG2AZN2BAM2BBD2BDT2BGN2BHD3BIF0BMD2BND2BOB2BOV2BRL2BSD2BTN2BWP2' +
  'BYN2BZD2CAD2CDF2CHE2CHF2CHW2CLF4CLP0CNY2COP2COU2CRC2CUP2CVE2CZK2DJF0DKK2DOP2DZD2EGP2ERN2ETB2EUR2' +
  'FJD2FKP2GBP2GEL2GHS2GIP2GMD2GNF0GTQ2GYD2HKD2HNL2HTG2HUF2IDR2ILS2INR2IQD3IRR2ISK0JMD2JOD3JPY0KES2' +
  'KGS2KHR2KMF0KPW2KRW0KWD3KYD2KZT2LAK2LBP2LKR2LRD2LSL2LYD3MAD2MDL2MGA2MKD2MMK2MNT2MOP2MRU2MUR2MVR2' +
  'MWK2MXN2MXV2MYR2MZN2NAD2NGN2NIO2NOK2NPR2NZD2OMR3PAB2PEN2PGK2PHP2PKR2PLN2PYG0QAR2RON2RSD2RUB2RWF0' +
  'SAR2SBD2SCR2SDG2SEK2SGD2SHP2SLE2SOS2SRD2SSP2STN2SVC2SYP2SZL2THB2TJS2TMT2TND3TOP2TRY2TTD2TWD2TZS2' +
  'UAH2UGX0USD2USN2UYI0UYU2UYW4UZS2VED2VES2VND0VUV0WST2XAF0XCD2XCG2XOF0XPF0YER2ZAR2ZMW2ZWG2';

let minorUnits: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (minorUnits === undefined) {
    minorUnits = new Map();
    for (let i = 0; i + 4 <= ISO_4217.length; i += 4) {
      minorUnits.set(ISO_4217.slice(i, i + 3), Number(ISO_4217[i + 3]));
    }
  }
  return minorUnits;
}

/** The digits of a currency's minor unit by ISO 4217 (EUR 2, JPY 0, KWD 3), or `undefined` for a code not in use. */
export function isoMinorUnits(currency: string): number | undefined {
  return table().get(currency);
}

/** True for the code of a currency in use by ISO 4217 (`EUR`, `JPY`); false for `ZZZ` or `eur`. */
export function isIsoCurrency(currency: string): boolean {
  return table().has(currency);
}

/** Every ISO 4217 currency code the API accepts, in alphabetical order. */
export function isoCurrencies(): string[] {
  return [...table().keys()];
}

/**
 * A currency a new link may use: a three-letter code of ISO 4217 list one. Answers keep the looser
 * {@link Currency} shape, so data made before this check still reads.
 */
export const IsoCurrency = z.string().check(
  z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code'),
  z.refine((code) => !/^[A-Z]{3}$/.test(code) || isIsoCurrency(code), 'is not an ISO 4217 currency in use'),
);
