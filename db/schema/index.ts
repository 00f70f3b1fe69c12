export * from "./auth";
export * from "./organisations";
export * from "./audit";
export * from "./mail";
export * from "./billing";
export * from "./jobs";
export * from "./connections";
export * from "./catalog";
