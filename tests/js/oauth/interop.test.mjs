// Interop of the hub's authorization server with independent OAuth libraries: openid-client discovers it and gets
// client-credentials tokens (client_secret_basic and private_key_jwt), jose verifies them against the JWKS, and the
// token is accepted by the protected resource. Driven by tests/Hub.Identity.Tests/InteropTests.cs, which starts the
// server and passes its address and test credentials in the environment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader, importPKCS8 } from 'jose';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (run through the xunit InteropTests)`);
  return value;
};

const ISSUER = env('AS_ISSUER');
const RESOURCE = env('AS_RESOURCE');
const SCOPE = env('AS_SCOPE');
// Plain HTTP is only used on loopback in tests.
const insecure = { execute: [client.allowInsecureRequests] };
const requiredClaims = ['iss', 'sub', 'aud', 'exp', 'iat', 'jti', 'client_id', 'scope'];

async function verify(config, accessToken, clientId) {
  assert.equal(decodeProtectedHeader(accessToken).typ, 'at+jwt');
  const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri));
  const { payload, protectedHeader } = await jwtVerify(accessToken, jwks, {
    issuer: ISSUER, audience: RESOURCE, typ: 'at+jwt', algorithms: ['RS256'], requiredClaims,
  });
  assert.equal(protectedHeader.alg, 'RS256');
  assert.equal(payload.client_id, clientId);
  assert.equal(payload.sub, clientId);
  assert.equal(payload.scope, SCOPE);
  return payload;
}

async function callResource(config, accessToken, clientId) {
  const response = await client.fetchProtectedResource(config, accessToken, new URL(RESOURCE), 'GET');
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.client_id, clientId);
}

test('discovery at both well-known paths agrees and offers client_credentials', async () => {
  const oauth = await client.discovery(new URL(ISSUER), 'probe', undefined, client.None(), { algorithm: 'oauth2', ...insecure });
  const oidc = await client.discovery(new URL(ISSUER), 'probe', undefined, client.None(), { algorithm: 'oidc', ...insecure });
  assert.deepEqual([...oauth.serverMetadata().grant_types_supported].sort(), ['authorization_code', 'client_credentials', 'refresh_token']);
  assert.equal(oauth.serverMetadata().issuer, ISSUER);
  assert.deepEqual(oidc.serverMetadata(), oauth.serverMetadata());
});

test('client_secret_basic: token, jose verification, resource call, introspection, revocation', async () => {
  const clientId = env('AS_CLIENT_ID');
  const config = await client.discovery(new URL(ISSUER), clientId, undefined,
    client.ClientSecretBasic(env('AS_CLIENT_SECRET')), { algorithm: 'oauth2', ...insecure });
  const tokens = await client.clientCredentialsGrant(config, { scope: SCOPE });
  assert.equal(tokens.token_type.toLowerCase(), 'bearer');
  assert.equal(tokens.refresh_token, undefined);
  assert.equal(tokens.scope, SCOPE);
  const payload = await verify(config, tokens.access_token, clientId);
  await callResource(config, tokens.access_token, clientId);

  const introspection = await client.tokenIntrospection(config, tokens.access_token);
  assert.equal(introspection.active, true);
  assert.equal(introspection.jti, payload.jti);
  await client.tokenRevocation(config, tokens.access_token);
  assert.equal((await client.tokenIntrospection(config, tokens.access_token)).active, false);
  const rejected = await client.fetchProtectedResource(config, tokens.access_token, new URL(RESOURCE), 'GET')
    .then((r) => r.status, (e) => e.status ?? e.cause?.status);
  assert.equal(rejected, 401);
});

test('client_secret_basic with a secret holding reserved characters (RFC 6749 Appendix B)', async () => {
  const clientId = env('AS_CLIENT_ID');
  const config = await client.discovery(new URL(ISSUER), clientId, undefined,
    client.ClientSecretBasic(env('AS_AWKWARD_SECRET')), { algorithm: 'oauth2', ...insecure });
  const tokens = await client.clientCredentialsGrant(config, { scope: SCOPE });
  await verify(config, tokens.access_token, clientId);
});

test('private_key_jwt: token, jose verification, resource call', async () => {
  const clientId = env('AS_JWT_CLIENT_ID');
  const key = await importPKCS8(env('AS_JWT_CLIENT_KEY'), 'RS256');
  const config = await client.discovery(new URL(ISSUER), clientId, undefined,
    client.PrivateKeyJwt({ key, kid: env('AS_JWT_CLIENT_KID') }), { algorithm: 'oauth2', ...insecure });
  const tokens = await client.clientCredentialsGrant(config, { scope: SCOPE });
  await verify(config, tokens.access_token, clientId);
  await callResource(config, tokens.access_token, clientId);
});

test('a wrong secret is answered with a 401 Basic challenge', async () => {
  const config = await client.discovery(new URL(ISSUER), env('AS_CLIENT_ID'), undefined,
    client.ClientSecretBasic('not-the-secret'), { algorithm: 'oauth2', ...insecure });
  await assert.rejects(client.clientCredentialsGrant(config, { scope: SCOPE }), (error) => {
    assert.equal(error.code, 'OAUTH_WWW_AUTHENTICATE_CHALLENGE');
    assert.equal(error.status, 401);
    assert.equal(error.cause[0].scheme, 'basic');
    return true;
  });
});
