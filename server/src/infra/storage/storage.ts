import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where evidence files live. The local folder is the default; an S3-compatible store replaces it
 * by implementing the same three calls.
 */
export interface FileStorage {
  /** Stores the stream under a new key and returns it. */
  put(stream: Readable): Promise<string>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
}

export class LocalStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(stream: Readable): Promise<string> {
    const key = `${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
    await mkdir(path.dirname(this.file(key)), { recursive: true });
    await pipeline(stream, createWriteStream(this.file(key), { flags: 'wx' }));
    return key;
  }

  open(key: string): Readable {
    return createReadStream(this.file(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  /** Keys are ours ("YYYY-MM/uuid"); refuse anything that could leave the folder. */
  private file(key: string): string {
    if (!/^\d{4}-\d{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`bad storage key ${key}`);
    return path.join(this.root, key);
  }
}
