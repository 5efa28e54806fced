/* global self, caches, fetch, Response */
// Qudao's service worker (issue 5 item 9): keeps the app shell so the visit pages open with no network.
// Hand-written and small on purpose: navigations go to the network first and fall back to the cached
// index.html; hashed build assets are cached on first use; the API is never cached here (visit data
// is kept by the page in IndexedDB and writes wait in its outbox).
const shell = 'qudao-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(shell).then((c) => c.addAll(['/', '/manifest.webmanifest', '/icon.svg'])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== shell).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then((res) => {
          const copy = res.clone();
          if (res.ok) void caches.open(shell).then((c) => c.put('/', copy));
          return res;
        })
        .catch(() => caches.match('/').then((hit) => hit ?? Response.error())),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname === '/manifest.webmanifest' || url.pathname === '/icon.svg') {
    event.respondWith(
      caches.match(req).then(
        (hit) =>
          hit ??
          fetch(req).then((res) => {
            const copy = res.clone();
            if (res.ok) void caches.open(shell).then((c) => c.put(req, copy));
            return res;
          }),
      ),
    );
  }
});
