using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Hub.Identity.Keys;

/// <summary>
/// Keeps ASP.NET Core Data Protection's key ring in process memory. The hub protects nothing with it (access tokens
/// are signed with the identity store's own keys, encrypted at rest under <c>Identity:KeyEncryptionKey</c>), but
/// authentication registers it, and its start-up creates a key: left alone, that key would be written unencrypted to
/// <c>~/.aspnet/DataProtection-Keys</c>, with a warning on every first start. In memory there is nothing to store and
/// so nothing to encrypt.
/// </summary>
internal sealed class ProcessMemoryKeyRing : IXmlRepository
{
    private readonly List<XElement> _elements = [];

    /// <summary>Points the key manager at a fresh in-memory ring.</summary>
    public static void Configure(KeyManagementOptions options)
    {
        options.XmlRepository = new ProcessMemoryKeyRing();
        options.XmlEncryptor = new NullXmlEncryptor(); // without services: it has no logger to warn through
    }

    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_elements)
        {
            return _elements.Select(e => new XElement(e)).ToArray();
        }
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_elements)
        {
            _elements.Add(new XElement(element));
        }
    }
}
