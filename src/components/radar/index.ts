export * from './radar.js';
export { RadarSeries, RadarSeriesKind, parseRadarSeries, checkRadarSeries, type AxisRange } from './radar-series.js';
export type { PlottedSeries, RadarAxis, RadarData, SeriesStyle, SeriesLabel } from './radar-data.js';
export { StegSeriesToggleEvent, type StegSeriesToggleDetail } from './steg-series-toggle-event.js';
