import type { LocalizedText } from '../messages';
import { fail, requireInteger } from './errors';
import { UniformRandom, type RandomSource } from './random';
import commonPinData from './data/common-pins.json';

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 12;
export const PIN_DEFAULT_LENGTH = 6;
const MAX_ATTEMPTS = 10_000;

/** Why a PIN is easy to guess; stable ids for the UI and the rating of 3CX extension forms. */
export type PinWeakness =
  | 'notDigits'
  | 'equalsExtension'
  | 'containsExtension'
  | 'insideExtension'
  | 'repeated'
  | 'sequential'
  | 'repeatedRun'
  | 'sequentialRun'
  | 'repeatedBlock'
  | 'pairs'
  | 'yearOrDate'
  | 'common';

/** What each weakness means, for the UI. */
export const PIN_WEAKNESS_TEXT: Readonly<Record<PinWeakness, LocalizedText>> = {
  notDigits: { en: 'A voicemail PIN has digits only.', de: 'Eine Voicemail-PIN besteht nur aus Ziffern.' },
  equalsExtension: { en: 'The PIN is the extension number.', de: 'Die PIN ist die Nebenstellennummer.' },
  containsExtension: { en: 'The PIN contains the extension number.', de: 'Die PIN enthält die Nebenstellennummer.' },
  insideExtension: { en: 'The PIN is part of the extension number.', de: 'Die PIN ist ein Teil der Nebenstellennummer.' },
  repeated: { en: 'The PIN repeats one digit (like 111111).', de: 'Die PIN wiederholt eine Ziffer (wie 111111).' },
  sequential: { en: 'The PIN is a run of digits (like 123456 or 654321).', de: 'Die PIN ist eine Ziffernfolge (wie 123456 oder 654321).' },
  repeatedRun: { en: 'The PIN has four equal digits in a row (like 5 in 205555).', de: 'Die PIN hat vier gleiche Ziffern hintereinander (wie die 5 in 205555).' },
  sequentialRun: { en: 'The PIN contains a run of four digits (like 2345 in 642345).', de: 'Die PIN enthält eine Folge von vier Ziffern (wie 2345 in 642345).' },
  repeatedBlock: { en: 'The PIN repeats a short pattern (like 121212).', de: 'Die PIN wiederholt ein kurzes Muster (wie 121212).' },
  pairs: { en: 'The PIN is made of doubled digits (like 112233).', de: 'Die PIN besteht aus Ziffernpaaren (wie 112233).' },
  yearOrDate: { en: 'The PIN looks like a year or a date, which are guessed early.', de: 'Die PIN sieht aus wie ein Jahr oder Datum; solche werden früh geraten.' },
  common: { en: 'The PIN is among the most common ones.', de: 'Die PIN gehört zu den häufigsten.' },
};

/** All-digit entries among the most common passwords: see scripts/build-generate-data.ts for how they were chosen. */
const COMMON_PINS: ReadonlySet<string> = new Set(commonPinData.pins);

function isSequential(pin: string): boolean {
  // 1234, 4321 and the wrap-around of the number row (7890, 0987) are runs.
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i++) steps.add((pin.charCodeAt(i) - pin.charCodeAt(i - 1) + 10) % 10);
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

/** The length of a run inside a PIN that is as guessable as a PIN made of that run alone. */
const RUN_LENGTH = 4;

/** Some RUN_LENGTH digits in a row that pass `test` (a 6-digit `642345` is guessed about as early as `2345`). */
function hasRun(pin: string, test: (window: string) => boolean): boolean {
  for (let i = 0; i + RUN_LENGTH <= pin.length; i++) if (test(pin.slice(i, i + RUN_LENGTH))) return true;
  return false;
}

const isRepeated = (pin: string) => /^(\d)\1*$/.test(pin);

/** `1212`, `123123`, `12341234`: the PIN is a shorter block written out several times. */
function isRepeatedBlock(pin: string): boolean {
  for (let block = 1; block <= pin.length / 2; block++) {
    if (pin.length % block === 0 && pin.slice(0, block).repeat(pin.length / block) === pin) return true;
  }
  return false;
}

/** `112233`, `7788`: every digit doubled. */
function isPairs(pin: string): boolean {
  if (pin.length % 2 !== 0) return false;
  for (let i = 0; i < pin.length; i += 2) if (pin[i] !== pin[i + 1]) return false;
  return true;
}

function isDayOfMonth(day: number, month: number): boolean {
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Years 1900–2099 and birthdays (DDMM, MMDD; DDMMYY, MMDDYY, YYMMDD; DDMMYYYY, MMDDYYYY, YYYYMMDD): the first guesses. */
function isYearOrDate(pin: string): boolean {
  const n = (from: number, to: number) => Number(pin.slice(from, to));
  const century = (from: number) => n(from, from + 2) === 19 || n(from, from + 2) === 20;
  if (pin.length === 4) return century(0) || isDayOfMonth(n(0, 2), n(2, 4)) || isDayOfMonth(n(2, 4), n(0, 2));
  if (pin.length === 6) return isDayOfMonth(n(0, 2), n(2, 4)) || isDayOfMonth(n(2, 4), n(0, 2)) || isDayOfMonth(n(4, 6), n(2, 4));
  if (pin.length === 8)
    return (
      (century(4) && (isDayOfMonth(n(0, 2), n(2, 4)) || isDayOfMonth(n(2, 4), n(0, 2)))) ||
      (century(0) && isDayOfMonth(n(6, 8), n(4, 6)))
    );
  return false;
}

/**
 * Every reason a voicemail PIN is weak, empty if none. The extension rules follow the PBX vendor's "weak extension":
 * a PIN equal to the extension number; containing it, or being part of it, is just as guessable.
 */
export function pinWeaknesses(pin: string, options: { extension?: string } = {}): PinWeakness[] {
  const found: PinWeakness[] = [];
  if (!/^\d+$/.test(pin)) return ['notDigits'];
  const extension = options.extension?.trim();
  if (extension) {
    if (pin === extension) found.push('equalsExtension');
    else if (pin.includes(extension)) found.push('containsExtension');
    else if (extension.includes(pin)) found.push('insideExtension');
  }
  if (isRepeated(pin)) found.push('repeated');
  else if (isRepeatedBlock(pin)) found.push('repeatedBlock');
  if (pin.length > 1 && isSequential(pin)) found.push('sequential');
  // A run inside the PIN; the whole-PIN findings above already say it for a PIN that is nothing but the run.
  if (!found.includes('repeated') && hasRun(pin, isRepeated)) found.push('repeatedRun');
  if (!found.includes('sequential') && hasRun(pin, isSequential)) found.push('sequentialRun');
  if (isPairs(pin) && !found.includes('repeated')) found.push('pairs');
  if (isYearOrDate(pin)) found.push('yearOrDate');
  if (COMMON_PINS.has(pin)) found.push('common');
  return found;
}

export interface GeneratePinOptions {
  /** Number of digits, 4–12; default 6. */
  length?: number;
  /** The extension the PIN belongs to: the PIN never equals, contains or is part of it. */
  extension?: string;
  random?: RandomSource;
}

/** A voicemail PIN of uniformly random digits, redrawn until it has none of the weaknesses in `pinWeaknesses`. */
export function generatePin(options: GeneratePinOptions = {}): string {
  const length = requireInteger('PIN length', options.length ?? PIN_DEFAULT_LENGTH, PIN_MIN_LENGTH, PIN_MAX_LENGTH, 'pinLengthOutOfRange');
  const rng = new UniformRandom(options.random);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let pin = '';
    for (let i = 0; i < length; i++) pin += String(rng.below(10));
    if (pinWeaknesses(pin, { extension: options.extension }).length === 0) return pin;
  }
  return fail('exhausted', `no acceptable ${length}-digit PIN was found in ${MAX_ATTEMPTS} attempts`, `In ${MAX_ATTEMPTS} Versuchen fand sich keine brauchbare ${length}-stellige PIN`);
}
