/**
 * The CSV files of the per-report tables, made of each report's rows as its worker wrote them.
 *
 * A worker writes a report's rows in output order (shared/rowFormat.ts `orderRows`) as CSV lines;
 * the load stage appends them to its spool and notes where each report's block of each table
 * lies. The output CSV is then the header and the blocks in report_id order, copied byte for
 * byte, and hashed as they are written: no row is parsed, sorted or formatted again. (DuckDB's
 * sorted COPY TO CSV took 2.8 CPU-seconds for 3,000 reports, more than the Parquet files.)
 *
 * A build that re-uses the previous output copies the blocks of the reports it keeps from the
 * previous CSV files, found through the block index the previous build wrote beside them.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf, TABLE_NAMES, type TableName } from '../../schemas/index.ts';

/** Tables whose rows belong to one report and start with its report_id. */
export const BLOCK_TABLES = TABLE_NAMES.filter((t) => t !== 'reports' && t !== 'rejects') as TableName[];
const SLOT = new Map(BLOCK_TABLES.map((t, i) => [t as string, i]));

/** The header line, as DuckDB's COPY writes it for the other tables. */
const csvHeader = (table: TableName): string => columnsOf(table).map((c) => c.name).join(',') + '\n';

export const BLOCK_INDEX_FILE = '.govreports-csv-blocks.json';

/** Where one report's rows of each table lie: a source file per table, offset and length. */
interface Blocks {
  /** A spool chunk's number, or PREVIOUS for the previous output's CSV files. */
  source: number;
  /** [offset, length] per BLOCK_TABLES entry. */
  at: Float64Array;
}
const PREVIOUS = -1;

/** A report's part of one table's spool: recorded as its rows are appended. */
export type NoteBlock = (table: string, offset: number, length: number) => void;

export class BlockIndex {
  private readonly blocks = new Map<string, Blocks>();

  /** The previous output's blocks, when its database is re-used. */
  constructor(private readonly previous: PreviousBlocks | null) {}

  /** A new block set for a report whose rows go to spool chunk `chunk`. */
  start(reportId: string, chunk: number): NoteBlock {
    const at = new Float64Array(BLOCK_TABLES.length * 2);
    this.blocks.set(reportId, { source: chunk, at });
    return (table, offset, length) => {
      const k = SLOT.get(table);
      if (k === undefined) return;
      at[2 * k] = offset;
      at[2 * k + 1] = length;
    };
  }

  /** Re-uses a report's blocks from the previous output's CSV files. */
  keep(reportId: string) {
    const at = this.previous?.at.get(reportId);
    if (!at) throw new Error(`report ${reportId} has no rows in the previous CSV files`);
    this.blocks.set(reportId, { source: PREVIOUS, at });
  }

  /**
   * Writes every BLOCK_TABLES CSV file of the kept reports (in report_id order) into `csvDir`,
   * and the index the next build reads beside `indexFile`. Resolves to each file's sha256.
   */
  async write(o: {
    reportIds: string[];
    csvDir: string;
    indexFile: string;
    spoolFile: (chunk: number, table: TableName) => string;
  }): Promise<Map<string, string>> {
    const ids = [...o.reportIds].sort();
    const hashes = new Map<string, string>();
    const lengths: Record<string, number[]> = {};
    const fds = new Map<string, number>();
    const fdOf = (path: string) => {
      let fd = fds.get(path);
      if (fd === undefined) fds.set(path, (fd = openSync(path, 'r')));
      return fd;
    };
    try {
      for (const [k, table] of BLOCK_TABLES.entries()) {
        const pieces: Piece[] = [];
        const lens: number[] = (lengths[table] = []);
        for (const id of ids) {
          const b = this.blocks.get(id);
          if (!b) throw new Error(`report ${id} has no rows to write`);
          const offset = b.at[2 * k];
          const length = b.at[2 * k + 1];
          lens.push(length);
          if (length === 0) continue;
          const path = b.source === PREVIOUS ? join(this.previous!.csvDir, `${table}.csv`) : o.spoolFile(b.source, table);
          pieces.push({ path, offset, length });
        }
        await new Promise(setImmediate); // the caller's DuckDB work gets its turn between tables
        const file = join(o.csvDir, `${table}.csv`);
        hashes.set(file, copyPieces(file, csvHeader(table), pieces, fdOf));
      }
    } finally {
      for (const fd of fds.values()) closeSync(fd);
    }
    writeFileSync(o.indexFile, JSON.stringify({ version: 1, tables: BLOCK_TABLES, report_ids: ids, lengths }));
    return hashes;
  }
}

/** The block index of a previous output, checked against its CSV files. */
export interface PreviousBlocks {
  csvDir: string;
  at: Map<string, Float64Array>;
}

/**
 * The previous output's blocks, or null when they cannot be trusted (no index, another table
 * list, a CSV file whose size disagrees): the build then starts from nothing.
 */
export function readPreviousBlocks(outDir: string): PreviousBlocks | null {
  const indexFile = join(outDir, BLOCK_INDEX_FILE);
  if (!existsSync(indexFile)) return null;
  try {
    const idx = JSON.parse(readFileSync(indexFile, 'utf8')) as { version: number; tables: string[]; report_ids: string[]; lengths: Record<string, number[]> };
    if (idx.version !== 1 || idx.tables.join() !== BLOCK_TABLES.join()) return null;
    const at = new Map<string, Float64Array>(idx.report_ids.map((id) => [id, new Float64Array(BLOCK_TABLES.length * 2)]));
    const csvDir = join(outDir, 'csv');
    for (const [k, table] of BLOCK_TABLES.entries()) {
      const lens = idx.lengths[table];
      if (!lens || lens.length !== idx.report_ids.length) return null;
      let offset = Buffer.byteLength(csvHeader(table));
      for (const [i, id] of idx.report_ids.entries()) {
        const a = at.get(id)!;
        a[2 * k] = offset;
        a[2 * k + 1] = lens[i];
        offset += lens[i];
      }
      if (statSync(join(csvDir, `${table}.csv`)).size !== offset) return null;
    }
    return { csvDir, at };
  } catch {
    return null;
  }
}

interface Piece { path: string; offset: number; length: number }

/** Pieces read into one buffer, then hashed and written. */
const BATCH_BYTES = 4 * 1024 * 1024;

/**
 * Synchronous on purpose: DuckDB's queries hold libuv's thread pool while this runs, and
 * asynchronous reads would queue behind them; the main thread is otherwise idle meanwhile.
 */
function copyPieces(file: string, header: string, pieces: Piece[], fdOf: (path: string) => number): string {
  const hash = createHash('sha256');
  const out = openSync(file, 'w');
  try {
    const head = Buffer.from(header);
    hash.update(head);
    writeFully(out, head, head.length);
    const buf = Buffer.allocUnsafe(BATCH_BYTES);
    let used = 0;
    const drain = () => {
      hash.update(buf.subarray(0, used));
      writeFully(out, buf, used);
      used = 0;
    };
    for (const p of pieces) {
      // A piece larger than the space left goes in parts, each filling the buffer.
      for (let done = 0; done < p.length;) {
        const n = Math.min(BATCH_BYTES - used, p.length - done);
        readFully(fdOf(p.path), buf, used, n, p.offset + done);
        used += n;
        done += n;
        if (used === BATCH_BYTES) drain();
      }
    }
    if (used) drain();
  } finally {
    closeSync(out);
  }
  return hash.digest('hex');
}

function readFully(fd: number, buf: Buffer, at: number, length: number, position: number) {
  for (let done = 0; done < length;) {
    const n = readSync(fd, buf, at + done, length - done, position + done);
    if (n === 0) throw new Error(`rows of a report end early in a spooled or previous CSV file (${length - done} bytes missing)`);
    done += n;
  }
}

/** Writes the first `length` bytes of `buf`, however many calls the system takes. */
export function writeFully(fd: number, buf: Uint8Array, length: number) {
  for (let done = 0; done < length;) done += writeSync(fd, buf, done, length - done);
}
