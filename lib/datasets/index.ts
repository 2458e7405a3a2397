// The SEC's quarterly "Insider Transactions Data Sets" (Form 345): a zip of eight tab-separated
// tables, read into the parser's ParsedFiling, one per filing. Pure: bytes in, filings out.
export { readDataset, datasetOfTables, type Dataset, type DatasetEntry } from './read';
export { DatasetError, type DatasetErrorCode } from './errors';
export { TABLES, type TableName } from './columns';
export { ownershipXmlOf } from './ownership-xml';
export type { DatasetFiling } from './filing';
