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
export { toCsv, fromCsv, escapeCsvFormula, unescapeCsvFormula, CSV_COLUMNS, type CsvColumn, type ToCsvOptions, type FromCsvOptions } from './csv.js';
export { jsonSchemas, type JsonSchema, type SchemaName } from './json-schema.js';
