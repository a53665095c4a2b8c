const maxCanvasPixels = 16_777_216;

/**
 * A PNG of an SVG document, drawn by the browser's own SVG renderer (the one that drew the
 * screen) onto a canvas `scale` times the picture's size, for sharp slides on high-density screens.
 */
export async function svgToPng(svg: string, width: number, height: number, requestedScale = 1): Promise<Blob> {
  // iOS Safari draws nothing on a canvas over 16.7 megapixels (1920x1080 at a ratio of 3 is 18.7).
  const scale = Math.min(requestedScale, Math.sqrt(maxCanvasPixels / (width * height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw the picture (no canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob === null ? reject(new Error('This browser could not make the PNG.')) : resolve(blob)), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
