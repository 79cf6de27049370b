import { inflateRawSync } from 'node:zlib';

/**
 * An uploaded workbook is an untrusted ZIP archive. Before exceljs (and its JSZip) sees a byte,
 * this reads the archive's central directory and inflates every entry itself, each into a
 * buffer capped by zlib's `maxOutputLength`: a zip bomb (declared sizes that lie, or honest
 * ones that are huge) stops at the budget, whatever the headers claim. Also counts the rows
 * each worksheet holds, so that a sheet of a million tiny rows is refused before it is parsed.
 * Pure and synchronous: memory is bounded by the budget, time by the bytes inflated.
 */
export const IMPORT_LIMITS = {
  /** The largest upload, in bytes. */
  fileBytes: 2 * 1024 * 1024,
  /** The most bytes all entries may inflate to, together. */
  uncompressedBytes: 20 * 1024 * 1024,
  /** The most entries in the archive (a workbook of three sheets has about a dozen). */
  entries: 100,
  /** The most data rows in the workbook, all sheets together (header rows not counted). */
  rows: 1_000,
  /**
   * The most cells in all worksheets: 1,000 rows of the workbook's 11 columns are 11,000, and a
   * person may format a few more; a sheet of a million tiny cells within 20 MB is refused before
   * exceljs makes an object of each.
   */
  cells: 100_000,
} as const;

/** Rows the instructions sheet may add to the data rows before the archive is refused unparsed. */
const INSTRUCTION_ROWS_ALLOWANCE = 50;

export const tooManyRows = (rows: number) =>
  `This workbook has ${rows} rows; an upload holds at most ${IMPORT_LIMITS.rows}: split it into smaller files, or keep only the rows you changed.`;

export class WorkbookRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookRefused';
  }
}

const NOT_A_WORKBOOK =
  'This file is not an Excel workbook (.xlsx): download the workbook again from Strategy Tracker, fill it in and upload it as .xlsx.';
const TOO_LARGE = `This workbook unpacks to more than ${IMPORT_LIMITS.uncompressedBytes / 1024 / 1024} MB, far more than the workbook Strategy Tracker gives you: upload the downloaded workbook with your changes only.`;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
  /** Data rows per worksheet part (e.g. xl/worksheets/sheet2.xml), the header row not counted. */
  worksheetRows: Record<string, number>;
}

function endOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const earliest = Math.max(0, bytes.length - 22 - 65_535);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === EOCD_SIGNATURE) return offset;
  }
  throw new WorkbookRefused(NOT_A_WORKBOOK);
}

/** Counts the elements named `tag` (`<row ...>`, `<c>`...) of a worksheet part, not those whose names only start so (`<rowBreaks>`, `<col>`). */
function countElements(xml: Buffer, tag: string): number {
  const open = `<${tag}`;
  let count = 0;
  let at = xml.indexOf(open, 0, 'latin1');
  while (at !== -1) {
    const next = xml[at + open.length];
    if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d || next === 0x2f) count += 1;
    at = xml.indexOf(open, at + open.length, 'latin1');
  }
  return count;
}

export function inspectWorkbookZip(input: Uint8Array): ZipSummary {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new WorkbookRefused(NOT_A_WORKBOOK);
  const eocd = endOfCentralDirectory(bytes);
  const entryCount = bytes.readUInt16LE(eocd + 10);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) throw new WorkbookRefused(NOT_A_WORKBOOK); // ZIP64: no workbook of ours needs it
  if (entryCount > IMPORT_LIMITS.entries) {
    throw new WorkbookRefused(
      `This file holds ${entryCount} parts; a workbook from Strategy Tracker holds about a dozen: upload the downloaded workbook with your changes only.`,
    );
  }

  let budget: number = IMPORT_LIMITS.uncompressedBytes;
  const worksheetRows: Record<string, number> = {};
  let offset = directoryOffset;
  let hasWorkbookPart = false;
  let cells = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new WorkbookRefused(NOT_A_WORKBOOK);
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const declaredSize = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localOffset = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name === 'xl/workbook.xml') hasWorkbookPart = true;

    if (declaredSize > budget) throw new WorkbookRefused(TOO_LARGE);
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new WorkbookRefused(NOT_A_WORKBOOK);
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw new WorkbookRefused(NOT_A_WORKBOOK);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);

    let inflated: Buffer;
    if (method === 0) inflated = data;
    else if (method === 8) {
      try {
        // One byte more than the budget allows tells "exactly the budget" from "more".
        inflated = inflateRawSync(data, { maxOutputLength: budget + 1 });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new WorkbookRefused(TOO_LARGE);
        throw new WorkbookRefused(NOT_A_WORKBOOK);
      }
    } else throw new WorkbookRefused(NOT_A_WORKBOOK);
    if (inflated.length > budget) throw new WorkbookRefused(TOO_LARGE);
    budget -= inflated.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      worksheetRows[name] = Math.max(0, countElements(inflated, 'row') - 1);
      cells += countElements(inflated, 'c');
      if (cells > IMPORT_LIMITS.cells) {
        throw new WorkbookRefused(
          `This workbook has more than ${IMPORT_LIMITS.cells.toLocaleString('en')} cells, far more than the workbook Strategy Tracker gives you: upload the downloaded workbook with your changes only.`,
        );
      }
    }
  }
  if (!hasWorkbookPart) throw new WorkbookRefused(NOT_A_WORKBOOK);
  const rows = Object.values(worksheetRows).reduce((sum, count) => sum + count, 0);
  // The instructions sheet's few lines ride along; the data rows are counted exactly once parsed.
  if (rows > IMPORT_LIMITS.rows + INSTRUCTION_ROWS_ALLOWANCE) throw new WorkbookRefused(tooManyRows(rows));
  return { entries: entryCount, uncompressedBytes: IMPORT_LIMITS.uncompressedBytes - budget, worksheetRows };
}
