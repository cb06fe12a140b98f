import { writeDataset } from './writeDataset';

// What the corpus and bench generator CLIs share: reading counts from flags and writing the folder.

/** A flag's whole number, at least `min`; a clear message otherwise. */
export function wholeNumber(name: string, text: string | undefined, min = 0): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return value;
}

/** Writes the folder, or says why not and exits with 2. Returns the bytes written. */
export function writeOrExit(tool: string, out: string, files: ReadonlyMap<string, string>): number {
  try {
    return writeDataset(out, files);
  } catch (error) {
    console.error(`${tool}: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
}
