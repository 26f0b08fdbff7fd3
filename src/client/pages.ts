// Reading a paged list to its end (the server's side is src/manager/api/page.ts): each page
// starts after the last id of the one before, so a list of any length arrives in frames that fit.
import { keelapi } from "../gen/api.js";

export interface Page<V> {
  readonly items: V[];
  /** The token of the next page; empty on the last. */
  readonly nextPageToken: string;
}

/**
 * readAllPages follows a paged list to its end: `call` sends one ListRequest body and `decode`
 * takes the page's items and next token out of the answer.
 */
export async function readAllPages<V>(
  call: (body: Uint8Array) => Promise<Uint8Array>,
  decode: (body: Uint8Array) => Page<V>,
  pageSize = 0,
): Promise<V[]> {
  const all: V[] = [];
  let pageToken = "";
  do {
    const page = decode(await call(keelapi.ListRequest.encode({ pageToken, pageSize }).finish()));
    for (const item of page.items) all.push(item);
    pageToken = page.nextPageToken;
  } while (pageToken !== "");
  return all;
}
