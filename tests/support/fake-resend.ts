/**
 * A fake Resend API for the tests, on 127.0.0.1:FAKE_RESEND_PORT (default 3299). The real Resend SDK
 * talks to it through RESEND_BASE_URL. It implements what the site calls (emails; contacts added,
 * updated and removed; audiences, segments, broadcasts), honours Idempotency-Key like Resend (same key: same id, no second e-mail),
 * records every request, and can be told to fail.
 *
 * Test controls:
 *   GET  /__test/emails | /__test/contacts | /__test/broadcasts | /__test/requests
 *   POST /__test/mode   {"mode": "ok" | "error500" | "error422" | "timeout", "match"?: "…", "userAgent"?: "…",
 *                        "forMs"?: n}
 *     A rule with `match` affects only calls whose JSON body or path contains that text (say, one test's unique
 *     e-mail address), so tests running side by side do not disturb each other; `userAgent` narrows it to
 *     calls whose User-Agent contains that text; `forMs` ends the rule by itself after that long (an
 *     outage in the middle of a load test). {"mode": "ok", "match": X} removes X's rule; {"mode": "ok"}
 *     removes every rule. "error422" refuses the message as invalid (a retry cannot help).
 *   POST /__test/reset
 * "timeout" accepts the call (so it counts, as a real slow Resend might) and never answers.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';

export const fakeResendPort = Number(process.env.FAKE_RESEND_PORT ?? 3299);

type Json = Record<string, unknown>;

/** An e-mail as the fake recorded it; the tests read these through tests/support/leads.ts. */
export interface StoredEmail {
  id: string;
  idempotencyKey: string | null;
  userAgent: string;
  createdAt: string;
  from: string;
  to: string[];
  reply_to?: string | string[];
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  /** As the API takes them: `content` in base64. */
  attachments?: { filename?: string; content?: string; content_type?: string }[];
}

interface StoredContact {
  id: string;
  email: string;
  unsubscribed: boolean;
  segments: string[];
  audienceId?: string;
  createdAt: string;
}

interface StoredBroadcast {
  id: string;
  status: 'draft' | 'queued';
  body: Json;
  createdAt: string;
  sentAt?: string;
}

interface FailureRule {
  mode: 'error500' | 'error422' | 'timeout';
  match: string;
  userAgent: string;
  /** Date.now() after which the rule no longer applies. */
  until: number;
}

const failureModes = ['error500', 'error422', 'timeout'];

const state = {
  rules: [] as FailureRule[],
  emails: [] as StoredEmail[],
  contacts: [] as StoredContact[],
  broadcasts: [] as StoredBroadcast[],
  requests: [] as {
    method: string;
    path: string;
    userAgent: string;
    idempotencyKey: string | null;
    answered: string;
    at: string;
  }[],
  idempotency: new Map<string, { status: number; body: Json }>(),
};

function reset() {
  state.rules = [];
  state.emails = [];
  state.contacts = [];
  state.broadcasts = [];
  state.requests = [];
  state.idempotency.clear();
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readRaw(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readBody(req: http.IncomingMessage): Promise<Json> {
  const raw = await readRaw(req);
  return raw ? (JSON.parse(raw) as Json) : {};
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];

function validationError(message: string) {
  return { status: 422, body: { statusCode: 422, name: 'validation_error', message } };
}

/** The Resend API itself: returns status and body. */
function api(
  method: string,
  path: string,
  body: Json,
  meta: { userAgent: string; idempotencyKey: string | null },
): { status: number; body: Json } {
  const now = new Date().toISOString();
  if (method === 'POST' && path === '/emails') {
    const to = list(body.to);
    if (!body.from || to.length === 0 || !body.subject)
      return validationError('`from`, `to` and `subject` are required.');
    for (const value of [body.from, body.subject, ...to, ...list(body.reply_to)]) {
      if (/[\r\n]/.test(String(value)))
        return validationError('Header values must not contain line breaks.');
    }
    const email: StoredEmail = {
      id: randomUUID(),
      idempotencyKey: meta.idempotencyKey,
      userAgent: meta.userAgent,
      createdAt: now,
      from: String(body.from),
      to,
      reply_to: body.reply_to as string | string[] | undefined,
      subject: String(body.subject),
      html: body.html as string | undefined,
      text: body.text as string | undefined,
      headers: body.headers as Record<string, string> | undefined,
      attachments: body.attachments as StoredEmail['attachments'],
    };
    state.emails.push(email);
    return { status: 200, body: { id: email.id } };
  }

  const audienceContacts = path.match(/^\/audiences\/([^/]+)\/contacts$/);
  if (method === 'POST' && (path === '/contacts' || audienceContacts)) {
    const email = String(body.email ?? '').toLowerCase();
    if (!email.includes('@')) return validationError('`email` must be a valid e-mail address.');
    const segments = Array.isArray(body.segments)
      ? (body.segments as { id: string }[]).map((s) => s.id)
      : [];
    const existing = state.contacts.find((c) => c.email === email);
    if (existing) {
      existing.unsubscribed = Boolean(body.unsubscribed);
      existing.segments = [...new Set([...existing.segments, ...segments])];
      return { status: 200, body: { object: 'contact', id: existing.id } };
    }
    const contact: StoredContact = {
      id: randomUUID(),
      email,
      unsubscribed: Boolean(body.unsubscribed),
      segments,
      audienceId: audienceContacts?.[1],
      createdAt: now,
    };
    state.contacts.push(contact);
    return { status: 201, body: { object: 'contact', id: contact.id } };
  }

  const oneContact = path.match(/^(?:\/audiences\/[^/]+)?\/contacts\/([^/]+)$/);
  if (oneContact) {
    const key = decodeURIComponent(oneContact[1] ?? '').toLowerCase();
    const contact = state.contacts.find((c) => c.id === key || c.email === key);
    if (!contact)
      return {
        status: 404,
        body: { statusCode: 404, name: 'not_found', message: 'Contact not found' },
      };
    if (method === 'PATCH') {
      if (typeof body.unsubscribed === 'boolean') contact.unsubscribed = body.unsubscribed;
      return { status: 200, body: { object: 'contact', id: contact.id } };
    }
    if (method === 'GET') return { status: 200, body: { object: 'contact', ...contact } };
    if (method === 'DELETE') {
      state.contacts = state.contacts.filter((c) => c !== contact);
      return { status: 200, body: { object: 'contact', contact: contact.id, deleted: true } };
    }
  }

  if (method === 'POST' && path === '/broadcasts') {
    if (!body.from || !body.subject || !(body.segment_id || body.audience_id)) {
      return validationError('`from`, `subject` and `segment_id` are required.');
    }
    const broadcast: StoredBroadcast = {
      id: randomUUID(),
      status: body.send ? 'queued' : 'draft',
      body,
      createdAt: now,
    };
    state.broadcasts.push(broadcast);
    return { status: 201, body: { id: broadcast.id } };
  }
  const broadcastSend = path.match(/^\/broadcasts\/([^/]+)\/send$/);
  if (method === 'POST' && broadcastSend) {
    const broadcast = state.broadcasts.find((b) => b.id === broadcastSend[1]);
    if (!broadcast)
      return {
        status: 404,
        body: { statusCode: 404, name: 'not_found', message: 'Broadcast not found' },
      };
    broadcast.status = 'queued';
    broadcast.sentAt = now;
    return { status: 200, body: { id: broadcast.id } };
  }
  const oneBroadcast = path.match(/^\/broadcasts\/([^/]+)$/);
  if (method === 'GET' && oneBroadcast) {
    const broadcast = state.broadcasts.find((b) => b.id === oneBroadcast[1]);
    return broadcast
      ? { status: 200, body: { object: 'broadcast', ...broadcast } }
      : {
          status: 404,
          body: { statusCode: 404, name: 'not_found', message: 'Broadcast not found' },
        };
  }
  const oneSegment = path.match(/^\/(?:segments|audiences)\/([^/]+)$/);
  if (method === 'GET' && oneSegment)
    return { status: 200, body: { object: 'segment', id: oneSegment[1], name: 'Newsletter' } };

  return {
    status: 404,
    body: {
      statusCode: 404,
      name: 'not_found',
      message: `The fake Resend has no ${method} ${path}`,
    },
  };
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://fake-resend');
  const method = req.method ?? 'GET';
  try {
    if (url.pathname.startsWith('/__test/')) {
      const what = url.pathname.slice('/__test/'.length);
      if (method === 'GET' && what === 'health') return send(res, 200, { ok: true });
      if (method === 'GET' && what === 'emails') return send(res, 200, state.emails);
      if (method === 'GET' && what === 'contacts') return send(res, 200, state.contacts);
      if (method === 'GET' && what === 'broadcasts') return send(res, 200, state.broadcasts);
      if (method === 'GET' && what === 'requests') return send(res, 200, state.requests);
      if (method === 'POST' && what === 'reset') {
        reset();
        return send(res, 200, { ok: true });
      }
      if (method === 'POST' && what === 'mode') {
        const body = await readBody(req);
        if (!['ok', ...failureModes].includes(String(body.mode)))
          return send(res, 400, { error: `mode must be ok or one of ${failureModes.join(', ')}` });
        const match = typeof body.match === 'string' ? body.match : '';
        state.rules = match ? state.rules.filter((rule) => rule.match !== match) : [];
        if (body.mode !== 'ok') {
          state.rules.push({
            mode: body.mode as FailureRule['mode'],
            match,
            userAgent: typeof body.userAgent === 'string' ? body.userAgent : '',
            until: typeof body.forMs === 'number' ? Date.now() + body.forMs : Infinity,
          });
        }
        return send(res, 200, { rules: state.rules });
      }
      return send(res, 404, { error: 'unknown control' });
    }

    const userAgent = req.headers['user-agent'] ?? '';
    const idempotencyKey = (req.headers['idempotency-key'] as string | undefined) ?? null;
    const log = (answered: string) =>
      state.requests.push({
        method,
        path: url.pathname,
        userAgent,
        idempotencyKey,
        answered,
        at: new Date().toISOString(),
      });
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) {
      log('401');
      return send(res, 401, {
        statusCode: 401,
        name: 'missing_api_key',
        message: 'Missing API key in the authorization header.',
      });
    }
    const raw = await readRaw(req);
    const body = raw ? (JSON.parse(raw) as Json) : {};
    // A removal names its contact in the path, not in a body.
    const matched = `${raw} ${decodeURIComponent(url.pathname)}`;
    const rule = state.rules.find(
      (r) => matched.includes(r.match) && userAgent.includes(r.userAgent) && Date.now() < r.until,
    );
    if (rule?.mode === 'error422') {
      log('422');
      return send(res, 422, {
        statusCode: 422,
        name: 'validation_error',
        message: 'The fake Resend refuses this message on purpose.',
      });
    }
    if (rule?.mode === 'error500') {
      log('500');
      return send(res, 500, {
        statusCode: 500,
        name: 'internal_server_error',
        message: 'The fake Resend is failing on purpose.',
      });
    }

    let result: { status: number; body: Json };
    const remembered = idempotencyKey
      ? state.idempotency.get(`${method} ${url.pathname} ${idempotencyKey}`)
      : undefined;
    if (remembered) {
      result = remembered;
      log(`${result.status} (idempotent replay)`);
    } else {
      result = api(method, url.pathname, body, { userAgent, idempotencyKey });
      if (idempotencyKey && result.status < 300)
        state.idempotency.set(`${method} ${url.pathname} ${idempotencyKey}`, result);
      log(String(result.status));
    }
    // A slow Resend: the call is done on its side, the answer never comes.
    if (rule?.mode === 'timeout') return;
    return send(res, result.status, result.body);
  } catch (error) {
    return send(res, 400, {
      statusCode: 400,
      name: 'invalid_request',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});

server.listen(fakeResendPort, '127.0.0.1', () => {
  console.log(`fake Resend listening on http://127.0.0.1:${fakeResendPort}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.closeAllConnections();
    process.exit(0);
  });
