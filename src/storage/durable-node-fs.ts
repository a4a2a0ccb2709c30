import { fsyncSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

/** The part of Emscripten's NODEFS this file touches. */
interface NodeFsModule {
  NODEFS: {
    stream_ops: { fsync?: (stream: { nfd: number }) => number };
    tryFSOperation<T>(operation: () => T): T;
  };
}

type EmscriptenOptions = Awaited<ReturnType<NodeFS["init"]>>["emscriptenOpts"];

/**
 * PGlite's Node filesystem with a working fsync. Emscripten's NODEFS passes reads and writes
 * to the real files but has no fsync of its own, so PostgreSQL's fsync calls ended in the page
 * cache: fine after a process crash, lost after an operating-system crash or a power cut.
 * This one hands each fsync to the operating system (`fsync(2)` on the real file descriptor).
 * PostgreSQL's fdatasync stays a no-op in Emscripten, so PGlite runs with
 * `wal_sync_method=fsync` (see open-pglite.ts).
 *
 * @example
 * const client = await PGlite.create({ fs: new DurableNodeFS(pgdata), startParams });
 */
export class DurableNodeFS extends NodeFS {
  readonly #sync: (fd: number) => void;

  /** `sync` is the system call; tests pass one that also counts. */
  constructor(dataDir: string, sync: (fd: number) => void = fsyncSync) {
    super(dataDir);
    this.#sync = sync;
  }

  override async init(
    pg: PGlite,
    options: Partial<EmscriptenOptions>,
  ): Promise<{ emscriptenOpts: EmscriptenOptions }> {
    const { emscriptenOpts } = await super.init(pg, options);
    const sync = this.#sync;
    const addFsync = (module: NodeFsModule) => {
      const { NODEFS } = module;
      NODEFS.stream_ops.fsync = (stream) => {
        NODEFS.tryFSOperation(() => sync(stream.nfd));
        return 0;
      };
    };
    const preRun = [...(emscriptenOpts.preRun ?? []), addFsync] as EmscriptenOptions["preRun"];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } };
  }
}
