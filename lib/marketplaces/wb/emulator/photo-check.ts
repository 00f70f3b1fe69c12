import { readImageSize } from "../../emulator-kit/image-size";

/**
 * WB's photo requirements: a direct link to an image file (no HTML page), at least 700×900 px,
 * at most 32 MB. Videos (MP4/MOV) are accepted as links without inspection.
 */
export const MIN_WIDTH = 700;
export const MIN_HEIGHT = 900;
export const MAX_BYTES = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

export function checkImageBytes(data: Buffer): string | null {
  if (data.length > MAX_BYTES) return "file is larger than 32 MB";
  const size = readImageSize(data);
  if (!size) return "not a supported image (JPEG or PNG)";
  if (size.width < MIN_WIDTH || size.height < MIN_HEIGHT) return `image is ${size.width}x${size.height}, at least ${MIN_WIDTH}x${MIN_HEIGHT} is required`;
  return null;
}

/** Downloads one media link and returns why it is unusable, or null when it is fine. */
export async function checkMediaUrl(url: string): Promise<string | null> {
  if (/\.(mp4|mov)(\?|$)/i.test(url)) return null;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) return `HTTP ${response.status}`;
    if (/text\/html|text\/plain/i.test(response.headers.get("content-type") ?? "")) return "link leads to a page, not a file";
    return checkImageBytes(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    return `cannot download: ${(error as Error).message}`;
  }
}
