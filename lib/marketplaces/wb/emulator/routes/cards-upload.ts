import { z } from "zod";
import { json } from "../../../emulator-kit/http";
import { enqueueBatch, newBarcode } from "../card-factory";
import type { WbEnv } from "../env";
import { contentError } from "../errors";
import { uploadAddSchema, uploadSchema, type VariantInput } from "../schemas";
import type { WbSeller } from "../state";
import { subjectById } from "../subjects";
import { wbMethod } from "./route-helpers";

/**
 * cards/upload, cards/upload/add and barcodes. A 200 from upload only means "queued"; what the
 * spec lists as 400 (format, unknown subject, vendorCode of an existing card, limits) is checked
 * at once, everything else later (card-validation.ts).
 */
const MAX_CARDS = 100;
const MAX_VARIANTS = 30;
const BODY_LIMIT = 10 * 1024 * 1024;
// A too-long title is reported in cards/error/list, as WB does, not as a 400.
const tolerateTitleLength = (error: string) => /\/title must NOT have more than/.test(error);
const queued = () => json(200, { data: null, error: false, errorText: "", additionalErrors: {} });

function vendorCodeErrors(seller: WbSeller, variants: VariantInput[]) {
  if (variants.some((v) => v.vendorCode.trim() === "")) return contentError(400, "A card cannot be created without a vendorCode", {});
  const used = variants.find((v) => (seller.vendorCodes.get(v.vendorCode) ?? 0) > 0);
  return used ? contentError(400, "bad request; Unexpected the specified card's vendor code is used in other cards", {}) : null;
}

export function uploadRoutes(env: WbEnv) {
  const upload = wbMethod({
    method: "POST",
    template: "/content/v2/cards/upload",
    group: "content-write",
    schema: uploadSchema,
    tolerate: tolerateTitleLength,
    handle: (cards, { seller, req }) => {
      if (req.body.length > BODY_LIMIT) return contentError(413, "request body too long");
      if (cards.length === 0 || cards.length > MAX_CARDS) return contentError(400, `Invalid request format: from 1 to ${MAX_CARDS} cards per request`, {});
      if (cards.some((c) => c.variants.length === 0 || c.variants.length > MAX_VARIANTS)) {
        return contentError(400, `Invalid request format: from 1 to ${MAX_VARIANTS} variants per card`, {});
      }
      const unknown = cards.find((c) => !subjectById(c.subjectID));
      if (unknown) return contentError(400, "This category does not exist", { id: String(unknown.subjectID) });
      const vendorError = vendorCodeErrors(seller.seller, cards.flatMap((c) => c.variants));
      if (vendorError) return vendorError;
      enqueueBatch(env, seller.seller, cards.map((c) => ({ subjectID: c.subjectID, variants: c.variants })));
      return queued();
    },
  });

  const uploadAdd = wbMethod({
    method: "POST",
    template: "/content/v2/cards/upload/add",
    group: "content-write",
    schema: uploadAddSchema,
    tolerate: tolerateTitleLength,
    handle: (body, { seller }) => {
      const group = [...seller.seller.cards.values()].filter((c) => c.imtID === body.imtID);
      const first = group[0];
      if (!first) return contentError(400, "Указан несуществующий imt", { error: "Указан несуществующий imt" });
      if (body.cardsToAdd.length === 0 || group.length + body.cardsToAdd.length > MAX_VARIANTS) {
        const text = "В группу можно объединить не больше 30 карточек. В результате запроса будет превышен лимит";
        return contentError(400, text, { error: text });
      }
      const vendorError = vendorCodeErrors(seller.seller, body.cardsToAdd);
      if (vendorError) return vendorError;
      enqueueBatch(env, seller.seller, [{ subjectID: first.subjectID, imtID: body.imtID, variants: body.cardsToAdd }]);
      return queued();
    },
  });

  const barcodes = wbMethod({
    method: "POST",
    template: "/content/v2/barcodes",
    group: "content",
    schema: z.object({ count: z.number().int() }),
    handle: ({ count }) => {
      if (count < 1 || count > 5000) return contentError(400, "count must be from 1 to 5000");
      return json(200, { data: Array.from({ length: count }, () => newBarcode(env)), error: false, errorText: "", additionalErrors: null });
    },
  });

  return [upload, uploadAdd, barcodes];
}
