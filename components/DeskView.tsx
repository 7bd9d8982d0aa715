import { useRef, useState } from 'preact/hooks';
import type { FinderShortfall, Finding } from '../utils/analysis/types';
import { flagIdOf, progress, stateOf } from '../utils/desk/desk-actions';
import type { HighlightKind } from '../utils/desk/highlight-style';
import { deskKey } from '../utils/desk/keys';
import type { DeskState, FlagState, FlagStatus } from '../utils/desk/model';
import type { AnnotationDrafts } from '../utils/desk/annotation-drafts';
import type { Drafts } from '../utils/desk/drafts';
import type { AnchoredAnnotation } from '../utils/desk/reanchor';
import { AnnotationList } from './AnnotationList';
import { DeskToolbar } from './DeskToolbar';
import { FindingLists } from './FindingLists';
import { FlagRow } from './FlagRow';
import { SpeakerChoice } from './SpeakerChoice';

type Props = {
  findings: Finding[];
  /** The lists whose finder stopped early or failed. @default none */
  shortfalls?: readonly FinderShortfall[];
  desk: DeskState;
  orphanFlags: readonly FlagState[];
  annotations: readonly AnchoredAnnotation[];
  hidden: readonly HighlightKind[];
  /** Annotations being edited, with what was typed so far. */
  annotationDrafts: AnnotationDrafts;
  onEditAnnotation: (id: string) => void;
  onAnnotationDraft: (id: string, typed: { text: string } | { tags: string }) => void;
  onCancelAnnotation: (id: string) => void;
  onLocate: (id: string) => void;
  onStatus: (finding: Finding, status: FlagStatus) => void;
  onNote: (finding: Finding, note: string) => void;
  /** Chooses the speaker of a quote the page leaves unclear (null clears the choice). */
  onSpeaker: (finding: Finding, speaker: string | null) => void;
  drafts: Drafts;
  /** A flag that could not be shown on the page, and why. */
  flagNotice: { id: string; message: string } | null;
  onOpenNote: (finding: Finding) => void;
  onDraft: (findingId: string, text: string) => void;
  onCancelNote: (findingId: string) => void;
  onToggleKind: (kind: HighlightKind) => void;
  onAnnotate: () => void;
  onSaveAnnotation: (id: string, note: string, tags: string) => void;
  onDeleteAnnotation: (id: string) => void;
  onForgetFlag: (state: FlagState) => void;
  onExport: () => void;
  /** Who set a flag and when, in a team ("Disputed by sam, 10:32"). */
  authorOf?: ((state: FlagState) => string) | null;
};

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The page's flags and annotations, worked through with the mouse or the keyboard alone. */
export function DeskView(props: Props) {
  const { findings, desk } = props;
  const [leftOnly, setLeftOnly] = useState(false);
  const [currentId, setCurrentId] = useState<string | null>(null);
  // The flag last shown on the page is shown in full; focus alone never changes the layout
  // (a row growing under the pointer between mousedown and mouseup would eat the click).
  const [fullId, setFullId] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const { checked, total } = progress(desk, findings);
  // The flag being worked on stays in view until the editor moves on, even once checked.
  const shown = leftOnly
    ? findings.filter(
        (f) => flagIdOf(f) === currentId || (stateOf(desk, flagIdOf(f))?.status ?? 'unchecked') === 'unchecked',
      )
    : findings;
  const firstId = shown[0]?.id ?? null;

  const move = (by: 1 | -1) => {
    const rows = [...(root.current?.querySelectorAll<HTMLElement>('[data-nav]') ?? [])];
    const at = rows.findIndex((r) => r.dataset.nav === currentId);
    const next = rows[at < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, at + by))];
    if (!next?.dataset.nav) return;
    setCurrentId(next.dataset.nav);
    setFullId(next.dataset.nav);
    next.focus();
    props.onLocate(next.dataset.nav);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (TYPING.has(target.tagName)) return;
    const action = deskKey(e);
    if (!action) return;
    // Enter presses a button; only on a row does it mean "show on the page".
    if (target.tagName === 'BUTTON' && action.type === 'locate') return;
    e.preventDefault();
    const finding = findings.find((f) => f.id === currentId);
    if (action.type === 'move') move(action.by);
    else if (action.type === 'annotate') props.onAnnotate();
    else if (action.type === 'locate' && currentId) {
      setFullId(currentId);
      props.onLocate(currentId);
    } else if (action.type === 'status' && finding) props.onStatus(finding, action.status);
  };

  return (
    <div class="desk" ref={root} onKeyDown={onKeyDown}>
      <DeskToolbar
        checked={checked}
        total={total}
        leftOnly={leftOnly}
        hidden={props.hidden}
        onLeftOnly={() => setLeftOnly(!leftOnly)}
        onToggleKind={props.onToggleKind}
        onAnnotate={props.onAnnotate}
      />
      <FindingLists
        findings={shown}
        shortfalls={props.shortfalls}
        filteredEmpty={leftOnly ? 'Nothing left to check here.' : undefined}
        row={(f, item) => (
          <FlagRow
            key={f.id}
            id={f.id}
            state={stateOf(desk, f.id)}
            current={currentId === f.id}
            full={fullId === f.id}
            tabbable={(currentId ?? firstId) === f.id}
            draft={props.drafts[f.id]?.text ?? null}
            notice={props.flagNotice?.id === f.id ? props.flagNotice.message : null}
            by={props.authorOf && stateOf(desk, f.id) ? props.authorOf(stateOf(desk, f.id)!) : null}
            onFocus={() => setCurrentId(f.id)}
            onLocate={() => {
              setCurrentId(f.id);
              setFullId(f.id);
              props.onLocate(f.id);
            }}
            onStatus={(status) => props.onStatus(f, status)}
            onOpenNote={() => props.onOpenNote(f)}
            onDraft={(text) => props.onDraft(f.id, text)}
            onSaveNote={(note) => props.onNote(f, note)}
            onCancelNote={() => props.onCancelNote(f.id)}
            extra={
              f.kind === 'quote' && !f.speaker && f.speakerCandidates?.length ? (
                <SpeakerChoice
                  candidates={f.speakerCandidates}
                  chosen={stateOf(desk, f.id)?.speaker ?? null}
                  onChoose={(speaker) => props.onSpeaker(f, speaker)}
                />
              ) : undefined
            }
          >
            {item}
          </FlagRow>
        )}
      />
      <AnnotationList
        annotations={props.annotations}
        orphanFlags={props.orphanFlags}
        currentId={currentId}
        notice={props.flagNotice}
        drafts={props.annotationDrafts}
        onEdit={props.onEditAnnotation}
        onDraft={props.onAnnotationDraft}
        onCancel={props.onCancelAnnotation}
        onSave={props.onSaveAnnotation}
        onDelete={props.onDeleteAnnotation}
        onLocate={(id) => {
          setCurrentId(id);
          props.onLocate(id);
        }}
        onFocus={setCurrentId}
        onForgetFlag={props.onForgetFlag}
        onExport={props.onExport}
      />
    </div>
  );
}
