// The one Store implementation: builds the next document (or answer record), makes it durable, then applies it.
import { Action, ApiToken, Case, Delivery, Link, Member, PairScore, Round, Session, Settings, User } from "../../domain/index.ts";
import { validRelease } from "../../domain/release-check.ts";
import { decodeAnswer, encodeAnswer } from "./answer-record.ts";
import { cloneJson, deepFreeze } from "./clone.ts";
import type { CaseDoc, MetaDoc } from "./docs.ts";
import { newCaseDoc } from "./docs.ts";
import type { AuditLog } from "./audit/types.ts";
import type { Persistence } from "./persistence.ts";
import { extendsHistory } from "./release-history.ts";
import { encodeLine, jsonOfLine } from "./record-lines.ts";
import { SerialQueues } from "./serial-queue.ts";
import type { StoreState } from "./state.ts";
import { MAX_FAILED_DELIVERIES, type EndedAccess, type Store } from "./types.ts";

const copy = <T>(value: T): T => cloneJson(value);
const copyOrUndefined = <T>(value: T | undefined): T | undefined => (value === undefined ? undefined : copy(value));
const replaceBy = <T>(list: T[], item: T, same: (a: T) => boolean): T[] => [...list.filter((x) => !same(x)), item];

/** Drops the oldest failed attempts of the new record's round and member beyond MAX_FAILED_DELIVERIES. */
function keepDeliveries(list: Delivery[], added: Delivery): Delivery[] {
  const same = (d: Delivery) => d.roundId === added.roundId && d.memberId === added.memberId && d.status === "failed";
  let excess = list.filter(same).length - MAX_FAILED_DELIVERIES;
  return excess <= 0 ? list : list.filter((d) => !(same(d) && excess-- > 0));
}

/** Builds a Store over `state` that persists every change through `persistence` before applying it; `audit` keeps the audit log. */
export function createStateStore(state: StoreState, persistence: Persistence, audit: AuditLog): Store {
  const queues = new SerialQueues();
  let closed = false;
  const assertOpen = () => {
    if (closed) throw new Error("Store is closed");
  };

  /** Serialised read-modify-write of the meta document. */
  const updateMeta = (change: (meta: MetaDoc) => MetaDoc | null) => {
    assertOpen();
    return queues.run("meta", async () => {
      const next = change(state.meta);
      if (!next) return;
      await persistence.writeMeta(next);
      state.setMeta(next);
    });
  };

  /**
   * Serialised read-modify-write of one case document (`null` from `change` deletes the case, `undefined` skips).
   * Rounds the change drops have their answers erased before it resolves.
   */
  const updateCase = (caseId: string, change: (doc: CaseDoc | undefined) => CaseDoc | null | undefined) => {
    assertOpen();
    return queues.run(`case:${caseId}`, async () => {
      const previous = state.caseDocs.get(caseId);
      const next = change(previous);
      if (next === undefined || (next === null && !previous)) return;
      await persistence.writeCase(caseId, next);
      state.setCaseDoc(caseId, next);
      const kept = new Set(next?.rounds.map((r) => r.id));
      const dropped = (previous?.rounds ?? []).map((r) => r.id).filter((id) => !kept.has(id));
      if (dropped.length > 0) await persistence.eraseRounds(dropped);
    });
  };

  /** Case document that owns `roundId`, or an error naming the unknown round. */
  const caseIdOfRound = (roundId: string): string => {
    const caseId = state.caseOfRound.get(roundId);
    if (caseId === undefined) throw new Error(`Unknown round ${roundId}`);
    return caseId;
  };
  const requireDoc = (doc: CaseDoc | undefined, caseId: string): CaseDoc => {
    if (!doc) throw new Error(`Unknown case ${caseId}`);
    return doc;
  };

  return {
    listUsers: async () => copy(state.meta.users),
    getUser: async (id) => copyOrUndefined(state.usersById.get(id)),
    getUserByEmail: async (email) => copyOrUndefined(state.usersByEmail.get(email.trim().toLowerCase())),
    putUser: async (input) => {
      const user = User.parse(input);
      await updateMeta((meta) => {
        const owner = meta.users.find((u) => u.email === user.email);
        if (owner && owner.id !== user.id) throw new Error(`E-mail ${user.email} belongs to another user`);
        return { ...meta, users: replaceBy(meta.users, user, (u) => u.id === user.id) };
      });
    },
    putSession: async (input) => {
      const session = Session.parse(input);
      // Prune by the caller's clock (the new session's creation time), not the wall clock, so injected clocks agree.
      const now = Date.parse(session.createdAt);
      await updateMeta((meta) => {
        const live = meta.sessions.filter((s) => s.idHash !== session.idHash && Date.parse(s.expiresAt) > now);
        return { ...meta, sessions: [...live, session] };
      });
    },
    getSession: async (idHash) => copyOrUndefined(state.sessionsByHash.get(idHash)),
    deleteSession: async (idHash) =>
      updateMeta((meta) =>
        state.sessionsByHash.has(idHash) ? { ...meta, sessions: meta.sessions.filter((s) => s.idHash !== idHash) } : null,
      ),
    putApiToken: async (input) => {
      const token = ApiToken.parse(input);
      await updateMeta((meta) => ({ ...meta, apiTokens: replaceBy(meta.apiTokens, token, (t) => t.id === token.id) }));
    },
    getApiTokenByHash: async (hash) => copyOrUndefined(state.apiTokensByHash.get(hash)),
    listApiTokens: async (userId) => copy(state.meta.apiTokens.filter((t) => t.userId === userId)),
    deleteApiToken: async (id) =>
      updateMeta((meta) =>
        meta.apiTokens.some((t) => t.id === id) ? { ...meta, apiTokens: meta.apiTokens.filter((t) => t.id !== id) } : null,
      ),

    touchSession: async (idHash, at) =>
      updateMeta((meta) => {
        if (!state.sessionsByHash.has(idHash)) return null;
        return { ...meta, sessions: meta.sessions.map((x) => (x.idHash === idHash ? { ...x, lastSeenAt: at } : x)) };
      }),
    endUserAccess: async (userId, options = {}) => {
      const user = options.user && User.parse(options.user);
      if (user && user.id !== userId) throw new Error(`User ${user.id} is not ${userId}`);
      let ended: EndedAccess = { sessions: 0, apiTokens: 0 };
      await updateMeta((meta) => {
        if (user) {
          const owner = meta.users.find((u) => u.email === user.email);
          if (owner && owner.id !== user.id) throw new Error(`E-mail ${user.email} belongs to another user`);
        }
        const sessions = meta.sessions.filter((x) => x.userId !== userId || x.idHash === options.keepSession);
        const apiTokens = meta.apiTokens.filter((t) => t.userId !== userId);
        ended = { sessions: meta.sessions.length - sessions.length, apiTokens: meta.apiTokens.length - apiTokens.length };
        const users = user ? replaceBy(meta.users, user, (u) => u.id === user.id) : meta.users;
        return { ...meta, users, sessions, apiTokens };
      });
      return ended;
    },
    deleteUser: async (id) => {
      let ended: EndedAccess = { sessions: 0, apiTokens: 0 };
      await updateMeta((meta) => {
        if (!meta.users.some((u) => u.id === id)) return null;
        const sessions = meta.sessions.filter((x) => x.userId !== id);
        const apiTokens = meta.apiTokens.filter((t) => t.userId !== id);
        ended = { sessions: meta.sessions.length - sessions.length, apiTokens: meta.apiTokens.length - apiTokens.length };
        return { ...meta, users: meta.users.filter((u) => u.id !== id), sessions, apiTokens };
      });
      return ended;
    },

    listCases: async () => copy([...state.caseDocs.values()].map((d) => d.case)),
    getCase: async (id) => copyOrUndefined(state.caseDocs.get(id)?.case),
    putCase: async (input) => {
      const c = Case.parse(input);
      await updateCase(c.id, (doc) => (doc ? { ...doc, case: c } : newCaseDoc(c)));
    },
    deleteCase: async (id) => updateCase(id, () => null),
    listMembers: async (caseId) => copy(state.caseDocs.get(caseId)?.members ?? []),
    putMember: async (input) => {
      const m = Member.parse(input);
      await updateCase(m.caseId, (doc) => {
        const d = requireDoc(doc, m.caseId);
        return { ...d, members: replaceBy(d.members, m, (x) => x.id === m.id) };
      });
    },
    deleteMember: async (caseId, memberId) =>
      updateCase(caseId, (doc) =>
        doc?.members.some((m) => m.id === memberId)
          ? {
              ...doc,
              members: doc.members.filter((m) => m.id !== memberId),
              links: doc.links.filter((l) => l.memberId !== memberId),
              ...(doc.deliveries && { deliveries: doc.deliveries.filter((d) => d.memberId !== memberId) }),
            }
          : undefined,
      ),

    listRounds: async (caseId) => copy(state.caseDocs.get(caseId)?.rounds ?? []),
    getRound: async (id) => copyOrUndefined(state.roundsById.get(id)),
    putRound: async (input) => {
      const r = Round.parse(input);
      const owner = state.caseOfRound.get(r.id);
      if (owner !== undefined && owner !== r.caseId) throw new Error(`Round ${r.id} belongs to case ${owner}`);
      await updateCase(r.caseId, (doc) => {
        const d = requireDoc(doc, r.caseId);
        return { ...d, rounds: replaceBy(d.rounds, r, (x) => x.id === r.id) };
      });
    },
    deleteRound: async (id) => {
      const caseId = state.caseOfRound.get(id);
      if (caseId === undefined) return;
      await updateCase(caseId, (doc) => {
        if (!doc) return undefined;
        const { [id]: _dropped, ...pairScores } = doc.pairScores;
        const keep = <T extends { roundId: string }>(list: T[]) => list.filter((x) => x.roundId !== id);
        const deliveries = doc.deliveries && keep(doc.deliveries);
        return { ...doc, rounds: doc.rounds.filter((r) => r.id !== id), links: keep(doc.links), pairScores, actions: keep(doc.actions), ...(deliveries && { deliveries }) };
      });
    },
    putLink: async (input) => {
      const link = Link.parse(input);
      const caseId = caseIdOfRound(link.roundId);
      await updateCase(caseId, (doc) => {
        const d = requireDoc(doc, caseId);
        const same = (l: Link) => l.roundId === link.roundId && l.memberId === link.memberId;
        return { ...d, links: replaceBy(d.links, link, same) };
      });
    },
    getLinkByHash: async (hash) => copyOrUndefined(state.linksByHash.get(hash)),
    listLinks: async (roundId) => copy(state.caseDocOfRound(roundId)?.links.filter((l) => l.roundId === roundId) ?? []),
    putDelivery: async (input) => {
      const delivery = Delivery.parse(input);
      const caseId = caseIdOfRound(delivery.roundId);
      await updateCase(caseId, (doc) => {
        const d = requireDoc(doc, caseId);
        return { ...d, deliveries: keepDeliveries([...(d.deliveries ?? []), delivery], delivery) };
      });
    },
    listDeliveries: async (roundId) => copy(state.caseDocOfRound(roundId)?.deliveries?.filter((d) => d.roundId === roundId) ?? []),

    putAnswer: async (answer) => {
      assertOpen();
      const { roundId, memberId } = answer;
      caseIdOfRound(roundId);
      const line = encodeLine(encodeAnswer(answer));
      // Only the line and two ids wait for the disk: the answer set itself is garbage from here on. A round deleted
      // while its answer was on the way to the disk does not get it back in memory.
      return persistence.appendAnswer(roundId, line, () => {
        if (state.caseOfRound.has(roundId)) state.setAnswer(roundId, memberId, line);
      });
    },
    getAnswer: async (roundId, memberId) => {
      const line = state.answers.get(roundId)?.get(memberId);
      return line === undefined ? undefined : decodeAnswer(jsonOfLine(line));
    },
    listAnswers: async (roundId) => [...(state.answers.get(roundId)?.values() ?? [])].map((l) => decodeAnswer(jsonOfLine(l))),
    putPairScores: async (roundId, input) => {
      const scores = PairScore.array().parse(input);
      const caseId = caseIdOfRound(roundId);
      await updateCase(caseId, (doc) => {
        const d = requireDoc(doc, caseId);
        return { ...d, pairScores: { ...d.pairScores, [roundId]: scores } };
      });
    },
    getPairScores: async (roundId) => copy(state.caseDocOfRound(roundId)?.pairScores[roundId] ?? []),

    listActions: async (caseId) => copy(state.caseDocs.get(caseId)?.actions ?? []),
    putAction: async (input) => {
      const action = Action.parse(input);
      await updateCase(action.caseId, (doc) => {
        const d = requireDoc(doc, action.caseId);
        if (!d.rounds.some((r) => r.id === action.roundId)) throw new Error(`Round ${action.roundId} is not a round of case ${action.caseId}`);
        const at = d.actions.findIndex((a) => a.id === action.id);
        const actions = at < 0 ? [...d.actions, action] : d.actions.map((a, i) => (i === at ? action : a));
        return { ...d, actions };
      });
    },

    getSettings: async () => copy(state.meta.settings),
    putSettings: async (input) => {
      const settings = Settings.parse(input);
      await updateMeta((meta) => ({ ...meta, settings }));
    },

    // The release (a few MB for a large municipality) is frozen instead of copied on every read.
    getRelease: async () => state.release,
    putRelease: async (input) => {
      assertOpen();
      const release = deepFreeze(validRelease(input));
      await queues.run("release", async () => {
        extendsHistory(state.release, release);
        await persistence.writeRelease(release);
        state.release = release;
      });
    },

    appendAudit: (draft) => {
      assertOpen();
      return audit.appendAudit(draft);
    },
    listAudit: (query) => audit.listAudit(query),
    readAudit: () => audit.readAudit(),
    auditSegments: () => audit.auditSegments(),
    dropAuditSegment: (month) => audit.dropAuditSegment(month),
    snapshot: async () => {
      assertOpen();
      // Taken synchronously: documents are immutable values and answers are held as lines, so references suffice.
      const meta = state.meta;
      const docs = [...state.caseDocs.values()];
      const answers = new Map<string, string[]>();
      for (const doc of docs) for (const r of doc.rounds) answers.set(r.id, [...(state.answers.get(r.id)?.values() ?? [])]);
      return {
        users: copy(meta.users),
        apiTokens: copy(meta.apiTokens),
        settings: copy(meta.settings),
        aggregateRelease: state.release,
        caseCount: docs.length,
        async *cases() {
          for (const doc of docs) {
            const sets = doc.rounds.flatMap((r) => answers.get(r.id)!.map((line) => decodeAnswer(jsonOfLine(line))));
            yield { ...copy(doc), answers: sets };
          }
        },
        release: async () => {},
      };
    },

    close: async () => {
      if (closed) return;
      closed = true;
      await queues.drain();
      try {
        await audit.close();
      } finally {
        await persistence.close();
      }
    },
  };
}
