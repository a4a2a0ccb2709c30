/** A backup or restore that cannot go ahead; the message says what is wrong and how to fix it. */
export class BackupError extends Error {
  override name = "BackupError";
}
