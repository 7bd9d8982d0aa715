type Props = {
  /** What changed, e.g. "2 quotes added". */
  summary: string;
  onShow: () => void;
};

/**
 * Said when a second reading of the page found a different article: the panel keeps the
 * version the editor is working on until they choose to move on.
 */
export function PageChanged({ summary, onShow }: Props) {
  return (
    <div class="page-changed" role="status">
      <p>The page changed: {summary}. Your checks stay; they are carried over to the new version.</p>
      <button type="button" class="primary" onClick={onShow}>
        Show the new version
      </button>
    </div>
  );
}
