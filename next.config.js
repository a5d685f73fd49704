// A static Content-Security-Policy rather than a nonce: a nonce makes every
// page dynamic, and these pages render from the database on each request
// anyway but keep their static shells. Next's inline bootstrap scripts need
// 'unsafe-inline' then; everything else comes only from this origin, and no
// other site may frame the dashboard.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  // Chart downloads draw the SVG into an image and hand it over as a blob or data URL.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The native SQLite driver is loaded by Node at run time, never bundled. So is
  // exceljs: its zip writer (archiver 5, the last that exceljs 4.4 takes) calls
  // the deprecated Buffer(), which Node forgives in node_modules but, once
  // bundled into .next/, logs as DEP0005 on every XLSX download.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "exceljs"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
