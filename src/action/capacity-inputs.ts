// The capacity mode's inputs, by the setting each gives (app/capacity-settings.ts reads them). The
// names are the vocabulary's (config/vocabulary.ts), the table the search's messages name them by,
// so what the action reads and what it says cannot drift apart.

import type { RawCapacitySettings } from '../app/capacity-settings.js';
import { optionName } from '../config/vocabulary.js';

const input = (setting: keyof RawCapacitySettings) => optionName('action', `capacity.${setting}`);

/** CAPACITY_INPUTS: each setting's input. */
export const CAPACITY_INPUTS: Record<keyof RawCapacitySettings, string> = {
  from: input('from'),
  to: input('to'),
  maxDuration: input('maxDuration'),
  stepDuration: input('stepDuration'),
  cooldown: input('cooldown'),
  ceiling: input('ceiling'),
  productionPeak: input('productionPeak'),
  minHeadroom: input('minHeadroom'),
  productionUrl: input('productionUrl'),
  maxDrop: input('maxDrop'),
};
