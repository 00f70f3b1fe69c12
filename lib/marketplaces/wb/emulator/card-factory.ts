import { randomUUID } from "node:crypto";
import { ean13 } from "../../catalog-generator/product-text";
import { charcsOf, validateVariant } from "./card-validation";
import { nowIso, type WbEnv } from "./env";
import type { WbCard, WbErrorBatch } from "./model";
import type { VariantInput } from "./schemas";
import type { WbSeller } from "./state";
import { subjectById } from "./subjects";

/**
 * Turns an accepted upload into cards (or error-list entries) after the configured delay, the way
 * WB's queue does: every variant is checked; the good ones become cards that share one imtID per
 * uploaded card, the failures are reported together under the upload's batchUUID.
 */
export interface QueuedGroup {
  subjectID: number;
  /** Set for cards/upload/add: the group the new cards join. */
  imtID?: number;
  variants: VariantInput[];
}

export interface QueuedBatch {
  batchUUID: string;
  groups: QueuedGroup[];
  /** vendorCodes that clashed when the batch was accepted (queued elsewhere or repeated in it). */
  clashes: Set<string>;
}

export function newBarcode(env: WbEnv): string {
  let code = ean13(`20${String(env.state.next("barcode")).padStart(10, "0")}`);
  while (env.state.isSkuUsed(code)) code = ean13(`20${String(env.state.next("barcode")).padStart(10, "0")}`);
  return code;
}

function buildCard(env: WbEnv, seller: WbSeller, subjectID: number, imtID: number, variant: VariantInput): WbCard {
  const charcs = charcsOf(subjectID);
  const now = nowIso();
  const sizes = (variant.sizes?.length ? variant.sizes : [{}]).map((size: NonNullable<VariantInput["sizes"]>[number]) => ({
    chrtID: env.state.next("chrt"),
    techSize: size.techSize ?? "0",
    wbSize: size.wbSize ?? "",
    skus: size.skus?.length ? size.skus : [newBarcode(env)],
  }));
  env.state.claimSkus(sizes.flatMap((s) => s.skus));
  const dims = variant.dimensions ?? {};
  const card: WbCard = {
    nmID: env.state.next("nm"),
    imtID,
    nmUUID: randomUUID(),
    subjectID,
    subjectName: subjectById(subjectID)?.subjectName ?? "",
    vendorCode: variant.vendorCode,
    brand: variant.brand ?? "",
    title: variant.title ?? "",
    description: variant.description ?? "",
    needKiz: false,
    kizMarked: variant.kizMarked ?? false,
    photos: [],
    video: "",
    wholesale: { enabled: variant.wholesale?.enabled ?? false, quantum: variant.wholesale?.quantum ?? 0 },
    dimensions: { length: dims.length ?? 0, width: dims.width ?? 0, height: dims.height ?? 0, weightBrutto: dims.weightBrutto ?? 0, isValid: true },
    characteristics: (variant.characteristics ?? []).map((c) => ({ id: c.id, name: charcs.find((x) => x.charcID === c.id)?.name ?? "", value: c.value })),
    sizes,
    tags: [],
    createdAt: now,
    updatedAt: now,
  };
  seller.cards.set(card.nmID, card);
  seller.vendorCodes.set(card.vendorCode, card.nmID);
  const price = variant.sizes?.find((s) => s.price !== undefined)?.price;
  if (price !== undefined) seller.prices.set(card.nmID, { price, discount: 0 });
  return card;
}

export function processBatch(env: WbEnv, seller: WbSeller, batch: QueuedBatch): void {
  const failed: WbErrorBatch = { batchUUID: batch.batchUUID, subjects: {}, brands: {}, vendorCodes: [], errors: {}, updatedAt: nowIso() };
  for (const group of batch.groups) {
    let imtID = group.imtID;
    for (const variant of group.variants) {
      const errors = validateVariant(variant, {
        subjectId: group.subjectID,
        vendorCodeTaken: (code) => batch.clashes.has(code),
        skuTaken: (sku) => env.state.isSkuUsed(sku),
      });
      if (errors.length === 0) {
        imtID ??= env.state.next("imt");
        buildCard(env, seller, group.subjectID, imtID, variant);
        continue;
      }
      if (seller.vendorCodes.get(variant.vendorCode) === 0) seller.vendorCodes.delete(variant.vendorCode);
      failed.vendorCodes.push(variant.vendorCode);
      failed.subjects[variant.vendorCode] = { id: group.subjectID, name: subjectById(group.subjectID)?.subjectName ?? "" };
      if (variant.brand) failed.brands[variant.vendorCode] = { id: 0, name: variant.brand };
      failed.errors[variant.vendorCode] = errors;
    }
  }
  if (failed.vendorCodes.length > 0) seller.errorBatches.push(failed);
}

/** Accepts a batch: reserves its vendorCodes and schedules the processing. */
export function enqueueBatch(env: WbEnv, seller: WbSeller, groups: QueuedGroup[]): string {
  const clashes = new Set<string>();
  for (const variant of groups.flatMap((g) => g.variants)) {
    if (seller.vendorCodes.has(variant.vendorCode)) clashes.add(variant.vendorCode);
    else seller.vendorCodes.set(variant.vendorCode, 0);
  }
  const batch: QueuedBatch = { batchUUID: randomUUID(), groups, clashes };
  env.jobs.schedule(env.timeScale.scaled(env.settings.cardDelayMs), () => processBatch(env, seller, batch));
  return batch.batchUUID;
}
