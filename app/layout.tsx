import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/get-locale";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CardPort — перенос карточек с Ozon на Wildberries", template: "%s · CardPort" },
  description: "CardPort переносит карточки товаров с Ozon на Wildberries и синхронизирует цены и остатки.",
};

export const viewport: Viewport = { themeColor: "#4f3cc9", width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
