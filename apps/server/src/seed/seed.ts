/**
 * First-start data. Demo mode: the demo bureau, its departments and one account per role (password Quanze@2026).
 * Otherwise: the bureau and a single system administrator with a one-time password, printed once, changed at first login.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { idCardCheckChar, type Role } from '@quanze/domain';
import { appendAudit } from '../platform/audit/audit-writer.ts';
import type { Clock } from '../platform/clock.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import type { Db } from '../platform/db.ts';
import { createFileStore, type FileStore } from '../platform/files/file-store.ts';
import { generateInitialPassword, hashPassword, passwordHistory, users } from '../modules/identity/index.ts';
import { bureaus, departments } from '../modules/org/index.ts';
import { seedDemoOfficers } from './demo-officers.ts';
import { seedDemoPowers } from './demo-powers.ts';
import { seedDemoDiscretion } from './demo-discretion.ts';
import { seedDemoCases } from './demo-cases.ts';
import { seedDemoSupervisors } from './demo-supervisors.ts';
import { seedDemoSurveys } from './demo-surveys.ts';
import { seedDemoComplaints } from './demo-complaints.ts';
import { seedDemoAccountability } from './demo-accountability.ts';
import { DEMO_BUREAU, DEMO_DEPARTMENTS, DEMO_PASSWORD, DEMO_USERS } from './demo-data.ts';

export interface SeedResult {
  seeded: boolean;
  initialAdminPassword?: string;
}

const SYSTEM = { actorId: null, actorName: '系统初始化', bureauId: null, ip: null };

/**
 * `files`: the app's file store, where the demo case file's generated documents (.docx) are stored — main.ts passes
 * the one it serves from. Without it (tests that never download them) they go to a fresh temporary folder.
 */
export async function seedIfEmpty(db: Db, clock: Clock, cipher: FieldCipher, demo: boolean, files?: FileStore): Promise<SeedResult> {
  const [n] = await db.select({ n: count() }).from(bureaus);
  if ((n?.n ?? 0) > 0) return { seeded: false };
  const adminPassword = demo ? DEMO_PASSWORD : generateInitialPassword();
  const demoHash = await hashPassword(adminPassword);
  await db.transaction(async (tx) => {
    const now = clock.now();
    const [bureau] = await tx
      .insert(bureaus)
      .values({ ...DEMO_BUREAU, name: demo ? DEMO_BUREAU.name : '本局', createdAt: now })
      .returning();
    const deptIds = new Map<string, string>();
    if (demo) {
      let order = 0;
      for (const d of DEMO_DEPARTMENTS) {
        const [row] = await tx
          .insert(departments)
          .values({ ...d, bureauId: bureau!.id, sortOrder: order++, createdAt: now, updatedAt: now })
          .returning();
        deptIds.set(d.name, row!.id);
      }
    }
    const accounts = demo
      ? DEMO_USERS
      : [{ username: 'sysadmin', displayName: '系统管理员', roles: ['systemAdmin'] as Role[], department: null }];
    for (const a of accounts) {
      const id17 = 'idCardNumber' in a && a.idCardNumber ? a.idCardNumber + '00' : null;
      const idCard = id17 ? id17 + idCardCheckChar(id17) : null;
      const mobile = 'mobile' in a && a.mobile ? a.mobile : null;
      const [u] = await tx
        .insert(users)
        .values({
          bureauId: bureau!.id,
          departmentId: a.department ? (deptIds.get(a.department) ?? null) : null,
          username: a.username,
          displayName: a.displayName,
          passwordHash: demoHash,
          passwordChangedAt: now,
          // Demo accounts are ready to use; a real installation's first administrator must change the printed password.
          mustChangePassword: !demo,
          roles: a.roles,
          mobileSealed: mobile ? cipher.encrypt(mobile) : null,
          mobileIndex: mobile ? cipher.blindIndex(mobile) : null,
          idCardSealed: idCard ? cipher.encrypt(idCard) : null,
          idCardIndex: idCard ? cipher.blindIndex(idCard) : null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(passwordHistory).values({ userId: u!.id, passwordHash: demoHash, createdAt: now });
    }
    if (demo) await seedDemoOfficers(tx, cipher, bureau!.id, now);
    if (demo) await seedDemoPowers(tx, bureau!.id, now);
    if (demo) await seedDemoDiscretion(tx, bureau!.id, now);
    if (demo) {
      const store = files ?? createFileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'quanze-seed-files-')));
      await seedDemoCases(tx, cipher, store, bureau!.id, now);
    }
    if (demo) await seedDemoComplaints(tx, cipher, bureau!.id, now);
    if (demo) await seedDemoAccountability(tx, bureau!.id, now);
    if (demo) await seedDemoSurveys(tx, bureau!.id, now);
    if (demo) await seedDemoSupervisors(tx, cipher, bureau!.id, now, demoHash);
    await appendAudit(tx, { ...SYSTEM, bureauId: bureau!.id }, now, {
      action: 'system.seed',
      objectType: 'bureau',
      objectId: bureau!.id,
      summary: { demo, departments: deptIds.size, users: accounts.map((a) => a.username) },
    });
  });
  return demo ? { seeded: true } : { seeded: true, initialAdminPassword: adminPassword };
}
