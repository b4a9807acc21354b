namespace Hub.Identity.Storage;

/// <summary>A token-signing key shared by every replica; the private part is encrypted under the key-encryption key.</summary>
public sealed class SigningKey
{
    public required string KeyId { get; set; }

    /// <summary>JWS algorithm, e.g. <c>RS256</c>.</summary>
    public required string Algorithm { get; set; }

    /// <summary>The public JWK (JSON) as published in the JWKS.</summary>
    public required string PublicJwk { get; set; }

    /// <summary>AES-256-GCM(nonce ‖ tag ‖ ciphertext) of the PKCS#8 private key.</summary>
    public required byte[] ProtectedPrivateKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>From this instant the key may sign; it is published before.</summary>
    public DateTimeOffset ActivatesAt { get; set; }

    /// <summary>From this instant the key no longer signs but still verifies.</summary>
    public DateTimeOffset RetiresAt { get; set; }

    /// <summary>From this instant the key is withdrawn from the JWKS (retirement + the longest token lifetime).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
