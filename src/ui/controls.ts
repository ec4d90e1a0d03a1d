import type { Mode } from '../journey/choices';
import type { Units } from '../journey/format';
import { fromKmh, toKmh } from '../journey/format';
import type { SpeedPreset } from '../journey/presets';
import { reportedText } from '../journey/reported-text';
import { h } from './dom';
import './controls.css';

export interface ControlsState {
  mode: Mode;
  speed: number;
  units: Units;
}

function segmented(
  label: string,
  options: { value: string; text: string }[],
  onPick: (v: string) => void,
) {
  const buttons = options.map((o) => {
    const b = h(
      'button',
      { type: 'button', 'aria-pressed': 'false', 'data-value': o.value },
      o.text,
    );
    b.addEventListener('click', () => onPick(o.value));
    return b;
  });
  const group = h('div', { class: 'segmented', role: 'group', 'aria-label': label }, ...buttons);
  const set = (v: string) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.value === v));
  };
  return { group, buttons, set };
}

/** Reported | Computed, the speed (the reported presets, mph ones converted, and a custom value), and units. */
export function createControls(
  presets: SpeedPreset[],
  onChange: (patch: Partial<ControlsState>) => void,
) {
  const mode = segmented(
    'On the map',
    [
      { value: 'reported', text: 'Reported' },
      { value: 'computed', text: 'Computed' },
    ],
    (v) => onChange({ mode: v as Mode }),
  );
  const units = segmented(
    'Units',
    [
      { value: 'km', text: 'km' },
      { value: 'mi', text: 'miles' },
    ],
    (v) => onChange({ units: v as Units }),
  );
  const speed = segmented(
    'Train speed',
    presets.map((p) => ({ value: String(p.kmh), text: '' })),
    (v) => onChange({ speed: Number(v) }),
  );
  const custom = h('input', {
    type: 'number',
    min: '1',
    max: '400',
    step: '1',
    inputmode: 'decimal',
    id: 'speed-custom',
    class: 'speed-custom',
  });
  const unitLabel = h('span', { class: 'speed-unit' }, 'km/h');
  let current: ControlsState = { mode: 'reported', speed: presets[0]?.kmh ?? 50, units: 'km' };
  custom.addEventListener('change', () => {
    const v = Number(custom.value);
    if (!Number.isFinite(v) || v <= 0) {
      custom.setAttribute('aria-invalid', 'true');
      return;
    }
    custom.removeAttribute('aria-invalid');
    onChange({ speed: toKmh(v, current.units) });
  });
  const element = h(
    'div',
    { class: 'controls' },
    h(
      'div',
      { class: 'control' },
      h('span', { class: 'control-label', 'aria-hidden': 'true' }, 'On the map'),
      mode.group,
    ),
    h(
      'div',
      { class: 'control control-speed' },
      h('span', { class: 'control-label', 'aria-hidden': 'true' }, 'Speed'),
      speed.group,
      h(
        'label',
        { class: 'speed-custom-label', for: 'speed-custom' },
        h('span', { class: 'visually-hidden' }, 'Custom speed'),
        custom,
        unitLabel,
      ),
    ),
    h(
      'div',
      { class: 'control' },
      h('span', { class: 'control-label', 'aria-hidden': 'true' }, 'Units'),
      units.group,
    ),
  );
  return {
    element,
    update(s: ControlsState) {
      current = s;
      mode.set(s.mode);
      units.set(s.units);
      speed.set(String(s.speed));
      presets.forEach((p, i) => {
        const b = speed.buttons[i];
        if (b)
          b.textContent = `${reportedText(p.claim, s.units).replace(/^(about|around) /, '')} · ${p.article}`;
      });
      const isPreset = presets.some((p) => p.kmh === s.speed);
      unitLabel.textContent = s.units === 'mi' ? 'mph' : 'km/h';
      const shown = fromKmh(s.speed, s.units);
      if (document.activeElement !== custom)
        custom.value = isPreset ? '' : String(Math.round(shown * 10) / 10);
      custom.placeholder = 'other';
    },
  };
}
