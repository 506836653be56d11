import type { AppConfig } from './config.ts';
import type { Clock } from './clock.ts';
import type { FieldCipher } from './crypto.ts';
import type { Db } from './db.ts';

/** The small explicit set of things commands need (CONVENTIONS habit 4): no container. */
export interface Deps {
  db: Db;
  clock: Clock;
  config: AppConfig;
  cipher: FieldCipher;
}
