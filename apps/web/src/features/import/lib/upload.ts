/** How far a request with a file has come: sending the file, then waiting while the server works on it. */
export type Progress = { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

/** An error answer of the API to an upload, with its tRPC code. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/**
 * Calls a tRPC mutation with a large input (a whole CSV file) over XMLHttpRequest, which, unlike fetch, reports
 * the upload's progress. The request is what the tRPC client would send: JSON, the request header, no batching.
 */
export function postWithProgress<T>(
  procedure: string,
  input: unknown,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/trpc/${procedure}`);
    xhr.setRequestHeader('content-type', 'application/json');
    // The server refuses mutations without it: a cross-site form cannot send it.
    xhr.setRequestHeader('x-portfolio-request', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onProgress({ phase: 'uploading', loaded: event.loaded, total: event.total });
    };
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onload = () => {
      let body: { result?: { data: T }; error?: { message: string; data?: { code?: string } } } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body?.result) resolve(body.result.data);
      else if (xhr.status === 413)
        reject(new UploadError('The file is too large to upload: import it with the CLI', null));
      else
        reject(
          new UploadError(
            body?.error?.message ?? `The server answered ${xhr.status}`,
            body?.error?.data?.code ?? null,
          ),
        );
    };
    xhr.onerror = () =>
      reject(new UploadError('The upload failed: check the connection and try again', null));
    xhr.onabort = () => reject(new UploadError('The upload was cancelled', null));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(JSON.stringify(input));
  });
}
