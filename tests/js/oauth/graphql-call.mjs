// An agency system's view of the hub: openid-client discovers the hub, gets client-credentials tokens with
// client_secret_basic and with private_key_jwt, jose verifies each against the JWKS (typ at+jwt, RS256, issuer,
// audience), each token calls /graphql, and once revoked is refused there. Prints one JSON line with what the hub
// answered; the xunit test (tests/Hub.Server.Tests/Identity/GraphQLInteropTests.cs) makes the assertions.
// usage: node graphql-call.mjs  (settings in the environment: HUB_ISSUER, HUB_GRAPHQL, HUB_SCOPE, HUB_QUERY,
//        HUB_CLIENT_ID, HUB_CLIENT_SECRET, HUB_JWT_CLIENT_ID, HUB_JWT_CLIENT_KID, HUB_JWT_CLIENT_KEY)
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify, importPKCS8 } from 'jose';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set (run through the xunit GraphQLInteropTests)`);
  return value;
};
const issuer = env('HUB_ISSUER');
const graphql = new URL(env('HUB_GRAPHQL'));
const scope = env('HUB_SCOPE');
const query = env('HUB_QUERY');
// Plain HTTP is only used on loopback in tests.
const insecure = { execute: [client.allowInsecureRequests], algorithm: 'oauth2' };

async function callGraphQL(config, accessToken) {
  const headers = new Headers({ 'content-type': 'application/json', accept: 'application/graphql-response+json' });
  const response = await client.fetchProtectedResource(config, accessToken, graphql, 'POST', JSON.stringify({ query }), headers);
  return { status: response.status, body: await response.json() };
}

// What openid-client makes of /graphql's answer to a token the hub no longer accepts: RFC 6750 §3.1 asks for a 401
// whose WWW-Authenticate challenge says invalid_token, which openid-client surfaces as a challenge error.
async function callGraphQLWithRejectedToken(config, accessToken) {
  try {
    const answer = await callGraphQL(config, accessToken);
    return { accepted: answer };
  } catch (error) {
    return { code: error.code, status: error.status, challenges: error.cause };
  }
}

async function run(clientId, authentication) {
  const config = await client.discovery(new URL(issuer), clientId, undefined, authentication, insecure);
  const tokens = await client.clientCredentialsGrant(config, { scope });
  const jwks = createRemoteJWKSet(new URL(config.serverMetadata().jwks_uri));
  const { payload } = await jwtVerify(tokens.access_token, jwks, {
    issuer, audience: graphql.href, typ: 'at+jwt', algorithms: ['RS256'],
    requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat', 'jti', 'client_id', 'scope'],
  });
  const answer = await callGraphQL(config, tokens.access_token);
  await client.tokenRevocation(config, tokens.access_token);
  return {
    clientId: payload.client_id, scope: payload.scope, graphql: answer,
    afterRevocation: await callGraphQLWithRejectedToken(config, tokens.access_token),
  };
}

const key = await importPKCS8(env('HUB_JWT_CLIENT_KEY'), 'RS256');
const anonymous = await fetch(graphql, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
console.log(JSON.stringify({
  clientSecretBasic: await run(env('HUB_CLIENT_ID'), client.ClientSecretBasic(env('HUB_CLIENT_SECRET'))),
  privateKeyJwt: await run(env('HUB_JWT_CLIENT_ID'), client.PrivateKeyJwt({ key, kid: env('HUB_JWT_CLIENT_KID') })),
  anonymous: { status: anonymous.status, body: await anonymous.json() },
}));
