import { encodePng, parseHexColour } from "./png";

/**
 * Product photos are generated on request from their URL path, so a catalogue of 100,000 products
 * costs nothing until someone downloads a picture: /images/<w>x<h>/<top>-<bottom>/<name>.png
 */
export interface ImageSpec {
  width: number;
  height: number;
  top: string; // hex colour without '#'
  bottom: string;
  name: string;
}

const IMAGE_PATH = /^\/images\/(\d{1,5})x(\d{1,5})\/([0-9a-f]{6})-([0-9a-f]{6})\/([\w-]{1,80})\.png$/i;
const MAX_SIDE = 6000;
const CACHE_LIMIT = 64;
const cache = new Map<string, Buffer>();

export function imagePath(spec: ImageSpec): string {
  return `/images/${spec.width}x${spec.height}/${spec.top}-${spec.bottom}/${spec.name}.png`;
}

export function parseImagePath(path: string): ImageSpec | null {
  const match = IMAGE_PATH.exec(path);
  if (!match) return null;
  const [, w, h, top, bottom, name] = match as unknown as [string, string, string, string, string, string];
  const width = Number(w);
  const height = Number(h);
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return null;
  return { width, height, top, bottom, name };
}

/** The PNG for an /images/... path, or null when the path is not an image path. */
export function renderImage(path: string): Buffer | null {
  const spec = parseImagePath(path);
  if (!spec) return null;
  const key = `${spec.width}x${spec.height}/${spec.top}-${spec.bottom}`; // the name does not change the pixels
  let png = cache.get(key);
  if (!png) {
    png = encodePng(spec.width, spec.height, parseHexColour(spec.top), parseHexColour(spec.bottom));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, png);
  }
  return png;
}
