namespace Hub.Server.Schema;

/// <summary>Reads the schema's SDL files, embedded in the hub assembly under their file names.</summary>
internal static class EmbeddedSdl
{
    public static string Read(string fileName)
    {
        using var stream = typeof(EmbeddedSdl).Assembly.GetManifestResourceStream($"Hub.Server.Schema.{fileName}")
            ?? throw new InvalidOperationException($"The embedded schema file {fileName} is missing from the hub assembly (Schema/**/*.graphql).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
