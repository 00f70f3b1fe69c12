import { z } from "zod";
import { json, type EmuRequest, type EmuResponse } from "../../../emulator-kit/http";
import { parseMultipart } from "../../../emulator-kit/multipart";
import { nowIso, type WbEnv } from "../env";
import { contentError } from "../errors";
import type { WbCard, WbPhoto } from "../model";
import { checkImageBytes, checkMediaUrl } from "../photo-check";
import { wbMethod } from "./route-helpers";

/**
 * media/save (links) and media/file (multipart). media/save answers 200 at once; the links are
 * downloaded in the background and, as on WB, if any one fails nothing is saved at all.
 */
const MAX_PHOTOS = 30;
const ok = () => json(200, { data: {}, error: false, errorText: "", additionalErrors: null });
const photo = (url: string): WbPhoto => ({ big: url, c246x328: url, c516x688: url, square: url, tm: url });
const missingCard = () => contentError(400, "Указан несуществующий nmID карточки товара", { error: "Указан несуществующий nmID карточки товара" });

function setPhotos(card: WbCard, urls: string[]): void {
  const videos = urls.filter((u) => /\.(mp4|mov)(\?|$)/i.test(u));
  card.photos = urls.filter((u) => !videos.includes(u)).map(photo);
  card.video = videos[0] ?? "";
  card.updatedAt = nowIso();
}

export function mediaRoutes(env: WbEnv) {
  const save = wbMethod({
    method: "POST",
    template: "/content/v3/media/save",
    group: "media",
    schema: z.object({ nmId: z.number().int().optional(), data: z.array(z.string()).optional() }),
    handle: (body, { seller }) => {
      if (body.nmId === undefined) return contentError(422, "nmId is required", {});
      const card = seller.seller.cards.get(body.nmId);
      if (!card) return missingCard();
      const urls = body.data ?? [];
      if (urls.length > MAX_PHOTOS) return contentError(400, `Не больше ${MAX_PHOTOS} изображений`, {});
      env.jobs.schedule(env.timeScale.scaled(env.settings.mediaDelayMs), async () => {
        const problems = await Promise.all(urls.map(checkMediaUrl));
        if (problems.every((p) => p === null)) setPhotos(card, urls);
      });
      return ok();
    },
  });

  const file = wbMethod({
    method: "POST",
    template: "/content/v3/media/file",
    group: "media",
    handle: (_body, { seller, req }) => {
      const nmId = Number(req.headers["x-nm-id"]);
      const number = Number(req.headers["x-photo-number"]);
      const card = seller.seller.cards.get(nmId);
      if (!card) return missingCard();
      if (!Number.isInteger(number) || number < 1 || number > MAX_PHOTOS) return contentError(400, "Invalid X-Photo-Number", {});
      const upload = parseMultipart(req.body, req.headers["content-type"])?.find((part) => part.name === "uploadfile");
      if (!upload) return contentError(400, "uploadfile is required", {});
      const problem = checkImageBytes(upload.data);
      if (problem) return contentError(400, `Invalid file: ${problem}`, {});
      const path = `/media/${nmId}/${number}`;
      env.mediaFiles.set(path, { data: upload.data, contentType: upload.contentType ?? "application/octet-stream" });
      const photos = [...card.photos];
      photos[Math.min(number, photos.length + 1) - 1] = photo(`${req.baseUrl}${path}`);
      card.photos = photos;
      card.updatedAt = nowIso();
      return ok();
    },
  });

  return [save, file];
}

/** Serves photos uploaded with media/file (no credentials, like WB's CDN). */
export function serveMedia(env: WbEnv, req: EmuRequest): EmuResponse | null {
  if (req.method !== "GET" || !req.path.startsWith("/media/")) return null;
  const file = env.mediaFiles.get(req.path);
  return file ? { kind: "raw", status: 200, body: file.data, contentType: file.contentType } : null;
}
