export {
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  fromFhirQuestionnaireResponse,
  questionnaireUrl,
  areaGroupLinkId,
  scaleSystem,
  FHIR_ITEM_WEIGHT,
  FHIR_TRANSLATION,
  STEGVIS_EXTENSION,
  STEGVIS_MISSING_SYSTEM,
  type FhirResource,
  type FromFhirOptions,
} from './fhir.js';
export {
  toCsv,
  fromCsv,
  escapeCsvFormula,
  quoteCsvCell,
  unescapeCsvFormula,
  CSV_COLUMNS,
  type CsvColumn,
  type ToCsvOptions,
  type FromCsvOptions,
} from './csv.js';
// json-schema.ts is left out on purpose: z.toJSONSchema adds ~7 kB (gzip) to every bundle of the
// SDK and the CDN file, and it is only needed at build time (test/tools/json-schema.mjs imports it
// from dist/sdk/interop/json-schema.js); the schemas ship as stegvis/schema/<name>.json.
