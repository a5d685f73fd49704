import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { StreamedContentWithoutScripts } from "@/components/layout/streamed-content-without-scripts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Triangulate", template: "%s · Triangulate" },
  description: "Figures from the news, who gives them, when, and which really conflict.",
};

// Every page reads the live database: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <StreamedContentWithoutScripts />
      </head>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
