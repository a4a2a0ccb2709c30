/**
 * Hands files to the browser as downloads, one after another.
 *
 * @example downloadFiles([{ name: "framework.yaml", text }]);
 */
export function downloadFiles(files: readonly { name: string; text: string }[]): void {
  for (const file of files) {
    const type = file.name.endsWith(".json") ? "application/json" : "text/plain";
    const url = URL.createObjectURL(new Blob([file.text], { type: `${type};charset=utf-8` }));
    const link = document.createElement("a");
    link.href = url;
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
