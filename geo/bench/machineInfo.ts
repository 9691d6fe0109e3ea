/** The machine a benchmark ran on, for its report. */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';

/** CPU, cores, memory and Node version. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
}

/**
 * Describes this machine (CPU model from `lscpu` where there is one).
 *
 * @example machineInfo() // { cpu: 'AMD EPYC 9B14', cores: 2, memoryGB: 24, node: 'v20.20.2', platform: 'linux x64' }
 */
export function machineInfo(): MachineInfo {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^Model name:\s*(.+)$/m.exec(execFileSync('lscpu', { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }));
    if (m) cpu = m[1]!.trim();
  } catch {
    // No lscpu: keep os.cpus().
  }
  return { cpu, cores: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
}
