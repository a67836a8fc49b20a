/**
 * The survey's working draft (offline drafts, ADR 0014). Every change is written to localStorage
 * at once; when online the draft is sent 1.5 s after the last change, right away when the browser
 * comes back online, and again 10 s after a network failure. Photos picked offline wait in
 * IndexedDB and are uploaded before the survey is sent. Conflicts the server reports from its
 * merge are kept for the user to decide (the server's value stays unless they re-apply theirs).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { sameContent } from '../../../../../domain/survey/canonical.js';
import { surveyProblems, type Survey } from '../../../../../domain/survey/survey.js';
import { ApiError } from '../../../lib/api-client';
import type { SurveyConflict, SurveyView } from '../../../../../contracts/survey';
import { errorText } from '../../../components/ErrorAlert';
import { MAX_UPLOAD_BYTES, uploadParticipationFile } from '../../../components/files/files';
import { saveSurvey, surveyKey, surveyOf, templateOf } from '../api/survey';
import { addPending, listPending, newPhotoId, removePending, type PendingPhoto } from '../../../lib/pending-photos';
import {
  applyLocalValue,
  browserStorage,
  clearDraft,
  initialDraft,
  readDraft,
  rebaseAfterSave,
  setAnswer,
  syncState,
  writeDraft,
  type SyncState,
} from '../../../lib/survey-draft';

const AUTOSAVE_MS = 1500;
const RETRY_MS = 10_000;

const isNetworkError = (e: unknown) => e instanceof ApiError && e.status === 0;
const browserOnline = () => (typeof navigator === 'undefined' ? true : navigator.onLine);

interface DraftRef {
  survey: Survey;
  baseRevision: number;
  dirty: boolean;
}

export interface SurveyDraft {
  survey: Survey;
  baseRevision: number;
  status: SurveyView['status'];
  dirty: boolean;
  state: SyncState;
  online: boolean;
  syncing: boolean;
  conflicts: SurveyConflict[];
  /** The last save refused for another reason than the network (shown; retried after the next change). */
  error: unknown;
  /** A dirty local draft was taken over the server copy on opening. */
  fromLocal: boolean;
  lastSavedAt: string | null;
  pending: PendingPhoto[];
  uploading: number;
  update: (change: (survey: Survey) => Survey) => void;
  addEvidence: (subItemKey: string, files: File[]) => void;
  removeEvidence: (subItemKey: string, fileId: string) => void;
  discardPending: (id: string) => void;
  /** Uploads waiting photos and sends the draft now; true when everything is on the server. */
  sync: () => Promise<boolean>;
  applyLocal: (index: number) => void;
  keepServer: (index: number) => void;
  setStatus: (status: SurveyView['status']) => void;
  /** The server revision the draft is based on now (after any save under way). */
  currentRevision: () => number;
  /** A draft kept here that can no longer be saved (the survey is not editable any more). */
  orphanDraft: boolean;
  discardOrphan: () => void;
}

export function useSurveyDraft(participationId: string, view: SurveyView, editable: boolean): SurveyDraft {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // a survey keeps its template; later server copies bring the same one
  const [template] = useState(() => templateOf(view));
  const [storage] = useState(browserStorage);

  const [init] = useState(() =>
    editable
      ? initialDraft({ survey: surveyOf(view), revision: view.revision }, readDraft(storage, participationId))
      : { survey: surveyOf(view), baseRevision: view.revision, dirty: false, fromLocal: false },
  );
  const ref = useRef<DraftRef>({ survey: init.survey, baseRevision: init.baseRevision, dirty: init.dirty });
  const [survey, setSurvey] = useState(init.survey);
  const [baseRevision, setBaseRevision] = useState(init.baseRevision);
  const [dirty, setDirty] = useState(init.dirty);
  const [status, setStatus] = useState(view.status);
  const [online, setOnline] = useState(browserOnline);
  const [syncing, setSyncing] = useState(false);
  const [networkFailed, setNetworkFailed] = useState(false);
  const [conflicts, setConflicts] = useState<SurveyConflict[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [lastSavedAt, setLastSavedAt] = useState<string | null>(view.updatedAt);
  const [pending, setPending] = useState<PendingPhoto[]>([]);
  const [uploading, setUploading] = useState(0);
  const [orphanDraft, setOrphanDraft] = useState(
    () => !editable && Boolean(readDraft(storage, participationId)?.dirty),
  );
  const syncingRef = useRef(false);
  const failedRef = useRef<Survey | null>(null);

  const commit = useCallback(
    (patch: Partial<DraftRef>) => {
      const next = { ...ref.current, ...patch };
      ref.current = next;
      if (patch.survey !== undefined) setSurvey(next.survey);
      if (patch.baseRevision !== undefined) setBaseRevision(next.baseRevision);
      if (patch.dirty !== undefined) setDirty(next.dirty);
      if (editable) writeDraft(storage, participationId, { ...next, savedAt: new Date().toISOString() });
    },
    [editable, storage, participationId],
  );

  const update = useCallback(
    (change: (s: Survey) => Survey) => commit({ survey: change(ref.current.survey), dirty: true }),
    [commit],
  );

  const addFileId = useCallback(
    (subItemKey: string, fileId: string) =>
      update((s) =>
        setAnswer(s, subItemKey, { evidenceFileIds: [...(s.answers[subItemKey]?.evidenceFileIds ?? []), fileId] }),
      ),
    [update],
  );

  const refreshPending = useCallback(() => listPending(participationId).then(setPending), [participationId]);
  useEffect(() => {
    if (editable) void refreshPending();
  }, [editable, refreshPending]);

  /** Uploads the photos picked offline; a network failure stops (and is rethrown), a refused file is dropped with a message. */
  const flushPhotos = useCallback(async () => {
    const waiting = await listPending(participationId);
    for (const p of waiting) {
      try {
        const uploaded = await uploadParticipationFile(
          participationId,
          'survey_evidence',
          new File([p.blob], p.name, { type: p.type }),
        );
        await removePending(p.id);
        addFileId(p.subItemKey, uploaded.id);
      } catch (e) {
        if (isNetworkError(e)) throw e;
        await removePending(p.id);
        void message.error(t('survey.photoRefused', { name: p.name, reason: errorText(e) }));
      } finally {
        await refreshPending();
      }
    }
  }, [participationId, addFileId, refreshPending, message, t]);

  const sync = useCallback(async (): Promise<boolean> => {
    if (!editable) return false;
    while (syncingRef.current) await new Promise((r) => setTimeout(r, 100));
    if (!browserOnline()) {
      setOnline(false);
      return false;
    }
    syncingRef.current = true;
    setSyncing(true);
    setNetworkFailed(false);
    try {
      await flushPhotos();
      if (!ref.current.dirty) return true;
      const sent = ref.current.survey;
      // an ill-formed draft stays here until it is corrected (the form shows why)
      if (surveyProblems(template, sent, { forCompletion: false }).length > 0) return false;
      let result: Awaited<ReturnType<typeof saveSurvey>>;
      try {
        result = await saveSurvey(participationId, { baseRevision: ref.current.baseRevision, survey: sent });
      } catch (e) {
        // the draft's base is newer than anything the server has (it was reset): send it as a draft without a base
        if (!(e instanceof ApiError && e.code === 'VERSION_CONFLICT' && ref.current.baseRevision > 0)) throw e;
        result = await saveSurvey(participationId, { baseRevision: 0, survey: sent });
      }
      const saved = surveyOf(result);
      const next = rebaseAfterSave(sent, saved, ref.current.survey);
      const stillDirty = !sameContent(next, saved);
      commit({ survey: next, baseRevision: result.revision, dirty: stillDirty });
      setStatus(result.status);
      setLastSavedAt(result.updatedAt);
      if (result.conflicts.length > 0) setConflicts(result.conflicts);
      setError(null);
      failedRef.current = null;
      const { conflicts: _conflicts, ...serverView } = result;
      queryClient.setQueryData(surveyKey(participationId), serverView);
      return !stillDirty;
    } catch (e) {
      if (isNetworkError(e)) setNetworkFailed(true);
      else {
        setError(e);
        failedRef.current = ref.current.survey;
      }
      return false;
    } finally {
      syncingRef.current = false;
      setSyncing(false);
    }
  }, [editable, flushPhotos, template, participationId, commit, queryClient]);

  const draftProblems = useMemo(() => surveyProblems(template, survey, { forCompletion: false }), [template, survey]);

  // autosave: 1.5 s after the last change, when online, the draft well formed and not just refused
  useEffect(() => {
    if (
      !editable ||
      !dirty ||
      !online ||
      syncing ||
      networkFailed ||
      draftProblems.length > 0 ||
      failedRef.current === survey
    )
      return;
    const timer = setTimeout(() => void sync(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [editable, dirty, online, syncing, networkFailed, draftProblems.length, survey, sync]);

  // after a network failure while the browser thinks it is online (server unreachable): retry
  useEffect(() => {
    if (!editable || !networkFailed || !online) return;
    const timer = setTimeout(() => void sync(), RETRY_MS);
    return () => clearTimeout(timer);
  }, [editable, networkFailed, online, sync]);

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      setNetworkFailed(false);
      if (editable) void sync();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [editable, sync]);

  const addEvidence = useCallback(
    (subItemKey: string, files: File[]) => {
      for (const file of files) {
        if (file.size > MAX_UPLOAD_BYTES) {
          void message.error(t('survey.photoTooLarge', { name: file.name }));
          continue;
        }
        const keep = async () => {
          await addPending({
            id: newPhotoId(),
            participationId,
            subItemKey,
            name: file.name || 'photo.jpg',
            type: file.type,
            blob: file,
            createdAt: new Date().toISOString(),
          });
          await refreshPending();
          // the draft counts as changed until the photo is on the server
          commit({ dirty: true });
        };
        if (!browserOnline()) {
          void keep();
          continue;
        }
        setUploading((n) => n + 1);
        uploadParticipationFile(participationId, 'survey_evidence', file)
          .then((uploaded) => addFileId(subItemKey, uploaded.id))
          .catch((e: unknown) => {
            if (isNetworkError(e)) return keep();
            void message.error(t('survey.photoRefused', { name: file.name, reason: errorText(e) }));
          })
          .finally(() => setUploading((n) => n - 1));
      }
    },
    [participationId, addFileId, refreshPending, commit, message, t],
  );

  const removeEvidence = useCallback(
    (subItemKey: string, fileId: string) =>
      update((s) =>
        setAnswer(s, subItemKey, {
          evidenceFileIds: (s.answers[subItemKey]?.evidenceFileIds ?? []).filter((x) => x !== fileId),
        }),
      ),
    [update],
  );

  const discardPending = useCallback((id: string) => void removePending(id).then(refreshPending), [refreshPending]);

  const applyLocal = useCallback(
    (index: number) => {
      const c = conflicts[index];
      if (!c) return;
      update((s) => applyLocalValue(s, c));
      setConflicts((list) => list.filter((_, i) => i !== index));
    },
    [conflicts, update],
  );
  const keepServer = useCallback((index: number) => setConflicts((list) => list.filter((_, i) => i !== index)), []);

  const state = syncState({
    conflicts: conflicts.length,
    online,
    networkFailed,
    syncing,
    dirty: dirty || pending.length > 0,
  });
  return {
    survey,
    baseRevision,
    status,
    dirty,
    state,
    online: online && !networkFailed,
    syncing,
    conflicts,
    error,
    fromLocal: init.fromLocal,
    lastSavedAt,
    pending,
    uploading,
    update,
    addEvidence,
    removeEvidence,
    discardPending,
    sync,
    applyLocal,
    keepServer,
    setStatus,
    currentRevision: () => ref.current.baseRevision,
    orphanDraft,
    discardOrphan: () => {
      clearDraft(storage, participationId);
      setOrphanDraft(false);
    },
  };
}
