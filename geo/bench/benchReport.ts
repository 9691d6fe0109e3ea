/** The bench's result (its JSON last line) and the types of its parts. */
import type { CliSample } from './measureCli.ts';
import type { GazetteerLoadReport } from './measureGazetteerLoad.ts';
import type { GeoparseSample } from './measureGeoparse.ts';
import type { MachineInfo } from './machineInfo.ts';
import type { SingleArticleSample } from './measureSingleArticle.ts';

/** Everything `npm run bench` measured. */
export interface BenchReport {
  date: string;
  machine: MachineInfo;
  seed: number;
  /** Binary and TSV loads (`medianMs`, `samples`: the binary), file sizes. */
  gazetteerLoad: GazetteerLoadReport;
  geoparse: Array<GeoparseSample & { sizeMB: number }>;
  /** `t(10 MB)/t(1 MB)` and so on, for each size against the one before it (10 for linear cost). */
  scaling: Array<{ from: number; to: number; ratio: number; linear: number }>;
  cli: { sizeMB: number; runs: CliSample[]; sameOutput: boolean } | null;
  /** Files of real news (`--real`), each geoparsed as a corpus is (its base name only: the path may be private). */
  real: Array<GeoparseSample & { file: string }>;
  /**
   * One long article of each size through `geoparse()` and through the whole layer build; a
   * run that did not finish in the time allowed is null.
   */
  singleArticles: Array<{ sizeMB: number; geoparse: SingleArticleSample | null; build: SingleArticleSample | null }>;
  /** Time ratios of each single article against the one before it (`linear` for cost linear in its length). */
  singleScaling: Array<{ from: number; to: number; geoparse: number | null; build: number | null; linear: number }>;
  /** Seconds a single-article run may take before it is stopped. */
  singleTimeoutSeconds: number;
}
