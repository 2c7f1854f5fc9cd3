import type { Progress } from '../lib/upload.ts';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** The progress of reading, sending and processing a file, with words a screen reader announces. */
export function UploadProgress({
  label,
  progress,
}: {
  label: string;
  progress: Progress | { phase: 'reading'; loaded: number; total: number };
}) {
  const determinate = progress.phase !== 'processing';
  const text =
    progress.phase === 'processing'
      ? `${label}: the server is checking the rows…`
      : `${label}: ${progress.phase === 'reading' ? 'reading' : 'uploading'} ${megabytes(progress.loaded)} of ${megabytes(progress.total)}`;
  return (
    <div className="upload-progress" role="status" aria-live="polite">
      {determinate ? (
        <progress max={progress.total || 1} value={progress.loaded} aria-label={label} />
      ) : (
        <progress aria-label={label} />
      )}
      <span>{text}</span>
    </div>
  );
}
