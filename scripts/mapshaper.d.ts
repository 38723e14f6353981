declare module 'mapshaper' {
  const mapshaper: {
    /** Runs mapshaper commands on in-memory inputs and resolves to the named outputs. */
    applyCommands(
      commands: string,
      inputs: Record<string, string>,
    ): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
