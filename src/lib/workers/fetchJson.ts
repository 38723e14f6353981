/** Fetches and parses a JSON file inside a worker, with messages that name the file. */
export async function fetchJson(name: string, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`Could not read ${name}: ${(e as Error).message}`, { cause: e });
  }
  if (!response.ok) throw new Error(`Could not read ${name}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (e) {
    throw new Error(`${name} is not valid JSON`, { cause: e });
  }
}
