// Paged lists: one page of objects in id order, bounded by a count the caller asks for and by
// bytes, so that no answer ever outgrows a frame however many objects the store holds. The page
// token is the last id of the previous page: a page starts after it, so objects created or
// removed between pages never shift what the next page holds (each id shows at most once).
import type { keelapi } from "../../gen/api.js";
import { frameBytesMaxDefault } from "../../transport/index.js";
import type { Page } from "../../client/pages.js";
import { ManagerError } from "../errors.js";

/**
 * pageBytesMax leaves a quarter of the smallest frame (4 MiB, RPC and control socket alike) for
 * the envelope around a response body.
 */
export const pageBytesMax = (frameBytesMaxDefault * 3) / 4;

/** pageSizeMax bounds what one page may ask for; 0 asks for as many as fit. */
export const pageSizeMax = 100_000;

/** A repeated field's item costs a tag byte and a length of up to 4 bytes besides its own bytes. */
const itemOverheadBytes = 5;

export type { Page } from "../../client/pages.js";

/**
 * pageOf takes one page from `sorted` (objects in ascending id order): those after the token, as
 * many as `pageSize` allows (0: no count limit) and as fit `bytesMax`. A page always holds at
 * least one object when any is left: a single view is far smaller than a frame.
 */
export function pageOf<T extends { readonly id: string }, V>(
  sorted: readonly T[],
  request: keelapi.ListRequest.$Properties,
  view: (object: T) => V,
  viewBytes: (view: V) => number,
  bytesMax = pageBytesMax,
): Page<V> {
  const token = request.pageToken ?? "";
  const pageSize = request.pageSize ?? 0;
  if (pageSize > pageSizeMax) {
    throw new ManagerError({
      code: "INVALID_ARGUMENT",
      field: "page size",
      reason: `at most ${pageSizeMax}`,
    });
  }
  const limit = pageSize === 0 ? Number.POSITIVE_INFINITY : pageSize;
  const items: V[] = [];
  let bytes = 0;
  let last = "";
  for (let i = firstAfter(sorted, token); i < sorted.length; i++) {
    const object = sorted[i] as T;
    const v = view(object);
    const size = viewBytes(v) + itemOverheadBytes;
    if (items.length >= limit || (items.length > 0 && bytes + size > bytesMax)) {
      return { items, nextPageToken: last };
    }
    items.push(v);
    bytes += size;
    last = object.id;
  }
  return { items, nextPageToken: "" };
}

/** firstAfter is the index of the first object whose id sorts after `token` (binary search). */
function firstAfter(sorted: readonly { readonly id: string }[], token: string): number {
  if (token === "") return 0;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as { id: string }).id <= token) low = middle + 1;
    else high = middle;
  }
  return low;
}
