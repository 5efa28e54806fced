/**
 * Registers the app-shell service worker (public/sw.js) in production builds, so the visit pages open
 * without network once visited (issue 5 item 9). Development (Vite) keeps it off to avoid stale modules.
 */
export function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
