// One call of the preview's API as the sidebar makes it: a POST from the page's own origin with the
// run's token, answered with the API's JSON.
import { request } from 'node:http';
import type { Bilingual } from '../../src/core/text';

export interface PostedAnswer {
  readonly ok: boolean;
  readonly error?: { readonly code: string; readonly message: Bilingual };
}

export function postToPreview(port: number, token: string, name: string, body = '[]'): Promise<PostedAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/${name}`,
        headers: {
          origin: `http://127.0.0.1:${port}`,
          'x-buku-kelompok-token': token,
          'content-type': 'application/json',
        },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(JSON.parse(data) as PostedAnswer));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
