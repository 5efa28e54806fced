/** Longest side of a photo sent from the phone: enough to read a signed statement, small enough to sync on 3G. */
const maxSidePx = 1600;

function toBase64(bytes: ArrayBuffer): string {
  let s = '';
  const b = new Uint8Array(bytes);
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * A chosen photo as base64 for the outbox: larger ones are scaled down to JPEG on the phone first;
 * when the browser cannot decode the file it goes as is (the server checks type and size anyway).
 */
export async function photoToBase64(file: File): Promise<string> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, maxSidePx / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size < 1_500_000) return toBase64(await file.arrayBuffer());
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
    return toBase64(await (blob ?? file).arrayBuffer());
  } catch {
    return toBase64(await file.arrayBuffer());
  }
}
