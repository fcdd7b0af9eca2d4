/** Platform export adapters: native analytics downloads read into Recap's rows of metric values. */
export type { ExportCell, ExportContext, ExportFormat, ExportRead, ExportRow, UnrecognisedExport } from './types.ts';
export { decodeExport, spreadsheetRefusal } from './decode.ts';
export {
  EXPORT_FORMATS,
  detectExport,
  isRecapHeader,
  readExport,
  readFoundExport,
  searchHeader,
  skippedBreakdown,
  unrecognisedExport,
  unrecognisedExportMessage,
  type Detection,
  type Found,
  type FoundFormat,
  type HeaderSearch,
  type NearFormat,
  type NotFound,
} from './formats.ts';
