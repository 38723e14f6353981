/** A zip of text files (fflate, loaded when a table is exported): a CSV and the README beside it. */
export async function zipTexts(files: Record<string, string>): Promise<Blob> {
  const { strToU8, zipSync } = await import('fflate');
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, text]) => [name, strToU8(text)]),
  );
  const bytes = zipSync(entries, { level: 6 });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
