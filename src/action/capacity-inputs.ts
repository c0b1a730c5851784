// The capacity mode's inputs, by the setting each gives (app/capacity-settings.ts reads them).

import type { RawCapacitySettings } from '../app/capacity-settings.js';

/** CAPACITY_INPUTS: each setting's input. */
export const CAPACITY_INPUTS: Record<keyof RawCapacitySettings, string> = {
  from: 'capacity-from',
  to: 'capacity-to',
  maxDuration: 'capacity-max-duration',
  stepDuration: 'capacity-step-duration',
  cooldown: 'capacity-cooldown',
  ceiling: 'capacity-ceiling',
  productionPeak: 'production-peak',
  minHeadroom: 'min-headroom',
  productionUrl: 'production-url',
  maxDrop: 'capacity-max-drop',
};
