declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory inputs and resolves to the named outputs. */
  function applyCommands(
    commands: string,
    inputs: Record<string, string>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
