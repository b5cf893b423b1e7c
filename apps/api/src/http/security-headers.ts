import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { AppConfig } from '#core';

/**
 * Security headers on every response, HTML and API alike (@fastify/helmet on Fastify's onRequest hook).
 * The policy fits the built web app: Vite emits only same-origin module scripts and stylesheets, so
 * scripts are `'self'`, plus `'wasm-unsafe-eval'` to compile WebAssembly (the check-in page's QR decoder;
 * it allows no JavaScript eval); antd (CSS-in-JS) injects `<style>` elements at run time, which is why
 * styles allow `'unsafe-inline'` (inline styles cannot run code). Images may be `data:` (antd icons,
 * Swagger UI) and `blob:` (downloads). No page may be framed. HSTS and the upgrade of insecure requests
 * only when the public address is HTTPS: over plain HTTP they would lock a browser out of the site.
 */
export function securityHeaders(config: AppConfig): FastifyHelmetOptions {
  const https = config.PUBLIC_URL.startsWith('https:');
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Cross-origin isolation would stop integrators' browsers from reading public API answers.
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-site' },
  };
}
