/** The WB objects the emulator keeps per seller (shapes of the WB answers). */
export interface WbPhoto {
  big: string;
  c246x328: string;
  c516x688: string;
  square: string;
  tm: string;
}

export interface WbSize {
  chrtID: number;
  techSize: string;
  wbSize: string;
  skus: string[];
}

export interface WbCard {
  nmID: number;
  imtID: number;
  nmUUID: string;
  subjectID: number;
  subjectName: string;
  vendorCode: string;
  brand: string;
  title: string;
  description: string;
  needKiz: boolean;
  kizMarked: boolean;
  photos: WbPhoto[];
  video: string;
  wholesale: { enabled: boolean; quantum: number };
  dimensions: { length: number; width: number; height: number; weightBrutto: number; isValid: boolean };
  characteristics: Array<{ id: number; name: string; value: unknown }>;
  sizes: WbSize[];
  tags: Array<{ id: number; name: string; color: string }>;
  createdAt: string;
  updatedAt: string;
}

export interface WbErrorBatch {
  batchUUID: string;
  subjects: Record<string, { id: number; name: string }>;
  brands: Record<string, { id: number; name: string }>;
  vendorCodes: string[];
  errors: Record<string, string[]>;
  updatedAt: string;
}

export interface WbPriceItem {
  nmID: number;
  vendorCode: string;
  price: number | null;
  discount: number;
  status: 2 | 3;
  errorText: string;
}

export interface WbPriceTask {
  uploadID: number;
  uploadDate: string;
  activationDate: string;
  request: Array<{ nmID: number; price?: number | null; discount?: number | null }>;
  processed: boolean;
  status: 3 | 5 | 6 | null;
  items: WbPriceItem[];
}

export interface WbWarehouse {
  name: string;
  officeId: number;
  id: number;
  cargoType: 1 | 2 | 3;
  deliveryType: 1 | 2 | 3 | 5 | 6;
  isDeleting: boolean;
  isProcessing: boolean;
}

export interface WbQuarantineItem {
  nmID: number;
  newPrice: number;
  oldPrice: number;
  newDiscount: number;
  oldDiscount: number;
}
