import { stepFor } from '../../sdk/model/instrument-index.js';
import { resolveText, type LocalizedText } from '../../sdk/model/localized-text.js';
import { formatChange, formatList, formatNumber, message, pluralCategory } from '../../internal/i18n.js';
import type { PlottedSeries, RadarAxis, RadarData, SeriesLabel } from './radar-data.js';
import { radarMessages, type RadarMessage } from './radar.messages.js';

/**
 * The radar in words: the names, numbers and sentences that the chart, its accessible name and
 * description, the spoken read-out and the table say. Pure functions of the data and the two
 * languages (the data's, for names and numbers; the interface's, for the sentences).
 */

/** Numbers as the language writes them, shared by every radar (a table has the same few values). */
const formattedNumbers = new Map<string, string>();

export interface RadarWords {
  /** Data text in the data's language. */
  t(value: LocalizedText | string | undefined): string;
  msg(key: RadarMessage, values?: Record<string, string | number>): string;
  /** A series' name; built-in names in lower case inside a sentence ("start och senaste"). */
  seriesName(label: SeriesLabel, inSentence?: boolean): string;
  number(value: number): string;
  /** The scale step's label of a value, or "between A and B" for a mean between two steps. */
  stepLabel(axis: RadarAxis, value: number): string;
  valueText(axis: RadarAxis, value: number): string;
  areaCount(count: number): string;
  language: string;
  interfaceLanguage: string;
}

export function radarWords(language: string, interfaceLanguage: string): RadarWords {
  const t = (value: LocalizedText | string | undefined) => resolveText(value, language);
  const msg = (key: RadarMessage, values: Record<string, string | number> = {}) =>
    message(radarMessages, interfaceLanguage, key, values);
  const number = (value: number) => {
    const key = `${language}|${value}`;
    let text = formattedNumbers.get(key);
    if (text === undefined) {
      text = formatNumber(language, value, { maximumFractionDigits: 2 });
      if (formattedNumbers.size > 2000) formattedNumbers.clear();
      formattedNumbers.set(key, text);
    }
    return text;
  };
  const stepLabel = (axis: RadarAxis, value: number) => {
    if (!axis.scale) return '';
    const low = stepFor(axis.scale, Math.floor(value + 1e-9));
    const high = stepFor(axis.scale, Math.ceil(value - 1e-9));
    if (!low || !high) return '';
    if (low === high) return t(low.label);
    return msg('between', { low: t(low.label), high: t(high.label) });
  };
  return {
    language,
    interfaceLanguage,
    t,
    msg,
    number,
    stepLabel,
    seriesName(label, inSentence = false) {
      if ('key' in label) {
        const name = msg(label.key);
        return inSentence ? name.toLocaleLowerCase(interfaceLanguage) : name;
      }
      return t(label.text);
    },
    valueText(axis, value) {
      const text = msg('valueOf', { value: number(value), max: number(axis.max) });
      const step = stepLabel(axis, value);
      return step ? `${text}, ${step}` : text;
    },
    areaCount(count) {
      return msg(pluralCategory(interfaceLanguage, count) === 'one' ? 'areaOne' : 'areaOther', {
        count: number(count),
      });
    },
  };
}

/** The chart's accessible name: the `label` given, else the number of areas and the series shown. */
export function accessibleName(
  w: RadarWords,
  data: RadarData,
  visible: readonly PlottedSeries[],
  label: string | undefined,
): string {
  if (label) return label;
  const { axes, series } = data;
  const names = visible.map((s) => w.seriesName(s.label, true));
  const count = w.number(axes.length);
  return series.length > 0 && names.length > 0
    ? w.msg('name', { count, series: formatList(w.language, names) })
    : w.msg('nameNoSeries', { count });
}

/** The chart in words: scale, the overall change, where values are missing. */
export function describeRadar(w: RadarWords, data: RadarData, visible: readonly PlottedSeries[]): string {
  const { axes } = data;
  const parts: string[] = [];
  const first = axes[0];
  if (first) {
    const uniform = axes.every((a) => a.min === first.min && a.max === first.max && a.direction === first.direction);
    parts.push(
      uniform
        ? w.msg('scale', {
            min: w.number(first.min),
            max: w.number(first.max),
            direction: w.msg(first.direction),
          })
        : w.msg('scales'),
    );
  }
  const compared = visible.find((s) => s.reference && s.kind !== 'goal');
  if (compared?.reference) {
    let better = 0;
    let worse = 0;
    let same = 0;
    axes.forEach((axis, i) => {
      const now = compared.values[i];
      const then = compared.reference!.values[i];
      if (now === null || now === undefined || then === null || then === undefined) return;
      const delta = (now - then) * (axis.direction === 'lowerIsBetter' ? -1 : 1);
      if (delta > 0) better++;
      else if (delta < 0) worse++;
      else same++;
    });
    parts.push(
      w.msg('changeSummary', {
        latest: w.seriesName(compared.label),
        baseline: w.seriesName(compared.reference.label, true),
        better: w.areaCount(better),
        worse: w.areaCount(worse),
        same: w.areaCount(same),
      }),
    );
  }
  const gaps = axes
    .filter((_, i) => visible.some((s) => s.kind !== 'goal' && s.values[i] === null))
    .map((a) => w.t(a.area.label));
  if (gaps.length > 0) parts.push(w.msg('missingSummary', { areas: formatList(w.language, gaps) }));
  return parts.join(' ');
}

/** What the live region says about the point under the keyboard or pointer: area, series, value and change. */
export function readoutText(w: RadarWords, data: RadarData, active: { area: number; series: string }): string {
  const axis = data.axes[active.area];
  const series = data.series.find((s) => s.id === active.series);
  if (!axis || !series) return '';
  const area = w.t(axis.area.label);
  const name = w.seriesName(series.label);
  const value = series.values[active.area];
  if (value === null || value === undefined) return w.msg('readoutMissing', { area, series: name });
  let text = w.msg('readout', { area, series: name, value: w.valueText(axis, value) });
  const reference = series.reference?.values[active.area];
  if (series.reference && reference !== null && reference !== undefined) {
    const change = w.msg('changeFrom', {
      change: formatChange(w.language, value - reference, 2),
      reference: w.seriesName(series.reference.label, true),
    });
    text += ` ${change.charAt(0).toLocaleUpperCase(w.interfaceLanguage)}${change.slice(1)}.`;
  }
  return text;
}
