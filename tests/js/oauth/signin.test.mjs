// People sign in to a public client (the clue board) with openid-client: the authorization code flow with PKCE (S256)
// through the hub's own sign-in page (fetched and posted like a browser: cookie, antiforgery token, hidden fields),
// the code exchanged with its verifier, /graphql called with the person's token, the refresh token rotated, sign-out;
// and each refusal with the error its RFC names. Driven by tests/Hub.Server.Tests/Identity/SignInInteropTests.cs,
// which starts the hub (PostgreSQL or SQLite), registers the users and passes everything in the environment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as client from 'openid-client';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (run through the xunit SignInInteropTests)`);
  return value;
};

const ISSUER = env('HUB_ISSUER');
const GRAPHQL = new URL(env('HUB_GRAPHQL'));
const CLIENT_ID = env('HUB_CLIENT_ID');
const REDIRECT_URI = env('HUB_REDIRECT_URI');
const OTHER_REDIRECT_URI = env('HUB_OTHER_REDIRECT_URI');
const POST_LOGOUT_URI = env('HUB_POST_LOGOUT_URI');
const SCOPE = env('HUB_SCOPE');
// Plain HTTP is only used on loopback in tests.
const insecure = { execute: [client.allowInsecureRequests] };

const discover = (clientId = CLIENT_ID) =>
  client.discovery(new URL(ISSUER), clientId, undefined, client.None(), { algorithm: 'oidc', ...insecure });

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text) => text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, entity) =>
  entity[0] === '#' ? String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)))
    : entities[entity]);

// The authorization request a browser would make: returns the sign-in page's response.
async function authorize(config, parameters) {
  const url = client.buildAuthorizationUrl(config, parameters);
  return fetch(url, { redirect: 'manual' });
}

// Reads the sign-in page and posts its form with the person's name and password, as a browser would.
async function postSignInForm(page, user, password) {
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const html = await page.text();
  assert.match(html, /<html lang="zh-CN">/);
  assert.doesNotMatch(html, /https?:\/\/(?!127\.0\.0\.1)/, 'the page loads nothing from elsewhere');
  const action = decode(html.match(/<form method="post" action="([^"]+)">/)[1]);
  const form = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.append(decode(name), decode(value));
  }
  form.append('username', user);
  form.append('password', password);
  return fetch(new URL(action, ISSUER), { method: 'POST', body: form, headers: { cookie }, redirect: 'manual' });
}

// Signs in and returns the callback URL the hub redirected to, with the PKCE verifier and state used.
async function signIn(config, user, password, { scope = SCOPE, redirectUri = REDIRECT_URI } = {}) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const page = await authorize(config, {
    redirect_uri: redirectUri, scope, state,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  });
  const answer = await postSignInForm(page, user, password);
  assert.equal(answer.status, 302, await answer.text());
  return { callback: new URL(answer.headers.get('location')), verifier, state };
}

async function graphql(config, accessToken, query) {
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/graphql-response+json' });
  const response = await client.fetchProtectedResource(config, accessToken, GRAPHQL, 'POST', JSON.stringify({ query }), headers);
  return { status: response.status, body: await response.json() };
}

async function rejectsWith(promise, error) {
  try {
    await promise;
  } catch (e) {
    const answer = e.cause instanceof Response ? `${e.cause.status} ${await e.cause.text().catch(() => '')}` : (await import('node:util')).inspect(e.cause, { depth: 3 });
    assert.equal(e.error, error, `${e.code} ${e.error} ${e.error_description ?? e.message} ${answer}`);
    return;
  }
  assert.fail(`expected ${error}`);
}

// The code exchange, with the hub's error and description in the failure when it refuses.
async function redeem(config, callback, checks) {
  try {
    return await client.authorizationCodeGrant(config, callback, checks);
  } catch (e) {
    throw new Error(`code exchange refused: ${e.error} ${e.error_description ?? e.message} ${(await import("node:util")).inspect(e.cause, { depth: 2 })}`, { cause: e });
  }
}

const decodeJwt = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url'));

test('discovery lists the authorization and end-session endpoints, the grants and S256 only', async () => {
  const metadata = (await discover()).serverMetadata();
  assert.equal(metadata.authorization_endpoint, `${ISSUER}/connect/authorize`);
  assert.equal(metadata.end_session_endpoint, `${ISSUER}/connect/endsession`);
  assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
  assert.deepEqual([...metadata.grant_types_supported].sort(), ['authorization_code', 'client_credentials', 'refresh_token']);
  assert.deepEqual(metadata.response_types_supported, ['code']);
});

test('sign in, exchange the code, call /graphql, refresh, sign out', async () => {
  const config = await discover();
  const { callback, verifier, state } = await signIn(config, env('HUB_USER'), env('HUB_PASSWORD'));
  assert.equal(`${callback.origin}${callback.pathname}`, REDIRECT_URI);
  const tokens = await redeem(config, callback, { pkceCodeVerifier: verifier, expectedState: state });

  const claims = decodeJwt(tokens.access_token);
  assert.equal(claims.sub, env('HUB_USER_ID'));
  assert.equal(claims.client_id, CLIENT_ID);
  assert.equal(claims.agency, env('HUB_USER_AGENCY'));
  assert.equal(claims.iss, ISSUER);
  assert.equal(claims.aud, GRAPHQL.href);
  // The agency holds only the allowed field's scope: the others the client allows are not in the token.
  assert.equal(claims.scope, env('HUB_EXPECTED_SCOPE'));
  assert.equal(tokens.claims().sub, env('HUB_USER_ID'));
  assert.ok(tokens.refresh_token);

  const allowed = await graphql(config, tokens.access_token, env('HUB_ALLOWED_QUERY'));
  assert.equal(allowed.status, 200);
  assert.equal(allowed.body.errors, undefined, JSON.stringify(allowed.body));
  const forbidden = await graphql(config, tokens.access_token, env('HUB_FORBIDDEN_QUERY'));
  assert.equal(forbidden.body.errors[0].extensions.code, 'AUTH_NOT_AUTHORIZED', JSON.stringify(forbidden.body));

  const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
  assert.notEqual(refreshed.refresh_token, tokens.refresh_token);
  assert.equal(decodeJwt(refreshed.access_token).sub, env('HUB_USER_ID'));
  assert.equal((await graphql(config, refreshed.access_token, env('HUB_ALLOWED_QUERY'))).status, 200);
  // Rotation: the old refresh token is spent, and replaying it revokes the grant (RFC 6749 §10.4).
  await rejectsWith(client.refreshTokenGrant(config, tokens.refresh_token), 'invalid_grant');
  await rejectsWith(client.refreshTokenGrant(config, refreshed.refresh_token), 'invalid_grant');

  // Sign out: back to the registered page with the state, and the person's refresh tokens no longer work.
  const again = await signIn(config, env('HUB_USER'), env('HUB_PASSWORD'));
  const second = await redeem(config, again.callback, { pkceCodeVerifier: again.verifier, expectedState: again.state });
  const logout = await fetch(client.buildEndSessionUrl(config, {
    id_token_hint: second.id_token, post_logout_redirect_uri: POST_LOGOUT_URI, state: 'bye',
  }), { redirect: 'manual' });
  assert.equal(logout.status, 302);
  assert.equal(logout.headers.get('location'), `${POST_LOGOUT_URI}?state=bye`);
  await rejectsWith(client.refreshTokenGrant(config, second.refresh_token), 'invalid_grant');
});

test('a wrong code_verifier is refused with invalid_grant', async () => {
  const config = await discover();
  const { callback, state } = await signIn(config, env('HUB_USER'), env('HUB_PASSWORD'));
  await rejectsWith(client.authorizationCodeGrant(config, callback,
    { pkceCodeVerifier: client.randomPKCECodeVerifier(), expectedState: state }), 'invalid_grant');
});

test('a code used twice is refused with invalid_grant, and the refresh token it gave is revoked', async () => {
  const config = await discover();
  const { callback, verifier, state } = await signIn(config, env('HUB_USER'), env('HUB_PASSWORD'));
  const tokens = await redeem(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
  await rejectsWith(client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state }), 'invalid_grant');
  await rejectsWith(client.refreshTokenGrant(config, tokens.refresh_token), 'invalid_grant');
});

test('a redirect URI that is not registered is refused on the hub, without a redirect', async () => {
  const config = await discover();
  const page = await authorize(config, {
    redirect_uri: 'http://127.0.0.1:9/elsewhere', scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()), code_challenge_method: 'S256',
  });
  assert.equal(page.status, 400);
  assert.equal(page.headers.get('location'), null);
  assert.match(await page.text(), /invalid_request/);
});

test('a code redeemed with another redirect URI than it was issued for is refused with invalid_grant', async () => {
  const config = await discover();
  const { callback, verifier, state } = await signIn(config, env('HUB_USER'), env('HUB_PASSWORD'));
  const elsewhere = new URL(OTHER_REDIRECT_URI);
  elsewhere.search = callback.search;
  await rejectsWith(client.authorizationCodeGrant(config, elsewhere, { pkceCodeVerifier: verifier, expectedState: state }), 'invalid_grant');
});

test('an unknown client is refused on the hub, without a redirect', async () => {
  const config = await discover('no-such-client');
  const page = await authorize(config, {
    redirect_uri: REDIRECT_URI, scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()), code_challenge_method: 'S256',
  });
  assert.equal(page.status, 400);
  assert.equal(page.headers.get('location'), null);
  assert.match(await page.text(), /invalid_request/);
});

test('a public client without PKCE is refused with invalid_request', async () => {
  const config = await discover();
  const page = await authorize(config, { redirect_uri: REDIRECT_URI, scope: SCOPE });
  assert.equal(page.status, 400);
  assert.match(await page.text(), /invalid_request/);
});

for (const [name, user] of [['a disabled user', 'HUB_DISABLED_USER'], ['a user of a suspended agency', 'HUB_SUSPENDED_USER']]) {
  test(`${name} is refused with access_denied at sign-in`, async () => {
    const config = await discover();
    const state = client.randomState();
    const page = await authorize(config, {
      redirect_uri: REDIRECT_URI, scope: SCOPE, state,
      code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()), code_challenge_method: 'S256',
    });
    const answer = await postSignInForm(page, env(user), env('HUB_PASSWORD'));
    assert.equal(answer.status, 302);
    const location = new URL(answer.headers.get('location'));
    assert.equal(location.searchParams.get('error'), 'access_denied');
    assert.equal(location.searchParams.get('state'), state);
  });
}

test('a user disabled after signing in cannot redeem the code nor refresh', async () => {
  const config = await discover();
  const first = await signIn(config, env('HUB_LATE_USER'), env('HUB_PASSWORD'));
  const tokens = await redeem(config, first.callback, { pkceCodeVerifier: first.verifier, expectedState: first.state });
  const second = await signIn(config, env('HUB_LATE_USER'), env('HUB_PASSWORD'));

  const admin = await client.discovery(new URL(ISSUER), env('HUB_ADMIN_CLIENT_ID'), undefined,
    client.ClientSecretBasic(env('HUB_ADMIN_CLIENT_SECRET')), { algorithm: 'oauth2', ...insecure });
  const adminToken = (await client.clientCredentialsGrant(admin, { scope: 'hub:admin' })).access_token;
  const disabled = await graphql(admin, adminToken,
    `mutation { disableUser(input: { userName: "${env('HUB_LATE_USER')}" }) { user { disabled } } }`);
  assert.equal(disabled.body.data.disableUser.user.disabled, true, JSON.stringify(disabled.body));

  await rejectsWith(client.refreshTokenGrant(config, tokens.refresh_token), 'invalid_grant');
  await rejectsWith(client.authorizationCodeGrant(config, second.callback,
    { pkceCodeVerifier: second.verifier, expectedState: second.state }), 'invalid_grant');
});
